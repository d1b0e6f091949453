"""Verify that the models module made by datamodel-code-generator is only models.

The model generator is third-party code fed with untrusted spec text. Its
output is parsed here and accepted only if every statement is something a
models module holds: imports from known modules, classes whose bodies are
annotated fields and ``model_config``, constants, and calls to ``Field``,
``ConfigDict`` and pydantic's constrained types with constant arguments.
String annotations (which pydantic evaluates) must name a class. Anything else
means the generator was tricked into writing code, and nothing is written.
"""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Iterator

__all__ = ["ALLOWED_MODULES", "UnsafeModelsError", "check_models", "unsafe_constructs"]

ALLOWED_MODULES = frozenset(
    {
        "__future__",
        "builtins",  # only the types below, imported under another name
        "collections.abc",
        "datetime",
        "decimal",
        "enum",
        "ipaddress",
        "pathlib",
        "pydantic",
        "typing",
        "typing_extensions",
        "uuid",
    }
)
_BUILTIN_TYPES = frozenset(
    {
        "bool",
        "bytes",
        "dict",
        "float",
        "frozenset",
        "int",
        "list",
        "set",
        "str",
        "tuple",
    }
)
# Calls allowed in a value: the field and config factories, and the string
# constraints of an ``Annotated`` type.
_PYDANTIC_VALUE_CALLS = frozenset(
    {
        ("pydantic", "Field"),
        ("pydantic", "ConfigDict"),
        ("pydantic", "StringConstraints"),
    }
)
# Calls allowed in a type: pydantic's constrained types.
_PYDANTIC_TYPE_CALLS = frozenset(
    ("pydantic", name)
    for name in (
        "conbytes",
        "condate",
        "condecimal",
        "confloat",
        "confrozenset",
        "conint",
        "conlist",
        "conset",
        "constr",
    )
)
_CLASS_METHODS = frozenset({"model_rebuild"})
_FACTORY_METHODS = frozenset({"model_validate", "model_construct"})
_SPECIAL_FLOATS = frozenset({"inf", "-inf", "+inf", "nan"})
_MAX_FORWARD_REF = 200


class UnsafeModelsError(Exception):
    """The model generator's output holds something other than models."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "; ".join(problems[:3]) + ("; ..." if len(problems) > 3 else "")
        super().__init__(f"refusing to write models.py: {shown}")


def check_models(source: str, *, package: str) -> None:
    """Raise ``UnsafeModelsError`` unless ``source`` is a plain models module."""
    problems = unsafe_constructs(source, package=package)
    if problems:
        raise UnsafeModelsError(problems)


def unsafe_constructs(source: str, *, package: str) -> list[str]:
    """What in ``source`` is not allowed in a models module, as ``line N: what``."""
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        return [f"line {exc.lineno}: not valid Python ({exc.msg})"]
    return _non_ascii_names(source) + list(_Checker(tree, package).problems())


def _non_ascii_names(source: str) -> list[str]:
    """Identifiers written with non-ASCII letters.

    Python reads identifiers in NFKC form (the syntax tree shows them so): a
    name in fullwidth letters is the keyword ``class``, and two different
    spellings can be one name. Only the tokens show what was written.
    """
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NAME and not token.string.isascii():
            found.append(
                f"line {token.start[0]}: non-ASCII identifier {token.string!r}"
            )
    return found


class _Checker:
    def __init__(self, tree: ast.Module, package: str) -> None:
        self.tree = tree
        self.modules = ALLOWED_MODULES | {f"{package}._base_model"}
        # local name -> (module, name there); the generator renames imports that a
        # field would shadow (``Field as Field_aliased``)
        self.imported: dict[str, tuple[str, str]] = {}
        self.classes = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}

    def problems(self) -> Iterator[str]:
        for node in self.tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                yield from self._import(node)
        clash = self.classes & set(self.imported)
        for name in sorted(clash):
            yield f"class {name} shadows an imported name"
        for node in self.tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            if isinstance(node, ast.ClassDef):
                yield from self._class(node)
            elif _is_docstring(node):
                continue
            elif isinstance(node, ast.Expr) and self._rebuild(node.value):
                continue
            else:
                yield _where(node, f"{type(node).__name__} statement")

    def _import(self, node: ast.Import | ast.ImportFrom) -> Iterator[str]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if (
                    alias.name not in self.modules
                    or alias.asname
                    or alias.name == "builtins"
                ):
                    yield _where(node, f"import of {alias.name}")
                top = alias.name.partition(".")[0]
                self.imported[top] = (top, "")
            return
        module = node.module or ""
        if node.level or module not in self.modules:
            yield _where(node, f"import from {module or '.'}")
        for alias in node.names:
            if alias.name == "*" or alias.name.startswith("_"):
                yield _where(node, f"import of {alias.name}")
            elif module == "__future__" and alias.name != "annotations":
                yield _where(node, f"__future__ import {alias.name}")
            elif module == "builtins" and alias.name not in _BUILTIN_TYPES:
                yield _where(node, f"import of builtins.{alias.name}")
            self.imported[alias.asname or alias.name] = (module, alias.name)

    def _rebuild(self, node: ast.expr) -> bool:
        """``Model.model_rebuild()``: resolves forward references."""
        return (
            isinstance(node, ast.Call)
            and not node.args
            and not node.keywords
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _CLASS_METHODS
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in self.classes
        )

    # -- classes --------------------------------------------------------------

    def _class(self, node: ast.ClassDef) -> Iterator[str]:
        if node.decorator_list or node.keywords:
            yield _where(node, f"class {node.name} with decorators or keywords")
        for base in node.bases:
            if isinstance(base, ast.Subscript):
                yield from self._type(base)
            elif not (isinstance(base, ast.Name) and self._known(base.id)):
                yield _where(base, f"base class of {node.name}")
        for item in node.body:
            if _is_docstring(item) or isinstance(item, ast.Pass):
                continue
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                if item.target.id.startswith("__"):
                    yield _where(item, f"field {item.target.id}")
                yield from self._type(item.annotation)
                if item.value is not None:
                    yield from self._value(item.value)
            elif (
                isinstance(item, ast.Assign)
                and len(item.targets) == 1
                and isinstance(item.targets[0], ast.Name)
            ):
                yield from self._assign(item.targets[0].id, item.value)
            else:
                yield _where(item, f"{type(item).__name__} in class {node.name}")

    def _assign(self, name: str, value: ast.expr) -> Iterator[str]:
        if name == "__annotations__":
            # extra fields' type: {'__pydantic_extra__': dict[str, T]}
            if not isinstance(value, ast.Dict) or not all(
                isinstance(k, ast.Constant) and k.value == "__pydantic_extra__"
                for k in value.keys
            ):
                yield _where(value, "__annotations__ other than __pydantic_extra__")
                return
            for item in value.values:
                yield from self._type(item)
        elif name.startswith("__"):
            yield _where(value, f"assignment to {name}")
        else:  # model_config, or an enum member
            yield from self._value(value)

    # -- types ----------------------------------------------------------------

    def _type(self, node: ast.expr, depth: int = 0) -> Iterator[str]:
        """A type expression; strings in it are forward references and must name a class."""
        if isinstance(node, ast.Name):
            if not self._known(node.id):
                yield _where(node, f"name {node.id}")
        elif isinstance(node, ast.Constant):
            yield from self._constant_type(node, depth)
        elif isinstance(node, ast.Attribute):
            yield from self._attribute(node)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            yield from self._type(node.left, depth)
            yield from self._type(node.right, depth)
        elif isinstance(node, ast.Subscript):
            yield from self._subscript(node, depth)
        elif isinstance(node, (ast.Tuple, ast.List)):
            for elt in node.elts:
                yield from self._type(elt, depth)
        elif isinstance(node, ast.Call):
            yield from self._call_type(node)
        else:
            yield _where(node, f"{type(node).__name__} in a type")

    def _constant_type(self, node: ast.Constant, depth: int) -> Iterator[str]:
        """A string is a forward reference; None and ``...`` are types; else refused."""
        if isinstance(node.value, str):
            yield from self._forward(node, depth)
        elif node.value is not None and node.value is not Ellipsis:
            yield _where(node, f"constant {node.value!r} in a type")

    def _subscript(self, node: ast.Subscript, depth: int) -> Iterator[str]:
        """``X[...]``: Literal holds values, Annotated a type then metadata, others types."""
        yield from self._type(node.value, depth)
        head = (
            self._origin(node.value.id)[1] if isinstance(node.value, ast.Name) else ""
        )
        args = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if head == "Literal":
            for arg in args:
                yield from self._literal(arg)
        elif head == "Annotated" and args:
            yield from self._type(args[0], depth)
            for meta in args[1:]:
                yield from self._value(meta)
        else:
            for arg in args:
                yield from self._type(arg, depth)

    def _call_type(self, node: ast.Call) -> Iterator[str]:
        """Only pydantic's constrained-type calls (``constr(...)`` and kin) may be types."""
        if not (
            isinstance(node.func, ast.Name)
            and self._origin(node.func.id) in _PYDANTIC_TYPE_CALLS
        ):
            yield _where(node, "call in a type")
        yield from self._arguments(node)

    def _forward(self, node: ast.Constant, depth: int) -> Iterator[str]:
        text = str(node.value)
        try:
            parsed = (
                ast.parse(text, mode="eval").body
                if len(text) <= _MAX_FORWARD_REF
                else None
            )
        except SyntaxError:
            parsed = None
        if parsed is None or depth > 2:
            yield _where(node, f"string annotation {text[:40]!r}")
            return
        yield from self._type(parsed, depth + 1)

    def _literal(self, node: ast.expr) -> Iterator[str]:
        if isinstance(node, ast.Constant):
            return
        if (
            isinstance(node, ast.UnaryOp)
            and isinstance(node.op, ast.USub)
            and isinstance(node.operand, ast.Constant)
            and isinstance(node.operand.value, (int, float))
        ):
            return
        if isinstance(node, ast.Attribute):
            yield from self._attribute(node)
            return
        yield _where(node, f"{type(node).__name__} in Literal[...]")

    # -- values ---------------------------------------------------------------

    def _value(self, node: ast.expr) -> Iterator[str]:
        """A default, an example, a config value: data, or a Field/ConfigDict call."""
        if isinstance(node, ast.Constant):
            return
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            if not (
                isinstance(node.operand, ast.Constant)
                and isinstance(node.operand.value, (int, float))
            ):
                yield _where(node, "sign on a non-number")
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            for elt in node.elts:
                yield from self._value(elt)
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                if key is None:
                    yield _where(node, "** in a dict")
                else:
                    yield from self._value(key)
            for item in node.values:
                yield from self._value(item)
        elif isinstance(node, ast.Attribute):
            yield from self._attribute(node)
        elif isinstance(node, ast.Call):
            yield from self._call(node)
        else:
            yield _where(node, f"{type(node).__name__} in a value")

    def _call(self, node: ast.Call) -> Iterator[str]:
        func = node.func
        if (
            isinstance(func, ast.Name)
            and self._origin(func.id) in _PYDANTIC_VALUE_CALLS
        ):
            for keyword in node.keywords:
                if keyword.arg == "default_factory":
                    yield from self._factory(keyword.value)
                elif keyword.arg is None:
                    yield _where(node, "** in a call")
                else:
                    yield from self._value(keyword.value)
            for arg in node.args:
                yield from self._value(arg)
        elif (
            isinstance(func, ast.Name)
            and self._origin(func.id) == ("builtins", "float")
            and not node.keywords
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value in _SPECIAL_FLOATS
        ):
            return
        else:
            yield _where(node, f"call of {ast.unparse(func)[:40]}")

    def _factory(self, node: ast.expr) -> Iterator[str]:
        """``default_factory=``: a builtin container, or a lambda building a model from data."""
        if isinstance(node, ast.Name) and node.id in ("list", "dict", "set"):
            return
        if not isinstance(node, ast.Lambda) or _has_parameters(node.args):
            yield _where(node, "default_factory other than a constant-building lambda")
            return
        body = node.body
        if isinstance(body, ast.Call) and (
            (isinstance(body.func, ast.Name) and body.func.id in self.classes)
            or (
                isinstance(body.func, ast.Attribute)
                and body.func.attr in _FACTORY_METHODS
                and isinstance(body.func.value, ast.Name)
                and body.func.value.id in self.classes
            )
        ):
            yield from self._arguments(body)
        else:
            yield from self._value(body)

    def _arguments(self, node: ast.Call) -> Iterator[str]:
        for arg in node.args:
            yield from self._value(arg)
        for keyword in node.keywords:
            if keyword.arg is None:
                yield _where(node, "** in a call")
            else:
                yield from self._value(keyword.value)

    def _attribute(self, node: ast.Attribute) -> Iterator[str]:
        """``Model.member`` (an enum value) or ``module.Type``; nothing private."""
        if node.attr.startswith("_") or not (
            isinstance(node.value, ast.Name) and self._known(node.value.id)
        ):
            yield _where(node, f"attribute {ast.unparse(node)[:40]}")

    def _known(self, name: str) -> bool:
        return name in self.imported or name in self.classes or name in _BUILTIN_TYPES

    def _origin(self, name: str) -> tuple[str, str]:
        """(module, name) that a name in the module refers to; builtins when unbound."""
        if name in self.imported:
            return self.imported[name]
        if name in self.classes:
            return ("", name)
        return ("builtins", name)


def _has_parameters(args: ast.arguments) -> bool:
    return bool(
        args.posonlyargs or args.args or args.vararg or args.kwonlyargs or args.kwarg
    )


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _where(node: ast.AST, what: str) -> str:
    return f"line {getattr(node, 'lineno', '?')}: {what}"
