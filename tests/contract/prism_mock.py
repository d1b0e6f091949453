"""Stoplight Prism as a validating mock of a spec: installed from the pinned
package-lock.json, run in mock mode on 127.0.0.1, stopped with its process group."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from openapi_schema_validator import (
    OAS30ReadValidator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)

HERE = Path(__file__).resolve().parent
NODE_PROJECT = HERE  # package.json + package-lock.json pin the Prism version
PRISM_PACKAGE = "@stoplight/prism-cli"
START_TIMEOUT = 300.0  # seconds; a 3 MB spec starts in well under a minute here
INSTALL_TIMEOUT = 600.0
JS_MAX_SAFE_INTEGER = 2**53 - 1

__all__ = [
    "MockServerError",
    "MockSpec",
    "PrismMock",
    "ensure_installed",
    "is_oas31",
    "mock_spec",
    "prism",
]


class MockServerError(RuntimeError):
    """The mock server could not be installed or started; the message says why."""


def is_oas31(document: Mapping[str, Any]) -> bool:
    """Whether ``document`` is OpenAPI 3.1 (JSON Schema 2020-12 schemas), else 3.0."""
    return str(document.get("openapi", "")).startswith("3.1")


def pinned_version(project: Path = NODE_PROJECT) -> str:
    """The exact Prism version package.json asks for."""
    manifest = json.loads((project / "package.json").read_text("utf-8"))
    version = manifest["dependencies"][PRISM_PACKAGE]
    if not isinstance(version, str) or not version[:1].isdigit():
        raise MockServerError(f"{PRISM_PACKAGE} must be pinned exactly, not {version}")
    return version


def _installed_version(project: Path) -> str | None:
    manifest = project / "node_modules" / PRISM_PACKAGE / "package.json"
    try:
        version = json.loads(manifest.read_text("utf-8")).get("version")
    except (OSError, ValueError):
        return None
    return version if isinstance(version, str) else None


def ensure_installed(project: Path = NODE_PROJECT) -> Path:
    """The Prism entry point, running ``npm ci`` first when the pinned version is absent."""
    if _installed_version(project) != pinned_version(project):
        npm = shutil.which("npm")
        if npm is None:
            raise MockServerError(
                "npm is not on PATH: install Node.js (with npm) to run the contract test"
            )
        # --ignore-scripts: Prism needs no install scripts, and one dependency's
        # postinstall only reports usage over the network.
        command = [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"]
        try:
            done = subprocess.run(
                command,
                cwd=project,
                capture_output=True,
                text=True,
                timeout=INSTALL_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise MockServerError(
                f"`npm ci` in {project} took longer than {INSTALL_TIMEOUT:.0f} s"
            ) from None
        if done.returncode != 0:
            raise MockServerError(
                f"`npm ci` in {project} failed ({done.returncode}):\n"
                f"{done.stdout[-3000:]}{done.stderr[-3000:]}"
            )
        if _installed_version(project) != pinned_version(project):
            raise MockServerError(
                f"`npm ci` did not install {PRISM_PACKAGE}@{pinned_version(project)}"
            )
    entry = project / "node_modules" / PRISM_PACKAGE / "dist" / "index.js"
    if not entry.is_file():
        raise MockServerError(f"{entry} is missing after `npm ci`")
    return entry


# A schema that accepts only null. Prism turns ``nullable`` into a type list
# and adds null to an enum, so an ``enum: [null]`` would become [null, null].
_ONLY_NULL: dict[str, Any] = {
    "type": "string",
    "nullable": True,
    "not": {"type": "string"},
}


def _type_nullable_schemas(document: dict[str, Any]) -> int:
    """Rewrite every schema with ``nullable`` but no ``type``; returns how many.

    Prism cannot compile ``nullable`` (even false) without ``type`` (nor an enum with a
    value twice) and then accepts any body for the whole operation: the mock
    would check nothing there. Where the members of a combinator share one
    type, that type is added; otherwise null becomes a member of its own (a
    ``$ref`` with ``nullable`` beside it is the same case). Schemas with
    neither accept anything already, so ``nullable`` is dropped.
    """

    def kind(member: Any) -> Any:
        resolved = _resolve(document, member)
        return resolved.get("type") if isinstance(resolved, dict) else None

    def rewrite(node: dict[str, Any]) -> None:
        key = next((k for k in ("anyOf", "oneOf", "allOf") if k in node), None)
        members = node.get(key, []) if key else []
        kinds = {kind(m) for m in members}
        if key and len(kinds) == 1 and None not in kinds:
            node["type"] = kinds.pop()
            return
        del node["nullable"]
        if key in ("anyOf", "oneOf"):
            node[key].append(dict(_ONLY_NULL))
        elif key == "allOf" or "$ref" in node:
            inner = {k: node.pop(k) for k in ("allOf", "$ref") if k in node}
            node["anyOf"] = [inner, dict(_ONLY_NULL)]

    def walk(node: Any) -> int:
        changed = 0
        if isinstance(node, dict):
            if "nullable" in node and "type" not in node:
                if node["nullable"] is True:
                    rewrite(node)
                else:  # false is the default, and Prism refuses it without a type too
                    del node["nullable"]
                changed += 1
            enum = node.get("enum")
            if isinstance(enum, list) and len(enum) != len(_unique_values(enum)):
                node["enum"] = _unique_values(enum)
                changed += 1
            for value in node.values():
                changed += walk(value)
        elif isinstance(node, list):
            for value in node:
                changed += walk(value)
        return changed

    return walk(document)


def _unique_values(values: list[Any]) -> list[Any]:
    seen: set[str] = set()
    unique = []
    for value in values:
        key = json.dumps(value, sort_keys=True)
        if key not in seen:
            seen.add(key)
            unique.append(value)
    return unique


def _drop_invalid_examples(document: dict[str, Any]) -> int:
    """Remove examples that break their own schema; returns how many.

    Prism answers with a spec's examples as they are, so an example that
    contradicts its schema (a date-time without an offset, a missing required
    field) would test the spec's examples, not the client: without it Prism
    builds a conforming value from the schema instead. Schema ``example``,
    3.1 schema ``examples`` lists and media-type ``example``/``examples`` count.
    """
    return _InvalidExamples(document).walk(document, False)


# Keys whose values are data, not schemas; keys holding one schema, a map of
# schemas, a list of schemas.
_DATA_KEYS = frozenset({"example", "examples", "enum", "default", "const"})
_SCHEMA_KEYS = frozenset({"schema", "items", "not", "additionalProperties"})
_SCHEMA_MAPS = frozenset({"properties", "schemas", "$defs", "patternProperties"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})


class _InvalidExamples:
    """Walks a document dropping the examples that break their schema."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.components = document.get("components", {})
        self.oas31 = is_oas31(document)

    def fits(self, schema: Any, value: Any) -> bool:
        if not isinstance(schema, dict):
            return True
        root = {**schema, "components": self.components}
        if self.oas31:
            return bool(
                OAS31Validator(root, format_checker=oas31_format_checker).is_valid(
                    value
                )
            )
        validator = OAS30ReadValidator(root, format_checker=oas30_format_checker)
        return bool(validator.is_valid(value))

    def walk(self, node: Any, in_schema: bool) -> int:
        """How many examples were dropped in ``node`` (a schema if ``in_schema``)."""
        if isinstance(node, list):
            return sum(self.walk(v, False) for v in node)
        if not isinstance(node, dict):
            return 0
        dropped = self._example(node, in_schema)
        if in_schema and isinstance(node.get("examples"), list):
            dropped += self._schema_examples(node)
        elif not in_schema:
            dropped += self._media_examples(node)
        return dropped + self._children(node)

    def _example(self, node: dict[str, Any], in_schema: bool) -> int:
        """Drop a single ``example``: a schema's own, or a parameter's or media type's."""
        if "example" not in node:
            return 0
        if in_schema:
            own = {k: v for k, v in node.items() if k != "example"}
            if self.fits(own, node["example"]):
                return 0
        elif "schema" not in node or self.fits(node["schema"], node["example"]):
            return 0
        del node["example"]
        return 1

    def _schema_examples(self, node: dict[str, Any]) -> int:
        """Drop the invalid entries of a 3.1 schema's ``examples`` list."""
        own = {k: v for k, v in node.items() if k != "examples"}
        kept = [v for v in node["examples"] if self.fits(own, v)]
        dropped = len(node["examples"]) - len(kept)
        node["examples"] = kept
        if not kept:
            del node["examples"]
        return dropped

    def _media_examples(self, node: dict[str, Any]) -> int:
        """Drop the invalid entries of a media type's or parameter's ``examples`` map."""
        examples, schema = node.get("examples"), node.get("schema")
        if not isinstance(examples, dict) or not isinstance(schema, dict):
            return 0
        dropped = 0
        for name, example in list(examples.items()):
            value = _resolve(self.document, example)
            if isinstance(value, dict) and "value" in value:
                if not self.fits(schema, value["value"]):
                    del examples[name]
                    dropped += 1
        if not examples:
            del node["examples"]
        return dropped

    def _children(self, node: dict[str, Any]) -> int:
        dropped = 0
        for key, value in node.items():
            if key in _DATA_KEYS:
                continue
            if key in _SCHEMA_MAPS:
                if isinstance(value, dict):
                    dropped += sum(self.walk(v, True) for v in value.values())
            elif key in _SCHEMA_LISTS:
                if isinstance(value, list):
                    dropped += sum(self.walk(v, True) for v in value)
            else:
                dropped += self.walk(value, key in _SCHEMA_KEYS)
        return dropped


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    """``node`` with a chain of local ``$ref``s followed (at most 50 steps)."""
    for _ in range(50):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        ref = node["$ref"]
        if not ref.startswith("#/"):
            break
        target: Any = document
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or token not in target:
                return None
            target = target[token]
        node = target
    return node


def _clamp_js_integers(document: Any) -> int:
    """Bring integer bounds into JavaScript's exact range; returns how many.

    Prism samples a value at ``minimum`` when it has no example; as a
    JavaScript number, -9223372036854775808 becomes -9223372036854776000,
    which is out of its own range and of the client's int64 field.
    """
    clamped = 0
    if isinstance(document, dict):
        kind = document.get("type")
        if kind == "integer" or (isinstance(kind, list) and "integer" in kind):
            for key in ("minimum", "maximum"):
                value = document.get(key)
                if isinstance(value, int) and abs(value) > JS_MAX_SAFE_INTEGER:
                    document[key] = JS_MAX_SAFE_INTEGER * (1 if value > 0 else -1)
                    clamped += 1
        clamped += sum(_clamp_js_integers(v) for v in document.values())
    elif isinstance(document, list):
        clamped += sum(_clamp_js_integers(v) for v in document)
    return clamped


_TRANSPORT_HEADERS = frozenset(
    {"transfer-encoding", "content-length", "connection", "keep-alive", "upgrade"}
)


def _drop_transport_headers(document: dict[str, Any]) -> int:
    """Remove response headers that describe the HTTP transport; returns how many.

    Prism sends every declared response header with a made-up value, and
    ``Transfer-Encoding: string`` makes the answer unreadable HTTP.
    """
    dropped = 0
    for item in (document.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            responses = (
                operation.get("responses") if isinstance(operation, dict) else None
            )
            for response in (responses or {}).values():
                headers = (
                    response.get("headers") if isinstance(response, dict) else None
                )
                for name in list(headers or {}):
                    if headers is not None and name.lower() in _TRANSPORT_HEADERS:
                        del headers[name]
                        dropped += 1
    return dropped


def _drop_impossible_required(document: Any) -> int:
    """Drop required names that a closed object does not define; returns how many.

    A schema that requires a property it does not list while forbidding any
    other (``CreateRunRequest`` requires ``thread_id``) accepts no request at
    all; the client has no argument for such a name, as the spec gives it no type.
    """
    dropped = 0
    if isinstance(document, dict):
        required = document.get("required")
        if document.get("additionalProperties") is False and isinstance(required, list):
            known = set(document.get("properties") or {})
            kept = [name for name in required if name in known]
            dropped += len(required) - len(kept)
            document["required"] = kept
        dropped += sum(_drop_impossible_required(v) for v in document.values())
    elif isinstance(document, list):
        dropped += sum(_drop_impossible_required(v) for v in document)
    return dropped


@dataclass(frozen=True)
class MockSpec:
    """The test-only copy of a spec that Prism serves, and what was changed in it."""

    path: Path
    data: dict[str, Any]
    typed_schemas: int
    dropped_examples: int
    clamped_integers: int
    dropped_headers: int
    dropped_required: int


def mock_spec(data: Mapping[str, Any], folder: Path) -> MockSpec:
    """Write the copy of ``data`` that Prism serves (the client's spec is untouched)."""
    # a JSON round trip copies the document and expands YAML anchors once
    copy = json.loads(json.dumps(data))
    # 3.1 has no ``nullable``: Prism reads its schemas as JSON Schema as they are
    typed = 0 if is_oas31(copy) else _type_nullable_schemas(copy)
    dropped = _drop_invalid_examples(copy)
    clamped = _clamp_js_integers(copy)
    headers = _drop_transport_headers(copy)
    required = _drop_impossible_required(copy)
    path = folder / "openapi.mock.json"
    path.write_text(json.dumps(copy), "utf-8")
    return MockSpec(path, copy, typed, dropped, clamped, headers, required)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PrismMock:
    """A running ``prism mock``: ``url`` is its base URL; ``startup`` its start-up seconds."""

    def __init__(self, url: str, process: subprocess.Popen[bytes], log: Path) -> None:
        self.url = url
        self.process = process
        self.log = log
        self.startup = 0.0

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log.read_text("utf-8", errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self) -> None:
        """End Prism and every process it started (its process group)."""
        if self.process.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 10.0)):
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.process.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue


def _wait_ready(mock: PrismMock, timeout: float) -> None:
    """Poll until Prism answers HTTP at all (any status) or gives up."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        code = mock.process.poll()
        if code is not None:
            raise MockServerError(
                f"Prism exited with {code} before it was ready:\n{mock.log_tail()}"
            )
        try:
            answer = httpx.get(mock.url + "/", timeout=1.0)
        except httpx.TransportError:
            time.sleep(0.2)
            continue
        # Prism answers an unknown path with its own problem type, and logs
        # that it listens; neither means another program holds the port
        listening = f"listening on {mock.url}" in mock.log_tail(200_000)
        if "stoplight.io/prism" not in answer.text and not listening:
            raise MockServerError(
                f"{mock.url} is answered by something other than Prism: "
                f"{answer.status_code} {answer.text[:200]}"
            )
        return
    raise MockServerError(
        f"Prism did not answer on {mock.url} within {timeout:.0f} s:\n{mock.log_tail()}"
    )


@contextmanager
def prism(
    spec: Path,
    folder: Path,
    *,
    port: int | None = None,
    dynamic: bool = False,
    seed: str = "1",
) -> Iterator[PrismMock]:
    """Run ``prism mock`` on ``spec`` (mock mode only) on 127.0.0.1, a free port by default.

    Static answers (the default) come from the spec's examples, else from its
    schemas; ``dynamic`` answers are made up from the schemas by Prism's faker,
    the same ones for the same ``seed``.
    """
    entry = ensure_installed()
    node = shutil.which("node")
    if node is None:
        raise MockServerError("node is not on PATH: install Node.js")
    port = _free_port() if port is None else port
    log = folder / ("prism-dynamic.log" if dynamic else "prism.log")
    command = [
        node,
        str(entry),
        "mock",
        str(spec),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--dynamic",
        "true" if dynamic else "false",
    ]
    if dynamic:
        command += ["--seed", seed]
    started = time.monotonic()
    with open(log, "wb") as out:
        process = subprocess.Popen(
            command,
            cwd=folder,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, stopped as one
        )
    mock = PrismMock(f"http://127.0.0.1:{port}", process, log)
    try:
        _wait_ready(mock, START_TIMEOUT)
        mock.startup = time.monotonic() - started
        yield mock
    finally:
        mock.stop()
