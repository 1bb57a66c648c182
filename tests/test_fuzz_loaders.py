"""Bad input to every loader: only claimkit's own errors, naming the file and the line or record."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimkit
from claimkit import (
    ClaimkitError,
    LimitExceededError,
    LoadError,
    SchemaVersionError,
    limits,
)
from claimkit.formats.csv import COLUMNS
from claimkit.plugins import get_registry
from claimkit.testing import BINARY_SAMPLE, mutations

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = sorted(SEEDS.glob("*.txt"))[0]

EXTENSIONS = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "text": ".txt"}
OTHER_EXTENSIONS = {"brat": ".ann"}
STRUCTURED = ("json", "jsonl", "csv")


def _corpus() -> claimkit.Corpus:
    """A small real corpus: the seed article and the claims of the hand-made gold file."""
    gold = SEEDS / "gold.json"
    if gold.exists():
        return claimkit.load(gold, extract=False)
    return claimkit.load(SEED, extract=False)


CORPUS = _corpus()
SAMPLES = {name: claimkit.dumps(CORPUS, name) for name in STRUCTURED}
SAMPLES["text"] = SEED.read_bytes()


def _loaders() -> list[str]:
    return sorted(get_registry().loaders)


def _expect_load_error(data: bytes, format: str, source: str = "input.dat") -> LoadError:
    with pytest.raises(LoadError) as info:
        claimkit.loads(data, format, extract=False, source=source)
    error = info.value
    assert error.source == source
    assert source in str(error)
    assert "\n" not in str(error)
    return error


def _accepts_or_refuses(data: bytes, format: str, source: str) -> None:
    try:
        claimkit.loads(data, format, extract=False, source=source)
    except LoadError as error:
        assert error.source == source, error
    except ClaimkitError as error:  # pragma: no cover - reported as a failure below
        pytest.fail(f"{format}: {type(error).__name__} instead of LoadError: {error}")


# ------------------------------------------------------------------- fuzzing


@pytest.mark.parametrize("format", sorted(EXTENSIONS))
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_and_mutated_bytes_via_loads(format: str, data: st.DataObject) -> None:
    blob = data.draw(mutations([SAMPLES[format]]))
    _accepts_or_refuses(blob, format, f"fuzz{EXTENSIONS[format]}")


@pytest.mark.parametrize("format", sorted(EXTENSIONS))
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_and_mutated_files_via_load(
    format: str, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    blob = data.draw(mutations([SAMPLES[format]]))
    path = tmp_path_factory.mktemp("fuzz") / f"input{EXTENSIONS[format]}"
    path.write_bytes(blob)
    try:
        claimkit.load(path, extract=False)
    except LoadError as error:
        assert error.source == str(path)
        assert str(path) in str(error)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(blob=st.binary(max_size=300))
def test_files_without_extension_are_sniffed_or_refused_cleanly(
    blob: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("sniff") / "no-extension"
    path.write_bytes(blob)
    try:
        claimkit.load(path, extract=False)
    except (LoadError, claimkit.FormatError) as error:
        assert str(path) in str(error)


def _brat_pair(folder: Path, ann: bytes) -> Path:
    text = SEED.read_text(encoding="utf-8")
    (folder / "article.txt").write_text(text, encoding="utf-8")
    path = folder / "article.ann"
    path.write_bytes(ann)
    return path


def _brat_sample() -> bytes:
    text = SEED.read_text(encoding="utf-8")
    cue = text.index("denies")
    content = text.index("ever providing Russia with weapons")
    content_end = content + len("ever providing Russia with weapons")
    return (
        f"T1\tSource 0 11\t{text[0:11]}\n"
        f"T2\tCue {cue} {cue + 6}\tdenies\n"
        f"T3\tContent {content} {content_end}\t{text[content:content_end]}\n"
        f"T4\tDenial {cue} {cue + 6}\tdenies\n"
        "E1\tDenial:T4 Content:T3 Cue:T2 Source:T1\n"
    ).encode()


def test_brat_sample_loads(tmp_path: Path) -> None:
    assert "brat" in get_registry().loaders, (
        "the built-in loader brat is not registered: its registration is broken"
    )
    corpus = claimkit.load(_brat_pair(tmp_path, _brat_sample()), "brat", extract=False)
    assert [claim.cue for claim in corpus.claims] == ["denies"]


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_brat_files(data: st.DataObject, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert "brat" in get_registry().loaders, (
        "the built-in loader brat is not registered: its registration is broken"
    )
    path = _brat_pair(tmp_path_factory.mktemp("brat"), data.draw(mutations([_brat_sample()])))
    try:
        claimkit.load(path, "brat", extract=False)
    except LoadError as error:
        assert error.source is not None and error.source.startswith(str(path.parent))


def test_every_registered_loader_is_fuzzed() -> None:
    for name in _loaders():
        if name not in EXTENSIONS:
            # third-party or newer loaders: at least the generic bad inputs
            for blob in (b"", BINARY_SAMPLE, b"\xff\xfe\x00", b"{" * 3000):
                _accepts_or_refuses(blob, name, f"other-{name}")


# ------------------------------------------------------------ explicit cases


@pytest.mark.parametrize("format", _loaders())
def test_empty_input_is_refused(format: str, tmp_path: Path) -> None:
    _expect_load_error(b"", format, "empty.dat")
    empty = tmp_path / f"empty{EXTENSIONS.get(format) or OTHER_EXTENSIONS.get(format, '.dat')}"
    empty.write_bytes(b"")
    with pytest.raises(LoadError, match="empty"):
        claimkit.load(empty, format, extract=False)


@pytest.mark.parametrize("format", _loaders())
def test_binary_input_is_refused(format: str) -> None:
    _expect_load_error(BINARY_SAMPLE, format, "picture.png")


@pytest.mark.parametrize("format", sorted(EXTENSIONS))
def test_utf8_with_bom_is_accepted(format: str) -> None:
    plain = claimkit.loads(SAMPLES[format], format, extract=False, source="plain")
    with_bom = claimkit.loads(
        codecs.BOM_UTF8 + SAMPLES[format], format, extract=False, source="plain"
    )
    assert with_bom == plain


@pytest.mark.parametrize("format", STRUCTURED)
def test_utf16_structured_files_are_refused_clearly(format: str) -> None:
    text = SAMPLES[format].decode("utf-8")
    for encoded in (text.encode("utf-16"), text.encode("utf-16-be"), text.encode("utf-16-le")):
        error = _expect_load_error(encoded, format, f"windows.{format}")
        assert "UTF-16" in error.reason or "UTF-8" in error.reason, error


def test_utf16_articles_with_bom_are_read_and_without_refused() -> None:
    text = SAMPLES["text"].decode("utf-8")
    for bom_encoding in ("utf-16", "utf-16-be" ):
        data = text.encode(bom_encoding)
        if bom_encoding == "utf-16-be":
            data = codecs.BOM_UTF16_BE + data
        document = claimkit.loads(data, "text", extract=False, source="a.txt").documents[0]
        assert document.text == text
    error = _expect_load_error(text.encode("utf-16-le"), "text", "a.txt")
    assert "UTF-16" in error.reason
    assert error.line is not None


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")],
)
def test_utf32_articles_with_bom_are_read_as_utf32_not_utf16(bom: bytes, encoding: str) -> None:
    # FF FE 00 00 (UTF-32 LE) starts with FF FE (UTF-16 LE): read as UTF-16 the text was
    # full of NULs and gave no claims and no error
    text = "North Korea denied the report on Monday, calling it a fabrication.\n"
    corpus = claimkit.loads(bom + text.encode(encoding), "text", source="a.txt")
    assert corpus.documents[0].text == text
    assert corpus.claims and {claim.claimant.name for claim in corpus.claims} == {"North Korea"}
    error = _expect_load_error(bom + text.encode(encoding)[:-2], "text", "a.txt")
    assert "UTF-32" in error.reason
    assert "UTF-32" in _expect_load_error(bom + "a\x00b".encode(encoding), "text", "a.txt").reason


@pytest.mark.parametrize("format", sorted(EXTENSIONS))
def test_latin1_is_refused_with_the_line(format: str) -> None:
    text = SAMPLES[format].decode("utf-8")
    # put a Latin-1-only character on the third line of the file
    lines = text.split("\n")
    lines[2] = lines[2].replace("e", "\u00e9", 1) if "e" in lines[2] else lines[2] + "\u00e9"
    data = "\n".join(lines).encode("latin-1", "replace")
    error = _expect_load_error(data, format, f"latin1{EXTENSIONS[format]}")
    assert "UTF-8" in error.reason, error
    if format != "json":
        assert error.line == 3, error


@pytest.mark.parametrize("format", sorted(EXTENSIONS))
def test_truncated_files_never_leak_other_errors(format: str) -> None:
    sample = SAMPLES[format]
    for cut in range(1, len(sample), max(1, len(sample) // 97)):
        _accepts_or_refuses(sample[:cut], format, f"cut{EXTENSIONS[format]}")


def test_truncated_json_is_refused_with_the_line() -> None:
    sample = SAMPLES["json"]
    cut = sample[: len(sample) // 2]
    error = _expect_load_error(cut, "json", "half.json")
    assert error.line == cut.count(b"\n") + 1 or error.line == cut.count(b"\n"), error


def test_truncated_jsonl_names_the_broken_line() -> None:
    lines = SAMPLES["jsonl"].split(b"\n")
    data = b"\n".join([*lines[:3], lines[3][: len(lines[3]) // 2]])
    error = _expect_load_error(data, "jsonl", "cut.jsonl")
    assert error.line == 4
    assert "malformed JSON" in error.reason


def test_truncated_csv_inside_a_quoted_cell() -> None:
    sample = SAMPLES["csv"]
    start = sample.index(b'"', sample.index(b"\r\n") + 2)
    error = _expect_load_error(sample[: start + 3], "csv", "cut.csv")
    assert error.line is not None


# JSON ------------------------------------------------------------------------


def test_malformed_json() -> None:
    for data in (b"{", b'{"schema_version": 1,}', b"[1, 2", b"nul", b'{"a": "\\x"}', b"\x1a"):
        error = _expect_load_error(data, "json", "bad.json")
        assert error.line is not None or "malformed" in error.reason


def test_json_with_the_wrong_top_level() -> None:
    for data in (b"[]", b"1", b'"corpus"', b"null"):
        _expect_load_error(data, "json", "top.json")


def test_json_error_names_the_record() -> None:
    data = json.loads(SAMPLES["json"])
    data["claims"][1]["kind"] = "rumour"
    error = _expect_load_error(json.dumps(data).encode(), "json", "kinds.json")
    assert error.record == 1
    assert "rumour" in error.reason
    assert "claims[1]" in error.reason


@pytest.mark.parametrize("section, field, value", [
    ("claims", "kind", "rumour"),
    ("claims", "commitment", "sure"),
    ("actors", "kind", "alien"),
    ("documents", "regions", [{"kind": "sidebar", "span": {"start": 0, "end": 1}}]),
])
def test_unknown_enum_values(section: str, field: str, value: object) -> None:
    data = json.loads(SAMPLES["json"])
    data[section][0][field] = value
    error = _expect_load_error(json.dumps(data).encode(), "json", "enum.json")
    assert error.record == 0
    assert "allowed" in error.reason


@pytest.mark.parametrize("version", [0, 2, "1", None, True, 1.5])
def test_unknown_schema_versions(version: object) -> None:
    data = json.loads(SAMPLES["json"])
    data["schema_version"] = version
    with pytest.raises(SchemaVersionError, match="schema_version"):
        claimkit.loads(json.dumps(data).encode(), "json", extract=False, source="v.json")
    header = {"type": "header", "schema_version": version}
    lines = SAMPLES["jsonl"].split(b"\n", 1)
    with pytest.raises(SchemaVersionError) as info:
        claimkit.loads(
            json.dumps(header).encode() + b"\n" + lines[1], "jsonl", extract=False, source="v.jsonl"
        )
    assert info.value.line == 1
    assert info.value.source == "v.jsonl"


def test_missing_schema_version() -> None:
    data = json.loads(SAMPLES["json"])
    del data["schema_version"]
    with pytest.raises(SchemaVersionError, match="schema_version"):
        claimkit.loads(json.dumps(data).encode(), "json", extract=False, source="v.json")


def test_deeply_nested_json_is_a_limit_error() -> None:
    for data in (b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 5000 + b"1" + b"}" * 5000):
        with pytest.raises(LimitExceededError) as info:
            claimkit.loads(data, "json", extract=False, source="deep.json")
        assert info.value.source == "deep.json"
        assert "MAX_JSON_DEPTH" in str(info.value)
    header = b'{"type":"header","schema_version":1}\n'
    with pytest.raises(LimitExceededError) as info:
        claimkit.loads(header + b"[" * 5000 + b"\n", "jsonl", extract=False, source="deep.jsonl")
    assert info.value.line == 2


def test_deep_affiliation_chains_are_a_limit_error() -> None:
    actor = '{"id":"a0","name":"A"}'
    for index in range(1, 600):
        actor = f'{{"id":"a{index}","name":"A","affiliation":{actor}}}'
    data = f'{{"schema_version":1,"actors":[{actor}]}}'.encode()
    with pytest.raises(LimitExceededError) as info:
        claimkit.loads(data, "json", extract=False, source="chain.json")
    assert len(str(info.value)) < 500
    jsonl = b'{"type":"header","schema_version":1}\n' + f'{{"type":"actor",{actor[1:]}'.encode()
    with pytest.raises(LimitExceededError) as info:
        claimkit.loads(jsonl, "jsonl", extract=False, source="chain.jsonl")
    assert info.value.line == 2


def test_extra_and_missing_fields_in_json() -> None:
    data = json.loads(SAMPLES["json"])
    data["claims"][0]["confidence"] = 0.9
    error = _expect_load_error(json.dumps(data).encode(), "json", "extra.json")
    assert "confidence" in error.reason
    data = json.loads(SAMPLES["json"])
    del data["claims"][0]["provenance"]
    error = _expect_load_error(json.dumps(data).encode(), "json", "missing.json")
    assert "provenance" in error.reason
    data = json.loads(SAMPLES["json"])
    data["surprise"] = []
    _expect_load_error(json.dumps(data).encode(), "json", "top.json")


# JSON Lines --------------------------------------------------------------------


def test_malformed_jsonl_names_the_line() -> None:
    lines = SAMPLES["jsonl"].split(b"\n")
    for broken in (b"{", b"[1,", b"not json", b'{"type": "claim"', b"\x00"):
        data = b"\n".join([*lines[:2], broken, *lines[2:]])
        error = _expect_load_error(data, "jsonl", "broken.jsonl")
        assert error.line == 3, (broken, error)


def test_jsonl_record_errors_name_line_and_record() -> None:
    lines = SAMPLES["jsonl"].split(b"\n")
    record = json.loads(lines[2])
    record["type"] = "rumour"
    data = b"\n".join([*lines[:2], json.dumps(record).encode(), *lines[3:]])
    error = _expect_load_error(data, "jsonl", "types.jsonl")
    assert error.line == 3
    assert error.record == 1
    assert "rumour" in error.reason


def test_jsonl_without_header() -> None:
    lines = SAMPLES["jsonl"].split(b"\n")
    error = _expect_load_error(b"\n".join(lines[1:]), "jsonl", "headless.jsonl")
    assert error.line == 1
    assert "header" in error.reason


def test_jsonl_unknown_enum_value() -> None:
    text = SAMPLES["jsonl"].decode()
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if '"type":"claim"' in line:
            record = json.loads(line)
            record["commitment"] = "adamant"
            lines[number] = json.dumps(record)
            break
    error = _expect_load_error("\n".join(lines).encode(), "jsonl", "enum.jsonl")
    assert error.line == number + 1
    assert "adamant" in error.reason


# CSV ------------------------------------------------------------------------------


def _csv_rows() -> list[list[str]]:
    import csv
    import io

    return list(csv.reader(io.StringIO(SAMPLES["csv"].decode(), newline="")))


def _csv(rows: list[list[str]]) -> bytes:
    import csv
    import io

    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode()


def test_csv_missing_column() -> None:
    rows = _csv_rows()
    index = rows[0].index("commitment")
    data = _csv([row[:index] + row[index + 1 :] for row in rows])
    error = _expect_load_error(data, "csv", "missing.csv")
    assert "commitment" in error.reason
    assert error.line == 1


def test_csv_extra_column() -> None:
    rows = _csv_rows()
    data = _csv([[*rows[0], "confidence"], *([*row, "0.9"] for row in rows[1:])])
    error = _expect_load_error(data, "csv", "extra.csv")
    assert "confidence" in error.reason


def test_csv_duplicate_column() -> None:
    rows = _csv_rows()
    header = list(rows[0])
    header[-1] = header[0]
    error = _expect_load_error(_csv([header, *rows[1:]]), "csv", "dup.csv")
    assert error.line == 1


def test_csv_short_and_long_rows() -> None:
    rows = _csv_rows()
    assert len(rows) >= 3
    for broken in (rows[2][:-1], [*rows[2], "surplus"]):
        error = _expect_load_error(_csv([rows[0], rows[1], broken]), "csv", "ragged.csv")
        assert error.line == 3
        assert error.record == 1


def test_csv_reordered_columns_are_read() -> None:
    rows = _csv_rows()
    order = list(reversed(range(len(rows[0]))))
    data = _csv([[row[i] for i in order] for row in rows])
    assert claimkit.loads(data, "csv", extract=False) == claimkit.loads(
        SAMPLES["csv"], "csv", extract=False
    )


@pytest.mark.parametrize("column, value", [
    ("kind", "rumour"),
    ("commitment", "sure"),
    ("evidence_strength", "overwhelming"),
    ("claimant_kind", "alien"),
    ("evidence_score", "high"),
    ("span", "3-9"),
    ("claimant_anonymous", "maybe"),
    ("responds_to", "[1,"),
    ("evidence_cues", '{"not": "a list"}'),
])
def test_csv_bad_cells_name_line_and_record(column: str, value: str) -> None:
    rows = _csv_rows()
    index = rows[0].index(column)
    rows[2][index] = value
    error = _expect_load_error(_csv(rows), "csv", "cells.csv")
    assert error.line == 3
    assert error.record == 1


def test_csv_stray_quote() -> None:
    rows = _csv_rows()
    data = _csv(rows[:2]) + b'abc"def,' + b"," * (len(COLUMNS) - 2) + b"\r\n"
    error = _expect_load_error(data, "csv", "quote.csv")
    assert error.line is not None


# limits ------------------------------------------------------------------------------


def test_file_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    for format in ("json", "text"):
        with pytest.raises(LimitExceededError, match="MAX_FILE_BYTES") as info:
            claimkit.loads(SAMPLES[format], format, extract=False, source=f"big.{format}")
        assert info.value.source == f"big.{format}"
    small = b'{"schema_version": 1}'
    assert claimkit.loads(small, "json", extract=False) == claimkit.Corpus()


def test_line_length_limit_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 200)
    with pytest.raises(LimitExceededError, match="MAX_LINE_BYTES") as info:
        claimkit.loads(SAMPLES["jsonl"], "jsonl", extract=False, source="long.jsonl")
    assert info.value.line == 2


def test_field_length_limit_csv(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 200)
    with pytest.raises(LimitExceededError, match="MAX_LINE_BYTES") as info:
        claimkit.loads(SAMPLES["csv"], "csv", extract=False, source="long.csv")
    assert info.value.line is not None
    assert info.value.source == "long.csv"


def test_enormous_line_of_junk_with_default_limits() -> None:
    junk = b"x" * 3_000_000
    for format in sorted(EXTENSIONS):
        if format == "text":
            continue
        _expect_load_error(junk, format, f"junk{EXTENSIONS[format]}")


def test_limits_are_documented() -> None:
    for name in limits.__all__:
        value = getattr(limits, name)
        assert isinstance(value, int) and value > 0
    text = Path(limits.__file__).read_text(encoding="utf-8")
    for name in limits.__all__:
        assert f"{name} =" in text


# no data path executes code -----------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
UNSAFE_MODULES = {
    "pickle",
    "cPickle",
    "_pickle",
    "marshal",
    "shelve",
    "dill",
    "cloudpickle",
    "jsonpickle",
    "lxml",
    "xml.sax",
    "xml.dom",
    "xml.dom.minidom",
    "xml.dom.pulldom",
    "xmlrpc",
}
UNSAFE_CALLS = {"eval", "exec", "__import__", "compile"}
UNSAFE_ATTRIBUTES = {
    ("yaml", "load"),
    ("yaml", "unsafe_load"),
    ("yaml", "full_load"),
    ("yaml", "load_all"),
    ("os", "system"),
    ("os", "popen"),
}


def _python_files() -> list[Path]:
    files = sorted((ROOT / "src" / "claimkit").rglob("*.py"))
    files += sorted((ROOT / "examples").rglob("*.py")) if (ROOT / "examples").exists() else []
    return files


def _unsafe_uses(path: Path) -> list[str]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            names = []
        for name in names:
            if name in UNSAFE_MODULES or name.split(".")[0] in UNSAFE_MODULES:
                found.append(f"{path.name}:{node.lineno}: imports {name}")
        if isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Name) and function.id in UNSAFE_CALLS:
                found.append(f"{path.name}:{node.lineno}: calls {function.id}()")
            if (
                isinstance(function, ast.Attribute)
                and isinstance(function.value, ast.Name)
                and (function.value.id, function.attr) in UNSAFE_ATTRIBUTES
            ):
                call = f"{function.value.id}.{function.attr}"
                found.append(f"{path.name}:{node.lineno}: calls {call}()")
    return found


def test_no_data_path_can_execute_code() -> None:
    """No pickle, eval, unsafe YAML or entity-expanding XML parsers anywhere in claimkit."""
    files = _python_files()
    assert len(files) > 10
    problems = [problem for path in files for problem in _unsafe_uses(path)]
    assert problems == []


def test_the_scan_finds_unsafe_code(tmp_path: Path) -> None:
    sample = tmp_path / "unsafe.py"
    sample.write_text(
        "import pickle\nimport yaml\nfrom xml.dom import minidom\n"
        "eval('1')\nyaml.load(data)\n",
        encoding="utf-8",
    )
    assert [problem.split(": ", 1)[1] for problem in _unsafe_uses(sample)] == [
        "imports pickle",
        "imports xml.dom",
        "calls eval()",
        "calls yaml.load()",
    ]


def test_json_cannot_name_classes() -> None:
    data = json.loads(SAMPLES["json"])
    data["claims"][0]["__class__"] = "os.system"
    error = _expect_load_error(json.dumps(data).encode(), "json", "class.json")
    assert "__class__" in error.reason


def test_enormous_csv_header_gives_a_short_error() -> None:
    error = _expect_load_error(b"," * 2_000_000 + b"\r\n", "csv", "commas.csv")
    assert len(str(error)) < 1000
    error = _expect_load_error(
        ",".join(f"col{i}" for i in range(100_000)).encode(), "csv", "wide.csv"
    )
    assert "more" in error.reason
    assert len(str(error)) < 1000


@pytest.mark.parametrize("format", ["json", "text"])
def test_oversized_files_are_refused_before_reading(
    format: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracemalloc

    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1 << 20)
    path = tmp_path / f"huge{EXTENSIONS[format]}"
    with path.open("wb") as stream:
        stream.truncate(64 << 20)  # sparse: 64 MiB of NULs without writing them
    tracemalloc.start()
    try:
        with pytest.raises(LimitExceededError, match="MAX_FILE_BYTES") as info:
            claimkit.load(path, extract=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert info.value.source == str(path)
    assert peak < 1 << 20


@pytest.mark.parametrize("format", sorted(EXTENSIONS))
@given(text=st.text(st.characters(blacklist_categories=()), max_size=200))
def test_any_python_string_via_loads(format: str, text: str) -> None:
    """``loads`` takes str too; lone surrogates and all, only LoadError comes out."""
    try:
        claimkit.loads(text, format, extract=False, source="string")
    except LoadError as error:
        assert error.source == "string"


def test_lone_surrogates_in_strings_name_the_line() -> None:
    error = _expect_load_error_str('{"schema_version": 1,\n"x": "\ud800"}', "json")
    assert error.line == 2


def _expect_load_error_str(text: str, format: str) -> LoadError:
    with pytest.raises(LoadError) as info:
        claimkit.loads(text, format, extract=False, source="string")
    return info.value
