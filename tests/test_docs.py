"""Keep the documentation from rotting.

* every plugin hook in :mod:`claimkit.hookspecs` has its own heading in
  ``docs/plugins.md``;
* every public module of the package appears in the API reference;
* every command and option of the command line is documented in ``docs/cli.md``, and
  everything documented there exists;
* every page in ``docs/`` is in a table of contents, and the benchmarks page, when
  someone has written it, is one of them.

The site itself is built with warnings as errors, and the examples on its pages are
run, by ``.ci/run`` (``sphinx-build -W -n -b html`` and ``-b doctest``), not here; the
examples in docstrings run in ``tests/test_docstrings.py``.
"""

from __future__ import annotations

import inspect
import pkgutil
import re
from pathlib import Path

import click
import pytest

import claimkit
from claimkit import hookspecs

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
def hook_names() -> list[str]:
    marker = f"{hookspecs.PROJECT}_spec"
    return sorted(
        name
        for name, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if hasattr(function, marker)
    )


def public_modules() -> list[str]:
    names = ["claimkit"]
    for info in pkgutil.walk_packages(claimkit.__path__, prefix="claimkit."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return sorted(names)


def headings(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)
    return [line.lstrip("#").strip() for line in text.splitlines() if re.match(r"#{1,6} ", line)]


def test_the_hooks_are_found() -> None:
    assert {"register_loaders", "register_exporters", "register_extractors"} <= set(hook_names())


@pytest.mark.parametrize("hook", hook_names())
def test_every_hook_has_a_heading_in_the_plugins_page(hook: str) -> None:
    wanted = f"`{hook}(register)`"
    assert wanted in headings(DOCS / "plugins.md"), (
        f"docs/plugins.md has no heading {wanted!r}: document the hook, its signature "
        "and a runnable example"
    )


def test_every_public_module_is_in_the_api_reference() -> None:
    pages = "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    documented = set(re.findall(r"\.\. automodule:: ([\w.]+)", pages))
    documented |= set(re.findall(r"\.\. module:: ([\w.]+)", pages))
    missing = [name for name in public_modules() if name not in documented]
    assert not missing, f"add these modules to docs/api.md: {missing}"


def cli_sections() -> dict[str, str]:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    parts = re.split(r"^## `claimkit (\w+)`$", text, flags=re.MULTILINE)
    bodies = [body.split("\n## ", 1)[0] for body in parts[2::2]]
    return dict(zip(parts[1::2], bodies, strict=True))


def documented_options(section: str) -> set[str]:
    rows = re.findall(r"^\| `([^`]+)` \|", section, flags=re.MULTILINE)
    return {word for row in rows for word in re.findall(r"--?[\w-]+", row)}


def test_every_cli_command_and_option_is_documented() -> None:
    from claimkit.cli import main

    sections = cli_sections()
    assert set(sections) == set(main.commands), "docs/cli.md lists other commands"
    for name, command in main.commands.items():
        actual = {
            opt
            for param in command.params
            if isinstance(param, click.Option)
            for opt in (*param.opts, *param.secondary_opts)
        }
        documented = documented_options(sections[name])
        assert actual == documented, (
            f"claimkit {name}: options {sorted(actual - documented)} are not in docs/cli.md; "
            f"{sorted(documented - actual)} are documented but do not exist"
        )
        arguments = {p.name.upper() for p in command.params if isinstance(p, click.Argument)}
        for argument in arguments:
            assert argument in sections[name], f"claimkit {name}: {argument} is not documented"


def test_every_page_is_in_a_table_of_contents() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^([\w-]+)$", index, flags=re.MULTILINE))
    pages = {page.stem for page in DOCS.glob("*.md")} - {"index"}
    assert pages <= listed, f"not in a toctree of docs/index.md: {sorted(pages - listed)}"
