"""Joining tellings into events: each rule alone, on tellings made for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tui.extract.merge import ARTICLE_DATED, CONTINUES, REFERS_BACK, SAME_ARTICLE, SAME_HAPPENING, TITLE, Telling, block_keys
from tui.extract.model import Precision, When
from tui.extract.merge import merge_tellings as merged_events
from tui.extract.timex.when import when_day, when_month

DAY = when_day(dt.date(2025, 3, 11))
NEXT_DAY = when_day(dt.date(2025, 3, 12))
MARCH = when_month(2025, 3)
KINDS = ["person", "person", "organisation", "organisation", "country", "country"]  # actor ids 0..5
ARTICLE_DATES = [NEXT_DAY, NEXT_DAY, NEXT_DAY]


def merge_tellings(*args, **options):
    return list(merged_events(*args, **options))  # events come one at a time


def telling(doc=0, sentence=0, kind="call", when=DAY, actors=(0, 1), reported=None, refers_back=False, weak=False, start=None):
    start = sentence * 100 if start is None else start
    return Telling(doc, start, start + 90, -1, -1, when, reported, kind, actors, f"{kind} {doc}/{sentence}", refers_back, sentence, weak)


def groups(events):
    return sorted(sorted(e.tellings) for e in events)


def test_a_demonstrative_joins_the_nearest_earlier_telling_of_its_kind():
    tellings = [telling(sentence=0), telling(sentence=1, kind="meeting"), telling(sentence=2, when=None, actors=(), refers_back=True)]
    events = merge_tellings(tellings, ARTICLE_DATES, KINDS)
    assert groups(events) == [[0, 2], [1]]
    call = next(e for e in events if 0 in e.tellings)
    assert dict(zip(call.tellings, call.rules))[2] == REFERS_BACK


def test_close_tellings_of_one_article_join_far_ones_with_other_dates_do_not():
    close = [telling(sentence=0), telling(sentence=1, when=None)]
    assert groups(merge_tellings(close, ARTICLE_DATES, KINDS)) == [[0, 1]]
    far = [telling(sentence=0, when=DAY), telling(sentence=9, when=MARCH)]
    assert groups(merge_tellings(far, ARTICLE_DATES, KINDS)) == [[0], [1]]
    other_kind = [telling(sentence=0), telling(sentence=1, kind="meeting")]
    assert groups(merge_tellings(other_kind, ARTICLE_DATES, KINDS)) == [[0], [1]]


def test_articles_join_on_kind_date_and_a_person_never_on_the_date_alone():
    same = [telling(doc=0), telling(doc=1, when=DAY, actors=(0, 4))]
    events = merge_tellings(same, ARTICLE_DATES, KINDS)
    assert groups(events) == [[0, 1]] and SAME_HAPPENING in events[0].rules
    one_company = [telling(doc=0, actors=(2,)), telling(doc=1, actors=(2,))]
    assert groups(merge_tellings(one_company, ARTICLE_DATES, KINDS)) == [[0], [1]]
    nobody_shared = [telling(doc=0, actors=(0,)), telling(doc=1, actors=(1,))]
    assert groups(merge_tellings(nobody_shared, ARTICLE_DATES, KINDS)) == [[0], [1]]
    other_days = [telling(doc=0), telling(doc=1, when=NEXT_DAY)]
    assert groups(merge_tellings(other_days, ARTICLE_DATES, KINDS)) == [[0], [1]]
    unknown_kind = [telling(doc=0, kind="other"), telling(doc=1, kind="other")]
    assert groups(merge_tellings(unknown_kind, ARTICLE_DATES, KINDS)) == [[0], [1]]


def test_a_month_contains_a_day_and_the_event_takes_the_finer_date():
    tellings = [telling(doc=0, when=MARCH), telling(doc=1, when=DAY)]
    (event,) = merge_tellings(tellings, ARTICLE_DATES, KINDS)
    assert event.when == DAY and event.tellings[0] == 1  # the telling giving the date comes first


def test_no_merge_keeps_one_event_per_telling():
    tellings = [telling(sentence=0), telling(sentence=1, when=None)]
    assert groups(merge_tellings(tellings, ARTICLE_DATES, KINDS, merge=False)) == [[0], [1]]


def test_undated_events_take_their_sentence_s_date_or_the_report_s_or_the_article_s():
    same_sentence = [telling(sentence=0, kind="attack", actors=(4,)), telling(sentence=0, kind="sanction", when=None, actors=(5,), start=0)]
    dates = {e.kind: (e.when, e.dated_by_article) for e in merge_tellings(same_sentence, ARTICLE_DATES, KINDS)}
    assert dates["sanction"] == (DAY, False)
    reported = merge_tellings([telling(when=None, reported=DAY)], ARTICLE_DATES, KINDS)
    assert (reported[0].when, reported[0].reported, reported[0].dated_by_article) == (DAY, DAY, False)
    undated = merge_tellings([telling(when=None)], ARTICLE_DATES, KINDS)
    assert (undated[0].when, undated[0].dated_by_article) == (NEXT_DAY, True)


def test_an_event_noun_in_passing_makes_no_event_unless_something_dates_it():
    assert merge_tellings([telling(when=None, weak=True)], ARTICLE_DATES, KINDS) == []
    referred = [telling(sentence=0, when=None, weak=True), telling(sentence=1, when=None, actors=(), refers_back=True)]
    assert groups(merge_tellings(referred, ARTICLE_DATES, KINDS)) == [[0, 1]]


def test_a_joined_event_keeps_every_telling_with_the_rule_that_joined_it():
    tellings = [telling(sentence=0), telling(sentence=1, when=None), telling(doc=1, actors=(0,))]
    (event,) = merge_tellings(tellings, ARTICLE_DATES, KINDS)
    assert sorted(event.tellings) == [0, 1, 2]
    assert event.rules[0] == "first" and set(event.rules[1:]) <= {SAME_ARTICLE, SAME_HAPPENING}


def test_also_or_again_keeps_a_close_telling_of_one_article_apart():
    tellings = [telling(sentence=0), Telling(0, 100, 190, -1, -1, None, None, "call", (0, 1), "again", sentence=1, another=True)]
    assert groups(merge_tellings(tellings, ARTICLE_DATES, KINDS)) == [[0], [1]]


def test_two_statements_of_one_article_are_two_things_said_even_by_one_speaker():
    # "He announced a new phone. He announced a price cut.": each sentence says its own thing;
    # what goes on with a statement is a sentence saying nothing of its own (see below).
    same_speaker = [telling(sentence=0, kind="statement", actors=(0, 2)), telling(sentence=1, kind="statement", when=None, actors=(0,))]
    assert groups(merge_tellings(same_speaker, ARTICLE_DATES, KINDS)) == [[0], [1]]
    other_speaker = [telling(sentence=0, kind="statement", actors=(0, 2)), telling(sentence=1, kind="statement", when=None, actors=(1, 2))]
    assert groups(merge_tellings(other_speaker, ARTICLE_DATES, KINDS)) == [[0], [1]]
    # (other kinds still join close by: a call told twice)
    assert groups(merge_tellings([telling(sentence=0), telling(sentence=1, when=None)], ARTICLE_DATES, KINDS)) == [[0, 1]]


def aside(sentence, actors=(), kind="legal", title=False, continues=False):
    return Telling(0, sentence * 100, sentence * 100 + 90, -1, -1, None, None, kind, actors, "aside", sentence=sentence, title=title, continues=continues)


def test_the_title_joins_the_lead_s_telling_of_its_kind_naming_its_actor():
    tellings = [aside(0, actors=(2, 3), title=True), telling(sentence=1, kind="legal", actors=(4,)), telling(sentence=2, kind="legal", actors=(2,))]
    events = merge_tellings(tellings, ARTICLE_DATES, KINDS)
    assert groups(events) == [[0, 2], [1]]
    lawsuit = next(e for e in events if 2 in e.tellings)
    assert dict(zip(lawsuit.tellings, lawsuit.rules))[0] == TITLE
    assert lawsuit.tellings[0] == 2 and lawsuit.headline == "legal 0/2"  # the title never heads it
    assert 3 not in lawsuit.actors  # nor gives it participants


def test_a_title_or_a_sentence_going_on_with_nothing_is_no_event():
    alone = [aside(0, actors=(2,), title=True), aside(3, actors=(1,), continues=True)]
    assert merge_tellings(alone, ARTICLE_DATES, KINDS) == []


def test_a_sentence_goes_on_with_the_telling_before_it_naming_its_actor():
    tellings = [telling(sentence=0, actors=(0, 1)), aside(1, actors=(1,), continues=True), aside(2, actors=(4,), continues=True)]
    events = merge_tellings(tellings, ARTICLE_DATES, KINDS)
    assert groups(events) == [[0, 1]]
    assert dict(zip(events[0].tellings, events[0].rules))[1] == CONTINUES


def test_statements_of_one_person_on_one_day_join_across_articles_only_saying_the_same_words():
    from tui.extract.merge import content_words

    def statement(doc, words):
        return Telling(doc, 0, 90, -1, -1, DAY, None, "statement", (0,), words, sentence=0, words=content_words(words))

    # one press conference, two things said: two happenings, however many articles tell them
    apart = [statement(0, "the mayor said the bridge would reopen in May"), statement(1, "the mayor said taxes would stay frozen")]
    assert groups(merge_tellings(apart, ARTICLE_DATES, KINDS)) == [[0], [1]]
    same = [statement(0, "the mayor said the bridge would reopen in May"), statement(1, "the mayor announced the bridge would reopen")]
    events = merge_tellings(same, ARTICLE_DATES, KINDS)
    assert groups(events) == [[0, 1]] and SAME_HAPPENING in events[0].rules


def test_a_telling_of_unknown_kind_joins_another_article_s_only_saying_the_same_words():
    from tui.extract.merge import content_words

    def other(doc, words):
        return Telling(doc, 0, 90, -1, -1, DAY, None, "other", (0,), words, sentence=0, words=content_words(words))

    same_words = [other(0, "le skipper a dû faire demi-tour après deux chocs"), other(1, "il a dû faire demi-tour vers les Sables")]
    assert groups(merge_tellings(same_words, ARTICLE_DATES, KINDS)) == [[0, 1]]
    other_words = [other(0, "le skipper a dû faire demi-tour après deux chocs"), other(1, "il mène la course devant tous")]
    assert groups(merge_tellings(other_words, ARTICLE_DATES, KINDS)) == [[0], [1]]
    # a known kind and an unknown one: the same test on the words
    known = telling(doc=1, kind="disaster", actors=(0,))
    assert groups(merge_tellings([same_words[0], known], ARTICLE_DATES, KINDS)) == [[0], [1]]


def test_one_day_s_telling_naming_no_one_joins_another_article_s_saying_the_same_words():
    def said(doc, headline, actors=(), kind="statement", when=DAY):
        return Telling(doc, 0, 90, -1, -1, when, None, kind, actors, headline, sentence=0)

    same = [said(0, "press conference held by the company", actors=(2,)), said(1, "the press conference")]
    assert groups(merge_tellings(same, ARTICLE_DATES, KINDS)) == [[0, 1]]
    other_words = [said(0, "press conference held by the company", actors=(2,)), said(1, "a statement on prices")]
    assert groups(merge_tellings(other_words, ARTICLE_DATES, KINDS)) == [[0], [1]]
    other_day = [said(0, "press conference held by the company", actors=(2,)), said(1, "the press conference", when=NEXT_DAY)]
    assert groups(merge_tellings(other_day, ARTICLE_DATES, KINDS)) == [[0], [1]]
    a_month = [said(0, "press conference held", when=MARCH), said(1, "the press conference held", when=MARCH)]
    assert groups(merge_tellings(a_month, ARTICLE_DATES, KINDS)) == [[0], [1]]  # a day, not a month


def test_a_statement_said_beside_another_happening_joins_no_other_statement():
    # sentence 0 tells an agreement and, beside it, the speaker's statement; sentence 1 another
    # statement by the same speaker: what the first says is the agreement, not this.
    beside = [
        Telling(0, 0, 90, -1, -1, DAY, None, "statement", (0,), "said", sentence=0),
        Telling(0, 0, 90, -1, -1, DAY, None, "agreement", (0, 2), "signed", sentence=0),
        Telling(0, 100, 190, -1, -1, None, None, "statement", (0,), "said again", sentence=1),
    ]
    assert [0, 2] not in groups(merge_tellings(beside, ARTICLE_DATES, KINDS))


def test_a_title_tells_only_the_lead_not_a_telling_far_down_the_article():
    tellings = [aside(0, actors=(2,), title=True), telling(sentence=9, kind="legal", actors=(2,))]
    assert merge_tellings(tellings, ARTICLE_DATES, KINDS)[0].tellings == (1,)


def test_a_quote_going_on_joins_the_statement_before_it_whoever_it_names():
    # '"We are pleased," said the chairman (0). "We wish the Acme company (2) every success."'
    said = telling(sentence=0, kind="statement", actors=(0,))
    quoting = aside(1, actors=(2,), kind="statement", continues=True)
    events = merge_tellings([said, quoting], ARTICLE_DATES, KINDS)
    assert groups(events) == [[0, 1]] and dict(zip(events[0].tellings, events[0].rules))[1] == CONTINUES
    # a quote after a statement goes on with the statement, not with another telling naming its actor
    signed = telling(sentence=0, kind="agreement", actors=(2,), start=0)
    said_too = telling(sentence=0, kind="statement", actors=(0,), start=0)
    assert [1, 2] in groups(merge_tellings([signed, said_too, quoting], ARTICLE_DATES, KINDS))
    # words going on that are no quote and name someone else join nothing
    plain = aside(1, actors=(4,), kind="other", continues=True)
    assert groups(merge_tellings([said, plain], ARTICLE_DATES, KINDS)) == [[0]]


def definite(sentence, kind="agreement", when=None, actors=()):
    return Telling(0, sentence * 100, sentence * 100 + 90, -1, -1, when, None, kind, actors, "the noun", sentence=sentence,
                   weak=when is None, definite=True)


def test_a_definite_noun_opening_its_sentence_joins_a_close_earlier_telling_of_its_kind():
    # "Acme and Globex signed an agreement on Monday. The agreement sets prices for two years."
    signed = telling(sentence=0, kind="agreement")
    events = merge_tellings([signed, definite(1)], ARTICLE_DATES, KINDS)
    assert groups(events) == [[0, 1]] and dict(zip(events[0].tellings, events[0].rules))[1] == REFERS_BACK
    # Not one of another kind, nor one told three sentences before (a demonstrative reaches further).
    assert groups(merge_tellings([signed, definite(1, kind="meeting")], ARTICLE_DATES, KINDS)) == [[0]]
    assert groups(merge_tellings([signed, definite(3)], ARTICLE_DATES, KINDS)) == [[0]]
    far_demonstrative = Telling(0, 300, 390, -1, -1, None, None, "agreement", (), "this agreement", sentence=3, refers_back=True)
    assert groups(merge_tellings([signed, far_demonstrative], ARTICLE_DATES, KINDS)) == [[0, 1]]
    # Nor one with another date: "The 1991 agreement" after a signing told this week.
    assert groups(merge_tellings([signed, definite(1, when=when_month(1991, 5))], ARTICLE_DATES, KINDS)) == [[0], [1]]


def test_one_company_in_common_joins_only_an_event_noun_in_the_next_sentence():
    # "Acme (2) settled with Globex (3) in 1991. The settlement gave Acme the name." joins;
    # "Acme settled in 1991. A judge agreed with Acme's defence." tells another happening.
    settled = telling(sentence=0, kind="agreement", actors=(2, 3), when=when_month(1991, 5))
    noun_next = telling(sentence=1, kind="agreement", actors=(2,), when=None, weak=True)
    assert groups(merge_tellings([settled, noun_next], ARTICLE_DATES, KINDS)) == [[0, 1]]
    verb_next = telling(sentence=1, kind="agreement", actors=(2, 4), when=None)
    assert groups(merge_tellings([settled, verb_next], ARTICLE_DATES, KINDS)) == [[0], [1]]
    noun_later = telling(sentence=2, kind="agreement", actors=(2,), when=None, weak=True)
    assert groups(merge_tellings([settled, noun_later], ARTICLE_DATES, KINDS)) == [[0]]  # (a noun alone: no event)
    same_date_far = telling(sentence=9, kind="agreement", actors=(2,), when=when_month(1991, 5))
    assert groups(merge_tellings([settled, same_date_far], ARTICLE_DATES, KINDS)) == [[0], [1]]
    # A person in common is enough, as before: "Burns met Patrushev on Tuesday. Burns and Patrushev talked …"
    met = telling(sentence=0, kind="meeting", actors=(0, 2))
    talked = telling(sentence=1, kind="meeting", actors=(0,), when=None)
    assert groups(merge_tellings([met, talked], ARTICLE_DATES, KINDS)) == [[0, 1]]


def test_the_announcement_names_the_happening_just_before_it_whatever_its_kind():
    # "Acme (2) unveiled a phone today. The announcement came at an Acme event."
    unveiled = telling(sentence=0, kind="economy", actors=(2,))
    announcement = definite(1, kind="statement", actors=(2,))
    events = merge_tellings([unveiled, announcement], ARTICLE_DATES, KINDS)
    assert groups(events) == [[0, 1]] and events[0].kind == "economy"
    # not with no actor in common, nor two sentences on, nor when a statement was told before it
    assert groups(merge_tellings([unveiled, definite(1, kind="statement", actors=(3,))], ARTICLE_DATES, KINDS)) == [[0]]
    assert groups(merge_tellings([unveiled, definite(2, kind="statement", actors=(2,))], ARTICLE_DATES, KINDS)) == [[0]]
    said = telling(sentence=0, kind="statement", actors=(0, 2), start=0)
    assert groups(merge_tellings([unveiled, said, announcement], ARTICLE_DATES, KINDS)) == [[0], [1, 2]]
    # a meeting noun does not: "Acme unveiled a phone. The meeting …" is another happening
    assert groups(merge_tellings([unveiled, definite(1, kind="meeting", actors=(2,))], ARTICLE_DATES, KINDS)) == [[0]]


def test_a_sentence_going_on_naming_no_one_joins_what_was_told_just_before():
    # "Acme (2) launched a new laptop on Monday. It is the successor of the older model."
    launched = telling(sentence=0, kind="economy", actors=(2,))
    events = merge_tellings([launched, aside(1, continues=True)], ARTICLE_DATES, KINDS)
    assert groups(events) == [[0, 1]] and events[0].actors == (2,)  # evidence only
    # not two sentences on
    assert groups(merge_tellings([launched, aside(2, continues=True)], ARTICLE_DATES, KINDS)) == [[0]]


def test_a_title_of_another_kind_joins_the_first_sentence_naming_its_actor():
    # "Acme unveils new phone" (a statement) / "Acme (2) today introduced a phone …" (economy)
    title = aside(0, actors=(2,), kind="statement", title=True)
    lead = telling(sentence=1, kind="economy", actors=(2, 4))
    events = merge_tellings([title, lead], ARTICLE_DATES, KINDS)
    assert groups(events) == [[0, 1]] and dict(zip(events[0].tellings, events[0].rules))[0] == TITLE
    assert events[0].kind == "economy"  # the title never gives the kind
    # not a later sentence, nor one naming no actor of the title, nor when one of its kind names it
    assert groups(merge_tellings([title, telling(sentence=2, kind="economy", actors=(2,))], ARTICLE_DATES, KINDS)) == [[1]]
    assert groups(merge_tellings([title, telling(sentence=1, kind="economy", actors=(3,))], ARTICLE_DATES, KINDS)) == [[1]]
    said = telling(sentence=2, kind="statement", actors=(2,))
    assert [0, 2] in groups(merge_tellings([title, lead, said], ARTICLE_DATES, KINDS))



YEAR = When(dt.date(2025, 1, 1), dt.date(2025, 12, 31), Precision.YEAR, "2025")


def test_a_date_spanning_months_meets_a_day_of_one_of_them_told_by_another_article():
    # (told with one word: a year holding a day is too little alone, see test_merge_across_rules)
    tellings = [replace(telling(doc=0, when=YEAR), trigger="call"), replace(telling(doc=1, when=DAY), trigger="call")]
    assert groups(merge_tellings(tellings, ARTICLE_DATES, KINDS)) == [[0, 1]]
    year_keys, day_keys = (set(block_keys(t)) for t in tellings)
    assert len(year_keys) == 12 * 2 and {k for k in day_keys if k[0] == "actor"} < year_keys  # a block per month and actor
    decade = When(dt.date(2020, 1, 1), dt.date(2029, 12, 31), Precision.DECADE, "202X")
    assert len(block_keys(telling(when=decade))) == 2  # longer than a year: its first month only


def published(doc, article, when=None, actors=(0, 2), kind="economy", weak=False):
    return replace(telling(doc=doc, when=when, actors=actors, kind=kind, weak=weak), published=article)


def test_an_undated_telling_joins_another_article_s_of_the_days_before_its_article_with_two_actors():
    days_after = when_day(dt.date(2025, 3, 20))
    events = merge_tellings([published(0, None, when=DAY), published(1, days_after)], ARTICLE_DATES, KINDS)
    assert groups(events) == [[0, 1]] and ARTICLE_DATED in events[0].rules and events[0].when == DAY
    long_after = when_day(dt.date(2025, 5, 20))
    assert groups(merge_tellings([published(0, None, when=DAY), published(1, long_after)], ARTICLE_DATES, KINDS)) == [[0], [1]]
    before = when_day(dt.date(2025, 3, 1))
    assert groups(merge_tellings([published(0, None, when=DAY), published(1, before)], ARTICLE_DATES, KINDS)) == [[0], [1]]
    one_person = [published(0, None, when=DAY, actors=(0,)), published(1, days_after, actors=(0,))]
    assert groups(merge_tellings(one_person, ARTICLE_DATES, KINDS)) == [[0], [1]]
    both_undated = [published(0, days_after), published(1, days_after)]
    assert groups(merge_tellings(both_undated, ARTICLE_DATES, KINDS)) == [[0], [1]]
    in_passing = [published(0, None, when=DAY), published(1, days_after, weak=True)]
    assert block_keys(in_passing[1]) == []
