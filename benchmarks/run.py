"""Benchmarks of ballerina_data, each figure a ratio against a baseline measured in the same run.

Run ``uv run --group bench python benchmarks/run.py`` (about 5 minutes on 2 cores) or add
``--quick`` for a smoke run (under a minute, at most 10^5 claims, nothing written unless
``--output`` is given). The table goes to stdout and, with a description of the machine, to
``benchmarks/results.md``. Every heavy measurement runs in a fresh worker process (this
script run with ``--worker``), so that one figure's garbage does not weigh on the next.

Figures:

1. ``import ballerina_data`` vs ``import cattrs.preconf.json`` and ``import attrs``.
2. The first ``films_titled("Ballerina")`` in a fresh process, beyond its import.
3. Steady-state ``films_titled`` vs ``d.get(unicodedata.normalize("NFKD", s.casefold()))``.
4. JSON round trip of claims through the library's converter vs msgspec and pydantic.
5. ``Catalog(...)`` construction and ``Catalog.from_json`` per claim from 10^3 to 10^6
   claims vs a dict-of-tuples index; lookups at the largest size vs a raw dict hit.
6. Memory per claim of the records vs msgspec Structs, and of a decoded catalog.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import gc
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import timeit
import tracemalloc
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generate import Records

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.md"
FIGURES = ("import", "first-query", "steady", "serialize", "scale", "memory")

Measurements = dict[str, Any]

# Units of the table
US = "µs/claim"
NS = "ns/call"
BYTES = "B/claim"


# Targets and rows


@dataclass(frozen=True)
class Target:
    """A limit on the ratio or on our absolute figure; ``strict`` makes it ``<``."""

    on: str  # "ratio" or "ours"
    limit: float
    text: str
    strict: bool = False

    def met(self, ours: float, ratio: float | None) -> bool:
        value = ours if self.on == "ours" else ratio
        if value is None:
            return False
        return value < self.limit if self.strict else value <= self.limit


def ratio_at_most(limit: float) -> Target:
    return Target("ratio", limit, f"ratio <= {limit:g}")


def ratio_below(limit: float) -> Target:
    return Target("ratio", limit, f"ratio < {limit:g}", strict=True)


def ours_at_most(limit: float, unit: str) -> Target:
    return Target("ours", limit, f"ours <= {_quantity(limit, unit)}")


def ours_below(limit: float, unit: str) -> Target:
    return Target("ours", limit, f"ours < {_quantity(limit, unit)}", strict=True)


@dataclass(frozen=True)
class Row:
    """One line of the table: our figure, the baseline's, and the target if there is one."""

    figure: str
    ours: float
    baseline: float | None
    unit: str
    target: Target | None = None

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.ours / self.baseline

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "(info)"
        return "met" if self.target.met(self.ours, self.ratio) else "MISSED"

    def cells(self) -> tuple[str, str, str, str, str, str]:
        ratio = self.ratio
        return (
            self.figure,
            _quantity(self.ours, self.unit),
            "-" if self.baseline is None else _quantity(self.baseline, self.unit),
            "-" if ratio is None else f"{ratio:.3g}x",
            "-" if self.target is None else self.target.text,
            self.verdict,
        )


def _quantity(value: float, unit: str) -> str:
    if value == int(value):  # a limit
        number = f"{value:,.0f}"
    else:
        digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
        number = f"{value:,.{digits}f}"
    return number + unit if unit == "x" else f"{number} {unit}"


HEADERS = ("figure", "ours", "baseline", "ratio", "target", "met/missed")


def text_table(rows: Sequence[Row]) -> str:
    cells = [HEADERS, *(row.cells() for row in rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(HEADERS))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        for line in cells
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def markdown_table(rows: Sequence[Row]) -> str:
    def line(cells: Iterable[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    return "\n".join(
        [line(HEADERS), line("---" for _ in HEADERS), *(line(row.cells()) for row in rows)]
    )


# Timing helpers (used in the workers)


def best_time(function: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``repeat`` calls, in seconds, with the garbage collector on.

    Before each call the heap is collected and frozen (``gc.freeze``), so the collector
    traverses only what the call itself allocates, not the benchmark's own data; the
    result is dropped outside the timed region.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.freeze()
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
        del result
        gc.unfreeze()
    return min(times)


def ns_per_call(statement: str, namespace: dict[str, Any], repeat: int) -> float:
    """The best of ``repeat`` timeit runs of ``statement``, in nanoseconds per execution."""
    timer = timeit.Timer(statement, globals=namespace)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=repeat, number=number)) / number * 1e9


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# Child processes


@functools.cache
def child_env() -> dict[str, str]:
    """The environment of every child process: with a bytecode cache of its own.

    Installed packages import from compiled bytecode; a source tree being edited, or an
    environment with PYTHONDONTWRITEBYTECODE set, would make every child compile our
    modules from source (and not the baselines'). So children write and read bytecode in a
    private directory (PYTHONPYCACHEPREFIX), warmed by each figure's first, uncounted run.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="ballerina-bench-pycache-")
    return env


def remove_child_cache() -> None:
    if child_env.cache_info().currsize:
        shutil.rmtree(child_env()["PYTHONPYCACHEPREFIX"], ignore_errors=True)


# Figure 1: import time, in fresh processes (run from the main process)


def figure_import(rounds: int) -> list[Row]:
    programs = {
        "startup": "pass",
        "ours": "import ballerina_data",
        "cattrs": "import cattrs.preconf.json",
        "attrs": "import attrs",
    }
    best = dict.fromkeys(programs, float("inf"))
    for round_ in range(rounds + 1):  # round 0 warms the file cache and writes .pyc files
        for name, program in programs.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", program], check=True, env=child_env())
            elapsed = time.perf_counter() - start
            if round_:
                best[name] = min(best[name], elapsed)
    net = {name: (best[name] - best["startup"]) * 1e3 for name in programs}
    progress(f"interpreter start-up: {best['startup'] * 1e3:.1f} ms (subtracted)")
    return [
        Row(
            "1. import ballerina_data vs cattrs.preconf.json",
            net["ours"],
            net["cattrs"],
            "ms",
            ratio_at_most(1.15),
        ),
        Row(
            "1. import ballerina_data vs attrs (stretch)",
            net["ours"],
            net["attrs"],
            "ms",
            ratio_at_most(1.15),
        ),
    ]


# Figure 2: the first query in a fresh process (run from the main process)

_FIRST_QUERY = """\
import time
start = time.perf_counter()
import ballerina_data
imported = time.perf_counter()
found = ballerina_data.films_titled("Ballerina")
done = time.perf_counter()
assert found, found
print(imported - start, done - imported)
"""


def figure_first_query(runs: int) -> list[Row]:
    results = []
    for _ in range(runs + 1):  # the first run warms the file cache
        output = subprocess.run(
            [sys.executable, "-c", _FIRST_QUERY],
            check=True,
            capture_output=True,
            text=True,
            env=child_env(),
        ).stdout
        import_s, query_s = map(float, output.split())
        results.append((query_s * 1e3, import_s * 1e3))
    query_ms, import_ms = min(results[1:])
    return [
        Row(
            "2. first films_titled('Ballerina') (baseline: its import)",
            query_ms,
            import_ms,
            "ms",
            ours_at_most(20, "ms"),
        )
    ]


# Figure 3: steady-state films_titled (worker)

STEADY_CASES = {
    "Ballerina": "Ballerina",
    "BALLERÍNA": "BALLERÍNA",
    "john wick chapter 3 parabellum": "john wick chapter 3 parabellum",
}
FLOOR = 'd.get(unicodedata.normalize("NFKD", s.casefold()))'


def worker_steady(n: int, quick: bool) -> Measurements:
    import ballerina_data as bd

    repeat = 3 if quick else 7
    catalog = bd.Catalog.default()
    floor_index = {
        unicodedata.normalize("NFKD", name.casefold()): film
        for film in catalog.films
        for name in film.names
    }
    assert bd.films_titled("john wick chapter 3 parabellum"), "the odd spelling must match"
    measured: Measurements = {}
    for label, title in STEADY_CASES.items():
        ours = ns_per_call("films_titled(s)", {"films_titled": bd.films_titled, "s": title}, repeat)
        floor = ns_per_call(
            FLOOR, {"d": floor_index, "unicodedata": unicodedata, "s": title}, repeat
        )
        measured[label] = (ours, floor)
    # Spellings that are all different defeat normalize's cache (4096 entries).
    spellings = [_odd_case("John Wick: Chapter 3 \u2013 Parabellum", k) for k in range(8192)]
    loop = "for s in spellings: {}"
    ours = ns_per_call(
        loop.format("films_titled(s)"),
        {"films_titled": bd.films_titled, "spellings": spellings},
        max(2, repeat // 2),
    )
    floor = ns_per_call(
        loop.format(FLOOR),
        {"d": floor_index, "unicodedata": unicodedata, "spellings": spellings},
        max(2, repeat // 2),
    )
    measured["uncached"] = (ours / len(spellings), floor / len(spellings))
    return measured


def _odd_case(text: str, pattern: int) -> str:
    """``text`` with the case of its first letters flipped after the bits of ``pattern``."""
    letters = list(text)
    positions = [i for i, c in enumerate(letters) if c.isalpha()]
    for bit, position in enumerate(positions[:16]):
        if pattern >> bit & 1:
            letters[position] = letters[position].swapcase()
    return "".join(letters)


def rows_steady(measured: Measurements) -> list[Row]:
    rows = [
        Row(
            f"3. films_titled({label!r}) vs floor",
            ours,
            floor,
            NS,
            ratio_at_most(3),
        )
        for label, (ours, floor) in measured.items()
        if label != "uncached"
    ]
    ours, floor = measured["uncached"]
    rows.append(Row("3. films_titled, 8192 spellings (cache misses) vs floor", ours, floor, NS))
    return rows


# Figure 4: JSON round trip (worker)


def worker_serialize(n: int, quick: bool) -> Measurements:
    from generate import build_claim, generate_data
    from models import msgspec_decoder, msgspec_encoder, pydantic_adapter

    from ballerina_data import Claim
    from ballerina_data._convert import structure, unstructure

    repeat = 3
    records = tuple(build_claim(claim) for claim in generate_data(n)["claims"])

    def ours_dump() -> str:
        return json.dumps(unstructure(records), ensure_ascii=False)

    text = ours_dump()
    expected = json.loads(text)

    def ours_load() -> tuple[Claim, ...]:
        return structure(json.loads(text), tuple[Claim, ...])

    assert ours_load() == records, "the library's round trip changed the claims"
    encoder, decoder = msgspec_encoder(), msgspec_decoder()
    structs = decoder.decode(text.encode())
    msgspec_text = encoder.encode(structs)
    assert json.loads(msgspec_text) == expected, "msgspec writes other JSON"
    adapter = pydantic_adapter()
    models = adapter.validate_json(text)
    pydantic_text = adapter.dump_json(models, exclude_defaults=True)
    assert json.loads(pydantic_text) == expected, "pydantic writes other JSON"

    timings = {
        "ours_dump": ours_dump,
        "ours_load": ours_load,
        "msgspec_dump": lambda: encoder.encode(structs),
        "msgspec_load": lambda: decoder.decode(msgspec_text),
        "pydantic_dump": lambda: adapter.dump_json(models, exclude_defaults=True),
        "pydantic_load": lambda: adapter.validate_json(pydantic_text),
    }
    measured: Measurements = {"n": n}
    for name, function in timings.items():
        progress(f"  serialize {name}")
        measured[name] = best_time(function, repeat) / n * 1e6
    return measured


def rows_serialize(m: Measurements) -> list[Row]:
    n = _power(m["n"])
    ours_trip = m["ours_dump"] + m["ours_load"]
    rows = []
    for other, target in (("msgspec", ratio_at_most(8)), ("pydantic", ratio_below(1))):
        rows += [
            Row(f"4. to JSON ({n} claims) vs {other}", m["ours_dump"], m[f"{other}_dump"], US),
            Row(f"4. from JSON ({n} claims) vs {other}", m["ours_load"], m[f"{other}_load"], US),
            Row(
                f"4. round trip ({n} claims) vs {other}",
                ours_trip,
                m[f"{other}_dump"] + m[f"{other}_load"],
                US,
                target,
            ),
        ]
    return rows


# Figure 5: construction, loading and lookups at growing sizes (worker per size)


def group_by_subject(claims: Iterable[Any]) -> dict[str, tuple[Any, ...]]:
    """The baseline index: claims grouped by subject into a dict of tuples."""
    groups: defaultdict[str, list[Any]] = defaultdict(list)
    for claim in claims:
        groups[claim.subject].append(claim)
    return {subject: tuple(found) for subject, found in groups.items()}


def _repeats(n: int, quick: bool) -> tuple[int, int]:
    """How often to build and to load a catalog of ``n`` claims."""
    if quick:
        return (5, 2) if n <= 10**4 else (2, 1)
    return {10**3: (30, 10), 10**4: (10, 5), 10**5: (5, 3)}.get(n, (3, 1))


def worker_scale(n: int, quick: bool) -> Measurements:
    from generate import build_records, generate_data

    from ballerina_data import Catalog

    build_repeat, load_repeat = _repeats(n, quick)
    data = generate_data(n)
    text = json.dumps(data, ensure_ascii=False)
    records = build_records(data)
    del data
    fields = records._asdict()
    progress(f"  scale {n}: build")
    measured: Measurements = {
        "n": n,
        "build": best_time(lambda: Catalog(**fields), build_repeat) / n * 1e6,
        "group": best_time(lambda: group_by_subject(records.claims), build_repeat) / n * 1e6,
    }
    progress(f"  scale {n}: load")
    measured["load"] = best_time(lambda: Catalog.from_json(text), load_repeat) / n * 1e6
    measured["parse"] = best_time(lambda: json.loads(text), load_repeat) / n * 1e6
    progress(f"  scale {n}: lookups")
    measured.update(lookups(records, repeat=3 if quick else 7))
    return measured


def lookups(records: Records, repeat: int) -> Measurements:
    """ns per ``claims_about`` and ``films_titled`` call, and per hit in plain dicts."""
    catalog = records.catalog()
    by_subject = group_by_subject(records.claims)
    by_title: defaultdict[str, list[Any]] = defaultdict(list)
    for film in records.films:
        for name in film.names:
            by_title[name].append(film)
    titles = {name: tuple(films) for name, films in by_title.items()}
    # What any method costs: one that does nothing but a dict.get.
    minimal = _Minimal(by_subject)
    subject = records.claims[len(records.claims) // 2].subject
    assert catalog.claims_about(subject), subject
    assert catalog.films_titled("Ballerina")
    return {
        "claims_about": ns_per_call(
            "catalog.claims_about(i)", {"catalog": catalog, "i": subject}, repeat
        ),
        "claims_dict": ns_per_call("index.get(i)", {"index": by_subject, "i": subject}, repeat),
        "films_titled": ns_per_call(
            "catalog.films_titled(s)", {"catalog": catalog, "s": "Ballerina"}, repeat
        ),
        "titles_dict": ns_per_call("index.get(s)", {"index": titles, "s": "Ballerina"}, repeat),
        "minimal_method": ns_per_call("minimal.get(i)", {"minimal": minimal, "i": subject}, repeat),
    }


class _Minimal:
    """The least a lookup method can do: one dict.get on an attribute."""

    __slots__ = ("_index",)

    def __init__(self, index: dict[str, Any]) -> None:
        self._index = index

    def get(self, key: str) -> Any:
        return self._index.get(key)


def rows_scale(sizes: Sequence[Measurements]) -> list[Row]:
    rows = [
        Row(
            f"5. Catalog(...), {_power(m['n'])} claims, vs dict-of-tuples",
            m["build"],
            m["group"],
            US,
            ours_at_most(3, US),
        )
        for m in sizes
    ]
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        rows.append(
            Row(
                f"5. Catalog(...) per-claim growth {_power(first['n'])} -> {_power(last['n'])}",
                last["build"] / first["build"],
                last["group"] / first["group"],
                "x",
                ours_below(2, "x"),
            )
        )
    rows += [
        Row(
            f"5. Catalog.from_json, {_power(m['n'])} claims, vs json.loads",
            m["load"],
            m["parse"],
            US,
        )
        for m in sizes
    ]
    lookup = sizes[-1]
    n = _power(lookup["n"])
    rows += [
        Row(
            f"5. claims_about(id) at {n} vs dict hit",
            lookup["claims_about"],
            lookup["claims_dict"],
            NS,
            ratio_at_most(2),
        ),
        Row(
            f"5. films_titled('Ballerina') at {n} vs dict hit",
            lookup["films_titled"],
            lookup["titles_dict"],
            NS,
            ratio_at_most(2),
        ),
        Row(
            f"5. a method doing only dict.get, at {n}, vs dict hit",
            lookup["minimal_method"],
            lookup["claims_dict"],
            NS,
        ),
    ]
    return rows


# Figure 6: memory (worker)


def retained_bytes(function: Callable[[], object]) -> int:
    """What ``function``'s result keeps allocated, in bytes, measured with tracemalloc."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = function()
        gc.collect()  # temporaries in reference cycles
        size = tracemalloc.get_traced_memory()[0] - before
        del result
        return size
    finally:
        tracemalloc.stop()


def worker_memory(n: int, quick: bool) -> Measurements:
    from generate import build_claim, generate_data
    from models import msgspec_convert, msgspec_decoder

    from ballerina_data import Catalog, Claim
    from ballerina_data._convert import structure

    data = generate_data(n)
    claims = data["claims"]
    claims_text = json.dumps(claims, ensure_ascii=False)
    catalog_text = json.dumps(data, ensure_ascii=False)
    decoder = msgspec_decoder()
    # Warm up: cattrs generates its functions on first use; they are not per-claim memory.
    structure(claims[:10], tuple[Claim, ...])
    msgspec_convert(claims[:10])
    decoder.decode(json.dumps(claims[:10]).encode())
    Catalog.from_json(json.dumps({**data, "claims": []}))

    encoded = claims_text.encode()
    functions: dict[str, Callable[[], object]] = {
        # Built from JSON-ready data: the strings belong to the input and are not counted.
        "ours_shared": lambda: tuple(build_claim(claim) for claim in claims),
        "msgspec_shared": lambda: msgspec_convert(claims),
        # Decoded from the same text: the strings are counted.
        "ours_decoded": lambda: structure(json.loads(claims_text), tuple[Claim, ...]),
        "msgspec_decoded": lambda: decoder.decode(encoded),
        "catalog": lambda: Catalog.from_json(catalog_text),
    }
    measured: Measurements = {"n": n}
    for name, function in functions.items():
        progress(f"  memory: {name}")
        measured[name] = retained_bytes(function) / n
    return measured


def rows_memory(m: Measurements) -> list[Row]:
    n = _power(m["n"])
    return [
        Row(
            f"6. claim records ({n}), strings shared with input, vs msgspec",
            m["ours_shared"],
            m["msgspec_shared"],
            BYTES,
            ratio_at_most(1.15),
        ),
        Row(
            f"6. claim records ({n}) decoded from JSON vs msgspec",
            m["ours_decoded"],
            m["msgspec_decoded"],
            BYTES,
            ratio_at_most(1.15),
        ),
        Row(
            f"6. Catalog.from_json ({n}), all of it (baseline: msgspec claims)",
            m["catalog"],
            m["msgspec_decoded"],
            BYTES,
            ours_below(1024, BYTES),
        ),
    ]


# Workers and the main process

WORKERS: dict[str, Callable[[int, bool], Measurements]] = {
    "steady": worker_steady,
    "serialize": worker_serialize,
    "scale": worker_scale,
    "memory": worker_memory,
}


def in_worker(name: str, n: int, quick: bool) -> Measurements:
    """Run ``WORKERS[name]`` in a fresh process and return what it measured."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--n", str(n)]
    if quick:
        command.append("--quick")
    # The worker's progress goes to our stderr; its last line of output is the measurements.
    output = subprocess.run(
        command, check=True, stdout=subprocess.PIPE, text=True, env=child_env()
    ).stdout
    measured: Measurements = json.loads(output.splitlines()[-1])
    return measured


def _power(n: int) -> str:
    exponent = len(str(n)) - 1
    return f"10^{exponent}" if n == 10**exponent else f"{n:,}"


def run_figures(figures: Sequence[str], quick: bool) -> list[Row]:
    rows: list[Row] = []
    if "import" in figures:
        progress("figure 1: import time")
        rows += figure_import(rounds=10)
    if "first-query" in figures:
        progress("figure 2: first query")
        rows += figure_first_query(runs=5 if quick else 10)
    if "steady" in figures:
        progress("figure 3: steady-state films_titled")
        rows += rows_steady(in_worker("steady", 0, quick))
    if "serialize" in figures:
        n = 10**4 if quick else 10**5
        progress(f"figure 4: JSON round trip of {n:,} claims")
        rows += rows_serialize(in_worker("serialize", n, quick))
    if "scale" in figures:
        sizes = [10**3, 10**4, 10**5] if quick else [10**3, 10**4, 10**5, 10**6]
        measured = []
        for n in sizes:
            progress(f"figure 5: catalog of {n:,} claims")
            measured.append(in_worker("scale", n, quick))
        rows += rows_scale(measured)
    if "memory" in figures:
        n = 10**4 if quick else 10**5
        progress(f"figure 6: memory of {n:,} claims")
        rows += rows_memory(in_worker("memory", n, quick))
    return rows


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as info:
        for line in info:
            if line.startswith("model name"):
                cpu = line.partition(":")[2].strip()
                break
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        usable = os.cpu_count() or 0
    versions = ", ".join(
        f"{name} {importlib.metadata.version(name)}"
        for name in ("ballerina-data", "attrs", "cattrs", "msgspec", "pydantic")
    )
    return {
        "CPU": cpu,
        "cores": f"{os.cpu_count()} ({usable} usable by this process)",
        "memory": _memory_total(),
        "Python": f"{platform.python_implementation()} {sys.version.split()[0]} ({sys.version})",
        "platform": platform.platform(),
        "packages": versions,
        "code": f"git {_git_describe()} (at the start of the run)",
    }


def _memory_total() -> str:
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            kilobytes = int(info.readline().split()[1])
    except (OSError, ValueError, IndexError):
        return "unknown"
    return f"{kilobytes / 2**20:.1f} GiB"


def _git_describe() -> str:
    try:
        return subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=HERE,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


METHOD = """\
- Ratios are ours / baseline; both are measured in the same run on the same machine.
  Between runs on this 2-core VM, most rows move by up to about 5%, the 10^6 rows and
  `json.dumps` by up to about 10%: a ratio that close to its target is a tie, not a verdict.
- Claims are synthetic (`benchmarks/generate.py`, seed 0): about 450 bytes of JSON each,
  with the shipped data's mix of values, qualifiers, notes and quote/prefix/suffix lengths,
  and about 10 claims per film, 13 per person, 30 per character and 75 per source.
- Every child process reads and writes bytecode in a private cache (`PYTHONPYCACHEPREFIX`),
  warmed by an uncounted first run, so that no module is compiled from source while timed.
- 1: wall time of `python -c "import X"` in a fresh process minus that of `python -c pass`,
  best of 10 interleaved rounds (after one warm-up round).
- 2: `time.perf_counter()` inside a fresh process around the first
  `films_titled("Ballerina")` (which loads the shipped data); the baseline column is that
  process's `import ballerina_data`. Best of 10 processes.
- 3: `timeit`, best of 7 repeats, ns per call of the module-level `films_titled(s)` on the
  shipped catalog vs `d.get(unicodedata.normalize("NFKD", s.casefold()))` with `d` keyed by
  the shipped titles. The cache-miss row cycles through 8192 distinct spellings, more than
  `normalize`'s cache holds (info only).
- 4: µs per claim for synthetic claims (`benchmarks/generate.py`): ours is
  `json.dumps(_convert.unstructure(claims), ensure_ascii=False)` and
  `_convert.structure(json.loads(text), tuple[Claim, ...])`; msgspec uses frozen Structs
  with a tagged value union and `msgspec.json.Encoder`/`Decoder`; pydantic uses frozen
  strict models and `TypeAdapter(list[PClaim]).dump_json(exclude_defaults=True)` /
  `validate_json` (`benchmarks/models.py`). All three write the same JSON (checked). Best of
  3, garbage collector on, the benchmark's own data frozen out of it (`gc.freeze`).
- 5: `Catalog(**records)` from records already built (integrity checks and every index) vs
  one dict of tuples of the claims grouped by subject; `Catalog.from_json(text)` vs
  `json.loads(text)` of the same text; each size in a fresh process, best of 3-30
  (1 for loading 10^6), collector as in 4. Lookups: `timeit`, best of 7, vs `dict.get` on
  a dict of tuples keyed by subject id or by title.
- 6: bytes still allocated (tracemalloc) after building the claims, divided by the number
  of claims. "Strings shared": records built from JSON-ready data (ours with the record
  constructors, msgspec with `msgspec.convert`), so the strings belong to the input and
  are not counted. "Decoded from JSON": each library decodes the same text, strings
  included. The catalog row counts all records, entities, sources and indexes.
"""


def write_markdown(
    path: Path, rows: Sequence[Row], described_machine: dict[str, str], quick: bool, seconds: float
) -> None:
    described = "\n".join(f"- {key}: {value}" for key, value in described_machine.items())
    missed = [row.figure for row in rows if row.verdict == "MISSED"]
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = "uv run --group bench python benchmarks/run.py" + (" --quick" if quick else "")
    path.write_text(
        f"# ballerina_data benchmarks\n\n"
        f"{'Quick smoke run (smaller sizes, fewer repeats). ' if quick else ''}"
        f"Measured {when} with `{command}` in {seconds:.0f} s.\n\n"
        f"## Machine\n\n{described}\n\n"
        f"## Results\n\n{markdown_table(rows)}\n\n"
        f"{len(rows) - sum(row.target is None for row in rows)} targets, "
        f"{len(missed)} missed.\n\n"
        f"## Method\n\n{METHOD}",
        encoding="utf-8",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: smaller sizes, fewer repeats"
    )
    parser.add_argument(
        "--only", nargs="+", choices=FIGURES, default=FIGURES, help="run only these figures"
    )
    parser.add_argument(
        "--output",
        type=Path,
        help="write the Markdown here (default: benchmarks/results.md; none with --quick)",
    )
    parser.add_argument("--worker", choices=WORKERS, help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(WORKERS[args.worker](args.n, args.quick)))
        return 0
    described_machine = machine()  # before the run: the code may change while it runs
    started = time.perf_counter()
    try:
        rows = run_figures(args.only, args.quick)
    finally:
        remove_child_cache()
    seconds = time.perf_counter() - started
    print(text_table(rows))
    print(f"\n{len(rows)} rows in {seconds:.0f} s")
    output = args.output if args.output or args.quick else RESULTS
    if output is not None:
        write_markdown(output, rows, described_machine, args.quick, seconds)
        print(f"written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
