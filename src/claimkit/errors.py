"""The exception hierarchy of claimkit.

Every error that claimkit raises on purpose derives from :class:`ClaimkitError`, so
callers can catch one class.  Errors about input data carry *where* the problem is
(:attr:`LoadError.source`, :attr:`LoadError.line`, :attr:`LoadError.record`) and render it
in their message, so the command line can print them as one readable line.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AmbiguousFormatError",
    "ClaimkitError",
    "ClaimkitWarning",
    "DuplicateNameError",
    "DuplicateTextWarning",
    "ExportError",
    "ExtractionError",
    "FormatError",
    "InvalidValueError",
    "LimitExceededError",
    "LoadError",
    "LoaderFailedError",
    "PathLikeTextWarning",
    "PluginError",
    "SchemaVersionError",
    "UnknownActorError",
    "UnknownFormatError",
    "UnsupportedInputError",
]


class ClaimkitError(Exception):
    """Base class of every error raised by claimkit on purpose."""


class InvalidValueError(ClaimkitError, ValueError):
    """A model object was built with a value outside its contract.

    Raised by the validators of :mod:`claimkit.model`; it is also a :class:`ValueError`,
    so code written against plain attrs validation keeps working.
    """


class PluginError(ClaimkitError):
    """A plugin could not be loaded or registered something invalid."""


class DuplicateNameError(PluginError):
    """Two plugins registered a loader, exporter or extractor under one name."""


class FormatError(ClaimkitError):
    """No single loader, exporter or extractor could be chosen."""

    def __init__(self, message: str, candidates: Sequence[str] = ()) -> None:
        self.candidates = tuple(candidates)
        if self.candidates:
            message = f"{message} (candidates: {', '.join(self.candidates)})"
        super().__init__(message)


class UnknownFormatError(FormatError):
    """No registered format matches the name, extension or content."""


class AmbiguousFormatError(FormatError):
    """Several formats match equally well; name one explicitly."""


class LoadError(ClaimkitError):
    """Input data could not be read.

    Attributes:
        source: The file name (or ``"<string>"``) the data came from.
        line: The 1-based line number of the problem, when known.
        record: The 0-based record index (JSON array item, CSV row), when known.
        reason: The bare description of the problem, without the location.
    """

    def __init__(
        self,
        reason: str,
        *,
        source: str | None = None,
        line: int | None = None,
        record: int | None = None,
    ) -> None:
        self.reason = reason
        self.source = source
        self.line = line
        self.record = record
        super().__init__(self._render())

    def _render(self) -> str:
        where = self.source or "<input>"
        if self.line is not None:
            where += f", line {self.line}"
        if self.record is not None:
            where += f", record {self.record}"
        return f"{where}: {self.reason}"

    def located(
        self, *, source: str | None = None, line: int | None = None, record: int | None = None
    ) -> LoadError:
        """Return a copy of this error with missing location fields filled in.

        Args:
            source: File name to use when the error has none.
            line: Line number to use when the error has none.
            record: Record index to use when the error has none.

        Returns:
            A new error of the same class.
        """
        error = type(self).__new__(type(self))
        LoadError.__init__(
            error,
            self.reason,
            source=self.source if self.source is not None else source,
            line=self.line if self.line is not None else line,
            record=self.record if self.record is not None else record,
        )
        return error


class LoaderFailedError(LoadError):
    """A plugin's loader, or a loader's content sniffer, raised an exception of its own.

    The message names the file, the loader and the plugin that registered it; the
    original exception is the ``__cause__``.
    """


class SchemaVersionError(LoadError):
    """A JSON or JSON Lines file declares a schema version this claimkit cannot read."""


class LimitExceededError(LoadError):
    """Input exceeds a documented size limit (file size, line length, nesting depth)."""


class ExportError(ClaimkitError):
    """A corpus could not be written."""


class ExtractionError(ClaimkitError):
    """An extractor failed on a document."""


class UnsupportedInputError(ClaimkitError, TypeError):
    """A function was given a kind of value it does not take (bytes where text goes).

    The message says what is accepted.  It is also a :class:`TypeError`.
    """


class ClaimkitWarning(UserWarning):
    """Base class of the warnings claimkit issues (filter them with this class)."""


class DuplicateTextWarning(ClaimkitWarning):
    """Several texts given to :func:`claimkit.extract` were identical.

    Each repeat is kept as a document of its own whose id has a suffix (see
    :func:`claimkit.extract`); the warning says how many.
    """


class PathLikeTextWarning(ClaimkitWarning):
    """A text given to :func:`claimkit.extract` looks like a file name but names no file.

    It is extracted as text, as asked; pass a :class:`pathlib.Path` to read a file.
    """


class UnknownActorError(ClaimkitError, LookupError):
    """An actor was looked up by a name or id that no actor of the corpus has."""
