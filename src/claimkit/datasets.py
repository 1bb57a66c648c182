"""The example dataset: two seed news articles and their hand-made gold annotations.

The files ship inside the package (``claimkit/data/seeds``), so they are available
wherever claimkit is installed::

    >>> from claimkit import datasets
    >>> gold = datasets.example_gold()
    >>> [d.id for d in gold.documents]
    ['000_6bcb59690b46f811', '004_1a83e61fc4204547']
    >>> len(gold.disputes())
    2

``example()`` loads the same articles through :func:`claimkit.load`, so their claims are
those the default extractor finds; ``claimkit.evaluate(example_gold(), example())``
scores it.  ``seeds/README.md`` (also shipped, see :func:`readme`) describes the articles
and every judgement call behind the gold.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from claimkit.errors import LoadError
from claimkit.model import Corpus

__all__ = ["ARTICLES", "article_paths", "example", "example_gold", "gold_path", "path", "readme"]

ARTICLES: tuple[str, ...] = ("000_6bcb59690b46f811", "004_1a83e61fc4204547")
"""The ids of the seed articles (their file names without ``.txt``)."""

_GOLD = "gold.json"


def _packaged() -> Path | None:
    """The seeds inside the installed package, when they are there."""
    try:
        root = resources.files("claimkit").joinpath("data", "seeds")
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - broken installation
        return None
    if isinstance(root, Path) and root.joinpath(_GOLD).is_file():
        return root
    return None


def _source_tree() -> Path | None:
    """The ``seeds/`` folder of a source checkout (editable installs)."""
    root = Path(__file__).resolve().parents[2] / "seeds"
    return root if root.joinpath(_GOLD).is_file() else None


def path() -> Path:
    """The folder holding the seed articles, ``gold.json`` and ``README.md``.

    In an installed wheel this is ``claimkit/data/seeds`` inside the package; in an
    editable install from a source checkout (where build hooks do not copy package data)
    it is the checkout's ``seeds/`` folder.

    Returns:
        The folder.

    Raises:
        LoadError: The example dataset is missing from this installation.
    """
    found = _packaged() or _source_tree()
    if found is None:
        raise LoadError(
            "the example dataset is not installed (claimkit/data/seeds is missing); "
            "reinstall claimkit",
            source="claimkit.datasets",
        )
    return found


def article_paths() -> tuple[Path, ...]:
    """The paths of the seed articles (``.txt``), in :data:`ARTICLES` order."""
    root = path()
    return tuple(root / f"{name}.txt" for name in ARTICLES)


def gold_path() -> Path:
    """The path of ``gold.json``, the gold annotations in claimkit's JSON format."""
    return path() / _GOLD


def readme() -> str:
    """The dataset's README: its articles, their layouts and oddities, the judgement calls."""
    return (path() / "README.md").read_text(encoding="utf-8")


def example(*, extractor: str | None = None) -> Corpus:
    """The seed articles with the claims an extractor finds in them.

    Args:
        extractor: The extractor's name; the default extractor otherwise.

    Returns:
        The extracted corpus: the two documents, their claims and actors.

    Raises:
        FormatError: No extractor is registered, or the name is unknown.
    """
    from claimkit.api import load

    return load(list(article_paths()), extract=True, extractor=extractor)


def example_gold() -> Corpus:
    """The hand-made gold annotations of the seed articles.

    Returns:
        The gold corpus: the two documents exactly as the text loader reads them, the
        actors, and the claims with their spans, evidence and ``responds_to`` links.
    """
    from claimkit.api import load

    return load(gold_path(), format="json", extract=False)
