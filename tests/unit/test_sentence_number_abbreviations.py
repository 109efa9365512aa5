"""A stop after "No.", "vol.", "art." before a number does not end a sentence."""

from __future__ import annotations

import pytest

from tui.extract.sentences import split_sentences


def pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The bakery became the No. 1 seller of bread in the valley.",
        "The decree is printed in vol. 3 of the gazette.",
        "Le texte modifie l'art. 12 du règlement communal.",
    ],
)
def test_an_abbreviation_before_a_number_stays_in_its_sentence(text):
    assert pieces(text) == [text]


def test_a_lower_case_no_before_a_number_ends_its_sentence():
    assert pieces("The mayor said no. 2 councillors left the room.") == ["The mayor said no.", "2 councillors left the room."]
