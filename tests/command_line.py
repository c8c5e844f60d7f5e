"""The ``ballerina-data`` command line for the tests: its ``main`` run in this process as the
console script runs it (``run``), and the installed script itself (``run_script``), for what
only a process shows: its exit status and the bytes it writes."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

from ballerina_data._cli import main

SCRIPT = Path(sys.executable).parent / "ballerina-data"


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, encoding="utf-8", check=False
    )


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """What the script's ``main`` gives for ``args``, run here: a process each would cost
    most of the suite's time in interpreter start-ups."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            status = main(list(args))
        except SystemExit as exc:  # argparse's --help and usage errors
            status = exc.code if isinstance(exc.code, int) else 1
    return subprocess.CompletedProcess(
        [str(SCRIPT), *args], status, stdout.getvalue(), stderr.getvalue()
    )
