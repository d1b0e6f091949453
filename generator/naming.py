"""The only place where Python identifiers are made from spec text.

Rule: split the text into words (at non-alphanumerics, lower->upper and
acronym->word boundaries), keep ASCII letters and digits, then join as
snake_case (functions, arguments, modules) or PascalCase (classes). A name
that starts with a digit gets a prefix; a keyword or reserved name gets a
trailing underscore; names that still collide in one scope get ``_2``,
``_3``... in the order of their original text, so the result never depends
on dictionary order.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Callable, Iterable

from generator.literals import Code

__all__ = [
    "CLASS_RESERVED",
    "METHOD_RESERVED",
    "PARAM_RESERVED",
    "RESOURCE_RESERVED",
    "PyName",
    "class_name",
    "constant_name",
    "dedupe",
    "derived_names",
    "model_class_name",
    "resource_class_name",
    "snake_name",
    "unique_name",
    "words",
]

MAX_LENGTH = 64


class PyName(Code):
    """A valid, non-keyword Python identifier."""

    __slots__ = ()


# Arguments every generated method takes, and names its body or its class body
# uses (cast, check, builtins; omit in defaults, cached_property as a
# decorator): a spec parameter must not shadow them.
PARAM_RESERVED = frozenset(
    {
        "self",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "cls",
        "cast",
        "check",
        "builtins",
        "body",
        "omit",
        "cached_property",
        "with_raw_response",
    }
)
# A method named ``omit`` would shadow the default of every later argument.
METHOD_RESERVED = frozenset(
    {"omit", "with_raw_response", "builtins", "cached_property"}
)
# Resource attribute names must not hide what clients and resources already have.
RESOURCE_RESERVED = PARAM_RESERVED | {
    "base_url",
    "close",
    "max_retries",
    "request",
    "with_options",
}

# Names that resources and models modules import; a model must not shadow them.
CLASS_RESERVED = frozenset(
    {
        "Any",
        "AnyUrl",
        "Annotated",
        "AsyncAPIClient",
        "AsyncAPIResource",
        "AwareDatetime",
        "BaseModel",
        "Body",
        "ConfigDict",
        "Endpoint",
        "Enum",
        "Field",
        "FileTypes",
        "Headers",
        "Literal",
        "NotGiven",
        "Omit",
        "Optional",
        "Param",
        "Query",
        "RootModel",
        "SyncAPIClient",
        "SyncAPIResource",
        "TYPE_CHECKING",
        "Timeout",
        "Union",
        "date",
        "datetime",
    }
    | set(dir(builtins))
)
# What a resource module defines besides the resource class ``X`` itself.
_RESOURCE_VARIANTS = (
    ("Async", ""),
    ("", "WithRawResponse"),
    ("Async", "WithRawResponse"),
)

_BOUNDARY = re.compile(
    r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*"
)


def words(text: str) -> list[str]:
    """Lower-case ASCII words of ``text``: ``createImageEdit`` -> create, image, edit."""
    ascii_text = (
        unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    )
    return [w.lower() for w in _BOUNDARY.findall(ascii_text)]


def snake_name(
    text: str, *, reserved: Iterable[str] = (), fallback: str = "value"
) -> PyName:
    """A snake_case identifier for ``text``."""
    name = "_".join(words(text)) or fallback
    return _finish(name, reserved, prefix="n_")


def class_name(
    text: str, *, reserved: Iterable[str] = CLASS_RESERVED, fallback: str = "Model"
) -> PyName:
    """A PascalCase class name for ``text``."""
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or fallback
    return _finish(name, reserved, prefix="M")


def resource_class_name(text: str, models: Iterable[str]) -> PyName:
    """A resource class name whose module-level names (``X``, ``AsyncX``,
    ``XWithRawResponse``...) clash neither with ``models`` nor with imports."""
    reserved = set(CLASS_RESERVED)
    for model in models:
        reserved.add(model)
        for prefix, suffix in _RESOURCE_VARIANTS:
            if model.startswith(prefix) and model.endswith(suffix):
                reserved.add(model[len(prefix) : len(model) - len(suffix)])
    return class_name(text, reserved=reserved)


def model_class_name(text: str) -> PyName:
    """A class name for a schema, one the model generator keeps exactly as it is.

    The model generator rewrites names with underscores (``True_`` becomes
    ``True1``, ``Literal_`` becomes ``Literal``), so a reserved name gets
    ``Model`` appended instead of ``_``: signatures and models must agree.
    """
    name = "".join(w[:1].upper() + w[1:] for w in words(text))[:MAX_LENGTH] or "Model"
    if name[0].isdigit():
        name = "M" + name
    if keyword.iskeyword(name) or name in CLASS_RESERVED:
        name += "Model"
    return PyName(name)


def constant_name(text: str) -> PyName:
    """An UPPER_SNAKE name for ``text``.

    A name made here already (a ``PyName``) is only upper-cased: made again, it
    would be cut to the length limit and lose the ``_2`` that keeps it unique.
    """
    if isinstance(text, PyName):
        return PyName(text.upper())
    return PyName(snake_name(text).upper())


def _finish(name: str, reserved: Iterable[str], prefix: str) -> PyName:
    name = name[:MAX_LENGTH].rstrip("_") or name[:MAX_LENGTH]
    if name[0].isdigit():
        name = prefix + name
    if keyword.iskeyword(name) or name in set(reserved):
        name += "_"
    return PyName(name)


def derived_names(title: str, fallback: str) -> tuple[PyName, PyName, PyName]:
    """Package, client and environment prefix for an API called ``title``
    (``fallback`` when it has no words): ``Portkey API`` -> ``portkey_client``,
    ``Portkey``, ``PORTKEY``."""
    found = words(title)
    if found and found[-1] == "api":
        found = found[:-1]  # "Portkey API" names "Portkey"
    stem = " ".join(found or words(fallback) or ["api"])
    return (
        snake_name(stem + " client"),
        class_name(stem, reserved=()),
        PyName(snake_name(stem).upper()),
    )


def dedupe(names: Iterable[tuple[str, PyName]], sep: str = "_") -> dict[str, PyName]:
    """Make names unique within one scope: ``{original: name}``.

    Originals are processed in sorted order so that the first keeps its name and
    later ones get ``_2``, ``_3``... (``sep`` is ``""`` for class names); the
    outcome is the same for any input order. Names equal but for case collide
    too: they would clash as module files on case-insensitive file systems.
    """
    taken: set[str] = set()
    return {
        original: PyName(unique_name(name, taken, sep=sep, ignore_case=True))
        for original, name in sorted(names, key=lambda pair: (pair[1], pair[0]))
    }


def unique_name(
    name: str, taken: set[str], *, sep: str = "", ignore_case: bool = False
) -> str:
    """``name``, else ``name`` + ``sep`` + 2, 3...: the first not in ``taken``,
    which it is added to (lowercased with ``ignore_case``: then ``taken`` holds
    lowercased names)."""
    fold: Callable[[str], str] = str.lower if ignore_case else str
    candidate, n = name, 1
    while fold(candidate) in taken:
        n += 1
        candidate = f"{name}{sep}{n}"
    taken.add(fold(candidate))
    return candidate
