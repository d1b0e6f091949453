"""generator.modelcheck: the models module may hold models and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.modelcheck import UnsafeModelsError, check_models, unsafe_constructs

ROOT = Path(__file__).resolve().parents[2]

HEAD = """\
from __future__ import annotations
from typing import Any, Literal
from pydantic import ConfigDict, Field, RootModel
from pkg._base_model import BaseModel
"""


def problems(body: str) -> list[str]:
    return unsafe_constructs(HEAD + body, package="pkg")


class TestAccepts:
    def test_the_committed_models(self) -> None:
        """The seed's models module passes."""
        source = (ROOT / "generated" / "portkey_client" / "models.py").read_text()
        assert unsafe_constructs(source, package="portkey_client") == []

    def test_what_the_model_generator_writes(self) -> None:
        """Fields, config, constraints, aliased imports, forward references, defaults."""
        assert problems("""
from builtins import list as list_aliased
from pydantic import Field as Field_aliased, constr

class A(BaseModel):
    \"\"\"Doc with \\"\\"\\" and code: open('x')\"\"\"
    model_config = ConfigDict(populate_by_name=True, extra="allow")
    __annotations__ = {"__pydantic_extra__": dict[str, str]}
    a: Literal["x", -1, 2.5, None] | None = Field_aliased("x", alias="a b", examples=[{"k": [1]}])
    b: list_aliased["B"] | None = Field(default_factory=list)
    c: dict[constr(pattern=r"^x"), Any] = {"k": float("inf")}
    d: "B" = Field(default_factory=lambda: B.model_validate({"z": 1}))

class B(RootModel[list[int]]):
    root: list[int] = Field(..., max_length=3)

A.model_rebuild()
""") == []


class TestRefuses:
    @pytest.mark.parametrize(
        ("body", "what"),
        [
            ("import os\n", "import of os"),
            ("from os import system\n", "import from os"),
            ("from builtins import open as o\n", "import of builtins.open"),
            ("from pydantic import *\n", "import of *"),
            ("print('x')\n", "Expr statement"),
            ("x = open('/tmp/p', 'w')\n", "Assign statement"),
            ("def f(): pass\n", "FunctionDef statement"),
            (
                "class A(BaseModel):\n    x: int = open('/tmp/p').read()\n",
                "call of open('/tmp/p').read",
            ),
            (
                "class A(BaseModel):\n    x: int = __import__('os').system('id')\n",
                "call of __import__('os').system",
            ),
            (
                "class A(BaseModel):\n    x: \"__import__('os').system('id')\"\n",
                "call in a type",
            ),
            ("class A(BaseModel):\n    x: list['os.system']\n", "attribute os.system"),
            (
                "class A(BaseModel):\n    x: str = f'{open(1)}'\n",
                "JoinedStr in a value",
            ),
            ("class A(BaseModel):\n    def m(self): pass\n", "FunctionDef in class A"),
            (
                "@dataclass\nclass A(BaseModel):\n    pass\n",
                "class A with decorators or keywords",
            ),
            (
                "class A(BaseModel, metaclass=M):\n    pass\n",
                "class A with decorators or keywords",
            ),
            (
                "class A(BaseModel):\n    x: int = Field(default_factory=lambda y: y)\n",
                "default_factory",
            ),
            (
                "class A(BaseModel):\n    x: int = Field(default_factory=exec)\n",
                "default_factory",
            ),
            (
                "class A(BaseModel):\n    x: int = A.__class__\n",
                "attribute A.__class__",
            ),
            ("class A(BaseModel):\n    __slots__ = ()\n", "assignment to __slots__"),
            (
                "class A(BaseModel):\n    x: int = Field(**{'default': 1})\n",
                "** in a call",
            ),
            ("class A(BaseModel):\n    x: int = float('1e9')\n", "call of float"),
            (
                "class Field(BaseModel):\n    pass\n",
                "class Field shadows an imported name",
            ),
            (
                "class A(BaseModel):\n    \uff43\uff4c\uff41\uff53\uff53: int = 1\n",
                "non-ASCII identifier",
            ),
            ("class A(BaseModel):\n    x: int = (lambda: 0)()\n", "call of"),
            ("A.model_rebuild(1)\n", "Expr statement"),
        ],
    )
    def test_refused_with_a_reason(self, body: str, what: str) -> None:
        """Anything that could run code (or is not what it seems) is named, with its line."""
        found = problems(body)
        assert any(what in p for p in found), found

    def test_raises_with_the_reasons(self) -> None:
        """check_models raises UnsafeModelsError listing the problems."""
        with pytest.raises(
            UnsafeModelsError,
            match=r"refusing to write models\.py: line 5: import of os",
        ):
            check_models(HEAD + "import os\n", package="pkg")

    def test_syntax_error(self) -> None:
        """Text that is not Python at all is refused, not crashed on."""
        assert problems('class A(BaseModel):\n    x: str = "\n')[0].startswith(
            "line 6: not valid Python"
        )
