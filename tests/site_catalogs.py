"""A hostile catalog for the site's tests: markup, script, event handlers, ``javascript:``
links, control and bidi characters in every text field a catalog lets one choose."""

from __future__ import annotations

import hashlib

import ballerina_data as bd

#: Each would run, open a link or reorder the page if it reached the page as markup; each
#: sets ``window.pwned`` (or an attribute) so that a browser can tell.
HOSTILE = (
    "<script>window.pwned = 1</script>",
    '<img src=x onerror="window.pwned = 2">',
    '" onmouseover="window.pwned = 3" x="',
    "' autofocus onfocus='window.pwned = 4' x='",
    "javascript:window.pwned = 5",
    '<a href="javascript:window.pwned = 6">click</a>',
    "</bdi></mark></div><svg onload=window.pwned=7>",
    "\u202eevil\u202c \u2066isolated\u2069 \u200fright",
    "line\u2028separator\u2029paragraph\r\nreturn\x07bell\x1bescape\x85next",
    "&amp; &lt;b&gt; {{7*7}} ${7*7}",
)


#: The note of a date the hostile words do not write, as the rules of the data ask.
def _no_year(year: int, *, region: str | None = None) -> str:
    # A date or region its quote does not write needs a note writing it.
    if region is None:
        return f"the quote writes no year: the year, {year}, is the test's"
    return f"the quote writes no year or region: the year, {year}, and {region} are the test's"


# "starring": the cast claims quote the hostile names, and a credit's sentence says its part.
_TEXT = "Hostile article, starring " + " | ".join(HOSTILE) + " | The end."


def hostile_catalog() -> bd.Catalog:
    """A catalog that holds each hostile string as a name, an alias, a quote and a note."""
    source = bd.Source(
        id="hostile-1",
        title=HOSTILE[0] + " title",
        author=HOSTILE[1],
        publisher=HOSTILE[4],
        published=bd.PartialDate(year=2024, month=5),
        published_note=HOSTILE[7],
        # A language is a BCP 47 tag (the record refuses 'en" onclick="...'): the longest.
        language="en-x-" + "-".join(["pwned123"] * 6),
        sha256=hashlib.sha256(_TEXT.encode("utf-8")).hexdigest(),
        note=HOSTILE[8],
    )
    film = bd.Film(
        id="film/hostile",
        kind=bd.WorkKind.FILM,
        title=HOSTILE[0],
        aliases=tuple(bd.Alias(name=text) for text in HOSTILE[1:]),
        year=2024,
        description=HOSTILE[6],
    )
    people = tuple(
        bd.Person(id=f"person/p{n}", name=text, aliases=(HOSTILE[-1 - n],))
        for n, text in enumerate(HOSTILE)
    )
    character = bd.Character(id="character/c", name=HOSTILE[5], aliases=(HOSTILE[3],))
    organization = bd.Organization(id="org/o", name=HOSTILE[2], aliases=(HOSTILE[8],))
    claims = []
    for n, (text, person) in enumerate(zip(HOSTILE, people, strict=True)):
        claims.append(
            bd.Claim(
                id=f"h-{n:03d}",
                subject=film.id,
                predicate=bd.Predicate.CAST_MEMBER,
                value=bd.EntityRef(id=person.id),
                qualifiers=bd.Qualifiers(character=character.id if n % 2 else None),
                source=source.id,
                evidence=bd.Evidence.locate(_TEXT, text),
                # The note names the character, which the quote does not.
                note=f"{HOSTILE[-1 - n]} As {character.name}." if n % 2 else HOSTILE[-1 - n],
            )
        )
    # Overlaps three quotes; the plot, a run of it, ends the passage.
    whole = bd.Evidence.locate(_TEXT, " | ".join(HOSTILE[4:7]))
    claims += [
        bd.Claim(
            id="h-plot",
            subject=film.id,
            predicate=bd.Predicate.PLOT,
            value=bd.Text(text=HOSTILE[6]),
            source=source.id,
            evidence=whole,
            # The film's other names stand around the plot, itself one of them.
            note="'line' and what follows are the film's other names.",
        ),
        bd.Claim(
            id="h-plot-2",
            subject=film.id,
            predicate=bd.Predicate.PLOT,
            value=bd.Text(text=HOSTILE[0]),
            source=source.id,
            evidence=bd.Evidence.locate(_TEXT, HOSTILE[0]),
        ),
        bd.Claim(
            id="h-distributor",
            subject=film.id,
            predicate=bd.Predicate.DISTRIBUTOR,
            value=bd.EntityRef(id=organization.id),
            source=source.id,
            evidence=bd.Evidence.locate(_TEXT, HOSTILE[2]),
            # The quote is the organization's name alone, no word of a distributor.
            note="The passage names the distributor alone.",
        ),
        bd.Claim(
            id="h-date",
            subject=film.id,
            predicate=bd.Predicate.RELEASE_DATE,
            value=bd.DateValue(date=bd.PartialDate(year=2024)),
            # A region is a release's (a cast credit takes none): the hostile text shows.
            qualifiers=bd.Qualifiers(region=HOSTILE[-1]),
            source=source.id,
            evidence=bd.Evidence.locate(_TEXT, HOSTILE[9]),
            note=_no_year(2024, region=HOSTILE[-1]),
        ),
        # A second release date in the same scope: a real conflict, for the conflicts page.
        bd.Claim(
            id="h-date-2",
            subject=film.id,
            predicate=bd.Predicate.RELEASE_DATE,
            value=bd.DateValue(date=bd.PartialDate(year=2023)),
            qualifiers=bd.Qualifiers(region=HOSTILE[-1]),
            source=source.id,
            evidence=bd.Evidence.locate(_TEXT, HOSTILE[8]),
            note=_no_year(2023, region=HOSTILE[-1]),
        ),
    ]
    # A second source, of the same words and one more (one document is one source), speaks
    # of the film a year later: the film has a timeline, whose chart and list show the
    # sources' hostile titles.
    later_text = f"{_TEXT} Fin."
    later = bd.Source(
        id="hostile-2",
        title=HOSTILE[6],
        published=bd.PartialDate(year=2025),
        published_note=HOSTILE[3],
        sha256=hashlib.sha256(later_text.encode("utf-8")).hexdigest(),
    )
    claims.append(
        bd.Claim(
            id="h2-date",
            subject=film.id,
            predicate=bd.Predicate.RELEASE_DATE,
            value=bd.DateValue(date=bd.PartialDate(year=2024)),
            source=later.id,
            evidence=bd.Evidence.locate(later_text, HOSTILE[9]),
            note=_no_year(2024),
        )
    )
    return bd.Catalog(
        sources=(source, later),
        films=(film,),
        people=people,
        characters=(character,),
        organizations=(organization,),
        claims=tuple(claims),
        texts={source.id: _TEXT, later.id: later_text},
    )


#: Paragraphs of the crowded catalog's text, two claims each.
CROWDED_PARAGRAPHS = 5_000


def crowded_catalog() -> bd.Catalog:
    """A catalog whose one film has 10^4 claims, all from one source of a text over 2 MB:
    titles and a conflict of release dates thousands of claims give, hundreds of cast
    members, one of them credited by
    thousands of claims, a character all of them play, and a quote in every paragraph of a
    text no page could hold whole."""
    paragraphs: list[str] = []
    claims: list[bd.Claim] = []
    at = 0
    for n in range(CROWDED_PARAGRAPHS):
        # A title in even paragraphs, a release date in odd ones: three years, a conflict of
        # thousands of claims.
        said: tuple[str, bd.Predicate, bd.Value] = (
            (
                f"the film is called Crowded {n % 7}",
                bd.Predicate.TITLE,
                bd.Text(text=f"Crowded {n % 7}"),
            )
            if n % 2 == 0
            else (
                f"it opens in {2024 + n % 3}, as the studio said in a statement this week",
                bd.Predicate.RELEASE_DATE,
                bd.DateValue(date=bd.PartialDate(year=2024 + n % 3)),
            )
        )
        # Dancer 0 in every other paragraph: a credit of thousands of claims.
        dancer = 0 if n % 2 else n % 500
        cast = f"Dancer {dancer} stars as Eve"
        # Filler that keeps the text over 2 MB with one quote every 430 characters.
        paragraph = f"Paragraph {n}. Here {said[0]}; {cast}. " + "Other words about it. " * 16
        for quote, predicate, value, character in (
            (*said, None),
            (
                cast,
                bd.Predicate.CAST_MEMBER,
                bd.EntityRef(id=f"person/p{dancer}"),
                "character/eve",
            ),
        ):
            start = at + paragraph.index(quote)
            claims.append(
                bd.Claim(
                    id=f"c{len(claims):05d}",
                    subject="film/crowded",
                    predicate=predicate,
                    value=value,
                    qualifiers=bd.Qualifiers(character=character),
                    source="long-1",
                    evidence=bd.Evidence(quote=quote, start=start, end=start + len(quote)),
                )
            )
        paragraphs.append(paragraph + "\n\n")
        at += len(paragraphs[-1])
    text = "".join(paragraphs)
    source = bd.Source(
        id="long-1",
        title="A long article",
        published=bd.PartialDate(year=2024, month=5),
        language="en",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    return bd.Catalog(
        sources=(source,),
        films=(bd.Film(id="film/crowded", kind=bd.WorkKind.FILM, title="Crowded", year=2024),),
        people=tuple(bd.Person(id=f"person/p{n}", name=f"Dancer {n}") for n in range(500)),
        characters=(bd.Character(id="character/eve", name="Eve"),),
        organizations=(),
        claims=tuple(claims),
        texts={source.id: text},
    )
