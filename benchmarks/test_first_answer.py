"""Start-up: importing the package, and the first answer, as whole processes."""

from __future__ import annotations

from typing import Any

from conftest import PYTHON, SCRIPT, processes

ANSWER = "import ballerina_data as b; b.films_titled('Ballerina')"


def _run(benchmark: Any, figure: Any, ours: list[str], baseline: list[str], target: str) -> None:
    times = benchmark.pedantic(lambda: processes(ours, baseline), rounds=1, iterations=1)
    figure(*times, unit="s", target=target)


def test_import_vs_cattrs(benchmark: Any, figure: Any) -> None:
    ours = [PYTHON, "-c", "import ballerina_data"]
    _run(benchmark, figure, ours, [PYTHON, "-c", "import cattrs.preconf.json"], "<= 1.15x")


def test_first_answer_vs_attrs(benchmark: Any, figure: Any) -> None:
    _run(benchmark, figure, [PYTHON, "-c", ANSWER], [PYTHON, "-c", "import attrs"], "<= 1.5x")


def test_cli_first_answer_vs_attrs(benchmark: Any, figure: Any) -> None:
    ours = [SCRIPT, "films", "Ballerina"]
    _run(benchmark, figure, ours, [PYTHON, "-c", "import attrs"], "<= 1.6x")


# What an optimization of the first answer saves, timed inside one process so that a busy
# machine slows both sides alike: the first answer (ours), then the first answer plus what
# the optimization avoids importing (the baseline).
_TIMED = """
import time
start = time.perf_counter()
import ballerina_data as b
b.films_titled("Ballerina")
answered = time.perf_counter()
{avoided}
print(answered - start, time.perf_counter() - start)
"""


def _in_process(avoided: str, runs: int = 21) -> tuple[float, float]:
    import statistics
    import subprocess

    code = _TIMED.format(avoided=avoided)
    times = [
        tuple(
            map(
                float,
                subprocess.run(
                    [PYTHON, "-c", code], check=True, capture_output=True, text=True
                ).stdout.split(),
            )
        )
        for _ in range(runs)
    ]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def test_lazy_result_modules(benchmark: Any, figure: Any) -> None:
    # The modules of the classes only some queries return (results, search, timeline,
    # verification, relations), imported by those queries rather than with the package.
    modules = ("_results", "_search", "_timeline", "_verify", "_relations")
    avoided = "".join(f"import ballerina_data.{module}\n" for module in modules)
    times = benchmark.pedantic(lambda: _in_process(avoided), rounds=1, iterations=1)
    figure(*times, unit="s (lazy vs eager)")


def test_hand_written_day_check_vs_calendar(benchmark: Any, figure: Any) -> None:
    # calendar.monthrange in place of the hand-written day count would import calendar (and
    # datetime and locale) with the first date built.
    times = benchmark.pedantic(lambda: _in_process("import calendar"), rounds=1, iterations=1)
    figure(*times, unit="s (hand-written vs calendar)")
