"""Issue 12: serialisation has one public face, claimkit.serialization, with its msgspec
fast path private beneath it; formats see only the face."""

from __future__ import annotations

import ast
import gc
from pathlib import Path

import orjson

import claimkit
from claimkit import fastjson, serialization
from claimkit.serialization import _converter, _fast

SRC = Path(claimkit.__file__).resolve().parent
SEEDS = Path(__file__).resolve().parent.parent / "seeds"  # the checkout, installed or not


def _imports(path: Path) -> set[str]:
    """Every module a source file imports (``from a import b`` counts as ``a`` and ``a.b``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_face_serves_the_fast_path_with_the_converter_s_results() -> None:
    gold = _converter.loads((SEEDS / "gold.json").read_bytes())
    data = (SEEDS / "gold.json").read_bytes()
    assert serialization.dumps is _fast.dumps and serialization.loads is _fast.loads
    assert serialization.loads(data) == gold
    assert serialization.dumps(gold) == _converter.dumps(gold) == data
    for record in gold.records():
        line = serialization.encode_record(record)
        assert line == orjson.dumps(serialization.unstructure_record(record)) + b"\n"
        assert serialization.decode_record(line) == record
    claim = gold.claims[0]
    assert serialization.structure(serialization.unstructure(claim), type(claim)) == claim
    assert serialization.decode(serialization.encode(claim), type(claim)) == claim


def test_gc_paused_is_part_of_the_face_and_restores_the_collector() -> None:
    assert gc.isenabled()
    with serialization.gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_old_fastjson_names_are_the_face_s() -> None:
    for name in fastjson.__all__:
        assert getattr(fastjson, name) is getattr(serialization, name), name


def test_nothing_outside_serialization_imports_its_private_modules_or_fastjson() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        if path.parent.name == "serialization" or path.name == "fastjson.py":
            continue
        for module in _imports(path):
            if module == "claimkit.fastjson" or module.startswith("claimkit.serialization._"):
                offenders.append(f"{path.relative_to(SRC)}: {module}")
    assert offenders == []
