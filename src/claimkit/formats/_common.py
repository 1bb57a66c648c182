"""Helpers the built-in formats share: decoding, reading with limits, sniffing."""

from __future__ import annotations

import codecs
from typing import BinaryIO

from claimkit import limits
from claimkit.errors import LimitExceededError, LoadError

__all__ = ["decode_text", "line_of_offset", "read_limited"]


def read_limited(stream: BinaryIO, source: str) -> bytes:
    """Read a whole stream, refusing more than :data:`claimkit.limits.MAX_FILE_BYTES`.

    Raises:
        LimitExceededError: The stream is larger than the limit.
    """
    data = stream.read(limits.MAX_FILE_BYTES + 1)
    if len(data) > limits.MAX_FILE_BYTES:
        raise LimitExceededError(
            f"file is larger than the {limits.MAX_FILE_BYTES} byte limit "
            "(claimkit.limits.MAX_FILE_BYTES)",
            source=source,
        )
    return data


def line_of_offset(data: bytes, offset: int) -> int:
    """The 1-based line number of a byte offset."""
    return data.count(b"\n", 0, offset) + 1


def decode_text(data: bytes, source: str) -> str:
    """Decode text that should be UTF-8.

    A UTF-8 byte order mark is dropped; UTF-16 with a byte order mark is decoded as
    such.  Anything else that is not valid UTF-8, or that contains NUL bytes (a
    binary file), is an error naming the line.

    Raises:
        LoadError: The bytes are not text claimkit can read.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise LoadError(f"invalid UTF-16 text: {error.reason}", source=source) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise LoadError(
            "contains NUL bytes: a binary file, or UTF-16 without a byte order mark",
            source=source,
            line=line_of_offset(data, nul),
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise LoadError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "re-encode the file as UTF-8",
            source=source,
            line=line_of_offset(data, error.start),
        ) from None
