"""Every operation of any generated package, called once against a running mock server."""

from __future__ import annotations

import importlib
import os
import pkgutil
import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from typing import Any

import httpx
from contract_calls import Caller, Outcome, Recorder, located_operations
from value_factory import ValueFactory

from generator.ir import Api
from generator.oas import HTTP_METHODS

__all__ = [
    "caller_for",
    "client_class",
    "generated_endpoints",
    "run_every_operation",
    "spec_operations",
    "without_env",
]


def client_class(api: Api, package: types.ModuleType) -> Any:
    """The package's synchronous client class."""
    return getattr(package, str(api.client_name))


@contextmanager
def without_env(prefix: str) -> Iterator[None]:
    """No ``PREFIX_*`` variable is set inside: only the credentials a test passes count."""
    saved = {k: v for k, v in os.environ.items() if k.startswith(f"{prefix}_")}
    for name in saved:
        del os.environ[name]
    try:
        yield
    finally:
        os.environ.update(saved)


@contextmanager
def caller_for(
    api: Api,
    package: types.ModuleType,
    document: Mapping[str, Any],
    base_url: str,
    *,
    timeout: float | None = None,
) -> Iterator[Caller]:
    """A caller whose clients hold exactly the credentials an operation asks for.

    Argument values are made to fit ``document``, the copy the mock checks
    against; every exchange goes through one recorder, kept as evidence.
    ``timeout`` (seconds) replaces the clients' default when given.
    """
    recorder = Recorder()
    factory: Callable[..., Any] = client_class(api, package)
    clients: dict[tuple[str, ...], Any] = {}
    options: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
    with ExitStack() as stack:
        http = stack.enter_context(
            httpx.Client(transport=recorder, follow_redirects=True)
        )

        def client_for(names: tuple[str, ...]) -> Any:
            if names not in clients:
                credentials = {name: f"test-{name}" for name in names}
                clients[names] = stack.enter_context(
                    factory(
                        base_url=base_url,
                        max_retries=0,
                        http_client=http,
                        **options,
                        **credentials,
                    )
                )
            return clients[names]

        yield Caller(ValueFactory(document), package, client_for, recorder)


def run_every_operation(
    api: Api,
    package: types.ModuleType,
    document: Mapping[str, Any],
    base_url: str,
    *,
    timeout: float | None = None,
) -> list[Outcome]:
    """Call each operation of ``api`` once through ``package`` against ``base_url``."""
    with (
        without_env(api.env_prefix),
        caller_for(api, package, document, base_url, timeout=timeout) as caller,
    ):
        return [caller.call(loc) for loc in located_operations(api)]


def spec_operations(document: Mapping[str, Any]) -> set[tuple[str, str]]:
    """(METHOD, path) of every operation, read from the document itself."""
    return {
        (method.upper(), path)
        for path, item in (document.get("paths") or {}).items()
        for method in HTTP_METHODS
        if isinstance(item, Mapping) and isinstance(item.get(method), Mapping)
    }


def generated_endpoints(package: types.ModuleType) -> list[tuple[str, str]]:
    """(METHOD, path) of every Endpoint the package's resource modules define."""
    base = importlib.import_module(f"{package.__name__}._base_client")
    resources = importlib.import_module(f"{package.__name__}.resources")
    found = []
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"{resources.__name__}.{info.name}")
        found += [
            (value.method, value.path)
            for value in vars(module).values()
            if isinstance(value, base.Endpoint)
        ]
    return found
