"""The word lists of the stand-in patterns compiled as tries, and the pre-tests that spare a
window the pattern's scan: the same matches as the plain alternation, longest word first."""

import random
import re

from tui.extract.stand_ins import nationality_only, stand_in_words, titles_a_work
from tui.util.text import WordsIn, trie


def test_a_trie_matches_what_the_alternation_longest_first_matches():
    rng = random.Random(7)
    for _ in range(3000):
        words = {"".join(rng.choice("abé") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))}
        text = "".join(rng.choice("abé ") for _ in range(14))
        plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        tried = re.compile(trie(words))
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in tried.finditer(text)], (words, text)


def test_a_trie_tries_the_longer_word_first_and_backs_off_to_the_shorter():
    words = re.compile(trie({"chef", "chef de cabinet"}))
    assert words.search("le chef de cabinet X").group() == "chef de cabinet"
    followed = re.compile(rf"(?:{trie({'chef de', 'chef'})})\s+X")
    assert followed.search("le chef de X").group() == "chef de X"
    assert followed.search("le chef X").group() == "chef X"


def test_the_words_pre_test_reads_case_as_ignorecase_does():
    words = WordsIn(["intitulé", "entitled"])
    assert words.may_be_in("un rapport INTITULÉ ")
    assert words.may_be_in("a book Entitled ")
    assert not words.may_be_in("un rapport publié ")
    # (the long s is an "s" to re.IGNORECASE but has no lower case: such a window answers yes)
    assert WordsIn(["sans"]).may_be_in("ſans ")


def test_a_stand_in_title_is_read_the_longest_way():
    title = stand_in_words().title["fr"]
    match = title.search("Le premier ministre a déclaré")
    assert match is not None and match.group("title") == "premier ministre"
    match = title.search("Le ministre a déclaré")
    assert match is not None and match.group("title") == "ministre"


def test_pre_tested_windows_give_the_patterns_answers():
    assert titles_a_work("un rapport intitulé Le Zorblanc noir", len("un rapport intitulé "))
    assert not titles_a_work("un rapport sur le Zorblanc noir", len("un rapport sur le "))
    text = "le journaliste grolandais Paul Vrix"
    actors = [(15, 25, 0), (26, 35, 1)]
    assert nationality_only(text, actors, 0, ["country", "person"], "fr")
    text = "la délégation du Groland a signé"
    assert not nationality_only(text, [(17, 24, 0)], 0, ["country"], "fr")
