"""The benchmarks' synthetic catalogs stay valid as the records evolve."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


def test_generated_catalog_loads_both_ways_and_round_trips() -> None:
    # The generator's own check: JSON document, built records and to_json agree.
    subprocess.run(
        [sys.executable, str(BENCHMARKS / "generate.py"), "2000", "--check"],
        check=True,
        capture_output=True,
    )
