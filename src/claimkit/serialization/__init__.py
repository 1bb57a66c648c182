"""Serialisation: claimkit's model as plain data and as JSON, in one place.

Every format goes through these functions; nothing else turns model objects into JSON or
back.  One layout, two engines beneath it:

* the **cattrs converter** is the reference (:func:`configure_converter` lists every rule
  it applies; :func:`make_converter` builds one, :data:`converter` is the shared one).
  :func:`unstructure` and :func:`structure` turn objects into plain data and back; a
  JSON Lines record carries its ``type`` (:func:`unstructure_record`,
  :func:`structure_record`);
* a **msgspec fast path**, private beneath it, gives the same objects and the *same
  bytes* several times faster: :func:`dumps` and :func:`loads` (a whole corpus),
  :func:`encode_record` and :func:`decode_record` (one JSON Lines line),
  :func:`loads_exact` and :func:`decode_record_exact` (which also say whether the input
  is byte for byte what claimkit writes, and so repeats no key in any object),
  :func:`encode`, :func:`encode_all` and :func:`decode` (one object, or a list of them,
  as compact JSON), and :func:`structure`.  Whatever it cannot take exactly as the
  converter would (and every error) goes to the converter, so errors always name the
  failing field (``claims[3].kind: 'rumour' is not a valid ClaimKind``).

Invalid data raises :class:`~claimkit.errors.LoadError`; an unknown
:data:`SCHEMA_VERSION` raises :class:`~claimkit.errors.SchemaVersionError`.
:func:`gc_paused` is for code that builds many model objects at once (a loader, a
corpus being assembled): they form no reference cycles, so pausing the cyclic garbage
collector meanwhile loses nothing and saves its repeated traversals.

Example:
    >>> from claimkit.model import Span
    >>> encode(Span(start=1, end=4))
    b'{"start":1,"end":4}'
    >>> decode(b'{"start":1,"end":4}', Span)
    Span(start=1, end=4)
    >>> unstructure(Span(start=1, end=4)) == {"start": 1, "end": 4}
    True
"""

from __future__ import annotations

from claimkit.serialization import _converter
from claimkit.serialization._converter import (
    check_schema_version,
    configure_converter,
    describe_error,
    make_converter,
    structure_record,
    unstructure,
    unstructure_record,
)
from claimkit.serialization._fast import (
    decode,
    decode_record,
    decode_record_exact,
    dumps,
    encode,
    encode_all,
    encode_record,
    gc_paused,
    is_fast,
    loads,
    loads_exact,
    structure,
)

SCHEMA_VERSION = _converter.SCHEMA_VERSION
"""The version of claimkit's JSON layout, written into every JSON and JSON Lines file."""

RECORD_TYPES = _converter.RECORD_TYPES
"""The ``type`` tag of each record kind in JSON Lines files."""

converter = _converter.converter
"""The shared converter (:func:`make_converter`) that the built-in formats use."""

__all__ = [
    "RECORD_TYPES",
    "SCHEMA_VERSION",
    "check_schema_version",
    "configure_converter",
    "converter",
    "decode",
    "decode_record",
    "decode_record_exact",
    "describe_error",
    "dumps",
    "encode",
    "encode_all",
    "encode_record",
    "gc_paused",
    "is_fast",
    "loads",
    "loads_exact",
    "make_converter",
    "structure",
    "structure_record",
    "unstructure",
    "unstructure_record",
]
