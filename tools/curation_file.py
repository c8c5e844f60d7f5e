"""Write the curation file of a shipped source: its claims with quotes only, no offsets.

    uv run python tools/curation_file.py 004_b4ce8e805ad99088 > docs/how-to/004-claims.json

The how-to "Add a source" rebuilds the source's claims from this file and the source's
text, starting from an empty catalog, and compares them with the shipped claims: after a
change to the shipped claims of 004, run the command above again. The curation file holds
the entities the claims name, each with the aliases this text writes; ``--no-entities``
leaves them out, for a rebuild against a catalog that has them.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import ballerina_data as bd
from ballerina_data._convert import unstructure
from ballerina_data._format import dump_records
from ballerina_data._kinds import SECTIONS
from ballerina_data._quotes import occurrences
from ballerina_data._records import entity_ids

__all__ = ["curation_file", "dumps"]


def curation_file(source_id: str, *, entities: bool = True) -> dict[str, Any]:
    """The curation document of a shipped source, as ``ballerina_data.curate`` reads it."""
    catalog = bd.Catalog.default()
    text = catalog.text(source_id)
    source = unstructure(catalog.source(source_id))
    del source["sha256"]  # the workflow computes it from the text
    claims = []
    for claim in catalog.claims_from(source_id):
        item = unstructure(claim)
        evidence = item.pop("evidence")
        del item["source"]
        item["quote"] = evidence["quote"]
        starts = occurrences(text, evidence["quote"])
        if len(starts) > 1:
            item["occurrence"] = starts.index(evidence["start"]) + 1
        claims.append(item)
    document: dict[str, Any] = {"source": source}
    if entities:
        document["entities"] = _entities(catalog, source_id, text)
    document["claims"] = claims
    return document


def _entities(catalog: bd.Catalog, source_id: str, text: str) -> dict[str, list[Any]]:
    """The entities the source's claims name, with the aliases this text writes: a new
    entity's names must each occur in its source."""
    wanted = {ref for claim in catalog.claims_from(source_id) for ref in entity_ids(claim)}
    sections: dict[str, list[Any]] = {}
    for section in SECTIONS:
        for entity in getattr(catalog, section):
            if entity.id in wanted:
                item = unstructure(entity)
                item["aliases"] = [
                    alias
                    for alias in item.get("aliases", [])
                    if (alias["name"] if isinstance(alias, dict) else alias) in text
                ]
                sections.setdefault(section, []).append(item)
    return sections


def dumps(document: dict[str, Any]) -> str:
    """The document as JSON with one record a line, as the shipped data files are."""

    def records(items: list[Any]) -> str:
        return dump_records(items).rstrip("\n")

    parts = [f'"source": {json.dumps(document["source"], ensure_ascii=False)}']
    if "entities" in document:
        inner = ",\n".join(
            f'"{section}": {records(items)}' for section, items in document["entities"].items()
        )
        parts.append(f'"entities": {{\n{inner}\n}}')
    parts.append(f'"claims": {records(document["claims"])}')
    return "{\n" + ",\n".join(parts) + "\n}\n"


if __name__ == "__main__":
    arguments = sys.argv[1:]
    with_entities = "--no-entities" not in arguments
    (source_id,) = [argument for argument in arguments if argument != "--no-entities"]
    sys.stdout.write(dumps(curation_file(source_id, entities=with_entities)))
