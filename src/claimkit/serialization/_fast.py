"""The fast path: claimkit's JSON layout encoded and decoded through msgspec.

Private: :mod:`claimkit.serialization` serves these functions.  The cattrs converter
(:mod:`claimkit.serialization._converter`) is the reference; this module produces the
*same objects* and the *same bytes*, several times faster.  It works like this:

* For every model class it builds a *mirror*: a :class:`msgspec.Struct` with the same
  fields in the same order, the same defaults, strict types and
  ``forbid_unknown_fields=True``.  Mirrors live only for the length of one call and
  hold no cycles, so they are untracked by the garbage collector (``gc=False``), which
  more than doubled encoding speed.  The three record classes also get a tagged mirror
  (``{"type": "claim", ...}``) for JSON Lines.
* Decoding parses bytes into mirrors (which checks types, enum values, dates and extra
  keys in C), then converts the mirrors into the attrs classes with
  :func:`msgspec.convert`, which runs the attrs validators and
  ``__attrs_post_init__``.
* Encoding converts the attrs objects into mirrors and lets msgspec write them, in the
  attrs field order (msgspec writes slotted attrs classes with sorted keys, which is
  why the mirrors exist).
* Whatever the fast path cannot take exactly as cattrs would (an empty optional string
  that cattrs turns into ``None``, unsorted ``metadata`` keys, an unknown converter on a
  field, any error at all) falls back, per record, to the converter.  Errors therefore
  always come from the cattrs path, with the path of the failing field
  (``claims[3].kind: ...``).
"""

from __future__ import annotations

import datetime as _dt
import enum
import gc
import types
import typing
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import attrs
import msgspec
import orjson

from claimkit import model
from claimkit.errors import ClaimkitError, LoadError
from claimkit.model import Actor, Claim, Corpus, Document, Record
from claimkit.serialization import _converter

__all__ = [
    "decode",
    "decode_record",
    "decode_record_exact",
    "dumps",
    "encode",
    "encode_all",
    "encode_record",
    "gc_paused",
    "is_fast",
    "loads",
    "loads_exact",
    "structure",
]

T = TypeVar("T")


class _Unsupported(Exception):
    """A field the mirrors cannot reproduce exactly; its class uses cattrs only."""


# Converters whose effect the mirror reproduces, and how:
#   "identity": msgspec already returns what the converter would (tuples, floats);
#   "non_empty": an empty string would become None, so the mirror refuses "" and the
#       record falls back to cattrs;
#   "sorted_map": the converter sorts keys; records with unsorted keys fall back.
_HOW = {
    "tuple": "identity",
    "float": "identity",
    "none_if_empty": "non_empty",
    "sorted_str_map": "sorted_map",
}
_CONVERTERS: dict[Any, str] = {
    converter: _HOW[name] for converter, name in model.FIELD_CONVERTERS.items() if name in _HOW
}

# Model classes in dependency order (a class after every class it nests).
_ORDER: tuple[type, ...] = (
    model.Span,
    model.Region,
    model.Actor,
    model.EvidenceCue,
    model.Evidence,
    model.Provenance,
    model.Claim,
    model.Document,
)

_RECORD_TAGS: dict[type, str] = {cls: tag for tag, cls in _converter.RECORD_TYPES.items()}

_mirrors: dict[type, type[msgspec.Struct]] = {}
_tagged: dict[type, type[msgspec.Struct]] = {}
_sorted_maps: dict[type, tuple[str, ...]] = {}
_NonEmpty = typing.Annotated[str, msgspec.Meta(min_length=1)]
_SCALARS = (str, int, float, bool, type(None), _dt.date)


def _mirror_name(cls: type) -> str:
    return f"_{cls.__name__}Mirror"


def _tuple_of(kind: Any) -> Any:
    """``tuple[kind, ...]`` for a ``kind`` only known at run time."""
    return tuple.__class_getitem__((kind, ...))


def _mirror_type(kind: Any, owner: type) -> Any:
    """The msgspec type that decodes exactly what cattrs accepts for ``kind``."""
    if kind is owner:
        return typing.ForwardRef(_mirror_name(owner))
    if isinstance(kind, type):
        if attrs.has(kind):
            if kind not in _mirrors:
                raise _Unsupported(f"{kind.__name__} has no mirror")
            return _mirrors[kind]
        if issubclass(kind, enum.Enum) or kind in _SCALARS:
            return kind
        raise _Unsupported(f"type {kind!r}")
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return typing.Union[tuple(_mirror_type(a, owner) for a in args)]  # noqa: UP007
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _tuple_of(_mirror_type(args[0], owner))
    if origin is dict and args == (str, str):
        return dict[str, str]
    raise _Unsupported(f"type {kind!r}")


def _non_empty(kind: Any) -> Any:
    if kind == (str | None):
        return _NonEmpty | None
    if kind is str:
        return _NonEmpty
    raise _Unsupported(f"empty-string converter on {kind!r}")


def _mirror_fields(cls: type) -> tuple[list[tuple[Any, ...]], tuple[str, ...]]:
    hints = typing.get_type_hints(cls)
    fields: list[tuple[Any, ...]] = []
    sorted_maps: list[str] = []
    for attribute in attrs.fields(cls):
        if not attribute.init or attribute.alias != attribute.name:
            raise _Unsupported(f"{cls.__name__}.{attribute.name}: not a plain init field")
        kind = _mirror_type(hints[attribute.name], cls)
        if attribute.converter is not None:
            how = _CONVERTERS.get(attribute.converter)
            if how is None:
                raise _Unsupported(f"{cls.__name__}.{attribute.name}: unknown converter")
            if how == "non_empty":
                kind = _non_empty(hints[attribute.name])
            elif how == "sorted_map":
                sorted_maps.append(attribute.name)
        default = attribute.default
        if default is attrs.NOTHING:
            fields.append((attribute.name, kind))
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            factory = default.factory
            if default.takes_self:
                raise _Unsupported(f"{cls.__name__}.{attribute.name}: self-taking factory")
            factory = _mirrors.get(factory, factory)
            fields.append((attribute.name, kind, msgspec.field(default_factory=factory)))
        else:
            fields.append((attribute.name, kind, default))
    return fields, tuple(sorted_maps)


def _build_mirrors() -> None:
    namespace = globals()
    for cls in _ORDER:
        try:
            fields, sorted_maps = _mirror_fields(cls)
        except _Unsupported:
            continue
        if sorted_maps and cls not in _RECORD_TAGS:
            continue  # only top-level records are checked for key order
        mirror = msgspec.defstruct(
            _mirror_name(cls), fields, forbid_unknown_fields=True, module=__name__, gc=False
        )
        namespace[_mirror_name(cls)] = mirror
        _mirrors[cls] = mirror
        _sorted_maps[cls] = sorted_maps
        if cls in _RECORD_TAGS:
            _tagged[cls] = msgspec.defstruct(
                f"_{cls.__name__}RecordMirror",
                fields,
                forbid_unknown_fields=True,
                gc=False,
                tag_field="type",
                tag=_RECORD_TAGS[cls],
                module=__name__,
            )


_build_mirrors()


def _file_mirror() -> type[msgspec.Struct] | None:
    if not all(cls in _mirrors for cls in (Document, Actor, Claim)):
        return None
    return msgspec.defstruct(
        "_CorpusFileMirror",
        [
            ("schema_version", int),
            ("documents", _tuple_of(_mirrors[Document]), ()),
            ("actors", _tuple_of(_mirrors[Actor]), ()),
            ("claims", _tuple_of(_mirrors[Claim]), ()),
        ],
        forbid_unknown_fields=True,
        module=__name__,
        gc=False,
    )


_FILE_MIRROR = _file_mirror()
_ENCODER = msgspec.json.Encoder()
_decoders: dict[type, msgspec.json.Decoder[Any]] = {}
_RECORD_DECODER: msgspec.json.Decoder[Any] | None = (
    msgspec.json.Decoder(typing.Union[tuple(_tagged.values())])  # noqa: UP007
    if len(_tagged) == len(_RECORD_TAGS)
    else None
)
_MIRROR_CLASS: dict[type, type] = {mirror: cls for cls, mirror in _tagged.items()}
_FILE_DECODER = msgspec.json.Decoder(_FILE_MIRROR) if _FILE_MIRROR is not None else None
_FAST_ERRORS = (msgspec.ValidationError, msgspec.DecodeError, ValueError, TypeError)


def is_fast(cls: type) -> bool:
    """Whether ``cls`` takes the msgspec path (otherwise every call uses cattrs).

    Args:
        cls: A model class.
    """
    return cls in _mirrors


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk load, restoring it afterwards.

    Model objects hold no reference cycles, so pausing collection while thousands of
    them are built loses nothing and saves the repeated traversals that otherwise
    dominate bulk decoding.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _keys_sorted(obj: object, cls: type) -> bool:
    for name in _sorted_maps.get(cls, ()):
        keys = list(getattr(obj, name))
        if len(keys) > 1 and keys != sorted(keys):
            return False
    return True


# ------------------------------------------------------------------------ encoding


def encode(obj: Any) -> bytes:
    """Encode one model object as compact JSON, byte for byte as cattrs and orjson would.

    Args:
        obj: A :class:`~claimkit.model.Span`, :class:`~claimkit.model.Claim` or other
            model object.

    Returns:
        The JSON bytes, without a trailing newline.
    """
    mirror = _mirrors.get(type(obj))
    if mirror is not None:
        try:
            return _ENCODER.encode(msgspec.convert(obj, mirror, from_attributes=True))
        except _FAST_ERRORS:
            pass
    return orjson.dumps(_converter.unstructure(obj))


def encode_all(objects: Sequence[Any]) -> bytes:
    """Encode a sequence of model objects of one class as a compact JSON array.

    The bytes equal ``orjson.dumps([_converter.unstructure(o) for o in objects])``.

    Args:
        objects: Model objects, all of the same class (an empty sequence gives ``[]``).
    """
    if not objects:
        return b"[]"
    mirror = _mirrors.get(type(objects[0]))
    if mirror is not None:
        try:
            return _ENCODER.encode(
                msgspec.convert(objects, _tuple_of(mirror), from_attributes=True)
            )
        except _FAST_ERRORS:
            pass
    return orjson.dumps([_converter.unstructure(o) for o in objects])


def encode_record(record: Record) -> bytes:
    r"""Encode one record as a JSON Lines line, tagged with its ``type``, newline included.

    The bytes equal ``orjson.dumps(_converter.unstructure_record(record))`` plus
    ``b"\\n"``.

    Raises:
        TypeError: ``record`` is not a document, actor or claim.
    """
    mirror = _tagged.get(type(record))
    if mirror is not None:
        try:
            return _ENCODER.encode(msgspec.convert(record, mirror, from_attributes=True)) + b"\n"
        except _FAST_ERRORS:
            pass
    return orjson.dumps(
        _converter.unstructure_record(record), option=orjson.OPT_APPEND_NEWLINE
    )


def dumps(corpus: Corpus, *, indent: bool = True) -> bytes:
    """Serialise a corpus to claimkit's JSON layout.

    Gives the same bytes as ``_converter.dumps``.

    Args:
        corpus: The corpus.
        indent: Pretty-print with two-space indentation.

    Returns:
        UTF-8 JSON bytes ending in a newline.
    """
    if _FILE_MIRROR is None:
        return _converter.dumps(corpus, indent=indent)
    try:
        mirror = _FILE_MIRROR(
            schema_version=_converter.SCHEMA_VERSION,
            documents=msgspec.convert(
                corpus.documents,
                _tuple_of(_mirrors[Document]),
                from_attributes=True,
            ),
            actors=msgspec.convert(
                corpus.actors,
                _tuple_of(_mirrors[Actor]),
                from_attributes=True,
            ),
            claims=msgspec.convert(
                corpus.claims,
                _tuple_of(_mirrors[Claim]),
                from_attributes=True,
            ),
        )
        data = _ENCODER.encode(mirror)
    except _FAST_ERRORS:
        return _converter.dumps(corpus, indent=indent)
    if indent:
        data = msgspec.json.format(data, indent=2)
    return data + b"\n"


# ------------------------------------------------------------------------ decoding


def _decoder(cls: type) -> msgspec.json.Decoder[Any]:
    decoder = _decoders.get(cls)
    if decoder is None:
        decoder = _decoders[cls] = msgspec.json.Decoder(_mirrors[cls])
    return decoder


def structure(data: Any, cls: type[T]) -> T:
    """Build a model object from plain data (dicts, lists, strings, numbers), validated.

    Gives the same object as ``_converter.structure``, which it falls back to
    (for its error message, or for input the fast path cannot take exactly).

    Raises:
        LoadError: The data does not describe a valid ``cls``; the message names the
            failing field.
    """
    mirror = _mirrors.get(cls)
    if mirror is not None:
        try:
            obj = msgspec.convert(msgspec.convert(data, mirror), cls, from_attributes=True)
            if _keys_sorted(obj, cls):
                return obj
        except _FAST_ERRORS:
            pass
    return _converter.structure(data, cls)


def decode(data: bytes | str, cls: type[T]) -> T:
    """Decode one JSON object into a model object of ``cls``, validated.

    Gives the same object as ``_converter.structure(orjson.loads(data), cls)``.

    Raises:
        LoadError: The JSON is malformed or does not describe a valid ``cls``; the
            message names the failing field.
    """
    if cls in _mirrors:
        try:
            obj = msgspec.convert(_decoder(cls).decode(data), cls, from_attributes=True)
            if _keys_sorted(obj, cls):
                return obj
        except _FAST_ERRORS:
            pass
    return _converter.structure(_parse(data), cls)


def _parse(data: bytes | str) -> Any:
    """Parse JSON for the cattrs path, which produces the detailed error messages."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as error:
        raise LoadError(f"malformed JSON: {error}") from None


def decode_record(data: bytes | str) -> Record:
    """Decode one JSON Lines record (``{"type": "claim", ...}``) into a model object.

    Gives the same object as ``_converter.structure_record(orjson.loads(data))``.

    Raises:
        LoadError: The line is malformed, its type is unknown, or the record is
            invalid; the message names the failing field.
    """
    return decode_record_exact(data, compare=False)[0]


def decode_record_exact(data: bytes | str, *, compare: bool = True) -> tuple[Record, bool]:
    """:func:`decode_record`, and whether ``data`` is exactly what claimkit writes for it.

    The second value is true when ``data`` (surrounding whitespace aside) equals what it
    was decoded into, written again by the fast path, so a line claimkit wrote is
    recognised without encoding the record anew.  Then no JSON object in ``data``
    repeats a key, since each is written with each of its keys once: a loader need not
    look for repeated keys itself.

    Args:
        data: One JSON Lines line.
        compare: Whether to compare at all (``False``: the second value is ``False``).

    Raises:
        LoadError: As :func:`decode_record`.
    """
    if _RECORD_DECODER is not None:
        try:
            mirror = _RECORD_DECODER.decode(data)
            cls = _MIRROR_CLASS[type(mirror)]
            obj: Record = msgspec.convert(mirror, cls, from_attributes=True)
            if _keys_sorted(obj, cls):
                return obj, compare and _written_as(mirror, data, indent=False)
        except _FAST_ERRORS:
            pass
    return _converter.structure_record(_parse(data)), False


def _written_as(mirror: msgspec.Struct, data: bytes | str, *, indent: bool) -> bool:
    """Whether ``data`` is ``mirror`` as the fast path writes it (compact, or indented)."""
    body = (data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")).strip()
    written = _ENCODER.encode(mirror)
    if written == body:
        return True
    return indent and body[:2] == b"{\n" and msgspec.json.format(written, indent=2) == body


def loads(data: bytes | str) -> Corpus:
    """Read a corpus from claimkit's JSON layout.

    Gives the same corpus as ``_converter.loads``.

    Raises:
        LoadError: The JSON is malformed or describes an invalid corpus (the message
            names the record and field).
        SchemaVersionError: The schema version is missing or unknown.
    """
    return loads_exact(data, compare=False)[0]


def loads_exact(data: bytes | str, *, compare: bool = True) -> tuple[Corpus, bool]:
    """:func:`loads`, and whether ``data`` is exactly what :func:`dumps` writes for it.

    As :func:`decode_record_exact` for a whole file: true when ``data`` (surrounding
    whitespace aside) equals what it was decoded into, written again compact or with
    :func:`dumps`'s indentation; then no JSON object in it repeats a key.

    Args:
        data: A claimkit JSON file's bytes.
        compare: Whether to compare at all (``False``: the second value is ``False``).

    Raises:
        LoadError: As :func:`loads`.
        SchemaVersionError: As :func:`loads`.
    """
    if _FILE_DECODER is not None:
        try:
            with gc_paused():
                return _loads_fast(data, compare)
        except (*_FAST_ERRORS, ClaimkitError):
            pass
    return _converter.loads(data), False


def _loads_fast(data: bytes | str, compare: bool) -> tuple[Corpus, bool]:
    assert _FILE_DECODER is not None
    mirror: Any = _FILE_DECODER.decode(data)
    if mirror.schema_version != _converter.SCHEMA_VERSION:
        raise ValueError("schema version")
    # compared before the model objects are built, so its copies are gone by then
    exact = compare and _written_as(mirror, data, indent=True)
    documents = msgspec.convert(mirror.documents, tuple[Document, ...], from_attributes=True)
    if not all(_keys_sorted(document, Document) for document in documents):
        raise ValueError("unsorted metadata")
    corpus = Corpus(
        documents=documents,
        actors=msgspec.convert(mirror.actors, tuple[Actor, ...], from_attributes=True),
        claims=msgspec.convert(mirror.claims, tuple[Claim, ...], from_attributes=True),
    )
    return corpus, exact

