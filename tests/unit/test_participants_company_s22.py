"""The company behind a sale or a launch takes part in it: the organisation the article links the
clause's person to, or, naming no one, the company opening the title. Articles made up for these
tests."""

from __future__ import annotations

import pytest
from newsline_testing import write

from unit.test_event_participants_more import participants_told
from tui.export import event_record
from tui.loading import open_store
from tui.store import Query


# -- the company behind a sale or a launch ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "company"),
    [
        # the first person's company, linked by the article
        ("Paul Morel, the chief executive of Tarvix Inc., spoke on Monday in Paris. On Tuesday, Morel unveiled a new phone.", "unveiled", "Tarvix Inc"),
        ("Paul Morel, le directeur général de Globex, a parlé lundi. Paul Morel a vendu mardi l'usine de Lyon.", "a vendu", "Globex"),
    ],
)
def test_a_sale_or_a_launch_by_someone_of_a_company_is_the_company_s_too(tmp_path, text, words, company):
    assert company in participants_told(tmp_path, text, words)


def test_what_someone_of_a_company_says_is_not_the_company_s(tmp_path):
    text = "Paul Morel, the chief executive of Tarvix Inc., spoke on Monday in Paris. On Tuesday, Morel said that the weather was fine."
    assert "Tarvix Inc" not in participants_told(tmp_path, text, "Morel said")


@pytest.mark.parametrize(
    ("title", "body", "words", "company"),
    [
        (
            "# Tarvix Corp. unveils the Zephyr phone",
            "Tarvix Corp. held an event in Paris on Monday. A new version of the Zephyr software was released on Tuesday.",
            "was released",
            "Tarvix Corp",
        ),
        (
            "# Économie : Globex va vendre ses usines",
            "Le groupe Globex a réuni lundi ses actionnaires à Paris. La vente des usines de Lyon a été conclue mardi pour 3 millions d'euros.",
            "a été conclue",
            "Globex",
        ),
    ],
)
def test_a_sale_or_a_launch_naming_no_one_is_the_title_s_company(tmp_path, title, body, words, company):
    assert company in participants_told_md(tmp_path, title, body, words)


def test_a_title_not_opening_on_a_company_gives_no_one(tmp_path):
    body = "Le groupe Globex a réuni lundi ses actionnaires à Paris. La vente des usines de Lyon a été conclue mardi pour 3 millions d'euros."
    assert "Globex" not in participants_told_md(tmp_path, "# Chômage : le nombre d'emplois menacés monte selon Globex", body, "La vente")


def participants_told_md(tmp_path, title: str, body: str, words: str) -> set[str]:
    """As ``participants_told``, in a Markdown article with a title."""
    write(tmp_path, "a.md", f"---\ndate: 2025-03-12\n---\n{title}\n\n{body}\n")
    return {p for e in events_told(tmp_path, words) for p in e["participants"]}


def events_told(folder, words: str) -> list[dict]:
    """The event records of the articles in ``folder`` with evidence holding ``words``."""
    store = open_store([folder], cache=False)
    events = [event_record(store, i) for i in store.query(Query())]
    told = [e for e in events if any(words in ev["text"] for ev in e["evidence"])]
    assert told, f"no event told by {words!r}"
    return told


def test_a_deal_signed_by_someone_of_a_company_is_not_the_company_s(tmp_path):
    # (two deals of its people on one day would join across articles by the company)
    text = "Paul Morel, the chief executive of Tarvix Inc., spoke on Monday in Paris. On Tuesday, Morel signed an agreement with Globex."
    assert "Tarvix Inc" not in participants_told(tmp_path, text, "signed an agreement")
