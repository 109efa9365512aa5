"""Joins that generalise (session 23): quoted words go with the speaker the quotation closes on, a
sentence going on or a definite noun with a date of its own joins no telling dated otherwise or
undated, and names that only tell a nationality or a place take no part. Each rule on sentences
and tellings made up for these tests, with a case it must still join and one it must not."""

from __future__ import annotations

from dataclasses import replace

import pytest
from newsline_testing import write

from unit.test_merge_within_s22 import groups, merge, rule_of, told
from unit.test_participants_company_s22 import events_told
from tui.extract.merge import CONTINUES, REFERS_BACK
from tui.extract.timex.when import when_year


def dated(sentence, kind, headline, year, **flags):
    return replace(told(sentence, kind, headline, **flags), when=when_year(year))


def evidence_of(tmp_path, text: str, words: str) -> list[str]:
    """The sentences of the one event whose evidence holds ``words``."""
    write(tmp_path, "a.txt", "date 2025-03-12\n" + text + "\n")
    (event,) = events_told(tmp_path, words)
    return [ev["text"] for ev in event["evidence"]]


# -- quoted words go with the statement their quotation closes on ---------------------------------


def test_quoted_words_join_the_speaker_the_quotation_closes_on_fr(tmp_path):
    text = (
        "Les gisements contiennent du cuivre, indique une étude publiée mardi. "
        "« Rien n'est jamais sûr. Le gisement est immense » a déclaré Paul Morel."
    )
    assert any("Rien n'est jamais sûr" in s for s in evidence_of(tmp_path, text, "a déclaré Paul Morel"))
    assert not any("Rien n'est jamais sûr" in s for s in evidence_of(tmp_path, text, "indique une étude"))


def test_quoted_words_join_the_speaker_the_quotation_closes_on_en(tmp_path):
    text = 'Tarvix said on Monday that its sales rose. "Nothing is ever certain. But we can confirm the trend," said Jane Doe.'
    assert any("Nothing is ever certain" in s for s in evidence_of(tmp_path, text, "said Jane Doe"))


def test_a_quotation_closing_on_no_statement_still_goes_on_with_the_one_before_fr(tmp_path):
    text = "Paul Morel a déclaré mardi : « Le mât a cassé. Je rentre au port. »"
    assert any("Je rentre au port" in s for s in evidence_of(tmp_path, text, "a déclaré mardi"))


def test_a_quotation_closing_on_no_statement_still_goes_on_with_the_one_before_en(tmp_path):
    text = 'Jane Doe said on Monday: "The mast broke. I am going back to port."'
    assert any("going back to port" in s for s in evidence_of(tmp_path, text, "said on Monday"))


def quoted(sentence, headline, quoted_for=-1):
    return told(sentence, "statement", headline, actors=(), continues=True, quoted_for=quoted_for)


def test_quoted_words_go_to_the_statement_whose_clause_their_quotation_closes_on():
    tellings = [
        told(0, "statement", "indique une étude", actors=()),
        quoted(1, "Rien n'est jamais sûr", quoted_for=200),
        told(2, "statement", "Le gisement est immense a déclaré Paul Morel", actors=(0,), clause_start=200),
    ]
    events = merge(tellings)
    assert groups(events) == [[0], [1, 2]] and rule_of(events, 1) == CONTINUES


def test_quoted_words_closing_on_no_statement_go_on_with_the_statement_before():
    tellings = [
        told(0, "statement", "Jane Doe said the mast broke", actors=(0,)),
        quoted(1, "I am going back to port"),
        told(2, "statement", "Tarvix said its sales rose", actors=(2,)),
    ]
    assert groups(merge(tellings)) == [[0, 1], [2]]


# -- a sentence going on with a date of its own ---------------------------------------------------


def going_on(sentence, headline, actors=(2,), own_dates=()):
    return told(sentence, "other", headline, actors=actors, continues=True, own_dates=own_dates)


def test_a_sentence_going_on_dated_otherwise_is_no_more_of_the_telling():
    # "En 2007, Tarvix a vendu son usine. Son action avait triplé en 2004."
    tellings = [
        dated(0, "economy", "Tarvix a vendu son usine", 2007),
        going_on(1, "Son action avait triplé", own_dates=(when_year(2004),)),
    ]
    assert groups(merge(tellings)) == [[0]]  # (the sentence going on with nothing is no event)


def test_a_sentence_going_on_dated_alike_still_goes_on():
    # "In 2007 Tarvix sold its plant. It was a hard year for Tarvix staff in 2007."
    tellings = [
        dated(0, "economy", "Tarvix sold its plant", 2007),
        going_on(1, "It was a hard year for Tarvix staff", own_dates=(when_year(2007),)),
    ]
    events = merge(tellings)
    assert groups(events) == [[0, 1]] and rule_of(events, 1) == CONTINUES


def test_a_sentence_going_on_with_a_year_before_is_left_out_en(tmp_path):
    text = "On Monday Tarvix sold its Leeds plant to Globex. It should be noted that the stock of Tarvix tripled in 2004."
    assert not any("tripled" in s for s in evidence_of(tmp_path, text, "sold its Leeds plant"))


def test_a_sentence_going_on_on_the_same_day_still_goes_on_en(tmp_path):
    # ("tripled" is a happening of its own since "stock tripled" is read as one: a verb the lexicon lacks)
    text = "On Monday Tarvix sold its Leeds plant to Globex. It should be noted that the stock of Tarvix wobbled on Monday."
    assert any("wobbled" in s for s in evidence_of(tmp_path, text, "sold its Leeds plant"))


def test_a_date_after_the_article_dates_a_plan_not_the_sentence_going_on(tmp_path):
    text = (
        "Tarvix said on Monday that it will cut 300 jobs. "
        "It should be noted that the stock of Tarvix will be sold in 2031."
    )
    assert any("2031" in s for s in evidence_of(tmp_path, text, "Tarvix said on Monday"))


# -- a definite noun with a date of its own -------------------------------------------------------


def test_a_definite_noun_its_sentence_dates_does_not_refer_back_to_an_undated_telling_fr(tmp_path):
    text = "Tarvix a vendu son usine de Lyon. La vente annuelle de voitures a atteint 7 milliards en 2006."
    assert evidence_of(tmp_path, text, "La vente annuelle") == ["La vente annuelle de voitures a atteint 7 milliards en 2006."]


def test_a_definite_noun_its_sentence_dates_refers_back_to_a_telling_dated_alike_fr(tmp_path):
    text = "En 2006, Tarvix a vendu son usine de Lyon. La vente annuelle de voitures a atteint 7 milliards en 2006."
    assert len(evidence_of(tmp_path, text, "La vente annuelle")) == 2


def test_a_definite_noun_its_sentence_dates_does_not_refer_back_to_an_undated_telling_en(tmp_path):
    text = "Tarvix gained a record $1 billion. The annual revenue of the company made up $7 billion in 2006."
    assert len(evidence_of(tmp_path, text, "The annual revenue")) == 1


def test_a_definite_noun_its_sentence_dates_refers_back_to_a_telling_dated_alike_en(tmp_path):
    text = "In 2006 Tarvix gained a record $1 billion. The annual revenue of the company made up $7 billion in 2006."
    assert len(evidence_of(tmp_path, text, "The annual revenue")) == 2


def test_an_undated_definite_noun_still_refers_back_to_an_undated_telling():
    # "Acme settled with Globex. The settlement gives Acme the trademark."
    tellings = [
        told(0, "agreement", "Acme settled with Globex"),
        told(1, "agreement", "The settlement gives Acme the trademark", definite=True),
    ]
    events = merge(tellings)
    assert groups(events) == [[0, 1]] and rule_of(events, 1) == REFERS_BACK


def test_a_dated_definite_noun_does_not_refer_back_to_an_undated_telling():
    tellings = [
        told(0, "agreement", "Acme settled with Globex"),
        dated(1, "agreement", "The 1991 settlement gave Acme the trademark", 1991, definite=True),
    ]
    assert groups(merge(tellings)) == [[0], [1]]


# -- who takes part: joined demonyms, names joined to a place, the source of a report --------------


def participants_of(tmp_path, text: str, words: str, reported: bool) -> set[str]:
    """The participants of the events told by ``words``; ``reported``: only of what was reported
    (not of the statement reporting it)."""
    write(tmp_path, "a.txt", "date 2025-03-12\n" + text + "\n")
    return {p for e in events_told(tmp_path, words) if not reported or e["kind"] != "statement" for p in e["participants"]}


@pytest.mark.parametrize(
    ("text", "words", "name", "takes_part", "reported"),
    [
        # a demonym joined to one telling a nationality tells one too; countries joined still act
        ("Des chercheurs russes et américains ont publié une étude lundi.", "ont publié", "États-Unis", False, False),
        ("Russian and American researchers published a study on Monday.", "published", "Russia", False, False),
        ("La Russie et les États-Unis ont signé un accord lundi.", "ont signé", "États-Unis", True, False),
        ("Russia and the United States signed a treaty on Monday.", "signed", "United States", True, False),
        # a name of unknown kind joined to a place by "et", "and" is one; after a comma it may act
        ("Des bureaux de vote ont été incendiés lundi à Lyon et Ombreval.", "incendiés", "Ombreval", False, False),
        ("Ballot boxes were burnt on Monday in Leeds and Thornwick.", "burnt", "Thornwick", False, False),
        ("Des bureaux de vote ont été incendiés lundi à Lyon, Ombreval a condamné ces actes.", "a condamné", "Ombreval", True, False),
        ("Ballot boxes were burnt on Monday in Leeds, Thornwick condemned the attack.", "condemned", "Thornwick", True, False),
        # the source of a report is not whom a pronoun after it stands for; a subject before is
        (
            "Le chanteur Paul Morel est mort samedi. Selon son producteur, Michel Durand, son état de "
            "santé s'était clairement détérioré ces derniers jours et il avait sombré dans le coma.",
            "avait sombré", "Michel Durand", False, True,
        ),
        (
            "The singer Paul Morel died on Saturday. According to his manager, Michel Durand, he had "
            "been arrested in 2019.",
            "been arrested", "Michel Durand", False, True,
        ),
        ("Michel Durand a quitté Lyon samedi. Il a rejoint le port de Brest dimanche.", "a rejoint", "Michel Durand", True, False),
        ("Michel Durand left Leeds on Saturday. He reached the port of Hull on Sunday.", "reached", "Michel Durand", True, False),
        # "within the", "outside the", "around the" before a country say where
        ("Tarvix cut its prices on Monday, with prices below those charged within the United States.", "cut its prices", "United States", False, False),
        ("Within a week, the United States signed a treaty with Tarvix.", "signed a treaty", "United States", True, False),
    ],
)
def test_who_takes_part(tmp_path, text, words, name, takes_part, reported):
    assert (name in participants_of(tmp_path, text, words, reported)) == takes_part


# -- of two verbs of saying, the statement is the one naming a person who speaks -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le gisement est immense, indique une étude publiée à Lyon, a annoncé Paul Morel.",
        "The deposit is huge, a study done in Russia indicates, Paul Morel told the AFP.",
    ],
)
def test_of_two_verbs_of_saying_the_statement_is_the_named_person_s(tmp_path, text):
    assert "Paul Morel" in participants_of(tmp_path, text, "Paul Morel", reported=False)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le gisement est immense, indique une étude publiée à Lyon.", "indique une étude"),
        ("The deposit is huge, Tarvix Inc. said on Monday.", "Tarvix Inc. said"),
    ],
)
def test_one_verb_of_saying_naming_no_person_is_still_a_statement(tmp_path, text, words):
    write(tmp_path, "a.txt", "date 2025-03-12\n" + text + "\n")
    assert [e["kind"] for e in events_told(tmp_path, words)] == ["statement"]
