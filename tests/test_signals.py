"""A command ended by SIGTERM or SIGHUP mid-export leaves no ``.part`` file and keeps the
previous output: real processes, real signals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# the real command line with one more exporter, which writes part of its output, says so on
# stdout and then waits: the signal is sure to arrive in the middle of the export
_SLOW_EXPORT = """
import sys, time
import claimkit
from claimkit import Exporter, cli
from claimkit.testing import plugin_registered

class Slow:
    def dump(self, records, stream):
        for record in records:
            stream.write(type(record).__name__.encode() + b"\\n")
        stream.flush()
        print("writing", flush=True)
        time.sleep(120)

    @claimkit.hookimpl
    def register_exporters(self, register):
        register(Exporter(name="slow", dump=self.dump, extensions=(".slow",)))

with plugin_registered(Slow()):
    cli.main(sys.argv[1:], prog_name="claimkit")
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
@pytest.mark.parametrize("command", ["convert", "extract"])
@pytest.mark.parametrize("previous", [False, True])
def test_a_terminated_export_leaves_no_part_file(
    tmp_path: Path, signum: signal.Signals, command: str, previous: bool
) -> None:
    output = tmp_path / "claims.slow"
    if previous:
        output.write_bytes(b"what the user had\n")
    source = SEEDS / ("gold.json" if command == "convert" else "000_6bcb59690b46f811.txt")
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_EXPORT, command, str(source), "-o", str(output)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "NO_COLOR": "1"},
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == "writing\n"
        parts = [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
        assert len(parts) == 1  # the export is under way
        process.send_signal(signum)
        _out, err = process.communicate(timeout=60)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 128 + signum
    assert err.splitlines() == [f"claimkit: error: terminated by {signum.name}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == (["claims.slow"] if previous else [])
    if previous:
        assert output.read_bytes() == b"what the user had\n"
