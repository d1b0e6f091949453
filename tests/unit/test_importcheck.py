"""generator.importcheck: a wrapper importing a model that models.py lacks stops the run."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import cli, pipeline
from generator.config import Config, load_config
from generator.importcheck import (
    DanglingImportError,
    check_model_imports,
    dangling_imports,
)

MODELS = """
from pydantic import BaseModel
class Owner(BaseModel):
    name: str
Alias = Owner
"""


class TestCheck:
    def test_defined_names_pass(self) -> None:
        files = {
            "models.py": MODELS,
            "resources/pets.py": "from ..models import Alias, Owner\n",
            "_client.py": "from .models import Owner\n",
            "__init__.py": "from pkg.models import Owner as O\n",
        }
        check_model_imports(files, package="pkg")

    def test_each_missing_name_is_reported_with_its_file(self) -> None:
        files = {
            "models.py": MODELS,
            "resources/pets.py": "from ..models import (\n    Owner,\n    OneLevel,\n)\n",
            "_client.py": "if True:\n    from .models import Gone\n",
            "__init__.py": "from pkg.models import Missing\n",
        }
        assert dangling_imports(files, package="pkg") == [
            "__init__.py: Missing",
            "_client.py: Gone",
            "resources/pets.py: OneLevel",
        ]
        with pytest.raises(DanglingImportError, match=r"generator bug.*OneLevel"):
            check_model_imports(files, package="pkg")

    def test_other_modules_named_models_are_not_checked(self) -> None:
        files = {
            "models.py": MODELS,
            "_client.py": "from .resources.models import Models\n",
            "resources/x.py": "from .models import Models\n",
        }
        assert dangling_imports(files, package="pkg") == []


def _no_models(*args: object, header: str, **kwargs: object) -> str:
    """A models module without a single model (module level: workers pickle it)."""
    return header + "\n"


@pytest.fixture
def config(project: Path) -> Config:
    return load_config(project / "pyproject.toml")


def test_generation_stops_when_models_lack_a_wrapper_import(
    config: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A models module that disagrees with the wrappers is a generator bug,
    reported at generation time; nothing is written."""

    monkeypatch.setattr(pipeline, "render_models", _no_models)
    with pytest.raises(DanglingImportError, match="generator bug"):
        pipeline.generate(config)
    monkeypatch.chdir(config.root)
    assert cli.main(["generate"]) != 0
    assert "generator bug" in capsys.readouterr().err
    assert not config.out.exists()
