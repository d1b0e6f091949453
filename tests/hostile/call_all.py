"""Import generated packages and call every operation once (run in a subprocess).

Usage: python call_all.py BASE_URL PACKAGE [PACKAGE ...]; prints one JSON line
per package: for each call, the endpoint the client used (method, path template,
parameters) and the error if there was one. Each request carries an
``X-Corpus-Call: PACKAGE:N`` header so that the server's record can be matched.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import sys
import traceback
import types
import typing
from typing import Any

_STANDARD = {"extra_headers", "extra_query", "extra_body", "timeout"}
_CLIENT_OPTIONS = {
    "base_url",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
}


def sample(annotation: Any) -> Any:
    """A value of type ``annotation`` (the first choice wherever there is one)."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Literal:
        return args[0]
    if origin in (typing.Union, types.UnionType):
        usable = [
            a
            for a in args
            if a is not type(None) and getattr(a, "__name__", "") != "Omit"
        ]
        return sample(usable[0]) if usable else None
    if origin is list:  # one item: an empty array is no path segment at all
        return [sample(args[0])] if args else ["v"]
    if origin is dict:
        return {}
    if annotation is str:
        return "v"
    if annotation is bool:
        return True
    if annotation is int:
        return 1
    if annotation is float:
        return 1.5
    if annotation is bytes:
        return b"x"
    if isinstance(annotation, type) and hasattr(annotation, "model_construct"):
        return annotation.model_construct()
    return b"file-content"  # FileTypes and Any


def operations(resource: Any) -> list[tuple[str, Any, Any]]:
    """(qualified name, method, raw-response twin) for every operation of a resource
    and its children; the twin returns the response unparsed, whatever the server says.
    """
    found = []
    cls = type(resource)
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(member, functools.cached_property):
            found += operations(getattr(resource, name))
        elif inspect.isfunction(member):
            raw = getattr(resource.with_raw_response, name)
            found.append((f"{cls.__name__}.{name}", getattr(resource, name), raw))
    return found


def call_package(base_url: str, package: str) -> dict[str, Any]:
    module = importlib.import_module(package)
    client_cls = next(
        getattr(module, n)
        for n in module.__all__
        if n.endswith("Client")
        and not n.startswith("Async")
        and n != "APIClient"
        and inspect.isclass(getattr(module, n))
        and "base_url" in inspect.signature(getattr(module, n)).parameters
    )
    credentials = {
        name: "secret"
        for name in inspect.signature(client_cls).parameters
        if name not in _CLIENT_OPTIONS
    }
    calls: list[dict[str, Any]] = []
    with client_cls(base_url=base_url, max_retries=0, **credentials) as client:
        send = client.request

        def recording(endpoint: Any, **kwargs: Any) -> Any:
            calls[-1]["endpoint"] = {
                "method": endpoint.method,
                "path": endpoint.path,
                "params": [[p.name, p.location] for p in endpoint.params],
                "path_arguments": [
                    p.argument for p in endpoint.params if p.location == "path"
                ],
                "body": endpoint.body,
                "content_type": endpoint.content_type,
            }
            return send(endpoint, **kwargs)

        client.request = recording  # type: ignore[method-assign]
        resources = [
            getattr(client, name)
            for name, member in vars(type(client)).items()
            if isinstance(member, functools.cached_property)
        ]
        for resource in resources:
            for qualname, method, raw in operations(resource):
                hints = typing.get_type_hints(method)
                kwargs = {
                    name: sample(hints[name])
                    for name, p in inspect.signature(method).parameters.items()
                    if name not in _STANDARD and p.default is inspect.Parameter.empty
                }
                call_id = f"{package}:{len(calls)}"
                entry: dict[str, Any] = {"operation": qualname, "call": call_id}
                calls.append(entry)
                try:
                    raw(**kwargs, extra_headers={"X-Corpus-Call": call_id})
                except Exception as exc:
                    if _refused_path(exc, entry, kwargs):
                        entry["refused"] = str(exc)
                    else:
                        entry["error"] = traceback.format_exc(limit=3)
    return {"package": package, "calls": calls}


def _refused_path(exc: Exception, entry: dict[str, Any], kwargs: Any) -> bool:
    """Whether the client rightly refused, unsent, a path value the spec forces.

    A spec whose only value for a path parameter is empty (``enum: ['']``)
    makes a request the client must not send: the path would name another
    resource.
    """
    if type(exc).__name__ != "InvalidArgumentError":
        return False
    arguments = entry.get("endpoint", {}).get("path_arguments", [])
    return any(kwargs.get(name) in ("", ".", "..", []) for name in arguments)


def main() -> None:
    base_url, *packages = sys.argv[1:]
    for package in packages:
        try:
            report = call_package(base_url, package)
        except Exception:
            report = {"package": package, "import_error": traceback.format_exc(limit=5)}
        print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
