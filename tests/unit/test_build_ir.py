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
