"""Turn a `--benchmark-json` file into the table of docs/benchmarks.md.

uv run --group bench pytest benchmarks --benchmark-json=bench.json
uv run python benchmarks/report.py bench.json > docs/benchmarks-table.md
"""

from __future__ import annotations

import json
import sys


def _amount(value: float, unit: str) -> str:
    if unit.startswith("s"):
        for scale, name in ((1, "s"), (1e-3, "ms"), (1e-6, "µs"), (1e-9, "ns")):
            if value >= scale:
                return f"{value / scale:.3g} {name}{unit[1:]}"
        return f"{value / 1e-9:.3g} ns{unit[1:]}"
    if value < 100:  # a ratio
        return f"{value:.3g} {unit}"
    return f"{value:,.0f} {unit}"


def main(path: str) -> None:
    run = json.load(open(path, encoding="utf-8"))  # noqa: SIM115 -- a one-shot script
    print(f"Measured {run['datetime'][:16]} UTC, {run['machine_info']['cpu']['count']} cores,")
    print(f"Python {run['machine_info']['python_version']}, commit {run['commit_info']['id'][:7]}.")
    print()
    print("| figure | ours | baseline | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    for bench in run["benchmarks"]:
        info = bench["extra_info"]
        unit = info["unit"]
        print(
            f"| {bench['name']} | {_amount(info['ours'], unit)} | "
            f"{_amount(info['baseline'], unit)} | {info['ratio']:.3g}x | {info['target']} |"
        )


if __name__ == "__main__":
    main(sys.argv[1])
