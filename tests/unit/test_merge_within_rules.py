"""Joining the tellings of one happening within one article: the rules that keep two happenings
apart and those that join a sentence going on with one, on tellings made for these tests."""

from __future__ import annotations

import datetime as dt

from newsline_testing import write

from tui.export import event_record
from tui.extract.merge import NAMES_AGAIN, REFERS_BACK, TITLE_WORDS, Telling, content_words
from tui.extract.merge import merge_tellings as merged_events
from tui.extract.timex.when import when_day, when_year
from tui.loading import open_store
from tui.store import Query

KINDS = ["person", "person", "organisation", "organisation"]  # actor ids 0..3
ARTICLE_DATES = [when_day(dt.date(2020, 5, 4))]


def merge(tellings):
    return list(merged_events(tellings, ARTICLE_DATES, KINDS))


def groups(events):
    return sorted(sorted(e.tellings) for e in events)


def told(sentence, kind, when=None, actors=(2, 3), **flags):
    start = sentence * 100
    return Telling(0, start, start + 90, -1, -1, when, None, kind, actors, f"{kind} {sentence}", sentence=sentence, **flags)


def test_a_demonstrative_in_a_sentence_dated_otherwise_tells_a_later_step():
    # "Acme sued Globex in 1997. That lawsuit was settled in 1999." The settlement is a step of
    # its own: "That lawsuit" names what was settled, it does not tell the suit again.
    tellings = [
        told(0, "legal", when_year(1997)),
        told(1, "legal", actors=(), refers_back=True),
        told(1, "agreement", when_year(1999), actors=(3,)),
    ]
    assert groups(merge(tellings)) == [[0], [1], [2]]


def test_a_demonstrative_does_not_reach_past_the_last_telling_of_its_kind():
    # "Acme sued Globex. … It sued again in 1997. That lawsuit was settled in 1999.": not the
    # first suit either, though it is undated.
    tellings = [
        told(0, "legal"),
        told(2, "legal", when_year(1997)),
        told(3, "legal", actors=(), refers_back=True),
        told(3, "agreement", when_year(1999), actors=(3,)),
    ]
    assert [0, 2] not in groups(merge(tellings)) and [0, 1, 2] not in groups(merge(tellings))
    assert not any(2 in g and len(g) > 1 for g in groups(merge(tellings)))


def test_a_demonstrative_in_a_sentence_of_the_same_date_still_refers_back():
    # "Acme sued Globex in 1997. That lawsuit was dropped later in 1997."
    tellings = [
        told(0, "legal", when_year(1997)),
        told(1, "legal", actors=(), refers_back=True),
        told(1, "agreement", when_year(1997), actors=(3,)),
    ]
    events = merge(tellings)
    assert [0, 1] in groups(events)
    suit = next(e for e in events if 0 in e.tellings)
    assert dict(zip(suit.tellings, suit.rules))[1] == REFERS_BACK


def going_on(sentence, headline, actors=(), demonstrative=True):
    """A sentence telling nothing of its own (words: its content words, as events.py gives them)."""
    start = sentence * 100
    return Telling(0, start, start + 90, -1, -1, None, None, "other", actors, headline, refers_back=demonstrative,
                   sentence=sentence, continues=True, words=content_words(headline))


def test_a_demonstrative_noun_names_again_the_telling_that_used_it():
    # "The agency announced the discovery of a comet. … This discovery opens a new field."
    tellings = [
        Telling(0, 0, 90, -1, -1, None, None, "statement", (2,), "The agency announced the discovery of a comet", sentence=0),
        told(1, "meeting", actors=(3,)),
        going_on(3, "This discovery opens a new field of research"),
    ]
    events = merge(tellings)
    announced = next(e for e in events if 0 in e.tellings)
    assert sorted(announced.tellings) == [0, 2]
    assert dict(zip(announced.tellings, announced.rules))[2] == NAMES_AGAIN


def test_a_demonstrative_noun_no_earlier_telling_used_joins_nothing():
    # "The agency announced a comet. The board met. This decision surprised many.": not the
    # meeting told just before, nor the announcement.
    tellings = [
        Telling(0, 0, 90, -1, -1, None, None, "statement", (2,), "The agency announced a comet", sentence=0),
        told(1, "meeting", actors=(3,)),
        going_on(2, "This decision surprised many observers"),
    ]
    assert all(2 not in e.tellings for e in merge(tellings))


def test_a_second_demonstrative_joins_through_the_first():
    # "… announced the discovery … This discovery crowns … (far on) This discovery opens …"
    tellings = [
        Telling(0, 0, 90, -1, -1, None, None, "statement", (2,), "The agency announced the discovery of a comet", sentence=0),
        going_on(4, "This discovery crowns ten years of watching"),
        going_on(9, "This discovery opens a new field of research"),
    ]
    assert sorted(merge(tellings)[0].tellings) == [0, 1, 2]


def titled_events(tmp_path, text: str) -> list[dict]:
    """The events of one article written for a test that its title joined by its words."""
    write(tmp_path, "a.txt", text)
    store = open_store([tmp_path], cache=False)
    records = [event_record(store, i) for i in store.query(Query())]
    return [r for r in records if any(ev["rule"] == TITLE_WORDS for ev in r["evidence"])]


def a_title(headline, words):
    return Telling(0, 0, 40, -1, -1, None, None, "other", (), headline, sentence=0, title=True, words=frozenset(words))


def test_a_title_telling_nothing_known_joins_the_lead_telling_saying_most_of_its_words():
    # "Museum: fresco found in the crypt" / "Visitors came in numbers." / "The museum found a fresco ..."
    tellings = [
        a_title("Museum: fresco found", {"fresc", "found"}),
        told(1, "meeting", actors=(2,)),
        Telling(0, 200, 290, -1, -1, None, None, "economy", (2,), "The museum found a fresco in its crypt", sentence=2),
    ]
    events = merge(tellings)
    found = next(e for e in events if 2 in e.tellings)
    assert sorted(found.tellings) == [0, 2]
    assert dict(zip(found.tellings, found.rules))[0] == TITLE_WORDS


def test_a_title_sharing_no_word_with_the_lead_joins_nothing():
    tellings = [a_title("Storm over the valley", {"storm", "valle"}), told(1, "meeting", actors=(2,))]
    assert all(0 not in e.tellings for e in merge(tellings))


def test_a_title_reads_neither_its_setting_nor_names(tmp_path):
    # The title's words before its setting ("at the …") say what happened; the words of the
    # place do not, so the lead telling of the fair is not the title's.
    text = (
        "date 2025-03-12\n"
        "Un tableau volé lors de la foire du livre\n\n"
        "La foire du livre a ouvert ses portes mardi à Nantes. "
        "Un tableau a été volé mercredi dans le hall.\n"
    )
    titled = titled_events(tmp_path, text)
    assert [r["headline"] for r in titled] == ["Un tableau a été volé dans le hall"]
def test_the_announcement_naming_no_one_is_what_the_sentence_before_told():
    # "Acme unveiled a phone yesterday. The announcement was long-awaited."
    launch = told(0, "economy", when_year(2020), actors=(2,))
    tellings = [launch, told(1, "statement", actors=(), definite=True, weak=True)]
    events = merge(tellings)
    assert groups(events) == [[0, 1]]
    assert dict(zip(events[0].tellings, events[0].rules))[1] == REFERS_BACK
    # Naming someone else, it is their announcement, not the launch.
    other = [launch, told(1, "statement", actors=(3,), definite=True, weak=True)]
    assert [0, 1] not in groups(merge(other))


def test_sentences_going_on_in_between_do_not_break_the_thread():
    # "Anna Berg praised the phone. It is thin. It has a new screen. Anna Berg also showed its camera."
    praise = Telling(0, 0, 90, -1, -1, None, None, "statement", (0,), "Anna Berg praised the phone", sentence=0)
    tellings = [praise, going_on(1, "It is thin", demonstrative=False), going_on(2, "It has a new screen", demonstrative=False),
                going_on(3, "Anna Berg showed its camera", actors=(0,), demonstrative=False)]
    praised = next(e for e in merge(tellings) if 0 in e.tellings)
    assert {1, 3} <= set(praised.tellings)


def test_a_sentence_that_told_something_else_breaks_the_thread():
    # "Anna Berg praised the phone. Globex sued Acme. It is slow. Anna Berg showed its camera."
    praise = Telling(0, 0, 90, -1, -1, None, None, "statement", (0,), "Anna Berg praised the phone", sentence=0)
    suit = told(1, "legal", actors=(2, 3))
    lawsuit_news = told(2, "economy", actors=(3,))
    tellings = [praise, suit, lawsuit_news, going_on(3, "Anna Berg showed its camera", actors=(0,), demonstrative=False)]
    assert all(3 not in g or len(g) == 1 for g in groups(merge(tellings)))


def test_only_a_person_named_again_reaches_back_over_the_sentences_going_on():
    # "Acme praised its phone. It is thin. It has a screen. Analysts said Acme had fired its chief."
    praise = Telling(0, 0, 90, -1, -1, None, None, "statement", (2,), "Acme praised its phone", sentence=0)
    tellings = [praise, going_on(1, "It is thin", demonstrative=False), going_on(2, "It has a new screen", demonstrative=False),
                going_on(3, "Analysts said Acme had fired its chief", actors=(2,), demonstrative=False)]
    praised = next(e for e in merge(tellings) if 0 in e.tellings)
    assert 3 not in praised.tellings


def test_a_title_s_words_leave_out_names_with_a_capital_inside(tmp_path):
    # "eShop" names a store: the title is the price cut, not the store's opening told first.
    text = (
        "date 2025-03-12\n"
        "Northwind to lower eShop fees\n\n"
        "Northwind opened the eShop store in 2019 with 300 games. "
        "The company said on Tuesday it will lower what games cost.\n"
    )
    titled = titled_events(tmp_path, text)
    assert [r["kind"] for r in titled] == ["statement"]
