"""Joins that put two happenings of one article in one event, refused (issue 11: merge precision)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from tui.extract.merge import Telling
from tui.extract.merge import merge_tellings as merged_events
from tui.extract.timex.when import when_day

DAY = when_day(dt.date(2025, 3, 11))
ARTICLE_DATES = [when_day(dt.date(2025, 3, 12))]
KINDS = ["person", "organisation"]  # actor 0 the chief, 1 the company


def telling(sentence, kind="economy", actors=(0, 1), weak=False, when=DAY):
    start = sentence * 100
    return Telling(0, start, start + 90, -1, -1, when, None, kind, actors, f"{kind} {sentence}", False, sentence, weak)


def groups(tellings):
    return sorted(sorted(e.tellings) for e in merged_events(tellings, ARTICLE_DATES, KINDS))


def test_two_economy_tellings_naming_the_chief_stay_apart():
    # "Acme's chief Jane Roe said the company sold ten million radios. Roe also unveiled a new phone."
    assert groups([telling(0), telling(1)]) == [[0], [1]]


def test_an_economy_event_noun_right_after_with_the_chief_joins():
    # "Jane Roe said Acme's sales rose. The rise came from …"
    assert groups([telling(0), telling(1, weak=True)]) == [[0, 1]]


def test_other_kinds_still_join_on_a_person():
    # "Jane Roe met the minister. Roe and the minister met again at noon."
    assert groups([telling(0, kind="meeting"), telling(1, kind="meeting")]) == [[0, 1]]


def test_a_title_skips_a_lead_telling_its_own_text_dates_months_before_the_article():
    # "Acme unveils its new phone" / "The chip, first shown by Acme in January, ..." / "Acme today unveiled ..."
    published = when_day(dt.date(2025, 6, 8))
    january = when_day(dt.date(2025, 1, 9))
    title = replace(telling(0, actors=(1,), when=None), title=True, published=published)
    background = replace(telling(1, actors=(1,), when=january), published=published)
    news = replace(telling(2, actors=(1,), when=published), published=published)
    assert groups([title, background, news]) == [[0, 2], [1]]


def clauses(text: str, lang: str, gazetteer):
    """The text of each happening's clause."""
    from tui.corpus.document import DocDate
    from tui.extract.actors import find_mentions
    from tui.extract.happenings import find_happenings
    from tui.extract.sentences import split_sentences
    from tui.extract.timex import tag_timexes

    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    return [text[h.clause_start : h.clause_end] for h in find_happenings(text, split_sentences(text), timexes, mentions, lang)]


def test_a_semicolon_ends_the_clause_before_it(gazetteer):
    found = clauses("Les rebelles ont menacé la préfecture ; le mouvement justifie ces menaces par la misère des villages.", "fr", gazetteer)
    assert found and all("justifie" not in c for c in found)


def test_a_semicolon_before_a_date_does_not_end_it(gazetteer):
    found = clauses("Des enseignants ont manifesté devant la mairie ; le 4 juillet 2024.", "fr", gazetteer)
    assert any("4 juillet" in c for c in found)


def dates(text: str, gazetteer):
    """(kind, date value) of each happening of an English sentence told on 2025-03-12."""
    from tui.corpus.document import DocDate
    from tui.extract.actors import find_mentions
    from tui.extract.happenings import find_happenings
    from tui.extract.sentences import split_sentences
    from tui.extract.timex import tag_timexes

    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), "en", [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, "en")
    return [(h.kind, timexes[h.timex].value if h.timex >= 0 else None) for h in found]


def test_a_possessive_date_says_which_occasion_not_when(gazetteer):
    found = dates("Yesterday, at this year's Global Robotics Summit, the chief of Acme unveiled a folding tablet.", gazetteer)
    assert ("economy", "2025-03-11") in found


def test_a_year_before_a_name_says_which_edition_not_when(gazetteer):
    found = dates("The tablet was unveiled by Acme at the firm's 2024 Design Forum three days ago.", gazetteer)
    assert ("economy", "2025-03-09") in found


def test_a_year_before_a_common_noun_still_dates_it(gazetteer):
    found = dates("Acme cited the 2019 agreement in court.", gazetteer)
    assert any(value == "2019" for _, value in found)


def test_and_before_a_modal_ends_the_clause(gazetteer):
    found = clauses("The robot was shown at a trade conference last spring and will replace the older model of Acme.", "en", gazetteer)
    assert found and all("replace" not in c for c in found)


def test_two_legal_steps_naming_one_person_stay_apart():
    # "A judge barred Roe from working for Globex. Acme had sued Roe to block the move."
    assert groups([telling(0, kind="legal"), telling(1, kind="legal")]) == [[0], [1]]


@pytest.mark.parametrize(
    ("text", "lang", "later"),
    [
        ("Le syndicat a demandé une enquête publique, bien que la direction ait déjà écarté les recours du comité.", "fr", "écarté"),
        ("The union demanded a public inquiry, although the board had blocked every appeal of the committee.", "en", "blocked"),
    ],
)
def test_a_contrast_after_a_comma_ends_the_clause(gazetteer, text, lang, later):
    found = clauses(text, lang, gazetteer)
    assert found and all(later not in c for c in found)


def test_as_before_a_subject_and_past_verb_ends_the_clause(gazetteer):
    found = clauses("The shop was renamed Acme Market in 2019, as the firm began selling films and books.", "en", gazetteer)
    assert found and all("renamed" not in c for c in found if "selling" in c)


def test_as_well_as_does_not_cut(gazetteer):
    found = clauses("Acme unveiled a tablet, as well as a watch, at its yearly event.", "en", gazetteer)
    assert any("watch" in c for c in found)


def test_an_earlier_happening_after_apres_ends_at_the_comma_before_the_main_verb(gazetteer):
    found = clauses("Le skipper, après avoir heurté une bouée en quittant le port, a pu repartir vers midi.", "fr", gazetteer)
    assert found and all("repartir" not in c for c in found if "heurté" in c)


def test_a_company_abbreviated_with_a_dot_still_employs_the_person_its_role_names():
    from tui.extract.affiliations import find_relations
    from tui.extract.model import ActorKind, Mention

    text = "Globex Corp. CEO Jane Roe opened a plant."
    mentions = [
        Mention(0, 11, "Globex Corp", "globex corp", None, ActorKind.ORGANISATION),
        Mention(17, 25, "Jane Roe", "jane roe", None, ActorKind.PERSON),
    ]
    assert [(r.member, r.group, r.membership) for r in find_relations(text, mentions)] == [(1, 0, True)]
