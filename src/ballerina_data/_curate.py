"""Curation helper: computes a claim's evidence offsets from its quote.

Usage::

    python -m ballerina_data._curate locate SOURCE_ID "exact quote" [--occurrence N]
    python -m ballerina_data._curate fill src/ballerina_data/data/claims/*.json

``fill`` completes every evidence that has only a ``quote`` (and optionally ``occurrence``),
checks every evidence that has offsets, and rewrites the file in the canonical layout. It
refuses a quote that is not in the source text and leaves the file untouched.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ._records import Evidence

__all__ = ["CONTEXT", "locate"]

#: Characters of prefix and suffix kept around each quote.
CONTEXT = 32


def locate(text: str, quote: str, occurrence: int = 1) -> Evidence:
    """Find the ``occurrence``-th (1-based) ``quote`` in ``text``.

    >>> locate("one two one", "one", occurrence=2)
    Evidence(quote='one', start=8, end=11, prefix='one two ', suffix='')

    Raises:
        ValueError: the quote does not occur that often in the text.
    """
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            msg = f"quote not in the source text (occurrence {occurrence}): {quote!r}"
            raise ValueError(msg)
    end = start + len(quote)
    return Evidence(
        quote=quote,
        start=start,
        end=end,
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def _fill_claim(claim: dict[str, Any], text: str) -> None:
    evidence = claim["evidence"]
    quote = evidence["quote"]
    if "start" in evidence:
        if text[evidence["start"] : evidence["end"]] != quote:
            msg = f"quote is not at {evidence['start']}..{evidence['end']}: {quote!r}"
            raise ValueError(msg)
        # Recount which occurrence sits at the recorded offset, so that the context is redone.
        occurrence = text.count(quote, 0, evidence["end"])
    else:
        occurrence = evidence.get("occurrence", 1)
    located = locate(text, quote, occurrence)
    claim["evidence"] = {
        "quote": located.quote,
        "start": located.start,
        "end": located.end,
        "prefix": located.prefix,
        "suffix": located.suffix,
    }


def _fill(path: Path) -> None:
    from ._convert import structure, unstructure
    from ._format import dump_records
    from ._format import shipped_text as source_text
    from ._records import Claim

    claims = json.loads(path.read_text(encoding="utf-8"))
    for claim in claims:
        try:
            _fill_claim(claim, source_text(claim["source"]))
        except ValueError as exc:
            sys.exit(f"{path}: {claim['id']}: {exc}")
    # A round trip through the records validates every claim and writes the canonical layout.
    records = sorted(structure(claims, tuple[Claim, ...], path=str(path)), key=lambda c: c.id)
    path.write_text(dump_records(unstructure(records)), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m ballerina_data._curate")
    commands = parser.add_subparsers(dest="command", required=True)
    find = commands.add_parser("locate", help="print the evidence of a quote as JSON")
    find.add_argument("source")
    find.add_argument("quote")
    find.add_argument("--occurrence", type=int, default=1)
    fill = commands.add_parser("fill", help="complete and check the evidence in claim files")
    fill.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.command == "locate":
        from ._api import to_json
        from ._format import shipped_text as source_text

        try:
            print(to_json(locate(source_text(args.source), args.quote, args.occurrence)))
        except ValueError as exc:
            sys.exit(str(exc))
    else:
        for path in args.paths:
            _fill(path)


if __name__ == "__main__":
    main()
