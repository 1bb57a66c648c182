"""Issue 12: the command line's help says what each option takes, with examples."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from claimkit.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _help(*command: str) -> str:
    result = CliRunner().invoke(main, [*command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_top_level_help_has_every_command_whole_and_examples() -> None:
    text = _help()
    assert "List the installed formats and extractors, and their plugins." in text
    assert "plugin..." not in text
    assert "Examples: claimkit extract seeds/" in text
    assert "-q, --quiet" in text


def test_extract_help_describes_output_and_lists_choices() -> None:
    text = _help("extract")
    assert "Write the claims to this file (format from its extension" in text
    choices = (("-t, --to", "report"), ("-f, --from", "text"), ("-e, --extractor", "rules"))
    for option, name in choices:
        assert re.search(rf"{option} \[[^\]]*\b{name}\b[^\]]*\]", text), option
    assert "Examples:" in text


def test_convert_and_evaluate_help_list_choices() -> None:
    assert "The file to write (format from its extension" in _help("convert")
    assert re.search(r"-f, --from \[brat\|csv\|[^\]]*\]", _help("evaluate"))


def test_quiet_prints_nothing_but_the_output(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.json"
    result = CliRunner().invoke(main, ["--quiet", "extract", str(seeds_dir), "-o", str(out)])
    assert result.exit_code == 0 and result.output == ""
    assert out.exists()


def test_changelog_heading_is_not_repeated_in_the_docs() -> None:
    """docs/changelog.md has its own heading; the included file's first line is skipped."""
    assert (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# Changelog\n")
    assert ":start-line: 1" in (ROOT / "docs" / "changelog.md").read_text(encoding="utf-8")


def test_testing_plugins_page_gives_an_install_that_works() -> None:
    page = (ROOT / "docs" / "testing-plugins.md").read_text(encoding="utf-8")
    assert "pip install 'claimkit[testing]'" not in page
    assert "pip install '.[testing]' pytest" in page


def test_convert_states_the_memory_its_ids_need() -> None:
    # issue 13: a streamed convert keeps ids to refuse repeats; the latest stay in memory,
    # older ones on disk (claimkit.seen_ids), and the help and the page say so
    assert "latest few thousand of the ids" in " ".join(_help("convert").split())
    page = " ".join((ROOT / "docs" / "cli.md").read_text(encoding="utf-8").split())
    assert "{data}`claimkit.seen_ids.MEMORY_IDS`" in page
    assert "memory does not grow with the input" in page
