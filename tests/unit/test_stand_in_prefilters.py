"""The cheap tests run before the stand-in patterns answer as the patterns alone would."""

from tui.extract import stand_ins
from tui.extract.stand_ins import published_in, stand_in_words


def _by_pattern(text: str, start: int) -> bool:
    return stand_in_words().publication.search(text, max(0, start - 40), start) is not None


def test_a_name_after_a_publication_noun_is_where_something_was_published():
    for text in ("publié dans la revue Zorbal", "an article in the journal Quibbit", "dans le QUOTIDIEN  Le Plim"):
        start = text.index("Zorbal") if "Zorbal" in text else text.index("Quibbit") if "Quibbit" in text else text.index("Le Plim")
        assert published_in(text, start) and _by_pattern(text, start)


def test_a_name_after_another_word_is_not():
    for text, name in (("selon la ministre Zorbal", "Zorbal"), ("a report by Quibbit", "Quibbit"), ("dans l'été, Plim", "Plim")):
        start = text.index(name)
        assert not published_in(text, start) and not _by_pattern(text, start)


def test_letters_matched_by_case_folding_only_are_still_read_by_the_pattern():
    text = "in the newſpaper Quibbit"  # (a long s: re.IGNORECASE reads it as "s")
    start = text.index("Quibbit")
    assert published_in(text, start) == _by_pattern(text, start)


def test_no_publication_noun_is_longer_than_the_tail_read():
    assert max(map(len, stand_ins._publications())) <= stand_ins._PUBLICATION_LONGEST
