"""The examples in claimkit's docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import claimkit

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(claimkit.__path__, prefix="claimkit.")
    if not info.name.startswith("claimkit.integrations.")  # optional extras
    and info.name != "claimkit.__main__"  # runs the command line on import
)


def test_modules_are_found() -> None:
    assert {"claimkit.model", "claimkit.api", "claimkit.extract.pipeline"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # examples that write files write them here
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def test_package_docstring_has_examples() -> None:
    assert doctest.testmod(claimkit).attempted >= 2
