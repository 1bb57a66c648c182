"""The cattrs converter: claimkit's JSON layout, and the reference for the fast path.

Private: import these names from :mod:`claimkit.serialization`.  :func:`make_converter`
returns a converter configured by :func:`configure_converter`; :data:`converter` is a
shared instance.  Turning objects into plain data (``unstructure``) and back
(``structure``) goes through it, and JSON text through orjson.  Invalid data raises
:class:`~claimkit.errors.LoadError` with the path of the offending value.  The msgspec
fast path (:mod:`claimkit.serialization._fast`) gives the same objects and bytes and
falls back to this module for anything it cannot take exactly, and for every error
message.
"""

from __future__ import annotations

import datetime as _dt
import enum
import typing
from typing import Any, TypeVar

import attrs
import cattrs
import orjson
from cattrs.errors import BaseValidationError, ForbiddenExtraKeysError
from cattrs.gen import make_dict_unstructure_fn, override

from claimkit import model
from claimkit.errors import ClaimkitError, LoadError, SchemaVersionError
from claimkit.model import (
    Actor,
    Claim,
    Corpus,
    Document,
    Evidence,
    EvidenceCue,
    Provenance,
    Region,
    Span,
)

__all__ = [
    "SCHEMA_VERSION",
    "configure_converter",
    "converter",
    "dumps",
    "loads",
    "make_converter",
    "structure",
    "structure_record",
    "unstructure",
    "unstructure_record",
]

SCHEMA_VERSION = 1
"""The version of claimkit's JSON layout, written into every JSON and JSON Lines file."""

RECORD_TYPES: dict[str, type[model.Record]] = {
    "document": Document,
    "actor": Actor,
    "claim": Claim,
}
"""The ``type`` tag of each record kind in JSON Lines files."""

_MODEL_CLASSES = (Span, Region, Document, Actor, EvidenceCue, Evidence, Provenance, Claim, Corpus)

T = TypeVar("T")


def _structure_enum(value: Any, kind: type[enum.Enum]) -> enum.Enum:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in kind)
        raise ValueError(f"{value!r} is not a valid {kind.__name__} (allowed: {allowed})") from None


def _structure_date(value: Any, _kind: type) -> _dt.date:
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date string, got {type(value).__name__}")
    return _dt.date.fromisoformat(value)


def _structure_str(value: Any, _kind: type) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {type(value).__name__}")
    return value


def _is_tuple(kind: Any) -> bool:
    return kind is tuple or typing.get_origin(kind) is tuple


def _structure_tuple_with(conv: cattrs.Converter) -> Any:
    """Tuples come from JSON arrays only: a string is not a tuple of its characters."""
    base = conv._structure_tuple  # cattrs's own tuple hook, with per-item error notes

    def structure_tuple(value: Any, kind: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise ValueError(f"expected a list, got {type(value).__name__}")
        return base(value, kind)

    return structure_tuple


def _structure_int(value: Any, _kind: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected an integer, got {type(value).__name__}")
    return value


def _structure_float(value: Any, _kind: type) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"expected a number, got {type(value).__name__}")
    return float(value)


def _structure_bool(value: Any, _kind: type) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {type(value).__name__}")
    return value


def configure_converter(conv: cattrs.Converter) -> None:
    """Configure a converter for claimkit's model classes.

    The rules it applies:

    * enums are written as their string values and read strictly, listing the allowed
      values on error;
    * :class:`datetime.date` is written as an ISO 8601 string (``"2023-09-21"``);
    * strings, integers, floats and booleans are read strictly (no ``"1"`` for ``1``,
      no ``1`` for ``true``);
    * tuples are written as lists, and read only from lists (a string is not taken
      as a tuple of its characters);
    * :class:`~claimkit.model.Corpus` drops its private lookup index;
    * extra keys in a record are an error (``forbid_extra_keys``), so a typo does not
      silently drop data.

    Args:
        conv: The converter to configure, in place.
    """
    conv.forbid_extra_keys = True
    for cls in _MODEL_CLASSES:
        attrs.resolve_types(cls)
    conv.register_unstructure_hook(enum.Enum, lambda member: member.value)
    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _structure_enum
    )
    conv.register_unstructure_hook(_dt.date, lambda value: value.isoformat())
    conv.register_structure_hook(_dt.date, _structure_date)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook_func(_is_tuple, _structure_tuple_with(conv))
    conv.register_unstructure_hook(
        Corpus, make_dict_unstructure_fn(Corpus, conv, _index=override(omit=True))
    )
    conv.register_structure_hook(Corpus, _structure_corpus_with(conv))


def _structure_corpus_with(conv: cattrs.Converter) -> Any:
    def structure_corpus(value: Any, _kind: type) -> Corpus:
        if not isinstance(value, dict):
            raise ValueError(f"expected an object, got {type(value).__name__}")
        extra = set(value) - {"documents", "actors", "claims"}
        if extra:
            raise ValueError(f"unknown corpus keys: {', '.join(sorted(extra))}")
        sections: dict[str, list[Any]] = {}
        for key, cls in (("documents", Document), ("actors", Actor), ("claims", Claim)):
            items = value.get(key, [])
            if not isinstance(items, list):
                raise ValueError(f"{key} must be a list, got {type(items).__name__}")
            built = []
            for index, item in enumerate(items):
                try:
                    built.append(conv.structure(item, cls))
                except (BaseValidationError, ValueError, TypeError, KeyError) as error:
                    raise LoadError(
                        describe_error(error, path=f"{key}[{index}]"), record=index
                    ) from error
            sections[key] = built
        return Corpus(**sections)

    return structure_corpus


def make_converter() -> cattrs.Converter:
    """Return a new converter configured by :func:`configure_converter`."""
    conv = cattrs.Converter()
    configure_converter(conv)
    return conv


converter = make_converter()
"""The shared converter used by the built-in formats."""


def _format_exception(error: BaseException, _kind: Any) -> str:
    if isinstance(error, KeyError):
        return "required field missing"
    if isinstance(error, ForbiddenExtraKeysError):
        return f"unknown fields: {', '.join(sorted(error.extra_fields))}"
    return str(error) or type(error).__name__


def describe_error(error: BaseException, path: str = "$") -> str:
    """Render a cattrs or validation error as one line naming the failing field.

    Args:
        error: What structuring raised.
        path: The path of the value that was being structured.

    Returns:
        A single line such as ``claims[3].kind: 'rumour' is not a valid ClaimKind``.
    """
    if isinstance(error, BaseValidationError):
        messages = cattrs.transform_error(error, path=path, format_exception=_format_exception)
        parts = []
        for message in messages[:3]:
            reason, _, where = message.partition(" @ ")
            parts.append(f"{where}: {reason}" if where else reason)
        return "; ".join(parts).replace("\n", " ")
    return f"{path}: {error}".replace("\n", " ")


def unstructure(obj: Any) -> Any:
    """Turn a model object into plain JSON-ready data."""
    return converter.unstructure(obj)


def structure(data: Any, cls: type[T]) -> T:
    """Build a model object of ``cls`` from plain data.

    Raises:
        LoadError: The data does not describe a valid ``cls``.
    """
    try:
        return converter.structure(data, cls)
    except ClaimkitError as error:
        if isinstance(error, LoadError):
            raise
        raise LoadError(str(error)) from error
    except (BaseValidationError, ValueError, TypeError, KeyError, AttributeError) as error:
        raise LoadError(describe_error(error)) from error


def unstructure_record(record: model.Record) -> dict[str, Any]:
    """Plain data for one record, tagged with its ``type`` for JSON Lines."""
    for tag, cls in RECORD_TYPES.items():
        if isinstance(record, cls):
            data: dict[str, Any] = converter.unstructure(record)
            return {"type": tag, **data}
    raise TypeError(f"not a claimkit record: {type(record).__name__}")


def structure_record(data: Any) -> model.Record:
    """Build a record from plain data carrying a ``type`` tag.

    Raises:
        LoadError: The tag is missing or unknown, or the data is invalid.
    """
    if not isinstance(data, dict):
        raise LoadError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    cls = RECORD_TYPES.get(tag) if isinstance(tag, str) else None
    if cls is None:
        allowed = ", ".join(repr(t) for t in RECORD_TYPES)
        raise LoadError(f"unknown record type {tag!r} (allowed: {allowed})")
    body = {k: v for k, v in data.items() if k != "type"}
    return structure(body, cls)


def check_schema_version(value: Any) -> None:
    """Raise :class:`~claimkit.errors.SchemaVersionError` unless ``value`` is readable."""
    if value != SCHEMA_VERSION or isinstance(value, bool):
        raise SchemaVersionError(
            f"unsupported schema_version {value!r}; this claimkit reads version {SCHEMA_VERSION}"
        )


def dumps(corpus: Corpus, *, indent: bool = True) -> bytes:
    """Serialise a whole corpus to claimkit's JSON layout.

    Args:
        corpus: The corpus.
        indent: Pretty-print with two-space indentation.

    Returns:
        UTF-8 JSON bytes ending in a newline.
    """
    data = {"schema_version": SCHEMA_VERSION, **converter.unstructure(corpus)}
    option = orjson.OPT_APPEND_NEWLINE | (orjson.OPT_INDENT_2 if indent else 0)
    return orjson.dumps(data, option=option)


def loads(data: bytes | str) -> Corpus:
    """Read a corpus from claimkit's JSON layout.

    Raises:
        LoadError: The JSON is malformed or describes an invalid corpus.
        SchemaVersionError: The schema version is missing or unknown.
    """
    try:
        parsed = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        raise LoadError(f"malformed JSON: {error}", line=getattr(error, "lineno", None)) from None
    if not isinstance(parsed, dict):
        raise LoadError(f"expected a JSON object at the top, got {type(parsed).__name__}")
    check_schema_version(parsed.get("schema_version"))
    body = {k: v for k, v in parsed.items() if k != "schema_version"}
    return structure(body, Corpus)
