"""Answers, not lists: how claims relate, real conflicts, preferred values and profiles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ballerina_data as bd
from ballerina_data import Catalog, Claim, Predicate, Relation, relate
from ballerina_data._relations import refines
from strategies import catalogs, claims, share_of_examples

REVIEWED = json.loads((Path(__file__).parent / "conflicts.json").read_text(encoding="utf-8"))


class TestShippedConflicts:
    def test_disagreements_are_the_reviewed_conflicts(self, catalog: Catalog) -> None:
        found = sorted(
            (d.subject, d.predicate.value, sorted(str(f.value) for f in d.facts))
            for d in catalog.disagreements()
        )
        reviewed = sorted(
            (c["subject"], c["predicate"], sorted(c["values"])) for c in REVIEWED["conflicts"]
        )
        assert reviewed == found
        assert all(c["reason"].strip() for c in REVIEWED["conflicts"])

    @pytest.mark.parametrize(
        "entry", REVIEWED["not_conflicts"], ids=lambda e: f"{e['subject']} {e['predicate']}"
    )
    def test_each_reviewed_difference_is_what_the_review_says(
        self, catalog: Catalog, entry: dict[str, Any]
    ) -> None:
        everything = catalog.disagreements(entry["subject"], relation=None)
        relations = {
            d.relation.value for d in everything if d.predicate.value == entry["predicate"]
        }
        assert "conflict" not in relations
        if entry["relation"] is not None:
            assert entry["relation"] in relations
        else:
            assert "refinement" not in relations
        assert len(catalog.facts(entry["subject"], entry["predicate"])) > 1

    def test_no_multi_valued_predicate_among_the_conflicts(self, catalog: Catalog) -> None:
        assert all(d.predicate.single for d in catalog.disagreements(relation="conflict"))

    def test_a_year_and_a_day_in_it_are_a_refinement(self, catalog: Catalog) -> None:
        (release,) = [
            d
            for d in catalog.disagreements("film/ballerina-2024", relation=None)
            if d.predicate is Predicate.RELEASE_DATE and d.relation is not Relation.SAME
        ]
        assert Relation.REFINEMENT is release.relation
        assert {"2024", "2024-06-07"} == {str(f.value.date) for f in release.facts}  # type: ignore[union-attr]

    def test_reedus_undisclosed_and_as_daniel_pine_are_one_credit(self, catalog: Catalog) -> None:
        credits = [
            c
            for c in catalog.about("film/ballerina-2024").credits
            if c.person == "person/norman-reedus"
        ]
        (credit,) = credits
        (part,) = credit.characters
        assert "character/daniel-pine" == part.character
        assert bd.Status.UNDISCLOSED in credit.statuses
        assert set(part.sources) < set(credit.sources)
        undisclosed = [c for c in credit.claims if c.qualifiers.status is bd.Status.UNDISCLOSED]
        named = [c for c in credit.claims if c.qualifiers.character]
        assert all(relate(a, b) is Relation.REFINEMENT for a in undisclosed for b in named)


def _same_subject(claim: Claim) -> st.SearchStrategy[Claim]:
    """Another claim with ``claim``'s subject and predicate."""
    return claims.map(
        lambda other: attrs.evolve(other, subject=claim.subject, predicate=claim.predicate)
    )


class TestRelation:
    @share_of_examples(40)
    @given(claims.flatmap(lambda a: st.tuples(st.just(a), _same_subject(a))))
    def test_symmetric(self, pair: tuple[Claim, Claim]) -> None:
        a, b = pair
        assert relate(a, b) is relate(b, a)

    @given(claims)
    def test_a_claim_is_the_same_as_itself(self, claim: Claim) -> None:
        assert Relation.SAME is relate(claim, claim)

    @share_of_examples(40)
    @given(claims.flatmap(lambda a: st.tuples(st.just(a), _same_subject(a))))
    def test_a_refinement_never_conflicts(self, pair: tuple[Claim, Claim]) -> None:
        a, b = pair
        if refines(a, b):
            assert Relation.REFINEMENT is relate(a, b)
            assert not refines(b, a)


@share_of_examples(40)
@given(catalogs())
def test_classification_over_generated_catalogs(catalog: Catalog) -> None:
    for subject in {c.subject for c in catalog.claims}:
        about = [c for c in catalog.claims if c.subject == subject]
        for a in about:
            assert Relation.SAME is relate(a, a)
            for b in about:
                if b.predicate is a.predicate:
                    assert relate(a, b) is relate(b, a)
    for found in catalog.disagreements(relation=None):
        if found.relation is Relation.CONFLICT:
            assert found.predicate.single
            assert not found.predicate.changes
