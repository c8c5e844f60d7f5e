"""The ``ballerina-data`` command line.

Exit statuses: 0 success, 1 nothing found or verification failed or an error, 2 usage error.
Errors go to standard error as one line.

Over 600 lines because each command is a short function here beside the one parser that
names it; the output guards every command shares (control characters, a closed pipe, a full
disk) are in ``_terminal``, and the queries they print are the library's.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from ._catalog import Catalog
from ._errors import (
    AmbiguousNameError,
    BallerinaDataError,
    IntegrityError,
    InvalidDataError,
    InvalidQueryError,
)
from ._kinds import ENTITY_KINDS, KINDS, kind_of, label, label_with_year, row_of, with_article
from ._records import (
    Character,
    Claim,
    DateValue,
    EntityRef,
    Film,
    Organization,
    Person,
    Predicate,
    Quantity,
    Value,
    WorkKind,
)
from ._terminal import (
    PROG,
    ClosedOutput,
    StdoutError,
    dump,
    err,
    fail,
    nothing,
    out,
    prepare_stdout,
    silence_stdout,
    write_bytes,
    writing_stdout,
)
from ._validators import short_repr
from ._wording import amount_words, date_words, enum_words
from .export import DIRECTORY_FORMATS, FILE_FORMATS, FORMATS

if TYPE_CHECKING:
    from ._credit import Credit
    from ._records import Entity, Qualifiers, Source
    from ._results import Fact, MergedCredit, Preferred, Profile, Statement

__all__ = ["main"]


def _value_label(catalog: Catalog, value: Value) -> str:
    if isinstance(value, EntityRef):
        return label(catalog.entity(value.id))
    if isinstance(value, DateValue):
        return date_words(value.date)
    if isinstance(value, Quantity):
        return amount_words(value)
    return str(value)


def _film_line(film: Film) -> str:
    return f"{film.id}  {label_with_year(film)}  [{film.kind.value}]"


def _print_table(rows: Sequence[Sequence[str]], indent: str = "") -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))] if rows else []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        out(indent + "  ".join(cells).rstrip())


def _claim_detail(catalog: Catalog, claim: Claim) -> str:
    return _qualifier_detail(catalog, claim.qualifiers)


def _qualifier_detail(catalog: Catalog, qualifiers: Qualifiers) -> str:
    extras = [
        f"as {catalog.character(qualifiers.character).name}" if qualifiers.character else "",
        enum_words(qualifiers.status) if qualifiers.status else "",
        enum_words(qualifiers.medium) if qualifiers.medium else "",
        qualifiers.region or "",
        f"on {date_words(qualifiers.date)}" if qualifiers.date else "",
        enum_words(qualifiers.title_kind) if qualifiers.title_kind else "",
    ]
    return " ".join(extra for extra in extras if extra)


def _claim_line(catalog: Catalog, claim: Claim) -> str:
    detail = _claim_detail(catalog, claim)
    return (
        f"{claim.id}  {claim.subject}  {claim.predicate.value}  "
        f"{_value_label(catalog, claim.value)}" + (f"  ({detail})" if detail else "")
    )


def _print_claims(catalog: Catalog, claims: Iterable[Claim]) -> None:
    for claim in claims:
        out(_claim_line(catalog, claim))
        out(
            f"    {claim.source} [{claim.evidence.start}:{claim.evidence.end}]: "
            f"“{claim.evidence.quote}”"
        )
        if claim.note:
            out(f"    note: {claim.note}")


def _directors(catalog: Catalog, film: Film) -> tuple[Credit, ...]:
    return catalog.crew(film, Predicate.DIRECTOR)


# What `films` finds: every work but franchises, as films_titled does.
_TITLED = tuple(kind.name for kind in KINDS if kind.work_kind not in (None, WorkKind.FRANCHISE))


def cmd_films(catalog: Catalog, args: argparse.Namespace) -> int:
    films = catalog.films_titled(args.title, year=args.year)
    if args.json:
        dump([{"film": film, "directors": _directors(catalog, film)} for film in films])
    for film in films if not args.json else ():
        out(_film_line(film))
        if film.description:
            out(f"  {film.description}")
        if film.aliases:
            out(f"  also titled: {'; '.join(alias.name for alias in film.aliases)}")
        for credit in _directors(catalog, film):
            # A speculated direction must not read as fact here either.
            status = _statuses(credit, {source: source for source in credit.sources})
            sources = ", ".join(credit.sources)
            out(f"  directed by {credit.person.name}{status}  (sources: {sources})")
    if not films:
        year = f" from {args.year}" if args.year is not None else ""
        hint = _suggest(catalog, args.title, _TITLED)
        return nothing(f"no film titled {short_repr(args.title)}{year}{hint}")
    return 0


def _labels(sources: Sequence[Source]) -> dict[str, str]:
    """Short labels for sources, A, B, ... in the order given (Z, then AA, AB, ...)."""
    import string

    def label(n: int) -> str:
        letters = string.ascii_uppercase
        return letters[n] if n < len(letters) else label(n // len(letters) - 1) + letters[n % 26]

    return {source.id: label(n) for n, source in enumerate(sources)}


def _cited(labels: Mapping[str, str], sources: Iterable[str]) -> str:
    letters = sorted((labels[source] for source in set(sources)), key=lambda x: (len(x), x))
    return f"[{' '.join(letters)}]"


def _fact_detail(catalog: Catalog, fact: Fact, labels: Mapping[str, str]) -> str:
    """The qualifiers of a fact's claims, as :func:`_statuses` gives a credit's: each with
    the sources that give it where not every source does, so that a source stating the
    value plainly does not read as one that only scheduled it."""
    given: dict[str, set[str]] = {}
    for claim in fact.claims:
        if detail := _claim_detail(catalog, claim):
            given.setdefault(detail, set()).add(claim.source)
    return _given_by(given, {claim.source for claim in fact.claims}, labels, "; ")


def _given_by(
    given: Mapping[str, set[str]], every: set[str], labels: Mapping[str, str], joined: str
) -> str:
    """Words ``given`` by sources: " (speculated, expected)" (each ``joined``) when every
    source (``every``) gives each; else each with the sources that give it, " (undisclosed:
    A; expected: C)"."""
    if not given:
        return ""
    if all(sources == every for sources in given.values()):
        return f" ({joined.join(given)})"
    shown = (f"{words}: {_cited(labels, sources)[1:-1]}" for words, sources in given.items())
    return f" ({'; '.join(shown)})"


def _print_statement(
    catalog: Catalog, statement: Statement, labels: dict[str, str], *, mention: bool = False
) -> set[str]:
    """Print the statement; returns the marks it printed, for the legend."""
    heading = statement.predicate.value.replace("_", " ")
    if mention:
        heading = f"{heading}, said of it by"
    elif statement.predicate.changes:
        heading += " (a history, oldest first)"
    out(f"{heading}:")
    # Each value's scopes: one value can be preferred in several (a region and a medium).
    preferred: dict[Value, list[Preferred]] = {}
    for chosen in statement.preferred:
        preferred.setdefault(chosen.value, []).append(chosen)
    # By value: the preferred values' facts are their scope's, not the statement's (and a
    # set: thousands of scopes can list one value).
    conflicting = {f.value for p in statement.preferred for f in p.conflicts}
    overlapping = {f.value for p in statement.preferred for f in p.overlaps}
    marks = set()
    for fact in statement.facts:
        label = _value_label(catalog, fact.value)
        if isinstance(fact.value, EntityRef):
            label += f" ({fact.value.id})"
        mark = "*" if fact.value in preferred else "!" if fact.value in conflicting else " "
        mark = "~" if fact.value in overlapping and mark == " " else mark
        marks.add(mark)
        detail = _fact_detail(catalog, fact, labels)
        out(f"  {mark} {label}{detail}  {_cited(labels, fact.sources)}")
        # The scopes preferring it for one reason, with the same rivals, share a line.
        alike: dict[tuple[object, ...], list[Preferred]] = {}
        for chosen in preferred.get(fact.value, ()):
            rivals = tuple(f.value for f in (*chosen.conflicts, *chosen.overlaps))
            alike.setdefault((chosen.reason, rivals), []).append(chosen)
        for scopes in alike.values():
            chosen = scopes[0]
            wheres = [
                f"for {scope}{_unnamed(catalog, each)}"
                for each in scopes
                if (scope := _qualifier_detail(catalog, each.scope))
            ]
            where = f" {' and '.join(wheres)}" if wheres else ""
            out(f"      preferred{where}: {chosen.reason}")
            for conflict in chosen.conflicts:
                value = _value_label(catalog, conflict.value)
                out(f"      conflicts with {value}  {_cited(labels, conflict.sources)}")
            for overlap in chosen.overlaps:
                value = _value_label(catalog, overlap.value)
                out(f"      overlaps with {value}  {_cited(labels, overlap.sources)}")
            for former in chosen.superseded:
                value = _value_label(catalog, former.value)
                out(f"      superseded: {value}  {_cited(labels, former.sources)}")
    return marks


#: What each mark before a value means, in the order the legend gives them.
_MARKS = {
    "*": "the preferred value",
    "!": "a value in conflict with it",
    "~": "a value overlapping it only in part",
}


def _unnamed(catalog: Catalog, preferred: Preferred) -> str:
    """What the preferred value's claims leave out of its scope: a claim with no region counts
    in every region's scope, so "for theatrical US" need not mean a claim says US."""
    left_out = [
        name
        for name in ("medium", "region")
        if getattr(preferred.scope, name) is not None
        and all(getattr(c.qualifiers, name) is None for f in preferred.facts for c in f.claims)
    ]
    if not left_out:
        return ""
    value = _value_label(catalog, preferred.value)
    return f" ({value}'s claims name no {' or '.join(left_out)})"


def _print_heading(entity: Entity) -> None:
    if isinstance(entity, Film):
        out(_film_line(entity))
        if entity.description:
            out(f"  {entity.description}")
        for alias in entity.aliases:
            out(f"  also titled: {alias.name} ({alias.kind.value.replace('_', ' ')})")
    else:
        out(f"{entity.id}  {entity.name}")
        if entity.aliases:
            out(f"  also known as: {'; '.join(entity.aliases)}")


def _print_profile(catalog: Catalog, profile: Profile) -> None:
    _print_heading(profile.entity)
    labels = _labels(profile.sources)
    marks: set[str] = set()
    for statement in profile.statements:
        marks |= _print_statement(catalog, statement, labels)
    _print_merged_credits(profile, labels)
    for statement in profile.mentions:
        marks |= _print_statement(catalog, statement, labels, mention=True)
    if profile.sources:
        # The legend explains the marks this page shows, and no others.
        shown = ", ".join(f"{mark} {meaning}" for mark, meaning in _MARKS.items() if mark in marks)
        out(f"sources ({shown}):" if shown else "sources:")
        _print_table(
            [
                (labels[s.id], s.id, _published(s), s.title or "(no headline)")
                for s in profile.sources
            ],
            indent="  ",
        )


def _published(source: Source) -> str:
    return date_words(source.published) if source.published else "undated"


def _print_merged_credits(profile: Profile, labels: dict[str, str]) -> None:
    entity = profile.entity
    rows = []
    for credit in profile.credits:
        if isinstance(entity, Film):
            who = profile.name(credit.person)
        elif isinstance(entity, Person):
            who = f"{profile.name(credit.work)} ({credit.work})"
        else:
            who = f"{profile.name(credit.person)} in {profile.name(credit.work)} ({credit.work})"
        part = credit.role.value.replace("_", " ")
        if credit.characters:
            part += " as " + " and ".join(profile.name(p.character) for p in credit.characters)
        part += _statuses(credit, labels)
        sources = credit.sources  # a property over every claim: once, not once a character
        cited = _cited(labels, sources)
        every = set(sources)
        named = [
            f"{profile.name(p.character)}: {_cited(labels, p.sources)[1:-1]}"
            for p in credit.characters
            if set(p.sources) != every
        ]
        if named:
            cited = f"{cited[:-1]}; {'; '.join(named)}]"
        rows.append((who, part, cited))
    if rows:
        out("credits:")
        _print_table(rows, indent="  ")


def _statuses(credit: Credit | MergedCredit, labels: dict[str, str]) -> str:
    """The statuses of a merged credit: " (speculated, expected)" when every source of the
    credit gives each; else each status with the sources that give it, " (undisclosed: A;
    expected: C)", so that no status reads as that of a source that does not give it."""
    # A speculated or undisclosed credit must not read as plain fact.
    given: dict[str, set[str]] = {}
    for claim in credit.claims:
        if claim.qualifiers.status is not None:
            given.setdefault(enum_words(claim.qualifiers.status), set()).add(claim.source)
    return _given_by(given, {claim.source for claim in credit.claims}, labels, ", ")


def _named(catalog: Catalog, kind: str, given: str) -> Entity:
    """The entity of the command's kind (``"entity"`` for any) that ``given`` names: its id,
    or its one name or alias ("Ana de Armas"); a work by a name others share with it ("John
    Wick", also a franchise and a character) when it is the one work of that name."""
    get: Callable[[Entity | str], Entity] = getattr(catalog, kind)
    if "/" in given:  # every id has one; no name the commands are given does
        return get(given)
    found: Entity
    try:
        # The film command takes any work: a franchise or a series too.
        found = catalog.lookup(given, kind=None if kind in ("film", "entity") else kind)
    except AmbiguousNameError as error:
        candidates = [
            e for e in error.candidates if isinstance(e, Film | Person | Character | Organization)
        ]
        works = [e for e in candidates if isinstance(e, Film)] if kind == "film" else []
        if len(works) == 1:
            found = works[0]
        else:  # the command line has no kind= or year=: the ids tell them apart
            shown: list[Entity] = [*works] or candidates
            ids = ", ".join(f"{label_with_year(e)} {e.id}" for e in shown[:20])
            more = f" and {len(shown) - 20} more" if len(shown) > 20 else ""
            msg = f"{short_repr(given)} names {len(shown)}: {ids}{more}; give the id"
            raise AmbiguousNameError(msg, tuple(shown)) from None
    return get(found)  # not one of this kind: the message says what it is


def cmd_entity(catalog: Catalog, args: argparse.Namespace) -> int:
    profile = catalog.about(_named(catalog, args.command, args.id))
    if args.json:
        dump(profile)
    else:
        _print_profile(catalog, profile)
    return 0


def cmd_people(catalog: Catalog, args: argparse.Namespace) -> int:
    people = catalog.people_named(args.name)
    if args.json:
        dump(people)
    else:
        _print_table([(p.id, p.name, "; ".join(p.aliases)) for p in people])
    if not people:
        hint = _suggest(catalog, args.name, ("person",))
        return nothing(f"no person named {short_repr(args.name)}{hint}")
    return 0


def cmd_claims(catalog: Catalog, args: argparse.Namespace) -> int:
    predicate = args.predicate
    # `is not None`: an empty --about or --source is an unknown id, not a missing filter.
    if args.about is not None:
        claims = catalog.claims_about(_named(catalog, "entity", args.about), predicate)
    elif args.source is not None:
        claims = catalog.claims_from(args.source)
    else:
        claims = catalog.claims_with(predicate) if predicate else catalog.claims
    if args.source is not None:
        claims = tuple(c for c in claims if c.source == catalog.source(args.source).id)
    if predicate:
        claims = tuple(c for c in claims if c.predicate is predicate)
    if args.json:
        dump(claims)
    else:
        _print_claims(catalog, claims)
    return 0 if claims else nothing("no claims match")


def cmd_disagreements(catalog: Catalog, args: argparse.Namespace) -> int:
    relation = None if args.relation == "all" else args.relation
    entity = None if args.about is None else _named(catalog, "entity", args.about)
    found = catalog.disagreements(entity, relation=relation)
    if args.json:
        dump(found)
    for disagreement in found if not args.json else ():
        out(
            f"{disagreement.subject}  {disagreement.predicate.value}"
            f"  [{disagreement.relation.value}]"
        )
        for fact in disagreement.facts:
            label = _value_label(catalog, fact.value)
            if isinstance(fact.value, EntityRef):
                label += f" ({fact.value.id})"  # two works can share a title
            # Its qualifiers tell apart facts of one value ("as Rooney" refines no character).
            detail = _fact_detail(catalog, fact, {source: source for source in fact.sources})
            out(f"  {label}{detail}  (sources: {', '.join(fact.sources)})")
            for claim in fact.claims:
                out(f"    {claim.source}: “{claim.evidence.quote}”")
    if not found:
        about = f" about {args.about}" if args.about is not None else ""
        hint = _other_relations(catalog, entity, args.relation)
        what = f"{_RELATION_WORDS[args.relation]}s" if args.relation != "all" else "disagreements"
        return nothing(f"no {what}{about}{hint}")
    return 0


#: What --relation lists, in words, in the order the option gives them: the relations an
#: entry can have (``_relations.ENTRY_RELATIONS``, which the first answer does not load: a
#: test keeps the two alike).
_RELATION_WORDS = {
    "conflict": "conflict",
    "overlap": "overlap",
    "refinement": "refinement",
    "same": "agreement",
}


def _other_relations(catalog: Catalog, entity: Entity | None, asked: str) -> str:
    """What the other relations would list, and how to ask: " (21 refinements: --relation
    refinement; 45 agreements: --relation same)", or nothing when they list nothing either."""
    if asked == "all":
        return ""
    counts = Counter(d.relation.value for d in catalog.disagreements(entity, relation=None))
    others = [
        f"{counts[relation]} {word}{'' if counts[relation] == 1 else 's'}: --relation {relation}"
        for relation, word in _RELATION_WORDS.items()
        if relation != asked and counts[relation]
    ]
    return f" ({'; '.join(others)})" if others else ""


def _counted(number: int, noun: str) -> str:
    """ "1 claim", "2 claims"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def cmd_sources(catalog: Catalog, args: argparse.Namespace) -> int:
    if args.json:
        dump(catalog.sources)
        return 0
    rows = [
        (
            source.id,
            date_words(source.published) if source.published else "undated",
            _counted(len(catalog.claims_from(source)), "claim"),
            source.title or "(no headline)",
        )
        for source in catalog.sources
    ]
    _print_table(rows)
    out(
        f"{len(catalog.sources)} sources, {len(catalog.films)} works, {len(catalog.people)} people,"
        f" {len(catalog.characters)} characters, {len(catalog.organizations)} organizations,"
        f" {len(catalog.claims)} claims"
    )
    return 0


def _suggest(catalog: Catalog, query: str, kinds: Sequence[str]) -> str:
    """What the query names among other kinds ("; 'Rooney' is a character: character/rooney"),
    or "; did you mean A or B?" from search among entities of these kinds, or nothing."""
    from ._arguments import MAX_QUERY
    from ._errors import AmbiguousNameError

    if len(query) > MAX_QUERY:
        return ""  # no name is near that long
    try:
        named: tuple[Any, ...] = (catalog.lookup(query),)
    except AmbiguousNameError as error:
        named = error.candidates
    except BallerinaDataError:
        named = ()
    others = [entity for entity in named if kind_of(entity) not in kinds]
    if others:
        listed = " or ".join(f"{with_article(row_of(e).noun)}: {e.id}" for e in others)
        return f"; {short_repr(query)} is {listed}"
    found = [match for match in catalog.search(query, limit=20) if match.kind in kinds][:2]
    if not found:
        return ""
    # With the ids: two people can have one name.
    shown = (f"{label_with_year(match.entity)} ({match.entity.id})" for match in found)
    return f"; did you mean {' or '.join(shown)}?"


def cmd_search(catalog: Catalog, args: argparse.Namespace) -> int:
    matches = catalog.search(args.query, kind=args.kind, limit=args.limit)
    if args.json:
        dump(
            [{"id": m.entity.id, "kind": m.kind, "name": m.name, "score": m.score} for m in matches]
        )
    else:
        _print_table([(m.entity.id, m.kind, f"{m.score:.3f}", m.name) for m in matches])
    return 0 if matches else nothing(f"nothing close to {short_repr(args.query)}")


def cmd_timeline(catalog: Catalog, args: argparse.Namespace) -> int:
    from ._timeline import UNCERTAIN_ORDER

    entries = catalog.timeline(_named(catalog, "entity", args.id), args.predicate)
    if args.json:
        dump(
            [
                {
                    "source": e.source.id,
                    "published": e.published,
                    "claims": e.claims,
                    "new": [c.id for c in e.new],
                    "uncertain_order": e.uncertain_order,
                }
                for e in entries
            ]
        )
    for entry in entries if not args.json else ():
        # "+" and "=" rest on the order: say where another source's date overlaps this one's.
        unsure = f"  ({UNCERTAIN_ORDER})"
        when = date_words(entry.published) if entry.published else "undated"
        out(f"{when}  {entry.source.id}{unsure * entry.uncertain_order}")
        new = {claim.id for claim in entry.new}
        for claim in entry.claims:
            mark = "+" if claim.id in new else "="
            out(f"  {mark} {_claim_line(catalog, claim)}")
    if not entries:
        about = f"{args.id}" + (f" with predicate {args.predicate.value}" if args.predicate else "")
        return nothing(f"no claims about {about}")
    return 0


def cmd_curate(catalog: Catalog, args: argparse.Namespace) -> int:
    from . import curate

    if args.into is not None:
        # The folder's catalog is the base: names resolve to its entities, and a source it
        # has is corrected in place.
        folder = _whole_data_folder(args.into)
        added = curate.read(args.text, args.curation, base=folder, replace=True)
        replaced = curate.into(added, args.into)
    else:
        # A source of the --catalog folder curated into that same folder is corrected in
        # place, as --into corrects one: its entities still resolve.
        again = args.output is not None and _same_folder(args.catalog, args.output)
        added = curate.read(args.text, args.curation, base=catalog, replace=again)
    if args.output is not None:
        # Written against the catalog every reader of the folder (--catalog DIR,
        # curate.load) reads it on, whatever --catalog the source was built on: a record the
        # shipped data has is left out, one that conflicts with it refused, and one only the
        # --catalog's sources write (a new person, a new alias) refused unless the new text
        # writes it too, all before anything is written.
        base = catalog if args.catalog is None else _read_on(catalog, added)
        try:
            curate.write(added, args.output, base=base)
        except IntegrityError:
            _refuse_a_whole_data_folder(args.output, catalog)
            raise
    (source,) = added.sources
    if args.json:
        output = args.output if args.into is None else args.into
        dump({"source": source.id, "claims": len(added.claims), "output": output})
        return 0
    written = f"; written to {args.output}" if args.output is not None else ""
    if args.into is not None:
        written = f"; {'replaced in' if replaced else 'added to'} {args.into}"
    count = f"{len(added.claims)} claim{'' if len(added.claims) == 1 else 's'}"
    # What was checked, and no more: a quote found in the text may still not say the value.
    out(f"ok: {source.id}, {count}: quotes located in the text, fields checked{written}")
    return 0


def _read_on(catalog: Catalog, added: Catalog) -> Catalog:
    """The base ``curate --output`` writes a source built on a ``--catalog`` against: the
    catalog its readers read the folder on. That is the shipped data, but for a folder of a
    source the shipped data has (rebuilt, as add-a-source.md rebuilds 004), which is read
    alone: then the ``--catalog``'s sources and texts, and of its entities those the
    shipped data has alike, so that the folder holds every other entity its claims name."""
    from ._kinds import SECTIONS

    shipped = Catalog.default()
    if not {source.id for source in added.sources} & {source.id for source in shipped.sources}:
        return shipped
    alike = {}
    for section in SECTIONS:
        has = set(getattr(shipped, section))
        alike[section] = [entity for entity in getattr(catalog, section) if entity in has]
    return Catalog(sources=catalog.sources, texts=catalog.texts, **alike)


def _same_folder(catalog: str | None, output: str) -> bool:
    """Whether ``--catalog`` names the folder ``--output`` names (the output may not exist)."""
    import os

    try:
        return catalog is not None and os.path.isdir(catalog) and os.path.samefile(catalog, output)
    except OSError:  # the output folder is new
        return False


def _whole_data_folder(directory: str) -> Catalog:
    """The catalog of the data folder ``--into`` names, read alone; a folder ``--output``
    wrote, whose sources extend the shipped data and name its entities, is told apart from
    a broken one, so that the error says what ``--into`` takes, not "unknown subject"."""
    from . import curate

    try:
        return curate.load(directory, base=Catalog())
    except IntegrityError as alone:
        try:
            curate.load(directory, base=Catalog.default())
        except BallerinaDataError:
            raise alone from None
    msg = (
        f"--into takes a whole data folder (src/ballerina_data/data, or a copy of it);"
        f" {directory} holds sources that extend the shipped data, as --output writes them:"
        " give it to --output instead"
    )
    raise InvalidDataError(msg)


def _refuse_a_whole_data_folder(directory: str, catalog: Catalog) -> None:
    """Say what ``--output`` takes when ``directory``, which did not merge with ``catalog``,
    is a whole data folder (as ``--into`` keeps), which reads alone and holds sources the
    catalog has: its "duplicate ids" would not say so."""
    from . import curate

    try:
        folder = curate.load(directory, base=Catalog())
    except (BallerinaDataError, OSError):
        return  # not a whole data folder (none at all, when new): its own error stands
    if not {source.id for source in folder.sources} & {source.id for source in catalog.sources}:
        return
    msg = (
        f"--output writes the sources that extend the catalog; {directory} is a whole data"
        " folder (src/ballerina_data/data, or a copy of it), as --into keeps one: give it to"
        " --into instead"
    )
    raise InvalidDataError(msg)


_CURATE_EPILOG = """\
the curation file, JSON:
  {"source": {"id": "my-notes", "title": "My notes", "published": "2025-06-01",
              "published_note": "how the date is known"},
   "entities": {"people": [{"id": "person/new-name", "name": "New Name"}]},
   "claims": [{"id": "my-notes-001", "subject": "Ballerina (2024)",
               "predicate": "cast_member",
               "value": {"type": "entity", "id": "Ana De Armas"},
               "qualifiers": {}, "note": "optional",
               "quote": "the exact words of the text", "occurrence": 1}]}

"source" is the source without its sha256, which is computed from TEXT;
"entities" (optional) holds the new entities, as in the catalog format, and
an entity of the catalog given as it is with new aliases after its own. Each
claim gives "quote" in place of "evidence"; where the quote occurs more than
once, "occurrence" (from 1) or "context" (a longer passage around it) says
which. A subject, an entity value or a character may be a name: it resolves
to the entity of the catalog (--catalog, or the shipped data) that has it.
Every claim is checked, the rules of the data with it (the page "The data
model"), and the source verified; an error is one line, FILE:LINE: claim ID:
FIELD: what is wrong, with a suggestion. Exit status 0 when the source is
built, 1 on an error."""


_DATASETTE_FORMATS = ("datasette-metadata", "datasette-config")


def _refuse_the_catalog_as_output(catalog: str, output: str) -> None:
    """Refuse an export's ``--output`` that is the file ``--catalog`` reads, or a file of the
    folder it reads, by any name (the same file, as a hard link is): the export would
    replace the catalog it was made from, as ``--output log.txt >> log.txt`` would the log."""
    import os

    if output == "-":
        return
    try:
        written = os.stat(output)
    except (OSError, ValueError):  # a new file is no file of the catalog
        return
    from ._format import files_below, same_file_among

    read = [catalog]
    if os.path.isdir(catalog):
        read += files_below(catalog)
    path = same_file_among(written, read)
    if path is not None:
        msg = (
            f"--output {output} is the catalog --catalog {catalog} reads"
            + ("" if path == catalog else f" ({path})")
            + ": refusing to replace it"
        )
        raise InvalidDataError(msg)


def _refuse_the_shipped_data_as_output(catalog: str | None, output: str) -> None:
    """Refuse an export's ``--output`` that is a file the package's own data is read from
    (``data/`` and the original texts of ``seeds/``), by any name: with no ``--catalog``
    that is the catalog in use, and a folder ``curate --output`` wrote is read on it; an
    export over it would break every later command. Also a ``--catalog`` folder's journal
    (:data:`~ballerina_data._write.JOURNAL`), which the folder's reader reads too."""
    import errno
    import os

    from . import _format
    from ._errors import WriteError
    from ._write import JOURNAL

    if catalog is not None and os.path.basename(output) == JOURNAL:
        try:
            journal = os.path.isdir(catalog) and os.path.samefile(
                os.path.dirname(output) or ".", catalog
            )
        except (OSError, ValueError):  # no such folder: no journal of the catalog
            journal = False
        if journal:
            msg = (
                f"--output {output} is the journal of the folder --catalog {catalog} reads:"
                " refusing to write it"
            )
            raise InvalidDataError(msg)
    # The data folder the output stands in, given as --catalog or not: "cd out && export
    # --output sources.json" would break the folder curate wrote as surely.
    try:
        where = os.path.dirname(os.path.abspath(output))
    except FileNotFoundError:  # a relative path, in a working folder since removed
        raise WriteError(errno.ENOENT, "the current folder no longer exists", output) from None
    folders = [where, os.path.dirname(where)]
    _refuse_a_name_a_data_folder_reads(
        output,
        [*([catalog] if catalog is not None else []), *filter(_is_a_data_folder, folders)],
    )
    path = _format.shipped_data_at(output)
    if path is not None:
        msg = (
            f"--output {output} is {path} or in it, the shipped data the catalog"
            " is read from: refusing to write it"
        )
        raise InvalidDataError(msg)


def _is_a_data_folder(folder: str) -> bool:
    """Whether ``folder`` is laid out as a data folder: its ``sources.json``,
    ``entities.json`` and ``claims/``."""
    import os

    return (
        os.path.isfile(os.path.join(folder, "sources.json"))
        and os.path.isfile(os.path.join(folder, "entities.json"))
        and os.path.isdir(os.path.join(folder, "claims"))
    )


def _refuse_a_name_a_data_folder_reads(output: str, folders: list[str]) -> None:
    """Refuse an ``--output`` at a name one of the data ``folders`` reads, there or not yet:
    its ``sources.json`` or ``entities.json``, or a file of its ``texts/`` or ``claims/``
    (the reader takes ``texts/<source id>.txt`` before the text of ``seeds/``, so an export
    there would replace a source's text)."""
    import os

    where = os.path.realpath(os.path.dirname(os.path.abspath(output)))
    name = os.path.basename(output)
    for folder in folders:
        if not os.path.isdir(folder):
            continue
        real = os.path.realpath(folder)
        if (where == real and name in ("sources.json", "entities.json")) or where in (
            os.path.join(real, "texts"),
            os.path.join(real, "claims"),
        ):
            msg = (
                f"--output {output} is a name the data folder {folder} reads (its"
                " sources.json, entities.json, texts/ or claims/): refusing to write it"
            )
            raise InvalidDataError(msg)


def cmd_export(catalog: Catalog, args: argparse.Namespace) -> int:
    from . import export

    if args.output not in _STDOUT_NAMES:
        _refuse_the_shipped_data_as_output(args.catalog, args.output)
        if args.datasette:  # the three files as one set: all replaced, or none
            export._write_with_datasette(catalog, args.output)
        else:
            export.write(catalog, args.format, args.output, database=args.database)
        return 0
    import io

    # Complete before the first byte goes out; then as UTF-8 bytes, whatever the locale,
    # since that is what every export format is.
    buffer = io.StringIO()
    if args.database is None:
        export.FORMATS[args.format](catalog, buffer)
    elif args.format == "datasette-config":
        export.to_datasette_config(catalog, buffer, database=args.database)
    else:
        export.to_datasette_metadata(catalog, buffer, database=args.database)
    with writing_stdout():
        sys.stdout.flush()
        write_bytes(buffer.getvalue().encode("utf-8"))
    return 0


def cmd_verify(catalog: Catalog, args: argparse.Namespace) -> int:
    problems = catalog.verify()
    if args.json:
        dump(problems)
    else:
        for problem in problems:
            out(str(problem))
        if not problems:
            out(f"ok: {len(catalog.sources)} sources, {len(catalog.claims)} claims verified")
    return 1 if problems else 0


def _path(text: str) -> str:
    if not text:
        msg = "an empty path"
        raise argparse.ArgumentTypeError(msg)
    return text


def _query(what: str) -> Callable[[str], str]:
    """An argument that names something to find: one with no letters or digits (``""``)
    finds nothing by any name, a usage error as a number out of range is."""

    def check(text: str) -> str:
        from ._arguments import query_key

        try:
            query_key(text, what)
        except InvalidQueryError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        return text

    return check


# A whole number as the catalog format writes one: ASCII digits alone, at most 18 of them
# ("2_024", Arabic-Indic digits and a 5,000-digit number are no argument of ours).
_WHOLE_NUMBER = re.compile(r"[0-9]{1,18}")


def _positive(text: str) -> int:
    if not _DIGITS.fullmatch(text) or not text.strip("0"):
        msg = f"not a whole number of at least 1: {short_repr(text)}"
        raise argparse.ArgumentTypeError(msg)
    # A limit of more than 18 digits is more than any catalog holds: no limit at all.
    return int(text) if _WHOLE_NUMBER.fullmatch(text) else _NO_LIMIT


_DIGITS = re.compile(r"[0-9]+")
_NO_LIMIT = 10**18


def _year(text: str) -> int:
    if not _WHOLE_NUMBER.fullmatch(text) or not 1 <= int(text) <= 9999:
        msg = f"not a year from 1 to 9999: {short_repr(text)}"
        raise argparse.ArgumentTypeError(msg)
    return int(text)


def _database(text: str) -> str:
    from .export import _check_database

    try:
        return _check_database(text)
    except InvalidQueryError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _predicate(text: str) -> Predicate:
    try:
        return Predicate(text)
    except InvalidQueryError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _version() -> str:
    from importlib.metadata import version

    return f"{PROG} {version('ballerina-data')}"


class _VersionAction(argparse.Action):
    # argparse's own version action wants the text up front; the metadata is read only here.
    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        sys.stdout.write(_version() + "\n")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    _checking = False

    # argparse drops an error writing its help or usage; a full disk must be reported.
    def _print_message(self, message: str, file: Any = None) -> None:
        if message:
            (file or sys.stderr).write(message)

    # argparse builds a help formatter for each argument added, only to check its metavar;
    # a formatter as wide as the terminal imports shutil (and lzma, bz2 and zlib with it)
    # to measure it: 3-5 ms of every command's start. One of a fixed width checks the same.
    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        self._checking = True
        try:
            return super().add_argument(*args, **kwargs)
        finally:
            self._checking = False

    def _get_formatter(self) -> argparse.HelpFormatter:
        if self._checking:
            return argparse.HelpFormatter(prog=self.prog, width=80)
        return super()._get_formatter()

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        # argparse quotes a refused choice whole: a 100 KB argument made a 100 KB line.
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            msg = f"invalid choice: {short_repr(value)} (choose from {choices})"
            raise argparse.ArgumentError(action, msg)

    def error(self, message: str) -> NoReturn:
        # One line, as every other error, not argparse's usage of every option first.
        self.exit(2, f"{self.prog}: error: {message}; see {self.prog} --help\n")


#: An id of each kind, for the help of the commands that take one.
_EXAMPLE_IDS = {
    "film": "film/ballerina-2024",
    "person": "person/len-wiseman",
    "character": "character/john-wick",
    "organization": "org/lionsgate",
}


class _Built(Mapping[str, _Parser]):
    """The commands' parsers by name, each built the first time it is looked up."""

    def __init__(self) -> None:
        self.builders: dict[str, Callable[[], _Parser]] = {}
        self._parsers: dict[str, _Parser] = {}

    def __getitem__(self, name: str) -> _Parser:
        if name not in self._parsers:
            self._parsers[name] = self.builders[name]()
        return self._parsers[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.builders)

    def __len__(self) -> int:
        return len(self.builders)


if TYPE_CHECKING:
    _SubParsers = argparse._SubParsersAction[_Parser]
else:  # generic in the type stubs only
    _SubParsers = argparse._SubParsersAction


class _Commands(_SubParsers):
    """The commands, each one's parser built only when looked up: by a run that gives the
    command (its ``--help`` too). Building all fourteen took about 3 ms of every start, most
    of it argparse looking on disk for translations of each parser's words."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._built = _Built()
        # argparse only looks names up in these, and lists them: a mapping does for a dict.
        self._name_parser_map = self.choices = self._built  # type: ignore[assignment]

    def add_command(
        self,
        name: str,
        handler: Callable[..., int],
        help_text: str,
        arguments: Callable[[_Parser], object] = lambda parser: None,
    ) -> None:
        """A command: its line in the program's help now; its parser, of the common options
        and the command's ``arguments``, when it is looked up."""

        def build() -> _Parser:
            parser = _Parser(prog=f"{PROG} {name}", description=help_text)
            _add_options(parser, argparse.SUPPRESS)
            parser.set_defaults(handler=handler)
            arguments(parser)
            return parser

        self._choices_actions.append(self._ChoicesPseudoAction(name, (), help_text))
        self._built.builders[name] = build


def _films_arguments(films: _Parser) -> None:
    films.add_argument(
        "title",
        type=_query("title"),
        help="a title or alias; case, accents and punctuation do not matter",
    )
    films.add_argument("--year", type=_year)


def _id_argument(kind: str) -> Callable[[_Parser], object]:
    def arguments(parser: _Parser) -> None:
        parser.add_argument(
            "id",
            type=_query("name or id"),
            help=f"the {kind}'s id, as {_EXAMPLE_IDS[kind]}, or its name or an alias",
        )

    return arguments


def _people_arguments(people: _Parser) -> None:
    people.add_argument(
        "name",
        type=_query("name"),
        help="a name or a spelling variant of one, as 'Jun Jong-seo'",
    )


def _predicate_option(parser: _Parser, spellings: str) -> None:
    parser.add_argument(
        "--predicate", type=_predicate, metavar="P", help=f"only this predicate: {spellings}"
    )


def _claims_arguments(claims: _Parser) -> None:
    _about_option(claims, "claims about this entity (its id, or its name)")
    claims.add_argument(
        "--source", metavar="ID", type=_query("source id"), help="claims made by this source"
    )
    _predicate_option(claims, "its value (director), name (DIRECTOR) or Wikidata id (P57)")


def _about_option(parser: _Parser, help_text: str) -> None:
    parser.add_argument("--about", metavar="ID", type=_query("name or id"), help=help_text)


def _disagreements_arguments(disagreements: _Parser) -> None:
    disagreements.epilog = (
        'Exit status 0 when an entry is printed; 1 when there is none ("no conflicts" on'
        " standard error, with how many entries the other relations have and how to list"
        " them), as for every query that finds nothing; 2 on a usage error."
    )
    _about_option(disagreements, "only for this entity (its id, or its name)")
    disagreements.add_argument(
        "--relation",
        choices=(*_RELATION_WORDS, "all"),
        default="conflict",
        help=(
            "which entries: real conflicts (the default), agreements, refinements, values"
            " that overlap only in part, or all"
        ),
    )


def _search_arguments(search: _Parser) -> None:
    search.add_argument(
        "query",
        type=_query("query"),
        help="a title or name, or part of one; typos are forgiven",
    )
    search.add_argument("--kind", choices=ENTITY_KINDS, help="only this kind")
    search.add_argument("--limit", type=_positive, default=10, help="at most this many (10)")


def _timeline_arguments(timeline: _Parser) -> None:
    timeline.add_argument(
        "id",
        type=_query("name or id"),
        help="an entity of any kind: its id, as film/ballerina-2024, or its name",
    )
    _predicate_option(timeline, "its value, name or Wikidata id")


def _curate_arguments(curate: _Parser) -> None:
    curate.description = (
        "add a source: locate the quotes of a curation file in the source's text,\n"
        "resolve names, check every claim's fields against the rules of the data, and\n"
        "write the data files; whether a quote says its value is for you to read"
    )
    curate.epilog = _CURATE_EPILOG
    curate.formatter_class = argparse.RawDescriptionHelpFormatter
    curate.add_argument("text", metavar="TEXT", help="the source document, a UTF-8 text file")
    curate.add_argument(
        "curation",
        metavar="CURATION",
        help="the curation file: the source's metadata, its new entities, and its claims"
        " written with quotes only (see below, and the how-to 'Add a source')",
    )
    written = curate.add_mutually_exclusive_group()
    written.add_argument(
        "--output",
        metavar="DIR",
        type=_path,
        help="write the source as the shipped data is laid out: sources.json, entities.json"
        " (the new entities), claims/SOURCE.json and texts/SOURCE.txt in DIR",
    )
    written.add_argument(
        "--into",
        metavar="DIR",
        type=_path,
        help="curate against the catalog of the data folder DIR (the package's"
        " src/ballerina_data/data, or a copy) and merge the source into its files, in"
        " their layout; a source DIR has is replaced",
    )


def _export_arguments(export: _Parser) -> None:
    export.add_argument(
        "--format", choices=[*FORMATS, *FILE_FORMATS, *DIRECTORY_FORMATS], required=True
    )
    export.add_argument(
        "--output",
        metavar="PATH",
        required=True,
        type=_path,
        help="a file, or - for stdout; for datapackage, parquet and site, a new or empty folder"
        " or one an earlier export of the same format wrote",
    )
    export.epilog = (
        "csv (and the datapackage's claims.csv) hold each cell exactly: a spreadsheet"
        " program runs a cell that starts with =, +, - or @ as a formula, so import a"
        " catalog from elsewhere with every column as text."
    )
    export.add_argument(
        "--database",
        metavar="NAME",
        type=_database,
        help="the Datasette database the datasette-metadata and datasette-config formats"
        " describe: the database file's name less its extension (default: ballerina)",
    )
    export.add_argument(
        "--datasette",
        action="store_true",
        help="with --format sqlite, also write NAME.metadata.json (Datasette 0.65 and 1.0)"
        " and NAME.datasette.json (Datasette 1.0) beside the database NAME.db; the three"
        " are replaced together or, on a failure (a full disk), none of them; a file of"
        " those names that no earlier export wrote (or that was changed since) is refused",
    )


def _add_options(parser: _Parser, default: Any) -> None:
    """The options of the program and of every command: ``default`` None for the program's,
    SUPPRESS for a command's, so that those given after the command override those before
    it, and only when given. Added to each parser, not through a parent parser: building
    one costs as much as adding them."""
    parser.add_argument(
        "--catalog",
        metavar="PATH",
        default=default,
        help="a catalog JSON file to use instead of the shipped data; or a folder"
        " `curate --output` wrote, the shipped data with the folder's sources; or a whole"
        " data folder, as `curate --into` keeps one",
    )
    parser.add_argument(
        "--json", action="store_true", default=default, help="machine-readable JSON output"
    )


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Sourced facts about the films titled Ballerina.")
    _add_options(parser, None)
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show the version and exit"
    )
    # An explicit prog: otherwise argparse builds a help formatter (and imports shutil to
    # measure the terminal) on every run, help or not.
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", prog=PROG, action=_Commands
    )
    assert isinstance(commands, _Commands)
    commands.add_command(
        "films",
        cmd_films,
        "films and series with a title (or alias), and who directed them",
        _films_arguments,
    )
    for kind in ("film", "person", "character", "organization"):
        commands.add_command(
            kind,
            cmd_entity,
            f"everything about one {kind}, by id or name: every predicate, preferred values first,"
            " conflicts marked, credits merged, sources as letters with a legend",
            _id_argument(kind),
        )
    commands.add_command(
        "people", cmd_people, "people with a name or spelling variant", _people_arguments
    )
    commands.add_command(
        "claims", cmd_claims, "claims with their sources and quotes", _claims_arguments
    )
    commands.add_command(
        "disagreements",
        cmd_disagreements,
        "where the sources conflict (or, by asking, refine one another or agree)",
        _disagreements_arguments,
    )
    commands.add_command(
        "search",
        cmd_search,
        "entities of every kind whose names are close to a query",
        _search_arguments,
    )
    commands.add_command(
        "timeline",
        cmd_timeline,
        "the claims about an entity in the order they were published (by the earliest day"
        " each source's date allows): + marks what no earlier source said, = a repeat; a"
        " source whose date overlaps another's says its order is uncertain",
        _timeline_arguments,
    )
    commands.add_command(
        "curate",
        cmd_curate,
        "add a source: locate the quotes of a curation file in the source's text, resolve"
        " names, check every claim's fields, and write the data files",
        _curate_arguments,
    )
    commands.add_command("sources", cmd_sources, "the source documents and record counts")
    commands.add_command(
        "export", cmd_export, "write the whole catalog to a file", _export_arguments
    )
    commands.add_command("verify", cmd_verify, "check the catalog against its source texts")
    return parser


# Standard output by any of its names is written as a stream, never replaced as a file.
_STDOUT_NAMES = ("-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")


def _conflict(args: argparse.Namespace) -> str | None:
    """An option that does not go with another of the command's: a usage error, as
    argparse's own conflicts are, found before anything is read."""
    if args.command == "export":
        if args.datasette and args.format != "sqlite":
            return (
                "argument --datasette: goes with --format sqlite:"
                " it writes the files Datasette reads beside it"
            )
        if args.database is not None and args.format not in _DATASETTE_FORMATS:
            return f"argument --database: goes with --format {' or '.join(_DATASETTE_FORMATS)}"
        if args.output in _STDOUT_NAMES and (
            args.format in FILE_FORMATS or args.format in DIRECTORY_FORMATS
        ):
            what = "a folder" if args.format in DIRECTORY_FORMATS else "a file"
            return (
                f"argument --output: the {args.format} format writes {what}:"
                f" give a path, not {args.output}"
            )
    if args.command == "curate":
        for option, value in (("--output", args.output), ("--into", args.into)):
            if value == "-":
                return f"argument {option}: curate writes a folder of files: give a folder, not -"
        if args.into is not None and args.catalog is not None:
            return "argument --into: curates against the catalog of its folder: leave --catalog out"
    return None


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit status when --help or --version cannot be shown."""
    try:
        try:
            args, extra = _parser().parse_known_args(argv)
            # Said by the command's parser: its help is the one that lists what it takes.
            problem = (
                f"unrecognized arguments: {short_repr(' '.join(extra))}"
                if extra
                else _conflict(args)
            )
            if problem is not None:
                _Parser(prog=f"{PROG} {args.command}").error(problem)
            return args
        except SystemExit as exc:
            # --help and --version exit 0 once shown: a full disk must not pass for success.
            if exc.code == 0:
                sys.stdout.flush()
            raise
    except OSError as error:
        silence_stdout()
        return fail(f"cannot write standard output: {error.strerror or error}")


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 -- one per outcome
    """Run the command line; returns the exit status."""
    if sys.stdout is None:
        sys.stdout = io.TextIOWrapper(ClosedOutput(), encoding="utf-8", write_through=True)
    args = _arguments(argv)
    if isinstance(args, int):
        return args
    prepare_stdout()
    try:
        try:
            # `is not None`: an empty path is a mistake to report, not a missing option.
            catalog = Catalog.default() if args.catalog is None else _load(args)
        except _Unloadable as exc:
            # For verify, a catalog that does not even load is a list of problems to report.
            # Each problem names the file: the one the user gave is not yet a catalog.
            if args.json:
                dump([_load_problem(file, problem) for file, problem in exc.problems])
            else:
                for file, problem in exc.problems:
                    out(f"{file}: {problem}")
            return 1
        status: int = args.handler(catalog, args)
        # Flush here, not at exit: a full disk must be an error now, not a lost tail.
        with writing_stdout():
            sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as other command-line tools do.
        silence_stdout()
        return 1
    except StdoutError as exc:
        silence_stdout()
        return fail(f"cannot write standard output: {exc}")
    except OSError as exc:
        detail = exc.strerror or str(exc)
        where = f": {exc.filename}" if exc.filename else ""
        return fail(f"{detail}{where}")
    except BallerinaDataError as exc:  # MissingDependencyError too: it names the extra
        return fail(str(exc))
    except MemoryError:
        # Under a memory limit (ulimit -v) an export or answer can run out: one line, and
        # the writers have removed what they started.
        return fail("not enough memory for this command")
    except ImportError as exc:  # a module that cannot load here (under a memory limit too)
        return fail(f"cannot load {exc.name or 'a module'} this command needs: {exc}")
    return status


def _load_problem(file: str, problem: str) -> dict[str, str]:
    """A problem of a catalog that does not load, as verify's JSON gives it: where it is
    (the JSON path, ``$.films[0].kind``; the record a verification problem names, as
    ``verify`` gives it; or ``$`` for the whole file) and what it is."""
    message, at, where = problem.rpartition(" @ ")
    if at and where.startswith("$"):
        return {"file": file, "where": where, "message": message}
    record, colon, said = problem.partition(": ")
    if colon and record and not any(mark in record for mark in " $@"):
        return {"file": file, "where": record, "message": said}
    return {"file": file, "where": "$", "message": problem}


class _Unloadable(Exception):
    """The content of verify's catalog file or folder is invalid: its problems are the
    report, each with the file it is in."""

    def __init__(self, problems: tuple[tuple[str, str], ...]) -> None:
        super().__init__(problems)
        self.problems = problems


def _load(args: argparse.Namespace) -> Catalog:
    import os

    if args.handler is cmd_export:
        # Before the catalog is read: an export over it would leave no catalog.
        _refuse_the_catalog_as_output(args.catalog, args.output)
    if os.path.isdir(args.catalog):
        # A data folder: one `curate --output` wrote, read on the shipped data, or a whole
        # one, as `curate --into` keeps (curate.load tells them apart), checked and verified:
        # one can curate, then query. A folder that is none says what one holds.
        from . import curate

        try:
            return curate.load(args.catalog)
        except InvalidDataError as exc:
            # For verify, what a data folder holds is the report; a folder that is no data
            # folder is an error, as a file that cannot be read is.
            if args.handler is not cmd_verify or not _is_a_data_folder(args.catalog):
                raise
            # Each problem of a folder names its file first, as the folder was given.
            problems = _all_problems(exc)
            raise _Unloadable(tuple(_in_its_file(args.catalog, p) for p in problems)) from None
    return _read_catalog(args)


def _all_problems(exc: InvalidDataError) -> tuple[str, ...]:
    """The problems ``exc`` keeps, and a last one counting those it left out."""
    return (*exc.problems, *((f"and {exc.omitted} more problems",) if exc.omitted else ()))


def _in_its_file(folder: str, problem: str) -> tuple[str, str]:
    """A problem of a data folder as its file and what it says: "o4/texts/n.txt: ..." is
    of ``o4/texts/n.txt``; one that names no file of the folder is of the folder."""
    import os

    file, colon, message = problem.partition(": ")
    if colon and (file == folder or file.startswith(os.path.join(folder, ""))):
        return file, message
    return folder, problem


def _read_catalog(args: argparse.Namespace) -> Catalog:
    if args.handler is not cmd_verify:
        # Verified as a data folder is: a text that no longer holds a quote, or a value its
        # quote does not say, is refused, never answered from.
        catalog = Catalog.load(args.catalog)
        problems = catalog.verify()
        if problems:
            raise InvalidDataError(f"{args.catalog}: {problems[0]}", omitted=len(problems) - 1)
        return catalog
    # A file that cannot be read is an error, as for every command; invalid content is
    # what verify reports.
    from ._format import read_file

    data = read_file(args.catalog)
    try:
        return Catalog.from_json(data)
    except InvalidDataError as exc:
        raise _Unloadable(tuple((args.catalog, p) for p in _all_problems(exc))) from None


class _Stopped(BaseException):
    """A termination signal, raised where the program is, so that cleanups run."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: Any) -> None:
    raise _Stopped(signum)


def run() -> None:
    """Entry point of the console script.

    SIGTERM and SIGHUP stop it as Ctrl-C does: the export in progress removes its temporary
    file, one line says why, and the exit status is 128 plus the signal's number (130 for
    Ctrl-C).
    """
    import signal

    for name in ("SIGTERM", "SIGHUP"):
        # A signal the caller ignores (nohup ignores SIGHUP) stays ignored.
        if hasattr(signal, name) and signal.getsignal(getattr(signal, name)) != signal.SIG_IGN:
            signal.signal(getattr(signal, name), _stop)
    try:
        status = main()
    except KeyboardInterrupt:
        err("interrupted")
        status = 130
    except _Stopped as stopped:
        err(f"stopped by {signal.Signals(stopped.signum).name}")
        status = 128 + stopped.signum
    # The work is done, or stopped, and said: a signal from here on changes nothing, and
    # must not print a traceback under the answer (nor a status of its own).
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    sys.exit(status)


if __name__ == "__main__":
    run()
