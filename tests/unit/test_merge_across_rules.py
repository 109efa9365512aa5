"""Joining the tellings of one happening across articles: the rules beyond "same happening"
(tui.extract.merge.rule_across), on invented articles and on tellings made for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from newsline_testing import write

from tui.export import explanation
from tui.extract.merge import SAME_HAPPENING, SAME_NAME, SAME_WORD, Telling, trigger_key
from tui.extract.merge import merge_tellings as merged_events
from tui.extract.model import Precision, When
from tui.extract.timex.when import when_day
from tui.loading import open_store
from tui.store import Query

DAY = when_day(dt.date(2025, 3, 11))
YEAR = When(dt.date(2019, 1, 1), dt.date(2019, 12, 31), Precision.YEAR, "2019")
KINDS = ["person", "person", "organisation", "organisation", "country", "country"]  # actor ids 0..5
ARTICLE_DATES = [when_day(dt.date(2025, 3, 12))] * 3


def telling(doc=0, kind="agreement", when=YEAR, actors=(2,), trigger="agree", headline="", sentence=1, things=()):
    return Telling(
        doc, sentence * 100, sentence * 100 + 90, -1, -1, when, None, kind, actors, headline or f"{kind} {doc}", sentence=sentence,
        trigger=trigger, things=frozenset(things),
    )


def groups(tellings):
    return sorted(sorted(e.tellings) for e in merged_events(tellings, ARTICLE_DATES, KINDS))


def rules(tellings):
    return {rule for e in merged_events(tellings, ARTICLE_DATES, KINDS) for rule in e.rules}


def explained_events(tmp_path, **articles: str) -> list[dict]:
    """The events of the invented articles, each piece of evidence saying why it was joined."""
    for name, text in articles.items():
        write(tmp_path, f"{name}.txt", text)
    store = open_store([tmp_path], cache=False)
    return [explanation(store, i) for i in store.query(Query())]


# -- the trigger a telling says it with -------------------------------------------------------


def test_a_verb_and_its_noun_give_one_trigger_key():
    assert trigger_key("settled") == trigger_key("settlement") == "settl"
    assert trigger_key("Press Conference") == "press confe"
    assert trigger_key("signed") != trigger_key("settled")


# -- same word and date -----------------------------------------------------------------------


def test_one_organisation_is_enough_when_both_say_it_with_one_word_on_one_date():
    assert groups([telling(doc=0), telling(doc=1)]) == [[0, 1]]
    assert SAME_WORD in rules([telling(doc=0), telling(doc=1)])
    assert groups([telling(doc=0), telling(doc=1, trigger="signe")]) == [[0], [1]]  # another word
    assert groups([telling(doc=0), telling(doc=1, when=DAY)]) == [[0], [1]]  # another date
    assert groups([telling(doc=0), telling(doc=1, actors=(3,))]) == [[0], [1]]  # nobody in common
    assert groups([telling(doc=0), telling(doc=1, kind="legal")]) == [[0], [1]]
    assert groups([telling(doc=0, sentence=1), telling(doc=0, sentence=9)]) == [[0], [1]]  # one article: not across


def test_dates_that_only_nest_need_another_word_alike_and_a_country_alone_is_not_enough():
    # "Acme launched the Widget store in 2019" / "Acme launched the Widget store on 11 March 2019"
    in_year = telling(doc=0, kind="economy", trigger="launc", headline="launched the online widget store")
    on_day = telling(doc=1, kind="economy", trigger="launc", when=when_day(dt.date(2019, 3, 11)), headline="launched the online widget store")
    assert groups([in_year, on_day]) == [[0, 1]]
    assert groups([in_year, replace(on_day, headline="launched a phone")]) == [[0], [1]]
    # "Markets rose in 2019" / "US exports rose on 11 March 2019": a country in common only.
    rose = [replace(in_year, actors=(4,), trigger="rose"), replace(on_day, actors=(4,), trigger="rose")]
    assert groups(rose) == [[0], [1]]


def test_a_decade_is_too_wide_a_date_to_join_by_one_word():
    decade = When(dt.date(2010, 1, 1), dt.date(2019, 12, 31), Precision.DECADE, "201X")
    assert groups([telling(doc=0, when=decade), telling(doc=1, when=decade)]) == [[0], [1]]


def test_statements_and_unknown_kinds_need_more_than_one_word():
    said = [telling(doc=0, kind="statement", trigger="said"), telling(doc=1, kind="statement", trigger="said")]
    assert groups(said) == [[0], [1]]
    other = [telling(doc=0, kind="other", trigger="depar"), telling(doc=1, kind="other", trigger="depar")]
    assert groups(other) == [[0], [1]]


def test_each_naming_another_party_or_another_thing_are_two_happenings():
    # "Acme sued Globex" / "Acme sued Initech": one organisation in common, another apiece.
    sued = [telling(doc=0, kind="legal", trigger="sued", actors=(2, 0)), telling(doc=1, kind="legal", trigger="sued", actors=(2, 1))]
    assert groups(sued) == [[0], [1]]
    one_names_more = [telling(doc=0, actors=(2, 0)), telling(doc=1, actors=(2,))]
    assert groups(one_names_more) == [[0, 1]]
    # "Acme released the Widget in 2019" / "Acme released the Gizmo in 2019"
    things = [
        telling(doc=0, kind="economy", trigger="relea", things={"widget"}),
        telling(doc=1, kind="economy", trigger="relea", things={"gizmo"}),
    ]
    assert groups(things) == [[0], [1]]
    same_thing = [things[0], replace(things[1], things=frozenset({"widget", "europe"}))]
    assert groups(same_thing) == [[0, 1]]


def test_a_person_in_common_still_joins_by_same_happening():
    assert SAME_HAPPENING in rules([telling(doc=0, actors=(0,), trigger="agree"), telling(doc=1, actors=(0,), trigger="settl")])


def test_an_agreement_of_a_past_year_told_by_two_articles_is_one_event(tmp_path):
    events = explained_events(
        tmp_path,
        a=(
            "date 2025-03-12\nAcme looks for suppliers\n\n"
            "Acme Corporation is looking for new suppliers this spring. "
            "Acme Corporation reached an agreement with its old suppliers in 2019, after a long dispute.\n"
        ),
        b=(
            "date 2025-04-02\nA quiet year for Acme\n\n"
            "Sales of Acme Corporation rose slowly. "
            "The 2019 agreement let Acme Corporation buy parts at cost for five years.\n"
        ),
    )
    (agreement,) = [e for e in events if e["kind"] == "agreement"]
    (joined,) = [ev for ev in agreement["evidence"] if ev["doc"].endswith("b.txt")]
    assert joined["rule"] == SAME_WORD and joined["why"].startswith(f"{SAME_WORD}: ")  # what --explain prints
    assert agreement["date"] == "2019"


# -- same name and day ------------------------------------------------------------------------

SUMMIT_OPENS = (
    "date 2025-06-02\nPremière journée du Sommet mondial de la mer\n\n"
    "Le premier Sommet mondial de la mer s’ouvre ce lundi soir à Brest. Trois cents invités sont attendus.\n"
)


def next_day(opened: str) -> str:
    return f"date 2025-06-03\nLa mer au cœur des débats\n\nLes discussions portent sur la pêche. {opened} hier devant trois cents invités.\n"


def test_a_happening_named_alike_by_two_articles_on_its_day_is_one_event(tmp_path):
    events = explained_events(tmp_path, a=SUMMIT_OPENS, b=next_day("Le Sommet s’est ouvert"))
    (summit,) = events
    assert [ev["doc"][-5:] for ev in summit["evidence"]][-1] == "b.txt"
    assert summit["evidence"][-1]["why"].startswith(f"{SAME_NAME}: ")


def test_an_event_noun_not_written_as_a_name_or_another_name_is_not_joined_by_name(tmp_path):
    common_noun = explained_events(tmp_path / "common", a=SUMMIT_OPENS, b=next_day("Le sommet s’est ouvert"))
    assert len(common_noun) == 2
    other_name = explained_events(tmp_path / "other", a=SUMMIT_OPENS, b=next_day("La Conférence de Paris s’est ouverte"))
    assert len(other_name) == 2


def test_tellings_naming_actors_on_both_sides_are_not_joined_by_name_alone():
    named = replace(telling(doc=0, kind="meeting", when=DAY, actors=(), trigger="somme"), named=True)
    writes_it = telling(doc=1, kind="meeting", when=DAY, actors=(), trigger="ouver", headline="le premier Sommet de la mer s'ouvre")
    assert groups([named, writes_it]) == [[0, 1]] and SAME_NAME in rules([named, writes_it])
    assert groups([replace(named, actors=(0,)), replace(writes_it, actors=(1,))]) == [[0], [1]]
    assert groups([named, replace(writes_it, when=when_day(dt.date(2025, 3, 12)))]) == [[0], [1]]


# -- two events each told by several articles -------------------------------------------------


def test_two_events_each_told_by_several_articles_join_only_on_one_day_with_someone_in_common():
    kinds = [*KINDS, "person"]  # actor 6: a person both events name besides their own

    def four(when):
        # Articles 0 and 2 tell one meeting (person 0), 1 and 3 another (person 1); articles 2
        # and 3 both name person 6 and organisation 3 too: a link between two events each told
        # twice already.
        return [
            telling(doc=0, kind="meeting", when=when, actors=(0,)),
            telling(doc=1, kind="meeting", when=when, actors=(1,)),
            telling(doc=2, kind="meeting", when=when, actors=(0, 6, 3)),
            telling(doc=3, kind="meeting", when=when, actors=(1, 6, 3)),
        ]

    def grouped(tellings):
        return sorted(sorted(e.tellings) for e in merged_events(tellings, ARTICLE_DATES * 2, kinds))

    assert grouped(four(YEAR)) == [[0, 2], [1, 3]]  # a year and one person: not enough
    assert grouped(four(DAY)) == [[0, 1, 2, 3]]
    # A telling told by one article only joins an event told by several on weaker evidence.
    assert grouped(four(YEAR)[:3] + [telling(doc=3, kind="meeting", when=YEAR, actors=(6, 3))]) == [[0, 2, 3], [1]]


# -- an undated telling, told in the days after the happening ---------------------------------


def test_an_undated_telling_joins_a_year_only_as_far_as_the_dated_one_s_article_reaches():
    published = when_day(dt.date(2025, 3, 20))
    undated = replace(telling(doc=1, kind="economy", when=None, actors=(0, 2), trigger="intro"), published=published)
    on_a_day = telling(doc=0, kind="economy", when=DAY, actors=(0, 2), trigger="unvei")
    assert groups([on_a_day, undated]) == [[0, 1]]
    this_year = When(dt.date(2025, 1, 1), dt.date(2025, 12, 31), Precision.YEAR, "2025")
    # "this year's conference" told in an article of 18 March: by then, in the days before the 20th
    told_in_march = replace(on_a_day, when=this_year, published=when_day(dt.date(2025, 3, 18)))
    assert groups([told_in_march, undated]) == [[0, 1]]
    # told in an article of 1 February: it happened by then, weeks before the undated one's days
    told_in_february = replace(told_in_march, published=when_day(dt.date(2025, 2, 1)))
    assert groups([told_in_february, undated]) == [[0], [1]]


# -- a wide date holding a narrow one ---------------------------------------------------------


def test_a_year_holding_a_day_joins_with_a_person_in_common_only_told_alike():
    # "In 2019 Jane Doe unveiled the Widget" / "On 11 March 2019 Jane Doe introduced the Gizmo"
    in_year = telling(doc=0, kind="economy", actors=(0,), trigger="unvei", headline="Jane Doe unveiled the Widget", things={"widget"})
    on_day = telling(doc=1, kind="economy", actors=(0,), when=when_day(dt.date(2019, 3, 11)), trigger="intro", headline="Jane Doe introduced the Gizmo", things={"gizmo"})
    assert groups([in_year, on_day]) == [[0], [1]]
    assert groups([in_year, replace(on_day, trigger="unvei", headline="Jane Doe unveiled the Widget", things=frozenset({"widget"}))]) == [[0, 1]]
    assert groups([in_year, replace(on_day, trigger="unvei")]) == [[0], [1]]  # the same word, another thing
    same_day = [replace(in_year, when=DAY), replace(on_day, when=DAY)]
    assert groups(same_day) == [[0, 1]]  # one day: a person in common is enough, as before


def unveiled(tmp_path, name: str, thing: str) -> list[dict]:
    write(tmp_path / name, "a.txt", "date 2025-03-12\nAcme news\n\nAcme Corporation has a new boss. Jane Doe unveiled the Widget in 2019, her first product.\n")
    write(tmp_path / name, "b.txt", f"date 2025-04-02\nAcme at forty\n\nAcme Corporation turns forty. On 11 March 2019, Jane Doe unveiled the {thing} in Paris.\n")
    store = open_store([tmp_path / name], cache=False)
    return [explanation(store, i) for i in store.query(Query())]


def test_two_articles_naming_other_things_unveiled_the_same_year_tell_two_happenings(tmp_path):
    assert len(unveiled(tmp_path, "apart", "Gizmo")) == 2
    (one,) = unveiled(tmp_path, "alike", "Widget")
    assert one["date"] == "2019-03-11" and len(one["evidence"]) == 2


# -- one person in common ---------------------------------------------------------------------


def test_a_death_told_undated_days_later_joins_the_dated_one_with_the_same_word(tmp_path):
    events = explained_events(
        tmp_path,
        a="date 2025-03-12\nNovelist dies\n\nThe novelist Jane Martin died on Monday, aged 84. She wrote twelve books.\n",
        b="date 2025-03-14\nA life in books\n\nReaders wrote to the newspaper. The novelist Jane Martin died after a long illness.\n",
    )
    (death,) = [e for e in events if e["kind"] == "death"]
    assert death["date"] == "2025-03-10" and {ev["doc"][-5:] for ev in death["evidence"]} == {"a.txt", "b.txt"}


def test_one_person_in_common_and_another_apiece_are_two_meetings(tmp_path):
    events = explained_events(
        tmp_path,
        a="date 2025-03-12\nTalks in Geneva\n\nThe minister Paul Durand met Anna Berg on Monday in Geneva.\n",
        b="date 2025-03-13\nMore talks\n\nThe minister Paul Durand met Karl Weiss on Monday in Geneva.\n",
    )
    assert len([e for e in events if e["kind"] == "meeting"]) == 2
    both = [telling(doc=0, kind="meeting", when=DAY, actors=(0, 1)), telling(doc=1, kind="meeting", when=DAY, actors=(0, 1))]
    assert groups(both) == [[0, 1]]
