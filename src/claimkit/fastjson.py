"""The fast JSON functions: these names live in :mod:`claimkit.serialization`.

:mod:`claimkit.serialization` is claimkit's one serialisation module; its JSON functions
take a msgspec fast path with the cattrs converter beneath.  The names below are
re-exported here, where earlier code imports them from.
"""

from __future__ import annotations

from claimkit.serialization import (
    decode,
    decode_record,
    dumps,
    encode,
    encode_all,
    encode_record,
    gc_paused,
    is_fast,
    loads,
    structure,
)

__all__ = [
    "decode",
    "decode_record",
    "dumps",
    "encode",
    "encode_all",
    "encode_record",
    "gc_paused",
    "is_fast",
    "loads",
    "structure",
]
