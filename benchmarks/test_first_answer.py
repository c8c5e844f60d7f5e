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
