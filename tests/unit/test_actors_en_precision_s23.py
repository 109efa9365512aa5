"""English actor classes found on a sixth blind set and on unannotated development articles
(issue 12, session 23): each rule on invented sentences, with the cases it must leave alone."""

from __future__ import annotations

from unit.test_actors_en_unseen import actors, kinds  # noqa: F401  (the same helpers)

from tui.util.text import fold


# An apposition opened by "another" or with a country's abbreviation ------------------------------


def test_a_countrys_abbreviation_is_an_adjective_of_the_apposition(gazetteer):
    for maker in ("another carmaker", "another U.S. car maker"):
        text = f"The cut came a day after Tarvex, {maker}, closed its plants."
        assert kinds(text, gazetteer)["Tarvex"] == "organisation"
    text = "Lorvix, a UK bank, fell."
    assert kinds(text, gazetteer)["Lorvix"] == "organisation"


def test_another_before_a_clause_is_no_apposition(gazetteer):
    text = "Shares of Zandor rose, another sign that traders were calm."
    assert kinds(text, gazetteer).get("Zandor") != "person"


# A pair with an organisation the article types elsewhere -----------------------------------------


def test_a_one_word_name_paired_with_a_company_typed_earlier_is_a_company(gazetteer):
    text = (
        "The Navy selected Lorvan based Quillon Grumman to build it. "
        "It was a close race between Tarvex and Quillon Grumman, said Ed Lee."
    )
    assert dict(kinds_list(text, gazetteer))["Tarvex"] == "organisation"


def test_an_untyped_two_word_name_before_a_company_typed_earlier_is_a_company(gazetteer):
    text = "Zorvex, a carmaker, cut jobs. Then Quillon Grumman and Zorvex defeated Tarvex for the order."
    assert dict(kinds_list(text, gazetteer))["Quillon Grumman"] == "organisation"


def test_a_person_paired_with_a_company_stays_a_person(gazetteer):
    text = "Zorvex, a carmaker, cut jobs. A deal between Zorvex and John Quillon was signed."
    assert dict(kinds_list(text, gazetteer)).get("John Quillon") != "organisation"


def kinds_list(text, gazetteer):
    from newsline_testing import mention_spans

    return mention_spans(text, gazetteer)


# A term of the trade spelt out by its acronym ----------------------------------------------------


def test_capitalised_words_spelt_out_by_an_acronym_are_a_term(gazetteer):
    text = "Tarvex expects Ground Handling, Fuelling and Towing (GHFT) deals to grow; GHFT costs fell."
    found = kinds(text, gazetteer)
    assert not {"Ground Handling", "Fuelling", "Towing", "GHFT"} & set(found)
    assert "Tarvex" in found


def test_a_term_after_the_sentences_first_word(gazetteer):
    found = kinds("The Remote Ledger Protocol (RLP) failed twice.", gazetteer)
    assert not {"Remote Ledger Protocol", "RLP", "The Remote Ledger Protocol"} & set(found)


def test_an_organisation_spelt_out_by_its_acronym_stays(gazetteer):
    text = "The Lorvan Dock Workers (LDW) and the Quillon Relief Fund (QRF) met the Zeph Harbour Airport (ZHA) staff."
    found = kinds(text, gazetteer)
    assert {"Lorvan Dock Workers", "Quillon Relief Fund"} <= set(found)


def test_an_acronym_that_does_not_spell_the_words_out_leaves_them(gazetteer):
    found = kinds("Shares of Tarvex Lorvan Quill (TQX) rose 5%.", gazetteer)
    assert "Tarvex Lorvan Quill" in found


# Stock indices and exchanges of other markets; a sponsor's name glued by a slash -----------------


def test_other_markets_indices_and_exchanges_are_organisations_of_their_country(gazetteer):
    text = "The RTS index fell 5%, the Merval rose and shares on the Tokyo Stock Exchange and the Taiex slid."
    found = kinds(text, gazetteer)
    assert {found[n] for n in ("RTS index", "Merval", "Tokyo Stock Exchange", "Taiex")} == {"organisation"}
    assert gazetteer.entry(fold("RTS")).member_of == fold("Russie")


def test_a_sponsors_name_glued_by_a_slash_is_part_of_the_index(gazetteer):
    found = kinds("In Toronto, the S&P/TSX Composite fell 2% and the S&P/ASX 200 gained.", gazetteer)
    assert "S&P" not in found
    assert {"TSX Composite", "ASX 200"} <= set(found)


def test_two_unknown_names_joined_by_a_slash_stay(gazetteer):
    assert {"Tarvex", "Lorvan"} <= set(kinds("Tarvex/Lorvan said no to the plan.", gazetteer))


# Foreign media ------------------------------------------------------------------------------------


def test_a_foreign_newspapers_last_word_makes_it_a_medium(gazetteer):
    text = "The Lorvan Shimbun reported the deal, and the Tarvix Zeitung confirmed it."
    assert kinds(text, gazetteer) == {"Lorvan Shimbun": "media", "Tarvix Zeitung": "media"}


def test_foreign_newspapers_and_agencies_are_known_media(gazetteer):
    text = "Kommersant said the deal was done; the Asahi Shimbun and Corriere della Sera doubted it."
    found = kinds(text, gazetteer)
    assert {found[n] for n in ("Kommersant", "Asahi Shimbun", "Corriere della Sera")} == {"media"}


def test_the_business_daily_is_not_the_index(gazetteer):
    found = kinds("The Nikkei business daily said Tarvex would cut jobs; the Nikkei fell 2%.", gazetteer)
    assert found["Nikkei business daily"] == "media"
    assert found["Nikkei"] == "organisation"


# A company after a glued modifier ----------------------------------------------------------------


def test_a_name_after_a_glued_place_modifier_is_a_company(gazetteer):
    text = "Tokyo-based Tarvex said its profit fell, while Kremlin-owned Quillon signed a deal."
    found = kinds(text, gazetteer)
    assert found["Tarvex"] == found["Quillon"] == "organisation"


def test_a_name_after_a_glued_modifier_of_no_known_place_is_left_to_its_context(gazetteer):
    found = kinds("Apple sold new Lorvix-based Zephyx machines.", gazetteer)
    assert found.get("Zephyx") != "organisation"


def test_a_name_after_a_glued_modifier_said_of_people_is_left_to_its_context(gazetteer):
    found = kinds("Western-backed Lorvin Tarvix told reporters he would stay.", gazetteer)
    assert found.get("Lorvin Tarvix") != "organisation"


# A role or a town's body after a name ------------------------------------------------------------


def test_a_name_before_a_companys_post_and_a_person_is_the_employer(gazetteer):
    found = kinds("Tarvex president Lorvin Zeph apologised; Quillon founder Ana Tarvix left.", gazetteer)
    assert found == {"Tarvex": "organisation", "Lorvin Zeph": "person", "Quillon": "organisation", "Ana Tarvix": "person"}


def test_a_name_before_a_towns_body_is_the_town(gazetteer):
    text = "The Lorvan city council and the Tarvix town hall objected; Zorvan mayor Ed Lee agreed."
    assert kinds(text, gazetteer) == {"Lorvan": "place", "Tarvix": "place", "Zorvan": "place", "Ed Lee": "person"}


# A bank "of" a region; rating agencies; parts of laws and government bonds -----------------------


def test_a_bank_of_a_region_is_one_name(gazetteer):
    assert kinds("Analysts at Royal Bank of Scotland said so.", gazetteer) == {"Royal Bank of Scotland": "organisation"}
    text = "The Tarvix Savings Bank of Ohio lent more."
    assert kinds(text, gazetteer) == {"Tarvix Savings Bank of Ohio": "organisation"}


def test_a_plant_of_a_town_still_ends_before_the_town(gazetteer):
    found = kinds("Workers at the Lorvan Assembly of Chicago struck.", gazetteer)
    assert "Chicago" in found


def test_rating_agencies_are_known_with_their_possessive(gazetteer):
    text = "Standard & Poor's cut the rating, Moody's Investors Service followed, and the Standard & Poor's 500 fell."
    assert kinds(text, gazetteer) == {
        "Standard & Poor's": "organisation", "Moody's Investors Service": "organisation", "Standard & Poor's 500": "organisation"
    }


def test_a_law_section_and_treasuries_are_no_actors(gazetteer):
    assert kinds("Under Section 363 of the code, investors bought Treasuries.", gazetteer) == {}


# US states in AP style; a maker's product; a senior post after the employer ---------------------


def test_a_us_states_ap_abbreviation_is_the_state(gazetteer):
    text = "Union leaders met in Auburn Hills, Mich., and in Cupertino, Calif. on Monday."
    found = kinds(text, gazetteer)
    assert found["Mich"] == found["Calif"] == "place"
    assert gazetteer.entry(fold("Michigan")) is not None


def test_a_word_like_an_abbreviation_is_not_taken_for_a_state(gazetteer):
    assert kinds("He was ill. Then he left.", gazetteer) == {}


def test_a_possessive_before_a_product_in_lower_camel_case_is_its_maker(gazetteer):
    found = kinds("Tarvix's iZephyr went on sale, and Quillon's webOS lags behind.", gazetteer)
    assert found == {"Tarvix": "organisation", "Quillon": "organisation"}


def test_a_senior_post_after_a_name_makes_it_the_employer(gazetteer):
    found = kinds("It ships in May, Tarvix Senior Vice President Phil Lorvan said.", gazetteer)
    assert found == {"Tarvix": "organisation", "Phil Lorvan": "person"}


def test_words_spelt_out_by_a_common_acronym_are_a_term_whatever_their_words(gazetteer):
    found = kinds("Tarvex planned an Initial Public Offering (IPO) and added Digital Rights Management (DRM).", gazetteer)
    assert not {"Initial Public Offering", "Digital Rights Management", "Digital Rights"} & set(found)


def test_an_earlier_bracket_does_not_hide_the_term(gazetteer):
    text = "Tarvex (the maker) said Ground Handling and Towing (GHT) costs rose."
    assert not {"Ground Handling", "Towing", "GHT"} & set(kinds(text, gazetteer))


# A person's employer after "of"; a product by what it is said to be -----------------------------


def test_a_name_after_a_person_and_of_is_the_employer(gazetteer):
    found = kinds('"Stocks are cheap," said Peter Quill of Zorvan Partners and Ed Lee of Detroit.', gazetteer)
    assert found == {"Peter Quill": "person", "Zorvan Partners": "organisation", "Ed Lee": "person", "Detroit": "place"}


def test_a_name_said_to_be_a_car_or_a_jet_is_a_product_with_its_makers_name(gazetteer):
    text = "The Tarvix Zephyx goes on sale next year, Lorvan Motors said; the Zephyx is an electric car."
    assert kinds(text, gazetteer) == {"Lorvan Motors": "organisation"}
    assert kinds("The Quillon is a small jet with 90 seats. Airlines like the Quillon.", gazetteer) == {}


def test_a_name_said_to_be_a_maker_or_a_user_stays(gazetteer):
    found = kinds("Tarvix is a car company, Lorvan is a jet maker and Ann Zed is a user of the app.", gazetteer)
    assert set(found) == {"Tarvix", "Lorvan", "Ann Zed"}


# More legal forms; commodity exchanges -----------------------------------------------------------


def test_more_legal_forms_end_a_companys_name(gazetteer):
    text = "Tarvix LLC, owned by Lorvan Capital Management LP, met Zorvan OJSC and Quill Holdings Pty."
    found = kinds(text, gazetteer)
    assert {"Lorvan Capital Management LP", "Zorvan OJSC", "Quill Holdings Pty"} <= set(found)
    assert "LP" not in found


def test_a_companys_name_with_its_legal_form_is_the_same_actor(tmp_path):
    text = "Shares of Lorvan Capital Management LP fell.\nLorvan Capital Management said it would sell."
    assert actors(tmp_path, text) == {"Lorvan Capital Management LP": "organisation"}


def test_commodity_exchanges_are_known(gazetteer):
    found = kinds("Traders said gold rose 2% on the Nymex and corn fell on the CBOT.", gazetteer)
    assert found["Nymex"] == found["CBOT"] == "organisation"


# Plural titles; a possessive before a person -----------------------------------------------------


def test_plural_titles_before_names_are_no_actors(gazetteer):
    text = "The bill was backed by Senators Lorvin Zeph and Ana Tarvix, and by Sens. Ed Quill and Bo Lane."
    assert kinds(text, gazetteer) == {n: "person" for n in ("Lorvin Zeph", "Ana Tarvix", "Ed Quill", "Bo Lane")}


def test_a_possessive_before_a_persons_full_name_is_the_employer(gazetteer):
    found = kinds("Lorvan's Jim Tarvix spoke, and so did Zed's Obama.", gazetteer)
    assert found["Lorvan"] == "organisation"
    assert found["Zed"] == "unknown"  # one word after the possessive: no full name, no guess


# Holidays named after people; the index by its share count --------------------------------------


def test_a_name_before_day_is_a_holiday(gazetteer):
    assert kinds("Markets closed for Lorvin Zeph Jr. Day and for Ana Tarvix Day.", gazetteer) == {}


def test_a_name_ending_a_sentence_before_day_stays(gazetteer):
    assert kinds("They met Ana Tarvix. Day two began.", gazetteer) == {"Ana Tarvix": "person"}


def test_the_500_stock_index_is_the_index(gazetteer):
    found = kinds("The broader Standard & Poor's 500-stock index fell.", gazetteer)
    assert found == {"Standard & Poor's 500-stock index": "organisation"}


# A programme called by a name after a phrase; a firm "based in" a place -------------------------


def test_a_name_called_after_a_programme_and_its_owner_is_the_programmes(gazetteer):
    text = "The losses led to a restructuring program at Tarvix, called Zephyr8, in which jobs go."
    assert "Zephyr8" not in kinds(text, gazetteer)


def test_a_person_called_after_a_post_and_its_employer_stays(gazetteer):
    text = "The company hired a manager at Lorvan Group, called Ana Tarvix."
    assert kinds(text, gazetteer)["Ana Tarvix"] == "person"


def test_a_name_based_in_a_place_is_a_company(gazetteer):
    found = kinds("Quillon AeroWorks, based in Lorvan, Kansas, builds fuselages.", gazetteer)
    assert found["Quillon AeroWorks"] == "organisation"


# A city and its airport's code -------------------------------------------------------------------


def test_a_city_then_an_airports_code_are_the_city_and_the_airport(gazetteer):
    found = kinds("The plane flew to Los Angeles LVX airport and landed at the TVX airport.", gazetteer)
    assert found == {"Los Angeles": "place", "LVX": "place", "TVX": "place"}


def test_a_city_then_a_facilitys_words_stay_one_facility(gazetteer):
    assert kinds("Workers at the Detroit Tarvix Casting plant struck.", gazetteer) == {"Detroit Tarvix Casting": "place"}


# The name of a "-based" modifier before products ---------------------------------------------------


def test_a_name_products_are_based_on_is_no_place(gazetteer):
    found = kinds("Tarvix sold Lorvix-based computers and new Lorvix-based ZephBooks.", gazetteer)
    assert found.get("Lorvix") != "place"


def test_a_name_a_firm_or_workers_are_based_in_is_a_place(gazetteer):
    found = kinds("Lorvanville-based Tarvix cut jobs and Lorvanville-based workers struck.", gazetteer)
    assert found["Lorvanville"] == "place"


def test_a_name_a_car_maker_is_based_in_is_a_place(gazetteer):
    assert kinds("They bought the Lorvanville-based car maker last year.", gazetteer)["Lorvanville"] == "place"


# A newspaper named after its city; "chaired by"; a union --------------------------------------


CITY_MEDIA = [
    ("He told the Detroit News and the Detroit Free Press, not the Lorvan Times.",
     {"Detroit News": "media", "Detroit Free Press": "media", "Lorvan Times": "media"}),
    ("Reporters from the Detroit press came.", {"Detroit": "place"}),  # a lowercase noun: the city
]


def test_a_newspaper_named_after_its_city_is_one_medium(gazetteer):
    for text, expected in CITY_MEDIA:
        assert kinds(text, gazetteer) == expected


def test_chaired_by_and_union_type_the_names(gazetteer):
    text = "The Tarvix Committee, chaired by Lorvin Zeph, met the Zorvan Steelworkers union."
    found = kinds(text, gazetteer)
    assert found["Lorvin Zeph"] == "person"
    assert found["Zorvan Steelworkers"] == "organisation"


# Plane makers' and airlines' last words ---------------------------------------------------------


def test_a_name_ending_with_airplanes_is_a_company(gazetteer):
    text = "The jet is late, Tarvix Commercial Airplanes said."
    assert kinds(text, gazetteer) == {"Tarvix Commercial Airplanes": "organisation"}
    assert kinds("The Air Force flew.", gazetteer) == {"Air Force": "organisation"}


# A region after a place and "and the" -------------------------------------------------------------


def test_a_word_after_a_known_place_and_and_the_is_a_region(gazetteer):
    found = kinds("Its units in Latin America, Europe and the Middle East, and Asia and the Zorvanic, stay.", gazetteer)
    assert found["Zorvanic"] == "place"


def test_a_word_after_a_company_and_and_the_is_left_alone(gazetteer):
    assert kinds("Talks between Tarvix and the Zorvanic failed.", gazetteer).get("Zorvanic") != "place"


# A place's name opening a law's or an event's ---------------------------------------------------


def test_a_place_opening_a_laws_or_a_shows_name_is_not_named_there(gazetteer):
    text = "The American Recovery and Reinvestment Act passed before the Detroit Auto Show opened."
    assert kinds(text, gazetteer) == {}


def test_a_place_opening_an_organisations_name_stays_in_it(gazetteer):
    text = "The Canadian Auto Workers and the US Air Force met in Detroit."
    assert kinds(text, gazetteer) == {"Canadian Auto Workers": "organisation", "US Air Force": "organisation", "Detroit": "place"}
