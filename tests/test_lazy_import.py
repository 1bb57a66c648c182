"""Issue 12: `import claimkit` leaves the extractor unloaded; claimkit.extract is the function."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
import claimkit
assert "claimkit.extract" not in sys.modules, "import claimkit imported the extractor"
corpus = claimkit.extract("Tehran denied the charges, the ministry said.")
assert "claimkit.extract" in sys.modules
assert callable(claimkit.extract) and claimkit.extract.__module__ == "claimkit.api"
from claimkit.extract import link
import claimkit.extract.pipeline
assert callable(claimkit.extract)
print(len(corpus.claims))
"""


def test_the_extractor_loads_on_first_use() -> None:
    process = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False
    )
    assert process.returncode == 0, process.stderr
    assert int(process.stdout) >= 1
