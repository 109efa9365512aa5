"""French extents and values as the French TimeBank writes them: "d'[ici]", the adjective "futur"
with its article, "l'avenir" untagged as a noun, plural frequency adjectives, "tard en soirée",
parts of decades, "l'an prochain" after a day, and the day or year in focus ("ce jour-là",
"la soirée", "à l'époque")."""

from __future__ import annotations

import pytest

DCT = "2013-03-14"


def tagged(tag, sentence: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(sentence, DCT)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "d'ici": "ici" is the present, what follows is tagged on its own
        ("Le tunnel sera achevé d'ici à 2016.", [("ici", "TIME", "PRESENT_REF"), ("2016", "DATE", "2016")]),
        ("La loi sera votée d'ici le 30 juin.", [("ici", "TIME", "PRESENT_REF"), ("le 30 juin", "DATE", "2013-06-30")]),
        ("Les travaux dureront d'ici à cinq ans.", [("ici", "TIME", "PRESENT_REF"), ("cinq ans", "DURATION", "P5Y")]),
        ("Je vis ici depuis des années.", [("des années", "DURATION", "PXY")]),  # "ici": a place
        # "futur": an adjective before its noun, with its article; a noun alone is not tagged
        ("Le futur maire sera désigné.", [("Le futur", "TIME", "FUTURE_REF")]),
        ("Il rêve d'un voyage vers le futur.", []),
        ("L'économie devrait repartir dans un futur proche.", [("un futur proche", "TIME", "FUTURE_REF")]),
        # "l'avenir": untagged as a noun, a reference after "dans"
        ("Elle pense à l'avenir de ses enfants.", []),
        ("Il faudra, dans l'avenir, construire plus.", [("l'avenir", "TIME", "FUTURE_REF")]),
        ("Ces derniers temps, les ventes ont chuté.", [("Ces derniers temps", "TIME", "PAST_REF")]),
        # plural frequency adjectives; after a determiner they are newspapers
        ("Les loyers mensuels ont augmenté.", [("mensuels", "SET", "P1M")]),
        ("Des contrôles hebdomadaires sont prévus.", [("hebdomadaires", "SET", "P1W")]),
        ("Il lit les quotidiens régionaux.", []),
        ("Il a acheté des pages de quotidiens.", []),
        # a part of the day with its adverb, a part of a decade, the article of an edge
        ("Tard en soirée, les pompiers sont intervenus.", [("Tard en soirée", "TIME", "2013-03-14TEV")]),
        ("Le genre est né dans la seconde moitié des années 1970.", [("la seconde moitié des années 1970", "DATE", "197X")]),
        ("Les ventes ont chuté depuis le début de l'année.", [("le début de l'année", "DATE", "2013")]),
        # a day of "l'an prochain", alone or ending a range
        ("Le congrès aura lieu le 3 octobre l'an prochain.", [("le 3 octobre l'an prochain", "DATE", "2014-10-03")]),
        (
            "Le festival aura lieu du 6 au 9 juillet l'an prochain.",
            [("6", "DATE", "2014-07-06"), ("9 juillet l'an prochain", "DATE", "2014-07-09")],
        ),
    ],
)
def test_french_timebank_extents_and_values(tag, sentence, expected) -> None:
    assert tagged(tag, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Le 4 mai 2010, la foule a envahi la place. Ce jour-là, la police a chargé.", ("Ce jour-là", "DATE", "2010-05-04")),
        ("Le 4 mai 2010, un grand concert a eu lieu. Cette journée reste dans les mémoires.", ("Cette journée", "DATE", "2010-05-04")),
        ("Le 4 mai 2010, le cortège est parti à midi. La soirée a été calme.", ("La soirée", "TIME", "2010-05-04TEV")),
        ("En 1958, le pays a changé de régime. À l'époque, le général gouvernait.", ("l'époque", "DATE", "1958")),
    ],
)
def test_the_day_or_year_in_focus(tag, sentence, expected) -> None:
    assert tagged(tag, sentence)[-1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "La journée de la solidarité est supprimée.",  # a name: "de" follows
        "À l'époque de Napoléon, la ville était petite.",  # an era named after it
        "À l'époque, tout allait bien.",  # no year in focus yet
    ],
)
def test_no_focus_no_tag(tag, sentence) -> None:
    assert tagged(tag, sentence) == []


@pytest.mark.parametrize(
    "sentence, lang, placed, extent",
    [
        # a day and its time: the time is placed, its date written from the day on
        ("Il a parlé hier, vers 18 h, devant la presse.", "fr", ["vers 18 h"], "hier, vers 18 h"),
        # the second point of a range has no place: the first spans it
        ("Les prix ont monté entre 2009 et 2011 en Europe.", "fr", ["2009"], "2009 et 2011"),
        # an amount placed on the timeline is written with its "il y a"
        ("Le pont a été bâti il y a deux siècles par les Romains.", "fr", ["deux siècles"], "il y a deux siècles"),
        # English writes a day and its time as one expression
        ("He spoke yesterday at 6 p.m. to reporters.", "en", ["yesterday at 6 p.m."], "yesterday at 6 p.m."),
    ],
)
def test_what_has_a_place_and_where_its_date_is_written(tag, sentence, lang, placed, extent) -> None:
    from tui.corpus.document import DocDate
    from tui.extract.timex import date_extent, tag_timexes

    found = tag_timexes(sentence, DocDate.parse(DCT), lang)
    assert [t.text for t in found if t.when is not None] == placed
    index = next(i for i, t in enumerate(found) if t.when is not None)
    start, end = date_extent(found, index, sentence, lang)
    assert sentence[start:end] == extent


def test_a_day_in_another_sentence_keeps_its_place(tag) -> None:
    found = tag("14 mars 2013. - Vers 10 h, le train a déraillé.", DCT)
    assert [(t.text, t.when is not None) for t in found] == [("14 mars 2013", True), ("Vers 10 h", True)]
