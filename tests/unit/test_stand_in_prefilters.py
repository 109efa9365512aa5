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


def _scans(pattern, text: str, lo: int, hi: int) -> bool:
    return pattern.search(text, lo, hi) is not None


def test_a_clause_without_a_pattern_s_word_is_not_scanned_and_one_with_it_is():
    words = stand_in_words()
    cases = [
        ("en", "organisation", words.organisation["en"], "Acme said on Monday. The company said it would hire."),
        ("fr", "organisation", words.organisation["fr"], "Acme a signé. L'entreprise a annoncé une hausse."),
        ("en", "person", words.person["en"], "Jane Doe won. The former executive said she was glad."),
        ("fr", "pair", words.pair, "Acme et Globex ont signé. Les deux sociétés ont confirmé."),
        ("en", "object", words.object_pronoun["en"], "Jane Doe sued. A judge barred him on Monday."),
    ]
    for lang, kind, pattern, text in cases:
        needed = stand_ins.NeededWords(text, lang)
        cut = text.index(".") + 1
        for lo, hi in ((0, cut), (cut, len(text))):
            assert needed.may_hold(kind, lo, hi) == _scans(pattern, text, lo, hi), (kind, text[lo:hi])


def test_the_pre_test_never_says_no_where_the_pattern_matches():
    # (capitals, accents written or not, and a long s that re.IGNORECASE reads as "s")
    words = stand_in_words()
    for lang, kind, pattern, text in (
        ("fr", "organisation", words.organisation["fr"], "LA SOCIÉTÉ a dit. la societe a dit."),
        ("en", "pair", words.pair, "The two companieſ agreed."),
        ("en", "organisation", words.organisation["en"], "The Company said."),
    ):
        needed = stand_ins.NeededWords(text, lang)
        for lo in range(len(text)):
            for hi in range(lo, len(text) + 1, 3):
                if _scans(pattern, text, lo, hi):
                    assert needed.may_hold(kind, lo, hi), (kind, text[lo:hi])


def test_a_pattern_of_too_short_words_has_no_pre_test():
    # (French titles count "m", "me": a test of them would say yes everywhere)
    needed = stand_ins.NeededWords("Le ministre a dit.", "fr")
    assert needed.may_hold("title", 0, 5) and needed.may_hold("object", 0, 5)
