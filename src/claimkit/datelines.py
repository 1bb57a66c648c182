"""Wire datelines: "SEOUL (Reuters) - ", "MEXICO CITY, Feb 8 (Reuters) - ", "PUTRAJAYA: ".

A dateline says where and through whom a story was filed, not what anyone said in it.  The
text loader gives it a region of its own (:attr:`claimkit.model.RegionKind.DATELINE`) and
the extractor's segmenter starts the first sentence after it, so that the city is no
speaker and the agency no claim's target, whichever way the text came in.
"""

from __future__ import annotations

import re

__all__ = ["DATELINE", "dateline_end"]

_CAPS = r"[A-Z][A-Z.'\u2019]+"
_DASH = r"(?:--?|\u2013|\u2014)"

DATELINE = re.compile(
    rf"(?:{_CAPS}(?:[ -]{_CAPS})*"  # SEOUL, MEXICO CITY, PORT-AU-PRINCE
    r"(?:,[ \t]*[A-Z][\w.'\u2019]*(?:[ \t][\w.'\u2019]+){0,3})?"  # ", Kenya", ", Feb 8"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"  # "(Reuters)", "(AP)"
    rf"[ \t]*{_DASH}"
    rf"|[A-Z][A-Z.'\u2019]{{3,}}(?:[ -]{_CAPS})*:"  # "PUTRAJAYA:"
    rf"|[A-Z][A-Z.'\u2019]+(?:[ -]{_CAPS})+:"  # "NEW DELHI:", "DAR ES SALAAM:"
    rf"|\([A-Z][\w .&-]{{1,30}}\)[ \t]*{_DASH})"  # "(Reuters) -"
    r"[ \t]+(?=\S)"
)
"""A dateline opening a paragraph, with the space after it."""


def dateline_end(text: str, start: int, end: int, *, labels: bool = True) -> int | None:
    r"""Where the story starts after a dateline opening ``text[start:end]``, if it has one.

    Args:
        text: The document's text.
        start: Where the paragraph starts.
        end: Where it ends (or how far to look).
        labels: Whether a place in capitals before a colon ("PUTRAJAYA: ") counts; it
            never does when a later line opens with such a label too, as a transcript's
            speakers do ("TAPPER: ... TRUMP: ...").

    Example:
        >>> text = "SEOUL (Reuters) - North Korea fired a missile."
        >>> text[dateline_end(text, 0, len(text)):]
        'North Korea fired a missile.'
        >>> dateline_end("North Korea fired a missile.", 0, 28) is None
        True
        >>> dateline_end("TAPPER: Did you say it?\nTRUMP: I did.", 0, 23) is None
        True
    """
    match = DATELINE.match(text, start, end)
    if match is None or match.end() >= end:
        return None
    label = match.group(0).rstrip()
    if label.endswith(":") and not _LABEL_WORDS.isdisjoint(
        w.strip(".'\u2019") for w in label[:-1].split()
    ):
        return None  # "PM MODI: ...", "US ENVOY: ...": a speaker's label, not a place
    if match.group(0).rstrip().endswith(":") and (
        not labels or _SPEAKER_LABEL.search(text, end)
    ):
        return None
    return match.end()


_LABEL_WORDS = frozenset({
    "MR", "MRS", "MS", "DR", "PM", "US", "UK", "EU", "UN", "SEN", "REP", "GOV", "PRES", "GEN",
    "COL", "THE", "PRESIDENT", "MINISTER", "ENVOY", "CHIEF", "SPOKESMAN", "SPOKESWOMAN",
    "SPOKESPERSON", "OFFICIAL", "OFFICIALS", "SOURCE", "SOURCES", "LEADER", "SECRETARY",
    "AMBASSADOR", "CHAIRMAN", "SPEAKER", "JUDGE", "POLICE", "ARMY", "REPORT", "QUESTION",
    "ANSWER", "HOST",
})
"""Words of a speaker's label in capitals ("PM MODI:", "US ENVOY:"), never in a place."""
_SPEAKER_LABEL = re.compile(r"\n[ \t]*[A-Z][A-Z.'\u2019 -]+:")
"""A later line opened by a label in capitals and a colon, as a transcript's speakers are."""
