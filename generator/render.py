"""Render the IR into the files of the generated package (unformatted source text)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from generator.ir import Api, Resource
from generator.literals import Code, comment, docstring
from generator.models import render_models
from generator.views import client_view, resource_view, variants

__all__ = ["TEMPLATES", "models_header", "render_package", "render_wrappers"]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
RUNTIME = TEMPLATES / "runtime"


def _only_code(value: Any) -> Any:
    """Refuse to print anything that did not pass through ``literals`` or ``naming``."""
    if isinstance(value, (Code, bool)) or value is None:
        return "" if value is None else value
    raise TypeError(f"template tried to print raw {type(value).__name__} {value!r}")


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        finalize=_only_code,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["docstring"] = docstring
    return env


def _header(source_name: str) -> Code:
    return Code(
        f"# Generated from {comment(source_name)} by the client generator. Do not edit."
    )


def models_header(source_name: str) -> str:
    """The text that opens ``models.py``."""
    return f'{_header(source_name)}\n"""Models for the API\'s schemas."""'


def render_package(api: Api, *, source_name: str) -> dict[str, str]:
    """``{relative path: source}`` for the whole package, before formatting."""
    files = render_wrappers(api, source_name=source_name)
    files["models.py"] = render_models(
        api.schemas, package=api.package, header=models_header(source_name)
    )
    return files


def render_wrappers(api: Api, *, source_name: str) -> dict[str, str]:
    """Every file of the package but ``models.py``, before formatting."""
    env = _environment()
    header = _header(source_name)
    client = client_view(api)
    flavours = variants(api)
    files: dict[str, str] = {}

    def render(template: str, **context: Any) -> str:
        return env.get_template(template).render(
            header=header, variants=flavours, **context
        )

    files["__init__.py"] = render(
        "__init__.py.jinja",
        client=client,
        doc=f"Python client for {api.title or 'the API'}.",
    )
    files["_client.py"] = render("_client.py.jinja", client=client)
    files["_version.py"] = render("_version.py.jinja", client=client)
    files["resources/__init__.py"] = render("resources__init__.py.jinja")
    for resource in _all(api.resources):
        files[f"resources/{resource.module}.py"] = render(
            "resource.py.jinja", view=resource_view(resource)
        )
    for path in sorted(RUNTIME.glob("*.py")):
        files[path.name] = f"{header}\n{path.read_text('utf-8')}"
    files["py.typed"] = ""
    return files


def _all(resources: tuple[Resource, ...]) -> list[Resource]:
    found: list[Resource] = []
    for r in resources:
        found.append(r)
        found.extend(_all(r.children))
    return found
