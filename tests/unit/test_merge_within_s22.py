"""Within-article joins, session 22: which earlier telling a demonstrative names, a quote that
runs on into the next sentence, and what a title's actors must share with the lead. Tellings and
articles made up for these tests."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from newsline_testing import write

from tui.export import event_record
from tui.extract.merge import CONTINUES, REFERS_BACK, SAME_ARTICLE_WORD, TELLS_AGAIN, TITLE, TITLE_PERSON, Telling, content_words
from tui.extract.merge import merge_tellings as merged_events
from tui.extract.timex.when import when_day
from tui.loading import open_store
from tui.store import Query

KINDS = ["person", "person", "organisation", "organisation", "country"]  # actor ids 0..4
ARTICLE_DATES = [when_day(dt.date(2020, 5, 4))]


def merge(tellings):
    return list(merged_events(tellings, ARTICLE_DATES, KINDS))


def groups(events):
    return sorted(sorted(e.tellings) for e in events)


def told(sentence, kind, headline, actors=(2,), **flags):
    start = sentence * 100
    return Telling(0, start, start + 90, -1, -1, None, None, kind, actors, headline, sentence=sentence, **flags)


def rule_of(events, i):
    event = next(e for e in events if i in e.tellings)
    return dict(zip(event.tellings, event.rules))[i]


# -- a demonstrative names the telling that said its noun and what completes it ----------------


def test_a_demonstrative_names_the_telling_saying_its_noun_and_complement():
    # "Les résultats montrent une baisse des commandes et une baisse du cours en bourse. Cette
    # baisse des commandes vient de la crise." The fall of the orders, not the nearest fall.
    tellings = [
        told(0, "economy", "une baisse des commandes", weak=True),
        told(0, "economy", "une baisse du cours en bourse", weak=True),
        told(1, "economy", "Cette baisse des commandes vient de la crise", actors=(), refers_back=True),
    ]
    events = merge(tellings)
    assert [0, 2] in groups(events)
    assert rule_of(events, 2) == REFERS_BACK


def test_a_demonstrative_saying_only_its_noun_names_the_nearest():
    # "Acme a signalé une baisse des commandes, puis une baisse du cours. Cette baisse inquiète."
    tellings = [
        told(0, "economy", "une baisse des commandes", weak=True),
        told(0, "economy", "une baisse du cours en bourse", weak=True),
        told(1, "economy", "Cette baisse inquiète les salariés", actors=(), refers_back=True),
    ]
    assert [1, 2] in groups(merge(tellings))


def test_a_demonstrative_is_not_drawn_back_to_an_earlier_mention_of_its_noun():
    # "Acme sued Globex. The first lawsuit was settled out of court. Acme filed suit again in 1999.
    # That lawsuit was settled too.": the last suit, though "the first lawsuit" says the noun.
    tellings = [
        told(0, "legal", "Acme sued Globex", actors=(2, 3)),
        told(1, "legal", "The first lawsuit was settled out of court", actors=(), definite=True, weak=True),
        told(2, "legal", "Acme filed suit again", actors=(2, 3), another=True),
        told(3, "legal", "That lawsuit was settled out of court too", actors=(), refers_back=True),
    ]
    assert [2, 3] in groups(merge(tellings))


# -- a quote that runs on into the next sentence ----------------------------------------------


def a_quote(sentence, headline):
    """A sentence opening on a quote and telling nothing of its own (as the happenings package makes it)."""
    start = sentence * 100
    return Telling(0, start, start + 90, -1, -1, None, None, "statement", (), headline, sentence=sentence, continues=True,
                   words=content_words(headline))


def test_a_quote_after_no_statement_is_the_next_sentence_s_statement():
    # 'Acme opened a plant. "We will hire. We will train everyone," said Anna Berg.'
    tellings = [
        told(0, "economy", "Acme opened a plant"),
        a_quote(1, "We will hire"),
        told(2, "statement", "We will train everyone, said Anna Berg", actors=(0,)),
    ]
    events = merge(tellings)
    assert [0] in groups(events) and [1, 2] in groups(events)
    assert rule_of(events, 1) == CONTINUES


def test_a_quote_after_a_statement_goes_on_with_it():
    # 'Anna Berg said Acme would hire. "It is a good day." Bob Stone said the union agreed.'
    tellings = [
        told(0, "statement", "Anna Berg said Acme would hire", actors=(0,)),
        a_quote(1, "It is a good day"),
        told(2, "statement", "Bob Stone said the union agreed", actors=(1,)),
    ]
    assert [0, 1] in groups(merge(tellings))


def test_a_quote_with_no_statement_after_it_stays_with_what_was_told():
    # 'Acme opened a plant. "A new era." Globex closed one.'
    tellings = [told(0, "economy", "Acme opened a plant"), a_quote(1, "A new era"), told(2, "economy", "Globex closed one", actors=(3,))]
    assert [0, 1] in groups(merge(tellings))


def test_a_quote_running_on_joins_its_speaker_in_an_article(tmp_path):
    text = (
        "date 2025-03-12\n"
        "Northwind opens a plant\n\n"
        "Northwind opened a plant in Leeds on Tuesday. "
        '"We are proud of the people here. We will move the whole line to this town," '
        "said Claire Dumas, the head of the site.\n"
    )
    write(tmp_path, "a.txt", text)
    store = open_store([tmp_path], cache=False)
    records = [event_record(store, i) for i in store.query(Query())]
    quote = next(r for r in records if any(ev["text"].startswith('"We are proud') for ev in r["evidence"]))
    assert [ev["rule"] for ev in quote["evidence"]] == ["first", CONTINUES]
    assert quote["evidence"][0]["text"].endswith("the head of the site.")


# -- a title naming who acts joins a lead telling naming them, not only its setting -----------


def a_title(kind, actors):
    return Telling(0, 0, 40, -1, -1, None, None, kind, actors, "title", sentence=0, title=True)


def test_a_title_s_country_alone_does_not_join_a_lead_telling():
    # "Erewhon : Acme dénonce la censure" / "Anna Berg, de Acme, précise : « la censure continue en Erewhon »":
    # Erewhon is the title's setting; Acme (an organisation) is who denounces.
    tellings = [a_title("statement", (4, 2)), told(2, "statement", "Anna Berg précise", actors=(0, 4))]
    assert all(0 not in e.tellings or len(e.tellings) == 1 for e in merge(tellings))


def test_a_title_joins_the_lead_telling_naming_who_acts():
    tellings = [a_title("statement", (4, 2)), told(2, "statement", "Acme dénonce la censure", actors=(2, 4))]
    events = merge(tellings)
    assert [0, 1] in groups(events) and rule_of(events, 0) == TITLE


def test_a_title_naming_only_a_country_joins_on_the_country():
    # "Erewhon : élections reportées" / "Erewhon a reporté ses élections": nobody else acts.
    tellings = [a_title("election", (4,)), told(2, "election", "Erewhon a reporté ses élections", actors=(4,))]
    assert [0, 1] in groups(merge(tellings))


def test_a_title_naming_only_a_country_joins_a_lead_telling_naming_no_one():
    # "Erewhon : des citoyens appellent à la grève" / "Ils réclament une hausse des salaires."
    tellings = [a_title("demand", (4,)), told(2, "demand", "Ils réclament une hausse des salaires", actors=())]
    assert [0, 1] in groups(merge(tellings))


def test_a_title_naming_someone_does_not_join_a_lead_telling_naming_no_one():
    # "Acme dénonce la censure" / "Ils réclament la fin de la censure": not said to be Acme.
    tellings = [a_title("demand", (2,)), told(2, "demand", "Ils réclament la fin de la censure", actors=())]
    assert all(0 not in e.tellings or len(e.tellings) == 1 for e in merge(tellings))


def a_worded_title(actors, words):
    return Telling(0, 0, 40, -1, -1, None, None, "other", actors, "title", sentence=0, title=True, words=frozenset(words))


def test_a_title_does_not_join_an_event_noun_in_passing():
    # "Acme to cut 800 jobs" / "Acme announced it will cut 800 jobs. Among the cuts, the closing
    # of 300 jobs in Leeds.": the cut in passing is no event (undated); the title tells the
    # announcement, which says fewer of its words.
    tellings = [
        a_worded_title((2,), {"jobs", "closi"}),
        told(1, "statement", "Acme announced it will cut 800 jobs"),
        told(2, "economy", "the closing of 300 jobs", actors=(), weak=True),
    ]
    events = merge(tellings)
    assert [0, 1] in groups(events)


def test_a_title_in_no_words_of_the_lead_joins_the_lead_telling_naming_its_person():
    # "Anna Berg victime d'une erreur" / "Acme a publié un rapport. Anna Berg a été blessée par un tir."
    tellings = [
        a_worded_title((0,), {"victi", "erreu"}),
        told(1, "statement", "Acme a publié un rapport", actors=(2,)),
        told(2, "attack", "Anna Berg a été blessée par un tir", actors=(0,)),
    ]
    events = merge(tellings)
    assert [0, 2] in groups(events)
    assert rule_of(events, 0) == TITLE_PERSON


def test_a_title_in_no_words_of_the_lead_naming_no_person_joins_nothing():
    tellings = [a_worded_title((2,), {"victi", "erreu"}), told(1, "statement", "Acme a publié un rapport", actors=(2,))]
    assert all(0 not in e.tellings or len(e.tellings) == 1 for e in merge(tellings))


# -- a definite noun naming what a statement announced -----------------------------------------


def test_a_definite_noun_names_what_a_statement_before_announced():
    # "Acme a annoncé qu'elle va supprimer 800 postes. Le syndicat proteste. Les salariés se
    # réunissent. La suppression de ces postes est due à la crise."
    tellings = [
        told(0, "statement", "Acme a annoncé qu'elle va supprimer 800 postes"),
        told(1, "protest", "Le syndicat proteste", actors=(3,)),
        told(3, "economy", "La suppression de ces postes est due à la crise", actors=(), definite=True, weak=True),
    ]
    events = merge(tellings)
    assert [0, 2] in groups(events)
    assert rule_of(events, 2) == REFERS_BACK


def test_a_definite_noun_no_statement_said_joins_nothing():
    # "Acme a annoncé un bénéfice record. … La suppression de ces postes est due à la crise."
    tellings = [
        told(0, "statement", "Acme a annoncé un bénéfice record"),
        told(3, "economy", "La suppression de ces postes est due à la crise", actors=(), definite=True, weak=True),
    ]
    assert all(len(g) == 1 for g in groups(merge(tellings)))


def test_a_definite_noun_dated_apart_from_the_announcement_is_another_step():
    # "Acme said on 4 May 2020 it will reduce its staff. … The reduction in 2023 cost 300 jobs."
    announced = Telling(0, 0, 90, -1, -1, when_day(dt.date(2020, 5, 4)), None, "statement", (2,), "Acme said it will reduce its staff", sentence=0)
    later = Telling(0, 300, 390, -1, -1, when_day(dt.date(2023, 1, 9)), None, "economy", (), "The reduction cost 300 jobs", sentence=3,
                    definite=True, weak=True)
    assert all(len(g) == 1 for g in groups(merge([announced, later])))


# -- told again further on with the same word, to the same person ----------------------------


def test_a_death_told_again_further_on_with_its_word_joins():
    # "Anna Berg a été tuée par un tir. [three sentences] La journaliste a été tuée par des tirs de mortier."
    tellings = [
        told(0, "death", "Anna Berg a été tuée par un tir", actors=(0,), trigger="tuee"),
        told(1, "statement", "Acme a publié un rapport", actors=(2,)),
        told(4, "death", "La journaliste a été tuée par des tirs de mortier", actors=(0,), trigger="tuee"),
    ]
    events = merge(tellings)
    assert [0, 2] in groups(events)
    assert rule_of(events, 2) == SAME_ARTICLE_WORD


def test_the_same_word_to_another_person_is_another_happening():
    tellings = [
        told(0, "death", "Anna Berg a été tuée par un tir", actors=(0,), trigger="tuee"),
        told(4, "death", "Bob Stone a été tué par un tir", actors=(1,), trigger="tuee"),
    ]
    assert groups(merge(tellings)) == [[0], [1]]


def test_the_same_word_said_again_of_a_kind_an_article_tells_many_of_joins_nothing():
    # "Anna Berg sold 300 shares. … Anna Berg sold her house.": a company article tells many sales.
    tellings = [
        told(0, "economy", "Anna Berg sold 300 shares", actors=(0,), trigger="sold"),
        told(4, "economy", "Anna Berg sold her house", actors=(0,), trigger="sold"),
    ]
    assert groups(merge(tellings)) == [[0], [1]]


def test_the_same_word_with_again_is_one_more():
    # "Anna Berg was wounded. … Anna Berg was wounded again."
    tellings = [
        told(0, "death", "Anna Berg was wounded", actors=(0,), trigger="wound"),
        told(4, "death", "Anna Berg was wounded again", actors=(0,), trigger="wound", another=True),
    ]
    assert groups(merge(tellings)) == [[0], [1]]


# -- a sentence telling nothing known that tells an earlier happening again -------------------


def going_on_naming(sentence, headline, actors):
    start = sentence * 100
    return Telling(0, start, start + 90, -1, -1, None, None, "other", actors, headline, sentence=sentence, continues=True,
                   words=content_words(headline))


def passing(actors=(2, 3)):
    # "Acme passed Globex as the top seller in March."
    return Telling(0, 0, 90, -1, -1, None, None, "economy", actors, "Acme passed Globex as the top seller", sentence=0,
                   words=content_words("passed as the top seller"))


def after_passing(going):
    """The passing, two sentences about others ("Initech bought Hooli. Initech said sales
    held."), then ``going``."""
    return [passing(), told(1, "economy", "Initech bought Hooli", actors=(1,)), told(2, "statement", "Initech said sales held", actors=(1,)), going]


def test_a_sentence_naming_two_actors_again_with_a_word_tells_it_again():
    # "Acme passed Globex as the top seller. Initech bought Hooli. Initech said sales held. A memo
    # showed Acme passed Globex in March."
    tellings = after_passing(going_on_naming(3, "A memo showed Acme passed Globex", (2, 3)))
    events = merge(tellings)
    assert [0, 3] in groups(events)
    assert rule_of(events, 3) == TELLS_AGAIN


def test_a_sentence_naming_the_actors_again_in_other_words_tells_nothing_again():
    tellings = after_passing(going_on_naming(3, "Acme and Globex share a warehouse", (2, 3)))
    assert all(3 not in g or len(g) == 1 for g in groups(merge(tellings)))


def test_one_actor_and_one_word_again_is_not_enough():
    tellings = after_passing(going_on_naming(3, "Acme passed its audit", (2,)))
    assert all(3 not in g or len(g) == 1 for g in groups(merge(tellings)))


def test_a_sentence_saying_also_is_one_more_thing_not_told_again():
    # "… A memo also showed Acme passed Globex.": one more thing it showed.
    tellings = after_passing(replace(going_on_naming(3, "A memo also showed Acme passed Globex", (2, 3)), another=True))
    assert all(3 not in g or len(g) == 1 for g in groups(merge(tellings)))


def test_a_threat_said_again_further_on_is_not_the_same_threat():
    # "Erewhon avait menacé d'expulser Anna Berg. … La liberté d'Anna Berg est menacée par …"
    tellings = [
        told(0, "demand", "Erewhon avait menacé d'expulser Anna Berg", actors=(4, 0), trigger="menac"),
        told(4, "demand", "la liberté est menacée par une démocratie", actors=(0,), trigger="menac"),
    ]
    assert groups(merge(tellings)) == [[0], [1]]


def going_on_flags(text, gazetteer):
    """(another) of each sentence going on in ``text``, as the happenings package finds them."""
    from tui.corpus.document import DocDate
    from tui.extract.actors import find_mentions
    from tui.extract.happenings import find_happenings
    from tui.extract.sentences import split_sentences
    from tui.extract.timex import tag_timexes

    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), "fr", [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    return [h.another for h in find_happenings(text, split_sentences(text), timexes, mentions, "fr") if h.continues]


def test_a_sentence_going_on_with_also_says_one_more_thing(gazetteer):
    opening = "Le musée Northwind a ouvert mardi une salle à Lyon. "
    assert going_on_flags(opening + "Il expose aussi des maquettes de bateaux.", gazetteer) == [True]
    assert going_on_flags(opening + "Il expose des maquettes de bateaux.", gazetteer) == [False]


# -- a quotation running over several sentences -------------------------------------------------


def quote_evidence(tmp_path, body):
    write(tmp_path, "a.txt", "date 2025-03-12\nNorthwind rentre au port\n\n" + body + "\n")
    store = open_store([tmp_path], cache=False)
    return [[ev["text"] for ev in r["evidence"]] for r in (event_record(store, i) for i in store.query(Query()))]


QUOTATION = "Le skipper Marc Dubois a indiqué mardi : « Le mât a cassé pendant la nuit. Rien ne fonctionne plus à bord. Le bateau tient bon. »"


def test_the_sentences_of_a_quotation_are_the_speaker_s_words(tmp_path):
    said = next(texts for texts in quote_evidence(tmp_path, QUOTATION) if any("a indiqué" in t for t in texts))
    assert [t[:12] for t in said] == ["Le skipper M", "Rien ne fonc", "Le bateau ti"]


def test_a_sentence_after_the_quotation_is_not_the_speaker_s_words(tmp_path):
    told = quote_evidence(tmp_path, QUOTATION + " Elle reste calme depuis lundi soir.")
    assert not any(t.startswith("Elle reste") for texts in told for t in texts)


def test_quoted_words_after_quoted_words_go_on_with_the_statement():
    # 'Anna Berg said the line was safe. "It was tested. Twice."'
    tellings = [
        told(0, "statement", "Anna Berg said the line was safe", actors=(0,)),
        a_quote(1, "It was tested"),
        a_quote(2, "Twice"),
    ]
    events = merge(tellings)
    assert groups(events) == [[0, 1, 2]]
    assert rule_of(events, 2) == CONTINUES


def test_words_naming_no_one_after_a_quotation_do_not_go_on_with_it():
    # 'Anna Berg said the line was safe. "It was tested." It opened in 2019.'
    tellings = [
        told(0, "statement", "Anna Berg said the line was safe", actors=(0,)),
        a_quote(1, "It was tested"),
        going_on_naming(2, "It opened in 2019", ()),
    ]
    assert groups(merge(tellings)) == [[0, 1]]  # (the sentence going on with nothing is no event)


def test_explain_names_the_death_told_again_in_its_word(tmp_path, monkeypatch, capsys):
    from tui.cli import main

    text = (
        "date 2024-05-10\nLa journaliste Anna Berg a été tuée le 3 mai à Lyon. Le syndicat Acme a publié un communiqué. "
        "Les élus ont demandé une enquête. Le maire a reçu les familles. Anna Berg a été tuée par un tir de mortier.\n"
    )
    write(tmp_path / "deaths", "d.txt", text)
    monkeypatch.chdir(tmp_path)
    main(["events", "deaths", "--format", "json"])
    death = next(e for e in json.loads(capsys.readouterr().out) if e["kind"] == "death")
    assert [x["rule"] for x in death["evidence"]] == ["first", SAME_ARTICLE_WORD]
    main(["events", "deaths", "--explain", str(death["id"])])
    assert f"{SAME_ARTICLE_WORD}: told again further on" in " ".join(capsys.readouterr().out.split())
