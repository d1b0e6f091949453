"""generator.pipeline: stages that overlap still fail, locate and cache as one run would."""

from __future__ import annotations

import dataclasses
import shutil
import time
from functools import partial
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Config, load_config
from generator.diagnostics import SpecError
from generator.load import load_spec
from generator.validate import validate


@pytest.fixture
def config(project: Path) -> Config:
    """The project's settings on a copy of the seed spec, with a cache of its own."""
    return load_config(project / "pyproject.toml")


def edit(config: Config, old: str, new: str) -> None:
    text = config.spec.read_text("utf-8")
    assert old in text
    config.spec.write_text(text.replace(old, new, 1), "utf-8")


class TestValidation:
    def test_errors_stop_the_run_located_as_by_validate(self, config: Config) -> None:
        """Validation runs in another process; its errors keep their lines and columns."""
        edit(config, "  title: Portkey API\n", "  title: [Portkey, API]\n")
        with pytest.raises(SpecError) as raised:
            pipeline.generate(config)
        expected = sorted(validate(load_spec(config.spec)))
        assert list(raised.value.diagnostics) == expected
        assert all(d.line > 0 for d in expected)

    def test_errors_win_over_a_later_stage_tripping(
        self, config: Config, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A later stage may trip on an invalid spec: the spec's errors are the news."""

        def trip(*args: object) -> None:
            raise KeyError("tripped")

        monkeypatch.setattr(pipeline, "build", trip)
        with pytest.raises(KeyError):
            pipeline.generate(config)
        edit(config, "  title: Portkey API\n", "  title: [Portkey, API]\n")
        with pytest.raises(SpecError):
            pipeline.generate(config)

    def test_errors_stop_the_rendering_in_this_process(
        self, config: Config, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Rendering that would run for a minute is stopped by validation's verdict."""
        finished: list[bool] = []

        def slow_build(*args: object) -> None:
            for _ in range(600):  # a minute of work, in small steps
                time.sleep(0.1)
            finished.append(True)

        monkeypatch.setattr(pipeline, "build", slow_build)
        edit(config, "  title: Portkey API\n", "  title: [Portkey, API]\n")
        with pytest.raises(SpecError):
            pipeline.generate(config)
        assert finished == []

    def test_errors_stop_the_workers(
        self, config: Config, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """The model generator's worker is ended, not waited for."""
        if not pipeline._can_fork():
            pytest.skip("the pool's workers are forked copies only on Linux")
        marker = tmp_path / "finished"
        monkeypatch.setattr(pipeline, "render_models", partial(_slow_models, marker))
        edit(config, "  title: Portkey API\n", "  title: [Portkey, API]\n")
        with pytest.raises(SpecError):
            pipeline.generate(config)
        assert not marker.exists()

    def test_without_fork_the_same_result(
        self, config: Config, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        expected = pipeline.generate(config).files
        shutil.rmtree(config.root / pipeline.CACHE_FOLDER)
        monkeypatch.setattr(pipeline, "_can_fork", lambda: False)
        assert pipeline.generate(config).files == expected


class TestModelsCache:
    def test_unchanged_schemas_do_not_run_the_model_generator(
        self, config: Config, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        first = pipeline.generate(config)

        def refuse(*args: object, **kwargs: object) -> str:
            raise AssertionError("the model generator ran again")

        monkeypatch.setattr(pipeline, "render_models", refuse)
        edit(config, "  version: 2.0.0\n", "  version: 2.0.1\n")
        second = pipeline.generate(config)
        assert second.files["models.py"] == first.files["models.py"]

    def test_changed_schemas_run_it(self, config: Config) -> None:
        first = pipeline.generate(config)
        edit(
            config,
            "    CreateImageEditRequest:\n",
            "    Extra:\n      type: object\n      properties:\n"
            "        a:\n          type: string\n    CreateImageEditRequest:\n",
        )
        second = pipeline.generate(config)
        assert "class Extra(" in second.files["models.py"]
        assert "class Extra(" not in first.files["models.py"]


def _slow_models(marker: Path, *args: object, **kw: object) -> str:
    """A model generator that takes a minute, then leaves a mark."""
    time.sleep(60)
    marker.write_text("done")
    return ""


class TestSummary:
    def test_counts_what_the_spec_declares(self, config: Config) -> None:
        """Operations are counted in the IR, skipped ones against the spec's paths."""
        generated = pipeline.generate(config)
        assert generated.declared == 1
        assert generated.summary().startswith("1 operations, ")
        assert " 0 skipped, " in generated.summary()

    def test_an_operation_missing_from_the_ir_is_counted_skipped(
        self, config: Config
    ) -> None:
        """The claim can fail: an operation the IR lacks shows as skipped."""
        generated = pipeline.generate(config)
        claimed = dataclasses.replace(generated, declared=generated.declared + 2)
        assert " 2 skipped, " in claimed.summary()
