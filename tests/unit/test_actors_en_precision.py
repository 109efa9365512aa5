"""English actor names read whole and typed (issue 12, English precision): airlines named by "Air"
and a place, organisations whose name goes on with "for" and a field, a common word opening an
organisation's name inside a sentence; on invented sentences, with the cases each rule must leave
alone."""

from __future__ import annotations

from newsline_testing import mention_spans

from tui.extract.actors import find_mentions
from tui.extract.resolve import resolve_actors


def kinds(text, gazetteer):
    return dict(mention_spans(text, gazetteer))


def actor_names(text, gazetteer):
    """The names of the actors one text resolves to (its weak mentions dropped or kept)."""
    found, resolved = resolve_actors([find_mentions(text, [(0, len(text))], gazetteer)], gazetteer, "en")
    used = {m.actor for mentions in resolved for m in mentions}
    return {a.name for a in found if a.id in used}


# Airlines: "Air" and a place -----------------------------------------------------------------------


def test_air_and_a_place_is_one_airline_not_a_country(gazetteer):
    found = kinds("Jets sold well. Then Air Canada ordered ten jets, and Air Lorvania two.", gazetteer)
    assert found.get("Air Canada") == "organisation"
    assert found.get("Air Lorvania") == "organisation"
    assert "Canada" not in found


def test_air_and_a_place_opening_a_sentence_stays_whole(gazetteer):
    found = kinds("The air was clean.\nAir India signed a deal for fifty jets.", gazetteer)
    assert found.get("Air India") == "organisation"
    assert "India" not in found


def test_a_place_and_air_is_an_airline_and_any_other_name_and_air_a_product(gazetteer):
    assert kinds("Jets sold well. Singapore Air also bought twenty jets.", gazetteer).get("Singapore Air") == "organisation"
    assert kinds("Jets sold well. Lorvanian Air also bought twenty jets.", gazetteer).get("Lorvanian Air") == "organisation"
    assert "Zephyx Air" not in actor_names("Phones sold well. Tarvix unveiled the new Zephyx Air.", gazetteer)


def test_the_air_force_and_the_air_of_a_place_stay_what_they_were(gazetteer):
    found = kinds("The Air Force said the air in Canada was clean.", gazetteer)
    assert found.get("Air Force") == "organisation"
    assert found.get("Canada") == "country"


# "for" and a field ---------------------------------------------------------------------------------


def test_for_and_a_field_go_on_an_organisations_name(gazetteer):
    text = "The order came from the Federal Agency for the Financial Markets, and the Bank for International Settlements agreed."
    found = kinds(text, gazetteer)
    assert found.get("Federal Agency for the Financial Markets") == "organisation"
    assert found.get("Bank for International Settlements") == "organisation"


def test_a_plural_organisation_word_takes_its_field_and_its_kind(gazetteer):
    assert kinds("The Lorvan Centers for Disease Control said so.", gazetteer).get("Lorvan Centers for Disease Control") == "organisation"


def test_for_and_a_name_or_a_person_is_no_field(gazetteer):
    found = kinds("A spokesman for Tarvix said no. The Tarvix Group for Lorvan Motors was sold.", gazetteer)
    assert "Tarvix Group" in found and "Lorvan Motors" in found
    assert not any(" for " in name for name in found)
    found = kinds("Tarvix Bank for the Lorvan region lent more money.", gazetteer)
    assert "Tarvix Bank" in found and not any(" for " in name for name in found)


# A common word opening an organisation's name -----------------------------------------------------


def test_a_common_word_inside_a_sentence_opens_an_organisations_name(gazetteer):
    text = '"It is fair," said Tomas Verlin, head of the State Property Agency, and the Financial Services Authority agreed.'
    assert {"State Property Agency", "Financial Services Authority"} <= set(kinds(text, gazetteer))
    assert "Property Agency" not in kinds(text, gazetteer)


def test_a_title_before_a_name_is_still_dropped(gazetteer):
    found = kinds("They met Senator Lorvin Tarvix at the Executive Council.", gazetteer)
    assert "Lorvin Tarvix" in found
    assert not any(name.startswith("Senator") for name in found)


# A people's adjective the gazetteer does not know ------------------------------------------------


def test_a_peoples_adjective_before_its_noun_is_no_actor(gazetteer):
    text = "Jets sold well. The Kurdish rebels attacked. The order came from the Lorvanian government. Kurdish and Lorvanese talks went on."
    found = kinds(text, gazetteer)
    assert not {"Kurdish", "Lorvanian", "Lorvanese"} & set(found)


def test_a_first_name_a_verb_or_a_title_keeps_the_name(gazetteer):
    found = kinds("Jets sold well. Later Adrian said no, and Mr. Tarvish spoke. Meridian plans to grow, the Lorvanese Group said.", gazetteer)
    assert {"Adrian", "Tarvish", "Meridian", "Lorvanese Group"} <= set(found)


# Glued modifiers of place ------------------------------------------------------------------------


def test_the_name_glued_to_based_or_born_is_a_place(gazetteer):
    found = kinds("Jets sold well. The Lorvanville-based maker was sold to a Tarvixton-born banker.", gazetteer)
    assert found.get("Lorvanville") == "place"
    assert found.get("Tarvixton") == "place"


def test_a_glued_modifier_does_not_go_on_the_name_before_it(gazetteer):
    found = kinds("Jets sold well. The Tarvix-led group grew.", gazetteer)
    assert "Tarvix" in found and "Tarvix-led" not in found
    assert kinds("Jets sold well. They met the Zorvex-owned and EADS-led firms.", gazetteer).get("EADS") == "organisation"


# Media and companies from the words around them ---------------------------------------------------


def test_who_cites_or_reviews_is_a_medium(gazetteer):
    found = kinds('"It matters", concluded Dana Mirtel, cited by Newsvik. According to a review by Zephyr World, it works.', gazetteer)
    assert found.get("Newsvik") == "media"
    assert found.get("Zephyr World") == "media"
    assert found.get("Dana Mirtel") == "person"
    assert kinds('"We want to move," an adviser said, quoted by Lorvpeace.', gazetteer).get("Lorvpeace") != "media"


def test_an_apposition_of_distribution_or_a_blog_types_the_name(gazetteer):
    found = kinds("Content will come from Zorvex, Pixel's distributor. The story came from Tarvixnet, a technology blog.", gazetteer)
    assert found.get("Zorvex") == "organisation"
    assert found.get("Tarvixnet") == "media"


# Products and features --------------------------------------------------------------------------


def test_a_feature_that_is_called_a_name_is_no_actor(gazetteer):
    found = kinds("Phones sold well. This feature is called FaceTalk, and the new service will be called Zephyrnet.", gazetteer)
    assert not {"FaceTalk", "Zephyrnet"} & set(found)
    assert "Tarvix" in kinds("Phones sold well. The startup is called Tarvix, and it grew.", gazetteer)


def test_an_adjective_and_a_product_noun_after_a_name_make_it_a_products(gazetteer):
    assert "Quillberry" not in actor_names("Phones sold well. The Quillberry mobile device is still the most popular.", gazetteer)
    assert "S-Lorvan" not in actor_names("Phones sold well. Buy an optional S-Lorvan cable for it.", gazetteer)
    assert "Tarvix" in actor_names("Phones sold well. Tarvix mobile phones sold well, and Tarvix said so.", gazetteer)


def test_a_model_word_and_its_number_before_a_product_noun_leave_the_maker(gazetteer):
    found = kinds("Jets sold well. Two of the Zorvex Tarn 900 engines will be replaced.", gazetteer)
    assert found.get("Zorvex") == "organisation"
    assert "Zorvex Tarn" not in found
    assert "Tarvix Motors" in kinds("Jets sold well. Tarvix Motors 500 cars were sold.", gazetteer)


def test_international_after_a_name_makes_a_company(gazetteer):
    found = kinds("Cars sold well. Yesterday Lorvex International said no.", gazetteer)
    assert found.get("Lorvex International") == "organisation"
    assert kinds("Jets sold well. Lorvan International Airport closed.", gazetteer).get("Lorvan International Airport") == "place"


# A place after a comma ------------------------------------------------------------------------------


def test_a_place_heading_a_title_is_no_address_of_the_name_before(gazetteer):
    found = kinds("Cars sold well. Two firms will buy Tarvix, German Chancellor Angela Merkel said.", gazetteer)
    assert found.get("Tarvix") != "place"
    assert kinds("Cars sold well. It will close its Lorvanton, Michigan plant.", gazetteer).get("Lorvanton") == "place"


# Events, flights and posts ---------------------------------------------------------------------------


def test_an_event_word_alone_after_a_place_is_no_actor(gazetteer):
    found = kinds("Jets sold well. Tarvix ordered jets at the Dubai Airshow. The Paris Air Show opened.", gazetteer)
    assert "Airshow" not in found
    assert not any(name.endswith("Air") for name in found)


def test_a_name_before_a_flight_number_is_an_airlines(gazetteer):
    assert kinds("Jets sold well. Then Adam Lorvan flight 574 crashed.", gazetteer).get("Adam Lorvan") == "organisation"


def test_a_posts_field_and_title_before_a_name_are_dropped(gazetteer):
    found = kinds("Jets sold well. Then Transport Minister Lorvin Tarvix and Energy Secretary Zeph Orvan met.", gazetteer)
    assert found.get("Lorvin Tarvix") == "person" and found.get("Zeph Orvan") == "person"
    assert kinds("Jets sold well. Then the Transport Workers Union struck.", gazetteer).get("Transport Workers Union") == "organisation"


def test_a_title_after_an_organisations_name_parts_it_from_the_holder(gazetteer):
    found = kinds("Jets sold well. Then Zephyr Motors Chairman Lorvin Tarvix resigned.", gazetteer)
    assert found.get("Zephyr Motors") == "organisation"
    assert found.get("Lorvin Tarvix") == "person"
    assert "General Motors" in kinds("Jets sold well. Then General Motors President Lorvin Tarvix spoke.", gazetteer)


# Names of central banks, agencies and events in market news ---------------------------------------


def test_an_organisation_of_a_country_takes_the_country_in_its_name(gazetteer):
    found = kinds("Markets fell. The Reserve Bank of Australia held, and the National Bank of Greece fell.", gazetteer)
    assert found.get("Reserve Bank of Australia") == "organisation"
    assert found.get("National Bank of Greece") == "organisation"
    assert "Norfolk Assembly" in kinds("Cars sold well. The Norfolk Assembly of Norfolk, Virginia closed.", gazetteer)


def test_two_fields_joined_by_and_open_an_agencys_name(gazetteer):
    found = kinds("Markets fell. The Securities and Exchange Commission banned short selling, and the Food and Drug Administration agreed.", gazetteer)
    assert found.get("Securities and Exchange Commission") == "organisation"
    assert found.get("Food and Drug Administration") == "organisation"
    found = kinds("Markets fell. Then Tarvix and Lorvan Bank merged.", gazetteer)
    assert "Lorvan Bank" in found and not any(" and " in name for name in found)


def test_an_economic_era_or_a_commodity_is_no_actor(gazetteer):
    found = kinds("Markets fell to the worst level since the Great Depression, and Light Sweet Crude fell.", gazetteer)
    assert not {"Great Depression", "Light Sweet Crude"} & set(found)


def test_a_makers_thing_written_after_it_is_the_makers_mention(gazetteer):
    text = "Phones sold well. It ships with Tarvix’s Lorvhorn. Critics say Tarvix Lorvhorn is late. Tarvix said so."
    assert actor_names(text, gazetteer) == {"Tarvix"}


def test_the_earth_alone_is_no_actor(gazetteer):
    assert "Earth" not in kinds("Jets sold well. The jet can connect almost any two cities on Earth.", gazetteer)


# Posts inside runs of names ------------------------------------------------------------------------


def test_a_bodys_post_before_its_holder_leaves_the_body(gazetteer):
    found = kinds("Cars sold well. Senate Majority Leader Lorvin Tarvix said no, and the Lorvan Party Leader quit.", gazetteer)
    assert found.get("Senate") == "organisation"
    assert found.get("Lorvan Party") == "organisation"
    assert found.get("Lorvin Tarvix") == "person"
    assert "Senate Majority" not in found
    assert "Stephen King" in kinds("Cars sold well. Then Stephen King spoke.", gazetteer)


def test_an_employers_title_parts_the_employer_from_the_holder(gazetteer):
    found = kinds("Cars sold well. Then Tarvix Chairman Lorvin Zeph spoke.", gazetteer)
    assert "Tarvix" in found and found.get("Lorvin Zeph") == "person"
    assert "Dick Lorvan" in kinds("Cars sold well. Then Vice President Dick Lorvan spoke.", gazetteer)


# Acronyms, flights and seas -------------------------------------------------------------------------


def test_an_acronym_is_no_town_the_gazetteer_writes_otherwise(gazetteer):
    found = kinds("Jets sold well. The Government Accountability Office (GAO) upheld the protest. The GAO said so.", gazetteer)
    assert "GAO" not in found or found["GAO"] != "place"
    assert kinds("Jets sold well in Gao and Paris.", gazetteer).get("Gao") == "place"


def test_a_flight_number_ends_the_airlines_name(gazetteer):
    found = kinds("Jets sold well. The boxes of Air France Flight 447 were found. Lorvan Airlines Flight 12 landed.", gazetteer)
    assert found.get("Air France") == "organisation" and found.get("Lorvan Airlines") == "organisation"
    assert not any("Flight" in name for name in found)


def test_an_ocean_a_sea_a_gulf_or_a_coast_is_a_place(gazetteer):
    found = kinds("Jets sold well. The search goes on in the Lorvan Ocean and the Tarvix Sea.", gazetteer)
    assert found.get("Lorvan Ocean") == "place" and found.get("Tarvix Sea") == "place"
    found = kinds("Oil sold well. Ships left the Zorvan Gulf for the Zeph Coast and the Tarvix Peninsula.", gazetteer)
    assert {found.get(n) for n in ("Zorvan Gulf", "Zeph Coast", "Tarvix Peninsula")} == {"place"}


def test_a_possessive_before_a_named_plant_or_division_makes_a_company(gazetteer):
    found = kinds("Cars sold well. Labor was cheap, and the output of Lorvex's Zorva plant rose. Then Tarvix's Lorvan Truck division grew.", gazetteer)
    assert found.get("Lorvex") == "organisation"
    assert found.get("Tarvix") == "organisation"
    assert kinds("Cars sold well. Then Lorvin Smith's wife spoke.", gazetteer).get("Lorvin Smith") == "person"


def test_a_head_or_a_trader_after_a_name_makes_it_the_employer(gazetteer):
    found = kinds('Markets fell. "It hurts," said T Lorvan Price head trader, Andy Brooks. Then Zorvex head Lorvin Zeph resigned.', gazetteer)
    assert found.get("T Lorvan Price") == "organisation"
    assert found.get("Zorvex") == "organisation"
    assert found.get("Lorvin Zeph") == "person"


def test_a_companys_rival_or_supplier_in_an_apposition_is_a_company(gazetteer):
    text = "Jets sold well. He held papers from Quillan Morto, Tarvix's rival during the bid. Tarvix said it would sue."
    assert kinds(text, gazetteer).get("Quillan Morto") == "organisation"
    text = "Jets sold well. Then Ana Zeph, Tarvix's rival in the race, spoke. Tarvix said it would sue."
    assert kinds(text, gazetteer).get("Ana Zeph") == "person"


def test_a_unit_division_or_arm_before_a_name_makes_a_company(gazetteer):
    found = kinds("Shares fell. Its European unit, Zorvel, will be sold, and its financing arm Lorvac too.", gazetteer)
    assert found.get("Zorvel") == "organisation" and found.get("Lorvac") == "organisation"


def test_a_name_sold_bought_merged_or_rescued_is_guessed_a_company(gazetteer):
    found = kinds("Cars sold well. It will sell Zorvab, buy Lorvel and merge with Tarvis; the state may bail out Quenta.", gazetteer)
    assert {found.get(n) for n in ("Zorvab", "Lorvel", "Tarvis", "Quenta")} == {"organisation"}
    assert kinds("Cars sold well. Then Lorvin Zeph said he would buy Tarvis.", gazetteer).get("Lorvin Zeph") == "person"


def test_a_possessive_and_an_index_number_go_on_an_index_name(gazetteer):
    found = kinds("Markets fell. The broader Standard & Lorvan's 500 index fell, and the Tarvix Zorvan's 100 index rose.", gazetteer)
    assert found.get("Standard & Lorvan's 500") == "organisation"
    assert found.get("Tarvix Zorvan's 100") == "organisation"
    assert "Tarvix Zorvan's 100" not in kinds("Cars sold well. Then Tarvix Zorvan's 100 workers struck.", gazetteer)


def test_names_listed_as_features_or_applications_are_things(gazetteer):
    text = "Phones sold well. It adds new features such as Zeplight and Dashzeph, and applications like Zafari."
    assert not {"Zeplight", "Dashzeph", "Zafari"} & set(actor_names(text, gazetteer))
    text = "Phones sold well. The laptop features Intelo chips, Intelo said."
    assert "Intelo" in actor_names(text, gazetteer)



def test_a_speaker_or_a_premier_is_a_title_and_the_body_before_stays(gazetteer):
    found = kinds("Cars sold well. House Speaker Nancy Lorvel agreed, and Ontario Premier Dalton Zephin announced loans.", gazetteer)
    assert found.get("House") == "organisation"
    assert found.get("Nancy Lorvel") == "person" and found.get("Dalton Zephin") == "person"
    assert kinds("Cars sold well. Then the Premier League said no.", gazetteer).get("Premier League") == "organisation"


def test_a_colour_after_colours_in_its_sentence_is_no_actor(gazetteer):
    found = kinds("Phones sold well. It comes in two colors: Black (large model only) and White.", gazetteer)
    assert not {"Black", "White"} & set(found)
    assert "Jack White" in kinds("Phones sold well. Colours aside, Jack White said so.", gazetteer)


def test_a_models_name_or_a_project_after_a_name_make_it_a_things(gazetteer):
    text = "Cars sold well. Tarvix will revive the Zorus name for the sedan. The Sonic Zeph project was dropped, Tarvix said."
    assert not {"Zorus", "Sonic Zeph"} & set(actor_names(text, gazetteer))
    text = "Jets sold well. Lorvex will cut jobs under its Zeph8 restructuring plan, Lorvex said."
    assert actor_names(text, gazetteer) == {"Lorvex"}


def test_a_countrys_ministry_is_named_apart_from_the_country(gazetteer):
    found = kinds("Markets fell. The Russian Finance Ministry pledged money, and Singapore Airlines agreed.", gazetteer)
    assert found.get("Finance Ministry") == "organisation"
    assert "Russian Finance" not in found
    assert found.get("Singapore Airlines") == "organisation"


def test_a_things_noun_ending_a_sentence_does_not_make_the_next_name_a_thing(gazetteer):
    found = kinds("Markets fell after the state announced a plan. Lorvex Chase & Co. rose 12%.", gazetteer)
    assert found.get("Lorvex Chase & Co") == "organisation"
    assert "Sandy" not in kinds("Markets fell. The hurricane Sandy hit the coast.", gazetteer)


def test_a_place_word_or_a_title_ending_a_sentence_types_no_name_in_the_next(gazetteer):
    assert kinds("Markets fell. Jobs left the city. Zorvex said no, and Zorvex rose.", gazetteer).get("Zorvex") != "place"
    assert kinds("Boats sail up the river Lorvane every day.", gazetteer).get("Lorvane") == "place"
    assert kinds("Markets fell. He met the president. Lorvex Group said no.", gazetteer).get("Lorvex Group") == "organisation"


def test_the_new_opening_a_sentence_puts_out_a_product(gazetteer):
    assert actor_names("Phones sold well. The new Zephbooks run faster, Tarvix said.", gazetteer) == {"Tarvix"}
    assert "Tarvix Corporation" in actor_names("Phones sold well. The new Tarvix Corporation was formed.", gazetteer)
