"""Events: the tellings of one happening joined into one event, within and across articles.

A :class:`Telling` is a happening of one article with its actors resolved (see
``tui.extract.happenings``): one piece of evidence. ``merge_tellings`` joins the tellings of one
happening, each join by a named rule (kept, so ``newsline events --explain`` can say why):

- **refers back**: "cette conversation", "this meeting" joins the nearest earlier telling of the
  same kind in its article (up to ``_REFER_BACK_SENTENCES`` sentences back); a definite event
  noun opening its sentence ("The settlement included …") the nearest one up to
  ``_DEFINITE_SENTENCES`` back; "the announcement" with no statement before it, the happening
  of the sentence just before sharing an actor with it (any, when it names no one); never when
  its sentence gives itself a date the nearest earlier telling of its kind cannot have ("That
  lawsuit was settled in 1991" after a suit filed in 1989 tells the settlement). A
  demonstrative whose noun and complement an earlier telling says takes it before the nearest
  ("Cette chute des ventes"); a definite noun with nothing of its kind before it names what a
  statement announced in its word ("va supprimer 8 000 postes … La suppression de ces postes");
- **told again, by a definite noun**: an event noun after "le", "leur", "the", "their" anywhere
  in its sentence ("Lors de leur rencontre, ils ont …") joins the nearest earlier telling of its
  kind said with its word (in any word when the noun opens its sentence; up to
  ``_REFER_BACK_SENTENCES`` back), naming no other person, unless its sentence dates it
  otherwise; not statements, sales nor launches;
- **same article, same kind and day**: a telling joins the nearest earlier one of its article of
  its kind (up to ``_REFER_BACK_SENTENCES`` back) with an actor in common and no person apart,
  one of them dated to a day and the other to that day or undated ("ont manifesté vendredi
  devant l'ambassade des États-Unis … les manifestants ont scandé …"); not statements, sales,
  suits nor what the lexicon could not tell, nor "une autre manifestation";
- **the same speaker, next**: a statement quoting words of one person joins the statement told
  just before it (only sentences going on between) when that one names that person and no one
  else acting ("…, a déclaré Jean Dupont. « … », a expliqué M. Dupont"), unless it says it is
  one more thing or its sentence gives a date the one before does not;
- **same article, same word**: further on in the article, a death, an attack or a disaster
  told again in the same word to the same person ("a été tué … a été tué");
- **same article**: two tellings of one article with the same kind (not statements: one
  speaker says many things), a person in common and compatible dates, close together or with
  the same date; with only an organisation or a place in common, an event noun in the very next
  sentence ("… settled with Acme. The settlement gives …");
- **title** and **continues**: the article's title, and a sentence telling nothing of its own
  that goes on with the one before (naming its actor, quoting after a statement, or naming no
  one; sentences going on in between do not count, but only a person named again reaches
  over them), join as evidence only; a title naming who acts joins no lead telling sharing only
  its country, and one naming only a country may join a lead telling naming no one; quoted words
  after no statement are the next sentence's statement's, and a quotation runs on over its
  sentences; a sentence going on starts a happening of its own, going on with none, when it
  dates itself to a later day than an act told before it, names a person that telling does not
  with only an organisation in common, shares only countries or places with it, or opens on
  words turning to another happening ("Par ailleurs, …", "Meanwhile, …");
- **tells again**: a sentence telling nothing of its own, that nothing just before goes on
  with, joins the earlier telling with two of its actors and one of its words (or one and two);
  **title, naming its person**: a title in none of the lead's words joins the lead's telling
  naming its person (both evidence only);
- **names again**: a sentence telling nothing of its own that opens on a demonstrative and a
  noun ("Cette découverte ouvre la voie") joins, as evidence only, the nearest earlier telling
  whose words hold that noun;
- **refers back, by its noun**: a stretch of a sentence telling nothing of its own there that
  opens on a noun naming a kind of happening, shown by a demonstrative as the subject of its
  clause or after a definite opening the sentence ("Cette victoire fait de …", "Intitulé …, ce
  rapport se base sur …", "The report cites …"; see ``tui.extract.referring``), joins, as
  evidence only, the nearest earlier telling of that kind naming the people it names (up to
  ``_REFER_BACK_SENTENCES`` back, ``_DEFINITE_SENTENCES`` for a definite); never across a
  telling dated otherwise, nor when it writes a date the telling cannot have or a step to come
  ("The trial is set to begin");
- **the same speaker quoted on**: a statement opening on a quotation that only a pronoun of its
  incise attributes ("« Moi, dit-il, … »") joins the statement of the sentence just before,
  when that one names one person (see ``tui.extract.referring``);
- **title, in the lead's words**: a title telling nothing the lexicon knows ("Science :
  découverte du boson") joins, as evidence only, the lead's telling saying the most of its
  content words (those before its setting: "… after the storm");
- **same happening**: tellings of different articles with the same kind (never "other"),
  compatible dates and participants in common (a person or an organisation, or two actors of any
  kind) — never on the date alone; a date wider than a month holding the other's ("in 2010" /
  "on 7 June 2010") only when they are told alike (the same word or words, no things named
  apart). Candidates are found by blocking on (kind, actor, month), so the step is never all
  pairs;
- **same happening, same word and date**: an organisation alone in common is enough when both
  tellings say it with the same word ("settled" / "the settlement") and write the same date,
  unless each names another party or another thing; the organisation may be named by one and
  be, by the other's article, the one its person belongs to ("Acme unveiled …" / "Jane Doe
  introduced …" where "Acme chief Jane Doe" was written);
- **same happening, same name and day**: one telling says it with a name ("le Forum s'est
  ouvert") that another article's telling of its kind and day writes, one of them naming no one.
  Two events each told by several articles already join only on strong evidence (``_strong``);
- **same happening, told again later**: an undated telling naming a thing and saying it with a
  word of one act ("When Acme first introduced the Widget", in an article of months after)
  joins another article's dated telling of that act and thing ("Acme unveiled the Widget") up
  to ``_RETOLD_DAYS`` before its article, with a person or two actors in common; an act done
  once ("died", "stepped down") with its person in common needs no thing;
- **same happening, same words and day**: tellings their own text dates to one same day, with a
  person or an organisation in common, saying three content words alike.

Two articles often say one act in two words: "unveiled" / "introduced", "resigned" / "stepped
down" are said alike (the families of data/same_happening.yaml), and a statement said with a
word of an act whose family gives a kind ("Acme unveils the Widget") is compared as that kind.

Dates are compatible when one interval contains the other. An event takes the finest date of
its tellings; an undated one takes the date of a dated happening of the same sentence, else the
article's date (``dated_by_article``).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import threading
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache

from tui.extract.lexicon import common_words, demonstratives, discussing_words, new_happening_openers, report_nouns, trigger_families
from tui.extract.model import When
from tui.util.text import fold, trie

REFERS_BACK = "refers back"
SAME_ARTICLE = "same article"
SAME_HAPPENING = "same happening"
SAME_WORD = "same happening, same word and date"
SAME_NAME = "same happening, same name and day"
ARTICLE_DATED = "same happening, dated by its article"
RETOLD = "same happening, told again later"
SAME_WORDS_DAY = "same happening, same words and day"
TITLE = "title"
CONTINUES = "continues"
NAMES_AGAIN = "names again"
TITLE_WORDS = "title, in the lead's words"
TITLE_PERSON = "title, naming its person"
SAME_ARTICLE_WORD = "same article, same word"
TELLS_AGAIN = "tells again"
SAME_LAUNCH = "at the same launch"
SAME_REPORT = "in the same report"
REFERS_BY_NOUN = "refers back, by its noun"
QUOTED_ON = "the same speaker quoted on"
DISCUSSED_THERE = "talked over there"
NOUN_AGAIN = "told again, by a definite noun"
SPEAKS_ON = "the same speaker, next"
SAME_KIND_DAY = "same article, same kind and day"
FIRST = "first"
_ASIDE_RULES = frozenset({TITLE, CONTINUES, NAMES_AGAIN, TITLE_WORDS, TITLE_PERSON, TELLS_AGAIN, REFERS_BY_NOUN})
_REFER_BACK_SENTENCES = 6
_DEFINITE_SENTENCES = 2
_TITLE_REACH = 4  # the lead's sentences a title may tell again
_NEAR_SENTENCES = 2  # tellings of one article this close may tell one happening
# Kinds an article tells many of, each with one person in it (a company's sales and launches
# with its chief; a suit, a ruling, a settlement, a testimony with the one sued): two tellings
# of these in one article are one happening only when the second is an event noun right after
# the first, both naming one person ("Acme's chief said sales rose. The rise …").
_MANY_PER_ARTICLE = frozenset({"economy", "legal"})
BLOCK_LIMIT = 400  # a larger block (one actor, kind and month) is compared with its neighbours only


@dataclass(frozen=True, slots=True)
class Telling:
    """One happening as one sentence of one article tells it: a piece of evidence."""

    doc: int
    start: int  # the sentence
    end: int
    timex_start: int  # the date phrase; -1 when the sentence gives none
    timex_end: int
    when: When | None  # its own date; None when undated
    reported: When | None  # the date it was reported on, when a reporting clause gives one
    kind: str
    actors: tuple[int, ...]
    headline: str
    refers_back: bool = False
    sentence: int = 0  # the sentence's position in its article
    weak: bool = False  # an undated event noun: an event only if dated by its sentence or joined
    clause_start: int = -1  # the clause telling it
    clause_end: int = -1
    places: tuple[int, ...] = ()  # where it happened ("à Genève"): not among its participants
    another: bool = False  # "also", "again": one more happening, not the one told before
    title: bool = False  # told by the article's title: evidence only, joined to the lead's telling
    continues: bool = False  # a sentence telling nothing of its own: evidence only, if it goes on
    # Of a telling of unknown kind: the content words of its clause (its headline is cut at 70
    # characters), to find it told again in other words' company (see ``_kinds_agree``).
    words: frozenset[str] = frozenset()
    # A definite event noun opening its sentence ("The settlement included …"): it may be the
    # happening told just before (``_join_referring_back``).
    definite: bool = False
    # Its article's date (not of an event noun in passing). Of an undated telling it stands in
    # for its own: another article's telling a few days before it may be the same happening
    # ("first introduced" in a later article); of a dated one, it bounds its date (told as
    # past, it happened by then: "this year" in a June article is before June's end).
    published: When | None = None
    # The word(s) saying what happened, as ``trigger_key`` folds them ("settled" and
    # "settlement" both "settl"): two articles telling one happening often use one word for it.
    trigger: str = ""
    # Whether that word is written capitalised inside its sentence ("le Forum s'est ouvert"):
    # the name of one happening, not a common noun.
    named: bool = False
    # The names its clause writes that are no actor's ("the Widget", "iPod"): of a telling dated
    # by its own text (the only ones compared by them).
    things: frozenset[str] = frozenset()
    # The organisations its article says its people belong to ("Acme chief Jane Doe") and that
    # it does not name itself: across articles, "Jane Doe unveiled the Widget" and "Acme
    # unveiled the Widget" name one organisation (see ``_acting_in_common``).
    employers: tuple[int, ...] = ()
    # Those of ``actors`` its clause does not name, added by inference (the company behind a
    # sale its chief made): a later sentence naming that company does not go on with it.
    inferred: tuple[int, ...] = ()
    # Of a sentence going on: the dates it gives (it goes on with no telling dated otherwise).
    own_dates: tuple[When, ...] = ()
    # Of a sentence going on: the dates after its article's day it gives (a plan, or a later step).
    later_dates: tuple[When, ...] = ()
    # Of quoted words going on: the clause (its start) of the statement naming who said them
    # after the quotation closes ("« … » a indiqué X"), -1 when none does.
    quoted_for: int = -1
    # Of a stretch saying more of a happening told before by a noun naming it ("Cette victoire
    # fait de …", "ce rapport de 81 pages se base sur …"): the kinds that noun names (see
    # ``tui.extract.referring``), and whether its sentence tells something else beside it (it
    # then joins by its noun or not at all).
    refers_to: tuple[str, ...] = ()
    beside: bool = False
    # A statement opening on a quotation that only a pronoun of its incise attributes ("« Moi,
    # dit-il, … »"): the words of whoever spoke just before, going on.
    quoting_on: bool = False
    # Of an event noun after "le", "leur", "the", "their", "cette" ("lors de leur rencontre"):
    # its word as ``trigger_key`` folds it; "" otherwise. A happening the reader already knows,
    # told again by its noun (``_join_definite_noun``).
    given: str = ""
    # Of a statement: whether its sentence quotes words (« », “ ”, "): a speaker quoted at length
    # on one occasion goes on from one sentence to the next (``_join_speaking_on``).
    quotes: bool = False

    @property
    def aside(self) -> bool:
        """Evidence only (a title, a sentence going on): never an event of its own, never the
        telling an event is dated or named by, and its actors are not the event's."""
        return self.title or self.continues


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One happening: its tellings (the first one gives its date) and why each was joined."""

    tellings: tuple[int, ...]  # indices into the tellings given to merge_tellings
    rules: tuple[str, ...]  # per telling: FIRST, REFERS_BACK, SAME_ARTICLE or SAME_HAPPENING
    when: When
    dated_by_article: bool
    reported: When | None
    kind: str
    actors: tuple[int, ...]  # its participants, then its places
    headline: str
    participants: int = 0  # how many of ``actors`` take part (the rest are places)


class Clusters:
    """Union-find over tellings, each cluster keeping its date window."""

    def __init__(self, tellings: Sequence[Telling]) -> None:
        self.parent = list(range(len(tellings)))
        self.rule = [FIRST] * len(tellings)
        # (a title's or a sentence going on's date is never the event's: no window of its own)
        self.window = [(t.when.first, t.when.last) if t.when and not t.aside else None for t in tellings]
        self.doc = [t.doc for t in tellings]
        self.spread: dict[int, frozenset[int]] = {}  # a cluster told by several articles: theirs

    def articles(self, i: int) -> frozenset[int]:
        """The articles telling the cluster of telling ``i``."""
        root = self.find(i)
        return self.spread.get(root) or frozenset((self.doc[root],))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, keep: int, joined: int, rule: str) -> bool:
        a, b = self.find(keep), self.find(joined)
        if a == b:
            return False
        window = _narrowest(self.window[a], self.window[b])
        if window is False:
            return False
        if a in self.spread or b in self.spread or self.doc[a] != self.doc[b]:  # (most joins: within one article)
            self.spread[a] = self.articles(a) | self.spread.pop(b, frozenset((self.doc[b],)))
        self.parent[b] = a
        self.window[a] = window
        # Both ends took part in a join by this rule (the event's primary telling is FIRST); but
        # a title or a sentence going on is what was joined, not the telling it joined.
        for end in (joined,) if rule in _ASIDE_RULES else (joined, keep):
            if self.rule[end] == FIRST:
                self.rule[end] = rule
        return True


def _narrowest(a, b):
    """The narrower of two date windows when one contains the other; False when neither does."""
    if a is None:
        return b
    if b is None:
        return a
    if a[0] <= b[0] and b[1] <= a[1]:
        return b
    if b[0] <= a[0] and a[1] <= b[1]:
        return a
    return False


def merge_tellings(
    tellings: Sequence[Telling],
    article_dates: Sequence[When],
    actor_kinds: Sequence[str],
    merge: bool = True,
) -> Iterator[MergedEvent]:
    """The events of ``tellings`` (given in article and text order). ``article_dates[doc]``
    stands in for undated events; ``actor_kinds[actor]`` says which actors are people and
    organisations. ``merge=False`` keeps one event per telling."""
    clusters = Clusters(tellings)
    if merge:
        by_doc: dict[int, list[int]] = defaultdict(list)
        for i, telling in enumerate(tellings):
            by_doc[telling.doc].append(i)
        with _said.remembered():
            for members in by_doc.values():
                join_within_article(tellings, members, clusters, actor_kinds)
            _join_across_articles(tellings, clusters, actor_kinds)
    return events_of(tellings, clusters, article_dates)


def join_within_article(tellings, members: list[int], clusters: "Clusters", actor_kinds) -> None:
    """Every join of the tellings ``members`` of one article (in text order), rule after rule."""
    told = [i for i in members if not tellings[i].aside]
    _join_referring_back(tellings, told, clusters)
    _join_definite_noun(tellings, told, clusters, actor_kinds)
    _join_same_article(tellings, told, clusters, actor_kinds)
    _join_same_kind_day(tellings, told, clusters, actor_kinds)
    _join_same_launch(tellings, told, clusters, actor_kinds)
    _join_same_report(tellings, told, clusters, actor_kinds)
    _join_quoted_on(tellings, told, clusters, actor_kinds)
    _join_speaking_on(tellings, told, clusters, actor_kinds)
    _join_discussed_there(tellings, told, clusters, actor_kinds)
    _join_title(tellings, members, clusters, actor_kinds)
    _join_continuations(tellings, members, clusters, actor_kinds)


def _join_referring_back(tellings, members: list[int], clusters: Clusters) -> None:
    """A demonstrative ("cette conversation") joins the nearest earlier telling of its kind
    within ``_REFER_BACK_SENTENCES``; a definite noun opening its sentence ("The settlement
    included …") one within ``_DEFINITE_SENTENCES`` (a definite is given, but less surely the
    last one told), and a definite its sentence dates only a dated one ("Acme gained $1 billion.
    The annual revenue in 2006 was $7 billion": the date says which, an undated telling may be
    any). "The announcement", "cette annonce" with no statement before it names the
    happening of the sentence just before that shares an actor with it ("Acme unveiled a phone
    today. The announcement came at Acme's yearly event")."""
    dates = _dates_by_sentence(tellings, members)
    for n, i in enumerate(members):
        telling = tellings[i]
        if not telling.refers_back and not telling.definite:
            continue
        reach = _REFER_BACK_SENTENCES if telling.refers_back else _DEFINITE_SENTENCES
        # (walked back from its sentence's first telling, never a copy of the article's tellings
        # nor a pass over its own sentence's: a long article, or a long sentence, has many)
        earlier = list(_walk_back(tellings, members, _first_of_sentence(tellings, members, n), reach))
        # "That lawsuit" names the last lawsuit told; its sentence dated otherwise tells a later
        # step of it ("That lawsuit was settled in 1991" after a suit filed in 1989), no telling.
        own_dates = _sentence_own_dates(telling, dates.get(telling.sentence, {}))
        same_kind = [j for j in earlier if names_its_kind(telling.kind, tellings[j].kind)]
        if telling.refers_back:  # "cette chute des ventes": the one whose words say it, nearest first
            same_kind = _saying_most(tellings, same_kind, _shown_words(telling.headline))
        elif _gives_own_date(telling):
            same_kind = [j for j in same_kind if clusters.window[clusters.find(j)] is not None]
        if same_kind and not all(_window_holds(clusters, same_kind[0], when) for when in own_dates):
            continue
        if any(clusters.join(j, i, REFERS_BACK) for j in same_kind):
            continue
        if telling.kind == "statement":  # "The announcement came …": the making public of what was just told
            # (naming no one, it can only be what was just told: "The announcement was long-awaited")
            just_before = [
                j for j in earlier
                if tellings[j].sentence == telling.sentence - 1 and (not telling.actors or set(tellings[j].actors) & set(telling.actors))
            ]
            for j in just_before[-1:]:
                clusters.join(j, i, REFERS_BACK)
        elif telling.definite and not same_kind:
            _join_announced(tellings, members, n, clusters)


# Kinds whose event nouns say little of which one they are: "the statement", "l'annonce" (one
# speaker makes many; ``_join_referring_back`` joins those just after one), "the launch", "les
# ventes" (an article about a company tells many of its launches and sales), and what the
# lexicon could not tell.
_NOT_NAMED_AGAIN = frozenset({"statement", "other", "economy"})


def _join_definite_noun(tellings, members: list[int], clusters: Clusters, actor_kinds) -> None:
    """An event noun after a definite or possessive determiner anywhere in its sentence ("lors
    de leur rencontre, ils ont …", "the settlement gives …") names a happening already told:
    it joins the nearest earlier telling of its kind, within ``_REFER_BACK_SENTENCES``, said
    with its word ("se sont rencontrés" / "leur rencontre"; in any word when the noun opens its
    sentence: "La manifestation a réuni …"), naming no other person than it does, and told as a
    happening (not a noun in passing itself). Never one its sentence dates otherwise ("La
    rencontre de jeudi": another one), nor of a kind whose nouns say little (``_NOT_NAMED_AGAIN``)."""
    dates = None  # (per sentence, read for the first noun found: most articles have none)
    for n, i in enumerate(members):
        telling = tellings[i]
        if not telling.given or telling.another or telling.refers_back or telling.kind in _NOT_NAMED_AGAIN:
            continue
        dates = _dates_by_sentence(tellings, members) if dates is None else dates
        own_dates = _sentence_own_dates(telling, dates.get(telling.sentence, {}))
        for j in _walk_back(tellings, members, _first_of_sentence(tellings, members, n), _REFER_BACK_SENTENCES):
            earlier = tellings[j]
            said_alike = telling.definite or _says_its_word(earlier, telling)
            # (not a noun in passing itself: "depuis l'arrivée au pouvoir de X" twice is no
            # happening told, and its sentence tells another)
            if earlier.weak or earlier.kind != telling.kind or not said_alike or _other_persons(earlier, telling, actor_kinds):
                continue
            if all(_window_holds(clusters, j, when) for when in own_dates):
                clusters.join(j, i, NOUN_AGAIN)
            break  # (the nearest one said alike: not one further back)


def _says_its_word(earlier: Telling, telling: Telling) -> bool:
    """Whether ``earlier`` is said with the word of ``telling``'s noun ("se sont rencontrés" /
    "leur rencontre", "settled" / "the settlement"), or with one of its family naming an actor
    it names ("Doe died" / "his death"; not "la mort de 283 personnes" / "le meurtre de …")."""
    said = earlier.trigger or earlier.given
    if said == telling.given:
        return True
    return bool(_families(said) & _families(telling.given)) and bool(set(earlier.actors) & set(telling.actors))


def _other_persons(a: Telling, b: Telling, actor_kinds) -> bool:
    """Whether both name people and none of them in common: two meetings, not one."""
    people_a = {x for x in a.actors if actor_kinds[x] == "person"}
    people_b = {x for x in b.actors if actor_kinds[x] == "person"}
    return bool(people_a and people_b and not people_a & people_b)


# A noun of a meeting referring back may name a call (a meeting at a distance): "Paul Martin
# a eu un entretien téléphonique avec Karl Weber. L'entretien a duré une heure."
_ALSO_NAMED = {"meeting": frozenset({"call"})}


def names_its_kind(noun_kind: str, told_kind: str) -> bool:
    """Whether a noun of ``noun_kind`` referring back names a happening told as ``told_kind``."""
    return noun_kind == told_kind or told_kind in _ALSO_NAMED.get(noun_kind, ())


_MET_KINDS = frozenset({"meeting", "call"})


def _join_discussed_there(tellings, members: list[int], clusters: Clusters, actor_kinds) -> None:
    """What those who met talked over ("Les deux dirigeants ont également évoqué la Syrie",
    "Ils ont abordé la question du gaz") goes on with their meeting or call told within
    ``_NEAR_SENTENCES`` before it, past other such sentences: told by a verb of discussing
    (referring_nouns.yaml's ``discussing``), naming no person nor organisation, or at least
    two of those who met and no one else (one of them alone may speak of it anywhere; a
    country named is mostly what was talked over: "ont évoqué la Syrie")."""
    for n, i in enumerate(members):
        telling = tellings[i]
        if telling.kind not in ("statement", "other") or not _tells_discussing(telling.headline):
            continue
        for j in _walk_back(tellings, members, _first_of_sentence(tellings, members, n), _NEAR_SENTENCES):
            earlier = tellings[j]
            if earlier.kind in _MET_KINDS:
                named = {a for a in telling.actors if actor_kinds[a] in _ACTING_KINDS}
                if not named or len(named) >= 2 and named <= set(earlier.actors):
                    clusters.join(j, i, DISCUSSED_THERE)
                break
            if not _tells_discussing(earlier.headline):
                break


def _tells_discussing(headline: str) -> bool:
    # (a text folds letter by letter, so a folded word of the headline is in its folded whole:
    # most headlines hold no verb of discussing anywhere, and their words are not folded one by one)
    if _discussing_anywhere().search(fold(headline)) is None:
        return False
    return any(fold(word) in discussing_words() for word in _TRIGGER_WORD.findall(headline))


@cache
def _discussing_anywhere() -> re.Pattern[str]:
    return re.compile(trie(set(discussing_words())))


def _join_quoted_on(tellings, members: list[int], clusters: Clusters, actor_kinds) -> None:
    """A quotation that only a pronoun attributes ("« Moi, dit-il, … »") goes on with the
    statement of the sentence just before naming one person ("« … », ajoute Jean Dupont."):
    his words on the same occasion, one statement. Not after a statement naming two people or
    none: whom the pronoun stands for is then unsure."""
    for n, i in enumerate(members):
        if not tellings[i].quoting_on:
            continue
        sentence = tellings[i].sentence
        before = [
            j for j in _walk_back(tellings, members, _first_of_sentence(tellings, members, n), 1)
            if tellings[j].sentence == sentence - 1 and tellings[j].kind == "statement"
        ]
        speakers = {a for j in before for a in tellings[j].actors if actor_kinds[a] == "person"}
        # (the person found for the pronoun, if any, must be that one)
        if len(speakers) == 1 and speakers >= {a for a in tellings[i].actors if actor_kinds[a] == "person"}:
            clusters.join(before[0], i, QUOTED_ON)


def _join_speaking_on(tellings, members: list[int], clusters: Clusters, actor_kinds) -> None:
    """A statement naming one person and quoting words joins the statement told just before it
    (nothing but sentences going on and event nouns in passing between them, within
    ``_REFER_BACK_SENTENCES``) when that one names the same person and no one else acting: one
    speaker quoted on ("…, a déclaré Jean Dupont. « … », a expliqué M. Dupont"). Not after one
    saying it says one more thing ("He also said …"), nor one naming another who acts, nor when
    its sentence dates it otherwise ("In a July 16 press conference, Jobs said …": another
    occasion)."""
    dates = None  # (per sentence, read for the first statement joining: most articles have none)
    for n, i in enumerate(members):
        telling = tellings[i]
        speaker = _one_person(telling, actor_kinds) if telling.kind == "statement" and telling.quotes else None
        if speaker is None or telling.another:
            continue
        before = next(
            (j for j in _walk_back(tellings, members, _first_of_sentence(tellings, members, n), _REFER_BACK_SENTENCES) if not tellings[j].weak),
            None,
        )
        if before is None or not _speaks_on(tellings[before], telling, speaker, actor_kinds):
            continue
        # (a date its sentence gives must be the one the statement before gives itself)
        dates = _dates_by_sentence(tellings, members) if dates is None else dates
        given = [*_sentence_own_dates(telling, dates.get(telling.sentence, {})), *([telling.when] if telling.when else [])]
        if all(tellings[before].when is not None and _compatible(tellings[before].when, when) for when in given):
            clusters.join(before, i, SPEAKS_ON)


def _speaks_on(a: Telling, b: Telling, speaker: int, actor_kinds) -> bool:
    """Whether statement ``b`` of ``speaker``, quoting words, goes on with ``a``: a statement of
    that one person alone (no one else acting in ``b`` either), not saying it is one more thing
    ("Jobs also announced …": what follows may be of that one or another), on its day. A
    speaker telling many things in indirect speech ("Jobs said that sales rose. Jobs announced
    …") speaks of many matters: only quoted words go on."""
    if a.kind != "statement" or a.another or _one_person(a, actor_kinds) != speaker:
        return False
    return {x for x in b.actors if actor_kinds[x] in _ACTING_KINDS} <= set(a.actors)


def _one_person(telling: Telling, actor_kinds) -> int | None:
    """The one person a telling names; None when it names none or several."""
    people = [x for x in telling.actors if actor_kinds[x] == "person"]
    return people[0] if len(people) == 1 else None


def _join_announced(tellings, members: list[int], n: int, clusters: Clusters) -> None:
    """A definite noun opening its sentence that no telling of its kind came before names what
    a statement before it announced with that word ("Acme said it will close its plant. … The
    closure will cost 300 jobs"): the nearest within ``_REFER_BACK_SENTENCES`` saying it."""
    telling = tellings[members[n]]
    noun = content_words(" ".join(telling.headline.split()[:2]))
    if not noun:
        return
    for j in _walk_back(tellings, members, _first_of_sentence(tellings, members, n), _REFER_BACK_SENTENCES):
        earlier = tellings[j]
        if earlier.kind == "statement" and not earlier.definite and noun & said_words(earlier):
            # (dated otherwise, it tells another step, "The reduction in 2023 …" after a plan
            # announced in 2020: the join refuses dates that do not nest)
            clusters.join(j, members[n], REFERS_BACK)
            return


_SHOWN_WORDS = 3  # the words after a demonstrative naming what it shows: "cette chute des ventes"


def _shown_words(headline: str) -> frozenset[str]:
    """The content words a demonstrative of ``headline`` shows ("Cette chute des ventes
    s'explique …" → chute, ventes): its noun and the words completing it."""
    words = _TRIGGER_WORD.findall(headline)
    shows = demonstratives()
    at = next((k for k, word in enumerate(words) if fold(word) in shows), None)
    return content_words(" ".join(words[at + 1 : at + 1 + _SHOWN_WORDS])) if at is not None else frozenset()


_WORDS_SHOWN = 2  # a demonstrative's noun and what completes it: "chute" and "ventes"


def _saying_most(tellings, candidates: list[int], words: frozenset[str]) -> list[int]:
    """``candidates`` (nearest first), the one saying the noun a demonstrative shows and what
    completes it first, when the nearest says less: "une chute des ventes … une chute du titre.
    Cette chute des ventes …" is the first fall. Else the nearest: "That lawsuit" after "the
    first lawsuit … filed suit again" is the last suit, and a mention of one told before ("The
    first lawsuit") says its noun without telling it."""
    said = {j: len(words & said_words(tellings[j])) for j in candidates}
    telling = [j for j in candidates if not (tellings[j].definite or tellings[j].refers_back)]
    best = max(telling, key=lambda j: said[j], default=None)  # (the nearest of those saying as much)
    if best is None or said[best] < _WORDS_SHOWN or said[best] <= said[candidates[0]]:
        return candidates
    return [best, *(j for j in candidates if j != best)]


def _dates_by_sentence(tellings, members: list[int]) -> dict[int, Counter[When]]:
    """Per sentence, the dates its happenings give themselves (not event nouns in passing, nor
    asides), each with how many give it."""
    dates: dict[int, Counter[When]] = defaultdict(Counter)
    for i in members:
        if _gives_own_date(tellings[i]):
            dates[tellings[i].sentence][tellings[i].when] += 1
    return dates


def _gives_own_date(telling: Telling) -> bool:
    return telling.when is not None and not telling.weak and not telling.aside


def _sentence_own_dates(telling: Telling, dates_here: Counter[When]) -> list[When]:
    """The dates the other happenings of ``telling``'s sentence give themselves (``dates_here``:
    its sentence's, see ``_dates_by_sentence``), each once."""
    own = telling.when if _gives_own_date(telling) else None
    return [when for when, count in dates_here.items() if when != own or count > 1]


def _first_of_sentence(tellings, members: list[int], n: int) -> int:
    """The index in ``members`` (in text order) of the first telling of ``members[n]``'s sentence."""
    sentence = tellings[members[n]].sentence
    return bisect_left(members, sentence, hi=n, key=lambda i: tellings[i].sentence)


def _window_holds(clusters: Clusters, j: int, when: When) -> bool:
    """Whether ``when`` nests with the date window of ``j``'s event so far."""
    window = clusters.window[clusters.find(j)]
    return window is None or _narrowest(window, (when.first, when.last)) is not False


def _walk_back(tellings, members: list[int], n: int, reach: int) -> Iterator[int]:
    """The tellings before ``members[n]``, nearest first, up to ``reach`` sentences back."""
    sentence = tellings[members[n]].sentence
    for k in range(n - 1, -1, -1):
        j = members[k]
        if sentence - tellings[j].sentence > reach:
            return
        yield j


def _join_same_article(tellings, members: list[int], clusters: Clusters, actor_kinds) -> None:
    """Two tellings of one article join when they have the same kind, compatible dates and an
    actor in common (see ``_same_in_article``), and are told close together (or both carry the
    same date phrase's date). Never two statements: one speaker says many things, each
    reporting verb its own (a sentence going on with a statement joins it by ``CONTINUES``)."""
    dated: dict[When, list[int]] = defaultdict(list)  # (far tellings join only with the same date …
    worded: dict[str, list[int]] = defaultdict(list)  # … or the same word)
    for n, i in enumerate(members):
        if tellings[i].when is not None:
            dated[tellings[i].when].append(n)
        if tellings[i].trigger:
            worded[tellings[i].trigger].append(n)
    for n, i in enumerate(members):
        a = tellings[i]
        if a.kind in ("other", "statement") or not a.actors:
            continue
        near, far = _later_candidates(tellings, members, n, dated)
        for j in near + far:
            b = tellings[j]
            if b.kind == a.kind and b.sentence != a.sentence and not b.another and _same_in_article(a, b, actor_kinds):
                clusters.join(i, j, SAME_ARTICLE)
        for j in _told_again_in_its_word(tellings, members, n, worded, len(near)):
            if not tellings[j].another and _same_in_article(a, tellings[j], actor_kinds):
                clusters.join(i, j, SAME_ARTICLE_WORD)


# Kinds an article tells many of in one day, or whose tellings say too little to be one by their
# kind: statements (one speaker says many things), what the lexicon could not tell, and
# ``_MANY_PER_ARTICLE``.
_MANY_A_DAY = frozenset({"statement", "other"}) | _MANY_PER_ARTICLE


def _join_same_kind_day(tellings, members: list[int], clusters: Clusters, actor_kinds) -> None:
    """A telling joins the nearest earlier one of its article (within ``_REFER_BACK_SENTENCES``)
    of its kind, with an actor in common and no person apart, when one of them is dated to a
    day and the other to that day or not at all: "Des milliers de personnes ont manifesté
    vendredi devant l'ambassade des États-Unis. … les manifestants ont scandé des slogans
    anti-américains". Not of the kinds an article tells many of in a day (``_MANY_A_DAY``),
    nor one saying it is one more ("une autre manifestation"), nor an event noun in passing."""
    for n, i in enumerate(members):
        telling = tellings[i]
        if telling.kind in _MANY_A_DAY or telling.another or telling.weak or not telling.actors:
            continue
        for j in _walk_back(tellings, members, _first_of_sentence(tellings, members, n), _REFER_BACK_SENTENCES):
            earlier = tellings[j]
            if earlier.kind != telling.kind or earlier.weak or not set(earlier.actors) & set(telling.actors):
                continue
            if _one_day_or_undated(earlier.when, telling.when) and not _other_persons(earlier, telling, actor_kinds):
                clusters.join(j, i, SAME_KIND_DAY)
            break  # (the nearest of its kind with an actor in common)


def _one_day_or_undated(a: When | None, b: When | None) -> bool:
    """Whether one date is of one day and the other the same or none."""
    day = a or b
    return day is not None and day.first == day.last and (a is None or b is None or _same_days(a, b))


# A launch told in the lead ("Jane Doe unveiled the Widget at Acme's yearly conference") is one
# occasion: the article goes on telling what its presenter did there, one sentence each ("Doe
# demoed its camera", "The Widget was praised by Doe"), and those are the launch too.
_LAUNCH_FAMILIES = frozenset({"unveil"})
_AT_LAUNCH_KINDS = frozenset({"economy", "statement", "meeting"})


def _join_same_launch(tellings, members: list[int], clusters: Clusters, actor_kinds) -> None:
    """A later telling of the article naming the presenter of the lead's launch, no one else
    and no thing the launch does not name, joins it ("Jane Doe unveiled the Widget. … Doe also
    demoed its camera"). Not one naming another thing ("Doe also introduced the Gizmo": one
    more launch), nor one more statement ("Doe also noted that sales rose": one speaker says
    many things), nor a telling dated apart."""
    launch = next((i for i in members if _is_lead_launch(tellings[i], actor_kinds)), None)
    if launch is None:
        return
    a = tellings[launch]
    presenter = next(x for x in a.actors if actor_kinds[x] == "person")
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for j in members:
        if tellings[j].sentence > a.sentence and presenter in tellings[j].actors:
            by_sentence[tellings[j].sentence].append(j)
    for told in by_sentence.values():
        # (a sentence telling one more thing, "Doe also introduced the Gizmo, sold apart", tells
        # none of the launch: what goes with it there is of the other thing)
        if all(_told_at_launch(a, tellings[j], actor_kinds) for j in told):
            for j in told:
                clusters.join(launch, j, SAME_LAUNCH)


def _is_lead_launch(telling: Telling, actor_kinds) -> bool:
    """A telling of the lead, dated by its sentence, saying a launch by a person."""
    return (
        telling.sentence <= _TITLE_REACH and telling.when is not None and not telling.another
        and bool(telling.trigger and _families(telling.trigger) & _LAUNCH_FAMILIES)
        and any(actor_kinds[x] == "person" for x in telling.actors)
    )


def _told_at_launch(a: Telling, b: Telling, actor_kinds) -> bool:
    """Whether ``b``, naming ``a``'s presenter, tells what was done at ``a``'s launch: of a
    kind told there, compatible dates, no one acting and no thing that ``a`` does not name, and
    no statement said to be one more."""
    if b.kind not in _AT_LAUNCH_KINDS or b.kind == "statement" and b.another or not _compatible(a.when, b.when):
        return False
    others = [x for x in b.actors if x not in a.actors and actor_kinds[x] in _ACTING_KINDS]
    return not others and b.things <= a.things


def _join_same_report(tellings, members: list[int], clusters: Clusters, actor_kinds) -> None:
    """A report its author published, told in the lead ("L'ONG a publié un rapport"), is what
    the author's later statements in the article say, "also" or not ("L'ONG dénonce également
    …": a report says many things): each joins it. Not a statement naming another who acts
    ("Jane Doe, of the NGO, said": her own words), nor one dated apart."""
    report = next((i for i in members if _tells_a_report(tellings[i], actor_kinds)), None)
    if report is None:
        return
    a = tellings[report]
    author = next(x for x in a.actors if actor_kinds[x] in _ACTING_KINDS)
    when = a.when or a.published
    for j in members:
        b = tellings[j]
        if b.sentence <= a.sentence or b.kind != "statement" or b.actors[:1] != (author,):
            continue
        if not b.actors[1:] and _compatible(when, b.when):
            clusters.join(report, j, SAME_REPORT)


def _tells_a_report(telling: Telling, actor_kinds) -> bool:
    """A statement of the lead saying a report ("a publié un rapport"), by who acts first."""
    if telling.kind != "statement" or telling.sentence > _TITLE_REACH or telling.another or not telling.actors:
        return False
    if actor_kinds[telling.actors[0]] not in _ACTING_KINDS:
        return False
    return any(fold(word).lower() in report_nouns() for word in _TRIGGER_WORD.findall(telling.headline))


# What a person suffers once: told again in its word further on, it is the same happening (a
# threat, a meeting, a sale may be made again: "X avait menacé d'envahir … X est menacé").
_SUFFERED_ONCE = frozenset({"death", "attack", "disaster"})


def _told_again_in_its_word(tellings, members: list[int], n: int, worded: dict, near: int) -> list[int]:
    """The tellings after the ``near`` ones after ``members[n]`` saying it with its word, of its
    kind, one a person suffers once: "Durand a été tué d'un tir. … Le journaliste a été tué par
    des tirs de mortier" retells the death further on (``_same_in_article`` then asks for the
    person in both)."""
    a = tellings[members[n]]
    if not a.trigger or a.kind not in _SUFFERED_ONCE:
        return []
    return [members[k] for k in worded[a.trigger] if k > n + near and tellings[members[k]].kind == a.kind]


def _same_in_article(a: Telling, b: Telling, actor_kinds) -> bool:
    """Whether ``b``, told after ``a`` in its article with the same kind, tells it again: a
    person in common and compatible dates; with only an organisation or a place in common, only
    an event noun in the very next sentence ("… has settled with Acme. The settlement gives …"):
    an article about one company tells many of its happenings, each with the company in it."""
    shared = set(a.actors) & set(b.actors)
    if not shared or not _compatible(a.when, b.when):
        return False
    next_noun = b.weak and b.sentence - a.sentence == 1
    if a.kind in _MANY_PER_ARTICLE:  # the company's chief tells its sales, launches, results …
        return next_noun and any(actor_kinds[x] == "person" for x in shared)
    return any(actor_kinds[x] == "person" for x in shared) or next_noun


def _later_candidates(tellings, members: list[int], n: int, dated: dict) -> tuple[list[int], list[int]]:
    """The tellings after ``members[n]`` it may join: those within ``_NEAR_SENTENCES``, and the
    farther ones with its very date (in text order; not a pass over the whole article)."""
    a = tellings[members[n]]
    near = []
    for j in members[n + 1 :]:
        if tellings[j].sentence - a.sentence > _NEAR_SENTENCES:
            break
        near.append(j)
    far = [members[k] for k in dated.get(a.when, ()) if k > n + len(near)] if a.when is not None else []
    return near, far


def _join_title(tellings, members: list[int], clusters: Clusters, actor_kinds) -> None:
    """The title's telling joins the first telling of the lead with its kind, one sharing an
    actor with it first ("Acme sues Globex" → "has filed a lawsuit against"); with none, the
    first telling of the sentence right after the title that names one of its actors (a title
    tells the lead's happening in other words: "Acme unveils …" / "Acme today introduced …")."""
    # (not an event noun in passing: undated, it is no event, and the title would go with it)
    lead = [j for j in members if not tellings[j].aside and tellings[j].sentence <= _TITLE_REACH and (not tellings[j].weak or tellings[j].when)]
    # (the news, not what led to it: "Fin de service pour le minitel" is not "Créé il y a 30 ans, ce terminal …")
    lead_news = [j for j in lead if not _told_as_background(tellings[j])]
    for i in members:
        title = tellings[i]
        if not title.title:
            continue
        if title.kind == "other":  # no predicate the lexicon knows: told in the lead's words
            if not _join_title_by_words(tellings, lead_news, i, clusters):
                _join_title_by_person(tellings, lead, i, clusters, actor_kinds)
            continue
        same_kind = [j for j in lead_news if tellings[j].kind == title.kind]
        if title.actors:  # a title naming someone tells what they did
            same_kind = [j for j in same_kind if _shares_who_acts(tellings[j], title, actor_kinds)]
        if not same_kind and title.actors:  # told in other words ("X unveils …" / "X today introduced …")
            same_kind = [j for j in lead_news if tellings[j].sentence == title.sentence + 1 and set(tellings[j].actors) & set(title.actors)]
        for j in same_kind[:1]:
            clusters.join(j, i, TITLE)


def _shares_who_acts(telling: Telling, title: Telling, actor_kinds) -> bool:
    """Whether ``telling`` names an actor of the title, a person or an organisation when the
    title names one: a country beside them is mostly the title's setting ("Syrie : une ONG
    dénonce …" is not what anyone said of Syria). A title naming only a country or a place
    ("Erewhon : des citoyens appellent à …") also tells a lead telling naming no one ("Ils
    réclament …")."""
    acting = {a for a in title.actors if actor_kinds[a] in _ACTING_KINDS}
    if not acting and not telling.actors:
        return True
    return bool(set(telling.actors) & (acting or set(title.actors)))


_NEWS_DAYS = 7  # a title tells what happened within a week of its article


def _told_as_background(telling: Telling) -> bool:
    """Whether its own text dates it well before its article ("first introduced in April" in a
    June article): what led to the news, not the news a title tells."""
    if telling.when is None or telling.published is None:
        return False
    return (telling.published.first - telling.when.last).days > _NEWS_DAYS


def _join_title_by_person(tellings, lead: list[int], i: int, clusters: Clusters, actor_kinds) -> None:
    """A title telling nothing the lexicon knows, in none of the lead's words, joins the lead's
    first telling naming a person it names: "X victime d'une bavure" / "X a été tué d'un tir"."""
    people = {a for a in tellings[i].actors if actor_kinds[a] == "person"}
    for j in lead:
        if people & set(tellings[j].actors) and not _told_as_background(tellings[j]):
            clusters.join(j, i, TITLE_PERSON)
            return


def _join_title_by_words(tellings, lead: list[int], i: int, clusters: Clusters) -> bool:
    """A title telling nothing the lexicon knows ("Science : découverte du boson", "Acme to give
    free cases") joins the lead's telling saying the most of its content words (one at least;
    the first of those saying as many): the title names the lead's happening in its words."""
    words = tellings[i].words
    best, most = None, 0
    for j in lead:
        said = len(words & said_words(tellings[j]))
        if said > most:
            best, most = j, said
    return best is not None and clusters.join(best, i, TITLE_WORDS)


def _join_continuations(tellings, members: list[int], clusters: Clusters, actor_kinds) -> None:
    """A sentence telling nothing of its own goes on with a telling of the sentence just before
    when it names one of its actors (or of the one before that, and, naming a person, of those
    before the sentences going on between), or, quoting, with a statement told there, or,
    naming no one, with what was told there; one opening on a demonstrative, with what its
    noun names (see ``_join_naming_again``)."""
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for i in members:
        by_sentence[tellings[i].sentence].append(i)
    for n, i in enumerate(members):
        telling = tellings[i]
        if not telling.continues:
            continue
        if telling.refers_back and _join_naming_again(tellings, members, n, clusters):
            continue  # "Cette découverte ouvre la voie": what its noun named
        if telling.refers_to and _join_by_its_noun(tellings, members, n, clusters, actor_kinds):
            continue  # "Cette victoire fait de …": the nearest of the kind its noun names
        if telling.refers_back or telling.beside:
            continue
        if _joins_closing_statement(tellings, members, n, clusters):
            continue
        if _opens_on_another_happening(telling):
            continue  # "Par ailleurs, …", "Meanwhile, …": no more of what was told before
        before = by_sentence.get(telling.sentence - 1, [])
        # The one just before, else the one before it when this sentence names its actor again
        # (sentences going on in between do not count: "Jobs praised the phone. It is thin. It
        # has a new screen. Jobs also showed its camera" goes on with the praise).
        recent = _recent_tellings(tellings, by_sentence, telling.sentence, 2)
        # (further back than that, only a person named again: an article about a company names
        # it in most of its sentences)
        # (an actor only inferred for it is no actor named again: "Morel sold the plant" takes
        # in his company, yet "… with Acme employees" next is no more of the sale)
        shared = [
            j for j in recent
            if (common := (set(tellings[j].actors) - set(tellings[j].inferred)) & set(telling.actors))
            and (telling.sentence - tellings[j].sentence <= 2 or any(actor_kinds[x] == "person" for x in common))
            and not _new_person_acting(tellings[j], telling, common, actor_kinds)
            and not _only_a_setting_in_common(common, actor_kinds)
        ]
        # Words quoted right after a statement go on with it, whoever they name ("We wish Apple
        # every success"); with no name, so do other words after a statement, else after what
        # the sentence before told ("Acme launched a phone. It is the successor of …").
        quoting = telling.kind == "statement" or not telling.actors
        # (quoted words also go on after words quoted before them: a quotation runs over
        # several sentences)
        statements = [
            j for j in before
            if tellings[j].kind == "statement" and (not tellings[j].aside or telling.kind == "statement" and tellings[j].continues)
        ] if quoting else []
        if telling.kind == "statement" and not statements and not telling.actors and _joins_next_statement(tellings, by_sentence, i, clusters):
            continue
        if telling.kind == "statement" and statements:
            shared = []
        anyone = [j for j in before if not tellings[j].aside] if not telling.actors else []
        # (a sentence going on with a date of its own is no more of a telling dated otherwise)
        shared, statements, anyone = (
            [j for j in found if _dates_go_on(clusters, j, telling) and not _later_day_apart(tellings, clusters, j, telling)]
            for found in (shared, statements, anyone)
        )
        for j in (shared or statements or anyone)[-1:]:
            clusters.join(j, i, CONTINUES)
        if not (shared or statements or anyone):
            _join_told_again(tellings, members, n, clusters)


def _dates_go_on(clusters: Clusters, j: int, telling: Telling) -> bool:
    """Whether every date a sentence going on gives nests with the window of ``j``'s event:
    "The stock had tripled in 2004" goes on with no sale of 2007."""
    return all(_window_holds(clusters, j, when) for when in telling.own_dates)


def _new_person_acting(earlier: Telling, telling: Telling, common: set[int], actor_kinds) -> bool:
    """Whether a sentence going on names a person ``earlier`` does not, with no person in
    common: someone else speaking or acting, a happening of their own ("A suit was filed
    against Acme. Acme's vice-president Jane Doe indicated that a patch is available")."""
    if any(actor_kinds[x] == "person" for x in common):
        return False
    return any(actor_kinds[x] == "person" and x not in earlier.actors for x in telling.actors)


def _opens_on_another_happening(telling: Telling) -> bool:
    """Whether a sentence going on, not quoted words, opens on words turning to another
    happening ("Par ailleurs, la société ferme …", "Meanwhile, Globex sold …"): what follows
    is no more of the telling before (quoted words go on whatever they open on: a speaker
    turns to another point of one statement)."""
    if telling.kind == "statement":
        return False
    opening = fold(telling.headline.lstrip("-–— ")).lower().replace("’", "'")
    return opening.startswith(new_happening_openers())


def _only_a_setting_in_common(common: set[int], actor_kinds) -> bool:
    """Whether a sentence going on shares with a telling only countries and places: the
    setting of most sentences of an article about them ("GM warned its loss could rise in the
    US. Ford, the second American carmaker, beat forecasts"), no sign of one happening."""
    return all(actor_kinds[x] in ("country", "place") for x in common)


def _later_day_apart(tellings, clusters: Clusters, j: int, telling: Telling) -> bool:
    """Whether a sentence going on dates itself after its article's day, out of the window of
    ``j``'s event, an act done on its day: it tells a later step ("Il a fait demi-tour mardi.
    Il annonce son abandon le 11 novembre"). Not after a statement: what it dates is what was
    announced ("Acme said it will close the plant. The closure is due on 1 July")."""
    if not telling.later_dates or tellings[j].kind == "statement":
        return False
    return any(not _window_holds(clusters, j, when) for when in telling.later_dates)


def _joins_closing_statement(tellings, members: list[int], n: int, clusters: Clusters) -> bool:
    """Quoted words going on whose quotation closes on a statement naming its speaker ("« … »
    a indiqué X") are X's words: they join that statement, not the one told before them
    (another speaker's, or a document's: "…, indique une analyse. « Rien n'est sûr. »").
    Whether they joined it."""
    telling = tellings[members[n]]
    if telling.quoted_for < 0:
        return False
    for j in members[n + 1 :]:
        later = tellings[j]
        if later.sentence - telling.sentence > _REFER_BACK_SENTENCES:
            return False
        if later.clause_start == telling.quoted_for and later.kind == "statement" and not later.aside:
            return clusters.join(j, members[n], CONTINUES)
    return False


# Actors and words in common, at least one of each, that tell a sentence again: two actors
# with one word, or one actor with two words.
_RETOLD_EVIDENCE = 3


def _join_told_again(tellings, members: list[int], n: int, clusters: Clusters) -> None:
    """A sentence telling nothing the lexicon knows, that no sentence just before goes on
    with, joins the nearest earlier telling (up to ``_REFER_BACK_SENTENCES`` back) it tells
    again: two of its actors and one of its words, or one and two words ("Acme passed Globex as
    the top seller. … A memo showed Acme passed Globex in sales")."""
    telling = tellings[members[n]]
    if telling.another:  # "Le musée dévoile aussi …": one more thing
        return
    mine = said_words(telling)
    for j in _walk_back(tellings, members, _first_of_sentence(tellings, members, n), _REFER_BACK_SENTENCES):
        earlier = tellings[j]
        if earlier.aside:
            continue
        actors = len(set(earlier.actors) & set(telling.actors))
        said = len(mine & said_words(earlier))
        if actors and said and actors + said >= _RETOLD_EVIDENCE:
            clusters.join(j, members[n], TELLS_AGAIN)
            return


def _joins_next_statement(tellings, by_sentence: dict[int, list[int]], i: int, clusters: Clusters) -> bool:
    """A quote after no statement, naming no one, is the first words of the statement of the
    next sentence (the quote runs on: '"We will move the hub. It goes to the cloud," said
    Durand.'), when that sentence tells one; whether it joined it."""
    after = [j for j in by_sentence.get(tellings[i].sentence + 1, []) if tellings[j].kind == "statement" and not tellings[j].aside]
    return any(clusters.join(j, i, CONTINUES) for j in after[:1])


def _recent_tellings(tellings, by_sentence: dict[int, list[int]], sentence: int, count: int) -> list[int]:
    """The tellings of the ``count`` sentences before ``sentence`` that told something of their
    own, with those of the sentences going on between them, in text order."""
    found: list[int] = []
    for s in range(sentence - 1, max(-1, sentence - 1 - _REFER_BACK_SENTENCES), -1):
        here = by_sentence.get(s, [])
        found[:0] = here
        count -= any(not tellings[j].aside for j in here)
        if count <= 0:
            break
    return found


def _join_naming_again(tellings, members: list[int], n: int, clusters: Clusters) -> bool:
    """A sentence going on under a demonstrative and a noun ("Cette découverte ouvre la voie")
    joins the nearest earlier telling within ``_REFER_BACK_SENTENCES`` whose words hold that
    noun ("Le CERN a annoncé la découverte d'une particule"): the noun named it. None else (the
    sentence just before may tell something else: "This move" is not what was said there)."""
    telling = tellings[members[n]]
    noun = _shown_noun(telling.headline)
    if not noun:
        return False
    for j in _walk_back(tellings, members, _first_of_sentence(tellings, members, n), _REFER_BACK_SENTENCES):
        earlier = tellings[j]
        # (or a sentence that showed it so before: "Cette découverte fait … Cette découverte ouvre …")
        told = not earlier.aside or earlier.continues and earlier.refers_back
        if told and noun in said_words(earlier):
            clusters.join(j, members[n], NAMES_AGAIN)
            return True  # (found, whether or not an earlier rule had joined them already)
    return False


def _join_by_its_noun(tellings, members: list[int], n: int, clusters: Clusters, actor_kinds) -> bool:
    """A stretch saying more of a happening by a noun naming its kind (``refers_to``: "Cette
    victoire fait de Jane Doe …") joins the nearest earlier telling of that kind within
    ``_REFER_BACK_SENTENCES`` (a demonstrative) or ``_DEFINITE_SENTENCES`` (a definite opening
    its sentence), one naming a person or an organisation it names when it names any ("la
    victoire de Jane Doe" is not the vote told just before without her). Never across a
    telling dated otherwise, nor to one its own sentence dates otherwise: a new date tells a
    new step. An event noun in passing (undated) is no telling to join, and a definite
    naming only a statement joins one saying its word ("Jane Doe a déclaré … La déclaration …")."""
    telling = tellings[members[n]]
    kinds = set(telling.refers_to)
    reach = _REFER_BACK_SENTENCES if telling.refers_back else _DEFINITE_SENTENCES
    named = {a for a in telling.actors if actor_kinds[a] in _ACTING_KINDS}
    first = _first_of_sentence(tellings, members, n)
    # (one speaker says many things: a definite "The speech" naming only a statement is the one
    # saying its word; a demonstrative, "ces propos", shows the last one said, and "the report"
    # the one publishing it)
    noun = _shown_noun(telling.headline) if kinds == {"statement"} and not telling.refers_back and not _names_a_document(telling.headline) else ""
    own_dates = [tellings[j].when for j in members[first:n] if _gives_own_date(tellings[j])]
    if telling.when is not None:  # (a date written in the stretch itself)
        own_dates.append(telling.when)
    passed: list[When] = []  # the dates of the tellings passed over
    for j in _walk_back(tellings, members, first, reach):
        earlier = tellings[j]
        if _tells_one(earlier, kinds, noun) and (not named or named & set(earlier.actors)):
            if any(not _window_holds(clusters, j, when) for when in passed + own_dates):
                return False
            clusters.join(j, members[n], REFERS_BY_NOUN)
            return True  # (found, whether or not an earlier rule had joined them already)
        if _gives_own_date(earlier):
            passed.append(earlier.when)
    return False


def _tells_one(telling: Telling, kinds: set[str], noun: str) -> bool:
    """Whether ``telling`` tells a happening of one of ``kinds`` (saying ``noun``, if given)."""
    if telling.aside or telling.weak and telling.when is None or not kinds & {telling.kind, compared_kind(telling)}:
        return False
    return not noun or noun in said_words(telling)


def _names_a_document(headline: str) -> bool:
    """Whether the noun after the determiner opening ``headline`` is a document ("The report")."""
    words = headline.split(maxsplit=2)
    return len(words) > 1 and fold(words[1]).strip(".,;:'’\"") in report_nouns()


def _shown_noun(headline: str) -> str:
    """The stem of the noun a demonstrative opening ``headline`` shows ("Cette découverte …")."""
    words = headline.split(maxsplit=2)
    stems = content_words(words[1]) if len(words) > 1 else frozenset()
    return next(iter(stems), "")


def _compatible(a: When | None, b: When | None) -> bool:
    if a is None or b is None:
        return True
    return a.nests_with(b)


def _join_across_articles(tellings, clusters: Clusters, actor_kinds) -> None:
    """Tellings of different articles sharing a block (see ``block_keys``) are compared."""
    # (a block is its first telling until a second comes: most blocks hold one telling, nothing
    # to compare, and are spared a list of their own)
    blocks: dict[tuple, int | list[int]] = {}
    for i, telling in enumerate(tellings):
        for key in block_keys(telling):
            block = blocks.get(key)
            if block is None:
                blocks[key] = i
            elif type(block) is list:
                block.append(i)
            else:
                blocks[key] = [block, i]
    for key, block in blocks.items():
        if type(block) is list:
            join_block(tellings, block, key, clusters, actor_kinds)


def block_keys(telling: Telling) -> list[tuple]:
    """The blocks a dated telling is compared with other articles' in: ("actor", kind, actor,
    month) per actor and month its date spans (see ``_months``), and ("day", kind, day) for a telling of one day (where one of two names no
    actor: "the press conference" of one article, "a press conference held by Apple" of another).
    Only tellings of one kind can tell one happening: the kind keeps the blocks small."""
    if telling.refers_back or telling.aside:
        return []
    kind = compared_kind(telling)
    if telling.when is None:
        if telling.published is None or telling.weak or kind in _WORDS_NEEDED:
            return []
        reach = _RETOLD_DAYS if _retellable(telling) else _TOLD_WITHIN_DAYS
        return [("actor", kind, actor, month) for month in _months(_told_before(telling.published, reach)) for actor in telling.actors]
    one_day = telling.when.first == telling.when.last
    # (a telling of one day is also in the blocks of the organisations its people belong to)
    actors = telling.actors + telling.employers if one_day and telling.employers else telling.actors
    keys = [("actor", kind, actor, month) for month in _months(telling.when) for actor in actors]
    if kind != "other" and one_day:
        keys.append(("day", kind, telling.when.first))
    return keys


_SPAN_MONTHS = 12  # a date spanning up to a year is in the block of each of its months


def _months(when: When) -> list[tuple[int, int]]:
    """The months whose blocks a date is in: each month it spans ("2010" meets "2010-06-02"
    told by another article), or only its first when it spans more than a year (a decade
    would sit in too many blocks)."""
    first, last = when.first, when.last
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count > _SPAN_MONTHS:
        count = 1
    return [(first.year + (first.month - 1 + n) // 12, (first.month - 1 + n) % 12 + 1) for n in range(count)]


_TOLD_WITHIN_DAYS = 14  # an undated telling may be of a happening this many days before its article
# An undated telling saying it with a word of one act and naming the thing it was done to may
# retell, in passing, a happening of months before ("When Acme first introduced the Widget"
# in an August article, of a June unveiling): see ``_retold``.
_RETOLD_DAYS = 92


def _told_before(published: When, days: int = _TOLD_WITHIN_DAYS) -> When:
    """The days an undated telling's happening may fall on: its article's date and the ``days``
    before it."""
    first = published.first - dt.timedelta(days=days)
    return When(first, published.last, published.precision, published.label)


def _retellable(telling: Telling) -> bool:
    """An undated telling that may retell a happening of months before: said with a word of a
    family of one act (not "said", "announced") and naming a thing ("the Widget"), or with a
    word of an act done once ("died", "stepped down")."""
    if not telling.trigger or not _families(telling.trigger):
        return False
    return bool(telling.things) or bool(_families(telling.trigger) & _once_families())


def _retold(a: Telling, b: Telling, actor_kinds) -> bool:
    """An undated telling retelling, within ``_RETOLD_DAYS`` of its article, what another
    article's telling dates: the same act in words of one family, a thing named by both and no
    things named apart ("introduced the Widget" / "unveiled the Widget, a phone"; not
    "introduced the Gizmo"), or an act done once with the person it befell ("Jane Doe stepped
    down" / "Jane Doe resigned on 11 March"). Its actors are weighed as any undated telling's
    (``_same_happening``)."""
    if (a.when is None) == (b.when is None):
        return False
    undated, dated = (a, b) if a.when is None else (b, a)
    if undated.published is None or not _retellable(undated):
        return False
    if not undated.things & dated.things and not _once_to_one_person(a, b, actor_kinds):
        return False
    if not _said_alike(a, b) or _name_other_things(a, b):
        return False
    days = _told_before(undated.published, _RETOLD_DAYS)
    return dated.when.first <= days.last and days.first <= dated.when.last


def _once_to_one_person(a: Telling, b: Telling, actor_kinds) -> bool:
    """Said with words of one act done once, naming one person in common."""
    if not _families(a.trigger) & _families(b.trigger) & _once_families():
        return False
    return any(actor_kinds[x] == "person" for x in set(a.actors) & set(b.actors))


@cache
def _once_families() -> frozenset[str]:
    return frozenset(family.name for family in trigger_families() if family.once)


def _dates_agree(a: Telling, b: Telling) -> bool:
    """Dated tellings whose dates nest; an undated one (see ``Telling.published``) with a dated
    one whose date, up to its own article's day, falls in the days before the undated one's
    article ("this year" told in June does not reach an undated "unveiled" of October); never
    two undated ones (the article date says too little to pair two happenings by)."""
    if a.when is not None and b.when is not None:
        return a.when.nests_with(b.when)
    if a.when is None and b.when is None:
        return False
    undated, dated = (a, b) if a.when is None else (b, a)
    if undated.published is None:
        return False
    days = _told_before(undated.published)
    last = dated.when.last if dated.published is None else min(dated.when.last, dated.published.last)
    return dated.when.first <= days.last and days.first <= last


def join_block(tellings, block: Sequence[int], key: tuple, clusters: Clusters, actor_kinds, among=None) -> None:
    """Join the tellings of one block that tell one happening; a large block compares each
    telling with its next neighbours only. ``among``: only pairs of which both are in it."""
    if len(block) < 2:
        return
    by_actor = key[0] == "actor"
    # Of a statement's or an unknown kind's block, each telling's words and families of words,
    # read once: every rule needs two words in common or a family in common (``_worded``).
    worded = [_worded(tellings[i]) for i in block] if by_actor and key[1] in _WORDS_NEEDED else None
    for n, i in enumerate(block):
        if among is not None and i not in among:
            continue
        a = tellings[i]
        neighbours = range(n + 1, len(block) if len(block) <= BLOCK_LIMIT else min(len(block), n + 1 + BLOCK_LIMIT // 10))
        for m in neighbours:
            j = block[m]
            if among is None or j in among:
                b = tellings[j]
                if a.doc == b.doc or not _may_agree(by_actor, a, b):
                    continue  # (most pairs of a block: no rule would join them, found cheaply)
                if worded is not None and len(worded[n][0] & worded[m][0]) < _SAME_WORDS and not worded[n][1] & worded[m][1]:
                    continue
                rule = rule_across(key, a, b, actor_kinds)
                if rule is not None and (not _both_told_apart(clusters, i, j) or _strong(a, b, actor_kinds)):
                    clusters.join(i, j, rule)


def _worded(telling: Telling) -> tuple[frozenset[str], frozenset[str]]:
    """A telling's words (``said_words``) and the families of its trigger (none without one).
    Two statements or two tellings of unknown kind join across articles only saying two words
    alike (``_kinds_agree``) or with words of one family (``_same_word_same_date``)."""
    return said_words(telling), _families(telling.trigger) if telling.trigger else frozenset()


def _may_agree(by_actor: bool, a: Telling, b: Telling) -> bool:
    """False only when ``rule_across`` would find no rule for two tellings of a block, by the
    tests every one of its rules makes first: in an actor's block, dates that nest (two
    undated tellings never join; two dated ones, of two days of one month, mostly do not
    nest); in a day's block, one naming no actor. Tested before the rules themselves, which
    fold words and compare actors first."""
    if not by_actor:
        return not (a.actors and b.actors)
    if a.when is None or b.when is None:
        return a.when is not b.when  # (one undated: by its article's date)
    x, y = a.when, b.when
    return x.first <= y.first and y.last <= x.last or y.first <= x.first and x.last <= y.last


def _both_told_apart(clusters: Clusters, i: int, j: int) -> bool:
    """Whether the events of ``i`` and ``j`` are each told by several articles already: joining
    them would hide one well-attested event in another, so it takes ``_strong`` evidence."""
    return len(clusters.articles(i)) > 1 and len(clusters.articles(j)) > 1


def _strong(a: Telling, b: Telling, actor_kinds) -> bool:
    """The same kind, one day written by both and a person or an organisation in common."""
    if not _one_same_day(a, b) or not _kind_of_both(a, b):
        return False
    return any(actor_kinds[x] in _ACTING_KINDS for x in set(a.actors) & set(b.actors))


def tellings_agree(key: tuple, a: Telling, b: Telling, actor_kinds) -> bool:
    """Whether two tellings of block ``key`` tell one happening (tellings of one article never
    join across)."""
    return rule_across(key, a, b, actor_kinds) is not None


def rule_across(key: tuple, a: Telling, b: Telling, actor_kinds) -> str | None:
    """The rule by which two tellings of block ``key``, of two articles, tell one happening;
    None when they do not."""
    if a.doc == b.doc:
        return None
    if key[0] != "actor":
        if _same_words_same_day(a, b, actor_kinds):
            return SAME_HAPPENING
        return SAME_NAME if _same_name_same_day(a, b) else None
    if _same_happening(a, b, actor_kinds):
        if a.when is not None and b.when is not None:
            return SAME_HAPPENING
        return ARTICLE_DATED if _dates_agree(a, b) else RETOLD
    if _same_word_same_date(a, b, actor_kinds):
        return SAME_WORD
    if _same_words_one_day(a, b, actor_kinds):
        return SAME_WORDS_DAY
    return None


def _same_word_same_date(a: Telling, b: Telling, actor_kinds) -> bool:
    """Tellings of one kind that their own text dates alike (one day, or one month or year
    both write: "the 1991 agreement") and that say it with the same word ("settled" / "the
    settlement") join with a person or an organisation in common, an organisation alone being
    enough; with dates that only nest ("in 2003" / "on 28 April 2003"), when they also say
    another word alike ("launched the iTunes store") or name one thing ("the Widget"). Not when each names someone acting the
    other does not ("Acme sued Globex" / "Acme sued Initech" on one day are two lawsuits), nor
    when each names things the other does not ("Acme released the Widget in 2001" / "Acme
    released the Gizmo in 2001"). Statements only when said with words of one occasion ("a
    press conference" / "la conférence de presse"), not with "said": one says many things."""
    if a.when is None or b.when is None or not a.trigger or not b.trigger:
        return False  # (the cheap tests first: most pairs of a block fail them)
    kind = _kind_of_both(a, b)
    if not kind or not _said_alike(a, b):
        return False
    if kind in _WORDS_NEEDED and not _families(a.trigger) & _families(b.trigger):
        return False
    if not (_same_days(a.when, b.when) or _nesting_days(a.when, b.when) and _say_more_alike(a, b)):
        return False
    return _parties_agree(a, b, actor_kinds)


def _parties_agree(a: Telling, b: Telling, actor_kinds) -> bool:
    """A person or an organisation in common (``_acting_in_common``), and neither another party
    each ("Acme sued Globex" / "Acme sued Initech") nor other things each ("the Widget" / "the
    Gizmo"): enough, for tellings already told alike, to be one happening."""
    shared = _acting_in_common(a, b, actor_kinds)
    return bool(shared) and not _name_others(a, b, shared, actor_kinds, _PARTY_KINDS) and not _name_other_things(a, b)


def _acting_in_common(a: Telling, b: Telling, actor_kinds) -> set[int]:
    """The people and organisations two tellings both name; on one same day, also the
    organisation one names that the other's one actor belongs to (``_through_its_person``)."""
    shared = {x for x in set(a.actors) & set(b.actors) if actor_kinds[x] in _ACTING_KINDS}
    if _one_same_day(a, b):
        shared |= _through_its_person(a, b, actor_kinds) | _through_its_person(b, a, actor_kinds)
    return shared


def _through_its_person(a: Telling, b: Telling, actor_kinds) -> set[int]:
    """The organisations ``b`` names that ``a``'s one person or organisation, a person, belongs
    to by ``a``'s article: "Jane Doe introduced the Widget" (of an article writing "Acme chief
    Jane Doe") / "Acme unveiled the Widget", not "Jane Doe signed with John Roe": two acting
    are no company acting through its chief."""
    acting = [x for x in a.actors if actor_kinds[x] in _ACTING_KINDS]
    return set(a.employers) & set(b.actors) if len(acting) == 1 else set()


def _say_more_alike(a: Telling, b: Telling) -> bool:
    """Another word alike beside the act's: a content word ("launched the iTunes store") or the
    thing it was done to ("unveiled the Widget on 9 March" / "introduced the Widget in March")."""
    return _say_the_same(a, b) or bool(a.things & b.things)


_MANY_SAME_WORDS = 3  # content words two tellings of one day and one organisation must share


def _same_words_one_day(a: Telling, b: Telling, actor_kinds) -> bool:
    """Tellings of one kind that their own text dates to one same day, with a person or an
    organisation in common, saying ``_MANY_SAME_WORDS`` content words alike ("Acme placed twelve
    districts on alert" / "twelve districts were placed on alert by Acme"): an organisation does
    many things a day, but seldom two told in three same words. Not when each names another
    party or another thing."""
    if not _one_same_day(a, b) or not _kinds_agree(a, b) or _shared_words(a, b) < _MANY_SAME_WORDS:
        return False
    return _parties_agree(a, b, actor_kinds)


_SAME_DATE_DAYS = 366  # a date both write alike, up to a year: a decade is too wide to pair by


def _nesting_days(a: When, b: When) -> bool:
    """Dates of a year at most, one holding the other."""
    return a.nests_with(b) and max(a.span_days, b.span_days) <= _SAME_DATE_DAYS


def _one_same_day(a: Telling, b: Telling) -> bool:
    """Whether both tellings' own text dates them to one same day."""
    return a.when is not None and b.when is not None and a.when.first == a.when.last and _same_days(a.when, b.when)


def _same_days(a: When, b: When) -> bool:
    """The same days ("2019" and "2019", "10 March" and "10 March at 9:00"), a year at most."""
    return a.first == b.first and a.last == b.last and a.span_days <= _SAME_DATE_DAYS


_ACTING_KINDS = frozenset({"person", "organisation"})


# Who a happening is between, for the rules joining on one organisation in common: "Acme signed
# with Germany" / "Acme signed with China" the same year are two agreements.
_PARTY_KINDS = frozenset({"person", "organisation", "country"})


def _name_others(a: Telling, b: Telling, shared: set[int], actor_kinds, kinds=_ACTING_KINDS) -> bool:
    """Whether each of two tellings names an actor of ``kinds`` (a person or an organisation)
    the other does not."""
    return all(any(x not in shared and actor_kinds[x] in kinds for x in t.actors) for t in (a, b))


def _name_other_things(a: Telling, b: Telling) -> bool:
    """Whether each of two tellings names things that are no actor's and none in common ("the
    Widget" / "the Gizmo")."""
    return bool(a.things) and bool(b.things) and not a.things & b.things


@lru_cache(maxsize=1 << 12)
def _names(headline: str) -> frozenset[str]:
    """The capitalised words of a headline after its first word, folded."""
    words = _HEADLINE_WORD.findall(headline)[1:]
    return frozenset(fold(word) for word in words if word[0].isupper() or word[1:2].isupper())


_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _same_words_same_day(a: Telling, b: Telling, actor_kinds) -> bool:
    """Tellings of one kind and one day, one naming no actor, saying the same content words."""
    if a.actors and b.actors:
        return False  # they had their chance by actor
    return _say_the_same(a, b)


def _same_name_same_day(a: Telling, b: Telling) -> bool:
    """Tellings of one kind and one day, one naming no actor, where one says it with a name
    ("le Forum s'est ouvert", "the Summit opened") the other writes too ("le premier Forum
    mondial de …"): a happening named alike by two articles on its very day."""
    if a.actors and b.actors:
        return False
    return _names_the_other(a, b) or _names_the_other(b, a)


def _names_the_other(a: Telling, b: Telling) -> bool:
    """Whether ``a`` says it with a name that ``b``'s headline writes capitalised."""
    return a.named and any(trigger_key(name) == a.trigger for name in _names(b.headline))


def _same_happening(a: Telling, b: Telling, actor_kinds) -> bool:
    """Tellings of two articles: the same kind (or one of unknown kind saying the same words),
    compatible dates, and a person in common, or two actors of which one acts (a person or an
    organisation); one organisation alone is too little (a story about one company tells many
    of its happenings in the same month); not one in common and another apiece ("Obama met
    Putin" / "Obama met Merkel"). A telling dated by its article only (see ``_dates_agree``)
    needs two actors in common, or a person told alike ("Jane Martin died on Monday" / "Jane
    Martin died after a long illness")."""
    if not _kinds_agree(a, b) or not (_dates_agree(a, b) or _retold(a, b, actor_kinds)):
        return False
    shared = set(a.actors) & set(b.actors)
    if len(shared) == 1 and _name_others(a, b, shared, actor_kinds):
        return False  # "Obama met Putin" / "Obama met Merkel": one in common, another apiece
    kinds = [actor_kinds[x] for x in shared]
    if a.when is None or b.when is None:  # an article's date is weak evidence: two who act in common
        acting = "person" in kinds or "organisation" in kinds
        return len(shared) >= 2 and acting or "person" in kinds and _told_alike(a, b)
    if not ("person" in kinds or len(shared) >= 2 and "organisation" in kinds):
        return False
    return not _wide_holds_narrow(a.when, b.when) or _told_alike(a, b)


_WIDE_DAYS = 31  # a date wider than a month holding a narrower one says little


def _wide_holds_narrow(a: When, b: When) -> bool:
    """Whether one date is wider than a month and holds the other, narrower one ("in 2010" and
    "on 7 June 2010"): every happening of its actors that year would agree with it."""
    wide = max(a.span_days, b.span_days)
    return wide > _WIDE_DAYS and not _same_days(a, b)


def _told_alike(a: Telling, b: Telling) -> bool:
    """The same word for it or the same words about it, and no things named apart ("Jobs
    introduced the phone in 2007" / "Jobs introduced the TV box on 9 January 2007")."""
    return (_said_alike(a, b) or _say_the_same(a, b)) and not _name_other_things(a, b)


def _said_alike(a: Telling, b: Telling) -> bool:
    """The same word for it ("settled" / "the settlement"), or words of one act
    (data/same_happening.yaml: "unveiled" / "introduced", "resigned" / "stepped down")."""
    if not a.trigger or not b.trigger:
        return False
    return a.trigger == b.trigger or bool(_families(a.trigger) & _families(b.trigger))


@lru_cache(maxsize=1 << 12)
def _families(trigger: str) -> frozenset[str]:
    """The families of one act whose words a trigger (as ``trigger_key`` folds it) holds: a
    word of the family, or its words in a row ("filed a lawsuit" holds "lawsuit")."""
    padded = f" {trigger} "
    return frozenset(name for name, key in _family_keys() if f" {key} " in padded)


@cache
def _family_keys() -> tuple[tuple[str, str], ...]:
    return tuple((family.name, trigger_key(word)) for family in trigger_families() for word in family.words)


@lru_cache(maxsize=1 << 12)
def _family_kind(trigger: str) -> str:
    """The kind the families of a trigger compare their statements as; "" when none says one."""
    kinds = {family.kind for family in trigger_families() if family.kind and family.name in _families(trigger)}
    return kinds.pop() if len(kinds) == 1 else ""


def compared_kind(telling: Telling) -> str:
    """The kind a telling is compared by across articles: its own, but a statement said with a
    word of an act whose family gives a kind is of that kind ("Acme unveils the Widget" read as
    a statement in a title is the launch "Acme unveiled the Widget" of another article)."""
    if telling.kind != "statement" or not telling.trigger:
        return telling.kind
    return _family_kind(telling.trigger) or telling.kind


_SAME_WORDS = 2  # content words two tellings of unknown kind must share to tell one happening


# Kinds whose tellings must also say the same words to tell one happening: "other" (the lexicon
# could not tell what happened) and statements (one person says many things on one day).
_WORDS_NEEDED = frozenset({"other", "statement"})


def _kinds_agree(a: Telling, b: Telling) -> bool:
    """The same kind; two of the kind the lexicon could not tell ("other") or two statements only
    when they say the same words ("a dû faire demi-tour" told by two articles)."""
    kind = _kind_of_both(a, b)
    return bool(kind) and (kind not in _WORDS_NEEDED or _say_the_same(a, b))


def _kind_of_both(a: Telling, b: Telling) -> str:
    """The kind two tellings are both compared as (``compared_kind``); "" when they differ."""
    if a.kind == b.kind != "statement":  # (most pairs: only a statement's kind may be its act's)
        return a.kind
    kind = compared_kind(a)
    return kind if kind == compared_kind(b) else ""


def _say_the_same(a: Telling, b: Telling) -> bool:
    """Whether two tellings share ``_SAME_WORDS`` content words: of their clause when kept, else
    of their headline."""
    return _shared_words(a, b) >= _SAME_WORDS


def _shared_words(a: Telling, b: Telling) -> int:
    """How many content words two tellings share: of their clause when kept, else of their headline."""
    return len(said_words(a) & said_words(b))


def said_words(telling: Telling) -> frozenset[str]:
    """The content words a telling says: of its clause when kept, else of its headline."""
    if telling.words:
        return telling.words
    said = _said.by_headline
    if said is None:
        return content_words(telling.headline)
    found = said.get(telling.headline)
    if found is None:
        found = said[telling.headline] = content_words.__wrapped__(telling.headline)
    return found


class _SaidWords(threading.local):
    """The words of each headline said, while one merge runs (``remembered``): across articles a
    telling is compared with many others, and the corpus holds far more headlines than
    ``content_words`` keeps (a cache for the whole process, bounded)."""

    by_headline: dict[str, frozenset[str]] | None = None

    @contextmanager
    def remembered(self) -> Iterator[None]:
        if self.by_headline is not None:  # (a merge within a merge: the outer one's)
            yield
            return
        self.by_headline = {}
        try:
            yield
        finally:
            self.by_headline = None


_said = _SaidWords()


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_TRIGGER_WORD = re.compile(r"[^\W\d_]+")
_TRIGGER_STEM = 5  # letters: "settled" and "settlement", "announced" and "announcement" meet


@lru_cache(maxsize=1 << 12)
def trigger_key(text: str) -> str:
    """The words saying what happened as two tellings are compared by: folded, lower case,
    each cut to ``_TRIGGER_STEM`` letters."""
    return sys.intern(" ".join(fold(word)[:_TRIGGER_STEM] for word in _TRIGGER_WORD.findall(text)))


@lru_cache(maxsize=1 << 14)
def content_words(text: str) -> frozenset[str]:
    """What a headline or a clause says happened, as word stems: its lower-case words of four
    letters or more (names left out), folded and cut to five letters, less the common ones."""
    common = common_words()
    return frozenset(
        sys.intern(stem) for word in _CONTENT_WORD.findall(text) if not word[0].isupper() and (stem := fold(word)[:5]) not in common
    )


def events_of(tellings: Sequence[Telling], clusters: Clusters, article_dates) -> Iterator[MergedEvent]:
    """The events, one at a time (a caller making them into something else never holds them
    all: ~100k objects at 10k articles)."""
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(tellings)):
        groups[clusters.find(i)].append(i)
    sentence_dates, dated_from = _sentence_dates(tellings, groups)
    own_dates = _own_sentence_dates(tellings)
    for members in groups.values():
        if len(members) == 1:  # most events: one telling, dated by itself or alone aside
            telling = tellings[members[0]]
            if telling.aside:
                continue
            if telling.when is not None:
                yield _single(telling, members[0])
                continue
        # An event noun in passing takes only a date its sentence writes ("a accepté mardi une
        # proposition pour un cessez-le-feu"), not one its neighbours found by joining.
        told = [i for i in members if not tellings[i].aside]
        if not told:
            continue  # a title or a sentence going on that joined nothing
        dates = own_dates if all(tellings[i].weak for i in told) else sentence_dates
        if all(tellings[i].kind == "statement" for i in told):
            dates = _said_before(tellings, told, dates, dated_from)
        event = _event(tellings, members, clusters, dates, article_dates)
        if event.dated_by_article and all(tellings[i].weak for i in told):
            continue  # an event noun in passing ("la baisse de la confrontation"): no event
        yield event


def _own_sentence_dates(tellings) -> dict[tuple[int, int], When | None]:
    """The one date a sentence's own date phrases give its happenings (None when several)."""
    dates: dict[tuple[int, int], When | None] = {}
    for telling in tellings:
        if telling.when is not None and not telling.weak and not telling.aside:
            _note_date(dates, (telling.doc, telling.start), telling.when)
    return dates


def _note_date(dates: dict, key: tuple[int, int], when: When) -> None:
    # One date per sentence, or None once it has two (a dict of sets would take ~40 MB at 10k
    # articles for the few sentences that have two).
    if key not in dates:
        dates[key] = when
    elif dates[key] != when:
        dates[key] = None


def _sentence_dates(tellings, groups) -> tuple[dict[tuple[int, int], When | None], dict[tuple[int, int], int]]:
    """The one date a sentence gives its happenings (None when it gives several): the date of
    the events told in it, a date phrase of its own or, for events, one found by joining
    ("Lors de ces entretiens, Washington a annoncé …" takes the talks' date); and where the
    first clause giving it starts."""
    dates: dict[tuple[int, int], When | None] = {}
    dated_from: dict[tuple[int, int], int] = {}
    for members in groups.values():
        when = _finest([tellings[i].when for i in members if not tellings[i].aside])
        if when is not None:
            for i in members:
                if not tellings[i].weak and not tellings[i].aside:
                    key = (tellings[i].doc, tellings[i].start)
                    _note_date(dates, key, when)
                    dated_from[key] = min(dated_from.get(key, tellings[i].clause_start), tellings[i].clause_start)
    return dates, dated_from


def _said_before(tellings, told: list[int], dates: dict, dated_from: dict) -> dict:
    """The sentence dates a statement may take: those of clauses before it ("Lors de ces
    entretiens, Washington a annoncé"), not of what it says ("Apple Corps claims that … an
    agreement reached in 1991" was not claimed in 1991)."""
    keys = {(tellings[i].doc, tellings[i].start): tellings[i].clause_start for i in told}
    return {key: dates.get(key) for key, said_at in keys.items() if dated_from.get(key, said_at) < said_at}


def _single(telling: Telling, index: int) -> MergedEvent:
    places = tuple(p for p in telling.places if p not in telling.actors)
    return MergedEvent(
        (index,), (FIRST,), telling.when, False, telling.reported, telling.kind,
        (*telling.actors, *places), telling.headline, len(telling.actors),
    )


def _alone(telling: Telling, index: int, sentence_dates, article_dates) -> MergedEvent:
    """The event of one telling: its own date, else its sentence's, else the day it was
    reported on, else its article's (as ``_event`` dates a group)."""
    if telling.when is not None:
        return _single(telling, index)
    when, dated_by_article = sentence_dates.get((telling.doc, telling.start)) or telling.reported, False
    if when is None:
        when, dated_by_article = article_dates[telling.doc], True
    places = tuple(p for p in dict.fromkeys(telling.places) if p not in telling.actors)
    actors = tuple(dict.fromkeys(telling.actors))
    return MergedEvent(
        (index,), (FIRST,), when, dated_by_article, telling.reported, telling.kind if telling.kind != "other" else "other",
        (*actors, *places), telling.headline, len(actors),
    )


def _finest(whens) -> When | None:
    dated = [w for w in whens if w is not None]
    if not dated:
        return None
    return min(dated, key=lambda w: (w.span_days, w.uncertain, w.first))


def _event(tellings, members: list[int], clusters: Clusters, sentence_dates, article_dates) -> MergedEvent:
    if len(members) == 1:  # most events: one telling
        return _alone(tellings[members[0]], members[0], sentence_dates, article_dates)
    told = [i for i in members if not tellings[i].aside]
    when = _finest([tellings[i].when for i in told])
    dated_by_article = False
    if when is None:
        when = next((sentence_dates.get((tellings[i].doc, tellings[i].start)) for i in told if sentence_dates.get((tellings[i].doc, tellings[i].start))), None)
    reported = min((tellings[i].reported for i in told if tellings[i].reported), key=lambda w: w.first, default=None)
    if when is None and reported is not None:
        when = reported  # told only as reported on that day: shown as "reported on …"
    if when is None:
        when, dated_by_article = article_dates[tellings[told[0]].doc], True
    primary = next((i for i in told if tellings[i].when == when), None)
    if primary is None:
        primary = next((i for i in told if not tellings[i].refers_back), told[0])
    ordered = [primary, *(i for i in members if i != primary)]
    kinds = Counter(tellings[i].kind for i in told if tellings[i].kind != "other")
    actors = dict.fromkeys(a for i in ordered if not tellings[i].aside for a in tellings[i].actors)
    places = [p for p in dict.fromkeys(p for i in ordered if not tellings[i].aside for p in tellings[i].places) if p not in actors]
    headline_from = next((i for i in ordered if not tellings[i].refers_back and not tellings[i].aside), primary)
    return MergedEvent(
        tuple(ordered),
        tuple(FIRST if i == primary else clusters.rule[i] for i in ordered),
        when,
        dated_by_article,
        reported,
        kinds.most_common(1)[0][0] if kinds else "other",
        (*actors, *places),
        tellings[headline_from].headline,
        len(actors),
    )
