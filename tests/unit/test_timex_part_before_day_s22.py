"""A French part of the day written before its day ("en début de matinée le 11 novembre") is on
that day, not on the day the text placed before it."""

from __future__ import annotations

from tui.corpus.document import DocDate
from tui.extract.timex.tagger import tag_timexes

DCT = DocDate(2031, 4, 15)


def labels(text: str) -> list[tuple[str, str]]:
    return [(text[t.start : t.end], t.when.label) for t in tag_timexes(text, DCT, "fr") if t.when]


def test_a_part_of_the_day_before_its_date_is_on_that_date():
    found = labels("Le 12 avril, les pompiers sont intervenus. Ils sont repartis en début de matinée le 13 avril.")
    assert ("début de matinée le 13 avril", "2031-04-13TMO") in found


def test_a_part_of_the_day_before_a_weekday_or_yesterday_is_on_it():
    assert ("soirée, jeudi", "2031-04-10TEV") in labels("Le cortège est passé en soirée, jeudi, devant la mairie.")
    assert ("fin de soirée hier", "2031-04-14TEV") in labels("Le ministre a parlé en fin de soirée hier.")


def test_a_part_of_the_day_alone_still_takes_the_day_placed_before():
    found = labels("Le 12 avril, ils sont partis en matinée vers la côte.")
    assert ("matinée", "2031-04-12TMO") in found
