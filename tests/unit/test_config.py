"""generator.config: settings read, checked, fingerprinted, and bound to their spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import ConfigError, configured_spec, defaults_for, load_config
from generator.fingerprint import inputs


def settings(folder: Path, text: str, name: str = "pyproject.toml") -> Path:
    path = folder / name
    path.write_text("[tool.generator]\n" + text, encoding="utf-8")
    return path


class TestOverlays:
    def test_paths_are_relative_to_the_file(self, tmp_path: Path) -> None:
        config = load_config(settings(tmp_path, 'overlays = ["a.yaml", "o/b.yaml"]\n'))
        assert config.overlays == (tmp_path / "a.yaml", tmp_path / "o" / "b.yaml")
        # the manifest records them as written: the same on every machine
        assert config.fingerprint()["overlays"] == ["a.yaml", "o/b.yaml"]

    @pytest.mark.parametrize("value", ['"a.yaml"', "[1]", '[""]', "{a = 1}"])
    def test_must_be_a_list_of_paths(self, tmp_path: Path, value: str) -> None:
        with pytest.raises(ConfigError, match="overlays must be a list of file paths"):
            load_config(settings(tmp_path, f"overlays = {value}\n"))

    def test_leftover_patch_table(self, tmp_path: Path) -> None:
        path = settings(tmp_path, '[tool.generator.patch]\n"/info/title" = "x"\n')
        with pytest.raises(
            ConfigError, match=r"patch\] is no longer supported.*overlay"
        ):
            load_config(path)

    def test_overlay_content_is_an_input(self, tmp_path: Path) -> None:
        """--check must see an overlay change, wherever the overlay lives."""
        (tmp_path / "spec").mkdir()
        (tmp_path / "spec" / "openapi.yaml").write_text("openapi: 3.0.3\n")
        overlay = tmp_path / "fixes" / "o.yaml"
        overlay.parent.mkdir()
        overlay.write_text("overlay: 1.0.0\n")
        config = load_config(
            settings(
                tmp_path, 'spec = "spec/openapi.yaml"\noverlays = ["fixes/o.yaml"]\n'
            )
        )
        before = inputs(config)
        overlay.write_text("overlay: 1.0.1\n")
        after = inputs(config)
        assert before["overlays"] != after["overlays"]
        assert {k for k in before if before[k] != after[k]} == {"overlays"}

    def test_output_beside_the_spec_is_not_an_input(self, tmp_path: Path) -> None:
        """A spec beside pyproject.toml: the output (and .venv) below its folder do not count."""
        (tmp_path / "openapi.yaml").write_text("openapi: 3.0.3\n")
        config = load_config(settings(tmp_path, 'spec = "openapi.yaml"\n'))
        before = inputs(config)
        for folder in ("generated/client", ".venv/lib"):
            (tmp_path / folder).mkdir(parents=True)
            (tmp_path / folder / "_generated.json").write_text("{}")
        # (generated/client is the package folder: package defaults to "client")
        assert inputs(config) == before
        (tmp_path / "other.yaml").write_text("x: 1\n")  # a neighbour it may $ref
        assert inputs(config)["spec"] != before["spec"]

    def test_out_folder_holding_the_spec_still_counts_it(self, tmp_path: Path) -> None:
        """Only the package folder is skipped, not an --out that holds the spec."""
        (tmp_path / "openapi.yaml").write_text("openapi: 3.0.3\n")
        config = load_config(settings(tmp_path, 'spec = "openapi.yaml"\nout = "."\n'))
        before = inputs(config)
        (tmp_path / "openapi.yaml").write_text("openapi: 3.1.0\n")
        assert inputs(config)["spec"] != before["spec"]


class TestSpecOfSettings:
    def test_configured_spec(self, tmp_path: Path) -> None:
        assert configured_spec(settings(tmp_path, 'spec = "s/api.yaml"\n')) == (
            tmp_path / "s" / "api.yaml"
        )
        assert configured_spec(settings(tmp_path, 'package = "x"\n')) is None

    def test_any_toml_file_with_the_table(self, tmp_path: Path) -> None:
        path = settings(
            tmp_path,
            'package = "things"\nclient-name = "Things"\n[tool.generator.rename]\n'
            'listThings = "things.all"\n',
            name="things.toml",
        )
        config = load_config(path)
        assert (config.package, config.client_name) == ("things", "Things")
        assert config.rename == {"listThings": "things.all"}

    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            ("Portkey API", ("portkey_client", "Portkey", "PORTKEY")),
            (
                "Swagger Petstore",
                ("swagger_petstore_client", "SwaggerPetstore", "SWAGGER_PETSTORE"),
            ),
            ("API", ("petstore_v2_client", "PetstoreV2", "PETSTORE_V2")),
            ("", ("petstore_v2_client", "PetstoreV2", "PETSTORE_V2")),
            ("3D Things", ("n_3_d_things_client", "M3DThings", "N_3_D_THINGS")),
        ],
    )
    def test_defaults_derive_names(
        self, tmp_path: Path, title: str, expected: tuple[str, str, str]
    ) -> None:
        """Another spec gets no settings but names, from its title (else its file name)."""
        spec = tmp_path / "petstore-v2.yaml"
        config = defaults_for(spec, root=tmp_path, out=tmp_path / "out", title=title)
        assert (config.package, config.client_name, config.env_prefix) == expected
        assert (config.overlays, config.rename, config.streams) == ((), {}, {})
        assert config.spec == spec
