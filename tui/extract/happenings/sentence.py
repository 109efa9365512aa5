"""One sentence's happenings: its predicates read, cut into clauses, dated, asserted or not,
given their kind, scope and headline; or, with no predicate the lexicon knows, one happening
per date of a sentence told as done."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence
from itertools import compress, repeat
from operator import attrgetter, contains

from tui.extract.happenings.assertion import (
    _english_past, _french_generic_present, _mark_unasserted, _own_words_opinion, _tells_a_state, _told_as_done,
)
from tui.extract.happenings.clauses import (
    _CLAUSE_REACH, _SECOND_WORDS, _clause_around, _clause_end, _cut_clauses, _narrow_clauses, _open_first_noun_clause, _second_objects,
    _second_products, _share_auxiliaries, _share_subjects,
)
from tui.extract.happenings.dates import _attach_dates, _bounds_state, _distinct_dates, _goal_before
from tui.extract.happenings.happening import Happening
from tui.extract.happenings.headlines import (
    _QUOTE_MARK, _attribution_headline, _date_tokens, _headline, _names_what_was_said, _object_end, _quote_headline,
    _opening_participle_headline, _second_headline, _shared_subject_headline, _shorten, _span_text, _undated_tokens, _without_orphan_opener,
)
from tui.extract.happenings.kinds import (
    _JUDICIAL_KINDS, _before_judges, _held_by_phone, _kind_in_context, _launches_product, _named_event_kind,
    _out_of_sense_tells_nothing, _own_act_announced, _own_act_kind, _quotes_an_order, _reads_what_follows, _shows_a_model,
    _told_as_manner,
)
from tui.extract.happenings.participants import (
    _Told, _attributed, _by_reporter, _circumstance_start, _generic_speaker, _names_speaker, _scope, _speaker_statement,
    _speakers_after_semicolon,
)
from tui.extract.happenings.plans import _plans_named_announced, _without_announced_plans
from tui.extract.happenings.predicates import (
    _PREDICATE_ROLES, _Neighbours, _after_topic_marker, _describes_noun, _in_opening_title, _is_event, _names_a_thing,
    _object_of_verb, _opening_title_end, _predicates, _qualifies_noun, _subject_of_verb, _tells_terms, _undated_participial,
    _without_quoted_guesses, _without_support_verbs,
)
from tui.extract.happenings.tokens import _CLAUSE_PUNCTUATION, _Spans, _Token, _inside, _roles
from tui.extract.happenings.words import phrase_list, word_set
from tui.extract.lexicon import Lexicon, function_words
from tui.extract.model import Mention, Sentence, Timex
from tui.extract.timex import date_extent


def _sentence_happenings(
    text: str,
    sentence: Sentence,
    tokens: list[_Token],
    timex_ids: list[int],
    timexes: Sequence[Timex],
    mentions: list[Mention],
    lex: Lexicon,
    lang: str,
    article_last: dt.date | None = None,
    title: bool = False,
) -> list[Happening]:
    if not tokens:
        return []
    words = [t.word for t in tokens]
    if _opens_on_a_recurrence(words):
        return []  # "Chaque année, les habitants ont fêté …": a habit
    roles = _roles(words, lex)
    if lang == "fr":
        _read_recent_past_infinitives(words, tokens, roles, lex)
    if (title_end := _opening_title_end(tokens)) > 0:
        # (a date in a work's title is the title's: "Intitulé … depuis mars 2011, ce rapport")
        timex_ids = [i for i in timex_ids if timexes[i].start >= tokens[title_end].start]
    date_spans = _Spans(date_extent(timexes, i) for i in timex_ids)
    predicates = _predicates(tokens, words, roles, mentions, lang)
    predicates = _without_quoted_guesses(predicates, text, sentence.start, sentence.end, tokens)
    if lang == "fr":
        _share_auxiliaries(predicates, tokens, roles, lang)
    # A word of a date is no predicate: "on March 3" tells no march; nor is the topic of a verb:
    # "a appelé son homologue pour évoquer les sanctions" tells no sanction.
    around = _Neighbours(predicates)
    predicates = [
        p for p in predicates
        if not _object_of_verb(p, around) and not _describes_noun(p, around) and not _subject_of_verb(p, around)
        and not _qualifies_noun(p, predicates, tokens, lang) and not _names_a_thing(p, predicates, tokens)
        and not _inside(tokens[p.head], date_spans) and not (p.noun and _after_topic_marker(tokens, p.head))
        and not _in_opening_title(p, tokens)
    ]
    predicates = _without_support_verbs(predicates, roles)
    predicates = [p for p in predicates if not _undated_participial(p, tokens, date_spans)]
    if predicates and all(p.reporting and not p.kind and not _attributed(p, tokens, mentions) for p in predicates):
        predicates = []  # "According to Reuters, the plant closed on Monday": what the source tells
    if not predicates:
        if "?" in words:
            return []  # "Why did the firm close its plant in 2010?": asked, not told
        # A date after the article is a plan, unless an auxiliary says it was done ("a parlé").
        told_as_done = any("auxiliaries" in role for role in roles)
        past = [i for i in timex_ids if article_last is None or told_as_done or timexes[i].when.first <= article_last]
        if lang == "en" and not _english_past(tokens):
            return []  # "The Mac's share is up 82% this year": a state, not a happening
        return _undetected(text, sentence, tokens, past, timexes, mentions, lang, roles)
    if not title:
        for p in predicates:
            if p.present and not p.reporting and p.kind != "statement":
                p.realis = False  # "which sells music", "is priced at": a state, not news
            elif lang == "fr" and p.timex < 0 and _french_generic_present(p, tokens, mentions):
                p.realis = False  # "une telle stratégie exige des moyens": a truth, not news
    # "an agreement reached in 1991, which barred X from": its terms, in its clause
    predicates = [p for n, p in enumerate(predicates) if n == 0 or not _tells_terms(p, predicates[n - 1], tokens)]
    predicates = [p for n, p in enumerate(predicates) if n == 0 or not _says_content(p, predicates[n - 1], tokens)]
    _cut_clauses(predicates, tokens, roles, date_spans)
    _open_first_noun_clause(predicates, tokens, roles, lang)
    _mark_unasserted(predicates, tokens, words, lang)
    orphans = _attach_dates(predicates, tokens, timex_ids, timexes, roles)
    if article_last is not None:
        for p in predicates:
            if p.timex >= 0 and p.past and timexes[p.timex].when.first > article_last and _goal_before(p, timexes[p.timex], tokens, lang):
                p.timex = -1  # "a réitéré l'engagement de revenir à l'équilibre en 2017": the goal's date
            if p.timex >= 0 and not p.past and timexes[p.timex].when.first > article_last:
                # Dated after its article and not told in a past tense: planned, not happened
                # ("la fermeture de l'usine en 2015"; "a fermé le 21" is still told as done).
                p.realis = False
    _narrow_clauses(predicates, tokens, roles, lang, words)
    _share_subjects(predicates, tokens)
    if not _SECOND_WORDS.isdisjoint(words):
        predicates = _second_objects(predicates, tokens)
    if "and" in words or "et" in words:
        predicates = _second_products(predicates, tokens)
    told = _tell(text, sentence, tokens, predicates, roles, timexes, mentions, lang, timex_ids, title)
    if orphans:
        told = sorted([*told, *_cut_off_clauses(text, sentence, tokens, orphans, timexes, lang)], key=lambda h: h.trigger_start)
    return told


_RECURRING_OPENERS = phrase_list("recurring_openers")
_RECURRING_FIRSTS = frozenset(phrase[0] for phrase in _RECURRING_OPENERS)  # (most sentences open on none: one look)


def _opens_on_a_recurrence(words: list[str]) -> bool:
    """Whether the sentence opens on a time that comes back ("Chaque année, …", "Every spring,
    …"): what it tells is a habit, in whatever tense ("ont fêté", "held")."""
    start = next((k for k, word in enumerate(words) if word.isalnum()), 0)  # (after a dash: "- Chaque année")
    if words[start] not in _RECURRING_FIRSTS:
        return False
    return any(tuple(words[start : start + len(phrase)]) == phrase for phrase in _RECURRING_OPENERS)


# Infinitive endings and those of their past participles ("signer" → "signé", "réagir" → "réagi",
# "vendre" → "vendu"), folded as the lexicon's words are ("signé" is "signe").
_PARTICIPLE_OF_INFINITIVE = (("er", "e"), ("ir", "i"), ("dre", "du"))


def _read_recent_past_infinitives(words: list[str], tokens: list[_Token], roles: list[dict], lex: Lexicon) -> None:
    """"vient de signer", "venait d'ouvrir": the infinitive after "venir de" tells what was just
    done. The lexicon lists most verbs by their participle ("signé"), so such an infinitive it
    does not know takes the roles of its participle (the auxiliary is read in ``_before_verb``)."""
    recent = function_words().recent_past
    for k in range(2, len(words)):
        if words[k - 1] not in ("de", "d") or words[k - 2] not in recent or _PREDICATE_ROLES & roles[k].keys():
            continue
        ending = next(((end, part) for end, part in _PARTICIPLE_OF_INFINITIVE if words[k].endswith(end)), None)
        if ending is None:
            continue
        participle = words[k][: -len(ending[0])] + ending[1]
        role = lex.roles([participle])[0]
        if _PREDICATE_ROLES & role.keys():
            roles[k] = role
            tokens[k].acute = ending[0] == "er"  # (read as the "-é" participle it stands for)


_CUT_OFF_KEPT = 8  # a sentence tells a few such clauses: more dates are a list, not clauses


def _cut_off_clauses(text, sentence, tokens, orphans: list[int], timexes, lang) -> list[Happening]:
    """The happenings of the clauses a date was cut off in ("The firm was set up in 1982, and
    launched ..."): from the sentence's start to the comma before "and", if told in a past
    tense (a verb the lexicon does not know: kind "other")."""
    found = []
    starts = [t.start for t in tokens]
    marks = [k for k, t in enumerate(tokens) if t.word in _CLAUSE_PUNCTUATION]
    commas = [k for k in marks if tokens[k].word == ","]
    for timex_id in orphans[:_CUT_OFF_KEPT]:
        span = date_extent(timexes, timex_id, text, lang)
        after = bisect_left(commas, bisect_left(starts, span[1]))
        if after == len(commas):
            continue
        comma = commas[after]
        # (its verb stands between the punctuation before the date and the comma after it)
        before = bisect_left(marks, bisect_left(starts, span[0])) - 1
        opening = marks[before] + 1 if before >= 0 else 0
        if not _told_as_done(tokens[opening:comma], lang):
            continue
        date_words = _date_tokens(text, tokens, [span])
        words = [k for k in range(max(0, opening - _CLAUSE_REACH), comma) if k not in date_words]
        lo, hi = tokens[words[0]].start if words else sentence.start, tokens[comma].start
        found.append(Happening(sentence.start, sentence.end, lo, hi, timexes[timex_id].start, timexes[timex_id].end, "other", timex_id, -1,
                               ((lo, hi),), _shorten(_span_text(text, tokens, words))))
    return found


def _tell(text, sentence, tokens, predicates, roles, timexes, mentions, lang, timex_ids=(), title=False) -> list[Happening]:
    dated = [date_extent(timexes, q.timex, text, lang) for q in predicates if q.timex >= 0]
    # (every date phrase of the sentence, left out of its headlines: "les 16 et 17 juin" is two
    # dates, one of them no predicate's)
    written = [date_extent(timexes, i, text, lang) for i in timex_ids]
    # "a annoncé mardi sa démission": what follows a verb of announcing or a word of two senses,
    # its date left out (made only when the sentence holds one: this runs for every predicate)
    undated: list[int] = []
    if any(_reads_what_follows(tokens[p.head].word) for p in predicates):
        undated = _undated_tokens(text, tokens, dated)
    for p in predicates:
        if _launches_product(p, tokens) or _shows_a_model(p, text, tokens, mentions):
            p.kind, p.reporting, p.launch = "economy", False, True  # a launch told, not something said
            # (in the simple present outside a title, what a product has: "the update adds 250
            # new features", like "which sells music")
            p.realis = p.realis and (title or not p.present)
        elif (act := _own_act_announced(p, tokens, undated)) >= 0 and (own := _own_act_kind(roles, tokens, act)):
            p.kind, p.reporting = own, False
        elif _told_as_manner(p, tokens):
            p.kind = ""  # "revu à la baisse": how, not what happened
        elif p.kind == "meeting" and _held_by_phone(p, tokens):
            p.kind = "call"  # "s'est entretenu par téléphone avec": a call
    predicates = _without_announced_plans(predicates, tokens, timexes)
    predicates = _plans_named_announced(predicates, tokens)
    # A dated participle tells its own happening, like a dated event noun: "les baisses annoncées
    # en mai par le gouvernement" is May's announcement, not the date the sentence was reported.
    reports = [p for p in predicates if p.reporting and p.kind in ("statement", "") and not (p.participle and p.timex >= 0)]
    # (by identity: comparing predicates field by field makes a long sentence's scan quadratic)
    report_ids = {id(p) for p in reports}
    events = [p for p in predicates if id(p) not in report_ids and _is_event(p) and not _generic_speaker(p, tokens, mentions, roles) and not _own_words_opinion(p, tokens, lang)]
    if not reports:
        # With no one reporting it, an undated pluperfect in a relative clause describes its
        # noun ("une piste qui avait été évoquée"): earlier background; in a main clause it
        # tells an earlier happening ("il avait été hospitalisé"), undated like any other.
        events = [p for p in events if not (p.timex < 0 and p.pluperfect and not p.refers_back and _in_relative_clause(p, tokens))]
    # ("the primary cause", "named after his father": a word out of its sense telling nothing)
    events = [p for p in events if not _out_of_sense_tells_nothing(p, tokens, undated, mentions)]
    for p in events:
        p.kind = _kind_in_context(p, roles, tokens, undated, mentions)
    reported = next((p.timex for p in reports if p.timex >= 0), -1)
    # (attributions, "selon X", "d'après X", have no kind of their own: told as X's statement,
    # their headline is X's words)
    attributions = {p.head for p in reports if not p.kind}
    if not events:
        speaker = _speaker_statement(reports, tokens, roles, mentions)
        # (with the second things it told: "announced X, and that Y", and what another speaker
        # said after a semicolon: "Selon X, « … » ; Y a ajouté : « … »")
        events = [speaker, *(q for q in reports if q.second >= 0 and q.head == speaker.head)] if speaker is not None else []
        events += [q for q in _speakers_after_semicolon(speaker, reports, tokens, roles, mentions) if q not in events]
        reported = -1
    else:
        # Someone named saying it made a statement of its own, beside what they told (a news
        # agency reporting it did not): "Apple said that it had sold …", "selon Michel Spiro, …".
        speakers = [p for p in reports if p.realis and not _by_reporter(p, tokens, roles) and _names_speaker(p, tokens, mentions)]
        for p in speakers:
            p.kind = p.kind or "statement"
        events = sorted([*events, *speakers], key=_HEAD)
    for p in events:
        if p.kind in _JUDICIAL_KINDS and _before_judges(p, tokens):
            p.kind = "legal"  # "a judge barred him", "told the court": an act of a trial
        elif p.kind == "statement" and lang == "fr" and _quotes_an_order(p, tokens):
            p.kind = "demand"  # "a déclaré : « Libérez les otages »": an order given
    additive = list(compress(range(len(roles)), map(contains, roles, repeat("additive"))))
    told = []
    index = _Told(predicates, reports)  # (once: see _clause_scope)
    for p in events:
        weak = p.noun and p.timex < 0 and not (p.support or p.refers_back)
        if weak and p.kind == "statement" and not _names_what_was_said(p, tokens):
            continue  # "en citant un communiqué": the source of a report, not a happening
        scope = _scope(p, predicates, reports, tokens, mentions, text, roles, index) if not p.refers_back else ((tokens[p.clause[0]].start, _circumstance_start(p, tokens)),)
        if p.head in attributions:
            headline = _attribution_headline(text, tokens, p, mentions, dated)
        else:
            end = _object_end(p, index.neighbours, tokens)
            headline = _headline(text, tokens, p, mentions, lang, dated, written, end) if p.second < 0 else _second_headline(text, tokens, p, dated)
            if p.shares_subject and p.second < 0:
                headline = _shared_subject_headline(text, tokens, p, written) or headline
            elif p.participle and p.first == 0 and (main := _main_after(p, predicates)) is not None:
                headline = _opening_participle_headline(text, tokens, p, main, written) or headline
        trigger_end = tokens[p.after - 1].end
        # "a aussi annoncé une hausse": the word may stand in the reporting clause before it.
        another = bool(additive) and any(q.clause[0] <= k < q.clause[1] for q in (p, *reports) for k in additive)
        # A statement told alone quoting what was said is the whole sentence («...», a-t-il dit).
        # (not one whose clause was cut from a relative clause before it, telling its own happening)
        quoted = p.reporting and len(events) == 1 and not p.shares_subject and _QUOTE_MARK.search(text, sentence.start, sentence.end) is not None
        if quoted and (said_first := _quote_headline(text, tokens, p, mentions)):
            headline = said_first
        lo, hi = (sentence.start, sentence.end) if quoted else (tokens[p.clause[0]].start, _clause_end(p, tokens))
        told.append(
            Happening(sentence.start, sentence.end, lo, hi, tokens[p.head].start, trigger_end, p.kind, p.timex, reported, scope, headline, p.refers_back, weak, another,
                      definite=p.definite, narrated=_narrated(p, tokens))
        )
    return told


_HEAD = attrgetter("head")


def _main_after(p, predicates):
    """The verb whose clause follows that of ``p`` (``None``: none)."""
    return next((q for q in predicates if not q.noun and q.clause[0] == p.clause[1]), None)


_RELATIVES = word_set("relatives")
_CONTENT_OPENERS = phrase_list("content_openers")
_CONTENT_REACH = 6  # words between a statement and the relative clause on its object ("un long rapport")


def _says_content(p, q, tokens) -> bool:
    """Whether the saying verb ``p`` stands in a relative clause on the object of the statement
    ``q`` just before it ("a publié un rapport dans lequel elle dénonce …"): what ``q`` says,
    not a second statement."""
    if p.noun or q.noun or p.kind != "statement" or q.kind != "statement" or not p.first - q.after <= _CONTENT_REACH + 3:
        return False
    words = tuple(t.word for t in tokens[q.after : p.first])
    return any(words[k : k + len(o)] == o for o in _CONTENT_OPENERS for k in range(len(words)))


def _in_relative_clause(p, tokens) -> bool:
    """Whether the verb ``p`` opens on a relative pronoun ("qui avait", "that had")."""
    return p.first > 0 and tokens[p.first - 1].word in _RELATIVES


_PERFECT_AUXILIARIES_EN = frozenset({"has", "have", "'ve"})


def _narrated(p, tokens: list[_Token]) -> bool:
    """Whether a verb tells its happening in a past tense as done, not as a perfect of now
    ("has sold 3 billion songs") nor before the story's time ("avait signé")."""
    if p.noun or not p.past or p.pluperfect or p.present or not p.realis:
        return False
    return not any(t.word in _PERFECT_AUXILIARIES_EN for t in tokens[p.first : p.head])


def _undetected(text, sentence, tokens, timex_ids, timexes, mentions, lang, roles) -> list[Happening]:
    """A dated sentence whose predicate the lexicon does not know: one happening of kind
    "other" per date that cannot be another's part; not a future, nor a date alone
    ("3 juillet 2012. -")."""
    if any(t.word in function_words().modals for t in tokens):
        return []
    kind = _named_event_kind(tokens, roles, mentions)
    if kind == "other" and _tells_a_state(tokens, lang):
        return []  # (a named event is what the date dates: "C'est l'aboutissement du Sommet de Montreux en 2010")
    found = []
    span = ((sentence.start, sentence.end),)
    # (a date opening or closing a period dates a state, not a happening: "la première particule
    # découverte depuis 1994", "restera en poste jusqu'en 2030"; nor does a thing's age)
    starts = [t.start for t in tokens]
    periods = function_words().bounds | function_words().period_starts | function_words().ages
    timex_ids = [i for i in timex_ids if not _bounds_state(date_extent(timexes, i), tokens, starts, periods)]
    for timex_id, same in _distinct_dates(timex_ids, timexes).items():
        timex = timexes[timex_id]
        lo, hi = _clause_around(tokens, roles, lang, bisect_left(starts, timex.start))
        words = _without_orphan_opener(tokens, [k for k in _undated_tokens(text, tokens, [date_extent(timexes, k, text, lang) for k in same]) if lo <= k < hi])
        if sum(tokens[k].word.isalpha() for k in words) < 3:
            continue
        headline = _shorten(_span_text(text, tokens, words))
        clause = (tokens[lo].start, tokens[hi - 1].end if hi < len(tokens) else sentence.end)
        found.append(Happening(sentence.start, sentence.end, *clause, timex.start, timex.end, kind, timex_id, -1, span, headline))
    return found
