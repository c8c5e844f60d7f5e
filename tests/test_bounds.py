"""Every user-sized input has a bound and a bounded cost; what the low findings were, each
set up as reported, then the behaviour now."""

from __future__ import annotations

import pytest

from ballerina_data import Evidence, InvalidDataError

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man ZWJ woman ZWJ girl
FLAGS = "\U0001f1eb\U0001f1f7\U0001f1e9\U0001f1ea"  # FR DE
HEART = "\u2764\ufe0f"  # heart, emoji presentation
THUMB = "\U0001f44d\U0001f3fd"  # thumbs up, medium skin tone
JAMO = "\u1112\u1161\u11ab"  # 한 as three jamo
ENGLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"


class TestGraphemeClusters:
    @pytest.mark.parametrize(
        ("text", "quote", "what"),
        [
            (f"we {FAMILY} too", f"we {FAMILY[:2]}", "zero-width joiner"),
            (f"we {FAMILY} too", f"{FAMILY[2:]} too", "zero-width joiner"),
            (f"go {FLAGS} go", f"go {FLAGS[:3]}", "flag"),
            (f"go {FLAGS} go", f"{FLAGS[1:]} go", "flag"),
            (f"I {HEART} it", f"I {HEART[0]}", "variation selector"),
            (f"ok {THUMB}!", f"ok {THUMB[0]}", "skin-tone modifier"),
            (f"say {JAMO}!", f"say {JAMO[:2]}", "Hangul syllable"),
            (f"say {JAMO}!", f"{JAMO[1:]}!", "Hangul syllable"),
            ("one\r\ntwo", "one\r", "CR LF"),
            ("one\r\ntwo", "\ntwo", "CR LF"),
            ("un cafe\u0301 noir", "un cafe", "combining mark"),
            (f"flag {ENGLAND}.", f"flag {ENGLAND[:3]}", "emoji tag"),
        ],
    )
    def test_a_quote_that_cuts_a_cluster_is_refused(self, text: str, quote: str, what: str) -> None:
        # Reported: a quote could end between the parts of a ZWJ emoji, inside a flag, before
        # VS16, inside jamo, between CR and LF.
        assert quote in text
        with pytest.raises(InvalidDataError, match=f"cuts .*{what}.* in two"):
            Evidence.locate(text, quote)

    @pytest.mark.parametrize(
        ("text", "quote"),
        [
            (f"we {FAMILY} too", f"we {FAMILY}"),
            (f"go {FLAGS} go", f"{FLAGS[2:]} go"),
            (f"go {FLAGS} go", f"go {FLAGS[:2]}"),
            (f"I {HEART} it", f"{HEART} it"),
            (f"say {JAMO}!", JAMO),
            ("one\r\ntwo", "one\r\n"),
            ("\ud55c\uae00", "\ud55c"),  # two precomposed syllables
        ],
    )
    def test_whole_clusters_are_taken(self, text: str, quote: str) -> None:
        assert text.index(quote) == Evidence.locate(text, quote).start
