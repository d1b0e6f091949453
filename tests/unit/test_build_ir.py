"""generator.build_ir: the seed spec as IR (names, security, servers, bodies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import load_config
from generator.ir import Api, TypeRef
from generator.pipeline import build, load_checked

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def api() -> Api:
    """The IR of the seed spec (the image-edit excerpt) with the project's settings."""
    config = load_config(ROOT / "pyproject.toml")
    config = config.with_overrides(
        spec=ROOT / "tests" / "fixtures" / "seed" / "openapi.yaml"
    )
    spec, _ = load_checked(config.spec, config)
    return build(spec, config)


class TestSeed:
    def test_resource_and_rename(self, api: Api) -> None:
        """createImageEdit is renamed to images.edit and keeps the tag's description."""
        (images,) = api.resources
        assert (images.py_name, images.class_name, images.tag) == (
            "images",
            "Images",
            "Images",
        )
        assert images.description.startswith("Given a prompt")
        assert [op.py_name for op in images.operations] == ["edit"]

    def test_security_alternatives(self, api: Api) -> None:
        """Four alternatives, each an AND of constructor arguments named from the headers."""
        op = api.resources[0].operations[0]
        assert op.security == (
            ("api_key", "virtual_key"),
            ("api_key", "provider_auth", "provider"),
            ("api_key", "config"),
            ("api_key", "provider_auth", "provider", "custom_host"),
        )
        envs = {s.py_name: s.env_var for s in api.security_schemes}
        assert (
            envs["api_key"] == "PORTKEY_API_KEY"
            and envs["provider_auth"] == "PORTKEY_PROVIDER_AUTH"
        )

    def test_base_url_skips_placeholders(self, api: Api) -> None:
        """SELF_HOSTED_GATEWAY_URL is never a default; the operation uses the client's URL."""
        assert api.default_base_url == "https://api.portkey.ai/v1"
        assert api.resources[0].operations[0].server_url is None

    def test_multipart_fields(self, api: Api) -> None:
        """Files are marked, required first, patched maxLength applied, nullable enums typed."""
        (body,) = api.resources[0].operations[0].bodies
        fields = {f.name: f for f in body.fields}
        assert [f.name for f in body.fields][:2] == ["image", "prompt"]
        assert (
            fields["image"].is_file
            and fields["mask"].is_file
            and not fields["prompt"].is_file
        )
        assert fields["prompt"].constraints.max_length == 1000
        assert (fields["n"].constraints.minimum, fields["n"].constraints.maximum) == (
            1,
            10,
        )
        assert fields["size"].type == TypeRef(
            "union",
            args=(
                TypeRef("literal", values=("256x256", "512x512", "1024x1024")),
                TypeRef("none"),
            ),
        )
        assert fields["model"].type == TypeRef(
            "union", args=(TypeRef("str"), TypeRef("none"))
        )

    def test_response_model(self, api: Api) -> None:
        """The 200 JSON response is the ImagesResponse model."""
        success = api.resources[0].operations[0].success
        assert success is not None and success.type == TypeRef(
            "model", name="ImagesResponse"
        )


def api_for(
    tmp_path: Path,
    paths: dict[str, object],
    schemas: dict[str, object],
    **settings: object,
) -> Api:
    """The IR of a small spec written to ``tmp_path``."""
    import yaml

    from generator.config import Config

    spec_path = tmp_path / "openapi.yaml"
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    spec_path.write_text(yaml.safe_dump(document))
    config = Config(root=tmp_path, spec=spec_path, out=tmp_path / "out", **settings)  # type: ignore[arg-type]
    spec, _ = load_checked(spec_path, config)
    return build(spec, config)


CHAT = {
    "Req": {
        "type": "object",
        "properties": {"stream": {"type": "boolean"}, "q": {"type": "string"}},
    },
    "ChatResponse": {"type": "object", "properties": {"id": {"type": "string"}}},
    "ChatStreamResponse": {
        "type": "object",
        "properties": {"delta": {"type": "string"}},
    },
}


def chat_paths(responses: dict[str, object]) -> dict[str, object]:
    return {
        "/chat": {
            "post": {
                "operationId": "chat",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Req"}
                        }
                    }
                },
                "responses": {"200": {"description": "ok", "content": responses}},
            }
        }
    }


def only_op(api: Api) -> object:
    (resource,) = api.resources
    (op,) = resource.operations
    return op


class TestStreams:
    def test_convention_names_the_event_schema(self, tmp_path: Path) -> None:
        """A stream flag plus <X>StreamResponse next to <X>Response: typed events, switched by the flag."""
        json_only = {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/ChatResponse"}
            }
        }
        op = only_op(api_for(tmp_path, chat_paths(json_only), CHAT))
        assert op.stream is not None  # type: ignore[attr-defined]
        assert op.stream.event == TypeRef("model", name="ChatStreamResponse")  # type: ignore[attr-defined]
        assert op.stream.flag == "stream"  # type: ignore[attr-defined]

    def test_convention_with_snake_case_schema_keys(self, tmp_path: Path) -> None:
        """The convention matches class names, so snake_case keys work like PascalCase."""
        schemas = {
            "Req": CHAT["Req"],
            "chat_response": CHAT["ChatResponse"],
            "chat_stream_response": CHAT["ChatStreamResponse"],
        }
        json_only = {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/chat_response"}
            }
        }
        api = api_for(tmp_path, chat_paths(json_only), schemas)
        op = only_op(api)
        assert op.stream.event == TypeRef("model", name="ChatStreamResponse")  # type: ignore[attr-defined]
        assert api.warnings == ()

    def test_event_stream_response_wins(self, tmp_path: Path) -> None:
        """A declared text/event-stream schema types the events."""
        both = {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/ChatResponse"}
            },
            "text/event-stream": {"schema": {"$ref": "#/components/schemas/Req"}},
        }
        op = only_op(api_for(tmp_path, chat_paths(both), CHAT))
        assert op.stream.event == TypeRef("model", name="Req")  # type: ignore[attr-defined]

    def test_untyped_events_warn(self, tmp_path: Path) -> None:
        """No schema for the events: dict[str, Any] and a warning naming the operation."""
        schemas = {k: v for k, v in CHAT.items() if k != "ChatStreamResponse"}
        json_only = {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/ChatResponse"}
            }
        }
        api = api_for(tmp_path, chat_paths(json_only), schemas)
        assert only_op(api).stream.event.kind == "dict"  # type: ignore[attr-defined]
        assert [w.pointer for w in api.warnings] == ["/paths/~1chat/post"]


def test_body_field_pointer_is_escaped(tmp_path: Path) -> None:
    """A field's pointer names it even when its name holds '/' or '~'."""
    schemas = {
        "Req": {"type": "object", "properties": {"a/b~c": {"type": "string"}}},
        "ChatResponse": CHAT["ChatResponse"],
    }
    json_only = {
        "application/json": {"schema": {"$ref": "#/components/schemas/ChatResponse"}}
    }
    (body,) = only_op(api_for(tmp_path, chat_paths(json_only), schemas)).bodies  # type: ignore[attr-defined]
    (field,) = body.fields
    assert field.pointer.endswith("/schema/properties/a~1b~0c")


class TestFallbacks:
    def test_inexpressible_schema_widens_with_a_warning(self, tmp_path: Path) -> None:
        """A parameter schema the typer cannot express becomes Any, and the warning names its pointer."""
        paths = {
            "/x": {
                "get": {
                    "operationId": "getX",
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "schema": {"not": {"type": "string"}},
                        }
                    ],
                    "responses": {"204": {"description": "none"}},
                }
            }
        }
        api = api_for(tmp_path, paths, {})
        assert only_op(api).params[0].type == TypeRef("any")  # type: ignore[attr-defined]
        (warning,) = api.warnings
        assert warning.pointer == "/paths/~1x/get/parameters/0/schema"
        assert "cannot express not" in warning.message
