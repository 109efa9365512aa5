"""English actor classes found on a fifth blind set and on unannotated development articles
(issue 12, session 22): each rule on invented sentences, with the cases it must leave alone."""

from __future__ import annotations

from unit.test_actors_en_unseen import actors, kinds  # noqa: F401  (the same helpers)
from tui.extract.actors import find_mentions


# An organisation's word and "of" opening a sentence ----------------------------------------------


def test_an_organisation_word_and_of_opening_a_sentence_stay_in_the_name(gazetteer):
    text = "Shares fell.\nBank of Lorvania lost 8%.\nTheir bank deposit is safe."
    assert kinds(text, gazetteer) == {"Bank of Lorvania": "organisation"}


def test_a_common_word_opening_a_sentence_before_of_is_still_dropped(gazetteer):
    text = "Shares fell.\nNews of Lorvania came late.\nThe news was bad."
    assert "News of Lorvania" not in kinds(text, gazetteer)


# "All" opening a name inside a sentence ----------------------------------------------------------


def test_all_capitalised_inside_a_sentence_opens_the_name(gazetteer):
    found = kinds("Tickets are sold by All Lorvan Airways this week.", gazetteer)
    assert found == {"All Lorvan Airways": "organisation"}


def test_all_opening_a_sentence_is_no_part_of_the_name(gazetteer):
    assert "All Lorvan" not in kinds("All Lorvan workers went on strike.", gazetteer)


# Two fields joined by "and" inside a company's name ----------------------------------------------


def test_two_fields_joined_by_and_make_one_company(gazetteer):
    text = "The owner, Lorvan Ocean Research and Space Company (LMRSC), won."
    found = kinds(text, gazetteer)
    assert found["Lorvan Ocean Research and Space Company"] == "organisation"
    assert "Space Company" not in found


def test_an_acronym_after_the_joined_name_stays_apart(gazetteer):
    text = "The owner, Lorvan Ocean Research and Space Company LMRSC N.V., won."
    assert "Lorvan Ocean Research and Space Company" in kinds(text, gazetteer)


def test_two_organisations_joined_by_and_stay_two(gazetteer):
    found = kinds("Tarvix Bank and Lorvan Company merged.", gazetteer)
    assert set(found) == {"Tarvix Bank", "Lorvan Company"}


# A capitalised word before an organisation named after a country --------------------------------


def test_a_word_before_a_countrys_armed_service_opens_its_name(gazetteer):
    text = "Deals were signed with the Royal Norwegian Air Force and the Royal Dutch Navy."
    found = kinds(text, gazetteer)
    assert found["Royal Norwegian Air Force"] == "organisation"
    assert found["Royal Dutch Navy"] == "organisation"
    assert "Royal" not in found


def test_a_name_before_a_sentence_end_is_not_joined_to_the_next(gazetteer):
    found = kinds("Shares of Lorvix fell. Singapore Airlines rose.", gazetteer)
    assert "Singapore Airlines" in found
    assert "Lorvix. Singapore Airlines" not in found


# A person's name before "airport" ---------------------------------------------------------------


def test_a_persons_name_before_airport_is_the_airport(gazetteer):
    assert kinds("The jet landed at John Tarvix airport on Monday.", gazetteer)["John Tarvix"] == "place"


def test_a_person_with_a_title_before_a_place_noun_stays_a_person(gazetteer):
    assert kinds("Governor John Tarvix airport plans were dropped.", gazetteer)["John Tarvix"] == "person"


# An index's number before "Index" in capitals ---------------------------------------------------


def test_an_index_number_before_a_capitalised_index_word_is_the_indexs(gazetteer):
    assert kinds("The Tarvix 2000 Index lost 4% on Monday.", gazetteer) == {"Tarvix 2000": "organisation"}


def test_a_number_before_a_common_noun_is_a_count(gazetteer):
    assert "Tarvix 2000" not in kinds("They said Tarvix 2000 Workers was a film.", gazetteer)


# A maker's model, unless the name is an employer or an agent -------------------------------------


def test_a_name_before_a_title_is_no_makers_model(gazetteer):
    text = "Zorvan Tarvix CEO Lorvin Pell spoke. The Zorvan Tarvix ZT-9 trucks are old. He is an ex Zorvan man."
    assert kinds(text, gazetteer)["Zorvan Tarvix"] == "organisation"


def test_a_makers_model_after_an_article_is_still_cut(gazetteer):
    assert "Tarvix Zephyr" not in kinds("Sales of the Tarvix Zephyr rose. Tarvix said so.", gazetteer)


# A pair: a company and a name of no kind ---------------------------------------------------------


def test_a_company_typed_elsewhere_types_the_name_paired_with_it(tmp_path):
    text = "Shares of Tarvix fell.\nThe race is now between Tarvix and Lorvix Martin."
    assert actors(tmp_path, text)["Lorvix Martin"] == "organisation"


def test_a_person_paired_with_a_company_stays_a_person(tmp_path):
    text = "Shares of Tarvix fell.\nHe met Tarvix and John Lorvan."
    assert actors(tmp_path, text)["John Lorvan"] == "person"


def test_a_name_after_based_is_a_company_and_no_makers_model(gazetteer):
    text = "Critics fear for the Zorvan Tarvix plan. The Navy chose Lorvanville based Zorvan Tarvix. It favoured Zorvan."
    assert kinds(text, gazetteer)["Zorvan Tarvix"] == "organisation"


# The head of a noun phrase: the last of two nouns; and a copula's predicate ----------------------


def test_the_last_of_two_head_nouns_types_an_apposition(gazetteer):
    assert kinds("Lorvin Tarvix, a company spokesman, said no.", gazetteer)["Lorvin Tarvix"] == "person"


def test_a_copula_and_a_company_noun_type_a_company(gazetteer):
    assert kinds("Shares rose, and Lorvan Travel was the biggest company of the index.", gazetteer)["Lorvan Travel"] == "organisation"
    assert kinds("They said Zephyx Lorvan is a supplier of engines.", gazetteer)["Zephyx Lorvan"] == "organisation"


def test_a_copula_and_a_persons_role_type_a_person(gazetteer):
    assert kinds("They said Lorvin Tarvix was a company spokesman.", gazetteer)["Lorvin Tarvix"] == "person"


# Names listed after a maker's model --------------------------------------------------------------


def test_names_listed_after_a_makers_model_are_models(gazetteer):
    text = "Tarvix had losses. In addition, Tarvix will drop the Tarvix Corvel, PX Quillon, and Zephar from its range."
    assert set(kinds(text, gazetteer)) == {"Tarvix"}


def test_a_company_listed_after_a_model_stays(gazetteer):
    text = "Tarvix rose. They sold the Tarvix Zephyr and Lorvan Group bought it."
    assert "Lorvan Group" in kinds(text, gazetteer)


# An index's number before a verb of its move -----------------------------------------------------


def test_an_index_number_before_a_move_stays_in_the_name(gazetteer):
    assert kinds("Japan's Tarvix 225 fell 2%.", gazetteer)["Tarvix 225"] == "organisation"
    assert "TXSE 100" in kinds("The TXSE 100 rose by 8%.", gazetteer)


def test_an_index_after_an_article_is_no_makers_model(gazetteer):
    assert "TXSE 100" in kinds("The TXSE 100 rose; the TXSE index rose too.", gazetteer)


def test_a_number_before_a_counted_noun_is_no_index(gazetteer):
    assert "Tarvix 500" not in kinds("They said Tarvix 500 workers left.", gazetteer)


# Stock indices and the Treasury in the gazetteer (world knowledge), matched whole ----------------


def test_an_indexs_everyday_names_are_one_actor(tmp_path):
    text = "The Standard & Poor's 500 index fell 3%, and the S&P 500 lost 2% more on Friday."
    assert actors(tmp_path, text) == {"S&P 500": "organisation"}


def test_the_longest_gazetteer_name_wins_whichever_way_it_is_written():
    from tui.extract.gazetteer import Entry, Gazetteer

    gazetteer = Gazetteer()
    gazetteer.add(Entry("lvx 40", (("fr", "LVX 40"), ("en", "LVX 40")), "organisation", ("LVX",)))
    text = "Shares on the LVX 40 rose today."
    assert [m.surface for m in find_mentions(text, [(0, len(text))], gazetteer)] == ["LVX 40"]


def test_a_name_joined_by_an_ampersand_is_one_gazetteer_word():
    from tui.extract.gazetteer import tokens_of

    assert tokens_of("Tarvix AT&T Lorvan") == ["Tarvix", "AT&T", "Lorvan"]


def test_the_countrys_treasury_is_one_actor_under_its_names(tmp_path):
    text = "The US Treasury Department said so.\nThe U.S. Treasury will insure the funds."
    found = actors(tmp_path, text)
    assert found["United States Department of the Treasury"] == "organisation"
    assert "Treasury Department" not in found


# French text: English names kept whole, words that are no actor ----------------------------------


def test_a_french_text_keeps_the_genitive_of_an_english_name(gazetteer):
    found = kinds("L'agence de notation Lorvan's a abaissé la note de la dette. La dette augmente.", gazetteer)
    assert found["Lorvan's"] == "organisation"


def test_an_english_text_cuts_the_genitive(gazetteer):
    assert "Lorvan's" not in kinds("The agency Lorvan's profits rose, and the bank said so.", gazetteer)


def test_a_french_text_keeps_an_english_name_with_of_whole(gazetteer):
    text = "Le naufrage de l'Ocean Star of Norway a fait des centaines de morts dans le fleuve."
    assert kinds(text, gazetteer) == {"Ocean Star of Norway": "unknown"}


def test_french_adverbs_gods_and_technical_acronyms_are_no_actors(gazetteer):
    assert kinds("« Jamais la ville n'avait connu une telle crue », a dit le maire.", gazetteer) == {}
    assert kinds("Les manifestants criaient « Allah est grand » devant la mairie.", gazetteer) == {}
    assert kinds("Le match sera diffusé en HD sur la chaîne.", gazetteer) == {}


def test_the_kind_of_body_before_its_name_is_dropped(gazetteer):
    assert "Lorvan Rescue Committee" in kinds("L'ONG Lorvan Rescue Committee a envoyé des tentes.", gazetteer)


# A company's short form opening with a place ------------------------------------------------------


def test_a_place_and_words_opening_a_named_company_are_its_short_form(tmp_path):
    text = "China Lorvan Airlines ordered ten jets.\nChina Lorvan's chairman signed the order."
    assert actors(tmp_path, text) == {"China Lorvan Airlines": "organisation"}


def test_a_place_before_words_of_no_named_company_stays_a_place(gazetteer):
    found = kinds("China Lorvan's chairman signed the order.", gazetteer)
    assert found["China"] == "country"


def test_a_short_name_opening_a_gazetteer_organisations_name_is_that_organisation(tmp_path):
    text = "The Dow Jones Industrial Average fell 3%.\nEvery stock of the Dow fell, and the S&P 500 lost 2%; the S&P was down."
    assert actors(tmp_path, text) == {"Dow Jones Industrial Average": "organisation", "S&P 500": "organisation"}


def test_a_persons_surname_does_not_join_a_gazetteer_organisation(tmp_path):
    assert actors(tmp_path, "Mr Lorvan White said so.\nThe White House disagreed.\nWhite left.")["Lorvan White"] == "person"


# Venues, fields after "for", kinds written after a name -------------------------------------------


def test_a_venue_named_after_its_place_is_a_place(gazetteer):
    assert kinds("The concert takes place at the Texas Theater on Friday.", gazetteer)["Texas Theater"] == "place"
    assert kinds("The play opens at the Lorvan theater next week.", gazetteer)["Lorvan"] == "place"


def test_an_airport_named_after_its_place_is_still_the_places(gazetteer):
    assert "California Airport" not in kinds("The California Airport opened.", gazetteer)


def test_a_policy_field_after_for_ends_the_name(gazetteer):
    assert kinds("He now works at the Tarvix Center for Policy.", gazetteer) == {"Tarvix Center for Policy": "organisation"}


def test_a_kind_of_company_written_after_the_name_types_it(gazetteer):
    assert kinds("The Tarvix social network is now integrated.", gazetteer)["Tarvix"] == "organisation"


def test_an_organisation_word_ending_a_place_named_facility_takes_no_of(gazetteer):
    found = kinds("The sites include the Houston Assembly of Houston, Texas.", gazetteer)
    assert "Assembly of Houston" not in found
    assert kinds("The Bank of Lorvania said so.", gazetteer) == {"Bank of Lorvania": "organisation"}


def test_a_first_name_after_an_article_and_before_a_lowercase_word_is_a_noun(gazetteer):
    assert kinds("Elle rejoint la Marine nationale en mai.", gazetteer) == {}
    assert kinds("Selon Marine Lorvan, la ville va mal.", gazetteer)["Marine Lorvan"] == "person"


def test_a_french_thing_noun_before_a_name_makes_it_a_things(tmp_path):
    assert actors(tmp_path, "Le navire Lorvan Star a coulé près de la côte.") == {}


# Everyday forms of given names --------------------------------------------------------------------


def test_an_everyday_given_name_joins_the_formal_one(tmp_path):
    text = "Vice President Dick Lorvan said so.\nRichard Lorvan is a former chief executive."
    assert actors(tmp_path, text) == {"Richard Lorvan": "person"}


def test_an_everyday_given_name_with_two_formal_fits_stays_apart(tmp_path):
    text = "Steve Lorvan spoke.\nSteven Lorvan and Stephen Lorvan are brothers."
    assert len(actors(tmp_path, text)) == 3


def test_a_ticker_with_its_exchange_suffix_is_no_actor(gazetteer):
    assert "TVX" not in kinds("Lorvan Tarvix (TVX.N) fell 4% on Monday.", gazetteer)


def test_a_common_word_between_a_preposition_and_its_region_is_a_town(gazetteer):
    found = kinds("The new trucks will be assembled in Mobile, Ohio, from May.", gazetteer)
    assert found["Mobile"] == "place"


def test_a_common_word_before_a_region_without_a_preposition_stays_none(gazetteer):
    assert "Mobile" not in kinds("He bought a new Mobile, Ohio plates.", gazetteer)


def test_a_name_before_a_countrys_possessive_and_another_name_is_a_town(gazetteer):
    found = kinds("Engines come from Lorvanton, UK's Tarvix Group.", gazetteer)
    assert found["Lorvanton"] == "place"
    assert kinds("Tarvix, Germany's biggest bank, said so.", gazetteer)["Tarvix"] == "organisation"


# French: a post's field, a party's side and members, a charter ----------------------------------


def test_a_french_posts_field_is_no_actor(gazetteer):
    found = kinds("Hier, le ministre de la Santé Publique Marie Lorvan a parlé.", gazetteer)
    assert found == {"Marie Lorvan": "person"}


def test_a_party_with_a_digit_is_apart_from_its_members_and_its_side_types_it(gazetteer):
    found = kinds("La coalition perd les Verts du LV5 (gauche) après le vote.", gazetteer)
    assert found["LV5"] == "organisation"
    assert found["Verts"] == "organisation"


def test_a_charter_is_no_actor(gazetteer):
    assert kinds("Le texte viole la Charte, selon l'ONU.", gazetteer) == {"ONU": "organisation"}


def test_a_first_name_before_a_known_persons_surname_names_another_person(tmp_path):
    found = actors(tmp_path, "Selon Michelle Obama, la campagne avance.\nBarack Obama a parlé.")
    assert found == {"Michelle Obama": "person", "Barack Obama": "person"}


def test_the_known_persons_own_first_name_stays_his(tmp_path):
    assert actors(tmp_path, "Selon Barack Obama, la campagne avance.") == {"Barack Obama": "person"}


def test_a_former_state_is_a_country(gazetteer):
    assert kinds("L'ambassadeur de Yougoslavie a parlé hier.", gazetteer) == {"Yougoslavie": "country"}


def test_a_french_institution_named_by_one_word_is_an_organisation(gazetteer):
    assert kinds("Le ministre a déclaré au Sénat que le plan était refusé.", gazetteer) == {"Sénat": "organisation"}


def test_initials_written_together_open_the_name(gazetteer):
    assert kinds("Analysts at J.P. Lorvan Chase said so.", gazetteer) == {"J.P. Lorvan Chase": "organisation"}


def test_a_companys_unit_after_its_possessive_is_a_company(tmp_path):
    assert actors(tmp_path, "Shares fell.\nTarvix's Lorvan unit posted a loss.")["Lorvan"] == "organisation"


def test_motor_in_a_name_makes_a_companys(gazetteer):
    assert kinds("Lorvan Motor Sales said so on Monday.", gazetteer)["Lorvan Motor Sales"] == "organisation"


def test_french_events_by_their_first_or_last_word_are_no_actors(gazetteer):
    assert kinds("Il a remporté son premier Grand Chelem en juillet.", gazetteer) == {}
    assert kinds("Le Salon de Lorvanville ouvre ses portes.", gazetteer) == {}
    assert kinds("Le Sommet de l'Otan a lieu en mai.", gazetteer) == {"Otan": "organisation"}


def test_automobile_in_a_name_makes_a_companys(gazetteer):
    assert kinds("They met Lorvan Automobile on Monday.", gazetteer)["Lorvan Automobile"] == "organisation"


def test_a_genitive_before_a_verb_belongs_to_the_name(gazetteer):
    assert "Lorvan's" in kinds("Analysts said Lorvan's said it would cut the rating.", gazetteer)
    assert "Tarvix" in kinds("The idea was Tarvix's, he said.", gazetteer)


def test_dotted_initials_of_a_country_open_one_name_with_the_undotted_form(tmp_path):
    text = "The U.S. economy slowed.\nLorvan criticised the U.S. Air Force on Monday.\nThe US Air Force said so.\nThe Air Force has 60 days."
    found = actors(tmp_path, text)
    assert len([name for name, kind in found.items() if kind == "organisation" and "Air Force" in name]) == 1
    assert found["United States"] == "country"


def test_a_french_text_joins_an_english_genitive_to_the_name_after_it(gazetteer):
    found = kinds("La note a été dégradée par Lorvan's Investors Service hier.", gazetteer)
    assert found == {"Lorvan's Investors Service": "organisation"}


def test_a_name_ending_with_a_genitive_is_a_firms(gazetteer):
    assert kinds("Selon Lorvan's, la dette augmente.", gazetteer) == {"Lorvan's": "organisation"}


def test_units_of_data_are_no_actors(gazetteer):
    assert "Go" not in kinds("Le disque de 500 Go coûte cher.", gazetteer)
