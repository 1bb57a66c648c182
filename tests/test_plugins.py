from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable, Iterator
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import BinaryIO

import pytest
from click.testing import CliRunner

import claimkit
from claimkit import Document, Loader, PluginError, plugins
from claimkit.cli import main
from claimkit.model import Record


def _load_tsv(stream: BinaryIO, source: str) -> Iterator[Record]:
    """A throwaway loader: one document per line, ``id<TAB>text``."""
    for number, raw in enumerate(stream.read().decode("utf-8").splitlines(), 1):
        doc_id, sep, text = raw.partition("\t")
        if not sep:
            raise claimkit.LoadError("expected id<TAB>text", source=source, line=number)
        yield Document(id=doc_id, text=text)


class TsvPlugin:
    @claimkit.hookimpl
    def register_loaders(self, register: Callable[[Loader], None]) -> None:
        register(Loader(name="tsv-news", load=_load_tsv, extensions=(".tsv",)))


def test_throwaway_loader_plugin_loads_a_file_by_extension(tmp_path: Path) -> None:
    path = tmp_path / "news.tsv"
    path.write_text("n1\tFirst article.\nn2\tSecond article.\n", encoding="utf-8")
    with plugins.plugin_registered(TsvPlugin(), name="tsv-plugin"):
        corpus = claimkit.load(path, extract=False)
        assert [d.id for d in corpus.documents] == ["n1", "n2"]
        assert plugins.get_registry().loaders["tsv-news"].plugin == "tsv-plugin"
        # a folder picks the file up by extension too
        assert len(claimkit.load(tmp_path, extract=False).documents) == 2
    assert "tsv-news" not in plugins.get_registry().loaders


def test_plugin_errors_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("ok\tfine\nbroken line\n", encoding="utf-8")
    with plugins.plugin_registered(TsvPlugin(), name="tsv-plugin"):
        with pytest.raises(claimkit.LoadError) as info:
            claimkit.load(path, extract=False)
    assert info.value.source == str(path) and info.value.line == 2
    assert str(info.value).endswith("bad.tsv, line 2: expected id<TAB>text")


def test_a_misspelt_hook_fails_loudly() -> None:
    class Misspelt:
        @claimkit.hookimpl
        def register_loader(self, register: object) -> None:  # missing "s"
            pass

    with pytest.raises(PluginError, match="register_loader"):
        plugins.register_plugin(Misspelt(), name="misspelt")
    assert plugins.get_plugin_manager().get_plugin("misspelt") is None


def test_registering_the_wrong_type_is_a_plugin_error() -> None:
    class Wrong:
        @claimkit.hookimpl
        def register_exporters(self, register: Callable[[object], None]) -> None:
            register("not an exporter")

    with plugins.plugin_registered(Wrong(), name="wrong"):
        with pytest.raises(PluginError, match="expected Exporter"):
            plugins.get_registry()


def test_duplicate_format_names_across_plugins_raise() -> None:
    class Clash:
        @claimkit.hookimpl
        def register_loaders(self, register: Callable[[Loader], None]) -> None:
            register(Loader(name="json", load=_load_tsv))

    with plugins.plugin_registered(Clash(), name="clash"):
        with pytest.raises(claimkit.DuplicateNameError, match="'json'"):
            plugins.get_registry()


@pytest.fixture
def fake_entry_points(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[EntryPoint]:
    """Two importable plugin modules announced through fake entry points."""
    for name, fmt in (("ck_alpha", "alpha"), ("ck_beta", "beta")):
        (tmp_path / f"{name}.py").write_text(
            textwrap.dedent(
                f"""
                import claimkit

                @claimkit.hookimpl
                def register_loaders(register):
                    register(claimkit.Loader(name="{fmt}", load=lambda s, n: iter(()),
                                             extensions=(".{fmt}",)))
                """
            ),
            encoding="utf-8",
        )
    monkeypatch.syspath_prepend(str(tmp_path))
    points = [
        EntryPoint(name="alpha", value="ck_alpha", group="claimkit"),
        EntryPoint(name="beta", value="ck_beta", group="claimkit"),
    ]
    monkeypatch.setattr(
        plugins, "entry_points", lambda group: points if group == "claimkit" else []
    )
    monkeypatch.setattr(plugins, "_manager", None)
    yield points
    for name in ("ck_alpha", "ck_beta"):
        sys.modules.pop(name, None)


def test_entry_point_plugins_load(
    fake_entry_points: list[EntryPoint], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(plugins.ENV_LOAD_PLUGINS, raising=False)
    registry = plugins.get_registry()
    assert registry.loaders["alpha"].plugin == "alpha"
    assert registry.loaders["beta"].plugin == "beta"
    assert "json" in registry.loaders  # built-ins still there


def test_environment_variable_limits_plugins(
    fake_entry_points: list[EntryPoint], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(plugins.ENV_LOAD_PLUGINS, "beta")
    registry = plugins.get_registry()
    assert "beta" in registry.loaders and "alpha" not in registry.loaders
    assert "json" in registry.loaders


def test_empty_environment_variable_loads_no_installed_plugins(
    fake_entry_points: list[EntryPoint], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(plugins.ENV_LOAD_PLUGINS, "")
    registry = plugins.get_registry()
    assert "alpha" not in registry.loaders and "beta" not in registry.loaders


def test_broken_entry_point_is_a_plugin_error(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = [EntryPoint(name="broken", value="ck_module_that_does_not_exist", group="claimkit")]
    monkeypatch.setattr(plugins, "entry_points", lambda group: broken)
    monkeypatch.setattr(plugins, "_manager", None)
    monkeypatch.delenv(plugins.ENV_LOAD_PLUGINS, raising=False)
    with pytest.raises(PluginError, match="'broken'.*failed to import"):
        plugins.get_plugin_manager()


def test_plugins_command_lists_providers() -> None:
    with plugins.plugin_registered(TsvPlugin(), name="tsv-plugin"):
        result = CliRunner().invoke(main, ["plugins"])
    assert result.exit_code == 0, result.output
    assert "tsv-news" in result.output and "tsv-plugin" in result.output
    for builtin in ("claimkit.formats.json", "claimkit.formats.csv", "claimkit.formats.text"):
        assert builtin in result.output


class _Broken:
    """A plugin whose loader and sniffer fail with exceptions of their own."""

    @staticmethod
    def load(stream: BinaryIO, source: str) -> Iterator[Record]:
        yield Document(id="first", text=stream.read(5).decode())
        raise RuntimeError("the parser lost its place")

    @staticmethod
    def sniff(head: bytes) -> float:
        return 1 / len(head.strip(b"?"))  # ZeroDivisionError on "???"

    @claimkit.hookimpl
    def register_loaders(self, register: Callable[[Loader], None]) -> None:
        register(Loader(name="broken", load=self.load, sniff=self.sniff, extensions=(".brk",)))


def test_an_exception_in_a_plugins_loader_names_the_file_and_the_plugin(tmp_path: Path) -> None:
    path = tmp_path / "feed.brk"
    path.write_text("hello world", encoding="utf-8")
    with plugins.plugin_registered(_Broken(), name="broken-plugin"):
        with pytest.raises(claimkit.LoadError) as caught:
            claimkit.load(path, extract=False)
        result = CliRunner().invoke(main, ["show", str(path)])
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "'broken' loader of plugin 'broken-plugin'" in message
    assert "RuntimeError: the parser lost its place" in message
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"claimkit: error: {message}"]


def test_an_exception_in_a_plugins_sniffer_names_the_file_and_the_plugin(tmp_path: Path) -> None:
    path = tmp_path / "mystery.dat"  # no loader claims .dat: every sniffer is asked
    path.write_bytes(b"???")
    with plugins.plugin_registered(_Broken(), name="broken-plugin"):
        with pytest.raises(claimkit.LoadError) as caught:
            claimkit.load(path, extract=False)
        result = CliRunner().invoke(main, ["show", str(path)])
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "sniffer of the 'broken' loader of plugin 'broken-plugin'" in message
    assert "ZeroDivisionError" in message
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"claimkit: error: {message}"]
