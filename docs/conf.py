"""Sphinx configuration for claimkit's documentation.

Build the site with ``sphinx-build -W -n -b html docs docs/_build/html`` and run the
examples in the pages with ``sphinx-build -W -n -b doctest docs docs/_build/doctest``.
Nothing here touches the network: intersphinx is not used.
"""

from __future__ import annotations

import importlib
import inspect
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version
from pathlib import Path
from typing import Any

import attrs
from sphinx.application import Sphinx

ROOT = Path(__file__).resolve().parent.parent

project = "claimkit"
author = "claimkit developers"
copyright = "claimkit developers"  # noqa: A001 - Sphinx's name

try:
    release = _version("claimkit")
except PackageNotFoundError as error:  # pragma: no cover - docs need the package installed
    raise RuntimeError("install claimkit (pip install -e '.[docs]') before building the docs") from error
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

# --- MyST ------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

# --- autodoc and napoleon (Google style docstrings) ---------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_class_signature = "separated"
autodoc_preserve_defaults = True
autodoc_default_options = {"members": True, "undoc-members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
# "Attributes:" sections become attribute entries (link targets); attrs fields that
# such a section already describes are skipped below, so nothing is documented twice.
napoleon_use_ivar = False
napoleon_attr_annotations = True

_attribute_docstrings: dict[str, list[str]] = {}


def _attributes_section(lines: list[str]) -> tuple[int, int, dict[str, list[str]]]:
    """Find a Google style "Attributes:" section: its line range and entries by name."""
    try:
        begin = next(i for i, line in enumerate(lines) if line.strip() == "Attributes:")
    except StopIteration:
        return 0, 0, {}
    indent = len(lines[begin]) - len(lines[begin].lstrip())
    entries: dict[str, list[str]] = {}
    current: list[str] = []
    entry_indent = None
    end = begin + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        if line.strip():
            this_indent = len(line) - len(line.lstrip())
            if entry_indent is None:
                entry_indent = this_indent
            if this_indent == entry_indent:
                name, _, text = line.strip().partition(":")
                current = [text.strip()]
                entries[name.split(" ", 1)[0]] = current
            else:
                current.append(line.strip())
        end += 1
    return begin, end, entries


def _attrs_class(qualified: str) -> type | None:
    module_name, _, class_name = qualified.rpartition(".")
    try:
        owner = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError, ValueError):
        return None
    return owner if isinstance(owner, type) and attrs.has(owner) else None


def _before_napoleon(
    _app: Sphinx, what: str, name: str, obj: Any, _options: Any, lines: list[str]
) -> None:
    """Document each attrs field once, where autodoc lists it.

    An attrs class's "Attributes:" section is moved from the class docstring to the
    fields themselves, which autodoc documents as members (with their types), so the
    two do not describe one name twice.  Attribute docstrings are kept as written.
    """
    if what == "class" and isinstance(obj, type) and attrs.has(obj):
        begin, end, entries = _attributes_section(lines)
        fields = attrs.fields_dict(obj)
        if entries and all(entry in fields for entry in entries):
            del lines[begin:end]
    if what in ("attribute", "data", "property"):
        owner = _attrs_class(name.rpartition(".")[0])
        if owner is not None and not any(line.strip() for line in lines):
            _, _, entries = _attributes_section((inspect.getdoc(owner) or "").splitlines())
            lines[:] = [" ".join(entries.get(name.rpartition(".")[2], []))]
        _attribute_docstrings[name] = list(lines)


def _after_napoleon(
    _app: Sphinx, what: str, name: str, _obj: Any, _options: Any, lines: list[str]
) -> None:
    """Keep attribute docstrings as written.

    claimkit writes attribute and enum member docstrings as plain sentences, such as
    "Second-hand: attributed to reports"; napoleon would take the words before the
    first colon for the attribute's type.
    """
    if what in ("attribute", "data", "property") and name in _attribute_docstrings:
        lines[:] = _attribute_docstrings.pop(name)


def setup(app: Sphinx) -> None:
    """Connect the hooks above around napoleon's (which runs at priority 500)."""
    app.connect("autodoc-process-docstring", _before_napoleon, priority=400)
    app.connect("autodoc-process-docstring", _after_napoleon, priority=600)


# --- nitpicky references ------------------------------------------------------------
# Without intersphinx (no network), names from the standard library and from
# claimkit's dependencies cannot be resolved; they are listed here and nothing else.
nitpicky = True
nitpick_ignore_regex = [
    # The standard library.
    (r"py:.*", r"(collections\.abc|datetime|enum|os|pathlib|io|typing|contextlib)\..*"),
    (r"py:class", r"(BinaryIO|Path|PathLike|Callable|Iterable|Iterator|Sequence|Mapping)"),
    (r"py:class", r"(_dt\.date|date|TypeAlias|TypeVar)"),
    # Type variables in signatures.
    (r"py:class", r"claimkit(\.\w+)*\.(T|D|F)"),
    # claimkit's dependencies.
    (r"py:.*", r"(attrs|attr|cattrs|pluggy|click|rich|orjson|hypothesis)(\..*)?"),
]

# --- doctest ----------------------------------------------------------------------
# Examples run from the repository root, so "seeds/" and "examples/" resolve.
doctest_global_setup = f"""
import os as _os
_os.chdir({str(ROOT)!r})
import claimkit
"""
# Docstring examples (doctest blocks pulled in by autodoc) need their module's globals;
# tests/test_docs.py runs them with doctest.testmod instead.
doctest_test_doctest_blocks = ""

# --- HTML -------------------------------------------------------------------------
html_theme = "furo"
html_title = f"claimkit {release}"
html_static_path: list[str] = []
