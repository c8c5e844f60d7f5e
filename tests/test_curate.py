"""Adding a source: quotes located, names resolved, every claim checked, one-line errors."""

from __future__ import annotations

import collections
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ballerina_data as bd
from ballerina_data import Catalog, Evidence, InvalidDataError, WriteError, curate
from ballerina_data._cli import main
from ballerina_data._quotes import TextIndex, count, occurrences
from each_case import each
from strategies import texts_with_quotes

ROOT = Path(__file__).parent.parent
TEXT = "Ana de Armas stars in Ballerina. “Ballerina” opens on June 6, 2025. Ballerina!"
SOURCE_004 = "004_b4ce8e805ad99088"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("curation_file", ROOT / "tools/curation_file.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _document(**claim: Any) -> dict[str, Any]:
    return {
        "source": {"id": "my-notes", "published": "2025-06-01", "published_note": "mine"},
        "claims": [
            {
                "id": "my-notes-001",
                "subject": "film/ballerina-2024",
                "predicate": "cast_member",
                "value": {"type": "entity", "id": "Ana De Armas"},
                "quote": "Ana de Armas stars in Ballerina",
                **claim,
            }
        ],
    }


class TestLocate:
    def test_offsets_prefix_and_suffix_are_computed(self) -> None:
        (claim,) = curate.build(TEXT, _document()).claims
        expected = Evidence(
            quote="Ana de Armas stars in Ballerina", start=0, end=31, prefix="", suffix=TEXT[31:63]
        )
        assert expected == claim.evidence

    def test_prefix_and_suffix_are_32_characters(self) -> None:
        text = "x" * 40 + "quote" + "y" * 40
        evidence = Evidence.locate(text, "quote")
        assert ("x" * 32, "y" * 32) == (evidence.prefix, evidence.suffix)

    def test_overlapping_occurrences_are_counted(self) -> None:
        # The old helper rewrote "aa" at 1..3 of "aaa" to 0..2.
        evidence = Evidence.locate("aaa", "aa", occurrence=2)
        assert (1, 3) == (evidence.start, evidence.end)

    def test_an_overlapping_quote_without_occurrence_is_ambiguous(self) -> None:
        with pytest.raises(InvalidDataError, match="quote occurs 2 times: 'aa'"):
            Evidence.locate("aaa", "aa")

    def test_a_context_says_which_occurrence(self) -> None:
        evidence = Evidence.locate(TEXT, "Ballerina", context="Ballerina!")
        assert len(TEXT) - 10 == evidence.start

    def test_a_context_holding_the_quote_twice_is_refused(self) -> None:
        with pytest.raises(InvalidDataError, match="holds the quote more than once"):
            Evidence.locate("aaa b", "aa", context="aaa b")

    def test_an_occurrence_past_the_last_is_refused(self) -> None:
        with pytest.raises(InvalidDataError, match="occurrence 4: 'Ballerina' occurs 3 times"):
            Evidence.locate(TEXT, "Ballerina", occurrence=4)

    @each(
        ("text", "quote", "starts"),
        [
            # Reported: "occurs 4 times" counted "art" in "start" and "party", where no quote
            # may be, and occurrence=2 gave the "art" of "party".
            ("A start for art, a party of art.", "art", [12, 28]),
            ("Ballerina's Ballerinas: Ballerina", "Ballerina", [0, 24]),
            ("2024, 12024 and 20245: 2024", "2024", [0, 23]),
            ("ab abab ab", "ab", [0, 8]),  # a run of the quote inside a word
            ("aaa", "aa", [0, 1]),  # only inside words: found there, for the rule to refuse
        ],
    )
    def test_occurrences_are_counted_and_numbered_at_the_edges_of_words(
        self, text: str, quote: str, starts: list[int]
    ) -> None:
        found = len(starts)
        with pytest.raises(InvalidDataError, match=f"^quote occurs {found} times: "):
            Evidence.locate(text, quote)
        assert starts == [
            Evidence.locate(text, quote, occurrence=n).start for n in range(1, found + 1)
        ]
        with pytest.raises(InvalidDataError, match=f"occurs {found} times$"):
            Evidence.locate(text, quote, occurrence=found + 1)

    @each(
        ("written", "quoted", "text_writes", "quote_writes"),
        [
            ("Am\u00e9lie", "Ame\u0301lie", "U+00E9", "U+0065 U+0301"),  # NFD quote
            ("Ame\u0301lie", "Am\u00e9lie", "U+0065 U+0301", "U+00E9"),  # NFD text
            ("\ufb01lm", "film", "U+FB01", "U+0066 U+0069"),  # a ligature
            ("film", "\ufb01lm", "U+0066 U+0069", "U+FB01"),
            ("\uff21na", "Ana", "U+FF21", "U+0041"),  # full-width
            ("Ana", "\uff21na", "U+0041", "U+FF21"),
        ],
    )
    @each("long", [False, True], ids=["short text", "long text"])
    def test_a_quote_differing_by_normalization_is_told_so_with_its_passage(
        self, written: str, quoted: str, text_writes: str, quote_writes: str, long: bool
    ) -> None:
        filler = "Ballerina stars Ana de Armas. " * (100_000 if long else 1)
        text = f"{filler}The {written} d\u00e9but, then more."
        quote = f"The {quoted} d\u00e9but"
        with pytest.raises(InvalidDataError) as info:
            Evidence.locate(text, quote)
        start = len(filler)
        end = start + len(f"The {written} d\u00e9but")
        expected = (
            f"quote not in the text: {quote!r}; it differs from the text's passage at"
            f" {start}-{end} only by Unicode normalization: the text writes {text_writes},"
            f" the quote {quote_writes}; copy the text's characters"
        )
        assert expected == str(info.value)
        # The passage it names is what the text holds, and locates.
        assert start == Evidence.locate(text, text[start:end]).start

    def test_a_quote_equal_only_under_normalization_of_one_word_in_a_long_text(self) -> None:
        # One word: no other word of the quote to anchor on, as the text writes it.
        text = "Ballerina stars Ana de Armas. " * 100_000 + "Ame\u0301lie."
        with pytest.raises(InvalidDataError, match=r"passage at 3000000-3000007 only by Unicode"):
            Evidence.locate(text, "Am\u00e9lie")

    def test_a_quote_not_even_equal_under_normalization_gets_the_closest_passage(self) -> None:
        with pytest.raises(InvalidDataError) as info:
            Evidence.locate("Caf\u00e9 Ame\u0301lie", "Amelie")
        assert "Unicode normalization" not in str(info.value)
        assert "the closest passage is" in str(info.value)

    def test_a_long_text_still_suggests_the_closest_passage(self) -> None:
        # Past the budget, passages are compared only where the quote's words are: the
        # work grows with the text, and a long mistyped quote still finds its passage.
        words = [f"w{n % 997}x{n % 13}" for n in range(40_000)]
        text = " ".join(words)
        quote = " ".join(words[20_000:20_040])
        mistyped = quote.replace(words[20_010], "typo", 1)
        assert len(text) * len(mistyped) > 2_000_000
        with pytest.raises(
            InvalidDataError, match=re.escape(f"the closest passage is {quote[:56]!r}"[:-1])
        ):
            Evidence.locate(text, mistyped)

    def test_counts_are_exact_past_the_starts_kept(self) -> None:
        # Reported: "more than 1000" for 200,001, after collecting every occurrence.
        with pytest.raises(InvalidDataError, match=r"quote occurs 4999 times: 'aa'.*\(1-4999\)"):
            Evidence.locate("a" * 5000, "aa")
        assert 2999 == Evidence.locate("a" * 5000, "a", occurrence=3000).start
        assert 3000 == Evidence.locate("a" * 5000, "aa", occurrence=3001).start
        for quote, found in (("a", 5000), ("aa", 4999), ("ab", 0)):
            text = "a" * 5000
            with pytest.raises(InvalidDataError, match=f"occurs {found} times|not in the text"):
                Evidence.locate(text, quote, occurrence=10**18)

    def test_a_quote_or_context_past_the_bound_is_one_line(self) -> None:
        text = "a b " * 5000
        for field in ("quote", "context"):
            arguments = {"quote": "b", "context": None, field: text[:10_001]}
            with pytest.raises(InvalidDataError, match=f"^{field} of 10001 characters is over"):
                Evidence.locate(text, **arguments)  # type: ignore[arg-type]

    def test_a_quote_that_cuts_a_letter_is_refused(self) -> None:
        # "cafe" is in "cafe\u0301" (café written with a combining accent), but the text says café.
        with pytest.raises(InvalidDataError, match="cuts a letter and its combining mark in two"):
            Evidence.locate("un cafe\u0301 noir", "cafe")

    @each(
        ("text", "quote", "context", "message"),
        [
            ("a\ud800b", "a", None, "text has a lone surrogate at 1"),
            ("a dancer, a dancer", "dancer", " ", "context is empty or blank"),
        ],
    )
    def test_what_no_catalog_could_hold_is_refused(
        self, text: str, quote: str, context: str | None, message: str
    ) -> None:
        with pytest.raises(InvalidDataError, match=message):
            Evidence.locate(text, quote, context=context)

    def test_a_bool_is_no_occurrence(self) -> None:
        with pytest.raises(TypeError, match="occurrence must be an int or None, got bool"):
            Evidence.locate(TEXT, "Ballerina", occurrence=True)

    @given(
        st.text(alphabet="ab\u0301 ,", max_size=60),
        st.text(alphabet="ab\u0301 ,", min_size=1, max_size=12),
    )
    def test_the_word_index_finds_what_a_search_finds(self, text: str, quote: str) -> None:
        # Words of up to 3 letters and longer ones, a combining mark that ends a word.
        index = TextIndex(text)
        # Made for the one quote, the index files only the words that quote needs.
        only = TextIndex(text, [quote])
        for limit in (1, 2, 1001):
            assert occurrences(text, quote, limit) == index.occurrences(quote, limit)
            assert occurrences(text, quote, limit) == only.occurrences(quote, limit)
            placed = occurrences(text, quote, limit, edges=True)
            assert placed == index.occurrences(quote, limit, edges=True)
            assert placed == only.occurrences(quote, limit, edges=True)
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 12) + 1):
                found = occurrences(text, text[start:end])
                assert found == index.occurrences(text[start:end])
                assert found == only.occurrences(text[start:end])  # words it did not file

    @given(texts_with_quotes())
    def test_each_occurrence_is_where_the_text_has_it(self, case: tuple[str, str]) -> None:
        text, quote = case
        starts = [i for i in range(len(text)) if text.startswith(quote, i)]
        # Counted and numbered where a quote may be, at the edges of words, if anywhere.
        placed = [
            i
            for i in starts
            if not (quote[0].isalnum() and text[i - 1 : i].isalnum())
            and not (quote[-1].isalnum() and text[i + len(quote) : i + len(quote) + 1].isalnum())
        ]
        assert len(placed) == count(text, quote, edges=True)
        starts = placed or starts
        found = [
            Evidence.locate(text, quote, occurrence=n).start for n in range(1, len(starts) + 1)
        ]
        assert starts == found


# Reported: a person named by family name alone escaped the credit rules, which looked for
# the whole name: each is refused as its whole-name form is.
_MET = "Keanu Reeves, Chad Stahelski and Len Wiseman met. "


@each(
    ("text", "predicate", "person", "quote", "refusal"),
    [
        (
            "Len Wiseman directed Ballerina, and Stahelski watched.",
            "director",
            "Chad Stahelski",
            "and Stahelski watched",
            "the quote writes 'watched' of person/chad-stahelski, another kind of part",
        ),
        (
            "Shay Hatten wrote Ballerina, and Wiseman liked it.",
            "screenwriter",
            "Len Wiseman",
            "and Wiseman liked it",
            "'wrote', but not in the clause of person/len-wiseman's name",
        ),
        (
            "Stahelski, who directed the four John Wick films, produced Ballerina.",
            "director",
            "Chad Stahelski",
            "Stahelski, who directed the four John Wick films, produced Ballerina",
            "no word of a director credit of person/chad-stahelski in its clause",
        ),
        (
            "Ana de Armas met the director of Ballerina.",
            "director",
            "Ana de Armas",
            "Ana de Armas met the director of Ballerina",
            "the quote writes 'director', but not with person/ana-de-armas as its doer",
        ),
        (
            "Ana de Armas stars in Ballerina. Len Wiseman was thrilled.",
            "cast_member",
            "Len Wiseman",
            "Ana de Armas stars in Ballerina. Len Wiseman was thrilled",
            "no word of a cast_member credit of person/len-wiseman in its clause",
        ),
        (
            "Wiseman directed Ballerina, taking over from Stahelski.",
            "director",
            "Chad Stahelski",
            "taking over from Stahelski",
            "the quote writes 'taking over from'",
        ),
        (
            "Ballerina, directed by Wiseman, stars de Armas and Reeves.",
            "director",
            "Keanu Reeves",
            "stars de Armas and Reeves",
            "the quote writes 'stars' of person/keanu-reeves, a cast_member credit",
        ),
        (
            "Ballerina's whole cast returns, except Reeves.",
            "cast_member",
            "Keanu Reeves",
            "Ballerina's whole cast returns, except Reeves",
            "the quote writes 'except'",
        ),
        (
            "Ana de Armas stars in Ballerina, with Reeves's lookalike in one scene.",
            "cast_member",
            "Keanu Reeves",
            "with Reeves's lookalike in one scene",
            "the quote writes 'lookalike' of person/keanu-reeves",
        ),
    ],
)
def test_a_person_named_by_family_name_is_bound_as_by_the_whole_name(
    text: str, predicate: str, person: str, quote: str, refusal: str
) -> None:
    document = _document(predicate=predicate, value={"type": "entity", "id": person}, quote=quote)
    with pytest.raises(bd.InvalidDataError, match=re.escape(refusal)):
        curate.build(_MET + text, document)


def _built_or_refused(text: str, document: dict[str, Any], refused: str | None) -> None:
    """Curate ``document`` of ``text``: built, where ``refused`` is empty; else refused
    with a message holding ``refused``."""
    if not refused:
        assert curate.build(text, document).claims
        return
    with pytest.raises(bd.InvalidDataError, match=re.escape(refused)):
        curate.build(text, document)


_OPENS = "Lionsgate's Ballerina opens this week. "


@pytest.mark.parametrize(
    ("sentence", "predicate", "person", "quote"),
    [
        # Reported: in a sentence that does not name the work, a credit's verb with another
        # object was read as the credit.
        ("Keanu Reeves plays bass in a band.", "cast_member", "Keanu Reeves",
         "Keanu Reeves plays bass"),
        ("Keanu Reeves plays golf with the crew.", "cast_member", "Keanu Reeves",
         "Keanu Reeves plays golf"),
        ("Chad Stahelski directed traffic outside the premiere.", "director",
         "Chad Stahelski", "Chad Stahelski directed traffic"),
        ("Basil Iwanyk produced a document showing the budget.", "producer", "Basil Iwanyk",
         "Basil Iwanyk produced a document"),
        ("Shay Hatten penned an open letter to fans.", "screenwriter", "Shay Hatten",
         "Shay Hatten penned an open letter"),
    ],
)  # fmt: skip
def test_a_credit_verb_of_another_object_is_no_credit_where_the_work_is_unnamed(
    sentence: str, predicate: str, person: str, quote: str
) -> None:
    said = quote.removeprefix(person + " ")
    document = _document(predicate=predicate, value={"type": "entity", "id": person}, quote=quote)
    refusal = f"writes {said!r}: the verb in another sense"
    with pytest.raises(bd.InvalidDataError, match=re.escape(refusal)):
        curate.build(_OPENS + sentence, document)
    document["claims"][0]["note"] = f"'{said}' is read as the credit of the film here."
    assert [predicate] == [
        c.predicate.value for c in curate.build(_OPENS + sentence, document).claims
    ]


@pytest.mark.parametrize(
    ("sentence", "predicate", "person"),
    [
        ("Chad Stahelski directed it.", "director", "Chad Stahelski"),
        ("Len Wiseman directed the film in Prague.", "director", "Len Wiseman"),
        ("Keanu Reeves plays a small role.", "cast_member", "Keanu Reeves"),
        ("Shay Hatten wrote the screenplay.", "screenwriter", "Shay Hatten"),
    ],
)
def test_a_credit_verb_of_the_work_or_a_part_is_a_credit_where_the_work_is_unnamed(
    sentence: str, predicate: str, person: str
) -> None:
    quote = sentence.rstrip(".").removesuffix(" in Prague")
    document = _document(predicate=predicate, value={"type": "entity", "id": person}, quote=quote)
    (claim,) = curate.build(_OPENS + sentence, document).claims
    assert predicate == claim.predicate.value


@pytest.mark.parametrize(
    ("sentence", "claim", "ok"),
    [
        # Reported: where the sentence does not name the work, a value said of another
        # one, who opens the value's clause, was read as the work's.
        ("Ana de Armas loves horror films.",
         {"predicate": "genre", "value": {"type": "text", "text": "horror"},
          "quote": "Ana de Armas loves horror films"}, False),
        ("Ana de Armas was filmed at a Budapest cafe by fans.",
         {"predicate": "filming_location", "value": {"type": "text", "text": "Budapest"},
          "quote": "Ana de Armas was filmed at a Budapest cafe"}, False),
        ("Keanu Reeves is part of the John Wick franchise.",
         {"predicate": "part_of_series", "value": {"type": "entity", "id": "franchise/john-wick"},
          "quote": "Keanu Reeves is part of the John Wick franchise"}, False),
        # A clause naming the work by a noun, or a value describing it, is the work's.
        ("Ana de Armas spoke about filming the spin-off in Budapest.",
         {"predicate": "filming_location", "value": {"type": "text", "text": "Budapest"},
          "quote": "filming the spin-off in Budapest"}, True),
        ("It is a horror film.",
         {"predicate": "genre", "value": {"type": "text", "text": "horror"},
          "quote": "It is a horror film"}, True),
    ],
)  # fmt: skip
def test_a_value_said_of_another_doer_is_not_the_unnamed_works(
    sentence: str, claim: dict[str, Any], ok: bool
) -> None:
    document = _document(**claim)
    if ok:
        (built,) = curate.build(_OPENS + sentence, document).claims
        assert claim["predicate"] == built.predicate.value
        return
    doer = re.split(" (?:was|loves|is) ", sentence, maxsplit=1)[0]
    with pytest.raises(bd.InvalidDataError, match=re.escape(repr(doer))):
        curate.build(_OPENS + sentence, document)
    document["claims"][0]["note"] = f"'{doer}': read as said of the film here."
    assert curate.build(_OPENS + sentence, document).claims


@pytest.mark.parametrize(
    ("text", "claim", "refused"),
    [
        # Reported: a character named only as the possessor of the one doing the link.
        ("Winston's wife married Charon.",
         {"subject": "Winston Scott", "predicate": "spouse",
          "value": {"type": "entity", "id": "Charon"}}, "the possessor of 'wife'"),
        ("The Director's daughter adopted Rooney.",
         {"subject": "Rooney", "predicate": "adoptive_parent",
          "value": {"type": "entity", "id": "The Director"}}, "the possessor of 'daughter'"),
        ("Winston's boss runs the Continental Hotel.",
         {"subject": "Continental Hotel", "predicate": "director_manager",
          "value": {"type": "entity", "id": "Winston Scott"}}, "the possessor of 'boss'"),
        ("Rooney's mentor taught John Wick.",
         {"subject": "Rooney", "predicate": "student_of",
          "value": {"type": "entity", "id": "John Wick"}}, "the possessor of 'mentor'"),
        # Reported: a hope, a plan, a hedge or a scope closing the sentence after a comma.
        ("Ballerina is directed by Len Wiseman, with any luck.",
         {"predicate": "director", "value": {"type": "entity", "id": "Len Wiseman"}},
         "', with any luck'"),
        ("Lionsgate distributes Ballerina, or at least that's the plan.",
         {"predicate": "distributor", "value": {"type": "entity", "id": "Lionsgate"}},
         "or at least that's the plan"),
        ("Ballerina was shot in Prague, as far as we know.",
         {"predicate": "filming_location", "value": {"type": "text", "text": "Prague"}},
         "hedges ('as far as we know')"),
        ("Lionsgate distributes Ballerina, outside the US.",
         {"predicate": "distributor", "value": {"type": "entity", "id": "Lionsgate"}},
         "leaves out the region 'US'"),
        # The link's own shape, and the status a closing hope asks for.
        ("Rooney is the Director's adopted daughter.",
         {"subject": "Rooney", "predicate": "adoptive_parent",
          "value": {"type": "entity", "id": "The Director"}}, None),
        ("Ballerina is directed by Len Wiseman, with any luck.",
         {"predicate": "director", "value": {"type": "entity", "id": "Len Wiseman"},
          "qualifiers": {"status": "hoped"}}, None),
    ],
)  # fmt: skip
def test_a_possessor_or_a_closing_limit_is_read(
    text: str, claim: dict[str, Any], refused: str | None
) -> None:
    _built_or_refused(text, _document(**claim, quote=text.rstrip(".")), refused)


@pytest.mark.parametrize(
    ("text", "claim", "refused"),
    [
        # Reported: a name that modifies a plural noun after it, where the clause's object
        # or agent stands, was read as the value itself.
        ("Ballerina features Keanu Reeves photos.",
         {"predicate": "cast_member", "value": {"type": "entity", "id": "Keanu Reeves"}},
         "Keanu Reeves photos"),
        ("Ballerina was produced by Lionsgate veterans.",
         {"predicate": "production_company", "value": {"type": "entity", "id": "Lionsgate"}},
         "Lionsgate veterans"),
        ("Ballerina was directed by Len Wiseman protégés.",
         {"predicate": "director", "value": {"type": "entity", "id": "Len Wiseman"}},
         "Len Wiseman protégés"),
        ("Ballerina features John Wick posters.",
         {"subject": "John Wick", "predicate": "present_in_work",
          "value": {"type": "entity", "id": "Ballerina (2024)"}}, "John Wick posters"),
        ("The Continental Hotel is owned by High Table rivals.",
         {"subject": "Continental Hotel", "predicate": "owned_by",
          "value": {"type": "entity", "id": "High Table"}}, "High Table rivals"),
        # The name alone in that place, with what may follow it.
        ("Ballerina stars Keanu Reeves and Ana de Armas.",
         {"predicate": "cast_member", "value": {"type": "entity", "id": "Keanu Reeves"}}, ""),
        ("Ballerina was produced by Lionsgate alone.",
         {"predicate": "production_company", "value": {"type": "entity", "id": "Lionsgate"}},
         ""),
    ],
)  # fmt: skip
def test_a_name_modifying_a_noun_after_it_is_not_the_value(
    text: str, claim: dict[str, Any], refused: str
) -> None:
    _built_or_refused(text, _document(**claim, quote=text.rstrip(".")), refused and repr(refused))


@pytest.mark.parametrize(
    ("text", "claim", "refused"),
    [
        # Reported: a work named only as the label of someone else was read as the work
        # of the clause.
        ("Keanu Reeves stars in a film by Ballerina's Len Wiseman.",
         {"predicate": "cast_member", "value": {"type": "entity", "id": "Keanu Reeves"}},
         "Ballerina's Len Wiseman"),
        ("Chad Stahelski produced a film with the Ballerina cast.",
         {"predicate": "producer", "value": {"type": "entity", "id": "Chad Stahelski"}},
         "Ballerina cast"),
        ("Ballerina is based on a film by John Wick's Chad Stahelski.",
         {"predicate": "based_on", "value": {"type": "entity", "id": "film/john-wick"}},
         "John Wick's Chad Stahelski"),
        ("The Gray Man was filmed in Prague with Ballerina's cast.",
         {"predicate": "filming_location", "value": {"type": "text", "text": "Prague"}},
         "Ballerina's cast"),
        # A part played in a medium of parts is no occupation, a death there no death.
        ("Keanu Reeves is a hitman on film.",
         {"subject": "Keanu Reeves", "predicate": "occupation",
          "value": {"type": "text", "text": "hitman"}}, "on film"),
        ("Ana de Armas is an assassin in the movies.",
         {"subject": "Ana de Armas", "predicate": "occupation",
          "value": {"type": "text", "text": "assassin"}}, "in the movies"),
        # The label naming the claim's other side, or its own role: the credit.
        ("Ballerina's Len Wiseman directed the film.",
         {"predicate": "director", "value": {"type": "entity", "id": "Len Wiseman"}}, ""),
        ("The Ballerina director, Len Wiseman, spoke.",
         {"predicate": "director", "value": {"type": "entity", "id": "Len Wiseman"}}, ""),
    ],
)  # fmt: skip
def test_a_work_named_only_as_a_label_of_another_is_not_the_clauses_work(
    text: str, claim: dict[str, Any], refused: str
) -> None:
    quote = text.rstrip(".").removesuffix(", spoke")
    _built_or_refused(text, _document(**claim, quote=quote), refused and repr(refused))


_SPIN_OFF = "Ballerina, the John Wick spin-off, opens on June 6, 2025. "


@pytest.mark.parametrize(
    ("sentence", "person", "refused"),
    [
        # Reported: a work named by what describes the other work of its title ("The
        # Korean one", "The Netflix thriller") was read as the topic, the spin-off.
        ("The Korean one stars Jeon Jong-seo.", "Jeon Jong-seo", "'The Korean one'"),
        ("The Netflix thriller stars Jeon Jong-seo.", "Jeon Jong-seo", "'The Netflix thriller'"),
        ("The American one stars Ana de Armas.", "Ana de Armas", None),
    ],
)
def test_a_work_described_as_another_of_its_title_is_not_the_topic(
    sentence: str, person: str, refused: str | None
) -> None:
    quote = sentence.split(" ", 3)[3].rstrip(".")
    document = _document(value={"type": "entity", "id": person}, quote=quote)
    _built_or_refused(_SPIN_OFF + sentence, document, refused)


_HOTEL = "org/continental-hotel"


@pytest.mark.parametrize(
    ("text", "claim", "said"),
    [
        # Reported: where the sentence does not name the subject, a link's verb with
        # another object, or a particle after it, was read as the link.
        ("Charon runs errands for the Continental.",
         {"subject": _HOTEL, "predicate": "director_manager",
          "value": {"type": "entity", "id": "character/charon"},
          "quote": "Charon runs errands for the Continental"}, "runs errands"),
        ("Winston heads to the Continental to meet John Wick.",
         {"subject": _HOTEL, "predicate": "director_manager",
          "value": {"type": "entity", "id": "character/winston-scott"},
          "quote": "Winston heads to the Continental"}, "heads to"),
        ("Charon owns a key to the Continental.",
         {"subject": _HOTEL, "predicate": "owned_by",
          "value": {"type": "entity", "id": "character/charon"},
          "quote": "Charon owns a key to the Continental"}, "owns a key"),
        (_OPENS + "Lionsgate is behind the delay.",
         {"predicate": "production_company", "value": {"type": "entity", "id": "Lionsgate"},
          "quote": "Lionsgate is behind the delay"}, "behind the delay"),
        (_OPENS + "Lionsgate distributed free popcorn at screenings.",
         {"predicate": "distributor", "value": {"type": "entity", "id": "Lionsgate"},
          "quote": "Lionsgate distributed free popcorn"}, "distributed free popcorn"),
        # Its object the subject's noun or a pronoun: the link.
        ("Winston runs the hotel.",
         {"subject": _HOTEL, "predicate": "director_manager",
          "value": {"type": "entity", "id": "character/winston-scott"},
          "quote": "Winston runs the hotel"}, None),
        (_OPENS + "Lionsgate is behind the film.",
         {"predicate": "production_company", "value": {"type": "entity", "id": "Lionsgate"},
          "quote": "Lionsgate is behind the film"}, None),
    ],
)  # fmt: skip
def test_a_link_verb_of_another_object_is_no_link_where_the_subject_is_unnamed(
    text: str, claim: dict[str, Any], said: str | None
) -> None:
    document = _document(**claim)
    if said is None:
        (built,) = curate.build(text, document).claims
        assert claim["predicate"] == built.predicate.value
        return
    with pytest.raises(bd.InvalidDataError, match=re.escape(repr(said))):
        curate.build(text, document)
    document["claims"][0]["note"] = f"'{said}' is read as the link here."
    assert curate.build(text, document).claims


def _budget(amount: str) -> dict[str, str]:
    return {"type": "quantity", "amount": amount, "unit": "USD", "bound": "exact"}


_BUDGET_SENTENCE = "Ballerina grossed $137 million worldwide against a $90 million budget."


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # Reported: plain statements refused, with messages saying the sentence did not
        # state them.
        (_BUDGET_SENTENCE,
         {"predicate": "cost", "value": _budget("90000000"),
          "quote": "against a $90 million budget"}),
        ("Ballerina earned $137 million worldwide on a $90 million budget.",
         {"predicate": "cost", "value": _budget("90000000"),
          "quote": "Ballerina earned $137 million worldwide on a $90 million budget"}),
        ("Rooney is the Director's adopted daughter.",
         {"subject": "character/rooney", "predicate": "adoptive_parent",
          "value": {"type": "entity", "id": "character/the-director"},
          "quote": "Rooney is the Director's adopted daughter"}),
        ("Ballerina was shot in Budapest in late 2022.",
         {"predicate": "filming_location", "value": {"type": "text", "text": "Budapest"},
          "quote": "Ballerina was shot in Budapest"}),
        ("Ballerina grossed $24.5 million in its opening weekend, June 6-8, 2025.",
         {"predicate": "box_office", "value": _budget("24500000"),
          "qualifiers": {"date": "2025-06-08"},
          "note": "'June 6-8, 2025': the weekend ended June 8, 2025, 2025-06-08",
          "quote": "Ballerina grossed $24.5 million in its opening weekend"}),
    ],
)  # fmt: skip
def test_a_plain_statement_of_a_known_shape_is_accepted(text: str, claim: dict[str, Any]) -> None:
    document = _document(**claim)
    document["source"]["published"] = "2025-07-01"  # after the weekend it dates
    (built,) = curate.build(text, document).claims
    assert claim["predicate"] == built.predicate.value


@pytest.mark.parametrize(
    ("text", "claim", "refusal"),
    [
        ("Ballerina lost 3 sponsors on a $90 million budget.",
         {"predicate": "cost", "value": _budget("90000000"),
          "quote": "Ballerina lost 3 sponsors on a $90 million budget"}, "'lost', 'sponsors'"),
        ("Ballerina grossed $137 million worldwide against John Wick's $90 million budget.",
         {"predicate": "cost", "value": _budget("90000000"),
          "quote": "against John Wick's $90 million budget"}, "John Wick"),
        ("Ballerina was shot in Budapest in 2022 for a week before a move.",
         {"predicate": "filming_location", "value": {"type": "text", "text": "Budapest"},
          "quote": "Ballerina was shot in Budapest"}, "'week', 'before', 'move'"),
        ("Rooney is the Director's adopted sister.",
         {"subject": "character/rooney", "predicate": "adoptive_parent",
          "value": {"type": "entity", "id": "character/the-director"},
          "quote": "Rooney is the Director's adopted sister"}, "does not say the adoptive_parent"),
        ("Ballerina grossed $10 million in its third weekend, June 20-22, 2025.",
         {"predicate": "box_office", "value": _budget("10000000"),
          "qualifiers": {"date": "2025-06-22"}, "note": "'June 20-22, 2025': 2025-06-22",
          "quote": "Ballerina grossed $10 million in its third weekend"}, "'third weekend'"),
        ("Ballerina grossed $24.5 million in its opening weekend, June 6-8, 2025.",
         {"predicate": "box_office", "value": _budget("24500000"),
          "quote": "Ballerina grossed $24.5 million in its opening weekend"},
         "give the date qualifier"),
    ],
)  # fmt: skip
def test_a_statement_beside_a_known_shape_is_still_refused(
    text: str, claim: dict[str, Any], refusal: str
) -> None:
    with pytest.raises(bd.InvalidDataError, match=re.escape(refusal)):
        curate.build(text, _document(**claim))


class TestNames:
    def test_a_name_resolves_to_its_entity(self) -> None:
        (claim,) = curate.build(TEXT, _document()).claims
        assert bd.EntityRef(id="person/ana-de-armas") == claim.value

    def test_a_film_named_with_its_year(self) -> None:
        (claim,) = curate.build(TEXT, _document(subject="Ballerina (2024)")).claims
        assert "film/ballerina-2024" == claim.subject

    def test_a_name_of_two_films_asks_for_the_id(self) -> None:
        with pytest.raises(InvalidDataError, match="names film/ballerina-2023 and film/ballerina"):
            curate.build(TEXT, _document(subject="Ballerina"))

    def test_a_name_of_the_wrong_kind_says_what_it_names(self) -> None:
        with pytest.raises(InvalidDataError, match="names person/ana-de-armas, not a film"):
            curate.build(TEXT, _document(subject="Ana de Armas"))

    def test_a_new_entity_is_proposed_with_an_id_from_its_name(self) -> None:
        value = {"type": "entity", "id": "Jane Q. Dancer"}
        with pytest.raises(InvalidDataError) as info:
            curate.build(TEXT, _document(value=value))
        assert 'add it to entities.people: {"id": "person/jane-q-dancer"' in str(info.value)

    def test_a_new_entity_given_in_the_file_is_used(self) -> None:
        # The quote writes "Ana de Armas": a new entity of one word of it is named by a note.
        document = _document(
            value={"type": "entity", "id": "Armas"},
            note="The person Armas is the text's 'Ana de Armas'.",
        )
        document["entities"] = {"people": [{"id": "person/armas", "name": "Armas"}]}
        added = curate.build(TEXT, document)
        assert ("person/armas",) == tuple(person.id for person in added.people)

    @each(
        ("people", "message"),
        [
            (
                [{"id": "person/ana-2", "name": "Ana de Armas"}],
                "name: 'Ana de Armas' is the name of person/ana-de-armas already: use that id",
            ),
            (  # folded as lookups fold names: case and accents
                [{"id": "person/ana-2", "name": "ANA DE ÁRMAS"}],
                "name: 'ANA DE ÁRMAS' is the name of person/ana-de-armas already: use that id",
            ),
            (
                [{"id": "person/ana-2", "name": "Ana", "aliases": ["Ana de Armas"]}],
                "aliases[0]: 'Ana de Armas' is the name of person/ana-de-armas already",
            ),
            (  # two new ones of one name in the file
                [{"id": "person/ana", "name": "Ana"}, {"id": "person/ana-2", "name": "Ana"}],
                "name: 'Ana' is the name of person/ana-2 already: use that id",
            ),
            (
                [{"id": "person/jane", "name": "person/jane-doe"}],
                "name: 'person/jane-doe' is written as an id is: give the name as the text",
            ),
            (
                [{"id": "person/jane", "name": "Jane", "aliases": ["Film/X"]}],
                "aliases[0]: 'Film/X' is written as an id is",
            ),
        ],
    )
    def test_a_new_entity_with_an_entitys_name_or_an_ids_shape_is_refused(
        self, people: list[dict[str, Any]], message: str
    ) -> None:
        text = TEXT + " Ana, ANA DE ÁRMAS, person/jane-doe and Jane in Film/X."
        document = _document()
        document["entities"] = {"people": people}
        with pytest.raises(InvalidDataError) as info:
            curate.build(text, document)
        assert str(info.value).startswith(f"entities.people[0]: {message}"), info.value
        assert "\n" not in str(info.value)

    @each(
        ("fields", "accepted"),
        [
            ({}, False),
            ({"year": 2024}, False),  # film/ballerina-2024's year
            ({"year": 2025}, True),  # a year the text writes
            ({"description": "a spin-off"}, True),
        ],
    )
    def test_a_new_work_of_a_works_title_is_told_apart_by_year_or_description(
        self, fields: dict[str, Any], accepted: bool
    ) -> None:
        document = _document()
        film = {"id": "film/ballerina-x", "kind": "film", "title": "Ballerina", **fields}
        document["entities"] = {"films": [film]}
        if accepted:
            assert "film/ballerina-x" in {f.id for f in curate.build(TEXT, document).films}
            return
        with pytest.raises(InvalidDataError) as info:
            curate.build(TEXT, document)
        expected = (
            "entities.films[0]: title: 'Ballerina' is the title of film/ballerina-2023 already:"
            " use that id; if it is another work, give it a year no work of that title has or"
            " a description that tells it apart"
        )
        assert expected == str(info.value)

    @each(
        ("field", "name"),
        [
            ("value", "Jane Q. Dancer"),
            ("value", "person/jane-doe"),
            ("subject", "Ballerina (2031)"),
            ("subject", "Ballerina 2031"),
            ("value", "Ana de Armas Jr"),
        ],
    )
    def test_what_curate_proposes_for_a_new_entity_it_accepts(self, field: str, name: str) -> None:
        text = f"{TEXT} {name} and Jane Doe star, TITLE and NAME."
        given = {"type": "entity", "id": name} if field == "value" else name
        document = _document(**{field: given})
        if field == "value":  # the quote names the new cast member
            document["claims"][0]["quote"] = f"{name} and Jane Doe star, TITLE and NAME"
        else:  # the quote names "Ballerina", another work, unless the note says it is this one
            document["claims"][0]["note"] = "'Ballerina' is read as this new work's short title."
        with pytest.raises(InvalidDataError) as info:
            curate.build(text, document)
        found = re.search(r"add it to entities\.(\w+): (\{.*\})$", str(info.value))
        assert found is not None, info.value
        document["entities"] = {found[1]: [json.loads(found[2])]}
        (claim,) = curate.build(text, document).claims
        assert json.loads(found[2])["id"] in (claim.subject, getattr(claim.value, "id", None))


class TestOneLineErrors:
    """Each error is one line naming the curation file, the line of the field and the claim."""

    def _error(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], marker: str, **claim: Any
    ) -> str:
        (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
        path = tmp_path / "claims.json"
        path.write_text(json.dumps(_document(**claim), indent=1), encoding="utf-8")
        lines = path.read_text(encoding="utf-8").splitlines()
        line = next(n for n, text in enumerate(lines, 1) if marker in text)
        status = main(["curate", str(tmp_path / "text.txt"), str(path)])
        out, err = capsys.readouterr()
        assert (1, 1, "") == (status, err.count("\n"), out), err
        assert err.startswith(f"ballerina-data: error: {path}:{line}: claim my-notes-001: "), err
        return err

    def test_a_quote_not_in_the_text(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        err = self._error(tmp_path, capsys, '"quote"', quote='"Ballerina" opens')
        assert "quote not in the text: '\"Ballerina\" opens'" in err
        assert "the text has '“Ballerina” opens' (mind its curly quotes)" in err

    def test_a_misspelt_quote_gets_the_closest_passage(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        err = self._error(tmp_path, capsys, '"quote"', quote="Ana de Armes stars")
        assert "the closest passage is 'Ana de Armas stars'" in err

    def test_an_ambiguous_quote(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        err = self._error(tmp_path, capsys, '"quote"', quote="Ballerina")
        places = "(1: 'as stars in Ballerina. “Ballerina'; 2: 'Ballerina. “Ballerina” opens on J';"
        assert f"quote occurs 3 times: 'Ballerina' {places}" in err
        assert "give an occurrence (1-3) or a context" in err

    def test_an_unknown_name(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        value = {"type": "entity", "id": "Anna de Armas"}
        err = self._error(tmp_path, capsys, '"Anna de Armas"', value=value)
        assert "value.id: no entity is named 'Anna de Armas'" in err
        assert "did you mean 'person/ana-de-armas'? If it is new, add it to entities.people:" in err
        assert '{"id": "person/anna-de-armas", "name": "Anna de Armas"}' in err

    def test_a_namesake_is_not_suggested(self) -> None:
        # Reported: "did you mean 'person/ana-de-armas'?" for "Ana Ortiz", which, taken,
        # credited Ana de Armas from a sentence about another person.
        document = _document(value={"type": "entity", "id": "Ana Ortiz"})
        with pytest.raises(bd.InvalidDataError) as refused:
            curate.build(TEXT, document)
        assert "no entity is named 'Ana Ortiz'; if it is new, add it" in str(refused.value)

    def test_an_unknown_id(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        err = self._error(tmp_path, capsys, '"subject"', subject="film/balerina-2024")
        assert "subject: no entity with id 'film/balerina-2024'" in err
        assert "did you mean 'film/ballerina-2024' or" in err
        record = '{"id": "film/balerina-2024", "kind": "film", "title": "TITLE"}'
        assert f"If it is new, add it to entities.films: {record}" in err

    def test_a_new_film_named_with_its_year_is_proposed_with_the_year_as_a_field(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        err = self._error(tmp_path, capsys, '"subject"', subject="Ballerina (2031)")
        record = '{"id": "film/ballerina-2031", "kind": "film", "title": "Ballerina", "year": 2031}'
        assert f"add it to entities.films: {record}" in err

    def test_a_field_the_converter_refuses(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        err = self._error(tmp_path, capsys, '"predicate"', predicate="cast")
        assert "predicate: 'cast' is not a Predicate" in err

    def test_a_note_past_the_limit(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # Before: a 2,000,000-character note was accepted, while a quote has at most 10,000.
        err = self._error(tmp_path, capsys, '"note"', note="x" * 2_000_000)
        assert "Claim.note: has 2000000 characters, over the limit of 10000\n" in err

    def test_malformed_json_names_its_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
        path = tmp_path / "claims.json"
        path.write_text('{"source": {"id": "s"},\n"claims": [\n}', encoding="utf-8")
        assert 1 == main(["curate", str(tmp_path / "text.txt"), str(path)])
        err = capsys.readouterr().err
        assert f"ballerina-data: error: {path}:3: malformed JSON: Expecting value" in err

    def test_a_file_of_the_wrong_shape(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
        path = tmp_path / "claims.json"
        path.write_text('{"source": {"id": "s", "published": "2025"},\n"claims": 5}', "utf-8")
        assert 1 == main(["curate", str(tmp_path / "text.txt"), str(path)])
        err = capsys.readouterr().err
        assert f"ballerina-data: error: {path}:2: claims: expected a list, got int\n" == err


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            '{"source": {"id": "x",\n"id": "y"}, "claims": []}',
            "1: source: key(s) given twice: 'id'",
        ),
        (
            '{"source": {"id": "x"}, "claims": [{"id": "c", "value":\n'
            ' {"type": "entity", "id": "Ana", "id": "Keanu"}, "quote": "Ana"}]}',
            "2: claims[0].value: key(s) given twice: 'id'",
        ),
    ],
    ids=["source", "value"],
)
def test_a_key_given_twice_anywhere_is_refused(
    text: str, where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: in a source or a value the last key won, and the file said something else.
    (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "c.json").write_text(text, encoding="utf-8")
    assert 1 == main(["curate", str(tmp_path / "t.txt"), str(tmp_path / "c.json")])
    assert f"ballerina-data: error: {tmp_path / 'c.json'}:{where}\n" == capsys.readouterr().err


def test_build_raises_the_public_error_type() -> None:
    with pytest.raises(InvalidDataError) as info:
        curate.build(TEXT, _document(quote="nowhere"))
    assert InvalidDataError is type(info.value)


def test_the_command_is_documented_in_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["curate", "--help"])
    out = capsys.readouterr().out
    assert "usage: ballerina-data curate [-h]" in out
    for words in ('"quote": ', '"occurrence"', '"context"', "--output DIR", "FILE:LINE"):
        assert words in out


def test_the_command_writes_the_layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "claims.json").write_text(json.dumps(_document()), encoding="utf-8")
    out = tmp_path / "out"
    args = ["curate", str(tmp_path / "text.txt"), str(tmp_path / "claims.json")]
    assert 0 == main([*args, "--output", str(out)])
    assert (
        f"ok: my-notes, 1 claim: quotes located in the text, fields checked; written to {out}\n"
        == (capsys.readouterr().out)
    )
    assert ["my-notes-001"] == [
        c["id"] for c in json.loads((out / "claims/my-notes.json").read_text())
    ]


def test_the_written_layout_merges_with_the_shipped_catalog(tmp_path: Path) -> None:
    added = curate.build(TEXT, _document())
    curate.write(added, tmp_path)
    assert {"films": [], "people": [], "characters": [], "organizations": []} == json.loads(
        (tmp_path / "entities.json").read_text(encoding="utf-8")
    )
    assert Catalog.default().merge(added) == curate.load(tmp_path)


def test_the_command_reports_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "claims.json").write_text(json.dumps(_document()), encoding="utf-8")
    assert 0 == main(
        ["curate", str(tmp_path / "text.txt"), str(tmp_path / "claims.json"), "--json"]
    )
    assert {"source": "my-notes", "claims": 1, "output": None} == json.loads(
        capsys.readouterr().out
    )


class TestIdsTheCatalogHas:
    """A curated source must merge with the catalog it extends: the check says so first."""

    def test_a_claim_id_of_the_catalog_is_refused_at_its_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
        path = tmp_path / "claims.json"
        path.write_text(json.dumps(_document(id="004-001"), indent=1), encoding="utf-8")
        line = next(n for n, t in enumerate(path.read_text().splitlines(), 1) if "004-001" in t)
        assert 1 == main(["curate", str(tmp_path / "text.txt"), str(path)])
        assert (
            f"ballerina-data: error: {path}:{line}: claim 004-001: id: already a claim of"
            f" {SOURCE_004}; choose another id\n"
        ) == capsys.readouterr().err

    def test_a_source_id_of_the_catalog_is_refused(self) -> None:
        document = _document()
        document["source"]["id"] = SOURCE_004
        with pytest.raises(InvalidDataError, match=f"^source.id: '{SOURCE_004}' is already a"):
            curate.build(TEXT, document)


def test_sources_written_to_one_folder_are_all_kept(tmp_path: Path) -> None:
    first = curate.build(TEXT, _document())
    second_document = _document(id="other-notes-001")
    second_document["source"]["id"] = "other-notes"
    second = curate.build(f"{TEXT} Again.", second_document)
    curate.write(first, tmp_path)
    curate.write(second, tmp_path)
    assert Catalog.default().merge(first).merge(second) == curate.load(tmp_path)


def test_a_source_written_again_is_replaced(tmp_path: Path) -> None:
    curate.write(curate.build(TEXT, _document()), tmp_path)
    again = curate.build(TEXT, _document(quote="Ana de Armas stars"))
    curate.write(again, tmp_path)
    loaded = curate.load(tmp_path)
    assert (again.claims[0],) == loaded.claims_from("my-notes")
    assert 1 == sum(source.id == "my-notes" for source in loaded.sources)


class TestASourceTheBaseHas:
    """Before, its claims and text were written but sources.json left it out: the folder
    read back without it, and the next write refused the files this one wrote."""

    def test_a_shipped_source_is_refused_with_nothing_written(self, tmp_path: Path) -> None:
        shipped = Catalog.default()
        with pytest.raises(bd.InvalidQueryError) as raised:
            curate.write(shipped, tmp_path / "out")
        first = shipped.sources[0].id
        more = len(shipped.sources) - 1
        assert str(raised.value).startswith(f"source {first!r} (and {more} more) is already")
        assert "\n" not in str(raised.value)
        assert not (tmp_path / "out").exists()

    def test_a_copy_of_a_source_against_a_base_holding_it_is_refused(self, tmp_path: Path) -> None:
        built = curate.build(TEXT, _document())
        curate.write(built, tmp_path / "first")
        mine = curate.load(tmp_path / "first")
        (tmp_path / "second").mkdir()
        with pytest.raises(bd.InvalidQueryError, match=r"^source 'my-notes' is already a source"):
            curate.write(built, tmp_path / "second", base=mine)
        assert [] == list((tmp_path / "second").iterdir())

    def test_every_source_whose_files_are_written_is_listed(self, tmp_path: Path) -> None:
        built = curate.build(TEXT, _document())
        curate.write(built, tmp_path)
        listed = {source["id"] for source in json.loads((tmp_path / "sources.json").read_text())}
        written = {
            path.stem for folder in ("claims", "texts") for path in (tmp_path / folder).iterdir()
        }
        assert {"my-notes"} == listed == written


def test_a_copy_of_the_shipped_data_as_output_is_refused_in_one_short_line(
    tmp_path: Path,
) -> None:
    # Before: every id the copy gives again, each with "(in FOLDER)", in a line of 1.4 kB
    # (attack 2: several kB), and the ids past the 20th not even counted. (The command
    # line says, besides, that the folder is one for --into.)
    shutil.copytree(Path(bd.__file__).parent / "data", tmp_path / "out")
    with pytest.raises(bd.IntegrityError) as refused:
        curate.write(curate.build(TEXT, _document()), tmp_path / "out")
    err = str(refused.value)
    shipped = Catalog.default()
    assert "\n" not in err
    assert 6 == len(err.split("; "))  # entity ids of four kinds, source ids, claim ids
    first = ", ".join(repr(claim.id) for claim in shipped.claims[:3])
    assert f"; {len(shipped.claims)} duplicate claim ids: {first}, ... (in " in err


def test_the_written_text_keeps_its_bytes(tmp_path: Path) -> None:
    text = "Ana de Armas stars in Ballerina.\r\nMore.\n"
    added = curate.build(text, _document())
    curate.write(added, tmp_path)
    assert text.encode("utf-8") == (tmp_path / "texts/my-notes.txt").read_bytes()


@pytest.mark.parametrize("indexed", [False, True], ids=["searched", "indexed"])
@pytest.mark.parametrize("source", [source.id for source in Catalog.default().sources])
def test_every_shipped_source_is_rebuilt_from_quotes_alone(
    source: str, indexed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Against the other sources, as `curate --into` corrects a source: a note may quote
    # another source's text, which a claim of that source quotes. Indexed: each quote and
    # context found through the text's word index, as for a file of many claims.
    if indexed:
        monkeypatch.setattr(curate, "_INDEXED_FROM", 0)
    shipped = Catalog.default()
    tool = _tool()
    curation = tool.dumps(tool.curation_file(source, entities=False))
    rebuilt = curate.build(shipped.text(source), curation, base=shipped, replace=True)
    assert shipped.claims_from(source) == rebuilt.claims


def test_the_how_to_rebuilds_the_evidence_of_source_004() -> None:
    # Field by field, and only for the claims both hold: a correction of the shipped values
    # must not hide whether the workflow still finds every quote where the data has it.
    text = (ROOT / "seeds" / f"{SOURCE_004}.txt").read_bytes().decode("utf-8")
    curation = (ROOT / "docs/how-to/004-claims.json").read_text(encoding="utf-8")
    shipped_catalog = Catalog.default()
    others = tuple(s for s in shipped_catalog.sources if s.id != SOURCE_004)
    texts_only = Catalog(sources=others, texts={s.id: shipped_catalog.text(s) for s in others})
    rebuilt = {claim.id: claim for claim in curate.build(text, curation, base=texts_only).claims}
    shipped = {claim.id: claim for claim in bd.claims_from(SOURCE_004)}
    assert len(set(rebuilt) & set(shipped)) >= 0.9 * len(shipped)
    for claim_id in set(rebuilt) & set(shipped):
        for field in ("quote", "start", "end", "prefix", "suffix"):
            mine = getattr(rebuilt[claim_id].evidence, field)
            assert getattr(shipped[claim_id].evidence, field) == mine, (claim_id, field)


def _ballerina_with_alias(name: str) -> dict[str, Any]:
    """The catalog's record of Ballerina (2024) with one more title, ``name``."""
    from ballerina_data._convert import unstructure

    record: dict[str, Any] = unstructure(Catalog.default().film("film/ballerina-2024"))
    record["aliases"] = [*record["aliases"], {"name": name, "kind": "alternative_title"}]
    return record


# Each rule of the page "The data model" that code can check, broken once: (the rule, how
# the curation file breaks it, a text on the line the error names, what the error says).
RULES_BROKEN = [
    (
        "value of the person",
        {
            "subject": "person/keanu-reeves",
            "predicate": "date_of_death",
            "value": {"type": "date", "date": "2023-03-17"},
            "quote": "He died on March 17, 2023",
        },
        '"subject"',
        "subject: the sentence names no person and opens with 'He', and the sentence just"
        " before opens with another person ('Lance Reddick')",
    ),
    (
        "story order",
        {
            "predicate": "followed_by",
            "value": {"type": "entity", "id": "film/john-wick-chapter-4"},
            "quote": "Ballerina is a prequel to John Wick: Chapter 4",
        },
        '"predicate"',
        "predicate: the quote writes 'prequel', an order of the story, not of release: claim it"
        " as chronology",
    ),
    (
        "credit role",
        {"predicate": "director", "quote": "Ana de Armas stars in Ballerina"},
        '"id": "Ana De Armas"',
        "value.id: the quote writes 'stars' of person/ana-de-armas, a cast_member credit: no"
        " director credit; quote the words that give the part",
    ),
    (
        "relation words",
        {"predicate": "part_of_series", "value": {"type": "entity", "id": "franchise/john-wick"}},
        '"quote"',
        "quote: the quote writes no word of the part_of_series link (a word such as 'part of',"
        " 'entry in',",
    ),
    (
        "former link",
        {
            "subject": "org/continental-hotel",
            "predicate": "owned_by",
            "value": {"type": "entity", "id": "character/winston-scott"},
            "quote": "Winston Scott, who once owned the Continental Hotel",
        },
        "  {",  # no status to point at: the claim's opening
        "qualifiers.status: the quote's clause writes 'once' of the owned_by link, which makes"
        " it a value since changed",
    ),
    (
        "done after to",
        {
            "value": {"type": "entity", "id": "Keanu Reeves"},
            "quote": "Keanu Reeves lobbied to star in Ballerina",
        },
        '"id": "Keanu Reeves"',
        "value.id: the quote writes 'lobbied to star': a cast_member verb after 'to' is done"
        " only where the word before 'to' says it was",
    ),
    (
        "word edges",
        {"quote": "na de Armas stars in Ballerina"},
        '"quote"',
        "quote: the quote starts inside 'Ana': quote whole words and numbers",
    ),
    (
        "entity named",
        {
            "predicate": "cast_member",
            "value": {"type": "entity", "id": "Keanu Reeves"},
            "quote": "Ana de Armas stars in Ballerina",
        },
        '"id": "Keanu Reeves"',
        "value.id: the quote names no name of person/keanu-reeves ('Keanu Reeves'): quote words",
    ),
    (
        "stated",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-06-06"},
            "qualifiers": {"status": "released"},
            "quote": "Was it released on June 6, 2025?",
        },
        '"quote"',
        "quote: the quote's sentence asks a question ('?'), which states nothing",
    ),
    (
        "stated (a question quoted with more words)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-06-06"},
            "qualifiers": {"status": "released"},
            "quote": "Was it released on June 6, 2025? Rooney survives",
        },
        '"quote"',
        "quote: the quote holds a question ('?') before its other words, which states nothing",
    ),
    (
        "known shape",
        {
            "predicate": "producer",
            "value": {"type": "entity", "id": "Chad Stahelski"},
            "quote": "Chad Stahelski, who directed the original, produced Ballerina",
        },
        '"id": "Chad Stahelski"',
        "value.id: the words that bind the value to the subject in the quote's sentence hold"
        " 'original', of no known shape of 'producer'",
    ),
    ("claim id", {"id": "mine-001"}, '"mine-001"', "id: 'mine-001' does not start with"),
    (
        "date note of a claim",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-06-06"},
            "quote": "opens on June 6",
        },
        '"date": "2025-06-06"',
        "value.date: the quote does not write the year of 2025-06-06: say in a note how",
    ),
    (
        "date note (a year for a season)",  # winter 2026 runs into 2027
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2026"},
            "qualifiers": {"status": "scheduled"},
            "quote": "Ballerina 2 opens in winter 2026",
        },
        '"date": "2026"',
        "value.date: the quote writes 'winter 2026', the season 2026-24 (from 2026-12 to"
        " 2027-02), which 2026 is not within: give 2026-24 or a date within it, or say in the"
        " note how the date is known, writing its words ('winter 2026')",
    ),
    (
        "date note (its day)",  # the year and month written, another day
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-06-16"},
            "quote": "opens on June 6, 2025",
        },
        '"date": "2025-06-16"',
        "value.date: the quote does not write the day of 2025-06-16 as one date with its month",
    ),
    (
        "date note (its day and month apart)",  # each written, not as one date
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-07-07"},
            "quote": "opens on June 7, 2025 in the US and July 6, 2025 in the UK",
        },
        '"date": "2025-07-07"',
        "value.date: the quote does not write the day of 2025-07-07 as one date with its month"
        " ('July 7', '7 July', '7/7/2025'): say in a note how",
    ),
    (
        "date note (its season)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-21"},
            "quote": "opens in the summer of 2025",
        },
        '"date": "2025-21"',
        "value.date: the quote does not write the season of 2025-21 ('spring'): say in a note",
    ),
    (
        "date note (its month)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-07"},
            "quote": "opens on June 6, 2025",
        },
        '"date": "2025-07"',
        "value.date: the quote does not write the month of 2025-07: say in a note how",
    ),
    (
        "date note (against its quote)",  # a note that writes another date than the quote
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-07-06"},
            "quote": "opens on June 6, 2025",
            "note": "'opens on June 6, 2025': 2025-07-06.",
        },
        '"date": "2025-07-06"',
        "value.date: the quote writes 'June 6, 2025', and 2025-07-06 is none of them: a note adds"
        " what the quote leaves out of a date, never another date than it writes",
    ),
    (
        "date note (a part of its month)",  # a month for "mid-June", no note saying which part
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-06"},
            "quote": "opens in mid-June 2025",
        },
        '"date": "2025-06"',
        "value.date: the quote writes 'mid-June 2025', a part of 2025-06 only: give a date within"
        " it, or say in the note which part, writing its words ('mid-June 2025')",
    ),
    (
        "figure note (its amount)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "250000000", "unit": "USD"},
            "quote": "It made $25 million",
        },
        '"amount": "250000000"',
        "value.amount: the quote does not write the amount 250,000,000: it writes the amount"
        " 25,000,000 in USD, and a note adds what a quote leaves out of a figure, never",
    ),
    (
        "figure note (its currency)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "25000000", "unit": "EUR"},
            "quote": "It made $25 million",
        },
        '"unit": "EUR"',
        "value.unit: the quote does not write the currency EUR ('\u20ac' or 'euro' or 'EUR')",
    ),
    (
        "figure note (a bare number its scale word scales)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "25", "unit": "USD"},
            "quote": "It made $25 million",
        },
        '"amount": "25"',
        "value.amount: the quote does not write the amount 25: it writes the amount 25,000,000"
        " in USD, and a note adds",
    ),
    (
        "figure note (a decimal comma)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "1", "unit": "USD"},
            "quote": "It made $1,5 billion",
        },
        '"amount": "1"',
        "value.amount: the quote does not write the amount 1: it writes '1,5 billion', whose"
        " comma is read as neither a decimal point nor a separator of thousands; say in a note",
    ),
    (
        "figure note (a currency written beside another figure)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "58000000", "unit": "GBP"},
            "quote": "It made 58 million in the UK, where tickets cost \u00a312",
        },
        '"unit": "GBP"',
        "value.unit: the quote does not write the currency GBP ('\u00a3' or 'pound' or"
        " 'sterling' or 'GBP') with the amount 58,000,000: say in a note how",
    ),
    (
        "format note",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "25000000", "unit": "USD"},
            "quote": "Ballerina made $25 million from IMAX screens",
        },
        '"amount": "25000000"',
        "value.amount: the figure's clause names the format 'IMAX': one format's takings are no"
        " box_office of the work; say in a note how",
    ),
    (
        "region note (a territory of two words)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "58000000", "unit": "USD"},
            "quote": "Ballerina has grossed $58 million in North America",
        },
        "  {",  # the claim's first line, as it gives no qualifiers
        "qualifiers.region: the figure's clause names the region 'North America': give the"
        " claim's region qualifier, or say in a note which takings the figure is, writing"
        " 'North America'",
    ),
    (
        "region note (a sum spent in one place)",
        {
            "predicate": "cost",
            "value": {"type": "quantity", "amount": "40000000", "unit": "USD"},
            "quote": "Ballerina spent $40 million in Hungary",
        },
        '"amount": "40000000"',
        "value.amount: the figure's clause names the place 'Hungary': a sum spent in one place"
        " (or outside it) is no budget of the work; say in a note how the figure is the work's"
        " whole budget, writing 'Hungary'",
    ),
    (
        "region note (the takings outside a region)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "30000000", "unit": "USD"},
            "quote": "Ballerina has grossed $30 million outside North America",
        },
        "  {",  # the claim's first line, as it gives no qualifiers
        "qualifiers.region: the figure's clause leaves out the region 'North America'"
        " ('outside North America'): the takings of the rest are no total of the work; quote"
        " those words and give them as the region qualifier ('outside North America'), or say"
        " in a note which takings the figure is, writing 'North America'",
    ),
    (
        "region note (written beside another figure)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "90000000", "unit": "USD"},
            "qualifiers": {"region": "China"},
            "quote": "It made $90 million in the US and $30 million in China",
        },
        '"region": "China"',
        "qualifiers.region: the quote writes 'China' outside the figure's clause ('It made $90"
        " million in the US'), and the figure's own clause ('It made $90 million in the US')"
        " gives it to 'US', which no note changes: give the region 'US' names, or claim the"
        " figure that 'China' is written with",
    ),
    (
        "region note (written beside another date)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2024-06-06"},
            "qualifiers": {"region": "US"},
            "quote": "Ballerina opens June 7, 2024 in the US and June 6, 2024 in the UK",
        },
        '"region": "US"',
        "qualifiers.region: the quote writes 'US' outside the date's clause ('and June 6, 2024"
        " in the UK'), and the date's own clause ('and June 6, 2024 in the UK') gives it to"
        " 'UK', which no note changes",
    ),
    (
        "region note (another release of the date's one clause)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2026-06-04"},
            "qualifiers": {"region": "US"},
            "quote": "Ballerina opens in the UK on June 4, 2026, two days before its US release",
        },
        '"region": "US"',
        "qualifiers.region: the quote writes 'US' outside the date's clause ('Ballerina opens in"
        " the UK on June 4, 2026'), and the date's own clause",
    ),
    # Reported: a note quoting another figure's region word let this figure through.
    (
        "region note (another figure's word)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "137000000", "unit": "USD"},
            "qualifiers": {"region": "US"},
            "quote": "It has grossed $58 million domestically and $137 million in all",
            "note": "'domestically': the US",
        },
        '"region": "US"',
        "qualifiers.region: the quote writes the note's 'domestically' outside the figure's own"
        " clause ('$137 million in all'), where it is another value's: say in a note how",
    ),
    (
        "date event",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-03-03"},
            "qualifiers": {"status": "released"},
            "quote": "The first trailer for Ballerina was released on March 3, 2025",
        },
        '"date": "2025-03-03"',
        "value.date: the quote writes 'March 3, 2025' as the date of the trailer's 'released',"
        " not as the date of the release: quote words that date it",
    ),
    (
        "date event (a clause of another event)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-04-02"},
            "quote": "Ballerina, which opens on June 13, 2025, was rated R on April 2, 2025",
        },
        '"date": "2025-04-02"',
        "value.date: the quote writes 'April 2, 2025' in its clause 'was rated R on April 2,"
        " 2025', with no word of the release in it, not as the date of the release: quote"
        " words that date it",
    ),
    (
        "date event (a premiere at a named event)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-03-08"},
            "qualifiers": {"status": "released"},
            "quote": "Ballerina premiered at SXSW on March 8, 2025",
        },
        '"date": "2025-03-08"',
        "value.date: the quote writes 'March 8, 2025' as the date of 'premiered at SXSW', an"
        " event's screening, not as the date of the release: quote words that date it",
    ),
    (
        "text predicate",
        {
            "predicate": "narrative_location",
            "value": {"type": "text", "text": "Budapest"},
            "quote": "Ballerina was filmed in Budapest",
        },
        '"text": "Budapest"',
        "value.text: the quote writes 'Budapest' as bound to 'filmed', not as where its story"
        " is set: quote words that say so",
    ),
    (
        "text predicate (a way to watch with no word of it)",
        {
            "predicate": "distribution_format",
            "value": {"type": "text", "text": "Peacock"},
            "quote": "Peacock announced the film",
        },
        '"text": "Peacock"',
        "value.text: the quote writes 'Peacock' with no word of it, not as a way to watch the"
        " work: quote words that say so ('theaters', 'streaming', 'on demand', 'digital', ...)",
    ),
    (
        "played link",
        {
            "subject": "person/ana-de-armas",
            "predicate": "spouse",
            "value": {"type": "entity", "id": "person/norman-reedus"},
            "quote": "Ana de Armas is married to Norman Reedus in the film",
        },
        '"quote"',
        "quote: the quote's sentence sets the spouse in a work ('in the film'): the parts"
        " played, the characters', not the people's own",
    ),
    (
        "played part",
        {
            "subject": "person/keanu-reeves",
            "predicate": "occupation",
            "value": {"type": "text", "text": "hitman"},
            "quote": "Keanu Reeves, 60, plays a hitman",
        },
        '"text": "hitman"',
        "value.text: the quote writes 'hitman' after 'plays', as a part the person plays, not"
        " the person's occupation: give it to the character",
    ),
    (
        "another's occupation",
        {
            "subject": "character/rooney",
            "predicate": "occupation",
            "value": {"type": "text", "text": "assassin"},
            "quote": "Rooney hunts an assassin",
        },
        '"text": "assassin"',
        "value.text: the quote writes 'assassin' after 'hunts', as another's, not the person's"
        " occupation",
    ),
    (
        "occupation not held",
        {
            "subject": "character/rooney",
            "predicate": "occupation",
            "value": {"type": "text", "text": "assassin"},
            "quote": "Rooney, a budding assassin",
        },
        '"text": "assassin"',
        "value.text: the quote writes 'assassin' with 'budding', which makes it a calling not"
        " taken up yet, not an occupation character/rooney holds",
    ),
    (
        "relation words (a name compared)",
        {
            "subject": "character/rooney",
            "predicate": "student_of",
            "value": {"type": "entity", "id": "character/john-wick"},
            "quote": "Rooney, like John Wick, was trained by the Director",
        },
        '"quote": "Rooney, like John Wick',
        "quote: the quote writes 'trained by' in 'like John Wick', which does not say the"
        " student_of link of character/rooney and character/john-wick",
    ),
    (
        "other name not held",
        {
            "subject": "character/rooney",
            "predicate": "other_name",
            "value": {"type": "text", "text": "Eve"},
            "quote": "Rooney drops the alias Eve",
        },
        '"text": "Eve"',
        "value.text: the quote writes 'Eve' after 'drops', which makes it a name given up or"
        " refused, not a name character/rooney goes by",
    ),
    (
        "relation words (a series of another)",
        {
            "predicate": "part_of_series",
            "value": {"type": "entity", "id": "franchise/underworld"},
            "quote": "Ballerina stars Kate Beckinsale of the Underworld franchise",
        },
        '"quote": ',
        "quote: the quote writes franchise/underworld in 'Beckinsale of the Underworld',"
        " which does not put film/ballerina-2024 in it",
    ),
    (
        "another's occupation (a possessive's noun)",
        {
            "subject": "person/lance-reddick",
            "predicate": "occupation",
            "value": {"type": "text", "text": "father"},
            "quote": "Lance Reddick's father died",
        },
        '"text": "father"',
        "value.text: the quote writes 'father' after \"'s\", of another than person/lance-reddick",
    ),
    (
        "date published",
        {
            "subject": "person/lance-reddick",
            "predicate": "date_of_death",
            "value": {"type": "date", "date": "2027-03-17"},
            "quote": "Lance Reddick died on March 17, 2027",
        },
        '"date": "2027-03-17"',
        "value.date: 2027-03-17 is after the source's publication (2025-06-01), so it cannot be"
        " stated as past",
    ),
    (
        "date published (no status)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2026-06-06"},
            "quote": "Ballerina was released on June 6, 2026",
        },
        '"date": "2026-06-06"',
        "value.date: 2026-06-06 is after the source's publication (2025-06-01): give it a"
        " forecast status (scheduled, expected, ...) or say in a note how it is known",
    ),
    (
        "date published (a figure's date)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "137000000", "unit": "USD", "bound": "exact"},
            "qualifiers": {"date": "2025-08-01"},
            "quote": "As of August 1, 2025, Ballerina has grossed $137 million",
        },
        '"date": "2025-08-01"',
        "qualifiers.date: the figure is dated 2025-08-01, after the source's publication"
        " (2025-06-01), so it cannot be stated as past",
    ),
    (
        "run's end",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-05"},
            "qualifiers": {"medium": "theatrical"},
            "quote": "Ballerina stayed in theaters through May 2025",
        },
        '"date": "2025-05"',
        "value.date: the quote writes 'through' just before 2025-05, the end of a theatrical"
        " run, no release date of any medium",
    ),
    (
        "date weekday",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2024-06-08"},
            "qualifiers": {"status": "scheduled"},
            "quote": "Ballerina will be released on Friday, June 8",
            "note": "The year 2024 is from the headline: 2024-06-08.",
        },
        '"date": "2024-06-08"',
        "value.date: the quote writes 'Friday' just before 2024-06-08, which falls on a"
        " Saturday: the date is another one",
    ),
    (
        "date weekday (after the date)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-06-07"},
            "qualifiers": {"status": "scheduled"},
            "quote": "Ballerina opens June 7, 2025, a Friday",
        },
        '"date": "2025-06-07"',
        "value.date: the quote writes 'Friday' just after 2025-06-07, which falls on a"
        " Saturday: the date is another one",
    ),
    (
        "character",
        {
            "predicate": "cast_member",
            "value": {"type": "entity", "id": "person/keanu-reeves"},
            "qualifiers": {"character": "character/rooney"},
            "quote": "Ana de Armas as Rooney and Keanu Reeves as John Wick",
        },
        '"character"',
        "qualifiers.character: the quote names more than one person, and does not write the"
        " character 'Rooney' in the part from 'Keanu Reeves' to the next person's name: say",
    ),
    (
        "character (played by)",
        {
            "predicate": "cast_member",
            "value": {"type": "entity", "id": "person/ian-mcshane"},
            "qualifiers": {"character": "character/john-wick"},
            "quote": "Winston, played by Ian McShane, and John Wick, played by Keanu Reeves",
        },
        '"character"',
        "qualifiers.character: the quote names more than one person, and does not write the"
        " character 'John Wick' in the part back from 'Ian McShane' to the previous person's",
    ),
    (
        "character (a character played by the next person)",
        {
            "predicate": "cast_member",
            "value": {"type": "entity", "id": "person/keanu-reeves"},
            "qualifiers": {"character": "character/rooney"},
            "quote": "Keanu Reeves trains Rooney, played by Ana de Armas",
        },
        '"character"',
        "qualifiers.character: the quote names more than one person, and does not write the"
        " character 'Rooney' in the part from 'Keanu Reeves' to the next person's name (a"
        " character just before 'played by' a name is that person's): say",
    ),
    (
        "value negation (a credit short of a casting)",
        {
            "value": {"type": "entity", "id": "person/keanu-reeves"},
            "quote": "Keanu Reeves was considered for Ballerina",
        },
        '"id": "person/keanu-reeves"',
        "value.id: the quote writes 'considered for': the value person/keanu-reeves is short of"
        " a casting: give the claim a status (in_development, reported, speculated,",
    ),
    (
        "entity named (another person's value)",
        {
            "subject": "person/keanu-reeves",
            "predicate": "date_of_death",
            "value": {"type": "date", "date": "2023-03"},
            "quote": "Keanu Reeves paid tribute to Lance Reddick, who died in March 2023",
        },
        '"subject"',
        "subject: the quote writes person/lance-reddick between the subject"
        " person/keanu-reeves and the value: the value may be theirs; say in the note why",
    ),
    (
        "entity named (a word of another person)",
        {
            "subject": "person/keanu-reeves",
            "predicate": "deceased",
            "value": {"type": "text", "text": "late"},
            "quote": "Keanu Reeves paid tribute to the late Lance Reddick",
        },
        '"subject"',
        "subject: the quote writes 'late' of person/lance-reddick, not of the subject"
        " person/keanu-reeves: say in the note why it is the subject's, naming it",
    ),
    (
        "entity named (only another's possessor)",
        {
            "subject": "person/lance-reddick",
            "predicate": "date_of_death",
            "value": {"type": "date", "date": "2023-03"},
            "quote": "Lance Reddick's father died in March 2023",
        },
        '"subject"',
        "subject: the quote's sentence names person/lance-reddick only as the possessor of"
        " 'father': what it says is of the father, not of person/lance-reddick; say in the note",
    ),
    (
        "date note (its year, from another mention)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2023-06-07"},
            "quote": "It opens June 7, a year after John Wick 4 opened in 2023",
        },
        '"date": "2023-06-07"',
        "value.date: the quote does not write the year of 2023-06-07 with its month and day"
        " ('June 7, 2023'): say in a note how",
    ),
    (
        "date note (its year, from another clause)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2024-03"},
            "quote": "Ballerina opened in 2024; its trailer dropped in March",
        },
        '"date": "2024-03"',
        "value.date: the quote does not write the year of 2024-03 with its month ('March 2024'):"
        " say in a note how",
    ),
    (
        "figure note (another country's dollar)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "30000000", "unit": "USD"},
            "quote": "It made A$30 million in Australia",
        },
        '"unit": "USD"',
        "value.unit: the quote does not write the currency USD ('$' or 'US$' or 'dollar' or"
        " 'buck' or 'USD')",
    ),
    (
        "figure bound (a word just short of it)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "50000000", "unit": "USD", "bound": "exact"},
            "quote": "close to $50 million in all",
        },
        '"bound"',
        "value.bound: the quote writes 'close to' before the figure, which gives the bound"
        " 'at_most', not 'exact'",
    ),
    (
        "figure bound",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "25000000", "unit": "USD", "bound": "at_least"},
            "quote": "It made $25 million",
        },
        '"bound"',
        "value.bound: the quote writes no word before or after the figure that bounds it,"
        " which gives",
    ),
    (
        "figure bound (a rate)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "5000000", "unit": "USD"},
            "quote": "takings were $5 million a day",
        },
        '"amount": "5000000"',
        "value.amount: the quote gives the figure as one end of a range, one of several, a share"
        " of another, a total of several, a target missed, a rate or a difference ('$5 million"
        " a day'), not as an amount of its own",
    ),
    (
        "part of the run",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "25000000", "unit": "USD"},
            "quote": "In its third weekend, it made $25 million",
        },
        '"amount": "25000000"',
        "value.amount: the sentence gives the figure as one period's takings ('third weekend'),"
        " not the running total box_office is: claim a total the text gives",
    ),
    (
        "part of the run (takings added)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "10000000", "unit": "USD"},
            "quote": "Ballerina added $10 million",
        },
        '"amount": "10000000"',
        "value.amount: the sentence gives the figure as takings added ('added'), not the running"
        " total box_office is: claim a total the text gives",
    ),
    (
        "figure bound (a margin)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "20000000", "unit": "USD"},
            "quote": "Ballerina outgrossed John Wick by $20 million",
        },
        '"amount": "20000000"',
        "value.amount: the quote gives the figure as one end of a range, one of several, a share"
        " of another, a total of several, a target missed, a rate or a difference ('by $20"
        " million'), not as an amount of its own",
    ),
    (
        "figure of the work",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "440000000", "unit": "USD"},
            "quote": "Chapter 4 made $440 million",
        },
        '"amount": "440000000"',
        "value.amount: the figure's clause names another work ('Chapter 4') and not the claim's"
        " subject: the figure is that work's; say in a note how it is the subject's",
    ),
    (
        "figure of the work (another sum)",
        {
            "predicate": "cost",
            "value": {"type": "quantity", "amount": "50000000", "unit": "USD"},
            "quote": "Ballerina's marketing budget is $50 million",
        },
        '"amount": "50000000"',
        "value.amount: the sentence gives the figure as another sum than the work's"
        " ('marketing'), no cost of it: say in a note how the figure is the work's",
    ),
    (
        "figure of the work (another predicate)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "90000000", "unit": "USD"},
            "quote": "Ballerina had a $90 million budget",
        },
        '"amount": "90000000"',
        "value.amount: the figure's nearest word of a predicate ('budget') gives it as cost, no"
        " box_office (box_office wants a word such as 'grossed', 'earned', 'took in' or 'box"
        " office'): claim it as cost, or say in a note how the figure is the work's box_office",
    ),
    (
        "figure of the work (screen time)",
        {
            "predicate": "duration",
            "value": {"type": "quantity", "amount": "10", "unit": "minute"},
            "quote": "Keanu Reeves appears in Ballerina for 10 minutes",
        },
        '"amount": "10"',
        "value.amount: the figure's clause ('Keanu Reeves appears in Ballerina for') gives it"
        " as no running time (no word such as 'runs', 'running time', 'long' or 'a 90-minute"
        " film', nor the figure alone just after the work's name, as a listing's 'Ballerina"
        " (125 mins)'): a person's screen time or a wait is none; say in a note how the figure"
        " is the work's running time",
    ),
    (
        "value of the work",
        {
            "predicate": "cost",
            "value": {"type": "quantity", "amount": "120000000", "unit": "USD"},
            "quote": "Its sequel cost $120 million",
        },
        '"amount": "120000000"',
        "value.amount: the sentence says the value of another thing than the work ('Its sequel':"
        " 'sequel'), not of the work itself: quote 'Its sequel' in the note and say how the"
        " value is the work's own",
    ),
    (
        "figure scope",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "12000000", "unit": "USD"},
            "quote": "Ballerina grossed $12 million",
        },
        '"amount": "12000000"',
        "value.amount: the sentence before the quote's names a region, a part of the run or a"
        " version ('Overseas'), which may scope the value",
    ),
    (
        "figure of a set",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "1000000000", "unit": "USD"},
            "quote": "Ballerina helped the franchise gross $1 billion",
        },
        '"amount": "1000000000"',
        "value.amount: the sentence gives the figure to a set of works ('the franchise'), not to"
        " the work alone: claim it for the set, or quote 'the franchise' in the note and say"
        " how the figure is the work's own",
    ),
    (
        "work left out",
        {
            "predicate": "filming_location",
            "value": {"type": "text", "text": "Prague"},
            "quote": "Every film but Ballerina was shot in Prague",
        },
        '"quote": "Every film but Ballerina',
        "quote: the sentence leaves the work out of what it says ('film but' with 'Ballerina'):"
        " the value is the other works', not this one's; claim it for them, or, where 'film"
        " but' leaves out something else, quote 'film but' in the note and say how the value"
        " is the work's own",
    ),
    (
        "date of the work",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2023-03-24"},
            "quote": "Chapter 4 opened on March 24, 2023",
        },
        '"date": "2023-03-24"',
        "value.date: the date's clause names another work ('Chapter 4') and not the claim's"
        " subject: the date is that work's; say in a note how it is the subject's",
    ),
    (
        "value of the work (another name's possessive)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "32500000", "unit": "USD"},
            "quote": "Ballerina opened in second place behind Lilo & Stitch's $32.5 million",
        },
        '"amount": "32500000"',
        "value.amount: the sentence gives the value to 'Lilo & Stitch', not to the claim's"
        " subject: it is theirs; claim it for them, or quote 'Lilo & Stitch' in the note and"
        " say how the value is the subject's",
    ),
    (
        "value of the work (a credit of another work's clause)",
        {
            "predicate": "cast_member",
            "value": {"type": "entity", "id": "Keanu Reeves"},
            "quote": (
                "Ballerina stars Ana de Armas, while John Wick: Chapter 4 starred Keanu Reeves"
            ),
        },
        '"id": "Keanu Reeves"',
        "value.id: the clause that names person/keanu-reeves names another work ('Chapter 4')"
        " and not the claim's subject: the value is that work's; claim it for that work, or"
        " quote 'Chapter 4' in the note and say how the value is the subject's",
    ),
    (
        "title kind",
        {
            "predicate": "title",
            "value": {"type": "text", "text": "John Wick: Ballerina"},
            "quote": "formerly titled John Wick: Ballerina",
            "qualifiers": {"title_kind": "alternative_title"},
        },
        '"title_kind": "alternative_title"',
        "qualifiers.title_kind: the quote writes 'formerly' before the title, which makes it a"
        " title the work had before: give the kind 'working_title', not 'alternative_title', or"
        " quote the words in the note and say why",
    ),
    (
        "title kind (a rejected title)",
        {
            "predicate": "title",
            "value": {"type": "text", "text": "John Wick: Ballerina"},
            "quote": "The rejected title John Wick: Ballerina",
            "qualifiers": {"title_kind": "working_title"},
        },
        '"title_kind": "working_title"',
        "qualifiers.title_kind: the quote writes 'rejected title' by the title, which makes it"
        " no title of the work (one rejected or only considered, or a nickname): quote the"
        " words in the note and say why it stands",
    ),
    (
        "work named",
        {
            "predicate": "duration",
            "value": {"type": "quantity", "amount": "93", "unit": "minute"},
            "quote": "Ballerina (2023) runs 93 minutes",
        },
        '"subject": "film/ballerina-2024"',
        "subject: the quote's sentence writes 'Ballerina (2023)', which names another work of"
        " that name than film/ballerina-2024 (its year is 2024): the claim is"
        " film/ballerina-2023's; claim it for that work, or quote 'Ballerina (2023)' in the"
        " note and say why it is film/ballerina-2024's",
    ),
    (
        "work named (a year of no work of its name)",
        {
            "predicate": "duration",
            "value": {"type": "quantity", "amount": "93", "unit": "minute"},
            "quote": "Ballerina (2030) runs 93 minutes",
        },
        '"subject": "film/ballerina-2024"',
        "subject: the quote's sentence writes 'Ballerina (2030)', a year of no work of that name"
        " the catalog holds, nor of film/ballerina-2024 (its year is 2024, and no release date"
        " the catalog gives it is of 2030): give film/ballerina-2024 a release date of that"
        " year, or quote 'Ballerina (2030)' in the note and say why it is"
        " film/ballerina-2024's; if the text means another work of that name, add that work"
        " and claim it for it",
    ),
    (
        "title kind (a title held once, by the words after it)",
        {
            "predicate": "title",
            "value": {"type": "text", "text": "John Wick: Ballerina"},
            "quote": "Ballerina was titled John Wick: Ballerina in early drafts",
            "qualifiers": {"title_kind": "title"},
        },
        '"title_kind": "title"',
        "qualifiers.title_kind: the quote writes 'in early drafts' just after the title, which"
        " makes it a title the work had before: give the kind 'working_title', not 'title', or"
        " quote the words in the note and say why",
    ),
    (
        "figure bound (a total of two films)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "120000000", "unit": "USD"},
            "quote": "the two films grossed a combined $120 million",
        },
        '"amount": "120000000"',
        "value.amount: the quote gives the figure as one end of a range, one of several, a share"
        " of another, a total of several, a target missed, a rate or a difference ('combined"
        " $120 million'), not as an amount of its own",
    ),
    (
        "value alternative",
        {
            "predicate": "director",
            "value": {"type": "entity", "id": "Len Wiseman"},
            "quote": "Ballerina is to be directed by Len Wiseman",
        },
        '"id": "Len Wiseman"',
        "value.id: the quote gives the value as one of several ('Len Wiseman or Chad"
        " Stahelski'): give the claim a status that says the choice is open ('unconfirmed',"
        " 'speculated'), or quote the words in the note and say why the value stands",
    ),
    (
        "date bound",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-06-06"},
            "quote": "opens before June 6, 2025",
        },
        '"date": "2025-06-06"',
        "value.date: the quote writes 'before' just before 2025-06-06, which makes it a bound"
        " (the latest it may be), not a date it states: quote the words with it in the note",
    ),
    (
        "value negation (a figure)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "40000000", "unit": "USD"},
            "quote": "It did not make $40 million",
        },
        '"amount"',
        "value.amount: the quote writes 'not' before its amount: the value may say the opposite",
    ),
    (
        "value negation (a figure, negated before its quote)",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "40000000", "unit": "USD"},
            "quote": "make $40 million",
        },
        '"amount"',
        "value.amount: the quote writes 'not' before its amount: the value may say the opposite",
    ),
    (
        "value negation (an entity)",
        {
            "subject": "film/ballerina-2",
            "value": {"type": "entity", "id": "person/keanu-reeves"},
            "quote": "Keanu Reeves will not appear in Ballerina 2",
        },
        '"id": "person/keanu-reeves"',
        "value.id: the quote writes 'not': the value person/keanu-reeves may say the opposite",
    ),
    (
        "value negation (a credit undone)",
        {
            "subject": "film/ballerina-2",
            "value": {"type": "entity", "id": "person/keanu-reeves"},
            "quote": "Keanu Reeves dropped out of Ballerina 2",
        },
        '"id": "person/keanu-reeves"',
        "value.id: the quote writes 'dropped out': the value person/keanu-reeves may say the"
        " opposite",
    ),
    (
        "region note",
        {
            "predicate": "box_office",
            "value": {"type": "quantity", "amount": "25000000", "unit": "USD"},
            "qualifiers": {"region": "UK"},
            "quote": "It made $25 million",
        },
        '"region": "UK"',
        "qualifiers.region: the quote does not write the region 'UK': say in a note how",
    ),
    (
        "region note (a pronoun is no code)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-06-07"},
            "qualifiers": {"region": "US"},
            "quote": "It reaches us on June 7, 2025",
        },
        '"region": "US"',
        "qualifiers.region: the quote writes 'US' only as a word ('us'), not in capitals as a"
        " code is: say in a note how",
    ),
    (
        "medium note",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-06-07"},
            "qualifiers": {"medium": "streaming"},
            "quote": "It opens on June 7, 2025 in the US",
        },
        '"medium": "streaming"',
        "qualifiers.medium: the quote does not write the medium 'streaming': say in a note how",
    ),
    (
        "status words",
        {"qualifiers": {"status": "announced"}},
        '"status"',
        "qualifiers.status: status 'announced' is not in the quote's words: quote the words",
    ),
    (
        "status words (of another thing)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2024-06-07"},
            "qualifiers": {"status": "released"},
            "quote": "Lionsgate released a trailer for Ballerina, which opens June 7, 2024",
        },
        '"status"',
        "qualifiers.status: status 'released' is in the quote's words only as said of another"
        " thing ('released a trailer')",
    ),
    (
        "stated (a counterfactual)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2024-06-07"},
            "quote": "Ballerina would have opened on June 7, 2024",
        },
        '"quote"',
        "quote: the quote's sentence says what it holds did not happen or is not so ('would"
        " have'): quote the words in the note",
    ),
    (
        "stated (a doubt)",
        {
            "value": {"type": "entity", "id": "Keanu Reeves"},
            "quote": "Keanu Reeves joins Ballerina",
        },
        '"quote"',
        "quote: the quote's sentence doubts what it holds ('Few believe'): give the status"
        " 'unconfirmed' or 'speculated', or quote the words in the note",
    ),
    (
        "stated (a joke)",
        {
            "value": {"type": "entity", "id": "Ian McShane"},
            "quote": "Ian McShane joins Ballerina",
        },
        '"quote"',
        "quote: the quote's sentence calls what it holds a joke ('Satire'), which states"
        " nothing: quote the words in the note",
    ),
    (
        "stated (a value corrected)",
        {
            "predicate": "cost",
            "value": {"type": "quantity", "amount": "90000000", "unit": "USD"},
            "quote": "Its budget was given as $90 million",
        },
        '"value"',
        "value: the quote's sentence corrects its value ('but it was actually'), which makes it"
        " a report shown false: give the status 'reported' or 'unconfirmed' where its words say"
        " so, or quote the words in the note",
    ),
    (
        "date bound (a date replaced)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2024-06-07"},
            "quote": "Ballerina missed its June 7, 2024 date",
        },
        '"date": "2024-06-07"',
        "value.date: the quote's sentence writes 'missed' before 2024-06-07, which makes it a"
        " date missed, not a date it states",
    ),
    (
        "date bound (a date changed since)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-05-30"},
            "quote": "Lionsgate has delayed Ballerina from May 30, 2025",
        },
        '"date": "2025-05-30"',
        "value.date: the quote writes 'delayed Ballerina from' before 2025-05-30, which makes it"
        " a value since changed (the one it was changed from, or first set), not a date it"
        " states: give it the status 'superseded' (the date it was before the change), or"
        " quote the words with it in the note",
    ),
    (
        "date bound (a date dropped)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2024-06-07"},
            "quote": "Ballerina's June 7, 2024 release date was scrapped",
        },
        '"date": "2024-06-07"',
        "value.date: the quote writes 'was scrapped' after 2024-06-07, which makes it a value"
        " since changed (the one it was changed from, or first set), not a date it states:"
        " give it the status 'superseded' (the date it was before the change), or quote the"
        " words with it in the note",
    ),
    (
        "superseded (a former credit)",
        {
            "predicate": "cast_member",
            "value": {"type": "entity", "id": "person/ana-de-armas"},
            "quote": "Ballerina originally starred Ana de Armas",
        },
        "  {",  # no status to point at: the claim's opening
        "qualifiers.status: the quote's sentence writes 'originally' in the clause of the"
        " credit, which makes it a value since changed (the one it was changed from, or first"
        " set): give it the status 'superseded', or quote the words in the note",
    ),
    (
        "value characters",
        {
            "predicate": "plot",
            "value": {"type": "text", "text": 'Ana de Armas stars in "Ballerina"'},
            "quote": "Ana de Armas stars in Ballerina. “Ballerina”",
        },
        '"text": ',
        "value.text: 'Ana de Armas stars in \"Ballerina\"' is not made of runs of its quote",
    ),
    (
        "value clauses",
        {
            "predicate": "plot",
            "value": {"type": "text", "text": "Rooney dies"},
            "quote": "Rooney survives, unlike her friend, who dies",
        },
        '"text": ',
        "value.text: 'Rooney dies' joins words of different clauses of its quote, leaving out",
    ),
    (
        "value clauses (a possessive's owner)",
        {
            "predicate": "plot",
            "value": {"type": "text", "text": "Lance Reddick"},
            "quote": "Lance Reddick's father died",
        },
        '"text": ',
        "value.text: 'Lance Reddick' ends at a possessive's owner, leaving out what it owns"
        ' ("\'s father")',
    ),
    (
        "value clauses (a possessive's noun left out)",
        {
            "predicate": "plot",
            "value": {"type": "text", "text": "Lance Reddick died"},
            "quote": "Lance Reddick's father died",
        },
        '"text": ',
        "value.text: 'Lance Reddick died' leaves out \"'s father\" between words it takes",
    ),
    (
        "value negation",
        {
            "predicate": "genre",
            "value": {"type": "text", "text": "Ballerina is a horror film"},
            "quote": "Ballerina is not a horror film",
        },
        '"text": ',
        "value.text: 'Ballerina is a horror film' leaves out its quote's 'not', which may negate",
    ),
    (
        "hope status",
        {"quote": "She would love to return", "qualifiers": {"status": "speculated"}},
        '"status"',
        "qualifiers.status: the quote is a hope, wish or intention ('love to'): its status is"
        " 'hoped'",
    ),
    (
        "hope status (an intention)",
        {"quote": "Wiseman wants Keanu Reeves in Ballerina"},
        "  {",  # no status to point at: the claim's opening
        "qualifiers.status: the quote is a hope, wish or intention ('wants'): its status is"
        " 'hoped', not None",
    ),
    (
        "hedge status",
        {"quote": "Keanu Reeves might return"},
        "  {",  # no status to point at: the claim's opening
        "qualifiers.status: the quote hedges ('might'): its status is one of 'speculated', not",
    ),
    (
        "hedge status (a word before the quote)",
        {"quote": "feature Ana de Armas"},
        "  {",
        # "Sources hint that it might ...": the hint, first, and then "might" ask for a status.
        "qualifiers.status: the quote hedges ('hint'): its status is one of 'unconfirmed',"
        " 'speculated', not None; or, if it is of something else, quote it in the note and say"
        " what it hedges",
    ),
    (
        "hedge status (a modal 'may')",
        {"quote": "Keanu Reeves may appear in Ballerina"},
        "  {",
        "qualifiers.status: the quote hedges ('may'): its status is one of 'speculated', not",
    ),
    (
        "hedge status (an attribution after the quote)",
        {"quote": "Keanu Reeves stars in Ballerina"},
        "  {",
        "qualifiers.status: the quote hedges ('sources say'): its status is one of"
        " 'unconfirmed', 'reported', not None",
    ),
    (
        "hedge status (a date still to come)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-06-06"},
            "quote": "Ballerina will open on June 6, 2025",
        },
        "  {",
        "qualifiers.status: the quote puts the date to come ('will'): its status is one of"
        " 'expected', 'scheduled', not None",
    ),
    (
        "hedge status (a status only another word backs)",
        {
            "predicate": "release_date",
            "value": {"type": "date", "date": "2026-06-06"},
            "quote": "Ballerina will reportedly open on June 6, 2026",
            "qualifiers": {"status": "scheduled"},
        },
        '"status"',
        "qualifiers.status: the quote hedges ('reportedly'): its status is one of 'reported',"
        " not 'scheduled', which the hedge does not back",
    ),
    (
        "predicate meaning",
        {
            "predicate": "production_status",
            "value": {"type": "text", "text": "streaming on Peacock"},
            "quote": "it is streaming on Peacock",
        },
        '"production_status"',
        "predicate: 'streaming' belongs to a predicate of its own",
    ),
    (
        "predicate meaning (a work among the last is no final appearance)",
        {
            "subject": "person/ana-de-armas",
            "predicate": "final_appearance",
            "value": {"type": "entity", "id": "film/ballerina-2024"},
        },
        '"final_appearance"',
        "predicate: the quote's sentence writes no 'final' or 'last' work, which calls the work"
        " no very last one: file a work among the last under one_of_the_final_appearances,",
    ),
    (
        "order words",
        {
            "predicate": "plot",
            "value": {"type": "text", "text": "it is streaming on Peacock"},
            "quote": "Next, it is streaming on Peacock",
        },
        '"subject"',
        "subject: film/ballerina-2024 is read from an order word, and the quote names no film",
    ),
    (
        "note holds no fact (a passage)",
        {"note": 'read with "opens on June 6"'},
        '"note"',
        "note: the note quotes 'opens on June 6', which no claim's quote holds",
    ),
    (
        "note holds no fact (its own words)",
        {"note": "she is the late star"},
        '"note"',
        "note: the note's own words 'late' would state a fact: make it a claim",
    ),
    (
        "note quotes",
        {"note": 'read as "Ana de Armas shines"'},
        '"note"',
        "note: the note quotes 'Ana de Armas shines', which no text has",
    ),
    (
        "title findable",
        {"predicate": "title", "value": {"type": "text", "text": "Ana de Armas stars"}},
        '"text": "Ana de Armas stars"',
        "value.text: 'Ana de Armas stars' does not find film/ballerina-2024: add it to",
    ),
]
# Rules of a source or of a new entity, broken in the curation file's other sections.
SOURCE_AND_ENTITY_RULES_BROKEN = [
    (
        "date note of a source",
        {"source": {"id": "my-notes", "published": "2025-06-01"}},
        '"source"',
        "source: published_note: a source published 2025-06-01 says how that is known",
    ),
    (
        "names as written",
        {"entities": {"people": [{"id": "person/armas", "name": "ARMAS"}]}},
        '"ARMAS"',
        "entities.people[0]: name: 'ARMAS' is not written so in any source",
    ),
    (
        "new title written",
        {"entities": {"films": [_ballerina_with_alias("Materialists")]}},
        '"name": "Materialists"',
        "entities.films[0]: aliases[1].name: 'Materialists' is a new title of"
        " film/ballerina-2024,"
        " but the text does not write it as one",
    ),
    (
        "names of one entity",
        {"entities": {"people": [{"id": "person/armas", "name": "Ana de Armas"}]}},
        '"name": "Ana de Armas"',
        "entities.people[0]: name: 'Ana de Armas' is the name of person/ana-de-armas already",
    ),
    (
        "names not ids",
        {"entities": {"people": [{"id": "person/xx", "name": "X", "aliases": ["person/x"]}]}},
        '"person/x"',
        "entities.people[0]: aliases[0]: 'person/x' is written as an id is",
    ),
    (
        "description words",
        {
            "entities": {
                "films": [
                    {
                        "id": "film/ballerina-2031",
                        "kind": "film",
                        "title": "Ballerina",
                        "description": "a zyzzyva of a film",
                    }
                ]
            }
        },
        '"description"',
        "entities.films[0]: description: 'zyzzyva': no source uses these words",
    ),
    (
        "year words",
        {
            "entities": {
                "films": [
                    {
                        "id": "film/ballerina-2031",
                        "kind": "film",
                        "title": "Ballerina",
                        "year": 2031,
                    }
                ]
            }
        },
        '"year"',
        "entities.films[0]: year: no source writes the year 2031 with the work (in a"
        " sentence that names it, a claim about it or that claim's note): leave it out",
    ),
]


# The text the rules are broken against: TEXT, a wish, a hedge, a step of a recap, a figure,
# a negation, a negated figure, figures in another dollar and with a bounding word, a
# negated credit, a counterfactual, a date missed, a status word of a trailer, a doubt, a
# joke, an intention, a modal "may", two dates, a season, a bounded date, a date that reaches "us"
# (a pronoun, no region), a rate and a date still to come; figures, a cast and a date each
# beside another's words; an attribution after its sentence's main clause; a director
# given as one of two; a character played by another, another's death, a release of
# another date, a hedge before a quote.
# A line each (a space made a line break, every offset kept): no case's sentence stands in
# another's paragraph, whose words the last net of the rules would read.
RULES_TEXT = TEXT + "\nShe would love to return. Keanu Reeves might return."
RULES_TEXT += (
    "\nKeanu Reeves will not appear in Ballerina 2. Keanu Reeves dropped out of Ballerina 2."
)
RULES_TEXT += (
    "\nBallerina would have opened on June 7, 2024. Ballerina missed its June 7, 2024 date."
)
RULES_TEXT += "\nBallerina's June 7, 2024 release date was scrapped."
RULES_TEXT += "\nLionsgate released a trailer for Ballerina, which opens June 7, 2024."
RULES_TEXT += "\nFew believe Keanu Reeves joins Ballerina."
RULES_TEXT += "\nSatire: Ian McShane joins Ballerina."
RULES_TEXT += "\nWiseman wants Keanu Reeves in Ballerina. Keanu Reeves may appear in Ballerina."
RULES_TEXT += "\nNext, it is streaming on Peacock."
RULES_TEXT += "\nIt made $25 million. Ballerina is not a horror film. It did not make $40 million."
RULES_TEXT += "\nIt made A$30 million in Australia and close to $50 million in all."
RULES_TEXT += "\nIt opens on June 7, 2025 in the US and July 6, 2025 in the UK."
RULES_TEXT += "\nIt made 58 million in the UK, where tickets cost \u00a312."
RULES_TEXT += "\nIt made $90 million in the US and $30 million in China."
RULES_TEXT += "\nIt has grossed $58 million domestically and $137 million in all."
RULES_TEXT += "\nAna de Armas as Rooney and Keanu Reeves as John Wick."
RULES_TEXT += "\nWinston, played by Ian McShane, and John Wick, played by Keanu Reeves, return."
RULES_TEXT += "\nKeanu Reeves was considered for Ballerina."
RULES_TEXT += "\nKeanu Reeves paid tribute to Lance Reddick, who died in March 2023."
RULES_TEXT += "\nIt opens June 7, a year after John Wick 4 opened in 2023."
RULES_TEXT += "\nIt opens in the summer of 2025. It opens before June 6, 2025."
RULES_TEXT += "\nIt reaches us on June 7, 2025."
RULES_TEXT += "\nIts takings were $5 million a day."
RULES_TEXT += "\nChad Stahelski, who directed the original, produced Ballerina."
RULES_TEXT += "\nTogether, the two films grossed a combined $120 million."
RULES_TEXT += "\nIn its third weekend, it made $25 million."
RULES_TEXT += "\nThe spin-off was formerly titled John Wick: Ballerina."
RULES_TEXT += "\nBallerina stars Kate Beckinsale of the Underworld franchise."
RULES_TEXT += "\nThe rejected title John Wick: Ballerina was dropped."
RULES_TEXT += "\nLance Reddick's father died in March 2023."
RULES_TEXT += "\nBallerina will open on June 6, 2025. Was it released on June 6, 2025?"
# Of the line before: a case quotes across the two.
RULES_TEXT += " Rooney survives, unlike her friend, who dies."
RULES_TEXT += "\nKeanu Reeves stars in Ballerina, sources say."
RULES_TEXT += "\nBallerina will be released on Friday, June 8."
RULES_TEXT += "\nBallerina opens June 7, 2025, a Friday."
RULES_TEXT += "\nIt made $1,5 billion."
RULES_TEXT += "\nBallerina opens June 7, 2024 in the US and June 6, 2024 in the UK."
RULES_TEXT += "\nBallerina opened in 2024; its trailer dropped in March."
RULES_TEXT += "\nPeacock announced the film. Keanu Reeves, 60, plays a hitman."
RULES_TEXT += "\nIt opens in mid-June 2025."
RULES_TEXT += "\nRooney hunts an assassin."
RULES_TEXT += "\nLionsgate has delayed Ballerina from May 30, 2025, citing the strikes."
RULES_TEXT += "\nBallerina originally starred Ana de Armas."

RULES_TEXT += "\nBallerina is to be directed by Len Wiseman or Chad Stahelski."
RULES_TEXT += "\nIn Ballerina, Keanu Reeves trains Rooney, played by Ana de Armas."
RULES_TEXT += "\nKeanu Reeves paid tribute to the late Lance Reddick."
RULES_TEXT += "\nBallerina opens in the UK on June 4, 2026, two days before its US release."
RULES_TEXT += "\nSources hint that it might feature Ana de Armas."
RULES_TEXT += "\nBallerina made $58 million while Chapter 4 made $440 million."
RULES_TEXT += "\nBallerina's marketing budget is $50 million."
RULES_TEXT += "\nBallerina made $25 million from IMAX screens."
RULES_TEXT += "\nBallerina has grossed $58 million in North America."
RULES_TEXT += "\nBallerina has grossed $30 million outside North America."
RULES_TEXT += "\nBallerina spent $40 million in Hungary."
RULES_TEXT += "\nBallerina added $10 million. Ballerina outgrossed John Wick by $20 million."
RULES_TEXT += "\nKeanu Reeves appears in Ballerina for 10 minutes."
RULES_TEXT += "\nBallerina opened in June; Chapter 4 opened on March 24, 2023."

RULES_TEXT += "\nThe first trailer for Ballerina was released on March 3, 2025."
RULES_TEXT += "\nBallerina, which opens on June 13, 2025, was rated R on April 2, 2025."
RULES_TEXT += "\nBallerina premiered at SXSW on March 8, 2025."
RULES_TEXT += "\nLance Reddick died on March 17, 2027."
RULES_TEXT += "\nBallerina was released on June 6, 2026."
RULES_TEXT += "\nBallerina stayed in theaters through May 2025."
RULES_TEXT += "\nBallerina was filmed in Budapest."
RULES_TEXT += "\nIts budget was given as $90 million, but it was actually $100 million."
RULES_TEXT += "\nBallerina had a $90 million budget."
RULES_TEXT += "\nIts sequel cost $120 million."
RULES_TEXT += "\nBallerina will reportedly open on June 6, 2026."
RULES_TEXT += "\nBallerina stars Ana de Armas, while John Wick: Chapter 4 starred Keanu Reeves."
RULES_TEXT += "\nBallerina opened in second place behind Lilo & Stitch's $32.5 million."
RULES_TEXT += "\nKeanu Reeves lobbied to star in Ballerina."
RULES_TEXT += "\nBallerina opens against Materialists."
RULES_TEXT += "\nAs of August 1, 2025, Ballerina has grossed $137 million."
RULES_TEXT += "\nWinston Scott, who once owned the Continental Hotel, returns."
RULES_TEXT += "\nRooney, a budding assassin, returns."
RULES_TEXT += "\nRooney drops the alias Eve."
RULES_TEXT += "\nRooney, like John Wick, was trained by the Director."
RULES_TEXT += "\nEvery film but Ballerina was shot in Prague."
RULES_TEXT += "\nBallerina helped the franchise gross $1 billion."
RULES_TEXT += "\nBallerina was titled John Wick: Ballerina in early drafts."
RULES_TEXT += "\nBallerina (2023) runs 93 minutes."
RULES_TEXT += "\nBallerina (2030) runs 93 minutes."
RULES_TEXT += "\nBallerina 2 opens in winter 2026."
RULES_TEXT += "\nAna de Armas is married to Norman Reedus in the film."
RULES_TEXT += "\nBallerina is a prequel to John Wick: Chapter 4."
RULES_TEXT += "\nLance Reddick plays Charon. He died on March 17, 2023."
RULES_TEXT += "\nOverseas, the picture was different. Ballerina grossed $12 million."


def _curate_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], document: Any) -> str:
    (tmp_path / "text.txt").write_text(RULES_TEXT, encoding="utf-8")
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
    status = main(["curate", str(tmp_path / "text.txt"), str(path)])
    out, err = capsys.readouterr()
    assert (1, 1, "") == (status, err.count("\n"), out), err
    return err


@pytest.mark.parametrize(
    ("change", "marker", "message"),
    [case[1:] for case in RULES_BROKEN],
    ids=[case[0] for case in RULES_BROKEN],
)
def test_a_claim_breaking_a_rule_gets_one_line_at_its_line(
    change: dict[str, Any],
    marker: str,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = _document(**change)
    claim_id = document["claims"][0]["id"]
    err = _curate_error(tmp_path, capsys, document)
    lines = (tmp_path / "claims.json").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if marker in text)
    assert err.startswith(
        f"ballerina-data: error: {tmp_path / 'claims.json'}:{line}: claim {claim_id}: {message}"
    ), err


@each(
    ("quote", "claim", "message"),
    [
        # Reported: a role word of another clause, a person who is the part another plays,
        # and a character named in passing were read as the credit.
        (
            "Ballerina stars Unity Phelan, who is dating Ana de Armas",
            {},
            "value.id: the quote writes 'stars', but not in the clause of"
            " person/ana-de-armas's name ('who is dating Ana de Armas')",
        ),
        # Reported: a role word outside the clause of the person's name was reported as no
        # role word at all.
        (
            "Ana de Armas is back, and in Ballerina she plays Rooney",
            {"note": "'she' = Ana de Armas"},
            "value.id: the quote writes 'plays', but not in the clause of person/ana-de-armas's"
            " name ('Ana de Armas is back'), so not as a cast_member credit of"
            " person/ana-de-armas: quote the words that give the part in that clause, or say in"
            " the note whose 'plays' is, quoting 'plays'",
        ),
        (
            "Ballerina stars Unity Phelan as Ana de Armas",
            {},
            "value.id: the quote writes person/ana-de-armas as the part another person plays",
        ),
        # Reported: a person took the next person's role word, and "respectively" was
        # not read.
        (
            "Ballerina stars Ana de Armas and was directed by Len Wiseman",
            {"predicate": "director"},
            "value.id: the quote writes 'stars' of person/ana-de-armas, a cast_member credit",
        ),
        (
            "Keanu Reeves and Ana de Armas star in John Wick and Ballerina, respectively",
            {},
            "value.id: the quote's sentence pairs its names by order ('respectively')",
        ),
        # Reported: the work's own possessive in apposition gave no credit; the message
        # says so.
        (
            "Ballerina, Ana de Armas's director",
            {"predicate": "director"},
            "value.id: the quote writes 'director', but not with person/ana-de-armas as its"
            " doer (the name just before 'director', after 'director' and 'by', after a label"
            " or a noun such as 'director', or before a comma and the work's own name with its"
            " possessive: 'Len Wiseman, Ballerina's director')",
        ),
        # Reported: a quotation's speaker was given the part the quotation names.
        (
            "\u201cAna is incredible as Rooney,\u201d said Keanu Reeves",
            {
                "value": {"type": "entity", "id": "person/keanu-reeves"},
                "qualifiers": {"character": "character/rooney"},
            },
            "value.id: the quote writes 'Rooney', but names person/keanu-reeves only as the"
            " speaker of a quotation, named outside it: no cast_member credit of them",
        ),
        (
            "Ana de Armas plays Rooney's sister",
            {"qualifiers": {"character": "character/rooney"}},
            "qualifiers.character: the quote writes the character 'Rooney' in passing"
            ' ("Rooney\'s"), not as the part played',
        ),
        # Reported: a name in a relative clause with no "whom" or "that", a credit that
        # words after it end, and a likeness of a part were read as the credit.
        (
            "Ballerina stars Unity Phelan in the role Ana de Armas made famous",
            {},
            "value.id: the quote writes 'the role Ana de Armas made': person/ana-de-armas in"
            " what the sentence says of another noun (a clause on it with no 'whom' or"
            " 'that'), not given the part",
        ),
        (
            "Ana de Armas starred in Ballerina until the recast",
            {},
            "qualifiers.status: the quote's sentence writes 'until the recast' after the"
            " credit, which says when it ended",
        ),
        (
            "One of Keanu Reeves and Ana de Armas stars in Ballerina",
            {},
            "value.id: the quote's sentence writes 'One of Keanu Reeves and Ana de Armas':"
            " person/ana-de-armas as one of a set it counts or leaves out",
        ),
        (
            "Ballerina stars Ana de Armas in spirit",
            {},
            "value.id: the quote's sentence writes 'in spirit': a likeness or an approximation"
            " of the part, not the part itself",
        ),
        # Reported: a credit in an aside after another work's name was the work's.
        (
            "Unlike The Continental, starring Mel Gibson, Ballerina stars Ana de Armas",
            {"value": {"type": "entity", "id": "Mel Gibson"}},
            "value.id: the value's clause ('starring Mel Gibson') is of another work ('The"
            " Continental'), not the claim's subject: the value is that work's; claim it for"
            " that work, or quote 'The Continental' in the note and say how the value is the"
            " subject's",
        ),
        # Reported: a cast verb with the work as its object was a credit.
        (
            "Keanu Reeves plays Ballerina on his guitar",
            {"value": {"type": "entity", "id": "Keanu Reeves"}},
            "value.id: the quote writes 'plays Ballerina' with person/keanu-reeves as the"
            " verb's doer: the verb in another sense, with the work as its object, so no"
            " cast_member credit; quote the words that give the part in the work ('stars in',"
            " 'plays ... in'), or say in a note why the credit stands, quoting 'plays Ballerina'",
        ),
        (
            "Keanu Reeves joins Ballerina fans in line",
            {"value": {"type": "entity", "id": "Keanu Reeves"}},
            "value.id: the quote writes 'Ballerina fans': the work's name as a modifier of"
            " 'fans', another thing than the work, so no cast_member credit of it; quote the"
            " words that give the credit in the work itself, or say in a note why the credit"
            " stands, quoting 'Ballerina fans'",
        ),
        # Reported: the refusal asked for a note quoting the words, which did not help.
        (
            "Ana de Armas graces Ballerina",
            {},
            "value.id: the quote writes no word of a cast_member credit of"
            " person/ana-de-armas in its clause ('star', 'stars', 'starred', 'starring',"
            " 'co-star', 'co-stars', ...): quote the words that give the part, or quote in"
            " the note the words of the quote that give it and say how",
        ),
    ],
)
def test_a_credit_of_another_clause_or_part_is_refused(
    quote: str, claim: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidDataError) as refused:
        curate.build(quote + ".", _document(quote=quote, **claim))
    assert f"claim my-notes-001: {message}" in str(refused.value)


def test_a_stand_in_after_another_work_is_refused_naming_that_work() -> None:
    # Reported: "The film" just after a sentence that opens with another work was the
    # claim's subject.
    text = "Ballerina opens Friday. John Wick 5 is next. The film stars Keanu Reeves."
    claim = {
        "value": {"type": "entity", "id": "Keanu Reeves"},
        "quote": "The film stars Keanu Reeves",
    }
    with pytest.raises(InvalidDataError) as refused:
        curate.build(text, _document(**claim))
    assert (
        "claim my-notes-001: value: the sentence names no work and opens with 'The film', and"
        " the sentence just before opens with another work ('John Wick 5'), not the claim's"
        " subject: 'The film' is that work, and the value is its own; claim it for that work,"
        " or name the subject in the note, quoting the words that make 'The film' the subject"
    ) in str(refused.value)
    noted = {**claim, "note": "'The film stars Keanu Reeves': the film is Ballerina."}
    assert curate.build(text, _document(**noted)).claims


def test_a_quote_cut_from_a_longer_title_is_refused_naming_the_title() -> None:
    # Reported: a quote that stopped at "Ballerina" of "Ballerina: Chapter 2" was Ballerina's.
    text = "Keanu Reeves stars in Ballerina: Chapter 2."
    claim = {"value": {"type": "entity", "id": "Keanu Reeves"}, "quote": text[:31]}
    with pytest.raises(InvalidDataError) as refused:
        curate.build(text, _document(**claim))
    assert (
        "claim my-notes-001: quote: the quote stops at 'Ballerina', but its text goes on with a"
        " longer title ('Ballerina: Chapter 2'), which names another work: quote the title"
        " whole and claim the value for that work, or quote 'Ballerina: Chapter 2' in the note"
        " and say how the value is 'Ballerina''s"
    ) in str(refused.value)


_STREAMING_DATE = {
    "predicate": "release_date",
    "value": {"type": "date", "date": "2025-08-15"},
    "qualifiers": {"status": "scheduled", "medium": "streaming"},
}


@each(
    ("text", "claim"),
    [
        # Reported: a streaming date announced in the services' own words was refused.
        ("Ballerina will be available to stream on Peacock starting August 15, 2025.",
         _STREAMING_DATE),
        ("Ballerina streams exclusively on Peacock from August 15, 2025.", _STREAMING_DATE),
        ("Ballerina makes its Peacock debut on August 15, 2025.", _STREAMING_DATE),
        ("Peacock has set an August 15, 2025 streaming date for Ballerina.", _STREAMING_DATE),
        # Reported: the date of a gapped clause had no verb to back its status.
        ("Ballerina opens in the US on June 6, 2025 and in the UK on June 4, 2025.",
         {**_STREAMING_DATE, "value": {"type": "date", "date": "2025-06-04"},
          "qualifiers": {"status": "scheduled", "region": "UK"}}),
        ("Ballerina will be released in the US on June 6, 2025, and in Japan on August 22,"
         " 2025.", {**_STREAMING_DATE, "value": {"type": "date", "date": "2025-08-22"},
                    "qualifiers": {"status": "scheduled", "region": "Japan"}}),
        # Reported: casting news gave no credit, and a note quoting its words did not help.
        ("Gabriel Byrne has boarded Ballerina.",
         {"value": {"type": "entity", "id": "Gabriel Byrne"}}),
        ("Ana de Armas graces Ballerina.", {"note": "'graces' is said of her part in it."}),
    ],
)  # fmt: skip
def test_a_claim_in_an_announcements_usual_words_is_built(text: str, claim: dict[str, Any]) -> None:
    document = _document(quote=text.rstrip("."), **claim)
    document["source"]["published"] = "2025-05-01"
    (built,) = curate.build(text, document).claims
    assert built.evidence.quote == text.rstrip(".")


def test_a_status_refusal_lists_its_words_as_a_text_writes_them() -> None:
    # Reported: the words listed held the service names blanked ("hits _______").
    text = "Ballerina was shown on Peacock on August 15, 2025."
    document = _document(quote=text.rstrip("."), **_STREAMING_DATE)
    with pytest.raises(InvalidDataError) as refused:
        curate.build(text, document)
    message = str(refused.value)
    assert "status 'scheduled' is not in the quote's words" in message
    assert "'hits Peacock'" in message
    assert "__" not in message


@each(
    ("quote", "claim", "message"),
    [
        # Reported: a stage not reached yet, a status since undone and a part's death were
        # accepted as the stage, the current status and the person's death.
        (
            "Ballerina has yet to be greenlit",
            {"predicate": "production_status", "value": {"type": "text", "text": "greenlit"}},
            "value.text: 'greenlit' leaves out its clause's 'yet to', which put it still to"
            " come or short of it",
        ),
        (
            "Ballerina was greenlit, then cancelled",
            {"predicate": "production_status", "value": {"type": "text", "text": "greenlit"}},
            "qualifiers.status: the quote's sentence writes 'cancelled' after the production"
            " status, which makes it a value since changed",
        ),
        (
            "Ian McShane plays Winston, who dies",
            {
                "subject": "person/ian-mcshane",
                "predicate": "deceased",
                "value": {"type": "text", "text": "dies"},
            },
            "predicate: the quote's sentence binds its death to a part the person plays"
            " ('plays Winston, who dies')",
        ),
    ],
)
def test_a_stage_not_reached_a_status_undone_or_a_parts_death_is_refused(
    quote: str, claim: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidDataError) as refused:
        curate.build(quote + ".", _document(quote=quote, **claim))
    assert f"claim my-notes-001: {message}" in str(refused.value)


def test_a_note_quoting_words_before_the_quote_that_hedge_something_else_is_taken() -> None:
    # Reported: a hedge before the quote could be explained only by a wrong status: a note
    # quoting it was refused, as no claim's quote held its words.
    text = "Critics expected little from the spin-off and Keanu Reeves appears in Ballerina."
    claim = {
        "value": {"type": "entity", "id": "person/keanu-reeves"},
        "quote": "Keanu Reeves appears in Ballerina",
    }
    with pytest.raises(InvalidDataError, match="quote it in the note and say what it hedges"):
        curate.build(text, _document(**claim))
    note = "'Critics expected little from the spin-off' is said of the critics, not of his role."
    (noted,) = curate.build(text, _document(**claim, note=note)).claims
    assert noted.qualifiers.status is None
    # In another clause, after ", but", the words hedge nothing of the quote's.
    (plain,) = curate.build(text.replace(" and", ", but"), _document(**claim)).claims
    assert plain.qualifiers.status is None


@pytest.mark.parametrize(
    ("change", "marker", "message"),
    [case[1:] for case in SOURCE_AND_ENTITY_RULES_BROKEN],
    ids=[case[0] for case in SOURCE_AND_ENTITY_RULES_BROKEN],
)
def test_a_source_or_entity_breaking_a_rule_gets_one_line_at_its_line(
    change: dict[str, Any],
    marker: str,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = {**_document(), **change}
    err = _curate_error(tmp_path, capsys, document)
    lines = (tmp_path / "claims.json").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if marker in text)
    assert err.startswith(f"ballerina-data: error: {tmp_path / 'claims.json'}:{line}: {message}"), (
        err
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"predicate": "duration", "value": {"type": "quantity", "amount": "95", "unit": "USD"}},
            "duration takes an amount in a unit of time (second, minute, hour; plural or short:"
            " min, hrs, h, secs), not 'USD'",
        ),
        (
            {"predicate": "cost", "value": {"type": "quantity", "amount": "9", "unit": "US$"}},
            "cost takes an amount in a currency code (three uppercase letters, as ISO 4217"
            " writes them: USD), not 'US$'",
        ),
        (
            {"predicate": "director", "qualifiers": {"character": "character/rooney"}},
            "director takes no character qualifier: its qualifiers are status, date",
        ),
    ],
    ids=["duration in USD", "cost in US$", "director as a character"],
)
def test_a_unit_or_qualifier_its_predicate_does_not_take_is_one_line_at_the_claim(
    change: dict[str, Any], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _document(**change)
    if change["predicate"] == "director":
        document["claims"][0]["value"] = {"type": "entity", "id": "person/keanu-reeves"}
    err = _curate_error(tmp_path, capsys, document)
    assert err.endswith(f": claim my-notes-001: {message}\n"), err


def test_a_release_date_the_text_says_will_come_is_scheduled() -> None:
    text = "Ballerina will hit theaters on June 6, 2025."
    document = _document(
        predicate="release_date",
        value={"type": "date", "date": "2025-06-06"},
        quote="Ballerina will hit theaters on June 6, 2025",
        qualifiers={"status": "scheduled", "medium": "theatrical"},
    )
    (claim,) = curate.build(text, document).claims
    assert bd.Status.SCHEDULED is claim.qualifiers.status


@each(
    ("text", "date", "message"),
    [
        (
            "Ballerina was released in Japan on August 22, 2024.",
            "2024-08-22",
            "qualifiers.region: the date's clause names the region 'Japan': give the claim's"
            " region qualifier, or say in a note which release the date is, writing 'Japan'",
        ),
        (
            "Ballerina opened yesterday.",
            "2025-06-06",
            "value.date: the quote writes 'yesterday' (read as: 2025-05-31), and 2025-06-06 is"
            " none of them",
        ),
    ],
)
def test_a_release_date_its_scope_or_date_words_contradict_is_refused(
    text: str, date: str, message: str
) -> None:
    document = _document(
        predicate="release_date",
        value={"type": "date", "date": date},
        quote=text.rstrip("."),
        note=f"Read in an article of June 1, 2025: {date}.",
    )
    with pytest.raises(InvalidDataError, match=re.escape(f"claim my-notes-001: {message}")):
        curate.build(text, document)


def test_an_actor_named_hope_is_no_hope() -> None:
    text = "Hope Davis joins the cast of Ballerina as a dancer."
    document = _document(
        value={"type": "entity", "id": "person/hope-davis"},
        quote="Hope Davis joins the cast of Ballerina",
    )
    document["entities"] = {"people": [{"id": "person/hope-davis", "name": "Hope Davis"}]}
    (claim,) = curate.build(text, document).claims
    assert claim.qualifiers.status is None


# A line each: no case's sentence is in another's paragraph, where the last net would read it.
NEGATION_TEXT = (
    "Ballerina is not a horror film.\nThe Korean Ballerina is not an action film either."
    "\nWick is a non-hitman now.\nHe is a dancer, not a hitman.\nNobody's friend, he can't"
    " rest.\nIt is a thriller rather than a horror film.\nIt remained unreleased in 2024."
    "\nIt fell short of $58 million."
)


@each(
    ("value", "quote", "note", "refused"),
    [
        ("action", "not an action film", None, "'not'"),
        ("Ballerina is a horror film", "Ballerina is not a horror film", None, "'not'"),
        ("hitman", "non-hitman", None, "'non'"),
        ("friend", "Nobody's friend", None, "'nobody'"),
        # The words before the quote in its sentence count: "Nobody's friend, " too.
        ("he can rest", "he can't rest", None, "'nobody', \"n't\""),
        ("action", "an action film", None, "'not'"),
        ("horror", "a thriller rather than a horror film", None, "'rather than'"),
        # Kept, or after the part the value takes, or quoted in the note: accepted.
        ("not a horror film", "not a horror film", None, None),
        ("a dancer", "He is a dancer, not a hitman", None, None),
        ("friend", "Nobody's friend", "'Nobody's friend' negates no friend", None),
    ],
)
def test_a_value_keeps_the_negations_of_its_quote_before_and_within_it(
    value: str, quote: str, note: str | None, refused: str | None
) -> None:
    # A genre holds a genre's word: a person's occupation is read where the value has none.
    of_a_person = "friend" in value or "dancer" in value
    document = _document(
        subject="person/ana-de-armas" if of_a_person else "film/ballerina-2024",
        predicate="genre",
        value={"type": "text", "text": value},
        quote=quote,
    )
    if of_a_person:
        document["claims"][0]["predicate"] = "occupation"
    if note is not None:
        document["claims"][0]["note"] = note
    if refused is None:
        (claim,) = curate.build(NEGATION_TEXT, document).claims
        assert bd.Text(text=value) == claim.value
        return
    with pytest.raises(InvalidDataError, match=f"leaves out its quote's {refused}"):
        curate.build(NEGATION_TEXT, document)


def test_every_rule_of_the_rules_module_is_broken_by_a_test() -> None:
    from ballerina_data import _rules

    broken = {
        re.sub(r" \(.*\)$| of a claim$| of a source$", "", case[0])
        for case in [*RULES_BROKEN, *SOURCE_AND_ENTITY_RULES_BROKEN]
    }
    source = Path(_rules.__file__).read_text(encoding="utf-8")
    named = set(re.findall(r'Breach\("([^"]+)"', source))
    assert named == broken


SIXTH_TEXT = """\
Ballerina 2 finds its rival

By Ivo Brandt, 12\u00a0March 2026

Mara Quill has joined the cast of Ballerina 2 as Odile Varga, a rival dancer of the Ruska \
Roma. Quill, a former ballet dancer, said she was \u201cthrilled\u201d to join the film. \
Filming is set to begin in Prague in May 2026.
"""
SIXTH_CURATION = {
    "source": {
        "id": "005_ballerina-2-rival",
        "title": "Ballerina 2 finds its rival",
        "author": "Ivo Brandt",
        "published": "2026-03-12",
        "published_note": 'stated in the byline: "By Ivo Brandt, 12 March 2026"',
    },
    "entities": {
        "people": [{"id": "person/mara-quill", "name": "Mara Quill"}],
        "characters": [{"id": "character/odile-varga", "name": "Odile Varga"}],
    },
    "claims": [
        {
            "id": "005-001",
            "subject": "film/ballerina-2",
            "predicate": "cast_member",
            "value": {"type": "entity", "id": "Mara Quill"},
            "qualifiers": {"character": "Odile Varga"},
            "quote": "Mara Quill has joined the cast of Ballerina 2 as Odile Varga",
        },
        {
            "id": "005-002",
            "subject": "person/mara-quill",
            "predicate": "occupation",
            "value": {"type": "text", "text": "former ballet dancer"},
            "quote": "Quill, a former ballet dancer",
        },
        {
            "id": "005-003",
            "subject": "film/ballerina-2",
            "predicate": "filming_date",
            "value": {"type": "date", "date": "2026-05"},
            "qualifiers": {"status": "scheduled"},
            "quote": "Filming is set to begin in Prague in May 2026",
        },
        {
            "id": "005-004",
            "subject": "film/ballerina-2",
            "predicate": "filming_location",
            "value": {"type": "text", "text": "Prague"},
            "qualifiers": {"status": "expected"},
            "quote": "Filming is set to begin in Prague",
        },
    ],
}


@pytest.mark.integration  # runs the data tests in a process of their own
def test_a_sixth_source_joins_a_copy_of_the_data_with_one_command_and_passes_the_data_tests(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "src" / "ballerina_data" / "data", data)
    before = {path: path.read_bytes() for path in (data / "claims").iterdir()}
    (tmp_path / "rival.txt").write_bytes(SIXTH_TEXT.encode("utf-8"))
    (tmp_path / "rival.json").write_text(json.dumps(SIXTH_CURATION, indent=1), "utf-8")
    # The documented command, and nothing else: no data file is edited by hand.
    command = ["curate", str(tmp_path / "rival.txt"), str(tmp_path / "rival.json")]
    assert 0 == main([*command, "--into", str(data)])
    assert (
        "ok: 005_ballerina-2-rival, 4 claims: quotes located in the text, fields checked;"
        f" added to {data}\n" == capsys.readouterr().out
    )
    shipped = Catalog.default()
    added = curate.load(data, base=Catalog())
    assert len(shipped.sources) + 1 == len(added.sources)
    assert len(shipped.claims) + 4 == len(added.claims)
    assert "Mara Quill" == added.person("person/mara-quill").name
    assert "Odile Varga" == added.character("character/odile-varga").name
    # The text is a file of the data folder; the claims files already there are untouched.
    assert SIXTH_TEXT.encode("utf-8") == (data / "texts/005_ballerina-2-rival.txt").read_bytes()
    assert before == {path: path.read_bytes() for path in before}
    run = subprocess.run(
        [
            # The data tests: their verify() applies every rule of the data to every claim.
            *(sys.executable, "-m", "pytest", "tests/test_data.py"),
            *("-q", "--numprocesses=0", "-p", "no:cacheprovider", "--assert=plain"),
        ],
        cwd=ROOT,
        env={**os.environ, "BALLERINA_DATA_DIR": str(data)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == run.returncode, run.stdout[-3000:]
    assert " passed" in run.stdout
    assert " failed" not in run.stdout


def test_into_the_installed_packages_data_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reported: `curate --into .../site-packages/ballerina_data/data` wrote the installed
    # package's data, which every program of the environment then served as shipped, and
    # which reinstalling left. A source checkout's src/ballerina_data/data is where a source
    # joins the shipped data (docs/how-to/develop.md): that one stays allowed.
    data = ROOT / "src" / "ballerina_data" / "data"
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    monkeypatch.setattr(curate, "_in_a_source_checkout", lambda: False)
    try:
        with pytest.raises(WriteError, match="data folder of the installed package"):
            curate.into(curate.build(TEXT, _document(), base=Catalog.default()), data)
    finally:  # put back what a failing run wrote
        for path in {p for p in data.rglob("*") if p.is_file()} - set(before):
            path.unlink()
        for path, content in before.items():
            if path.read_bytes() != content:
                path.write_bytes(content)
    assert before == {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    assert not curate.into(curate.build(TEXT, _document(), base=Catalog.default()), copy)


def test_another_installations_data_is_refused(tmp_path: Path) -> None:
    # Reported: the data folder of the package installed in another environment took a
    # source, which that environment then served as shipped.
    package = tmp_path / "site-packages" / "ballerina_data"
    shutil.copytree(ROOT / "src" / "ballerina_data" / "data", package / "data")
    (package / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "site-packages" / "ballerina_data-0.1.0.dist-info").mkdir()
    before = {p: p.read_bytes() for p in package.rglob("*") if p.is_file()}
    added = curate.build(TEXT, _document(), base=Catalog.default())
    with pytest.raises(WriteError, match="data folder of the installed package"):
        curate.into(added, package / "data")
    with pytest.raises(WriteError, match="the package's shipped data"):
        curate.write(added, package / "data")
    assert before == {p: p.read_bytes() for p in package.rglob("*") if p.is_file()}


@each("inside", ["seeds/out", "data/claims", "data/texts", "data"])
def test_an_output_folder_in_the_shipped_data_is_refused(inside: str) -> None:
    # Reported: `curate --output .../ballerina_data/seeds` (or data/claims) wrote its files
    # among the package's own, where every program of the environment reads them.
    package = ROOT / "src" / "ballerina_data"
    before = {p: p.read_bytes() for p in package.rglob("*") if p.is_file() and "__" not in str(p)}
    try:
        with pytest.raises(WriteError, match="the package's shipped data"):
            curate.write(curate.build(TEXT, _document()), package / inside)
    finally:  # put back what a failing run wrote
        for path in {p for p in package.rglob("*") if p.is_file() and "__" not in str(p)}:
            if path not in before:
                path.unlink()
        for folder in (package / "seeds" / "out", package / "data" / "texts"):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
    assert before == {
        p: p.read_bytes() for p in package.rglob("*") if p.is_file() and "__" not in str(p)
    }


class TestInto:
    """``--into`` corrects a source the folder has, and never writes an original text."""

    def _copy(self, tmp_path: Path) -> Path:
        data = tmp_path / "data"
        shutil.copytree(ROOT / "src" / "ballerina_data" / "data", data)
        return data

    def test_a_shipped_source_rebuilt_into_a_copy_changes_no_byte(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        data = self._copy(tmp_path)
        before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
        tool = _tool()
        curation = tmp_path / "004.json"
        curation.write_text(tool.dumps(tool.curation_file(SOURCE_004, entities=False)), "utf-8")
        text = str(ROOT / "seeds" / f"{SOURCE_004}.txt")
        assert 0 == main(["curate", text, str(curation), "--into", str(data)])
        assert capsys.readouterr().out.endswith(f"; replaced in {data}\n")
        assert before == {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}

    def test_an_original_text_is_never_replaced(self, tmp_path: Path) -> None:
        data = self._copy(tmp_path)
        tool = _tool()
        document = tool.curation_file(SOURCE_004, entities=False)
        text = (ROOT / "seeds" / f"{SOURCE_004}.txt").read_text(encoding="utf-8") + "\nMore."
        added = curate.build(text, document, base=curate.load(data, base=Catalog()), replace=True)
        with pytest.raises(InvalidDataError, match="an original text of seeds/"):
            curate.into(added, data)
        assert not (data / "texts").exists()

    def test_a_file_of_a_source_not_listed_is_refused(self, tmp_path: Path) -> None:
        data = self._copy(tmp_path)
        (data / "texts").mkdir()
        (data / "texts/my-notes.txt").write_text("my own draft")
        listed = (data / "sources.json").read_bytes()
        added = curate.build(TEXT, _document(), base=curate.load(data, base=Catalog()))
        with pytest.raises(bd.WriteError, match=r"sources\.json lists no source of it"):
            curate.into(added, data)
        assert "my own draft" == (data / "texts/my-notes.txt").read_text()
        assert listed == (data / "sources.json").read_bytes()

    def test_into_builds_against_its_folder_not_another_catalog(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / "c.json").write_text(json.dumps(_document()), encoding="utf-8")
        args = ["curate", str(tmp_path / "text.txt"), str(tmp_path / "c.json")]
        (tmp_path / "empty.json").write_text(Catalog().to_json(), encoding="utf-8")
        with pytest.raises(SystemExit, match=r"^2$"):
            main([*args, "--into", str(tmp_path), "--catalog", str(tmp_path / "empty.json")])
        assert "--into: curates against the catalog of its folder" in capsys.readouterr().err
        with pytest.raises(SystemExit):
            main([*args, "--into", str(tmp_path), "--output", str(tmp_path)])
        assert "not allowed with argument" in capsys.readouterr().err


def test_a_source_that_added_an_entity_is_curated_again_into_its_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An independent attack found the second run refused ("occurs in no source text").
    data = tmp_path / "data"
    shutil.copytree(ROOT / "src" / "ballerina_data" / "data", data)
    text = "My notes. New Name joins the cast of Ballerina, said the studio.\n"
    (tmp_path / "text.txt").write_text(text, encoding="utf-8")
    document: dict[str, Any] = {
        "source": {
            "id": "my-notes",
            "published": "2025-06-01",
            "published_note": "stated in the byline: 2025-06-01",
        },
        "entities": {"people": [{"id": "person/new-name", "name": "New Name"}]},
        "claims": [
            {
                "id": "my-notes-001",
                "subject": "Ballerina (2024)",
                "predicate": "cast_member",
                "value": {"type": "entity", "id": "New Name"},
                "quote": "New Name joins the cast of Ballerina",
            }
        ],
    }
    curation = tmp_path / "c.json"
    curation.write_text(json.dumps(document), encoding="utf-8")
    args = ["curate", str(tmp_path / "text.txt"), str(curation), "--into", str(data)]
    assert 0 == main(args)
    assert 0 == main(args)  # the same again: replaced
    del document["entities"]  # the folder knows the person now
    curation.write_text(json.dumps(document), encoding="utf-8")
    (tmp_path / "text.txt").write_text("Revised. " + text, encoding="utf-8")
    assert 0 == main(args)
    assert capsys.readouterr().out.count("replaced in") == 2
    catalog = curate.load(data, base=Catalog())
    assert () == catalog.verify()
    assert ["person/new-name"] == [p.id for p in catalog.people if p.id == "person/new-name"]


def test_the_text_is_checked_for_lone_surrogates_once_not_once_a_quote(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Encoding a 30 MB text again for each of 360 quotes took 10 of the 16 s of their
    # curation; the text is checked once, before any quote is sought.
    import ballerina_data._quotes as quotes

    checked: list[int] = []
    check = quotes._check_arguments

    def counting(text: Any, *args: Any) -> None:
        checked.append(len(text))
        check(text, *args)

    monkeypatch.setattr(quotes, "_check_arguments", counting)
    sentences = [f"Ana de Armas stars, scene {n}." for n in range(20)]
    text = " ".join(sentences)
    document = {
        "source": {"id": "my-notes", "published": "2025-06-01", "published_note": "mine"},
        "claims": [
            {
                "id": f"my-notes-{n:03d}",
                "subject": "film/ballerina-2024",
                "predicate": "cast_member",
                "value": {"type": "entity", "id": "person/ana-de-armas"},
                "quote": sentence,
            }
            for n, sentence in enumerate(sentences)
        ],
    }
    catalog = curate.build(text, document)
    assert len(catalog.claims_about("film/ballerina-2024")) >= 20
    assert len(checked) == 20
    assert max(checked) == 0
    with pytest.raises(InvalidDataError, match="lone surrogate"):
        curate.build(text + "\ud800", document)


def test_notes_quoting_a_nul_character_fold_each_quote_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A passage holding U+0000, then the character between the joined quotes, was sought in
    # every claim's quote, folded again for each note: 10,000 such notes took 314 s.
    from ballerina_data import _rules

    folded: list[str] = []  # each text folded, as often as it is
    plain = _rules.plain

    def counting(text: str) -> str:
        folded.append(text)
        return plain(text)

    monkeypatch.setattr(_rules, "plain", counting)
    sentences = [f"Ballerina fact {n:03d} is here." for n in range(200)]
    document = {
        "source": {"id": "my-notes", "published": "2025-06-01", "published_note": "mine"},
        "claims": [
            {
                "id": f"my-notes-{n:03d}",
                "subject": "film/ballerina-2024",
                "predicate": "plot",
                "value": {"type": "text", "text": sentence[:-1]},
                "quote": sentence[:-1],
                "note": 'read as "fact\u0000zzz"',
            }
            for n, sentence in enumerate(sentences)
        ],
    }
    with pytest.raises(InvalidDataError, match="fact\\\\x00zzz"):
        curate.build(" ".join(sentences), document)
    # Each quote is folded for its own note and for the joined quotes, not once a note.
    quotes = {sentence[:-1] for sentence in sentences}
    times = collections.Counter(text for text in folded if text in quotes)
    assert len(times) == len(quotes)
    assert max(times.values()) <= 3


def test_every_breach_of_the_rules_is_named_at_its_line(tmp_path: Path) -> None:
    # Reported: curate named the first of three problems and "and 2 more", with no way to
    # see the others but to fix the first and run it again.
    (tmp_path / "n.txt").write_text("Ballerina was not released until May 30, 2025.\n", "utf-8")
    claim = {
        "predicate": "release_date",
        "value": {"type": "date", "date": "2025-05-30"},
        "qualifiers": {"status": "released"},
        "quote": "Ballerina was not released until May 30, 2025",
    }
    (tmp_path / "n.json").write_text(json.dumps(_document(**claim), indent=1), "utf-8")
    with pytest.raises(InvalidDataError) as refused:
        curate.read(tmp_path / "n.txt", tmp_path / "n.json")
    problems = refused.value.problems
    assert 3 == len(problems)
    assert all(re.match(r".*n\.json:\d+: claim my-notes-001: ", p) for p in problems)
    fields = sorted(p.split(": ")[2] for p in problems)
    assert ["qualifiers.status", "value.date", "value.date"] == fields
    assert "more" not in str(refused.value)


def test_a_refused_long_value_is_shortened_in_the_message() -> None:
    # Reported: a 2,000,000-character value was quoted whole, a 2 MB error line.
    value = "Ana de Armas " + "dances " * 1_000  # under the 10,000 a value may have
    document = _document(
        predicate="plot", value={"type": "text", "text": value}, quote="Ana de Armas stars"
    )
    with pytest.raises(InvalidDataError, match="is not made of runs of its quote") as refused:
        curate.build(TEXT, document)
    assert len(str(refused.value)) < 500


class TestASourceNoLongerNamingItsEntity:
    """Curated again so that its claims no longer name the entity it brought, a source takes
    that entity with it, unless another source's claim names it too."""

    TEXT = "Ballerina stars Zora Quill in a small part.\n"

    def _document(self, source: str, *, names_her: bool) -> dict[str, Any]:
        claim = (
            {"predicate": "cast_member", "value": {"type": "entity", "id": "Zora Quill"}}
            if names_her
            else {
                "predicate": "plot",
                "value": {"type": "text", "text": "small part"},
                "note": "'stars' is what the film does; the plot is the part's size.",
            }
        )
        document: dict[str, Any] = {
            "source": {"id": source, "published": "2025-06-01", "published_note": "mine"},
            "claims": [
                {
                    "id": f"{source}-001",
                    "subject": "Ballerina (2024)",
                    **claim,
                    "quote": "stars Zora Quill" if names_her else "small part",
                }
            ],
        }
        if names_her and source == "a":
            document["entities"] = {"people": [{"id": "person/zora-quill", "name": "Zora Quill"}]}
        return document

    def _run(self, tmp_path: Path, folder: Path, option: str, source: str, names_her: bool) -> int:
        # Each source a text of its own: one document is one source.
        (tmp_path / "t.txt").write_text(f"{self.TEXT}({source})\n", encoding="utf-8")
        curation = tmp_path / f"{source}.json"
        curation.write_text(json.dumps(self._document(source, names_her=names_her)), "utf-8")
        return main(["curate", str(tmp_path / "t.txt"), str(curation), option, str(folder)])

    def _load(self, folder: Path, option: str) -> Catalog:
        return curate.load(folder, base=Catalog() if option == "--into" else None)

    @pytest.mark.parametrize("option", ["--into", "--output"])
    def test_the_entity_it_alone_named_goes(
        self, tmp_path: Path, option: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # Reported: the second run failed, "person/zora-quill: name 'Zora Quill' occurs in
        # no source text", though the text still has it: the folder without the source was
        # verified before the corrected source joined it.
        folder = tmp_path / "data"
        if option == "--into":
            shutil.copytree(ROOT / "src" / "ballerina_data" / "data", folder)
        assert 0 == self._run(tmp_path, folder, option, "a", names_her=True)
        assert "Zora Quill" == self._load(folder, option).person("person/zora-quill").name
        assert 0 == self._run(tmp_path, folder, option, "a", names_her=False)
        assert "" == capsys.readouterr().err
        catalog = self._load(folder, option)
        assert [] == [p.id for p in catalog.people if p.id == "person/zora-quill"]
        assert "Zora Quill" not in (folder / "entities.json").read_text(encoding="utf-8")
        assert ("small part",) == tuple(c.evidence.quote for c in catalog.claims_from("a"))
        assert () == catalog.verify()

    @pytest.mark.parametrize("option", ["--into", "--output"])
    def test_an_entity_another_source_names_stays(self, tmp_path: Path, option: str) -> None:
        folder = tmp_path / "data"
        if option == "--into":
            shutil.copytree(ROOT / "src" / "ballerina_data" / "data", folder)
        assert 0 == self._run(tmp_path, folder, option, "a", names_her=True)
        if option == "--output":  # built against the shipped catalog: she is new to b too
            document = self._document("b", names_her=True)
            document["entities"] = self._document("a", names_her=True)["entities"]
            written = curate.build(self.TEXT, document)
            curate.write(written, folder)
        else:
            assert 0 == self._run(tmp_path, folder, option, "b", names_her=True)
        assert 0 == self._run(tmp_path, folder, option, "a", names_her=False)
        catalog = self._load(folder, option)
        assert "Zora Quill" == catalog.person("person/zora-quill").name
        assert ["b-001"] == [c.id for c in catalog.claims_about("person/zora-quill")]
        assert () == catalog.verify()

    def test_a_source_curated_against_its_own_output_folder_joins_it(self, tmp_path: Path) -> None:
        # Reported: `curate B --catalog DIR --output DIR`, B naming an entity that source a
        # of DIR brought, said "duplicate ids": DIR's sources were read from the catalog
        # and from the folder both.
        folder = tmp_path / "data"
        assert 0 == self._run(tmp_path, folder, "--output", "a", names_her=True)
        (tmp_path / "b.txt").write_text(f"{self.TEXT}(b)\n", encoding="utf-8")
        curation = tmp_path / "b.json"
        curation.write_text(json.dumps(self._document("b", names_her=True)), "utf-8")
        arguments = [str(tmp_path / "b.txt"), str(curation), "--output", str(folder)]
        assert 0 == main(["--catalog", str(folder), "curate", *arguments])
        catalog = curate.load(folder)
        assert ["a", "b"] == sorted(s.id for s in catalog.sources if s.id in ("a", "b"))
        assert ["a-001", "b-001"] == [c.id for c in catalog.claims_about("person/zora-quill")]
        assert () == catalog.verify()

    def test_a_source_curated_against_another_folder_writes_what_its_claims_name(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # Reported: `curate B --catalog A --output B`, B naming an entity source a of folder
        # A brought, exited 0, but B lacked the entity, and every command on B then said
        # "refers to unknown value": B is read on the shipped data, not on A.
        first, second = tmp_path / "first", tmp_path / "second"
        assert 0 == self._run(tmp_path, first, "--output", "a", names_her=True)
        (tmp_path / "b.txt").write_text(f"{self.TEXT}(b)\n", encoding="utf-8")
        curation = tmp_path / "b.json"
        curation.write_text(json.dumps(self._document("b", names_her=True)), "utf-8")
        arguments = [str(tmp_path / "b.txt"), str(curation), "--output", str(second)]
        assert 0 == main(["--catalog", str(first), "curate", *arguments])
        capsys.readouterr()
        assert 0 == main(["--catalog", str(second), "verify"])
        assert capsys.readouterr().out.startswith("ok: ")
        catalog = curate.load(second)
        assert "Zora Quill" == catalog.person("person/zora-quill").name
        assert ["b-001"] == [c.id for c in catalog.claims_about("person/zora-quill")]


def _with_plots(quotes: list[str]) -> dict[str, Any]:
    """The curation file of _document, and a plot claim quoting each of ``quotes``."""
    document = _document()
    document["claims"] += [
        {
            "id": f"my-notes-{n + 2:03d}",
            "subject": "film/ballerina-2024",
            "predicate": "plot",
            "value": {"type": "text", "text": quote},
            "quote": quote,
        }
        for n, quote in enumerate(quotes)
    ]
    return document


def test_quotes_the_index_places_are_located_in_a_long_text_whatever_their_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Reported: 1,000 quotes of words the text has once were refused in a 1.2 MB text (each
    # searched for in the whole text, past the bound) and 1,001 located (indexed) at once.
    from ballerina_data import _quotes

    words = [f"Zq{n:03d} w{n:03d} xq{n:03d}" for n in range(60)]
    text = "Ana de Armas stars in Ballerina. " + " filler" * 2_000 + " " + ". ".join(words)
    document = _with_plots(words)
    monkeypatch.setattr(_quotes, "MOST_SEARCHED", 10 * len(text))  # 61 searches read past it
    built = curate.build(text, document)
    assert len(built.claims) == 61
    assert all(text[c.evidence.start : c.evidence.end] == c.evidence.quote for c in built.claims)


def test_whole_text_searches_of_one_curation_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # Reported: 1,900 one-word quotes "aaaaaaaab<i>aaaa" of a 5 MB text of "a"s took 25 s:
    # each is a whole-text str.find, at 2.6 ns a character for such patterns.
    from ballerina_data import _quotes

    quotes = [f"aaaab{n:03d}aaaa" for n in range(40)]
    text = "a" * 1_000 + " " + " ".join(quotes) + ". Ana de Armas stars in Ballerina."
    document = _with_plots(quotes)
    assert len(curate.build(text, document).claims) == 41
    monkeypatch.setattr(_quotes, "MOST_SEARCHED", 20 * len(text))
    with pytest.raises(InvalidDataError, match=r"claim my-notes-02\d: quote: the quotes searched"):
        curate.build(text, document)
    # Outside a curation, a search is not counted.
    longer = "b" * 21 * len(text)
    assert [len(longer)] == _quotes.occurrences(longer + quotes[0], quotes[0])


def test_the_passages_notes_quote_are_searched_for_within_the_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Reported: each passage a note quotes that its claim's quote does not hold was searched
    # for in the whole text, and in the other quotes, with no bound: one note of 1,200
    # passages on a 10 MB text took 28 s. Each search is counted against the curation's.
    from ballerina_data import _quotes

    words = [f"zq{n:03d}" for n in range(30)]
    text = "Ana de Armas stars in Ballerina. " + " filler" * 2_000 + " " + " ".join(words) + "."
    document = _with_plots([" ".join(words)])
    document["claims"][0]["note"] = " ".join(f"'{word}'" for word in words)
    assert len(curate.build(text, document).claims) == 2
    monkeypatch.setattr(_quotes, "MOST_SEARCHED", 20 * len(text))
    with pytest.raises(
        InvalidDataError, match=r"^claim my-notes-001: note: the passages notes quote, searched"
    ):
        curate.build(text, document)


def test_a_name_past_the_bound_is_refused_before_it_is_folded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Reported: a subject or character of 3,000,000 x U+FDFA (18 characters each, folded)
    # was folded several times, and refused after 47 s and 1.25 GB. No name is near 1,000
    # characters: a longer one is refused as it is read.
    from ballerina_data._normalize import normalize

    folded: list[int] = []

    def counted(name: str) -> str:
        folded.append(len(name))
        return normalize(name)

    for field in ("subject", "character"):
        document = _document()
        if field == "subject":
            document["claims"][0]["subject"] = "\ufdfa" * 1001
        else:
            document["claims"][0]["qualifiers"] = {"character": "\ufdfa" * 1001}
        monkeypatch.setattr("ballerina_data.curate.normalize", counted)
        path = "subject" if field == "subject" else "qualifiers.character"
        with pytest.raises(
            InvalidDataError,
            match=rf"^claim my-notes-001: {path}: '\ufdfa+\.\.\. has 1001 characters, over"
            r" the limit of 1000 for a name$",
        ):
            curate.build(TEXT, document)
        monkeypatch.undo()
        assert 1001 not in folded


def test_into_a_folder_output_wrote_says_what_into_takes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reported: the names resolved, then "claim 'my-notes-001' refers to unknown subject
    # 'film/ballerina-2024' (in out)", which did not say that --into takes a whole folder.
    (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "claims.json").write_text(json.dumps(_document()), encoding="utf-8")
    files = [str(tmp_path / name) for name in ("text.txt", "claims.json")]
    out = str(tmp_path / "out")
    assert 0 == main(["curate", *files, "--output", out])
    before = {path: path.read_bytes() for path in (tmp_path / "out").rglob("*") if path.is_file()}
    capsys.readouterr()
    assert 1 == main(["curate", *files, "--into", out])
    err = capsys.readouterr().err
    said = "error: --into takes a whole data folder (src/ballerina_data/data, or a copy of it);"
    assert f"{said} {out} holds sources that extend the shipped data" in err
    assert 1 == err.count("\n")
    assert before == {p: p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file()}


def test_output_into_a_whole_data_folder_says_what_output_takes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Reported: "--output DATA" for a copy of the package's data folder printed "39
    # duplicate entity ids: ...", which did not say that it is a folder for --into.
    from catalog_under_test import data_folder

    (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "claims.json").write_text(json.dumps(_document()), encoding="utf-8")
    files = [str(tmp_path / name) for name in ("text.txt", "claims.json")]
    folder = tmp_path / "data"
    shutil.copytree(data_folder(), folder)
    before = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    assert 1 == main(["curate", *files, "--output", str(folder)])
    err = capsys.readouterr().err
    assert f"error: --output writes the sources that extend the catalog; {folder} is a whole" in err
    assert "give it to --into instead" in err
    assert 1 == err.count("\n")
    assert before == {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    # Given to --into, the same folder takes the source.
    assert 0 == main(["curate", *files, "--into", str(folder)])


def test_into_a_broken_folder_still_says_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A folder that reads on neither base keeps the error of reading it alone.
    (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "claims.json").write_text(json.dumps(_document()), encoding="utf-8")
    files = [str(tmp_path / name) for name in ("text.txt", "claims.json")]
    out = tmp_path / "out"
    assert 0 == main(["curate", *files, "--output", str(out)])
    claims = json.loads((out / "claims/my-notes.json").read_text(encoding="utf-8"))
    claims[0]["subject"] = "film/no-such-film"
    (out / "claims/my-notes.json").write_text(json.dumps(claims), encoding="utf-8")
    capsys.readouterr()
    assert 1 == main(["curate", *files, "--into", str(out)])
    assert "refers to unknown subject 'film/no-such-film'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "broken"),
    [
        ("sources.json", '[{"id": "my-notes", "published": "2025-13"}]'),
        ("entities.json", '{\n "x": [1,,]}'),
        ("claims/my-notes.json", "[{}]"),
    ],
)
def test_a_broken_file_of_a_data_folder_is_named_with_its_folder(
    tmp_path: Path, name: str, broken: str
) -> None:
    # Reported: named "sources.json" alone, which from another folder points elsewhere.
    folder = tmp_path / "data"
    curate.write(curate.build(TEXT, _document()), folder)
    (folder / name).write_text(broken, encoding="utf-8")
    with pytest.raises(InvalidDataError) as raised:
        curate.load(folder)
    assert f"@ {folder / name}" in str(raised.value)


class TestOneDocumentIsOneSource:
    """Reported: one text curated under two ids counted as two sources ("given by 2
    sources"), so that one article could outvote others."""

    @each(
        ("newline", "around"),
        [("\n", "{}"), ("\r\n", "{}"), ("\n", "{}\n"), ("\n", "\ufeff{}")],
        ids=["as-is", "crlf", "final-newline", "byte-order-mark"],
    )
    def test_a_copy_of_a_shipped_text_under_a_new_id_is_refused(
        self, newline: str, around: str
    ) -> None:
        # Reported, then: the same article saved again (CRLF line ends, a final newline)
        # was a new source.
        shipped = around.format(Catalog.default().text(SOURCE_004).replace("\n", newline))
        with pytest.raises(
            InvalidDataError,
            match=rf"^source: its text is the text of source '{SOURCE_004}' .*; curate these"
            rf" claims under '{SOURCE_004}', not 'my-notes'$",
        ):
            curate.build(shipped, _document())

    def test_a_text_the_output_folder_has_under_another_id_is_refused_in_one_line(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
        again = _document(id="other-notes-001")
        again["source"]["id"] = "other-notes"
        for name, document in (("first.json", _document()), ("again.json", again)):
            (tmp_path / name).write_text(json.dumps(document), encoding="utf-8")
        arguments = ["curate", str(tmp_path / "text.txt")]
        out = str(tmp_path / "out")
        assert 0 == main([*arguments, str(tmp_path / "first.json"), "--output", out])
        capsys.readouterr()
        assert 1 == main([*arguments, str(tmp_path / "again.json"), "--output", out])
        (line,) = capsys.readouterr().err.splitlines()
        assert "source 'other-notes' has the text of source 'my-notes'" in line
        assert line.endswith(f"give its claims to 'my-notes' (in {out})")
        assert [s.id for s in Catalog.default().sources] + ["my-notes"] == [
            s.id for s in curate.load(out).sources
        ]

    def test_a_data_folder_holding_one_text_under_two_ids_is_refused(self, tmp_path: Path) -> None:
        curate.write(curate.build(TEXT, _document()), tmp_path)
        # The folder edited by hand: a second source of the same bytes, with a claim.
        sources = json.loads((tmp_path / "sources.json").read_text(encoding="utf-8"))
        (copy,) = ({**source, "id": "copy"} for source in sources)
        (tmp_path / "sources.json").write_text(json.dumps([*sources, copy]), encoding="utf-8")
        shutil.copy(tmp_path / "texts/my-notes.txt", tmp_path / "texts/copy.txt")
        claims = json.loads((tmp_path / "claims/my-notes.json").read_text(encoding="utf-8"))
        copied = [{**claim, "id": "copy-001", "source": "copy"} for claim in claims]
        (tmp_path / "claims/copy.json").write_text(json.dumps(copied), encoding="utf-8")
        with pytest.raises(
            bd.IntegrityError, match=r"^source 'copy' has the text of source 'my-notes': one"
        ):
            curate.load(tmp_path)


@each(
    ("year", "note", "refused"),
    [
        (2026, "'Next year' in an article dated June 1, 2025: 2026.", None),
        (2031, "'Next year' in an article dated June 1, 2025: 2026.", "the year of 2031"),
        (2026, "'Next year'.", "the year of 2026"),
    ],
)
def test_a_note_excuses_an_unwritten_date_only_by_writing_it(
    year: int, note: str, refused: str | None
) -> None:
    # Reported: with the note "'Next year'." any year was taken (2031); and a note that
    # wrote the year worked out ("... 2023: 2024.") was refused as stating a fact.
    text = "Next year, Ballerina will reach theaters."
    document = _document(
        predicate="release_date",
        value={"type": "date", "date": str(year)},
        qualifiers={"status": "expected", "medium": "theatrical"},
        quote="Next year, Ballerina will reach theaters",
        note=note,
    )
    if refused is None:
        (claim,) = curate.build(text, document).claims
        assert claim.value == bd.DateValue(date=bd.PartialDate(year=year))
        return
    with pytest.raises(InvalidDataError, match=f"value.date: the quote does not write {refused}"):
        curate.build(text, document)


class TestANewTitleOfAKnownWork:
    """A source that gives a work of the catalog a new title gives the work's record with the
    new alias after the catalog's; the folder it is written to holds the longer record."""

    TITLE = "Ballerina: Chapter Zero"
    TEXT = "The spin-off, now called Ballerina: Chapter Zero, stars Ana de Armas.\n"

    def _record(self, *aliases: dict[str, str]) -> dict[str, Any]:
        from ballerina_data._convert import unstructure

        record: dict[str, Any] = unstructure(Catalog.default().film("film/ballerina-2024"))
        record["aliases"] = [*record["aliases"], *aliases]
        return record

    def _document(
        self, source: str = "sixth", title: str = TITLE, *, gives_it: bool = True
    ) -> dict[str, Any]:
        claim = (
            {"predicate": "title", "value": {"type": "text", "text": title}, "quote": title}
            if gives_it
            else {
                "predicate": "cast_member",
                "value": {"type": "entity", "id": "Ana de Armas"},
                "quote": "stars Ana de Armas",
            }
        )
        document: dict[str, Any] = {
            "source": {"id": source, "published": "2025-06-01", "published_note": "mine"},
            "claims": [{"id": f"{source}-001", "subject": "Ballerina (2024)", **claim}],
        }
        if gives_it:
            new = {"name": title, "kind": "alternative_title"}
            document["entities"] = {"films": [self._record(new)]}
        return document

    def _aliases(self, catalog: Catalog) -> list[str]:
        return [alias.name for alias in catalog.film("film/ballerina-2024").aliases]

    def _run(self, tmp_path: Path, folder: Path, option: str, text: str, document: Any) -> int:
        (tmp_path / "t.txt").write_text(text, encoding="utf-8")
        (tmp_path / "c.json").write_text(json.dumps(document), "utf-8")
        return main(
            ["curate", str(tmp_path / "t.txt"), str(tmp_path / "c.json"), option, str(folder)]
        )

    def test_the_title_claim_and_the_alias_are_taken(self) -> None:
        # Reported: the title claim was refused until the alias was added, and the record
        # with the alias was refused as "in the catalog with other fields".
        built = curate.build(self.TEXT, self._document())
        merged = Catalog.default().merge(built)
        assert ["John Wick: Ballerina", self.TITLE] == self._aliases(merged)
        assert ("film/ballerina-2024",) == tuple(f.id for f in merged.films_titled(self.TITLE))
        assert ["John Wick: Ballerina"] == self._aliases(Catalog.default())
        # A claim may name the work by its new title.
        document = self._document()
        document["claims"][0]["subject"] = self.TITLE
        (claim,) = curate.build(self.TEXT, document).claims
        assert "film/ballerina-2024" == claim.subject

    @each(
        ("aliases", "message"),
        [
            # Written in a shipped text, not in this one: the text that gives it writes it.
            (
                [{"name": "Ballerina 2"}],
                r"entities.films\[0\]: aliases\[2\]: 'Ballerina 2' is not written so in any"
                " source",
            ),
            ([{"name": "film/chapter-zero"}], "is written as an id is"),
        ],
    )
    def test_a_new_alias_is_checked_as_a_new_entitys_name(
        self, aliases: list[dict[str, str]], message: str
    ) -> None:
        document = self._document()
        title = {"name": self.TITLE, "kind": "alternative_title"}
        document["entities"]["films"] = [self._record(title, *aliases)]
        text = f"{self.TEXT}Also: John Wick, film/chapter-zero."
        with pytest.raises(InvalidDataError, match=message):
            curate.build(text, document)

    def test_a_value_beside_the_works_full_title_is_the_works(self) -> None:
        # Reported: the film's own full title was read as another thing ("the World of").
        title = "From the World of John Wick: Ballerina"
        text = f"{title} opens in theaters on June 6, 2025.\n"
        claim = {
            "id": "sixth-001",
            "subject": "film/ballerina-2024",
            "predicate": "release_date",
            "value": {"type": "date", "date": "2025-06-06"},
            "quote": text.strip().rstrip("."),
            "qualifiers": {"medium": "theatrical", "status": "scheduled"},
        }
        document: dict[str, Any] = {
            "source": {"id": "sixth", "published": "2025-06-01", "published_note": "mine"},
            "claims": [claim],
        }
        message = (
            "another thing than the work ('the World of John Wick: Ballerina': 'world'), not"
            " of the work itself: quote 'the World of John Wick: Ballerina' in the note and say"
            " how the value is the work's own; or, where the words are a title of the work,"
            " give the work that alias"
        )
        with pytest.raises(InvalidDataError, match=re.escape(message)):
            curate.build(text, document)
        new = {"name": title, "kind": "alternative_title"}
        document["entities"] = {"films": [self._record(new)]}
        (built,) = curate.build(text, document).claims
        assert built.value == bd.DateValue(date=bd.PartialDate.parse("2025-06-06"))

    @each(
        ("text", "title", "taken"),
        [
            # Reported: any capitalized words of the text became a title of the work.
            ("Ballerina opens against Materialists this weekend.", "Materialists", False),
            ("Ballerina follows Eve, a dancer.", "Eve", False),
            ("The spin-off, aka Danseuse, stars Ana de Armas.", "Danseuse", True),
            ("It was released in France as Danseuse.", "Danseuse", True),
            ("In France the film is \u201cDanseuse\u201d.", "Danseuse", True),
            ("From the World of John Wick: Ballerina opens.",
             "From the World of John Wick: Ballerina", True),
        ],
    )  # fmt: skip
    def test_a_new_alias_is_written_as_a_title(self, text: str, title: str, taken: bool) -> None:
        document = self._document(title=title)
        if taken:
            (claim,) = curate.build(text, document).claims
            assert bd.Text(text=title) == claim.value
            return
        with pytest.raises(InvalidDataError, match="is a new title of film/ballerina-2024"):
            curate.build(text, document)

    def test_a_new_alias_that_is_another_entitys_name_is_refused(self) -> None:
        document = self._document(gives_it=False)
        document["entities"] = {
            "people": [{"id": "person/ana-de-armas", "name": "Ana de Armas", "aliases": ["Ana"]}]
        }
        text = f"{self.TEXT}Ana, not Len Wiseman."
        assert ["Ana"] == list(curate.build(text, document).person("person/ana-de-armas").aliases)
        document["entities"]["people"][0]["aliases"] = ["Len Wiseman"]
        message = (
            r"entities.people\[0\]: aliases\[0\]: 'Len Wiseman' is the name of"
            " person/len-wiseman already"
        )
        with pytest.raises(InvalidDataError, match=message):
            curate.build(text, document)

    def test_other_fields_or_the_catalogs_aliases_changed_are_refused(self) -> None:
        new = {"name": self.TITLE, "kind": "alternative_title"}
        before = self._record()["aliases"]
        for change in ({"year": 2025}, {"aliases": [new, *before]}, {"aliases": [new]}):
            document = self._document()
            document["entities"]["films"] = [{**self._record(new), **change}]
            with pytest.raises(InvalidDataError, match="is in the catalog with other fields"):
                curate.build(self.TEXT, document)

    def test_the_folder_holds_the_longer_record_and_reads_it_back(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        folder = tmp_path / "out"
        assert 0 == self._run(tmp_path, folder, "--output", self.TEXT, self._document())
        (film,) = json.loads((folder / "entities.json").read_text("utf-8"))["films"]
        assert self.TITLE == film["aliases"][-1]["name"]
        assert ["John Wick: Ballerina", self.TITLE] == self._aliases(curate.load(folder))
        capsys.readouterr()
        assert 0 == main(["--catalog", str(folder), "film", self.TITLE])
        assert capsys.readouterr().out.startswith("film/ballerina-2024  Ballerina (2024)")
        # A later source joins the folder, and another new title comes after the first.
        text = "It is now titled The Ruska Roma Story, and it stars Ana de Armas.\n"
        document = self._document("seventh", "The Ruska Roma Story")
        assert 0 == self._run(tmp_path, folder, "--output", text, document)
        # The same source again: it takes its own place.
        assert 0 == self._run(tmp_path, folder, "--output", self.TEXT, self._document())
        catalog = curate.load(folder)
        assert ["John Wick: Ballerina", self.TITLE, "The Ruska Roma Story"] == self._aliases(
            catalog
        )
        assert () == catalog.verify()
        assert ["John Wick: Ballerina"] == self._aliases(Catalog.default())

    def test_recurated_without_it_the_source_takes_its_alias_away(self, tmp_path: Path) -> None:
        folder = tmp_path / "out"
        assert 0 == self._run(tmp_path, folder, "--output", self.TEXT, self._document())
        text = "It is now titled The Ruska Roma Story, and it stars Ana de Armas.\n"
        document = self._document("seventh", "The Ruska Roma Story")
        assert 0 == self._run(tmp_path, folder, "--output", text, document)
        # The sixth source again, its claim no longer a title: the title it alone gave goes,
        # the seventh's stays.
        without = self._document(gives_it=False)
        assert 0 == self._run(tmp_path, folder, "--output", self.TEXT, without)
        catalog = curate.load(folder)
        assert ["John Wick: Ballerina", "The Ruska Roma Story"] == self._aliases(catalog)
        assert () == catalog.verify()
        # And so for the seventh: no record of the work is left in the folder.
        assert 0 == self._run(
            tmp_path, folder, "--output", text, self._document("seventh", gives_it=False)
        )
        assert ["John Wick: Ballerina"] == self._aliases(curate.load(folder))
        assert [] == json.loads((folder / "entities.json").read_text("utf-8"))["films"]

    def test_into_a_copy_of_the_data_folder(self, tmp_path: Path) -> None:
        data = tmp_path / "data"
        shutil.copytree(ROOT / "src" / "ballerina_data" / "data", data)
        assert 0 == self._run(tmp_path, data, "--into", self.TEXT, self._document())
        catalog = curate.load(data, base=Catalog())
        assert ["John Wick: Ballerina", self.TITLE] == self._aliases(catalog)
        assert () == catalog.verify()
        # Curated again as it was, it changes no byte.
        before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
        document = self._document()
        document["entities"]["films"] = [self._record({"name": self.TITLE})]
        assert 0 == self._run(tmp_path, data, "--into", self.TEXT, document)
        assert before == {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}


def test_a_link_in_the_reverse_order_is_refused_with_its_words() -> None:
    text = "Ballerina follows John Wick: Chapter 4."
    document = _document(
        predicate="followed_by",
        value={"type": "entity", "id": "film/john-wick-chapter-4"},
        quote="Ballerina follows John Wick: Chapter 4",
    )
    with pytest.raises(InvalidDataError, match="'follows' read the followed_by link the other way"):
        curate.build(text, document, base=Catalog.default())
    document["claims"][0]["predicate"] = "follows"
    assert len(curate.build(text, document, base=Catalog.default()).claims) == 1
    # Reported: an active verb with "the" starting a name mid-sentence was read backwards.
    text = "Rooney trains the Director."
    document = _document(
        subject="character/rooney",
        predicate="student_of",
        value={"type": "entity", "id": "character/the-director"},
        quote="Rooney trains the Director",
    )
    with pytest.raises(InvalidDataError, match="'trains' read the student_of link the other way"):
        curate.build(text, document, base=Catalog.default())


def test_an_output_that_is_a_file_is_refused_saying_so(tmp_path: Path) -> None:
    # Reported: the error said only "File exists".
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(WriteError, match="is a file: the output is a folder"):
        curate.write(curate.build(TEXT, _document()), tmp_path / "notes.txt")
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("inside", ["", "notes"])
def test_an_output_folder_in_a_package_folder_is_refused(tmp_path: Path, inside: str) -> None:
    # Reported: --output site-packages/ballerina_data wrote sources.json, claims/ and texts/
    # among the package's modules, which uninstalling leaves.
    package = tmp_path / "ballerina_data"
    package.mkdir()
    for name in ("__init__.py", "py.typed"):
        (package / name).write_text("", encoding="utf-8")
    with pytest.raises(WriteError, match=re.escape(str(package))):
        curate.write(curate.build(TEXT, _document()), package / inside)
    assert sorted(p.name for p in package.iterdir()) == ["__init__.py", "py.typed"]


class TestOutputWithACatalog:
    """Reported: with --catalog, --output wrote a folder no reader could load (records of
    the shipped data again, a record only the --catalog's sources write), and a folder's
    own source could not be curated into it again."""

    @staticmethod
    def _source(tmp_path: Path, source: str, text: str, **document: Any) -> list[str]:
        (tmp_path / f"{source}.txt").write_text(text, encoding="utf-8")
        curation = {
            "source": {"id": source, "published": "2025-06-01", "published_note": "mine"},
            **document,
        }
        (tmp_path / f"{source}.json").write_text(json.dumps(curation), encoding="utf-8")
        return [str(tmp_path / f"{source}.txt"), str(tmp_path / f"{source}.json")]

    @staticmethod
    def _jane(source: str, **claim: Any) -> dict[str, Any]:
        return {
            "id": f"{source}-001",
            "subject": "film/ballerina-2024",
            "predicate": "cast_member",
            "value": {"type": "entity", "id": "person/jane-q-tester"},
            **claim,
        }

    def test_a_record_of_the_shipped_data_given_again_is_refused_before_writing(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        # Built on a --catalog of texts alone, as add-a-source.md rebuilds one: the records
        # curate's errors suggest are the shipped data's, which the folder is read on.
        shipped = Catalog.default()
        texts = Catalog(
            sources=shipped.sources, texts={s.id: shipped.text(s) for s in shipped.sources}
        )
        (tmp_path / "texts.json").write_text(texts.to_json(), encoding="utf-8")
        film = {"id": "film/ballerina-2024", "kind": "film", "title": "Ballerina", "year": 2024}
        files = self._source(
            tmp_path,
            "my-notes",
            TEXT,
            entities={
                "films": [film],
                "people": [{"id": "person/ana-de-armas", "name": "Ana de Armas"}],
            },
            claims=_document()["claims"],
        )
        out = tmp_path / "out"
        catalog = ["--catalog", str(tmp_path / "texts.json")]
        assert 1 == main([*catalog, "curate", *files, "--output", str(out)])
        error = capsys.readouterr().err
        assert "conflicting records for id 'film/ballerina-2024' in films" in error
        assert not out.exists()

    def test_a_record_only_the_catalogs_sources_write_is_refused_before_writing(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        people = {"people": [{"id": "person/jane-q-tester", "name": "Jane Q. Tester"}]}
        first = self._source(
            tmp_path,
            "first",
            "Jane Q. Tester stars in Ballerina.\n",
            entities=people,
            claims=[self._jane("first", quote="Jane Q. Tester stars in Ballerina")],
        )
        second = self._source(
            tmp_path,
            "second",
            "She stars in Ballerina.\n",
            claims=[
                self._jane(
                    "second", quote="She stars in Ballerina", note="'She' is Jane Q. Tester."
                )
            ],
        )
        one, two = str(tmp_path / "one"), tmp_path / "two"
        assert 0 == main(["curate", *first, "--output", one])
        assert 1 == main(["--catalog", one, "curate", *second, "--output", str(two)])
        assert (
            "two: not written: person/jane-q-tester: name 'Jane Q. Tester' occurs in no source"
            in (capsys.readouterr().err)
        )
        assert not two.exists()
        # Into the folder whose source writes the name, it is curated, and again.
        for _ in range(2):
            assert 0 == main(["--catalog", one, "curate", *second, "--output", one])
        assert ["first", "second"] == [s.id for s in curate.load(one).sources][-2:]

    def test_a_name_another_source_of_the_folder_gave_is_refused(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        out = str(tmp_path / "out")
        for source, person in (("first", "person/jane-q-tester"), ("second", "person/jane-tester")):
            files = self._source(
                tmp_path,
                source,
                f"My notes, the {source}. Jane Q. Tester stars in Ballerina.\n",
                entities={"people": [{"id": person, "name": "Jane Q. Tester"}]},
                claims=[
                    self._jane(
                        source,
                        value={"type": "entity", "id": person},
                        quote="Jane Q. Tester stars in Ballerina",
                    )
                ],
            )
            status = main(["curate", *files, "--output", out])
        assert 1 == status
        assert (
            "'Jane Q. Tester' is the name of person/jane-q-tester already"
            in capsys.readouterr().err
        )
        assert ["first"] == [s.id for s in curate.load(out).sources][-1:]


@pytest.mark.parametrize("name", ["Bob Lee", "Bob Wiseman"])
def test_a_new_person_sharing_a_known_family_name_plays_their_part(name: str) -> None:
    # Reported: "Lee" of "Bob Lee" was read as Erica Lee's, whose part "as Red Fox" was.
    quote = f"Ballerina stars {name} as Red Fox"
    person = "person/" + name.lower().replace(" ", "-")
    document = {
        "source": {"id": "m", "published": "2025-06-01", "published_note": "mine"},
        "entities": {
            "people": [{"id": person, "name": name}],
            "characters": [{"id": "character/red-fox", "name": "Red Fox"}],
        },
        "claims": [
            {
                "id": "m-001",
                "subject": "film/ballerina-2024",
                "predicate": "cast_member",
                "value": {"type": "entity", "id": person},
                "qualifiers": {"character": "character/red-fox"},
                "quote": quote,
            }
        ],
    }
    (claim,) = curate.build(quote + ".", document).claims
    assert "character/red-fox" == claim.qualifiers.character


def test_a_source_curated_again_into_its_folder_takes_its_alias_away(tmp_path: Path) -> None:
    # Reported: with --catalog of the folder, the source rebuilt on it kept the record with
    # the alias its old text gave, and the run was refused ("occurs in no source text").
    from ballerina_data._convert import unstructure

    record = unstructure(Catalog.default().film("film/ballerina-2024"))
    record["aliases"].append({"name": "Ballerina: Chapter Zero", "kind": "alternative_title"})
    source = {"id": "myb", "published": "2025-06-11", "published_note": "mine"}
    claim = {
        "id": "myb-001",
        "subject": "film/ballerina-2024",
        "predicate": "cast_member",
        "value": {"type": "entity", "id": "person/ana-de-armas"},
        "quote": "Ballerina stars Ana de Armas",
    }
    first = {"source": source, "entities": {"films": [record]}, "claims": [claim]}
    again = {"source": source, "claims": [claim]}
    texts = (
        "Ballerina stars Ana de Armas. The spin-off, now Ballerina: Chapter Zero, opens soon.\n",
        "Ballerina stars Ana de Armas. It opens soon.\n",
    )
    out = str(tmp_path / "out")
    for number, (text, document) in enumerate(zip(texts, (first, again), strict=True)):
        (tmp_path / f"{number}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{number}.json").write_text(json.dumps(document), encoding="utf-8")
        files = [str(tmp_path / f"{number}.txt"), str(tmp_path / f"{number}.json")]
        assert 0 == main(
            ["--catalog", out, "curate", *files, "--output", out]
            if number
            else ["curate", *files, "--output", out]
        )
    film = curate.load(out).film("film/ballerina-2024")
    assert "Ballerina: Chapter Zero" not in film.names


def test_a_claim_id_another_source_of_the_folder_has_is_refused_naming_the_folder(
    tmp_path: Path,
) -> None:
    # Reported: "conflicting records for id 's1-001' in claims", naming no folder.
    out = tmp_path / "out"
    for source in ("s1", "s1_b"):
        document = _document(id="s1-001")
        document["source"]["id"] = source
        built = curate.build(f"{TEXT} ({source})", document)
        if source == "s1":
            curate.write(built, out)
            continue
        with pytest.raises(
            bd.IntegrityError, match=rf"'s1-001' in claims \(in {re.escape(str(out))}\)$"
        ):
            curate.write(built, out)


@pytest.mark.parametrize("another_source", [False, True])
def test_a_new_entitys_alias_goes_with_the_text_that_gave_it(
    tmp_path: Path, another_source: bool
) -> None:
    # Reported: corrected to a text without "J. Roe", the source was refused with --catalog
    # of its folder, and with another source naming the person, by every route.
    def curated(name: str, text: str, **document: Any) -> list[str]:
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        source = {"id": name.partition("-")[0], "published": "2025-07-01", "published_note": "mine"}
        claim = {
            "id": f"{source['id']}-001",
            "subject": "film/ballerina-2024",
            "predicate": "director",
            "value": {"type": "entity", "id": "person/jane-roe"},
            "quote": "Jane Roe directed Ballerina",
        }
        curation = {"source": source, **document, "claims": [claim]}
        (tmp_path / f"{name}.json").write_text(json.dumps(curation), encoding="utf-8")
        return [str(tmp_path / f"{name}.txt"), str(tmp_path / f"{name}.json")]

    out = str(tmp_path / "out")
    roe = {"people": [{"id": "person/jane-roe", "name": "Jane Roe", "aliases": ["J. Roe"]}]}
    first = curated(
        "a1", "One. Jane Roe directed Ballerina. Jane Roe is also J. Roe.\n", entities=roe
    )
    assert 0 == main(["curate", *first, "--output", out])
    if another_source:
        second = curated("a2", "Two. Jane Roe directed Ballerina.\n")
        assert 0 == main(["--catalog", out, "curate", *second, "--output", out])
    fixed = curated("a1-fixed", "One. Jane Roe directed Ballerina.\n")
    assert 0 == main(["--catalog", out, "curate", *fixed, "--output", out])
    assert () == curate.load(out).person("person/jane-roe").aliases


def test_a_claim_id_past_its_bound_is_shown_shortened() -> None:
    # Reported: a 1,000,000-character id was echoed whole: one error line of 1 MB.
    document = _document(id="my-notes-" + "1" * 100_000)
    with pytest.raises(bd.InvalidDataError) as raised:
        curate.build(TEXT, document)
    message = str(raised.value)
    assert "claim my-notes-1111" in message
    assert len(message) < 400


@pytest.mark.parametrize("field", ["author", "publisher"])
def test_a_sources_author_and_publisher_have_the_bound_of_a_title(field: str) -> None:
    # Reported: 1,000,000 characters were taken, where a title is refused at 501.
    document = _document()
    document["source"][field] = "a" * 501
    with pytest.raises(bd.InvalidDataError, match=f"Source.{field}: has 501 characters"):
        curate.build(TEXT, document)
    document["source"][field] = "a" * 500
    assert curate.build(TEXT, document).sources


def test_a_cast_credits_unknown_capitalized_word_is_said_to_be_maybe_a_character() -> None:
    # Reported: "plays Eve in Ballerina" was refused as words of no known shape, with no
    # word of the character the curator could add.
    text = "Ana de Armas plays Eve in Ballerina."
    document = _document(quote=text.rstrip("."))
    with pytest.raises(bd.InvalidDataError, match="may name a character the catalog lacks"):
        curate.build(text, document)
