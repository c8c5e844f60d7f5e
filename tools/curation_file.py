"""Write the curation file of a shipped source: its claims with quotes only, no offsets.

    uv run python tools/curation_file.py 004_b4ce8e805ad99088 > docs/how-to/004-claims.json

The how-to "Add a source" rebuilds the source's claims from this file and its text, and a
test compares them with the shipped claims: the workflow must reproduce the data.
"""

from __future__ import annotations

import json
import sys

import ballerina_data as bd
from ballerina_data._convert import unstructure
from ballerina_data._records import _occurrences


def curation_file(source_id: str) -> dict[str, object]:
    catalog = bd.Catalog.default()
    text = catalog.text(source_id)
    source = unstructure(catalog.source(source_id))
    del source["sha256"]
    claims = []
    for claim in catalog.claims_from(source_id):
        item = unstructure(claim)
        evidence = item.pop("evidence")
        del item["source"]
        item["quote"] = evidence["quote"]
        starts = _occurrences(text, evidence["quote"])
        if len(starts) > 1:
            item["occurrence"] = starts.index(evidence["start"]) + 1
        claims.append(item)
    return {"source": source, "entities": _entities(catalog, source_id, text), "claims": claims}


def _entities(catalog: bd.Catalog, source_id: str, text: str) -> dict[str, list[object]]:
    """The entities the source's claims name, with the names this text writes."""
    wanted: set[str] = set()
    for claim in catalog.claims_from(source_id):
        wanted.add(claim.subject)
        if isinstance(claim.value, bd.EntityRef):
            wanted.add(claim.value.id)
        if claim.qualifiers.character:
            wanted.add(claim.qualifiers.character)
    sections: dict[str, list[object]] = {}
    for section in ("films", "people", "characters", "organizations"):
        for entity in getattr(catalog, section):
            if entity.id in wanted:
                item = unstructure(entity)
                aliases = item.get("aliases", [])
                item["aliases"] = [
                    a for a in aliases if (a["name"] if isinstance(a, dict) else a) in text
                ]
                sections.setdefault(section, []).append(item)
    return sections


if __name__ == "__main__":
    document = curation_file(sys.argv[1])
    lines = [json.dumps(claim, ensure_ascii=False) for claim in document["claims"]]  # type: ignore[attr-defined]
    head = json.dumps(document["source"], ensure_ascii=False)
    entities = json.dumps(document["entities"], ensure_ascii=False, indent=0)
    sys.stdout.write(
        '{\n"source": '
        + head
        + ',\n"entities": '
        + entities
        + ',\n"claims": [\n'
        + ",\n".join(lines)
        + "\n]\n}\n"
    )
