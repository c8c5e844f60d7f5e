"""Adding a source: quotes located, names resolved, every claim checked, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import ballerina_data as bd
from ballerina_data import Catalog, Evidence, curate
from ballerina_data._cli import main

ROOT = Path(__file__).parent.parent
TEXT = "Ana de Armas stars in Ballerina. “Ballerina” opens on June 6, 2025. Ballerina!"


def _document(**claim: Any) -> dict[str, Any]:
    return {
        "source": {"id": "my-notes", "published": "2025-06-01"},
        "claims": [
            {
                "id": "my-001",
                "subject": "film/ballerina-2024",
                "predicate": "cast_member",
                "value": {"type": "entity", "id": "Ana De Armas"},
                "quote": "Ana de Armas stars in Ballerina",
                **claim,
            }
        ],
    }


def test_offsets_prefix_and_suffix_are_computed() -> None:
    (claim,) = curate.build(TEXT, _document()).claims
    assert (
        Evidence(
            quote="Ana de Armas stars in Ballerina", start=0, end=31, prefix="", suffix=TEXT[31:63]
        )
        == claim.evidence
    )


def test_a_name_resolves_to_its_entity() -> None:
    (claim,) = curate.build(TEXT, _document()).claims
    assert bd.EntityRef(id="person/ana-de-armas") == claim.value


def test_overlapping_occurrences_are_counted() -> None:
    # The old helper rewrote "aa" at 1..3 of "aaa" to 0..2.
    evidence = Evidence.locate("aaa", "aa", occurrence=2)
    assert (1, 3) == (evidence.start, evidence.end)


class TestOneLineErrors:
    def _error(self, tmp_path: Path, capsys: pytest.CaptureFixture[str], **claim: Any) -> str:
        (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
        path = tmp_path / "claims.json"
        path.write_text(json.dumps(_document(**claim), indent=1), encoding="utf-8")
        lines = path.read_text(encoding="utf-8").splitlines()
        line = next(n for n, text in enumerate(lines, 1) if '"my-001"' in text)
        status = main(["curate", str(tmp_path / "text.txt"), str(path)])
        err = capsys.readouterr().err
        assert (1, 1) == (status, err.count("\n")), err
        assert err.startswith(f"ballerina-data: error: {path}:{line}: claim my-001: ")
        return err

    def test_a_quote_not_in_the_text(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        err = self._error(tmp_path, capsys, quote='"Ballerina" opens')
        assert "quote not in the text" in err
        assert "the text has '“Ballerina” opens' (mind its quotes" in err

    def test_an_ambiguous_quote(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        err = self._error(tmp_path, capsys, quote="Ballerina")
        assert "quote occurs 3 times" in err
        assert "give an occurrence (1-3) or a context" in err

    def test_an_unknown_name(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        err = self._error(tmp_path, capsys, value={"type": "entity", "id": "Anna de Armas"})
        assert "no entity is named 'Anna de Armas'; did you mean 'person/ana-de-armas'?" in err
        assert "as 'person/anna-de-armas'" in err


def test_the_command_is_documented_in_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["curate", "--help"])
    out = capsys.readouterr().out
    assert "curation" in out
    assert "--output DIR" in out


def test_the_written_layout_merges_with_the_shipped_catalog(tmp_path: Path) -> None:
    added = curate.build(TEXT, _document())
    curate.write(added, tmp_path)
    sources = json.loads((tmp_path / "sources.json").read_text(encoding="utf-8"))
    claims = json.loads((tmp_path / "claims" / "my-notes.json").read_text(encoding="utf-8"))
    assert ["my-notes"] == [source["id"] for source in sources]
    assert ["my-001"] == [claim["id"] for claim in claims]
    merged = Catalog.default().merge(added)
    assert len(Catalog.default().claims) + 1 == len(merged.claims)


def test_the_shipped_source_004_is_rebuilt_from_quotes_alone() -> None:
    source = "004_b4ce8e805ad99088"
    text = (ROOT / "seeds" / f"{source}.txt").read_bytes().decode("utf-8")
    curation = (ROOT / "docs" / "how-to" / "004-claims.json").read_text(encoding="utf-8")
    rebuilt = curate.build(text, curation, base=Catalog())
    assert bd.claims_from(source) == rebuilt.claims
