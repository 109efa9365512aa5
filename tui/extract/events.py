"""Extraction of one document (dates, sentences, actor mentions, affiliations, happenings), and
its happenings made into tellings once the corpus has resolved its actors."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from operator import itemgetter

from tui.corpus.document import Document, ParagraphKind
from tui.extract.actors import find_mentions
from tui.extract.affiliations import Relation, find_relations
from tui.extract.compound_demonyms import HYPHENS, hyphenated_word, with_compound_demonyms
from tui.extract.data import load
from tui.extract.gazetteer import Gazetteer
from tui.extract.happenings import Happening, HappeningTable, find_happenings, named_as_source
from tui.extract.lexicon import definite_determiners, given_before_of, lexicon, not_actors, title_settings
from tui.extract.merge import Telling, content_words, trigger_key
from tui.extract.model import Mention, ResolvedMention, Sentence, Timex, TimexType, When
from tui.extract.referring import with_references_back
from tui.extract.timex.when import when_day, when_month
from tui.extract.sentences import split_sentences
from tui.extract.stand_ins import Named, NeededWords, aside_words, moving_verbs, nationality_only, relation_nouns, published_in, serves_someone, stood_in_others, stood_in_subject, things_named, titles_a_work
from tui.extract.timex import date_extent, tag_timexes
from tui.util.text import aligned_lower, fold, holds_between, phrase_alternation, trie, word_starts


@dataclass(frozen=True, slots=True)
class DocExtraction:
    """Everything found in one document before corpus-wide actor resolution.

    A pure function of the document and the gazetteer, so it can be computed in a worker process
    and cached per file.
    """

    timexes: tuple[Timex, ...]
    sentences: tuple[Sentence, ...]  # of the paragraphs that yield events
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...] = ()  # affiliations and roles between those mentions
    happenings: HappeningTable | tuple[Happening, ...] = ()  # what its sentences say happened, clause by clause
    things: tuple[int, ...] = ()  # the mentions naming things, no actors: "le télescope Kepler", "la Terre"
    # The mentions the words before them leave out of every happening, whatever actor they are
    # resolved to ("en l'absence de la Russie", "dans la revue Nature"; see ``told_aside``);
    # None: not read yet (the corpus-wide step reads them then).
    aside: tuple[int, ...] | None = None


def extract_document(document: Document, gazetteer: Gazetteer) -> DocExtraction:
    # Dates are read in every paragraph that is text of the article (so a weekday can lean on a
    # day named in a crosshead), but teasers, credits and trailers are other articles' noise.
    readable = [(p.start, p.end) for p in document.paragraphs if not p.kind.is_noise]
    # The title tells the lead's happening again: its sentences are read as evidence of it.
    title = next(((p.start, p.end) for p in document.paragraphs if p.kind is ParagraphKind.TITLE), None)
    eventful = [*([title] if title else []), *((p.start, p.end) for p in document.paragraphs if p.kind.yields_events)]
    timexes = tag_timexes(document.text, document.dct, document.lang, readable)
    sentences = [s for start, end in eventful for s in split_sentences(document.text, start, end)]
    mentions = with_compound_demonyms(document.text, readable, find_mentions(document.text, readable, gazetteer), gazetteer)
    relations = find_relations(document.text, mentions)
    happenings = find_happenings(
        document.text, sentences, timexes, mentions, document.lang, article_when(document).last, title[1] if title else -1
    )
    things = things_named(document.text, mentions, document.lang)
    aside = mentions_told_aside(document.text, mentions)
    return DocExtraction(tuple(timexes), tuple(sentences), tuple(mentions), tuple(relations), happenings, things, aside)


def mentions_told_aside(text: str, mentions: Sequence[Mention]) -> tuple[int, ...]:
    """The mentions (their indices) that ``told_aside`` leaves out: read with the document's
    extraction, in the worker processes and once per file, so that the corpus-wide step only
    looks them up."""
    aside: dict[int, bool] = {}  # (by start: two mentions at one place are read once)
    may_be = _may_be_told_aside(text)
    for m in mentions:
        if m.start not in aside:
            aside[m.start] = may_be(m.start) and told_aside(text, m.start)
    return tuple(n for n, m in enumerate(mentions) if aside[m.start])


def _may_be_told_aside(text: str) -> Callable[[int], bool]:
    """A pre-test of ``told_aside`` for the mentions of ``text``: False only when it would say
    no, no word its patterns need standing before the mention within their reach. The words are
    found in one pass of the text's lower case (most names have none of them before them: their
    windows are not lowered nor scanned one by one)."""
    lowered = aligned_lower(text)
    if lowered is None:
        return lambda start: True
    relative, near = word_starts(_RELATIVE_WORDS, lowered), word_starts(_near_words(), lowered)
    return lambda start: holds_between(relative, start - _RELATIVE_REACH, start) or holds_between(near, start - _NEAR_REACH, start)


@lru_cache(maxsize=1)
def _near_words() -> re.Pattern[str]:
    """The words one of which is in the last ``_NEAR_REACH`` characters before a name that an
    absence, a publication or a work's title leaves out."""
    return re.compile(trie({*_ABSENT_WORD_LIST, *aside_words()}))


def tellings_of(
    document: Document, extraction: DocExtraction, mentions: Sequence[ResolvedMention], actor_kinds: Sequence[str]
) -> list[Telling]:
    """The document's happenings with their actors resolved: the evidence events are made of.
    A happening whose subject is "il", "elle", "he" or "she" takes the person it stands for as
    its first actor; one told with a possessive ("son annexion") the actor it stands for."""
    timexes = extraction.timexes
    # By start (mentions come in text order already), so a happening's scope finds its mentions
    # by bisection: a scan of every mention per happening was quadratic on a long article.
    actors_at = sorted(((m.start, m.end, m.actor) for m in mentions if m.actor >= 0), key=_START)
    starts = [start for start, _end, _actor in actors_at]
    people = [(start, actor) for start, _end, actor in actors_at if actor_kinds[actor] == "person"]
    people_starts = [start for start, _actor in people]
    # Sentences counted in the article (not only those telling something): "the next sentence"
    # means the next one a reader reads.
    sentence_number = {s.start: n for n, s in enumerate(extraction.sentences)}
    # "élu président de l'Égypte", "le président russe Vladimir Poutine": the country of a
    # person's office is their role's, not a participant of what they do.
    found = extraction.mentions
    offices = frozenset(
        found[r.group].start for r in extraction.relations
        if r.membership and found[r.group].kind == "country" and found[r.member].kind == "person"
    )
    # "le télescope spatial Kepler", "la Terre": things the article names, never who takes part.
    things = frozenset(mentions[n].actor for n in extraction.things)
    aside = frozenset(found[n].start for n in extraction.aside) if extraction.aside is not None else None
    named = Named(
        document.text, document.lang, actors_at, starts, actor_kinds, people, people_starts,
        [s.start for s in extraction.sentences], _employers(extraction, mentions), NeededWords(document.text, document.lang),
    )
    # "iLife '11 was released on Wednesday" under "Tarvix unveils …": the company the title
    # has as its subject.
    titled_company = _title_subject(document, actors_at, starts, actor_kinds)
    tellings = []
    date_spans = _spans(timexes)  # ("on Friday": a date, not a thing named)
    published = article_when(document)  # (stands in for an undated telling's date across articles)
    left_out: dict[int, bool] = {}  # (a mention in the scope of several happenings is judged once)
    for number, happening in enumerate(extraction.happenings):
        sentence = sentence_number.get(happening.start, len(sentence_number))
        actors, places = _participants(document, happening, actors_at, starts, actor_kinds, offices, things, aside, left_out)
        # "He announced a deal with Intel": the person the pronoun stands for is its subject
        # (not of an impersonal "il": "il a été décidé", "il y a", "il faut").
        # "The company said …", "Le secrétaire général demande …": who was named before.
        subject = (
            _pronoun_antecedent(named, happening, timexes)
            or _possessor(document.text, happening, actors_at, starts, actor_kinds)
            or stood_in_subject(named, happening)
        )
        if subject:
            actors = {**dict.fromkeys(subject), **actors}
        # "a judge barred him", "has left the company", "the parties agreed": likewise.
        actors.update(dict.fromkeys(stood_in_others(named, happening, tuple(actors))))
        inferred = ()
        if happening.kind in _COMPANY_DOINGS and not happening.title and not happening.continues:
            inferred = _company_behind(actors, named.employers, titled_company, happening.kind, actor_kinds)
            actors.update(dict.fromkeys(inferred))
        timex = timexes[happening.timex] if happening.timex >= 0 else None
        date_start, date_end = date_extent(timexes, happening.timex, document.text, document.lang) if timex else (-1, -1)
        reported = timexes[happening.reported].when if happening.reported >= 0 else None
        compared = not happening.weak and (timex is not None or any(actor_kinds[a] == "person" for a in actors))
        tellings.append(
            Telling(
                document.id, happening.start, happening.end,
                date_start, date_end,
                timex.when if timex else None, reported, happening.kind, tuple(actors),
                happening.headline, happening.refers_back, sentence, happening.weak,
                happening.clause_start, happening.clause_end, tuple(p for p in places if p not in actors),
                happening.another, happening.title, happening.continues,
                _said_words(document.text, happening, actors_at, starts) if happening.kind == "other" else frozenset(),
                definite=happening.definite,
                published=published if not happening.weak else None,
                # (compared by its word and the things it names across articles: a dated
                # telling, or an undated one naming a person; only a dated one by its name)
                trigger=trigger_key(document.text[happening.trigger_start : happening.trigger_end]) if compared else "",
                named=timex is not None and _named(document.text, happening),
                things=_things_named(document.text, happening, actors_at, starts, date_spans) if compared else frozenset(),
                employers=_employers_of(actors, named.employers) if compared else (),
                inferred=inferred,
                own_dates=_dates_going_on(timexes, happening, published) if happening.continues else (),
                later_dates=_dates_going_on_later(timexes, happening, published) if happening.continues else (),
                given=_given_noun(document.text, happening),
                quotes=happening.kind == "statement" and _QUOTE_MARKS.search(document.text, happening.start, happening.end) is not None,
                quoted_for=_closing_statement(document.text, happening, _after(extraction.happenings, number)) if happening.continues and happening.kind == "statement" else -1,
            )
        )
    # (stretches saying more of a happening by a noun naming it: evidence of it, see referring)
    title_end = next((p.end for p in document.paragraphs if p.kind is ParagraphKind.TITLE), -1)
    return with_references_back(document.text, document.lang, document.id, title_end, extraction.sentences, tellings, actors_at, timexes)


_QUOTE_MARKS = re.compile(r"[«»“”\"]")
_BEFORE_REACH = 30  # characters before an event noun read for its determiner (and "lors de")
_OF = frozenset({"de", "d", "du", "des", "of"})


def _given_noun(text: str, happening: Happening) -> str:
    """Of an event noun right after a definite, possessive or demonstrative determiner
    ("leur rencontre", "after the meeting", "cette inculpation"): its word, as ``trigger_key``
    folds it; "" otherwise. After "de", "of", only following a word of ``given_before_of``
    ("lors de la rencontre"; not "les responsables de la manifestation")."""
    if happening.trigger_start < 0 or happening.title or happening.continues:
        return ""
    # (the words of a short stretch before it, the first maybe cut: then read as no word of a list)
    before = [fold(w).lower() for w in _WORD.findall(text, max(0, happening.trigger_start - _BEFORE_REACH), happening.trigger_start)[-3:]]
    if not before or before[-1] not in definite_determiners():
        return ""
    if len(before) > 1 and before[-2] in _OF and (len(before) < 3 or before[-3] not in given_before_of()):
        return ""
    return trigger_key(text[happening.trigger_start : happening.trigger_end])


def _dates_going_on(timexes: Sequence[Timex], happening: Happening, published: When) -> tuple[When, ...]:
    """The dates a sentence going on gives (it tells nothing the lexicon knows, so none is its
    own): "The stock had tripled in 2004" after a sale of 2007 is no more of that sale. Not
    those after its article's day: they date what is planned ("la fermeture de l'usine en
    2014" going on with the announcement of it)."""
    return tuple(
        t.when for t in timexes
        if happening.start <= t.start and t.end <= happening.end and t.when is not None and t.type is not TimexType.SET
        and t.when.first <= published.last
    )


def _dates_going_on_later(timexes: Sequence[Timex], happening: Happening, published: When) -> tuple[When, ...]:
    """The dates after its article's day a sentence going on gives ("Il annonce son abandon le
    11 novembre" in an article of the 10th): a plan after an announcement, or a later step of
    what was done on a day before (see ``merge._later_day_apart``)."""
    return tuple(
        t.when for t in timexes
        if happening.start <= t.start and t.end <= happening.end and t.when is not None and t.type is not TimexType.SET
        and t.when.first > published.last
    )


# Between a closing quotation mark and the verb naming its speaker: a comma, a dash, and the
# speaker's few words when they come first ('…," Jane Doe said'; "… » a indiqué X").
_ATTRIBUTION_GAP = re.compile(r"[\s,]*(?:[-–—]\s*)?(?:[^\s.!?;:«»“”\"]+\s+){0,5}")
_QUOTATION_REACH = 1500  # characters: a quotation running over a few sentences


def _after(happenings: HappeningTable | Sequence[Happening], number: int) -> Iterator[Happening]:
    """The happenings after the ``number``-th, one at a time (a table makes each when asked)."""
    return (happenings[k] for k in range(number + 1, len(happenings)))


def _closing_statement(text: str, happening: Happening, later) -> int:
    """Of quoted words going on over sentences, the clause (its start) of the statement whose
    verb follows the mark closing the quotation, naming who said them ("« Rien n'est sûr. Mais
    nous confirmons … » a indiqué X": X's words, whatever was said before them); -1 when the
    quotation closes on no statement. ``later``: the happenings after it, in text order."""
    close = _quotation_close(text, happening.start)
    if close < 0:
        return -1
    for other in later:
        if other.start > close:
            break
        if other.kind == "statement" and not other.continues and not other.title and close < other.trigger_start < other.end and _ATTRIBUTION_GAP.fullmatch(text, close + 1, other.trigger_start):
            return other.clause_start
    return -1


def _quotation_close(text: str, start: int) -> int:
    """Where the quotation that the sentence at ``start`` opens or lies inside closes (the
    offset of its closing mark), -1 when another opens first or none closes near."""
    at = start + 1 if text[start : start + 1] in "«“\"" else start
    for k in range(at, min(len(text), at + _QUOTATION_REACH)):
        if text[k] in "»”\"":
            return k
        if text[k] in "«“":
            return -1
    return -1


# What a company does through its people, or does unnamed: a product launched, a sale (not what
# someone says: a chief executive speaks in their own name as often as the company's; nor a
# deal, where the company added would join two deals of its people on one day across articles).
_COMPANY_DOINGS = frozenset({"economy"})


def _company_behind(actors: dict[int, None], employers: dict[int, int], titled_company: int, kind: str, actor_kinds: Sequence[str]) -> tuple[int, ...]:
    """The company taking part in a sale or a launch beside who is named: the
    organisation the article links its first person to ("Tarvix CEO Paul Morel … Morel unveiled
    a phone": Tarvix), or, when the clause names no one ("A new version was released on
    Monday"), the company opening the article's title."""
    person = next((a for a in actors if actor_kinds[a] == "person"), -1)
    if person >= 0:
        employer = employers.get(person, -1)
        return (employer,) if employer >= 0 and employer not in actors else ()
    if not actors and kind == "economy" and titled_company >= 0:
        return (titled_company,)
    return ()


_RUBRIC = " : "  # "France : PSA va supprimer …": a rubric before the title proper


def _title_subject(document: Document, actors_at, starts: list[int], actor_kinds: Sequence[str]) -> int:
    """The organisation opening the article's title, after a rubric ("Tarvix unveils …",
    "Économie : Tarvix va …"), else -1."""
    title = next((p for p in document.paragraphs if p.kind is ParagraphKind.TITLE), None)
    if title is None:
        return -1
    text = document.text
    rubric = text.find(_RUBRIC, title.start, title.end)
    opening = rubric + len(_RUBRIC) if rubric >= 0 else title.start
    while opening < title.end and text[opening].isspace():
        opening += 1
    n = bisect_left(starts, opening)
    if n < len(starts) and starts[n] == opening and actor_kinds[actors_at[n][2]] == "organisation":
        return actors_at[n][2]
    return -1


def _named(text: str, happening: Happening) -> bool:
    """Whether the trigger is written capitalised inside its sentence, as a name is ("le tout
    premier Forum mondial", "le Sommet de Rio"): not the sentence's first word, not in a title
    (a title capitalises its words), not an acronym."""
    trigger = text[happening.trigger_start : happening.trigger_end]
    if happening.title or happening.trigger_start <= happening.start or not trigger[:1].isupper():
        return False
    return not trigger.isupper()


# A word written with a capital first or second letter ("Widget", "Élysée", "iPod").
_CAPITALISED = re.compile(r"\b(?:[A-ZÀ-ÖØ-Þ]|[a-z][A-Z])[\w'’-]*")


def _things_named(text: str, happening: Happening, actors_at, starts: list[int], date_spans) -> frozenset[str]:
    """The names in the happening's clause that are no actor's ("the Widget", "iPod"), folded:
    two tellings naming different things tell different happenings. A capitalised word of a
    date ("on Friday", "in July") names no thing: two articles date one happening in two ways."""
    things = set()
    dates = _spans_within(date_spans, happening.clause_start, happening.clause_end)
    for match in _CAPITALISED.finditer(text, happening.clause_start, happening.clause_end):
        where = match.start()
        if where == happening.start or dates and any(lo <= where < hi for lo, hi in dates):
            continue
        at = bisect_right(starts, where) - 1  # the last mention starting at or before it
        if at >= 0 and where < actors_at[at][1]:
            continue  # a word of an actor's name
        things.add(sys.intern(fold(match.group())))
    return frozenset(things)


def _spans(timexes) -> tuple[list[int], list[tuple[int, int]]]:
    """The date phrases in text order, and their starts."""
    spans = sorted((t.start, t.end) for t in timexes)
    return [start for start, _end in spans], spans


def _spans_within(spans: tuple[list[int], list[tuple[int, int]]], start: int, end: int) -> list[tuple[int, int]]:
    """The date phrases starting between ``start`` and ``end`` (most clauses hold none)."""
    starts, found = spans
    return found[bisect_left(starts, start) : bisect_left(starts, end)]


_WORD = re.compile(r"[^\W\d_]+")


def _said_words(text: str, happening: Happening, actors_at, starts: list[int]) -> frozenset[str]:
    """The content words of a happening's clause. Of a title telling nothing the lexicon knows
    (matched to the lead by them), not the words of a name ("Forum mondial de la langue" names
    a forum, it says nothing happened), and its first word read in lower case ("Discours de …")."""
    clause = text[happening.clause_start : happening.clause_end]
    if not happening.title:
        return content_words(clause)
    opening = _names_blanked(text, happening.clause_start, happening.clause_end, actors_at, starts).lstrip()
    settings = title_settings()
    # (the setting's preposition: a word after the first, "Crash au décollage", "Apple at WWDC")
    cut = next((m.start() for m in _WORD.finditer(opening) if m.start() > 0 and fold(m.group().lower()) in settings), len(opening))
    words = opening[:cut].split()
    if words:
        words[0] = words[0][:1].lower() + words[0][1:]
    # (a word with a capital inside is a name too: "iTunes", "eBay")
    return content_words(" ".join(w for w in words if not any(c.isupper() for c in w[1:])))


def _names_blanked(text: str, lo: int, hi: int, actors_at, starts: list[int]) -> str:
    """``text[lo:hi]`` with the names in it written as spaces (in one pass: a long title names
    many)."""
    pieces, at = [], lo
    for start, end, _actor in islice(actors_at, bisect_left(starts, lo), None):
        if start >= hi:
            break
        blank_from, blank_to = max(start, at), min(end, hi)
        if blank_to > blank_from:
            pieces += (text[at:blank_from], " " * (blank_to - blank_from))
            at = blank_to
    pieces.append(text[at:hi])
    return "".join(pieces)


def _employers(extraction: DocExtraction, mentions: Sequence[ResolvedMention]) -> dict[int, int]:
    """Person → the organisation the article says they belong to ("Tarvix CEO Paul Morel")."""
    found = extraction.mentions
    return {
        mentions[r.member].actor: mentions[r.group].actor for r in extraction.relations
        if r.membership and found[r.group].kind == "organisation" and found[r.member].kind == "person"
        and mentions[r.member].actor >= 0 and mentions[r.group].actor >= 0
    }


def _employers_of(actors, employers: dict[int, int]) -> tuple[int, ...]:
    """The organisations the article says the actors belong to, that they do not hold already."""
    found: list[int] = []
    if employers:  # (most articles link no one)
        for actor in actors:
            org = employers.get(actor)
            if org is not None and org not in actors and org not in found:
                found.append(org)
    return tuple(found)


def _participants(
    document: Document, happening: Happening, actors_at, starts: list[int], actor_kinds: Sequence[str], offices: frozenset[int],
    things: frozenset[int], aside: frozenset[int] | None, left_out: dict[int, bool],
):
    """The actors named in the happening's scope that take part in it, and the places where it
    happened, in text order (each as a dict used as an ordered set). ``left_out`` keeps, per
    mention, whether it takes part in nothing whatever the happening (see ``_left_out``;
    ``aside``: the starts of the mentions ``told_aside`` leaves out, None if not read yet)."""
    text = document.text
    actors: dict[int, None] = {}
    places: dict[int, None] = {}
    # What a speaker says in their own words names what they speak of, not who takes part in
    # their saying it: "X a ajouté : « C'est d'une France affaiblie … »".
    quoted = _quoted_spans(text, happening.start, happening.end) if happening.kind == "statement" else ()
    for lo, hi in happening.scope:
        place_end = -1  # where the last place named in this span ends
        agent_end = -1  # where the last agent of a participle's aside ends
        first = bisect_left(starts, lo)
        # (a slice: islice would step through every mention before ``first`` again, per span)
        for n, (start, end, actor) in enumerate(actors_at[first : bisect_left(starts, hi)], first):
            if end > hi or quoted and _inside_one(quoted, start, end):
                continue
            out = left_out.get(n)
            if out is None:
                out = left_out[n] = _left_out(text, actors_at, n, actor_kinds, document.lang, offices, things, aside)
            if out:
                continue
            # (and those listed with it: "entamé par X et Y")
            if start > happening.trigger_end and (
                agent_end >= 0 and _LISTED.fullmatch(text, agent_end, start) or _agent_of_a_participle(text, happening.trigger_end, start)
            ):
                agent_end = end
                continue
            kind = actor_kinds[actor]
            where = kind != "person" and (  # (a person is never where: spared the six tests)
                _is_place(text, start, kind, happening.kind)
                or _left_or_reached(text, start, kind, document.lang)
                or _before_a_venue(text, end, kind)
                or _listed_after_place(text, start, kind, place_end)
                or _is_venue(text, start, end, kind)
                or _is_dateline(text, happening.start, start, end, kind)
            )
            where = where and actor not in actors
            (places if where else actors)[actor] = None
            place_end = end if where else place_end
    return actors, places


def _left_out(
    text: str, actors_at, n: int, actor_kinds: Sequence[str], lang: str, offices: frozenset[int], things: frozenset[int],
    aside: frozenset[int] | None,
) -> bool:
    """Whether the ``n``-th actor mention takes part in no happening of its article, by what is
    around it alone: an office's country, a thing, whom a title holder serves, a half of
    "russo-américaines", ``told_aside`` (looked up in ``aside`` when read already) and
    ``_takes_no_part``."""
    start, end, actor = actors_at[n]
    if start in offices or actor in things or (start in aside if aside is not None else told_aside(text, start)):
        return True
    if _takes_no_part(text, actors_at, n, actor_kinds, lang):
        return True
    if actor_kinds[actor] == "person" and serves_someone(text, start, lang):
        return True
    if actor_kinds[actor] == "media" and _medium_addressed().search(text, max(0, start - _NEAR_REACH), start):
        return True  # ("a déclaré à l'AFP", "told Reuters": whom one spoke to)
    return actor_kinds[actor] == "country" and _of_relations(text, start, end)


@lru_cache(maxsize=1)
def _medium_addressed() -> re.Pattern[str]:
    """The words before a medium spoken to or on (data/participants.yaml ``medium_addressed``)."""
    words = load("participants.yaml")["medium_addressed"]
    before = phrase_alternation(words["before"])
    nouns = "|".join(re.escape(str(w)) for w in words["nouns"])
    return re.compile(rf"\b(?:{before})\s+(?:(?:l['’]\s*|la\s+|le\s+|the\s+)?(?:{nouns})\s+)?(?:l['’]\s*|la\s+|le\s+|the\s+)?$", re.IGNORECASE)


def _of_relations(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a half of a compound adjective qualifying a noun of
    relations ("des relations russo-américaines", "Sino-American ties"): what was spoken of."""
    if (end >= len(text) or text[end] not in HYPHENS) and (start == 0 or text[start - 1] not in HYPHENS):
        return False  # (most names: no hyphen beside them)
    start, end = hyphenated_word(text, start, end)
    before = text[max(0, start - 16) : start].split()
    after = text[end : end + 16].split()
    nouns = relation_nouns()
    return bool(before and before[-1].lower() in nouns or after and after[0].lower().strip(",.;:") in nouns)


_BY = ("par", "by")
_AGENT_REACH = 80  # characters from a participle to the agent after it ("entamé en juin … par X")
# A participle of an act done before after the trigger, not in a compound tense or a passive of
# the trigger's own (no auxiliary right before it): "le dialogue entamé en juin par X", "the plan
# prepared by X" (data/participants.yaml ``prior_act_participles``).
@lru_cache(maxsize=1)
def _prior_act_participle() -> re.Pattern[str]:
    stems = [str(w) for words in load("participants.yaml")["prior_act_participles"].values() for w in words]
    alternatives = "|".join(sorted({re.escape(w) for w in stems} | {re.escape(fold(w)) for w in stems}, key=len, reverse=True))
    return re.compile(
        r"(?<!\bété)(?<!\best)(?<!\bsont)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!\bis)(?<!\bare)\s+"
        rf"(?:{alternatives})[a-zà-ÿ]*?(?:é|ée|és|ées|u|ue|us|ues|it|ite|its|ites|is|ise|ises|ed|en|wn|un)\b(?=[^.;:!?]*$)",
        re.IGNORECASE,
    )


def _agent_of_a_participle(text: str, trigger_end: int, start: int) -> bool:
    """Whether the name at ``start``, after "par" or "by", is the agent of a participle after the
    trigger that qualifies a noun, not of the trigger ("Russes et Américains se sont réunis pour
    poursuivre le dialogue entamé en juin par X et Y": X and Y began the dialogue, they did not
    meet)."""
    # (every match ends on "par" or "by": most names have none right before them)
    if not text[max(0, start - 5) : start].rstrip().lower().endswith(_BY):
        return False
    lo = max(trigger_end, start - _AGENT_REACH)
    return _prior_act_participle().search(text, lo, start) is not None


_START = itemgetter(0)
_OPENING_QUOTE = re.compile(r"[«“\"]")
_CLOSING_QUOTE = {"«": "»", "“": "”", '"': '"'}


@lru_cache(maxsize=1)  # (a sentence's statements ask in turn; its text is hashed once)
def _quoted_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of someone's own words in ``text[start:end]`` (a sentence): between quotation
    marks opening it or set off by a colon or a comma (not a few words quoted inside a phrase:
    'said that OS X had "been compiled for Tarvix chips"')."""
    return tuple(span for span in _quotations(text, start, end) if _mark_before(text, start, span[0]) in ("", ":", ","))


def _quotations(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Each quotation mark of ``text[start:end]`` to the first closing one after it, in one pass:
    a mark never closed is not looked for again ("« « « …" would make a search quadratic)."""
    unclosed: set[str] = set()
    opening = _OPENING_QUOTE.search(text, start, end)
    while opening is not None:
        mark = opening.group()
        close = -1 if mark in unclosed else text.find(_CLOSING_QUOTE[mark], opening.end(), end)
        if close < 0:
            unclosed.add(mark)
            opening = _OPENING_QUOTE.search(text, opening.end(), end)
            continue
        yield opening.start(), close + 1
        opening = _OPENING_QUOTE.search(text, close + 1, end)


def _mark_before(text: str, start: int, at: int) -> str:
    """The last character before ``at`` that is not a space, from ``start`` on ("" if none)."""
    while at > start and text[at - 1].isspace():
        at -= 1
    return text[at - 1] if at > start else ""


def _inside_one(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies strictly inside one of ``spans`` (in text order, apart)."""
    k = bisect_left(spans, (start, -1)) - 1
    return k >= 0 and end < spans[k][1]

_SUBJECT_PRONOUN = re.compile(r"\b(?:il|elle|he|she)\b", re.IGNORECASE)
_PRONOUN_REACH = 600  # characters back to look for the person a pronoun stands for
# "il" standing for no one: "il y a", "il a été décidé", "il faut", "il s'agit", "il est prévu".
_IMPERSONAL = re.compile(
    r"\s+(?:y\s+a|y\s+avait|(?:a|avait)\s+été\s+(?:décidé|convenu|question|prévu|annoncé|constaté|établi|demandé|proposé|"
    r"signalé|noté|observé|démontré|jugé|dit|rappelé|précisé|indiqué|possible|impossible|difficile|nécessaire|utile)|faut|fallait|s['’]agit|s['’]agissait|est\s+(?:prévu|question|possible|"
    r"probable|clair|vrai|temps)|semble|paraît|reste|suffit|convient)\b",
    re.IGNORECASE,
)


def _pronoun_antecedent(named: Named, happening: Happening, timexes: Sequence[Timex]) -> tuple[int, ...]:
    """The person a subject pronoun of the happening's clause stands for ("Obama said he …"
    too), within reach (``named.people`` in text order): the first person named in the sentence
    that names someone last before it, its subject more often than not ("Kito de Pavant est le
    2e skipper, après Marc Guillemot, à abandonner. Il est arrivé …"). That sentence is the
    pronoun's own or the one before, or sentences between go on about the same one (with a
    pronoun, or naming no one: quoted words): past a sentence naming another actor and no "il"
    (a person, for "he" and "she"), the pronoun stands for something the article did not name
    ("Le parti de Paul Morel a perdu. L'armée a gardé le pouvoir. Elle a promis …": not Paul
    Morel). The source of an attribution speaks of someone else ("Selon son médecin, X, son
    état s'est aggravé et il …"): the pronoun stands for the person named before them."""
    text, people, starts = named.text, named.people, named.people_starts
    end = happening.trigger_end if happening.continues else happening.trigger_start
    if happening.timex >= 0 and happening.trigger_start == timexes[happening.timex].start:
        end = happening.clause_end  # a sentence told by its date alone: its subject is anywhere
    pronoun = _SUBJECT_PRONOUN.search(text, happening.clause_start, end)
    if not pronoun or _IMPERSONAL.match(text, pronoun.end()):
        return ()
    if _PLURAL_AFTER_VERB.match(text, happening.trigger_end):
        return ()  # ("Il est, disent-ils, …": the verb's subject is "ils", no one person)
    if _dislocated().match(text, happening.start, pronoun.start()):
        return ()  # ("Quant au chef du parti, il a estimé": the phrase before, in its clause)
    # ("he", "she" stand for people only: a sentence naming things between them breaks nothing;
    # "il", "elle" for any noun: one naming anyone else may be the one it stands for)
    rivals = starts if pronoun.group().lower() in _PEOPLE_ONLY else named.starts
    last = bisect_left(starts, pronoun.start()) - 1
    while last >= 0 and starts[last] >= happening.clause_start - _PRONOUN_REACH:
        first = last
        while first > 0 and _SENTENCE_END.search(text, starts[first - 1], starts[first]) is None and starts[first - 1] >= happening.clause_start - _PRONOUN_REACH:
            first -= 1
        # (not across the pronoun's own sentence start: "Marc a dit qu'il …" stays Marc)
        if not _told_on_since(text, named.sentence_starts, rivals, starts[first], pronoun.start()):
            return ()
        subject = next((k for k in range(first, last + 1) if not _a_source(named, starts[k])), None)
        if subject is not None:
            return (people[subject][1],)
        last = first - 1  # (every one of that sentence is a source: the sentence before's)
    return ()


def _a_source(named: Named, start: int) -> bool:
    """Whether the name at ``start`` is the source of an attribution (see ``named_as_source``)."""
    end = named.actors_at[bisect_left(named.starts, start)][1]
    return named_as_source(named.text, start, end)


@lru_cache(maxsize=1)
def _dislocated() -> re.Pattern[str]:
    """A sentence opening on a phrase set apart before the pronoun taking it up (see
    data/participants.yaml ``dislocation_openers``)."""
    openers = phrase_alternation(load("participants.yaml")["dislocation_openers"])
    return re.compile(rf"[\W\d_]*(?:{openers})\b[^.;:!?]*,\s*$", re.IGNORECASE)


_PEOPLE_ONLY = frozenset({"he", "she"})
# A plural subject pronoun set after its verb by a hyphen: "disent-ils", "ont-elles déclaré".
_PLURAL_AFTER_VERB = re.compile(r"[-‑](?:t[-‑])?(?:ils|elles)\b", re.IGNORECASE)


def _told_on_since(text: str, sentence_starts: Sequence[int], name_starts: Sequence[int], named: int, pronoun: int) -> bool:
    """Whether every sentence between the one naming someone (at ``named``) and the pronoun's
    (at ``pronoun``) goes on about them: with a subject pronoun of its own, or naming no one."""
    first = bisect_right(sentence_starts, named)
    last = bisect_right(sentence_starts, pronoun) - 1
    for n in range(first, last):
        start, end = sentence_starts[n], sentence_starts[n + 1]
        said = _SUBJECT_PRONOUN.search(text, start, end)
        if (said is None or _IMPERSONAL.match(text, said.end())) and bisect_left(name_starts, start) < bisect_left(name_starts, end):
            return False
    return True


_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÀ-Ý«\"“]|\n")
_POSSESSIVE = re.compile(r"\b(?:son|sa|ses|leur|leurs|its|their|his|her)\s+$", re.IGNORECASE)
_POSSESSOR_REACH = 200  # characters back to the actor a possessive stands for


def _possessor(text: str, happening: Happening, actors_at, starts: list[int], actor_kinds: Sequence[str]) -> tuple[int, ...]:
    """"après son annexion de la Crimée": the actor named last before the possessive, in its
    sentence, is who did it ("his"/"her": a person)."""
    if not _POSSESSIVE.search(text, max(0, happening.trigger_start - 8), happening.trigger_start):
        return ()
    person = text[happening.trigger_start - 4 : happening.trigger_start].strip().lower() in ("his", "her")
    at = bisect_left(starts, happening.trigger_start)
    for n in range(at - 1, -1, -1):
        start, end, actor = actors_at[n]
        if start < max(happening.start, happening.trigger_start - _POSSESSOR_REACH):
            break
        kind = actor_kinds[actor]
        if kind in _ACTING and (not person or kind == "person") and not named_as_source(text, start, end, happening.start):
            return (actor,)
    # "Lors de son discours devant l'Assemblée, le premier ministre X a …": a possessive in a
    # phrase opening the sentence stands for the subject after it.
    comma = text.find(",", happening.trigger_start, happening.end)
    if comma < 0 or text[happening.start : happening.trigger_start].count(",") > 0:
        return ()
    for start, _end, actor in actors_at[at : at + 12]:
        if start > comma and start < comma + 80:
            if actor_kinds[actor] in _ACTING and (not person or actor_kinds[actor] == "person"):
                return (actor,)
    return ()


_ACTING = frozenset({"person", "organisation", "country", "unknown"})
# Who is named without taking part: the owner of a named participant ("the Beatles' Apple
# Corps", "the Beatles' record company, Apple Corps"), an organisation's country ("la CIA
# américaine"), who is absent or denied ("en l'absence de la Russie", "Jobs, not Papermaster"),
# who is named in a relative clause describing someone ("son rival, qui fut le premier ministre
# de X", "an iPod, which is made by Apple", "le gouvernement, qui devient le premier de X").
_OWNER = re.compile(r"(?:'s|’s|'|’)\s+(?:[\w-]+[\s,]+){0,3}")
_APOSTROPHES = ("'", "’")
_ABSENT = re.compile(
    r"(?:\bnot|\bnon|\bpas|\babsence\s+(?:de|d['’]|of)(?:\s*[^\W\d_]+){0,3}|\bsans|\bwithout)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
_DESCRIBED = re.compile(
    r"\b(?:qui|who|which)\s+(?:fut|était|est|avait\s+été|a\s+été|devient|est\s+devenu|est\s+devenue|was|is|had\s+been|has\s+been|"
    r"becomes|became|has\s+become)\b[^,;.()]*$",
    re.IGNORECASE,
)
# A relative clause in the conditional tells what something would do, not what happened: who
# is named in it takes no part ("une résolution qui permettrait de saisir la Cour X").
_HYPOTHETICAL = re.compile(
    r"\b(?:qui|which|that)\s+(?:permettrait|permettraient|pourrait|pourraient|devrait|devraient|serait|seraient|"
    r"aurait|auraient|would|could|might)\b[^,;.()]*$",
    re.IGNORECASE,
)
_BEFORE_WORD = re.compile(r"([^\W\d_]+)['’]?\s*$")
# One of these is in every _ABSENT match, one of those in every _DESCRIBED, _HYPOTHETICAL match
# (found in a window's lower case by one scan of the words as a trie).
_ABSENT_WORD_LIST = frozenset({"not", "non", "pas", "absence", "sans", "without"})
_ABSENT_WORDS = re.compile(trie(_ABSENT_WORD_LIST))
_RELATIVE_WORDS = re.compile(trie({"qui", "who", "which", "that"}))


def told_aside(text: str, start: int) -> bool:
    """Whether the words before a mention at ``start`` leave it out of what its clause tells,
    whatever actor it is: who is absent or denied, named in a relative clause describing
    someone or telling what would happen (see above), where something was published, a work's
    title."""
    # (each pattern needs one of its words in the window: a substring test first spares the
    # regex's scan of every position of the window, most mentions having none of them)
    # (published_in and titles_a_work read at most ``_NEAR_REACH`` characters before the name)
    window = text[max(0, start - _RELATIVE_REACH) : start].lower()
    near = window[-_NEAR_REACH:]
    if _ABSENT_WORDS.search(near) and _ABSENT.search(text, max(0, start - _NEAR_REACH), start):
        return True
    relative = _RELATIVE_WORDS.search(window) is not None
    if relative and _RELATIVE_WORDS.search(near) and _DESCRIBED.search(text, max(0, start - _NEAR_REACH), start):
        return True
    if relative and _HYPOTHETICAL.search(text, max(0, start - _RELATIVE_REACH), start):
        return True
    return published_in(text, start) or titles_a_work(text, start)


_RELATIVE_REACH = 120  # characters before a name where a relative clause's words are looked for
_NEAR_REACH = 60  # characters before it where an absence's, a publication's, a title's are


def _takes_no_part(text: str, actors_at, n: int, actor_kinds: Sequence[str], lang: str) -> bool:
    """Whether the ``n``-th actor mention names an owner (see above), a country only telling a
    nationality, a language or a time zone ("la langue française", "en français", "heure
    française"), or the happening itself ("le Forum mondial de la francophonie")."""
    start, end, actor = actors_at[n]
    if text[end : end + 1] in _APOSTROPHES and n + 1 < len(actors_at) and _OWNER.fullmatch(text, end, actors_at[n + 1][0]):
        return True
    kind = actor_kinds[actor]
    if kind == "country" and nationality_only(text, actors_at, n, actor_kinds, lang):  # (a country's only: spared the call)
        return True
    if kind == "country" and text[start : start + 1].islower():
        before = _BEFORE_WORD.search(text, max(0, start - 24), start)
        if n > 0 and actors_at[n - 1][1] <= start and text[actors_at[n - 1][1] : start].strip() == "":
            return True  # a demonym right after a name: that name's country
        if before and fold(before.group(1)) in not_actors().before_demonyms:
            return True
    return kind not in ("person", "country") and _names_an_event(text[start:end], lang)


@lru_cache(maxsize=1 << 14)
def _names_an_event(name: str, lang: str) -> bool:
    """A name whose head is an event noun ("Forum mondial", "Developers Conference")."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", name)]
    if len(words) < 2:
        return False
    head = words[-1] if lang == "en" else words[0]
    return any(e.role == "noun" and len(e.words) == 1 for e in lexicon(lang).starting(head))


_LOCATIVE = re.compile(
    r"(?:\b(?:à|a|en|au|aux|dans|près de|sur|vers|place|rue|lac|mont|fleuve|île|in|at|near|to|from|lake|mount|river|de|d')\s*"
    r"|\b(?:in|at|near|inside|within|outside|across|throughout|around|dans|devant)\s+(?:the|its|their|his|her|le|la|les|l['’]|son|sa|ses|leur|leurs)\s*|\(\s*)$",
    re.IGNORECASE,
)
# "des Sables d'Olonne", "de la Crimée": a place (not a country: "la proposition des États-Unis").
_FROM_PLACE = re.compile(r"\b(?:des|du|de\s+la|de\s+l['’])\s*$", re.IGNORECASE)


def _is_place(text: str, start: int, kind: str, event_kind: str = "") -> bool:
    """A place or country named where something happened ("à Moscou", "in Japan", "place
    Tahrir", "Cascais (Portugal)"), not one that acts ("Moscou accuse", "la Russie a annexé",
    "Selon l'agence, Moscou a accusé"). A country where an attack happened is what was
    attacked ("l'offensive russe en Ukraine")."""
    if kind not in ("place", "country") or kind == "country" and event_kind == "attack":
        return False
    return _LOCATIVE.search(text, max(0, start - 16), start) is not None or kind == "place" and _FROM_PLACE.search(text, max(0, start - 8), start) is not None


_ARTICLES = frozenset({"la", "le", "les", "l'", "l’", "the"})


def _left_or_reached(text: str, start: int, kind: str, lang: str) -> bool:
    """A place or country right after a verb of leaving or reaching (an article between) is
    where ("Paul Morel quitte Québec", "fled the Tarvix Republic")."""
    if kind not in ("place", "country"):
        return False
    before = text[max(0, start - 20) : start].lower().split()
    if before and before[-1] in _ARTICLES:
        before.pop()
    elif before and before[-1].endswith(("l'", "l’")):
        before[-1] = before[-1][:-2]
    return bool(before) and before[-1] in moving_verbs(lang)


_DATELINE_BEFORE = re.compile(r"[\s\-–—]*")
_DATELINE_AFTER = re.compile(r"\s*[-–—]\s")


def _is_dateline(text: str, sentence_start: int, start: int, end: int, kind: str) -> bool:
    """"Québec - Le premier Forum …": the place opening a dispatch says where it was written."""
    return (
        kind in ("place", "country")
        and _DATELINE_BEFORE.fullmatch(text, sentence_start, start) is not None
        and _DATELINE_AFTER.match(text, end) is not None
    )


def _is_venue(text: str, start: int, end: int, kind: str) -> bool:
    """A building or ground named where something happened ("at the Moscone Center", "au
    Palais des congrès"): a name with a venue word, after a locative."""
    if kind not in ("organisation", "unknown"):
        return False
    return not _folded_words(text[start:end]).isdisjoint(not_actors().venues) and _LOCATIVE.search(text, max(0, start - 16), start) is not None


@lru_cache(maxsize=1 << 14)  # (an article names its organisations again and again)
def _folded_words(name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _LETTERS.findall(name))


_LETTERS = re.compile(r"[^\W\d_]+")


_NEXT_WORD = re.compile(r"\s+((?-i:[a-zà-ÿ]+))")


def _before_a_venue(text: str, end: int, kind: str) -> bool:
    """A country or place qualifying a venue noun right after it is where ("heard by the UK
    court", "at a Tarvixland airport")."""
    after = _NEXT_WORD.match(text, end) if kind in ("place", "country") else None
    return after is not None and fold(after.group(1)) in not_actors().venues


_LISTED = re.compile(r"\s*(?:,|et|and|ou|or)\s*", re.IGNORECASE)
_JOINED = re.compile(r"\s+(?:et|and|ou|or)\s+", re.IGNORECASE)


def _listed_after_place(text: str, start: int, kind: str, place_end: int) -> bool:
    """A place listed right after a place is one too: "à Jalo et Ojla", "in Paris, Lyon and Nice",
    "San Francisco, California"; so is a name of unknown kind joined to one by "et", "and" (a
    village the gazetteer does not know: "à Lyon et Ombreval"; after a comma it may open a
    clause: "in the UK, Globex will sell it")."""
    if kind == "unknown":
        return place_end >= 0 and _JOINED.fullmatch(text, place_end, start) is not None
    return kind in ("place", "country") and place_end >= 0 and _LISTED.fullmatch(text, place_end, start) is not None


def article_when(document: Document) -> When:
    """The article's own date, standing in for the events no sentence dates."""
    dct = document.dct
    if dct.has_day:
        return when_day(dct.first_day())
    return when_month(dct.year, dct.month)
