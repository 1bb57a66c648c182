"""The plugin manager: entry point loading, default plugins and the registry.

Plugins load lazily, on the first call that needs a format or extractor.  Installed
plugins are found through the ``claimkit`` entry point group; the environment variable
``CLAIMKIT_LOAD_PLUGINS`` limits which of them load (a comma-separated list of entry
point names; an empty value loads none).  claimkit's own formats and extractor are
registered afterwards, through the same hooks, as the plugins named in
:data:`DEFAULT_PLUGINS`.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.metadata import entry_points
from typing import Any

import pluggy

from claimkit import hookspecs
from claimkit.errors import ClaimkitError, PluginError
from claimkit.registry import Exporter, Extractor, Loader, Registry

__all__ = [
    "DEFAULT_PLUGINS",
    "ENV_LOAD_PLUGINS",
    "call_register_hook",
    "get_plugin_manager",
    "get_registry",
    "plugin_registered",
    "register_plugin",
    "unregister_plugin",
]

ENV_LOAD_PLUGINS = "CLAIMKIT_LOAD_PLUGINS"
"""Environment variable naming the installed plugins to load (comma-separated)."""

DEFAULT_PLUGINS: tuple[str, ...] = (
    "claimkit.formats.text",
    "claimkit.formats.json",
    "claimkit.formats.jsonl",
    "claimkit.formats.csv",
    "claimkit.formats.brat",
    "claimkit.formats.html",
    "claimkit.formats.schemaorg",
    "claimkit.formats.plover",
    "claimkit.formats.webannotation",
    "claimkit.extract.plugin",
    "claimkit.extract.gazetteer",
)
"""Modules registered as claimkit's built-in plugins, under their module names."""

_lock = threading.Lock()
_manager: pluggy.PluginManager | None = None


def _load_entry_points(pm: pluggy.PluginManager) -> None:
    wanted_env = os.environ.get(ENV_LOAD_PLUGINS)
    wanted = None
    if wanted_env is not None:
        wanted = {name.strip() for name in wanted_env.split(",") if name.strip()}
    for entry_point in entry_points(group=hookspecs.PROJECT):
        if wanted is not None and entry_point.name not in wanted:
            continue
        if pm.get_plugin(entry_point.name) is not None:
            continue
        try:
            plugin = entry_point.load()
        except Exception as error:
            raise PluginError(
                f"plugin {entry_point.name!r} ({entry_point.value}) failed to import: {error}"
            ) from error
        pm.register(plugin, name=entry_point.name)


def get_plugin_manager() -> pluggy.PluginManager:
    """Return the plugin manager, loading plugins on first use.

    Raises:
        PluginError: An installed plugin failed to import or implements an unknown hook.
    """
    global _manager
    with _lock:
        if _manager is None:
            pm = pluggy.PluginManager(hookspecs.PROJECT)
            pm.add_hookspecs(hookspecs)
            _load_entry_points(pm)
            for module_name in DEFAULT_PLUGINS:
                pm.register(importlib.import_module(module_name), name=module_name)
            try:
                pm.check_pending()
            except pluggy.PluginValidationError as error:
                raise PluginError(str(error)) from error
            _manager = pm
        return _manager


def register_plugin(plugin: Any, name: str | None = None) -> str:
    """Register a plugin object or module at run time.

    Args:
        plugin: An object or module with ``@claimkit.hookimpl`` functions.
        name: Its name in ``claimkit plugins``; defaults to pluggy's choice.

    Returns:
        The name it was registered under.

    Raises:
        PluginError: It implements a hook that does not exist, or the name is taken.
    """
    pm = get_plugin_manager()
    try:
        registered = pm.register(plugin, name=name)
        pm.check_pending()
    except (ValueError, pluggy.PluginValidationError) as error:
        if pm.is_registered(plugin):
            pm.unregister(plugin)
        raise PluginError(str(error)) from error
    if registered is None:
        raise PluginError(f"plugin {name!r} is blocked")
    return registered


def unregister_plugin(plugin: Any = None, name: str | None = None) -> None:
    """Remove a plugin registered with :func:`register_plugin`."""
    get_plugin_manager().unregister(plugin, name=name)


@contextmanager
def plugin_registered(plugin: Any, name: str | None = None) -> Iterator[str]:
    """Register a plugin for the duration of a ``with`` block (handy in tests).

    Example:
        >>> import claimkit
        >>> class Nothing:
        ...     @claimkit.hookimpl
        ...     def register_loaders(self, register):
        ...         pass
        >>> with plugin_registered(Nothing(), name="nothing") as name:
        ...     print(name)
        nothing
    """
    registered = register_plugin(plugin, name)
    try:
        yield registered
    finally:
        unregister_plugin(name=registered)


def call_register_hook(
    hook_name: str,
    accepts: type | tuple[type, ...],
    sink: Callable[[Any, str], None],
    *,
    first: str | None = None,
) -> None:
    """Call every implementation of a ``register_*`` hook with its own ``register`` callback.

    Each plugin's callback checks the type of what it is given and hands it to ``sink``
    together with the plugin's name, so whatever collects the items knows who provided
    them.  Plugins are called in registration order (the plugin named ``first``, if
    any, before all others).

    Args:
        hook_name: The hook, e.g. ``"register_loaders"``.
        accepts: The type or types a plugin may register through this hook.
        sink: Receives ``(item, plugin_name)`` for every registered item.
        first: A plugin to call before the rest (built-in data that plugins extend).

    Raises:
        PluginError: A plugin registered something of the wrong type or its hook failed.
    """
    caller = getattr(get_plugin_manager().hook, hook_name)
    impls = list(caller.get_hookimpls())
    if first is not None:
        impls.sort(key=lambda impl: impl.plugin_name != first)
    expected = accepts if isinstance(accepts, tuple) else (accepts,)
    label = " or ".join(kind.__name__ for kind in expected)
    for impl in impls:
        plugin_name = impl.plugin_name

        def register(item: Any, _plugin: str = plugin_name) -> None:
            if not isinstance(item, expected):
                raise PluginError(
                    f"plugin {_plugin!r} registered {item!r} in {hook_name}; expected {label}"
                )
            sink(item, _plugin)

        arguments = {"register": register}
        try:
            impl.function(**{arg: arguments[arg] for arg in impl.argnames})
        except ClaimkitError:
            raise
        except Exception as error:
            raise PluginError(f"plugin {plugin_name!r} failed in {hook_name}: {error}") from error


_cached: tuple[tuple[tuple[str, int], ...], Registry] | None = None


def _plugin_set(pm: pluggy.PluginManager) -> tuple[tuple[str, int], ...]:
    """What the registry depends on: the registered plugins, by name and identity."""
    return tuple((name, id(plugin)) for name, plugin in pm.list_name_plugin())


def get_registry() -> Registry:
    """The :class:`.Registry` of what every registered plugin provides.

    Each hook implementation is called with a ``register`` callback bound to its own
    plugin, so the registry knows which plugin provides what.  The registry is built
    once and kept until the set of registered plugins changes (a plugin registered or
    unregistered, through :func:`register_plugin`, :func:`plugin_registered` or the
    plugin manager itself); then it is built afresh.  Treat it as read-only.

    Raises:
        PluginError: A plugin registered something of the wrong type or a taken name.
    """
    global _cached
    pm = get_plugin_manager()
    key = _plugin_set(pm)
    cached = _cached
    if cached is not None and cached[0] == key:
        return cached[1]
    registry = Registry()
    call_register_hook("register_loaders", Loader, registry.add)
    call_register_hook("register_exporters", Exporter, registry.add)
    call_register_hook("register_extractors", Extractor, registry.add)
    _cached = (key, registry)
    return registry
