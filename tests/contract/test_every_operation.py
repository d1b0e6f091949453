"""Every operation of spec/openapi.yaml is generated and called once against Prism."""

from __future__ import annotations

import importlib
import json
import pkgutil
import time
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import portkey_client
import portkey_client.resources
import pytest
from contract_calls import Caller, Outcome, located_operations
from portkey_client import APIStatusError, PortkeyClient, models
from portkey_client._base_client import Endpoint
from prism_mock import MockSpec, PrismMock, mock_spec
from value_factory import ValueFactory

from generator.ir import Api
from generator.load import Spec
from generator.oas import HTTP_METHODS

SPEC_OPERATIONS = 231


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the credentials a test passes count, never the caller's environment."""
    for name in ("API_KEY", "VIRTUAL_KEY", "PROVIDER", "PROVIDER_AUTH", "CONFIG"):
        monkeypatch.delenv(f"PORTKEY_{name}", raising=False)
    monkeypatch.delenv("PORTKEY_CUSTOM_HOST", raising=False)
    monkeypatch.delenv("PORTKEY_BASE_URL", raising=False)


@pytest.fixture
def caller(served_spec: MockSpec, mock_server: PrismMock) -> Iterator[Caller]:
    """A caller whose clients hold exactly the credentials an operation asks for."""
    clients: dict[tuple[str, ...], PortkeyClient] = {}
    with ExitStack() as stack:

        def client_for(names: tuple[str, ...]) -> PortkeyClient:
            if names not in clients:
                credentials: dict[str, Any] = {name: f"test-{name}" for name in names}
                clients[names] = stack.enter_context(
                    PortkeyClient(
                        base_url=mock_server.url, max_retries=0, **credentials
                    )
                )
            return clients[names]

        # values fit the document Prism checks against
        yield Caller(ValueFactory(served_spec.data), models, client_for)


def _spec_operations(spec: Spec) -> set[tuple[str, str]]:
    """(METHOD, path) of every operation, read from the document itself."""
    return {
        (method.upper(), path)
        for path, item in spec.data["paths"].items()
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    }


def _generated_endpoints() -> list[tuple[str, str]]:
    """(METHOD, path) of every Endpoint the generated resource modules define."""
    found = []
    for info in pkgutil.iter_modules(portkey_client.resources.__path__):
        module = importlib.import_module(f"portkey_client.resources.{info.name}")
        found += [
            (value.method, value.path)
            for value in vars(module).values()
            if isinstance(value, Endpoint)
        ]
    return found


def _uncompilable(node: object, where: str = "") -> list[str]:
    """Pointers of schemas Prism's validator refuses to compile, or that accept nothing."""
    found = []
    if isinstance(node, dict):
        if "nullable" in node and "type" not in node:
            found.append(where)
        enum = node.get("enum")
        if isinstance(enum, list) and len(enum) != len({json.dumps(v) for v in enum}):
            found.append(where)
        required, known = node.get("required"), node.get("properties") or {}
        if node.get("additionalProperties") is False and isinstance(required, list):
            found += [f"{where}/required/{r}" for r in required if r not in known]
        for key, value in node.items():
            found += _uncompilable(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _uncompilable(value, f"{where}/{i}")
    return found


class TestEveryOperationIsGenerated:
    def test_spec_ir_and_package_list_the_same_operations(
        self, portkey_spec: Spec, portkey_api: Api
    ) -> None:
        """The spec's operations, the IR's and the package's endpoints are the same 231, none twice."""
        spec_ops = _spec_operations(portkey_spec)
        ir_ops = [
            (loc.operation.method, loc.operation.path)
            for loc in located_operations(portkey_api)
        ]
        endpoints = _generated_endpoints()
        assert len(spec_ops) == SPEC_OPERATIONS
        assert sorted(ir_ops) == sorted(spec_ops)
        assert sorted(endpoints) == sorted(spec_ops)

    def test_every_operation_is_a_method_on_the_client(self, portkey_api: Api) -> None:
        """Each IR operation is reachable as client.<resource>...<method>."""
        client = PortkeyClient(base_url="http://127.0.0.1:9", api_key="k")
        missing = []
        for loc in located_operations(portkey_api):
            target: object = client
            for name in (*loc.path, loc.operation.py_name):
                target = getattr(target, name, None)
            if not callable(target):
                missing.append(loc.label)
        client.close()
        assert missing == []


class TestEveryOperationAgainstTheMock:
    def test_every_operation_passes_prism(
        self,
        portkey_api: Api,
        caller: Caller,
        mock_server: PrismMock,
        summary: list[str],
    ) -> None:
        """Each method, called once with spec-made arguments, passes Prism's request checks
        and returns its declared type."""
        started = time.monotonic()
        outcomes: list[Outcome] = [
            caller.call(loc) for loc in located_operations(portkey_api)
        ]
        elapsed = time.monotonic() - started
        passed = sum(o.passed for o in outcomes)
        line = (
            f"contract: {passed}/{len(outcomes)} operations passed against Prism "
            f"(start-up {mock_server.startup:.1f} s, calls {elapsed:.1f} s)"
        )
        print(line)
        summary.append(line)
        failures = "\n".join(
            f"- {o.located.label}: {o.reason}" for o in outcomes if not o.passed
        )
        if mock_server.process.poll() is not None:
            failures += f"\nPrism stopped during the run:\n{mock_server.log_tail()}"
        assert passed == len(outcomes) == SPEC_OPERATIONS, f"{line}\n{failures}"


class TestTheMockValidates:
    def test_mock_copy_has_no_schema_prism_cannot_compile(
        self, portkey_spec: Spec, tmp_path_factory: pytest.TempPathFactory
    ) -> None:
        """The copy Prism serves has no `nullable` without a type, no repeated enum value
        and no closed object requiring an unlisted property; the client's spec still has them.
        """
        served = mock_spec(portkey_spec.data, tmp_path_factory.mktemp("copy"))
        copy = json.loads(served.path.read_text("utf-8"))
        assert _uncompilable(portkey_spec.data)
        assert _uncompilable(copy) == []

    def test_prism_rejects_what_the_spec_forbids_in_a_nullable_union_schema(
        self, mock_server: PrismMock
    ) -> None:
        """Wrong-typed fields of two bodies with nullable unions are refused, right ones pass,
        so the mock checks those operations instead of waving them through."""
        with PortkeyClient(
            base_url=mock_server.url, api_key="k", virtual_key="v", max_retries=0
        ) as client:
            client.images.generate(prompt="an otter")
            client.completions.create(model="m", prompt="Say this")
            with pytest.raises(APIStatusError) as image:
                client.images.generate(prompt=5)  # type: ignore[arg-type]
            with pytest.raises(APIStatusError) as completion:
                client.completions.create(
                    model="m", prompt={"not": "a prompt"}  # type: ignore[arg-type]
                )
        for caught, field in ((image, "prompt"), (completion, "prompt")):
            assert caught.value.status_code in (400, 422)
            assert field in json.dumps(
                caught.value.body
            ) + caught.value.response.headers.get("sl-violations", "")

    def test_prism_refuses_a_wrong_body_for_every_json_operation(
        self, portkey_api: Api, caller: Caller, mock_server: PrismMock
    ) -> None:
        """With each JSON body replaced by `true`, every such call is refused: Prism checks
        every body schema instead of skipping one it cannot compile."""
        http = httpx.Client(transport=_ArrayBody(httpx.HTTPTransport()))
        unchecked, tried = [], 0
        with PortkeyClient(
            base_url=mock_server.url,
            api_key="k",
            virtual_key="v",
            max_retries=0,
            http_client=http,
        ) as client:
            for loc in located_operations(portkey_api):
                op = loc.operation
                if not op.bodies or op.bodies[0].kind != "json":
                    continue
                target: Any = client
                for name in (*loc.path, op.py_name):
                    target = getattr(target, name)
                tried += 1
                try:
                    target(**caller.arguments(op))
                except APIStatusError as exc:
                    if exc.status_code in (400, 422):
                        continue
                unchecked.append(loc.label)
        http.close()
        assert tried > 0
        assert unchecked == []


class _ArrayBody(httpx.BaseTransport):
    """Sends every request with the JSON body `true`, which no body schema here accepts."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        headers = {k: v for k, v in request.headers.items() if k != "content-length"}
        replaced = httpx.Request(
            request.method, request.url, headers=headers, content=b"true"
        )
        return self.inner.handle_request(replaced)

    def close(self) -> None:
        self.inner.close()
