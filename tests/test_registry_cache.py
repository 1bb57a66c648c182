"""Issue 12: the registry is built once and rebuilt only when the plugins change."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

import claimkit
from claimkit import Loader, Record, plugins


def _load(stream: BinaryIO, source: str) -> Iterator[Record]:
    yield from ()


class _Counting:
    def __init__(self, name: str) -> None:
        self.name = name
        self.calls = 0

    @claimkit.hookimpl
    def register_loaders(self, register: Callable[[Loader], None]) -> None:
        self.calls += 1
        register(Loader(name=self.name, load=_load, extensions=(f".{self.name}",)))


def test_registry_is_not_rebuilt_while_the_plugins_stay_the_same() -> None:
    counting = _Counting("counted")
    with plugins.plugin_registered(counting, name="counting"):
        first = plugins.get_registry()
        assert plugins.get_registry() is first
        claimkit.dumps(claimkit.Corpus(), "json")
        assert counting.calls == 1 and "counted" in first.loaders
        other = _Counting("other")
        with plugins.plugin_registered(other, name="other"):
            assert "other" in plugins.get_registry().loaders
        assert "other" not in plugins.get_registry().loaders
    assert "counted" not in plugins.get_registry().loaders
