"""Tellings of one article with their actors resolved (tui.extract.events.tellings_of), through
small stores of articles written for these tests."""

from __future__ import annotations

from newsline_testing import write

from tui.export import event_record
from tui.loading import open_store
from tui.store import Query


def events_of(tmp_path, text: str) -> list[dict]:
    write(tmp_path, "a.txt", text)
    store = open_store([tmp_path], cache=False)
    return [event_record(store, i) for i in store.query(Query())]


def test_a_place_where_it_happened_is_not_a_participant(tmp_path):
    events = events_of(tmp_path, "date 2025-03-12\nLe navigateur Paul Martin est arrivé mardi à Porto (Portugal).\n")
    (event,) = events
    assert "Paul Martin" in event["participants"] and "Portugal" not in event["participants"]
    assert "Portugal" in event["places"]


def test_a_country_attacked_is_a_participant_even_after_en(tmp_path):
    events = events_of(tmp_path, "date 2025-03-12\nL'offensive de la Russie en Ukraine a commencé le 24 février 2022.\n")
    attack = next(e for e in events if e["kind"] == "attack")
    assert {"Russie", "Ukraine"} <= set(attack["participants"])


def test_a_pronoun_subject_brings_the_person_it_stands_for_before_the_others(tmp_path):
    text = (
        "date 2025-03-12\n"
        "La ministre Claire Morel est arrivée à Lyon lundi. "
        "Elle a signé mardi un accord avec la Banque mondiale.\n"
    )
    agreement = next(e for e in events_of(tmp_path, text) if e["kind"] == "agreement")
    assert agreement["participants"][:1] == ["Claire Morel"]


def test_the_title_and_a_sentence_going_on_are_evidence_of_the_lead_s_event(tmp_path):
    text = (
        "date 2025-03-12\n"
        "Acme porte plainte contre Globex\n\n"
        "Le groupe Acme a déposé mardi une plainte contre Globex devant le tribunal de Lyon. "
        "Globex conteste chacun des griefs dans un long mémoire. "
        "Il faisait beau.\n"
    )
    events = events_of(tmp_path, text)
    (lawsuit,) = [e for e in events if e["kind"] == "legal"]
    assert [ev["rule"] for ev in lawsuit["evidence"]] == ["first", "title", "continues"]
    assert lawsuit["date"] == "2025-03-11" and len(events) == 1


def test_explain_says_why_the_title_and_a_sentence_going_on_were_joined(tmp_path):
    from tui.export import explanation

    write(tmp_path, "a.txt", "date 2025-03-12\nAcme porte plainte contre Globex\n\nLe groupe Acme a déposé mardi une plainte contre Globex. Globex conteste chacun des griefs.\n")
    store = open_store([tmp_path], cache=False)
    (event_id,) = store.query(Query())
    whys = [row["why"].split(":")[0] for row in explanation(store, event_id)["evidence"]]
    assert whys == ["first", "title", "continues"]


def test_a_statement_takes_a_date_said_before_it_not_one_of_what_it_says(tmp_path):
    text = (
        "date 2006-03-28\n"
        "Le label Zeta affirme que Omega viole un accord signé en 1991 entre les deux groupes.\n\n"
        "Lors de la rencontre du 3 mars 2006, Zeta a annoncé une nouvelle plainte.\n"
    )
    events = events_of(tmp_path, text)
    said = {e["headline"][:14]: e["date"] for e in events if e["kind"] == "statement"}
    assert said == {"Le label Zeta ": "2006-03-28", "Zeta a annoncé": "2006-03-03"}
    # and the agreement signed in 1991 is one event, not the noun's and its participle's
    assert [e["date"] for e in events if e["kind"] == "agreement"] == ["1991"]


def test_a_clause_naming_no_one_takes_names_from_what_happened_beside_it_not_from_a_plan(tmp_path):
    text = "date 2025-03-12\nUn accord a été signé mardi et la ministre rencontrera la Banque mondiale jeudi.\n"
    (agreement,) = [e for e in events_of(tmp_path, text) if e["kind"] == "agreement"]
    assert "Banque mondiale" not in agreement["participants"]


def test_a_place_listed_after_a_place_is_one_too(tmp_path):
    text = "date 2025-03-12\nLa ministre Claire Morel a visité mardi des usines à Lyon, Marseille et Toulouse.\n"
    (visit,) = [e for e in events_of(tmp_path, text) if e["kind"] == "meeting"]
    assert visit["participants"] == ["Claire Morel"] and {"Lyon", "Marseille", "Toulouse"} <= set(visit["places"])


def test_a_capital_or_country_that_acts_stays_a_participant(tmp_path):
    text = (
        "date 2025-03-12\n"
        "Selon l'agence, Moscou a accusé Kiev mardi. "
        "Le président des États-Unis a signé mercredi un accord avec la Chine.\n"
    )
    events = events_of(tmp_path, text)
    accusation = next(e for e in events if e["kind"] == "statement" and "Moscou" in e["actors"])
    assert "Moscou" in accusation["participants"]
    agreement = next(e for e in events if e["kind"] == "agreement")
    assert {"États-Unis", "Chine"} <= set(agreement["participants"])


def test_an_impersonal_il_stands_for_no_one(tmp_path):
    text = (
        "date 2025-03-12\n"
        "La ministre Claire Morel est arrivée à Lyon lundi. "
        "Le 3 mars 2025, il a été décidé que la Banque mondiale signerait un accord avec le Brésil.\n"
    )
    (decided,) = [e for e in events_of(tmp_path, text) if e["date"] == "2025-03-03"]
    assert "Claire Morel" not in decided["participants"] and "Banque mondiale" in decided["participants"]


def participants_of(tmp_path, text: str, kind: str) -> list[str]:
    return next(e for e in events_of(tmp_path, "date 2025-03-12\n" + text + "\n") if e["kind"] == kind)["participants"]


def test_the_owner_of_a_named_participant_takes_no_part(tmp_path):
    assert "Rolling Stones" not in participants_of(tmp_path, "The Rolling Stones' Tarvix Records sued Globex Media on Monday.", "legal")
    text = "Globex Media settled on Monday its dispute with the Rolling Stones' label, Tarvix Records."
    assert "Rolling Stones" not in participants_of(tmp_path, text, "agreement")


def test_an_organisation_s_country_and_a_language_are_no_participants(tmp_path):
    parts = participants_of(tmp_path, "Le chef de la CIA américaine Paul Morel a rencontré mardi Jean Dupont.", "meeting")
    assert "États-Unis" not in parts and "Paul Morel" in parts
    parts = participants_of(tmp_path, "Le recteur Paul Morel a menacé mardi de bannir le français.", "demand")
    assert "France" not in parts
    assert "Russie" in participants_of(tmp_path, "L'offensive russe a commencé le 24 février 2022.", "attack")


def test_who_is_absent_or_denied_takes_no_part(tmp_path):
    parts = participants_of(tmp_path, "L'Ukraine et les États-Unis se sont réunis mardi, en l'absence de la Russie.", "meeting")
    assert "Russie" not in parts and "Ukraine" in parts
    text = "The court said on Monday that it was Paul Morel, not Jean Dupont, who signed the deal."
    assert "Jean Dupont" not in participants_of(tmp_path, text, "statement")


def test_the_name_of_the_happening_itself_is_no_participant(tmp_path):
    parts = participants_of(tmp_path, "Le Forum mondial de la poésie s'est ouvert lundi en présence de Paul Morel.", "meeting")
    assert not any("Forum" in p for p in parts)


def test_a_venue_and_a_country_after_in_the_are_places(tmp_path):
    text = "date 2025-03-12\nGlobex Media opened on Monday its store in the United States.\nThe talks between Globex Media and Tarvix were held on Monday at the Lakeside Convention Center.\n"
    events = events_of(tmp_path, text)
    assert all("United States" not in e["participants"] and "Lakeside Convention Center" not in e["participants"] for e in events)
    assert any("Lakeside Convention Center" in e["places"] for e in events)


def test_a_place_after_des_or_de_la_is_where_not_who(tmp_path):
    events = events_of(tmp_path, "date 2025-03-12\nLe ministre Paul Morel a signé mardi un accord au retour du Caire.\n")
    assert all("Le Caire" not in e["participants"] for e in events) and any("Le Caire" in e["places"] for e in events)


def test_a_possessive_stands_for_the_actor_named_just_before(tmp_path):
    text = "Les pays occidentaux ont sanctionné la Russie après son annexion en 2014 de la Crimée."
    parts = participants_of(tmp_path, text, "attack")
    assert parts[:1] == ["Russie"] and "Crimée" not in parts


def test_a_pronoun_stands_for_the_first_person_of_the_sentence_naming_someone_last(tmp_path):
    text = (
        "date 2025-03-12\n"
        "Paul Morel est le deuxième skipper, après Jean Dupont, à abandonner la course. "
        "Il a signé mardi un accord avec Globex.\n"
    )
    agreement = next(e for e in events_of(tmp_path, text) if e["kind"] == "agreement")
    assert agreement["participants"][:1] == ["Paul Morel"]


def test_a_pronoun_of_a_sentence_told_by_its_date_alone_is_its_subject(tmp_path):
    text = "date 2025-03-12\nLe skipper Paul Morel a signé lundi avec Globex. En 2009 déjà, il avait dû finir la course sans quille.\n"
    dated = next(e for e in events_of(tmp_path, text) if e["date"] == "2009")
    assert "Paul Morel" in dated["participants"]


def test_a_verb_cut_from_its_subject_with_no_comma_takes_it_back(tmp_path):
    text = "After the trial of Jean Dupont ended Globex Media CEO Paul Morel extended an invitation to the band on Monday."
    parts = participants_of(tmp_path, text, "statement")
    assert "Paul Morel" in parts and "Jean Dupont" not in parts


def test_a_participle_or_gerund_takes_the_subject_of_the_verb_it_hangs_on(tmp_path):
    text = "L'Ukraine a accepté mardi une proposition des États-Unis et appelant Moscou à se prononcer."
    assert {"Ukraine", "Moscou"} <= set(participants_of(tmp_path, text, "demand"))
    text = "Globex Media added video to its phones in 1989, prompting Tarvix Records to file suit again."
    assert {"Globex Media", "Tarvix Records"} <= set(participants_of(tmp_path, text, "legal"))


def test_il_a_ete_followed_by_a_role_stands_for_someone(tmp_path):
    text = (
        "date 2025-03-12\n"
        "Le diplomate Paul Morel a été ambassadeur au Caire. "
        "Il avait été à l'origine d'un rapprochement avec l'Iran, en menant des négociations secrètes en 2011.\n"
    )
    talks = next(e for e in events_of(tmp_path, text) if e["kind"] == "meeting")
    assert "Paul Morel" in talks["participants"]


def test_a_clause_naming_no_one_takes_the_names_of_the_clause_before_it(tmp_path):
    text = "Paul Morel est rentré au port avant le départ, après avoir heurté lundi un cargo, et Jean Dupont a signé mardi un accord."
    dated = next(e for e in events_of(tmp_path, "date 2025-03-12\n" + text + "\n") if e["kind"] == "disaster")
    assert dated["participants"] == ["Paul Morel"]


def test_a_dateline_place_is_where_it_was_written(tmp_path):
    events = events_of(tmp_path, "date 2025-03-12\n- Lyon - Le ministre Paul Morel a signé mardi un accord avec Globex.\n")
    agreement = next(e for e in events if e["kind"] == "agreement")
    assert "Lyon" not in agreement["participants"] and "Paul Morel" in agreement["participants"]


def test_a_possessive_in_an_opening_phrase_stands_for_the_subject_after_it(tmp_path):
    text = "Lors de sa visite chez Globex Media mardi, le ministre Paul Morel a dénoncé la Russie."
    assert participants_of(tmp_path, text, "meeting")[:1] == ["Paul Morel"]


def test_a_country_named_as_absent_a_few_words_on_takes_no_part(tmp_path):
    text = "Paul Morel a mené en 2011 des négociations avec l'Iran malgré l'absence de relations diplomatiques avec la Russie."
    assert "Russie" not in participants_of(tmp_path, text, "meeting")



def test_the_country_of_a_person_s_office_is_no_participant(tmp_path):
    text = "Paul Morel a été élu président de l'Égypte le 24 juin avec 52 % des voix."
    parts = participants_of(tmp_path, text, "election")
    assert "Paul Morel" in parts and "Égypte" not in parts
    assert "Égypte" in participants_of(tmp_path, "La Libye a attaqué l'Égypte le 24 juin.", "attack")


def test_a_court_where_a_case_was_heard_is_a_place(tmp_path):
    text = "Tarvix Records lost its court case against Globex Media on Monday in the Northern Court."
    assert "Northern Court" not in participants_of(tmp_path, text, "legal")
    assert "Northern Court" in participants_of(tmp_path, "The Northern Court ruled on Monday against Globex Media.", "legal")


def test_who_is_named_in_a_relative_clause_describing_someone_takes_no_part(tmp_path):
    text = "Paul Morel a été élu maire le 24 juin contre son rival Jean Dupont, qui fut le conseiller de Marc Durand."
    parts = participants_of(tmp_path, text, "election")
    assert {"Paul Morel", "Jean Dupont"} <= set(parts) and "Marc Durand" not in parts
