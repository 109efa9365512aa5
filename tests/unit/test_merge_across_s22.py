"""Joining one happening told by several articles in other words: words of one act
(data/same_happening.yaml), a happening retold in passing months later, and one day told in the
same words with one organisation in common (tui.extract.merge), on tellings and articles made for
these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from newsline_testing import write

from tui.export import explanation
from tui.extract.merge import RETOLD, SAME_WORD, SAME_WORDS_DAY, Telling, block_keys, compared_kind, trigger_key
from tui.extract.merge import _families, _said_alike
from tui.extract.merge import merge_tellings as merged_events
from tui.extract.model import Precision, When
from tui.extract.timex.when import when_day
from tui.loading import open_store
from tui.store import Query

DAY = when_day(dt.date(2025, 3, 11))
KINDS = ["person", "person", "organisation", "organisation", "country", "country", "organisation"]  # actor ids 0..6
ARTICLE_DATES = [when_day(dt.date(2025, 3, 12))] * 3


def telling(doc=0, kind="economy", when=DAY, actors=(0, 2), trigger="unveiled", headline="", things=(), published=None):
    return Telling(
        doc, 100, 190, -1, -1, when, None, kind, actors, headline or f"{kind} {doc}", sentence=1,
        trigger=trigger_key(trigger), things=frozenset(things), published=published,
    )


def joined(tellings) -> tuple[list[list[int]], set[str]]:
    """The tellings each event holds, and the rules that joined them."""
    events = list(merged_events(tellings, ARTICLE_DATES, KINDS))
    return sorted(sorted(e.tellings) for e in events), {rule for e in events for rule in e.rules}


def groups(tellings):
    return joined(tellings)[0]


def rules(tellings):
    return joined(tellings)[1]


def events_of(tmp_path, **articles: str) -> list[dict]:
    """The events of the invented articles, as ``newsline events --explain`` tells them."""
    for name, text in articles.items():
        write(tmp_path, f"{name}.txt", text)
    store = open_store([tmp_path], cache=False)
    return list(map(lambda i: explanation(store, i), store.query(Query())))


# -- words of one act ---------------------------------------------------------------------------


def test_words_of_one_act_are_said_alike_and_words_of_two_acts_are_not():
    def alike(a: str, b: str) -> bool:
        return _said_alike(telling(trigger=a), telling(trigger=b))

    assert alike("unveiled", "introduced") and alike("dévoilé", "unveiling") and alike("resigned", "stepped down")
    assert alike("filed a lawsuit", "sued")  # a phrase holding a word of the family
    assert alike("réélu", "victoire") and alike("re-elected", "réélection") and alike("died", "was killed")
    assert not alike("unveiled", "released")  # shown first, put on sale later: two acts
    assert not alike("said", "announced") and not alike("said", "unveiled")
    assert alike("settled", "settlement")  # the same word, as before
    assert _families(trigger_key("said")) == frozenset()


def test_a_statement_said_with_a_word_of_an_act_is_compared_as_that_act():
    assert compared_kind(telling(kind="statement", trigger="unveils")) == "economy"
    assert compared_kind(telling(kind="statement", trigger="said")) == "statement"
    # another kind keeps its own: "est sorti de l'hôpital" is no launch
    assert compared_kind(telling(kind="other", trigger="sortie")) == "other"
    title_like = telling(doc=0, kind="statement", trigger="unveils", headline="Acme unveils the Widget", things={"widget"})
    lead_like = telling(doc=1, kind="economy", trigger="unveiled", headline="Jane Doe unveiled the Widget", things={"widget"})
    assert groups([title_like, lead_like]) == [[0, 1]]
    assert groups([replace(title_like, trigger=trigger_key("said")), lead_like]) == [[0], [1]]


def test_one_organisation_on_one_day_is_enough_said_with_two_words_of_one_act():
    resigned = telling(doc=0, kind="appointment", actors=(2,), trigger="resigned")
    stepped_down = telling(doc=1, kind="appointment", actors=(2,), trigger="stepped down")
    assert groups([resigned, stepped_down]) == [[0, 1]] and SAME_WORD in rules([resigned, stepped_down])
    appointed = replace(stepped_down, trigger=trigger_key("appointed"))
    assert groups([resigned, appointed]) == [[0], [1]]


# -- told again, months later -------------------------------------------------------------------


def later(days: int) -> dt.date:
    return DAY.first + dt.timedelta(days=days)


def retelling(days: int, **changes) -> Telling:
    """"When Jane Doe first introduced the Widget …", undated, in an article ``days`` after."""
    base = telling(
        doc=1, when=None, trigger="introduced", headline="When Jane Doe first introduced the Widget", things={"widget"},
        published=when_day(later(days)),
    )
    return replace(base, **changes)


UNVEILED = telling(doc=0, headline="Jane Doe unveiled the Widget, a phone", things={"widget"})


def test_an_undated_telling_months_later_retells_what_another_article_dates():
    assert groups([UNVEILED, retelling(70)]) == [[0, 1]] and RETOLD in rules([UNVEILED, retelling(70)])


def test_a_retelling_needs_the_thing_the_act_and_the_reach():
    assert groups([UNVEILED, retelling(70, things=frozenset({"gizmo"}))]) == [[0], [1]]  # another thing
    assert groups([UNVEILED, retelling(70, things=frozenset())]) == [[0], [1]]  # no thing named
    assert groups([UNVEILED, retelling(70, trigger=trigger_key("announced"))]) == [[0], [1]]  # no act of a family
    assert groups([UNVEILED, retelling(70, trigger=trigger_key("released"))]) == [[0], [1]]  # another act
    assert groups([UNVEILED, retelling(150)]) == [[0], [1]]  # too long after
    assert groups([UNVEILED, retelling(-5)]) == [[0], [1]]  # told before it happened


def test_a_retelling_needs_a_person_or_two_actors_in_common():
    assert groups([UNVEILED, retelling(70, actors=(2,))]) == [[0], [1]]  # one company in common: too little
    assert groups([UNVEILED, retelling(70, actors=(0,))]) == [[0, 1]]  # the person who did it


def test_a_retelling_is_in_the_blocks_of_the_months_it_reaches_back_only():
    months = {key[3] for key in block_keys(retelling(70))}
    assert months == {(2025, 2), (2025, 3), (2025, 4), (2025, 5)}  # 92 days back from 20 May
    plain = replace(retelling(70), trigger=trigger_key("announced"), kind="appointment")
    assert {key[3] for key in block_keys(plain)} == {(2025, 5)}  # the fortnight before its article


def test_articles_retelling_an_unveiling_two_months_later_make_one_event(tmp_path):
    events = events_of(
        tmp_path,
        a="date 2025-03-12\nAcme unveils the Zephyr\n\nAcme chief executive Jane Doe unveiled the Zephyr, a tablet, on Tuesday in Denver.\n",
        b="date 2025-05-20\nZephyr sales\n\nWhen Acme chief executive Jane Doe first introduced the Zephyr, critics doubted it. The tablet sold well.\n",
    )
    (unveiling,) = [e for e in events if "unveil" in e["headline"]]
    assert {ev["doc"][-5:] for ev in unveiling["evidence"]} == {"a.txt", "b.txt"}
    assert unveiling["date"] == "2025-03-11"


# -- one day, the same words --------------------------------------------------------------------


def placed(doc: int, headline: str, when=DAY, actors=(2,)) -> Telling:
    return telling(doc=doc, kind="other", when=when, actors=actors, trigger="placed", headline=headline)


def test_one_day_told_in_three_same_words_with_one_organisation_in_common_is_one_happening():
    a = placed(0, "Acme placed twelve districts on orange alert")
    b = placed(1, "Twelve districts were placed on orange alert by Acme")
    assert groups([a, b]) == [[0, 1]] and SAME_WORDS_DAY in rules([a, b])


def test_one_day_and_one_organisation_with_fewer_words_alike_or_another_day_are_two():
    a = placed(0, "Acme placed twelve districts on orange alert")
    assert groups([a, placed(1, "Acme placed its shares on the market")]) == [[0], [1]]  # two words alike
    assert groups([a, placed(1, "Twelve districts were placed on orange alert by Acme", when=when_day(later(1)))]) == [[0], [1]]
    # each names another organisation: two alerts
    assert groups([placed(0, a.headline, actors=(2, 3)), placed(1, a.headline + " again", actors=(2, 6))]) == [[0], [1]]


# -- a person and the organisation their article says they belong to ---------------------------


def test_a_person_and_the_organisation_they_belong_to_are_one_actor_in_common_said_alike():
    by_company = telling(doc=0, actors=(2,), trigger="unveiled", headline="Acme unveiled the Widget", things={"widget"})
    by_its_chief = telling(doc=1, actors=(0,), trigger="introduced", headline="Jane Doe introduced the Widget", things={"widget"})
    assert groups([by_company, by_its_chief]) == [[0], [1]]  # nothing says Jane Doe is of Acme
    of_acme = replace(by_its_chief, employers=(2,))
    assert groups([by_company, of_acme]) == [[0, 1]]
    assert ("actor", "economy", 2, (2025, 3)) in block_keys(of_acme)  # met in the company's block
    assert groups([by_company, replace(of_acme, employers=(3,))]) == [[0], [1]]  # of another company
    # two people of Acme, each told by one article: Acme is named by neither
    assert groups([replace(by_company, actors=(1,), employers=(2,)), of_acme]) == [[0], [1]]
    # "Jane Doe signed with John Roe": two acting, no company acting through its chief
    assert groups([by_company, replace(of_acme, actors=(0, 1))]) == [[0], [1]]
    # a year both write: a company's people do many things in a year
    year = When(dt.date(2025, 1, 1), dt.date(2025, 12, 31), Precision.YEAR, "2025")
    assert groups([replace(by_company, when=year), replace(of_acme, when=year)]) == [[0], [1]]


def chief_article(thing: str) -> str:
    return (
        "date 2025-03-13\nDenver show\n\nAcme Inc. chief executive Tom Harlan spoke to investors in Denver last week. "
        f"Harlan introduced the {thing} on March 11, a tablet of his own design.\n"
    )


def test_an_article_naming_the_chief_joins_one_naming_the_company_on_that_day(tmp_path):
    company = "date 2025-03-12\nAcme unveils the Zephyr\n\nAcme Inc. unveiled the Zephyr, a tablet computer, on Tuesday in Denver.\n"
    events = events_of(tmp_path / "same", a=company, b=chief_article("Zephyr"))
    assert [{ev["doc"][-5:] for ev in e["evidence"]} for e in events if e["kind"] == "economy"] == [{"a.txt", "b.txt"}]
    events = events_of(tmp_path / "other", a=company, b=chief_article("Gizmo"))
    assert len([e for e in events if e["kind"] == "economy"]) == 2


# -- one occasion, dated in two ways --------------------------------------------------------------


def refunds(name: str) -> str:
    return (
        "date 2025-07-19\nAcme offers refunds\n\nAcme Inc. said on Friday that it would refund every buyer of the Zephyr. "
        f"The announcement came in a press conference held by {name} on Friday in Denver.\n"
    )


LEAVES = (
    "date 2025-08-09\nAcme executive leaves\n\nAcme Inc. chief executive Tom Harlan thanked the departing engineer. "
    "In a press conference on July 18, Harlan said that all buyers would be refunded.\n"
)


def test_a_press_conference_told_on_friday_and_on_july_18_is_one_happening(tmp_path):
    # a statement said with the name of an occasion, not with "said"; "Friday", "July" date it
    # and name no thing; Tom Harlan is of Acme by his article
    events = events_of(tmp_path / "same", a=refunds("Acme"), b=LEAVES)
    (conference,) = [e for e in events if "press conference" in e["headline"]]
    assert {ev["doc"][-5:] for ev in conference["evidence"]} == {"a.txt", "b.txt"}
    events = events_of(tmp_path / "other", a=refunds("Globex Corp."), b=LEAVES)
    assert not [e for e in events if len({ev["doc"] for ev in e["evidence"]}) > 1]


def test_one_organisation_in_common_and_a_country_apiece_are_two_agreements():
    # "Acme signed an agreement with Germany" / "Acme and China signed an agreement", one day
    with_germany = telling(doc=0, kind="agreement", actors=(2, 4), trigger="signed")
    with_china = telling(doc=1, kind="agreement", actors=(2, 5), trigger="signed")
    assert groups([with_germany, with_china]) == [[0], [1]]
    assert groups([with_germany, replace(with_china, actors=(2,))]) == [[0, 1]]


# -- a month holding a day, the same thing --------------------------------------------------------


def test_a_month_holding_the_day_joins_by_one_organisation_when_the_thing_is_the_same():
    march = When(dt.date(2025, 3, 1), dt.date(2025, 3, 31), Precision.MONTH, "2025-03")
    on_day = telling(doc=0, actors=(2,), trigger="unveiled", headline="Acme unveiled the Zephyr", things={"zephyr"})
    in_month = telling(doc=1, actors=(2,), when=march, trigger="introduced", headline="Acme introduced the Zephyr", things={"zephyr"})
    assert groups([on_day, in_month]) == [[0, 1]]
    assert groups([on_day, replace(in_month, things=frozenset())]) == [[0], [1]]  # nothing more alike
    assert groups([on_day, replace(in_month, things=frozenset({"gizmo"}))]) == [[0], [1]]


def test_an_unveiling_retold_by_its_month_joins_and_the_release_stays_apart(tmp_path):
    unveiled = "date 2025-03-12\nAcme unveils the Zephyr\n\nAcme Inc. unveiled the Zephyr, a tablet computer, on Tuesday in Denver. The tablet costs 499 dollars.\n"
    later = "date 2025-06-20\nZephyr on sale\n\nAcme Inc. released the Zephyr on Thursday in twelve countries. Acme Inc. introduced the Zephyr in March at a show in Denver.\n"
    events = [e for e in events_of(tmp_path, a=unveiled, b=later) if e["kind"] == "economy"]
    assert sorted((e["date"], len({ev["doc"] for ev in e["evidence"]})) for e in events) == [("2025-03-11", 2), ("2025-06-19", 1)]


# -- an act done once, retold with its person -----------------------------------------------------


def test_an_act_done_once_is_retold_months_later_by_its_person_without_a_thing():
    resigned = telling(doc=0, kind="appointment", actors=(0, 2), trigger="resigned", headline="Jane Doe resigned")
    stepped_down = retelling(70, kind="appointment", actors=(0,), trigger=trigger_key("stepped down"), things=frozenset(), headline="Jane Doe stepped down")
    assert groups([resigned, stepped_down]) == [[0, 1]] and RETOLD in rules([resigned, stepped_down])
    assert groups([resigned, replace(stepped_down, actors=(2,))]) == [[0], [1]]  # the company alone
    appointed = replace(stepped_down, trigger=trigger_key("appointed"))
    assert groups([replace(resigned, trigger=trigger_key("appointed")), appointed]) == [[0], [1]]  # done many times
    assert groups([resigned, replace(stepped_down, published=when_day(later(150)))]) == [[0], [1]]


def test_a_resignation_told_again_two_months_later_is_one_event(tmp_path):
    quits = "date 2025-03-12\nAcme chief quits\n\nAcme Inc. chief executive Jane Doe resigned on Tuesday after ten years at the head of the company.\n"
    looks = "date 2025-05-20\nAcme looks for a chief\n\nAcme Inc. has not found a new chief executive. Jane Doe stepped down after ten years at the head of the company.\n"
    resignations = [e for e in events_of(tmp_path, a=quits, b=looks) if e["kind"] == "appointment"]
    assert [(e["date"], {ev["doc"][-5:] for ev in e["evidence"]}) for e in resignations] == [("2025-03-11", {"a.txt", "b.txt"})]


def test_a_year_holding_the_day_joins_a_re_election_and_a_victory_of_one_person():
    year = When(dt.date(2024, 1, 1), dt.date(2024, 12, 31), Precision.YEAR, "2024")
    re_elected = telling(doc=0, kind="election", when=year, actors=(0,), trigger="réélue", headline="Jane Doe a été réélue")
    victory = telling(doc=1, kind="election", when=when_day(dt.date(2024, 11, 5)), actors=(0,), trigger="victoire", headline="la victoire de Jane Doe")
    assert groups([re_elected, victory]) == [[0, 1]]
    assert groups([re_elected, replace(victory, trigger=trigger_key("candidature"))]) == [[0], [1]]
