"""English actor mentions: which capitalised runs are no actors (products, model codes, currency
marks, titles, events and laws) and the kinds English contexts give, on invented sentences, with
the French and English cases each rule must leave alone."""

from __future__ import annotations

import pytest
from newsline_testing import mention_spans, mention_surfaces, write

from tui.corpus.reader import load_corpus
from tui.extract.actors import find_mentions
from tui.extract.gazetteer import load_gazetteer
from tui.extract.name_structure import is_model_code
from tui.extract.resolve import resolve_actors


spans, surfaces = mention_spans, mention_surfaces


def kind_of(name, text, gazetteer):
    return dict(spans(text, gazetteer)).get(name)


def actor_names(tmp_path, *texts):
    for n, text in enumerate(texts):
        write(tmp_path, f"{n}.txt", f"date 2020-01-0{n + 1}\n\n{text}")
    gazetteer = load_gazetteer()[0]
    corpus = load_corpus([tmp_path])
    mentions = [
        find_mentions(d.text, [(p.start, p.end) for p in d.paragraphs if not p.kind.is_noise], gazetteer)
        for d in corpus.documents
    ]
    actors, resolved = resolve_actors(mentions, gazetteer, "en")
    used = {m.actor for doc in resolved for m in doc}
    return {a.name for a in actors if a.id in used}


# Place hints --------------------------------------------------------------------------------------


def test_the_english_article_a_is_not_the_french_preposition(gazetteer):
    assert kind_of("Tarvix", "The order was for a Tarvix and two others.", gazetteer) != "place"
    assert kind_of("Lorvania", "They met in Lorvania last year.", gazetteer) == "place"
    assert kind_of("Lorvanie", "Ils se sont rencontrés à Lorvanie hier.", gazetteer) == "place"


def test_a_place_word_ending_a_name_does_not_make_the_next_name_a_place(gazetteer):
    assert kind_of("Tarvix", "A jet landing at Minexa airport Tarvix has sold two more.", gazetteer) != "place"
    assert kind_of("Lorvane", "Boats sail up the river Lorvane every day.", gazetteer) == "place"


# Model codes and currency marks -------------------------------------------------------------------


@pytest.mark.parametrize("word", ["A390", "A390s", "A390-ready", "A330-200", "C-19", "KC-31s", "A410M", "KC135"])
def test_model_codes(word):
    assert is_model_code(word)


@pytest.mark.parametrize("word", ["G8", "G20", "D66", "TF1", "M6", "CAC40", "SBF120", "FTSE-100", "CAC-40", "COVID-19", "US"])
def test_names_with_numbers_that_are_no_model_codes(word):
    assert not is_model_code(word)


def test_a_model_code_names_no_actor_and_leaves_its_maker(gazetteer):
    got = surfaces("Tarvix unveiled the A390 and flew a Tarvix A395 and a C-19 to Minexa.", gazetteer)
    assert "A390" not in got and "C-19" not in got and "Tarvix A395" not in got
    assert got.count("Tarvix") == 2
    assert "G8" in surfaces("Leaders of the G8 met on Monday.", gazetteer)


def test_a_currency_mark_is_no_mention_of_its_country(gazetteer):
    assert surfaces("It is a USD$ 23 billion deal, worth the US $129 or US$5 more.", gazetteer) == []
    assert "US" in surfaces("The US economy grew.", gazetteer)


# Titles --------------------------------------------------------------------------------------------


def test_abbreviated_titles_are_no_actors_and_make_a_person(gazetteer):
    got = spans("Days after Sen. Tarvixon spoke, the Asst. to the Secretary left.", gazetteer)
    assert ("Tarvixon", "person") in got
    assert not {"Sen", "Asst"} & {s for s, _ in got}


def test_a_title_made_of_several_words_is_dropped_whole(gazetteer):
    got = spans("Yesterday Deputy Defense Secretary Tarvixon published an article.", gazetteer)
    assert ("Tarvixon", "person") in got
    assert surfaces("The Presiding Judge Martin Lorvane said no.", gazetteer) == ["Martin Lorvane"]
    assert surfaces("It came from the new Tarvix CEO of Lorvania.", gazetteer)[0] == "Tarvix"
    assert "Civilian Deputy Undersecretary" not in surfaces("He met the Civilian Deputy Undersecretary yesterday.", gazetteer)


def test_a_generational_suffix_keeps_its_full_stop(gazetteer):
    assert ("William Tarvix Jr.", "person") in spans("Chairman William Tarvix Jr. said so.", gazetteer)


def test_holidays_seasons_and_institution_adjectives_are_no_actors(gazetteer):
    got = surfaces("Before Christmas, Congressional leaders met; in the Autumn, Tarvix paid.", gazetteer)
    assert got == ["Tarvix"]


# Events, laws and programmes ---------------------------------------------------------------------


def test_an_event_or_a_law_named_by_its_last_word_is_no_actor_nor_its_acronym(gazetteer):
    text = "Jobs spoke at the Worldwide Tarvix Conference (WTC) in Minexa. WTC ended on Friday."
    assert surfaces(text, gazetteer) == ["Minexa"]
    assert surfaces("Congress passed the Lorvan Relief Act in May.", gazetteer) == ["Congress"]
    # An organisation's name and a French name with the head first are untouched.
    assert "Tarvix Corporation" in surfaces("He joined Tarvix Corporation in May.", gazetteer)
    assert "Conférence de Lorvanie" in surfaces("Il a ouvert la Conférence de Lorvanie hier.", gazetteer)


def test_an_organisation_name_goes_on_after_on(gazetteer):
    assert "Project on Government Oversight" in surfaces("The group the Project on Government Oversight said no.", gazetteer)
    assert "Council on Lorvan Relations" in surfaces("A paper by the Council on Lorvan Relations came out.", gazetteer)


def test_an_adjective_opens_a_company_name_inside_a_sentence(gazetteer):
    assert "New Tarvix Financial Corporation" in surfaces("Shares of New Tarvix Financial Corporation fell.", gazetteer)
    assert "New" not in " ".join(surfaces("New Tarvix data came out.", gazetteer))


# Products -----------------------------------------------------------------------------------------


def test_a_name_used_only_for_products_is_no_actor(tmp_path):
    names = actor_names(
        tmp_path,
        "Users of the web browser Zephyx liked Lorvex computers and QuickZap 7.",
        "Tarvix processors are fast, they said Tarvix was right.",
    )
    assert not {"Zephyx", "Lorvex", "QuickZap"} & names
    assert "Tarvix" in names  # named otherwise too


# Companies by their context -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Tarvix shares fell.",
        "Analysts said that Tarvix's profits fell.",
        "The automaker Tarvix said so.",
        "Later Tarvix’s employees left.",
        "He met a Tarvix spokesman.",
    ],
)
def test_a_business_noun_makes_a_company(text, gazetteer):
    assert kind_of("Tarvix", text, gazetteer) == "organisation"


def test_no_business_noun_no_company(gazetteer):
    assert kind_of("Tarvix", "Analysts met Tarvix yesterday.", gazetteer) == "unknown"
    assert kind_of("Marie Tarvix", "Analysts met Marie Tarvix's children.", gazetteer) == "person"


def test_a_trade_noun_opens_a_list_of_companies(gazetteer):
    text = "It is in the hands of banks such as Tarvix, Lorvan, and Minexa."
    assert [k for _, k in spans(text, gazetteer)] == ["organisation"] * 3
    text = "The market was taken by Japanese manufacturers Tarvix and Lorvan."
    assert {s: k for s, k in spans(text, gazetteer) if s in ("Tarvix", "Lorvan")} == {"Tarvix": "organisation", "Lorvan": "organisation"}
    # A sentence or a clause between breaks the list.
    assert kind_of("Lorvan", "He spoke to the bankers. Lorvan and Tarvix came.", gazetteer) == "unknown"


def test_a_product_word_or_a_version_numeral_makes_a_product(gazetteer):
    got = surfaces("He bought a Tarvix Pro at the Lorvan Store and installed Zephyx OS X on it.", gazetteer)
    assert not {"Tarvix Pro", "Lorvan Store", "Zephyx OS X", "OS X"} & set(got)
    assert "Elizabeth II" in surfaces("They saw Elizabeth II on Monday.", gazetteer)
    assert any("Lorvan IV" in s for s in surfaces("The crowd cheered King Lorvan IV on Monday.", gazetteer))


def test_an_adjective_opens_a_company_name_at_a_sentence_start(gazetteer):
    assert ("New Tarvix Financial Corporation", "organisation") in spans("New Tarvix Financial Corporation fell.", gazetteer)
    assert "The Tarvix Corporation" not in surfaces("The Tarvix Corporation fell.", gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Investors bought shares of Tarvix on Monday.", "Tarvix"),
        ("The fund sold its stake in Tarvix last year.", "Tarvix"),
        ("Deposits at Lorvanbank grew.", "Lorvanbank"),
        ("In Asia the Tarvix fell 2.5% on Monday.", "Tarvix"),
        ("He worked at Tarvix Brothers for years.", "Tarvix Brothers"),
    ],
)
def test_more_company_contexts(text, name, gazetteer):
    assert kind_of(name, text, gazetteer) == "organisation"


def test_no_company_without_an_amount_or_a_holding(gazetteer):
    assert kind_of("Tarvix", "He said Tarvix fell asleep early.", gazetteer) == "unknown"
    assert kind_of("Tarvix", "Analysts wrote of Tarvix on Monday.", gazetteer) == "unknown"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The jet flew from Tarvix International Airport yesterday.", "Tarvix International Airport"),
        ("Workers at the Lorvan Assembly Plant went on strike.", "Lorvan Assembly Plant"),
        ("The plant in St. Tarvix will close.", "St. Tarvix"),
    ],
)
def test_english_place_shapes(text, name, gazetteer):
    assert kind_of(name, text, gazetteer) == "place"


def test_a_lowercase_place_word_after_a_name_is_no_place_shape(gazetteer):
    assert kind_of("Tarvix Motors", "Tarvix Motors plant workers left.", gazetteer) == "organisation"


def test_a_maker_and_its_model_after_an_article_is_the_maker(gazetteer):
    got = surfaces("Tarvix said sales of the Tarvix Zephyr fell, and a Tarvix Lorvan sold well.", gazetteer)
    assert got == ["Tarvix", "Tarvix", "Tarvix"]
    # Not a company's longer name, nor a name without an article before it.
    assert "Tarvix Motors" in surfaces("Tarvix said the Tarvix Motors plant closed.", gazetteer)
    assert "Lorvan Zephyr" in surfaces("Lorvan said Lorvan Zephyr would come.", gazetteer)


def test_a_name_nothing_types_met_only_in_a_quotation_is_no_actor(tmp_path):
    names = actor_names(
        tmp_path,
        'Yesterday Tarvix wrote to Lorvan, saying, "I love Ya, Big Guy.\nGive it to the Zephyx Tribe." Then Lorvan left.',
    )
    assert not {"Ya", "Big Guy", "Zephyx Tribe"} & names
    assert {"Tarvix", "Lorvan"} <= names


def test_a_name_in_a_quotation_stands_when_the_corpus_names_it_outside(tmp_path):
    names = actor_names(tmp_path, '"We beat Zephyx," he said.', "Analysts expect Zephyx to grow.")
    assert "Zephyx" in names


def test_new_inside_a_sentence_opens_a_name(gazetteer):
    assert "New Tarvix" in surfaces("The exchange will delist New Tarvix next week.", gazetteer)
    assert "New" not in " ".join(surfaces("New rules for Tarvix came out.", gazetteer))


def test_a_party_and_state_tag_is_no_actor(gazetteer):
    got = spans("Yesterday Senator Tarvixon (R-AZ) spoke.", gazetteer)
    assert [s for s, _ in got] == ["Tarvixon"]


def test_a_word_also_written_in_lowercase_is_weak_unless_an_acronym_follows(tmp_path):
    names = actor_names(
        tmp_path,
        "It comes in two colors: Black and White. The black one costs more; white is cheaper.",
        "Ils ont voté pour les Travaillistes (PvdA) mais les élus travaillistes hésitent.",
    )
    assert not {"Black", "White"} & names
    assert "Travaillistes" in names


def test_english_institutions_named_by_one_word(gazetteer):
    got = spans("The bill passed the House of Representatives and the Senate, and Congress sent it on.", gazetteer)
    assert got == [("House of Representatives", "organisation"), ("Senate", "organisation"), ("Congress", "organisation")]
    # In lowercase, or a French word, no actor: "the senate race", "le Conseil a voté".
    assert surfaces("The senate race and the congress hall are near.", gazetteer) == []
    assert surfaces("Hier, le Conseil a voté.", gazetteer) == []


def test_a_name_after_a_model_number_is_a_product_throughout_the_article(gazetteer):
    text = 'The Zephyr flew. Tarvix unveiled the 787 Zephyr; the new 787 "Zephyr" sold and 20 Zephyrs left.'
    assert surfaces(text, gazetteer) == ["Tarvix"]
    # A count, or a year, is no model number.
    assert surfaces("There are 500 Tarvix engineers.", gazetteer) == ["Tarvix"]
    assert surfaces("Its 2008 Tarvix report came out.", gazetteer) == ["Tarvix"]


@pytest.mark.parametrize(
    "text",
    [
        "The Tarvix was down 2.62% at noon.",
        "The Tarvix currently has a value of 10769.00 points.",
        "Yesterday the Tarvix surged nearly 200 points.",
        "Markets fell and the Tarvix bottomed out at 16,283.72 points.",
        "Japan's Tarvix index closed lower.",
    ],
)
def test_an_index_by_its_move_or_its_level(text, gazetteer):
    assert kind_of("Tarvix", text, gazetteer) == "organisation"


def test_a_share_of_a_vote_is_no_index_move(gazetteer):
    assert kind_of("Tarvix", "Yesterday Tarvix won 52% of the vote.", gazetteer) != "organisation"


def test_named_days_and_holidays_are_no_actors(gazetteer):
    assert surfaces("Sales rose before New Year and on Lorvan Independence Day in Tarvix.", gazetteer) == ["Tarvix"]


def test_america_alone_is_the_united_states(tmp_path):
    names = actor_names(tmp_path, "America and the US agreed; Bank of America and Latin America too.")
    assert "America" not in names and {"United States", "Bank of America", "Latin America"} <= names


def test_the_field_of_a_post_is_no_actor(gazetteer):
    got = surfaces("Lorvan Tarvixon, director of Housing Studies at Minexa University, and the Director of Zephyx Communications Bill Lorvan met.", gazetteer)
    assert "Housing Studies" not in got and "Zephyx Communications" not in got
    assert "Minexa University" in got and "Bill Lorvan" in got
    assert "Tarvix Motors" in surfaces("He is director of Tarvix Motors now.", gazetteer)


@pytest.mark.parametrize(
    "text",
    ["Orders for the Tarvix 787 rose.", "They bought twenty new Tarvix A390 jets.", "It flew a Tarvix 737 aircraft."],
)
def test_a_maker_before_its_model_is_a_company(text, gazetteer):
    assert kind_of("Tarvix", text, gazetteer) == "organisation"


@pytest.mark.parametrize(
    "text", ["Yesterday Tarvix 500 workers left.", "Yesterday Tarvix 1,100 dealers closed.", "In 2008 Tarvix 2009 plans came."]
)
def test_a_count_or_a_year_after_a_name_is_no_model(text, gazetteer):
    assert kind_of("Tarvix", text, gazetteer) == "unknown"


def test_a_website_named_by_its_domain_is_a_medium(gazetteer):
    got = spans("Yesterday Tarvixnews.com quoted a Senate aide.", gazetteer)
    assert ("Tarvixnews.com", "media") in got and not any(s.startswith("Yesterday") for s, _ in got)


def test_a_union_local_by_its_number(gazetteer):
    got = surfaces("He is president of UAW Local 1520 in Lorvania; Local people agree.", gazetteer)
    assert got[:2] == ["UAW", "Local 1520"] and "Local" not in got


def test_a_function_word_listed_with_its_accent_is_a_name_without_it(gazetteer):
    assert ("Noel Tarvixon", "person") in spans("Airbus chief executive Noel Tarvixon said so.", gazetteer)
    assert surfaces("À Noël, Tarvix a vendu plus.", gazetteer) == ["Tarvix"]


def test_a_name_also_written_in_the_plural_is_a_product(gazetteer):
    text = "Analysts like the Zephyx. Lorvania bought 20 Zephyxes and three Lorvan units."
    assert "Zephyx" not in surfaces(text, gazetteer) and "Zephyxes" not in surfaces(text, gazetteer)
    # A company by its context keeps its name ("automaker Tarvix"), plural or not.
    text = "The automaker Tarvix sold more. Dealers said two Tarvixes were sold."
    assert "Tarvix" in surfaces(text, gazetteer)


def test_two_names_joined_by_a_hyphen_say_a_relation(gazetteer):
    assert surfaces("The Tarvix-Air Force deal. Tarvix and the Air Force agreed.", gazetteer) == ["Tarvix", "Air Force"]
    got = surfaces("The Paris-London route links Paris and London.", gazetteer)
    assert "Paris-London" not in got and got.count("Paris") == 1
    # A hyphenated name stays one when its parts are not named apart.
    assert "Rolls-Royce" in surfaces("Rolls-Royce said Rolls was fine.", gazetteer)


def test_the_house_alone_is_an_institution(gazetteer):
    assert spans("The House voted on Monday.", gazetteer) == [("House", "organisation")]
    assert ("White House", "organisation") in spans("The White House said so.", gazetteer)
    assert "House" not in surfaces("The house was empty.", gazetteer)


@pytest.mark.parametrize("name", ["Tarvix Times", "Lorvan News", "Minexa Herald"])
def test_a_medium_by_its_last_word(name, gazetteer):
    assert kind_of(name, f"According to the {name}, sales fell.", gazetteer) == "media"


# Works, named things, named days, counted things ----------------------------------------------


def test_a_noun_of_works_introduces_titles_not_actors(gazetteer):
    text = "The network sells television programs such as Zephyr Nights and Tarvine. Zephyr Nights won."
    assert surfaces(text, gazetteer) == []
    assert surfaces("She loved the sitcom Lorvane.", gazetteer) == []
    # A trade noun still makes a company; a verb ("show") introduces no title.
    assert "Tarvix" in surfaces("The figures show Tarvix lost money.", gazetteer)
    assert "Tarvix" in surfaces("The studio Tarvix made it.", gazetteer)


def test_a_verb_of_naming_gives_a_thing_its_name(gazetteer):
    assert surfaces("The jet has been named the Zephyrion by its maker.", gazetteer) == []
    got = surfaces("Tarvix will rename the Tarvix Eight to the Zephyrion. The Zephyrion sold well.", gazetteer)
    assert got == ["Tarvix"]
    # A company named without an article keeps its name, and so does an organisation's name.
    assert "Lorvania Group" in surfaces("Critics named the Lorvania Group the best employer.", gazetteer)
    assert "Tarvix" in surfaces("A startup named Tarvix was bought.", gazetteer)


def test_number_words_and_named_days_name_no_actor(gazetteer):
    assert surfaces("Sales of the Five Hundred fell.", gazetteer) == []
    assert surfaces("Markets recalled 'Black Monday' and Grim Friday.", gazetteer) == []
    assert "Tarvix" in surfaces("Tarvix said on Monday that sales fell.", gazetteer)


def test_one_name_after_a_and_before_a_function_word_is_a_thing(gazetteer):
    assert "Zephyx" not in surfaces("Buyers want a Zephyx with a bigger screen.", gazetteer)
    assert "Zephyx" not in surfaces("Tarvix sold a Zephyx.", gazetteer)
    assert "Tarvix" in surfaces("A Tarvix spokesman said so.", gazetteer)
    assert "Tarvix" in surfaces("Sales of a Tarvix subsidiary fell.", gazetteer)
    # French: "a" is a verb there; the name stays.
    assert "Lorvan" in surfaces("Le juge a Lorvan dans sa ligne de mire.", gazetteer)


def test_a_maker_and_model_is_the_model_wherever_the_article_writes_it(gazetteer):
    text = "Tarvix Zephyr to return\n\nTarvix said the Tarvix Zephyr will return to France."
    got = [(m.surface, m.key) for m in find_mentions(text, [(0, len(text))], gazetteer)]
    assert got[:3] == [("Tarvix", "tarvix")] * 3


def test_a_facility_named_after_its_place_is_a_place(gazetteer):
    got = spans("Tarvix closed the Ohio Truck Plant last year.", gazetteer)
    assert ("Ohio Truck Plant", "place") in got
    assert ("Singapore Airlines", "organisation") in spans("Singapore Airlines flew.", gazetteer)
    assert ("Paris", "place") in spans("The Paris Airport opened.", gazetteer)


def test_a_brand_only_used_as_a_modifier_names_no_actor(gazetteer):
    text = "Zephyx users are pleased. Programs written for Zephyx run faster."
    assert "Zephyx" not in surfaces(text, gazetteer)
    # A name that once acts or speaks stays an actor; so does a maker ("Tarvix jets").
    text = "Zephyx users are pleased. Zephyx said sales rose."
    assert "Zephyx" in surfaces(text, gazetteer)
    text = "Zephyx users are pleased. Zephyx has recently added a store."
    assert "Zephyx" in surfaces(text, gazetteer)
    assert "Tarvix" in surfaces("Tarvix jets fly far. Airlines love Tarvix.", gazetteer)
    # French text has no such English nouns: unchanged.
    assert "Lorvan" in surfaces("Les utilisateurs de Lorvan sont contents.", gazetteer)


def test_a_country_before_its_index_is_named_apart(gazetteer):
    got = surfaces("The United States Tarvix Industrial Average fell.", gazetteer)
    assert got == ["United States", "Tarvix Industrial Average"]
    assert "New York Stock Exchange" in surfaces("The New York Stock Exchange closed.", gazetteer)
    assert "Singapore Airlines" in surfaces("Singapore Airlines flew.", gazetteer)


def test_a_head_before_a_role_ends_no_name(gazetteer):
    got = surfaces("said Tarvix Lorvan Head trader, Andy Brooks.", gazetteer)
    assert "Tarvix Lorvan" in got and "Tarvix Lorvan Head" not in got


def test_a_name_after_a_company_possessive_is_its_product(gazetteer):
    got = surfaces("Lorvan sells a device like Tarvix Inc's Zephyx Express that plays video.", gazetteer)
    assert "Zephyx Express" not in got and "Tarvix Inc" in got
    # It stays an actor when it acts, when a first name makes it a person, or after a country.
    assert "Lorvan" in surfaces("Tarvix Inc's Lorvan said sales rose.", gazetteer)
    assert "John Lorvan" in surfaces("Tarvix Inc's John Lorvan met them.", gazetteer)
    assert "Thalvex" in surfaces("France's Thalvex sold more.", gazetteer)


def test_an_apposition_naming_a_thing_makes_the_name_no_actor(gazetteer):
    assert surfaces("Fans talk about Zephyx, the newest version of the system. Zephyx sold well.", gazetteer) == []
    assert surfaces("Lorvane, a sedan that sold well, returns.", gazetteer) == []
    # A noun that does not end the noun phrase ("the car maker") leaves the company.
    assert "Tarvix" in surfaces("Tarvix, the car maker, said so.", gazetteer)
    assert "Lorvan" in surfaces("Lorvan, the company's chief, said so.", gazetteer)


def test_a_brand_guessed_a_place_is_still_a_brand(gazetteer):
    text = "Zephyx machines are fast. The player runs in Zephyx too."
    assert "Zephyx" not in surfaces(text, gazetteer)
    assert kind_of("Lorvania", "They met in Lorvania last year.", gazetteer) == "place"


def test_a_company_word_alone_is_no_actor(gazetteer):
    assert surfaces("Automotive analyst Tom Lorvane said so.", gazetteer) == ["Tom Lorvane"]
    assert "General Automotive" in surfaces("General Automotive said so.", gazetteer)


def test_a_place_and_capitalised_words_before_a_facility_noun_name_the_facility(gazetteer):
    got = spans("Tarvix will close the Ohio Casting plant next year.", gazetteer)
    assert ("Ohio Casting", "place") in got and ("Ohio", "place") not in got
    assert ("Ohio", "place") in spans("Ohio plant workers were told.", gazetteer)


def test_a_plural_product_noun_opens_a_list_of_products(gazetteer):
    assert surfaces("Sales were led by two sedans, the Zephyr and Lorvane, which rose.", gazetteer) == []
    # Right before a name, the noun may be the object of the name's verb: the maker stays.
    assert "Tarvix" in surfaces("The cars Tarvix made were good.", gazetteer)


def test_a_thing_noun_before_named_or_called_makes_the_name_a_things(gazetteer):
    text = "Buyers saw a task manager named Zephyr and a plan, called Minexa8, for jobs."
    got = surfaces(text, gazetteer)
    assert "Zephyr" not in got and "Minexa8" not in got
    assert "Lorvan" in surfaces("Buyers said a startup named Lorvan was bought.", gazetteer)
    assert "Jim Lorvane" in surfaces("Buyers met a man called Jim Lorvane.", gazetteer)


# Armed services ------------------------------------------------------------------------------------


def test_an_armed_service_is_an_organisation_never_a_person(gazetteer):
    assert kind_of("Air Force", "The Air Force said on Monday it would reopen the bid.", gazetteer) == "organisation"
    assert kind_of("Marine Corps", "The Marine Corps will test the drone.", gazetteer) == "organisation"
    # A first name before an ordinary word still makes a person.
    assert kind_of("Marine Lorvane", "Marine Lorvane said on Monday it was over.", gazetteer) == "person"


def test_a_country_and_an_armed_service_make_one_organisation(gazetteer):
    got = spans("The United States Air Force ordered ten tankers.", gazetteer)
    assert got == [("United States Air Force", "organisation")]
    # A government is the country's, named as the country.
    assert ("United States", "country") in spans("The United States Government ordered ten tankers.", gazetteer)


def test_an_armed_service_by_its_tail_joins_the_one_named_in_full(tmp_path):
    one = "The Lorvanian Air Force bought ten jets. The Air Force said the jets would arrive in May."
    assert actor_names(tmp_path / "a", one) == {"Lorvanian Air Force"}
    # Two services the tail may mean: it joins neither.
    two = "The Minexan Air Force and the Lorvanian Air Force flew together. The Air Force was late."
    assert actor_names(tmp_path / "b", two) == {"Lorvanian Air Force", "Minexan Air Force", "Air Force"}


# Products put out, used or counted -------------------------------------------------------------------


def test_a_name_put_out_or_used_as_a_product_is_no_actor(gazetteer):
    assert "Zephyx" not in surfaces("Tarvix Corp. released Zephyx on Monday. Zephyx plays video.", gazetteer)
    assert "Zephyx" not in surfaces("Buyers queued for the new Zephyx. Zephyx has two screens.", gazetteer)
    assert "Zephyx" not in surfaces("The tool runs on Zephyx and costs $20.", gazetteer)
    assert "Zephyx" not in surfaces("Tarvix Corp. said Zephyx 7 will ship in May.", gazetteer)
    assert "Zephyx" not in surfaces("A version of Zephyx is due. Zephyx sold well.", gazetteer)


def test_a_product_that_acts_stays_an_actor(gazetteer):
    # An agent of saying or deciding somewhere in the article keeps the name.
    assert "Zephyx" in surfaces("Tarvix Corp. unveiled the new Zephyx. Zephyx said sales rose.", gazetteer)
    # The maker before a product's noun is no product ("runs on Tarvix processors").
    assert "Tarvix" in surfaces("The tool runs on Tarvix processors. Tarvix has a plant there.", gazetteer)
    # A count after a name is no version ("Lorvania 12 people").
    assert "Lorvania" in surfaces("Floods in Lorvania 12 people died.", gazetteer)


def test_a_camel_case_product_is_no_company(gazetteer):
    assert "ZephyxPlay" not in surfaces("Tarvix Corp. released ZephyxPlay 7 for phones.", gazetteer)
    assert "ZephyxPlay" not in surfaces("The suite includes the ZephyxPlay and ZephyxTune programs.", gazetteer)
    assert ("ZephyxPlay", "organisation") in spans("ZephyxPlay said on Monday it hired 300 people.", gazetteer)


def test_a_code_name_names_a_thing(gazetteer):
    text = "The upgrade, code-named Tiger, goes on sale Friday. Tiger includes a search tool."
    assert "Tiger" not in surfaces(text, gazetteer)
    assert "Tiger Lorvane" in surfaces("Tiger Lorvane said the upgrade was late.", gazetteer)


def test_a_products_word_alone_is_no_actor(gazetteer):
    assert surfaces("Music Store sales doubled in May.", gazetteer) == []
    assert "Touches" not in surfaces("The system runs on iZephyx Touches and tablets.", gazetteer)
    assert surfaces("Tarvix Corp. sells the iZephyx Classic, Nano and Shuffle.", gazetteer) == ["Tarvix Corp"]
    text = "The Zephyx features a wide screen, while the Pro can be bought with more memory."
    assert "Pro" not in surfaces(text, gazetteer)


# A surname that is a common word too ---------------------------------------------------------------


def test_a_surname_that_is_a_common_word_stays_the_persons_after_the_full_name(gazetteer):
    text = "Walter Jobs unveiled the phone. The plant will add 300 jobs. Jobs said it was the best. Later, Jobs smiled."
    assert spans(text, gazetteer) == [("Walter Jobs", "person"), ("Jobs", "person"), ("Jobs", "person")]
    # Before the full name, or as a plural noun, the word is the common noun.
    assert surfaces("Jobs were cut at the plant. Walter Jobs said so.", gazetteer) == ["Walter Jobs"]
    assert surfaces("Jobs matter. The plant will add 300 jobs.", gazetteer) == []


def test_a_surname_alone_joins_the_person_across_the_article(tmp_path):
    names = actor_names(tmp_path, "Walter Jobs left in 1985. Jobs returned in 1997, and jobs followed. Jobs, 56, spoke.")
    assert names == {"Walter Jobs"}


# Company names, posts -----------------------------------------------------------------------------


def test_a_legal_form_in_capitals_ends_a_companys_name(gazetteer):
    assert spans("Shares of Tarvix AG rose. Lorvan NV said so.", gazetteer) == [
        ("Tarvix AG", "organisation"),
        ("Lorvan NV", "organisation"),
    ]
    # An acronym after a name is still a name of its own ("the Tarvix CIA deal" aside).
    assert "Tarvix AG" not in surfaces("Lorvane met Tarvix UAW leaders.", gazetteer)


def test_the_field_of_a_post_before_its_holder_is_no_part_of_the_name(gazetteer):
    assert spans("The news came from Commissioner for Competition Lorna Tarvix on Monday.", gazetteer) == [
        ("Lorna Tarvix", "person")
    ]
    text = "He hired Undersecretary of the Air Force for Acquisition Darlene Lorvane in 2002."
    assert ("Darlene Lorvane", "person") in spans(text, gazetteer)
    assert surfaces("The director of Housing Studies said so.", gazetteer) == []


def test_an_aircraft_makers_name_is_a_companys(gazetteer):
    assert kind_of("Douglas Aircraft", "Douglas Aircraft merged in 1967.", gazetteer) == "organisation"


# Indices and currency marks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Lorvax reached 2020.90 points after gaining 1.59%.", "Lorvax"),
        ("The Lorvax was 1.75% lower than at the start of the day.", "Lorvax"),
        ("Stock indices such as the Lorvax and the S&P 500 dipped.", "Lorvax"),
        ("The Lorvax 225 stock index has fallen 40%.", "Lorvax 225"),
        ("Both the Lorvax 225 indexes remained even.", "Lorvax 225"),
    ],
)
def test_an_index_by_its_level_its_kind_or_its_number(text, name, gazetteer):
    assert kind_of(name, text, gazetteer) == "organisation"


def test_an_index_and_its_short_name_are_one_actor(tmp_path):
    names = actor_names(
        tmp_path,
        "The Lorvax 225 index fell 2%. The Minexa Composite rose 1%.",
        "The Lorvax closed up 3%. The Minexa closed up 1%.",
    )
    assert names == {"Lorvax 225", "Minexa Composite"}


def test_a_currency_code_is_no_actor(gazetteer):
    assert surfaces("Tarvix Corp. will receive CA$ 1 billion.", gazetteer) == ["Tarvix Corp"]
    assert surfaces("The SGD1.75-billion terminal opened.", gazetteer) == []
    assert surfaces("The G7 met in May.", gazetteer) == ["G7"]


def test_a_product_noun_a_comma_and_the_open_a_products_name(gazetteer):
    assert surfaces("Tarvix Corp. supports its regional aircraft, the Zephyx, in May.", gazetteer) == ["Tarvix Corp"]
    assert "Lorvan Group" in surfaces("It sold the car to a rival, the Lorvan Group.", gazetteer)


def test_a_plant_makes_the_products_it_names(gazetteer):
    assert "Zephyx" not in surfaces("The plant makes the Zephyx for export.", gazetteer)
    assert "Tarvix" in surfaces("The deal makes Tarvix the largest carmaker.", gazetteer)


def test_a_lowercase_place_noun_after_a_name_makes_a_place(gazetteer):
    assert kind_of("Minexa", "A jet landing at Minexa airport was late.", gazetteer) == "place"
    assert kind_of("Lorvane", "Boats sail up the Lorvane river.", gazetteer) == "place"
    assert kind_of("Tarvix", "The Tarvix plant closed.", gazetteer) != "place"


def test_a_port_for_a_platform_and_a_models_word_make_products(gazetteer):
    assert surfaces("Tarvix Corp. released Zephyx 7 for Lorvix. Lorvix runs it.", gazetteer) == ["Tarvix Corp"]
    assert surfaces("The Zephyx mini costs $499.", gazetteer) == []
    assert "Arsenal" in surfaces("The Arsenal player scored twice.", gazetteer)


def test_a_maker_after_a_verb_of_putting_out_stays_an_actor(gazetteer):
    assert "Tarvix" in surfaces("Lorvan Corp. released Tarvix's new phone. Tarvix has a plant.", gazetteer)
    assert kind_of("Tarvix", "The update is available for Tarvix customers.", gazetteer) == "organisation"
    # The post's field is no part of a company's name after a title and "of".
    assert surfaces("The chairman of General Motors Corp. said so.", gazetteer) == ["General Motors Corp"]


def test_a_possessive_inside_an_events_name_is_no_owner(gazetteer):
    assert surfaces("Jobs spoke at the 2010 Worldwide Developer's Conference last week.", gazetteer) == []
    assert surfaces("Tarvix's Conference room was full.", gazetteer) == ["Tarvix"]


def test_a_capitalised_particle_opens_a_name(gazetteer):
    assert spans("Ben Lorvane, with Tarvix Capital, estimated that sales rose.", gazetteer)[0] == ("Ben Lorvane", "person")
    assert surfaces("Le président Van Lorvane a dit.", gazetteer) == ["Van Lorvane"]
    assert surfaces("De nombreux Lyonnais sont venus.", gazetteer) == []
