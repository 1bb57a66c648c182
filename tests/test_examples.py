"""Run the examples in ``examples/`` as users would.

The example plugins must be installed into the test environment
(``pip install ./examples/claimkit-rss ./examples/claimkit-markdown ./examples/claimkit-spacy``)
and are used only through claimkit's entry point group, never imported by these tests.
Where they are not installed the plugin tests skip; CI sets ``CLAIMKIT_REQUIRE_EXAMPLES=1``
to make a missing plugin a failure instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, distribution, entry_points
from pathlib import Path

import pytest

import claimkit
from claimkit import datasets
from claimkit.plugins import ENV_LOAD_PLUGINS, get_plugin_manager, get_registry

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PLUGINS = {
    # distribution: (entry point name, loader names, exporter names)
    "claimkit-rss": ("rss", {"rss"}, set()),
    "claimkit-markdown": ("markdown", set(), {"markdown"}),
    "claimkit-spacy": ("spacy", set(), set()),
}


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop(ENV_LOAD_PLUGINS, None)
    env["COLUMNS"] = "200"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=_environment(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )


def _require(dist: str) -> None:
    try:
        distribution(dist)
    except PackageNotFoundError:
        message = f"{dist} is not installed: pip install ./examples/{dist}"
        if os.environ.get("CLAIMKIT_REQUIRE_EXAMPLES"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.mark.parametrize("dist", sorted(PLUGINS))
def test_plugin_is_announced_through_the_entry_point_group(dist: str) -> None:
    _require(dist)
    name, loaders, exporters = PLUGINS[dist]
    announced = {
        ep.name: ep for ep in entry_points(group="claimkit") if ep.dist and ep.dist.name == dist
    }
    assert set(announced) == {name}
    if os.environ.get(ENV_LOAD_PLUGINS) is not None:
        pytest.skip(f"{ENV_LOAD_PLUGINS} limits which plugins load")
    assert get_plugin_manager().get_plugin(name) is not None
    registry = get_registry()
    assert {x.name for x in registry.loaders.values() if x.plugin == name} == loaders
    assert {x.name for x in registry.exporters.values() if x.plugin == name} == exporters
    extractors = {x.name for x in registry.extractors.values() if x.plugin == name}
    assert extractors == ({"spacy"} if dist == "claimkit-spacy" else set())


def test_claimkit_plugins_lists_the_example_plugins() -> None:
    for dist in PLUGINS:
        _require(dist)
    result = _run("-m", "claimkit", "plugins")
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if "│" in line]
    cells = [[cell.strip() for cell in row.split("│")[1:-1]] for row in rows]
    assert ["loader", "rss", ".rss .atom", "rss"] in [row[:4] for row in cells]
    assert ["exporter", "markdown", ".md .markdown", "markdown"] in [row[:4] for row in cells]
    assert ["extractor", "spacy", "", "spacy"] in [row[:4] for row in cells]


def test_the_rss_plugin_loads_a_feed_in_a_fresh_process(tmp_path: Path) -> None:
    _require("claimkit-rss")
    feed = EXAMPLES / "claimkit-rss" / "tests" / "feeds" / "world.rss"
    target = tmp_path / "feed.xml"  # no registered extension: found by sniffing
    target.write_bytes(feed.read_bytes())
    script = (
        "import sys, claimkit\n"
        "corpus = claimkit.load(sys.argv[1])\n"
        "print(len(corpus.documents), len(corpus.claims) > 0)\n"
        "print(sorted({c.kind.value for c in corpus.claims}))\n"
    )
    result = _run("-c", script, str(target))
    assert result.returncode == 0, result.stderr
    first, kinds = result.stdout.splitlines()
    assert first == "2 True"
    assert "denial" in kinds


def test_the_markdown_plugin_writes_through_the_cli(tmp_path: Path) -> None:
    _require("claimkit-markdown")
    output = tmp_path / "claims.md"
    articles = [str(p) for p in datasets.article_paths()]
    result = _run("-m", "claimkit", "extract", *articles, "-o", str(output))
    assert result.returncode == 0, result.stderr
    text = output.read_text(encoding="utf-8")
    assert text.startswith("# Claims and disputes\n")
    assert "## North Korea denies US claims that it is sending artillery ammunition" in text
    assert "## Disputes" in text


def test_quickstart_runs_and_writes_csv_and_json(tmp_path: Path) -> None:
    result = _run(str(EXAMPLES / "quickstart.py"), str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "disputes" in result.stdout
    assert "both files load back to the same claims" in result.stdout
    corpus = claimkit.load(tmp_path / "out" / "corpus.json")
    assert corpus.claims
    assert claimkit.load(tmp_path / "out" / "claims.csv").claims == corpus.claims
    assert corpus.disputes(), "the quickstart found no dispute in the example articles"
