"""Joining what the presenter of a launch did at it ("at the same launch", tui.extract.merge):
on invented articles, read end to end, and on tellings made for these tests."""

from __future__ import annotations

import datetime as dt

from newsline_testing import write

from tui.export import explanation
from tui.extract.merge import SAME_LAUNCH, SAME_REPORT, Telling, trigger_key
from tui.extract.merge import merge_tellings as merged_events
from tui.extract.timex.when import when_day
from tui.loading import open_store
from tui.store import Query

DAY = when_day(dt.date(2024, 9, 11))
KINDS = ["person", "person", "organisation", "organisation"]  # actor ids 0..3
ARTICLE_DATES = [when_day(dt.date(2024, 9, 12))]

LAUNCH_ARTICLE = """ date 2024-09-12
Zentek unveils the Orbix 7 phone

September 12, 2024

Yesterday, at the Zentek Summit in Denver, Zentek chief executive Laura Brennan unveiled the Orbix 7, a folding phone.
The launch had been expected for months.
During the keynote, Brennan demoed the phone's new satellite messaging as well.
The Orbix 7 was praised by Brennan as "the lightest phone we have made."
Brennan also introduced the Pellar watch, sold separately.
Brennan also noted that the company has sold forty million phones.
"""


REPORT_ARTICLE = """ date 2031-04-15
Belmarie : l'ONG Vigie Santé dénonce la pénurie de médicaments

15 avril 2031. - L'ONG Vigie Santé a publié un rapport dans lequel elle dénonce la pénurie de médicaments dans les hôpitaux de Belmarie.

L'ONG dénonce également le manque de personnel dans les services d'urgence. Cependant, l'ONG précise que « la situation varie selon les régions ».

Le directeur de Vigie Santé, Paul Kerrand, précise que l'organisation a interrogé 300 médecins. L'ONG a demandé au ministère de la Santé de Belmarie d'agir.
"""


def telling(kind="economy", when=DAY, actors=(0, 2), trigger="unveiled", sentence=1, things=(), another=False, headline=""):
    return Telling(
        0, sentence * 100, sentence * 100 + 90, -1, -1, when, None, kind, actors, headline or f"{kind} {sentence}", sentence=sentence,
        trigger=trigger_key(trigger), things=frozenset(things), another=another,
    )


def groups(tellings):
    return sorted(sorted(e.tellings) for e in merged_events(tellings, ARTICLE_DATES, KINDS))


def launch_events(tmp_path, text=LAUNCH_ARTICLE) -> list[dict]:
    write(tmp_path, "launch.txt", text)
    store = open_store([tmp_path], cache=False)
    return [explanation(store, i) for i in store.query(Query())]


def _texts_joined_by(events, rule):
    return [piece["text"] for event in events for piece in event["evidence"] if piece["rule"].startswith(rule)]


# -- end to end ---------------------------------------------------------------------------


def test_what_the_presenter_did_at_the_launch_joins_it(tmp_path):
    joined = _texts_joined_by(launch_events(tmp_path), SAME_LAUNCH)
    assert any("demoed the phone's new satellite" in text for text in joined)
    assert any("was praised by Brennan" in text for text in joined)


def test_one_more_thing_introduced_or_one_more_statement_stays_apart(tmp_path):
    joined = _texts_joined_by(launch_events(tmp_path), SAME_LAUNCH)
    assert not any("Pellar" in text for text in joined)
    assert not any("forty million" in text for text in joined)


def test_the_rule_is_explained(tmp_path):
    events = launch_events(tmp_path)
    reasons = [piece["why"] for event in events for piece in event["evidence"] if piece["rule"] == SAME_LAUNCH]
    assert reasons and all("presenter" in reason for reason in reasons)


# -- on tellings ----------------------------------------------------------------------------


def test_a_demo_by_the_presenter_naming_no_thing_joins_the_launch():
    launch = telling(things=("orbix",))
    demo = telling(trigger="demoed", actors=(0,), sentence=5, another=True)
    assert [0, 1] in groups([launch, demo])


def test_a_later_statement_of_the_presenter_joins_unless_it_is_one_more():
    launch = telling(things=("orbix",))
    praise = telling(kind="statement", trigger="praised", actors=(0,), sentence=4, things=("orbix",))
    more = telling(kind="statement", trigger="noted", actors=(0,), sentence=6, another=True)
    assert groups([launch, praise, more]) == [[0, 1], [2]]


def test_another_thing_another_person_or_another_date_stays_apart():
    launch = telling(things=("orbix",))
    other_thing = telling(trigger="introduced", actors=(0,), sentence=5, things=("pellar",))
    other_company = telling(kind="meeting", trigger="met", actors=(0, 3), sentence=6)
    earlier = telling(trigger="demoed", actors=(0,), sentence=7, when=when_day(dt.date(2024, 3, 2)))
    assert groups([launch, other_thing, other_company, earlier]) == [[0], [1], [2], [3]]


def test_only_a_launch_by_a_person_in_the_lead_opens_an_occasion():
    by_company = telling(actors=(2,), things=("orbix",))
    late = telling(sentence=9, things=("orbix",))
    sale = telling(trigger="sold", sentence=1, things=("orbix",))
    follow = telling(trigger="demoed", actors=(0,), sentence=10)
    assert groups([by_company, telling(trigger="demoed", actors=(0,), sentence=5)]) == [[0], [1]]
    assert groups([late, follow]) == [[0], [1]]
    assert groups([sale, follow]) == [[0], [1]]


def test_a_different_act_at_the_launch_of_another_kind_stays_apart():
    launch = telling(things=("orbix",))
    attack = telling(kind="legal", trigger="sued", actors=(0,), sentence=3)
    assert groups([launch, attack]) == [[0], [1]]


# -- in the same report -------------------------------------------------------------------


def test_the_authors_later_statements_join_the_report_also_or_not(tmp_path):
    joined = _texts_joined_by(launch_events(tmp_path, REPORT_ARTICLE), SAME_REPORT)
    assert any("dénonce également le manque" in text for text in joined)
    assert any("la situation varie" in text for text in joined)


def test_a_person_speaking_or_a_demand_of_the_author_stays_apart(tmp_path):
    joined = _texts_joined_by(launch_events(tmp_path, REPORT_ARTICLE), SAME_REPORT)
    assert not any("Kerrand" in text or "a demandé" in text for text in joined)


def test_a_statement_naming_a_report_opens_it_only_in_the_lead_and_for_its_author():
    report = telling(kind="statement", actors=(2,), trigger="published", headline="Acme published a study on sleep")
    again = telling(kind="statement", actors=(2,), trigger="said", sentence=5, another=True)
    other_author = telling(kind="statement", actors=(3,), trigger="said", sentence=6)
    later_day = telling(kind="statement", actors=(2,), trigger="said", sentence=7, when=when_day(dt.date(2024, 10, 1)))
    assert groups([report, again, other_author, later_day]) == [[0, 1], [2], [3]]
    reported = telling(kind="statement", actors=(2,), trigger="reported", headline="Acme reported a loss")
    assert groups([reported, again]) == [[0], [1]]  # "reported" is no report
    late = telling(kind="statement", actors=(2,), sentence=9, headline="Acme published a study on sleep")
    assert groups([late, telling(kind="statement", actors=(2,), sentence=12)]) == [[0], [1]]
