"""What happened, of which kind and when, on sentences written for these tests: the breadth of
the trigger lexicon (the common words of each kind, French agreed and passé simple forms), the
words of two senses, the tenses and moods that tell no happening (opinions, questions,
"whether"), the rules that choose the kind of a sentence telling two things (a support verb
and its noun, a statement about a plan, a talk by phone, a court, a product shown) and the
clause a date belongs to (an aside, a goal, an occasion, a charge)."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes

_ARTICLE_DAY = "2025-03-12"


def kinds_and_dates(text: str, lang: str, gazetteer, last: str | None = None) -> list[tuple[str, str | None]]:
    """(kind, date value or None) of each happening told, weak event nouns left out."""
    import datetime as dt

    timexes = tag_timexes(text, DocDate.parse(_ARTICLE_DAY), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    article_last = dt.date.fromisoformat(last) if last else None
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang, article_last)
    return [(h.kind, timexes[h.timex].value if h.timex >= 0 else None) for h in found if not h.weak]


@pytest.mark.parametrize(
    "text, lang, kind",
    [
        ("Gunmen opened fire on a crowded market on Tuesday.", "en", "attack"),
        ("The new governor was sworn in on Friday.", "en", "appointment"),
        ("Three hikers perished on the mountain last week.", "en", "death"),
        ("An appeals court overturned the ruling on Monday.", "en", "legal"),
        ("Dock workers went on strike on Monday.", "en", "protest"),
        ("The two unions struck a deal with the airline on Sunday.", "en", "agreement"),
        ("A cargo ship ran aground off the coast on Monday.", "en", "disaster"),
        ("The regulator fined the bank on Thursday.", "en", "sanction"),
        ("Des hommes armés ont ouvert le feu sur une patrouille mardi.", "fr", "attack"),
        ("Le nouveau maire a prêté serment vendredi.", "fr", "appointment"),
        ("Le tribunal a débouté le syndicat lundi.", "fr", "legal"),
        ("Les cheminots ont débrayé lundi.", "fr", "protest"),
        ("Un chalutier a sombré au large de la Bretagne lundi.", "fr", "disaster"),
        ("Un randonneur a été retrouvé mort lundi.", "fr", "death"),
        ("La ministre s'est rendue à Varsovie lundi.", "fr", "meeting"),
        ("La société a été placée en redressement judiciaire lundi.", "fr", "economy"),
        ("La loi a été votée par les députés mardi.", "fr", "election"),
    ],
)
def test_the_common_words_of_each_kind_tell_a_happening_of_that_kind(text, lang, kind, gazetteer):
    assert [k for k, _date in kinds_and_dates(text, lang, gazetteer)] == [kind]


@pytest.mark.parametrize(
    "text, lang",
    [
        # A word of the lexicon used as an adjective or in another sense tells nothing.
        ("Ces langues sont économiquement mortes depuis longtemps.", "fr"),
        ("La ministre s'est rendu compte de son erreur.", "fr"),
        ("He will be sworn in next week.", "en"),
        ("Prices soar every winter.", "en"),
    ],
)
def test_other_senses_futures_and_habits_of_the_new_words_tell_nothing(text, lang, gazetteer):
    assert [k for k, _date in kinds_and_dates(text, lang, gazetteer) if k != "other"] == []


def test_an_anonymous_source_claiming_is_hearsay_not_a_statement(gazetteer):
    found = kinds_and_dates("An anonymous insider claimed that the plant was closing.", "en", gazetteer)
    assert ("statement", None) not in found


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # The noun a support verb makes happen says what happened, not the verb ("launched").
        ("The rebels launched an offensive on Tuesday.", "en", [("attack", "2025-03-11")]),
        ("The regulator opened an investigation on Monday.", "en", [("legal", "2025-03-10")]),
        ("A powerful earthquake struck the island on Monday.", "en", [("disaster", "2025-03-10")]),
        ("Les rebelles ont lancé une offensive mardi.", "fr", [("attack", "2025-03-11")]),
        ("Une violente tempête a frappé la côte lundi.", "fr", [("disaster", "2025-03-10")]),
        # With a noun of its own kind the verb tells it ("launched a sale" is one launch).
        ("The retailer launched a new product line on Monday.", "en", [("economy", "2025-03-10")]),
    ],
)
def test_a_support_verb_takes_the_kind_of_the_event_noun_it_makes_happen(text, lang, expected, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer) == expected


def test_a_noun_acted_on_by_a_negated_verb_did_not_happen(gazetteer):
    assert kinds_and_dates("Les rebelles n'ont pas lancé d'offensive mardi.", "fr", gazetteer) == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La ministre s'est entretenue par téléphone avec son homologue lundi.", "fr"),
        ("The two presidents discussed the crisis by phone on Monday.", "en"),
        ("Les deux dirigeants ont discuté en visioconférence lundi.", "fr"),
    ],
)
def test_a_meeting_held_by_phone_is_a_call(text, lang, gazetteer):
    assert [k for k, _date in kinds_and_dates(text, lang, gazetteer)] == ["call"]


def test_a_meeting_in_person_stays_a_meeting(gazetteer):
    found = kinds_and_dates("La ministre s'est entretenue avec son homologue à Rome lundi.", "fr", gazetteer)
    assert [k for k, _date in found] == ["meeting"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le gouvernement a annoncé des hausses d'impôt.", "fr"),
        ("The mayor promised a referendum.", "en"),
        ("La présidente a proposé une rencontre.", "fr"),
    ],
)
def test_a_plan_announced_is_the_statement_not_a_happening(text, lang, gazetteer):
    timexes = tag_timexes(text, DocDate.parse(_ARTICLE_DAY), lang, [(0, len(text))])
    found = find_happenings(text, split_sentences(text), timexes, find_mentions(text, [(0, len(text))], gazetteer), lang)
    assert [h.kind for h in found] == ["statement"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le ministre a réaffirmé l'engagement de ramener le déficit à zéro en 2027.", "fr"),
        ("The minister pledged to balance the budget by 2027.", "en"),
    ],
)
def test_a_date_after_an_infinitive_is_the_goals_not_the_statements(text, lang, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer, last=_ARTICLE_DAY) == [("statement", None)]


def test_a_date_before_the_infinitive_dates_the_statement(gazetteer):
    found = kinds_and_dates("Le ministre a promis en janvier 2025 de démissionner.", "fr", gazetteer, last=_ARTICLE_DAY)
    assert found == [("statement", "2025-01")]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Le nouvel album est sorti en Europe mercredi.", "economy"),
        ("Le sénateur est sorti de l'hôpital mercredi.", "other"),
        ("L'équipe est sortie vainqueur du tournoi mercredi.", "other"),
    ],
)
def test_sortir_is_a_release_only_when_nothing_is_left(text, kind, gazetteer):
    assert [k for k, _date in kinds_and_dates(text, "fr", gazetteer)] == [kind]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The council called for a ceasefire on Monday.", "en", [("demand", "2025-03-10")]),
        ("Le gouvernement a annoncé des hausses d'impôt mardi.", "fr", [("statement", "2025-03-11")]),
        ("Les syndicats appellent à la grève.", "fr", [("demand", None)]),
    ],
)
def test_a_date_after_the_plan_dates_its_announcement_or_the_demand(text, lang, expected, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer, last=_ARTICLE_DAY) == expected


def test_a_plan_dated_after_the_article_leaves_the_announcement_undated(gazetteer):
    found = kinds_and_dates("The firm announced the closure of its plant in 2030.", "en", gazetteer, last=_ARTICLE_DAY)
    assert found == [("statement", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Folded, "marché" reads as the noun "marche" (a march): its accent tells them apart.
        ("Le marché a baissé lundi.", [("economy", "2025-03-10")]),
        ("La marche blanche a eu lieu lundi.", [("protest", "2025-03-10")]),
        ("Le vote a eu lieu lundi.", [("election", "2025-03-10")]),
    ],
)
def test_a_french_noun_written_without_accent_is_not_the_participle_it_folds_to(text, expected, gazetteer):
    assert kinds_and_dates(text, "fr", gazetteer) == expected


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Le ministre démissionne.", "appointment"),
        ("Les salariés du groupe manifestent à Lyon.", "protest"),
    ],
)
def test_a_french_present_with_a_title_or_a_group_for_subject_is_news(text, kind, gazetteer):
    assert [k for k, _date in kinds_and_dates(text, "fr", gazetteer)] == [kind]


def test_a_french_present_with_a_thing_for_subject_is_a_general_truth(gazetteer):
    assert kinds_and_dates("Une telle stratégie exige des moyens considérables.", "fr", gazetteer) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le vieux roi mourut en 1715.", [("death", "1715")]),
        ("La famille vendit le domaine en 1920.", [("economy", "1920")]),
        ("Le cardinal reçut les ambassadeurs en 1640.", [("meeting", "1640")]),
    ],
)
def test_a_french_passe_simple_of_an_irregular_verb_tells_a_happening(text, expected, gazetteer):
    assert kinds_and_dates(text, "fr", gazetteer) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Analysts believe the bank sold its stake too early.", "en"),
        ("Investors fear the airline collapsed last week.", "en"),
        ("Certains pensent que l'accord a été signé trop tôt.", "fr"),
    ],
)
def test_what_someone_believes_happened_is_an_opinion(text, lang, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer) == []


def test_what_follows_but_after_a_belief_is_asserted_again(gazetteer):
    found = kinds_and_dates("Police suspect that he robbed the bank, but the court acquitted him on Monday.", "en", gazetteer)
    assert found == [("legal", "2025-03-10")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # The aside's own verb, unknown to the lexicon, has the date; the predicate after it not.
        ("The bank, which was founded in 1976, announced on Monday that it had sold its branch.", "en", [("economy", None)]),
        ("La banque, qui a été fondée en 1976, a vendu sa filiale.", "fr", [("economy", None)]),
        # A date set off alone dates the predicate after it.
        ("In Lyon, on Monday, the mayor resigned.", "en", [("appointment", "2025-03-10")]),
        # A date after the event noun the aside describes dates that noun.
        ("The lawsuit, filed in 2003, was withdrawn.", "en", [("legal", "2003")]),
    ],
)
def test_a_date_in_a_relative_or_participial_aside_dates_the_aside_not_the_verb_after(text, lang, expected, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("He became chief executive in 2011.", "en", [("appointment", "2011")]),
        ("Elle est devenue présidente en 2007.", "fr", [("appointment", "2007")]),
        ("The minister attended the summit on Monday.", "en", [("meeting", "2025-03-10")]),
        ("Des milliers de personnes ont pris part à la manifestation samedi.", "fr", [("protest", "2025-03-08")]),
    ],
)
def test_becoming_a_title_is_an_appointment_and_taking_part_takes_the_kind_of_what_it_joins(text, lang, expected, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer) == expected


def test_a_verb_taking_its_kind_from_its_clause_does_not_read_a_misfolded_noun(gazetteer):
    found = kinds_and_dates("Le ministre a décidé lundi de quitter le marché.", "fr", gazetteer)
    assert found == [("other", "2025-03-10")]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("A federal judge barred the trader from working on Monday.", "en"),
        ("John Miller told the court on Monday that he had sold the shares.", "en"),
        ("Le juge a interdit lundi au dirigeant de quitter le territoire.", "fr"),
    ],
)
def test_a_ban_or_a_statement_by_or_before_a_court_is_legal(text, lang, gazetteer):
    assert "legal" in [k for k, _date in kinds_and_dates(text, lang, gazetteer)]


def test_a_ban_by_a_government_stays_a_sanction(gazetteer):
    found = kinds_and_dates("The government barred the trader from entering the country on Monday.", "en", gazetteer)
    assert [k for k, _date in found] == ["sanction"]


def test_a_judge_speaking_for_himself_makes_a_statement(gazetteer):
    found = kinds_and_dates("Judge Peter Hale said on Monday that he owns a sailing boat.", "en", gazetteer)
    assert [k for k, _date in found] == ["statement"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A new version of the music software was announced on Monday.", [("economy", "2025-03-10")]),
        ("The new tablet was unveiled on Monday.", [("economy", "2025-03-10")]),
        # Not a product: the announcement is a statement.
        ("The merger was announced on Monday.", [("statement", "2025-03-10")]),
    ],
)
def test_a_product_announced_in_the_passive_is_a_launch(text, expected, gazetteer):
    assert kinds_and_dates(text, "en", gazetteer) == expected


def test_a_participle_after_an_article_and_an_adverb_describes_a_noun(gazetteer):
    # (no launch told by "announced": the sentence tells only its unknown verb, "reached")
    found = kinds_and_dates("The recently announced tablet reached the shops on Monday.", "en", gazetteer)
    assert found == [("other", "2025-03-10")]


def test_an_english_word_before_of_is_a_noun_not_a_present_verb(gazetteer):
    found = kinds_and_dates("Protests of the dock workers took place on Monday.", "en", gazetteer)
    assert found == [("protest", "2025-03-10")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le Premier ministre a présenté mardi la démission de son gouvernement.", "fr", [("appointment", "2025-03-11")]),
        ("Un incendie s'est déclaré lundi dans un entrepôt.", "fr", [("disaster", "2025-03-10")]),
        ("The minister tendered his resignation on Monday.", "en", [("appointment", "2025-03-10")]),
        ("A fire broke out in a warehouse on Monday.", "en", [("disaster", "2025-03-10")]),
        # A saying verb supports no noun after it: what was said is dated by nothing here.
        ("Le ministre a déclaré lundi que l'incendie était maîtrisé.", "fr", []),
    ],
)
def test_support_verbs_of_resigning_and_breaking_out(text, lang, expected, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("La directrice avait quitté la direction du groupe en août 2024.", "fr", [("appointment", "2024-08")]),
        ("Les électeurs se sont rendus aux urnes dimanche.", "fr", [("election", "2025-03-09")]),
        ("The ministry dismissed the claims on Monday.", "en", [("statement", "2025-03-10")]),
        ("The board dismissed the treasurer on Monday.", "en", [("appointment", "2025-03-10")]),
    ],
)
def test_phrases_that_settle_the_kind_of_a_common_verb(text, lang, expected, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "The maker unveiled its first tablet at the annual trade conference in January 2024.",
            "en",
            [("economy", "2024-01"), ("meeting", "2024-01")],
        ),
        ("La ministre a signé l'accord lors du sommet de mars 2024.", "fr", [("agreement", "2024-03"), ("meeting", "2024-03")]),
    ],
)
def test_a_verb_done_at_a_dated_event_takes_its_date(text, lang, expected, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer) == expected


def test_a_verb_before_a_dated_event_it_was_not_done_at_keeps_no_date(gazetteer):
    found = kinds_and_dates("The maker unveiled its first tablet before the conference of January 2024.", "en", gazetteer)
    assert found[0] == ("economy", None)


def test_winning_a_re_election_is_an_election(gazetteer):
    assert kinds_and_dates("The mayor won re-election on Tuesday.", "en", gazetteer) == [("election", "2025-03-11")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The suspect was charged with murder on Tuesday.", "en", [("legal", "2025-03-11")]),
        ("Le suspect a été mis en examen pour meurtre mardi.", "fr", [("legal", "2025-03-11")]),
        # An earlier happening after "after" is told as one.
        ("Police arrested the driver after the attack on Monday.", "en", [("legal", None), ("attack", "2025-03-10")]),
    ],
)
def test_the_charge_is_no_happening_and_a_date_after_it_dates_the_charging(text, lang, expected, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer) == expected


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Les manifestants réclament la démission du maire.", "demand"),
        ("Le gouvernement a instauré un couvre-feu vendredi.", "sanction"),
        ("Les ouvriers ont cessé le travail lundi.", "protest"),
    ],
)
def test_groups_of_people_curfews_and_work_stoppages(text, kind, gazetteer):
    assert [k for k, _date in kinds_and_dates(text, "fr", gazetteer)] == [kind]


def test_an_undated_participle_after_ayant_describes_its_noun_and_keeps_the_subject_in_the_headline(gazetteer):
    text = "Le porte-parole des équipes ayant participé à la recherche, Paul Martin, a déclaré : « Le résultat est solide. »"
    timexes = tag_timexes(text, DocDate.parse(_ARTICLE_DAY), "fr", [(0, len(text))])
    found = find_happenings(text, split_sentences(text), timexes, find_mentions(text, [(0, len(text))], gazetteer), "fr")
    assert [h.kind for h in found] == ["statement"]
    assert found[0].headline.startswith("Paul Martin a déclaré")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The firm broke an agreement reached with the union in 1991, which barred it from closing plants.", [("agreement", "1991")]),
        ("The treaty banned nuclear tests in 1963.", [("agreement", "1963")]),
        # Not the agreement's subject nor a relative on it: a happening of its own.
        ("The two sides signed a deal, which the rebels attacked on Monday.", [("agreement", None), ("attack", "2025-03-10")]),
    ],
)
def test_what_an_agreement_bars_or_bans_is_its_terms_not_a_happening(text, expected, gazetteer):
    assert kinds_and_dates(text, "en", gazetteer) == expected



@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le ministre a-t-il démissionné lundi ?", "fr"),
        ("Who signed the deal in 2010?", "en"),
        ("Why did the firm close its plant in 2010?", "en"),
    ],
)
def test_what_a_question_asks_is_no_happening(text, lang, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # Asking a question is saying something, not a demand; the judge speaking is no trial act.
        ("« Qui a signé cet accord en 2010 ? », a demandé le juge lundi.", "fr", [("statement", "2025-03-10")]),
        ("Paul Martin a déclaré lundi devant le tribunal qu'il avait vendu ses parts.", "fr", [("legal", "2025-03-10"), ("economy", None)]),
    ],
)
def test_the_question_put_is_a_statement_and_what_is_told_to_a_court_is_legal(text, lang, expected, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer) == expected


def test_the_saying_of_a_quoted_opinion_is_a_statement(gazetteer):
    found = kinds_and_dates("« Je pense que c'est l'avenir », a déclaré Paul Martin lundi.", "fr", gazetteer)
    assert found == [("statement", "2025-03-10")]


def test_the_event_something_was_announced_at_is_its_occasion_not_the_plan(gazetteer):
    found = kinds_and_dates("The new tablet was announced at the conference in January 2024.", "en", gazetteer)
    assert found == [("economy", "2024-01"), ("meeting", "2024-01")]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Thousands demonstrated against the reform on Monday.", "protest"),
        ("The engineers demonstrated the new version of the software on Monday.", "economy"),
        ("The trial demonstrated on Monday that the drug works.", "other"),
    ],
)
def test_demonstrated_is_a_protest_only_against_or_somewhere(text, kind, gazetteer):
    assert [k for k, _date in kinds_and_dates(text, "en", gazetteer)] == [kind]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Feminine and plural forms of a listed participle, in a compound past or past passive.
        ("L'association a été dissoute puis la ministre a été limogée lundi.", [("appointment", "2025-03-10")]),
        ("Les deux otages ont été tuées lundi.", [("death", "2025-03-10")]),
        ("La présidente a été reçue par le roi lundi.", [("meeting", "2025-03-10")]),
        # Not in a present passive: "est sommée de" tells a state as often as news.
        ("Cette vieille Europe est sommée de changer.", []),
    ],
)
def test_agreed_forms_of_listed_participles_tell_their_happening_in_a_past(text, expected, gazetteer):
    assert kinds_and_dates(text, "fr", gazetteer) == expected


def test_refuting_an_idea_is_a_statement(gazetteer):
    assert [k for k, _date in kinds_and_dates("Paul Martin a réfuté lundi l'idée d'un prêt.", "fr", gazetteer)] == ["statement"]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # Someone named voicing an opinion makes a statement; what they believe did not happen.
        ("Paul Martin pense que la société a vendu ses parts trop tôt.", "fr", ["statement"]),
        ("Les syndicats craignent des suppressions de postes.", "fr", ["statement"]),
        ("Judge Hale believes the bank sold its stake too early.", "en", ["statement"]),
        # Nobody in particular: opinion, no statement.
        ("Certains pensent que l'accord a été signé trop tôt.", "fr", []),
        # In the first person: the words of a quote, whose saying is the statement.
        ("« Je pense que c'est l'avenir », a déclaré Paul Martin.", "fr", ["statement"]),
    ],
)
def test_an_opinion_voiced_by_someone_named_is_their_statement(text, lang, expected, gazetteer):
    assert [k for k, _date in kinds_and_dates(text, lang, gazetteer)] == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("L'Union africaine organise un sommet sur la crise à Dakar.", "fr", [("meeting", None)]),
        ("Des prisonniers meurent sous la torture.", "fr", [("death", None)]),
        ("The regulator forced the firm to lower its prices on Monday.", "en", [("demand", "2025-03-10")]),
        ("The store began selling films on Tuesday.", "en", [("economy", "2025-03-11")]),
        # A report concluding is a statement, "conclut" no agreement.
        ("Un rapport de l'ONU conclut à des tirs de l'armée.", "fr", [("statement", None)]),
    ],
)
def test_common_present_and_phrasal_forms(text, lang, expected, gazetteer):
    assert kinds_and_dates(text, lang, gazetteer) == expected


def test_a_happening_asked_whether_it_took_place_did_not(gazetteer):
    found = kinds_and_dates("The firm did not say whether the chief decided to leave or was forced out.", "en", gazetteer)
    assert found == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A verb of no kind of its own acting on a sum of money: economy.
        ("The carmaker said it lost $2 billion in the first quarter.", [("economy", "2025-Q1")]),
        ("The party lost the election on Sunday.", [("election", "2025-03-09")]),
        # The crash of a market is economy.
        ("The stock market crashed on Monday.", [("economy", "2025-03-10")]),
        # A verb spelt with a capital inside a sentence is a name ("shows such as Lost").
        ("The network agreed to a deal in which shows such as Lost will be sold for $1.99.", [("agreement", None)]),
    ],
)
def test_money_markets_and_names_spelt_like_verbs(text, expected, gazetteer):
    assert kinds_and_dates(text, "en", gazetteer) == expected


def test_la_bourse_s_effondre_is_economy(gazetteer):
    assert kinds_and_dates("La Bourse de Paris s'est effondrée lundi.", "fr", gazetteer) == [("economy", "2025-03-10")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le budget de la culture vient d'être réduit de moitié.", [("economy", None)]),
        ("La subvention a été diminuée de moitié lundi.", [("economy", "2025-03-10")]),
        # A present passive tells a state.
        ("La vitesse est réduite sur cette route.", []),
    ],
)
def test_cuts_are_economy(text, expected, gazetteer):
    assert kinds_and_dates(text, "fr", gazetteer) == expected


def attributed(text: str, gazetteer) -> list[tuple[str, str]]:
    timexes = tag_timexes(text, DocDate.parse(_ARTICLE_DAY), "fr", [(0, len(text))])
    found = find_happenings(text, split_sentences(text), timexes, find_mentions(text, [(0, len(text))], gazetteer), "fr")
    return [(h.kind, h.headline) for h in found if not h.weak]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Selon Paul Martin, la planète présente toujours la même face.", [("statement", "Paul Martin : la planète présente toujours la même face")]),
        ("D'après le ministre des finances, Paul Martin, la dette est trop élevée.", [("statement", "Paul Martin : la dette est trop élevée")]),
        ("De l'avis de Paul Martin, la langue est une exigence.", [("statement", "Paul Martin : la langue est une exigence")]),
        # A source, not a person: a report, no statement.
        ("Selon l'agence Reuters, la planète présente toujours la même face.", []),
    ],
)
def test_words_attributed_to_someone_named_are_their_statement(text, expected, gazetteer):
    assert attributed(text, gazetteer) == expected


def test_what_a_source_tells_with_a_verb_the_lexicon_does_not_know_is_still_told(gazetteer):
    found = kinds_and_dates("According to Reuters, the old mill shut its gates on Monday.", "en", gazetteer)
    assert found == [("other", "2025-03-10")]


def test_a_signing_announced_is_told_once_done_not_a_plan(gazetteer):
    text = "La ministre Anne Roux a annoncé la signature d'un accord avec le Fonds monétaire."
    timexes = tag_timexes(text, DocDate.parse(_ARTICLE_DAY), "fr", [(0, len(text))])
    found = find_happenings(text, split_sentences(text), timexes, find_mentions(text, [(0, len(text))], gazetteer), "fr")
    assert "agreement" in [h.kind for h in found]
