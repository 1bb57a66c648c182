"""The extractor's shape: stages are handed their data, the lexicon types stay public.

The stages never reach up into the plugin manager (that made the import cycle
``extract/cues.py`` -> ``plugins.py`` -> ``hookspecs.py`` -> ``extract/cues.py``); the
lexicon and gazetteer with every plugin's entries are built in
:mod:`claimkit.extract.installed` and handed down.
"""

from __future__ import annotations

import ast
import importlib
import json
from importlib import resources
from pathlib import Path

import attrs
import pytest

from claimkit import lexicon
from claimkit.extract import cue_lexicon, cues, gazetteer, installed

package = importlib.import_module("claimkit.extract")  # ``claimkit.extract`` is also a function
EXTRACT = Path(package.__file__ or "").parent
HOOKSPECS = EXTRACT.parent / "hookspecs.py"
TOP = {"__init__.py", "installed.py", "plugin.py", "pipeline.py"}
"""Modules that may use the installed plugins: the entry points."""


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at any depth (function-level imports too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


STAGES = sorted(p.name for p in EXTRACT.glob("*.py") if p.name not in TOP)


@pytest.mark.parametrize("name", STAGES)
def test_stages_do_not_reach_into_the_plugin_manager(name: str) -> None:
    used = imported_modules(EXTRACT / name)
    assert not used & {"claimkit.plugins", "claimkit.extract.installed"}, name


def test_hook_specifications_name_the_lexicon_types_without_importing_the_extractor() -> None:
    used = imported_modules(HOOKSPECS)
    assert not any(module.startswith("claimkit.extract") for module in used)
    assert "claimkit.lexicon" in used


@pytest.mark.parametrize(
    ("module", "names"),
    [
        (cues, ["CueWord", "EvidencePhrase", "HedgePhrase", "FRAMES", "COMMITMENTS", "inflect"]),
        (gazetteer, ["GazetteerEntry", "NameForm", "normalise", "normalise_word"]),
        (package, ["CueWord", "EvidencePhrase", "HedgePhrase"]),
    ],
)
def test_the_lexicon_types_are_importable_from_their_old_places(
    module: object, names: list[str]
) -> None:
    for name in names:
        assert getattr(module, name) is getattr(lexicon, name)


def test_the_installed_lexicon_extends_the_shipped_one() -> None:
    shipped = cue_lexicon.base_lexicon()
    assert installed.default_lexicon().verbs.keys() >= shipped.verbs.keys()
    assert package.default_lexicon is installed.default_lexicon


def test_every_mention_word_list_has_an_about_and_is_read() -> None:
    from claimkit.extract.roles import MentionWords, mention_words

    data = json.loads(resources.files("claimkit.data").joinpath("mentions.json").read_text())
    lists = 0
    for group, members in data.items():
        if group == "about":
            continue
        assert members["about"], group
        for name, entry in members.items():
            if name != "about":
                assert entry["about"], f"{group}.{name}"
                lists += 1
    assert lists == len(attrs.fields(MentionWords)) == 42
    assert "spokesman" in mention_words().official_heads


def test_a_malformed_mention_word_list_names_the_file() -> None:
    from claimkit.errors import PluginError
    from claimkit.extract.roles import MentionWords

    with pytest.raises(PluginError, match="mentions.json"):
        MentionWords.from_mapping({"pronouns": {"about": "", "personal": {"words": []}}})
