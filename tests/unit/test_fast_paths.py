"""The faster ways some extraction steps take give what the slower ones they replace gave.

Each test compares a fast path with the plain regex search or parser it stands for, on invented
text and on random strings drawn from the characters that matter to it.
"""

import datetime as dt
import random
import re
import unicodedata

import pytest

from tui.corpus.reader import MAX_FRONT_MATTER_CHARS, _simple_front_matter
from tui.extract.context import _folded, _plain
from tui.extract.sentences import _WORD_BEFORE, _word_before
from tui.extract.timex.context import SENTENCE_STOP, _last_stop_end
from tui.util.yamldata import safe_load


def _random_texts(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(30))) for _ in range(count)]


def test_word_before_a_stop_is_what_the_search_finds():
    texts = ["M. Dupont", "le Dr.\n", "a\n.", "St.-Louis", "x_y-z.", "²½ ſ K\n", "\n", ""]
    texts += _random_texts("ab. -_\n2²é\u0301", 600, seed=1)
    for text in texts:
        for end in range(len(text) + 1):
            for low in {0, max(0, end - 1), max(0, end - 3)}:
                found = _WORD_BEFORE.search(text, low, end)
                assert _word_before(text, low, end) == (found.group(1) if found else ""), (text, low, end)


def test_last_sentence_stop_is_the_last_the_scan_finds():
    texts = ["M. Dupont est là. Mme Durand aussi! Dr. Who?", "St. Louis\nJr. Mrs. MMe. Ms. A.", "..."]
    texts += _random_texts("aMDrsStJ. !?\n", 600, seed=2)
    for text in texts:
        for hi in range(len(text) + 1):
            for lo in {0, max(0, hi - 2), max(0, hi - 10)}:
                last = lo
                for stop in SENTENCE_STOP.finditer(text, lo, hi):
                    last = stop.end()
                assert _last_stop_end(text, lo, hi) == last, (text, lo, hi)


def test_plain_and_folded_views_replace_curly_apostrophes_as_translate_did():
    apostrophes = str.maketrans("’´`ʼ", "''''")
    for part in ["l’été", "d´un `x` ʼy’", "é\u0301’", "plain ascii", ""] + _random_texts("aé’´`ʼ' \u0301«", 500, seed=3):
        if part.isascii():
            continue
        assert _plain(part) == unicodedata.normalize("NFC", part).translate(apostrophes)
        folded = re.sub("[\u0300-\u036f]+", "", unicodedata.normalize("NFKD", part)).translate(apostrophes)
        assert _folded(part) == folded


FRONT_VALUES = [
    "2024-03-01", "2024-02-30", "2024-2-3", '"Un titre"', '"a \\"b"', '""', '"  spaced  "', '"tab\there"',
    '"\u00a0x"', '"é « » ’"', "fr", "en", "no", "On", "null", "NULL", "yes", "AFP", "Agence France Presse",
    "AFP ", "A  B", "12", "'single'", "~", "2024-03-01 10:00", "a #b", "x: y",
]


@pytest.mark.parametrize("seed", range(3))
def test_simple_front_matter_is_what_yaml_makes_of_it(seed):
    rng = random.Random(seed)
    keys = ["date", "title", "lang", "source", "author"]
    taken = 0
    for _ in range(1500):
        front = "".join(f"{rng.choice(keys)}: {rng.choice(FRONT_VALUES)}\n" for _ in range(rng.randrange(1, 5)))
        fast = _simple_front_matter(front)
        if fast is None:
            continue
        taken += 1
        parsed = safe_load(front, max_chars=MAX_FRONT_MATTER_CHARS)
        assert fast == parsed and list(fast) == list(parsed), front
        assert [type(v) for v in fast.values()] == [type(v) for v in parsed.values()], front
    assert taken > 25  # the fast path was taken often enough to be tested


def test_simple_front_matter_reads_the_common_shape_and_leaves_the_rest_to_yaml():
    front = 'date: 2024-03-01\ntitle: "Un titre"\nlang: fr\nsource: Agence France Presse\n'
    assert _simple_front_matter(front) == {
        "date": dt.date(2024, 3, 1), "title": "Un titre", "lang": "fr", "source": "Agence France Presse"
    }
    for other in ["lang: no\n", "date: 2024-02-30\n", "date: 2024-03-01\ndate: 2024-03-02\n", 'title: "a\\tb"\n', "author: X\n"]:
        assert _simple_front_matter(other) is None


def test_first_words_of_a_pattern():
    from tui.extract.timex.first_words import first_words

    flags = re.IGNORECASE
    assert first_words(r"(?:le|la)[^\S\n]+(?P<d>\d{1,2})", flags) == {"le", "la"}
    assert first_words(r"(?:(?:fin|début)\s+)?(?:de\s+)?mai", flags) == {"fin", "début", "de", "mai"}
    assert first_words(r"l['’]an(?:née)?", flags) == {"l"}
    assert first_words(r"\d{1,2}h", flags) == {f"{n}h" for n in range(10)} | {f"{n:02}h" for n in range(100)}
    assert first_words(r"\d{4}", flags) is None  # too many to list: unknown
    assert first_words(r"\w+ly", flags) is None  # any word: unknown
    assert first_words(r"ıl", flags) is None  # "ı" matches "i" though their casefolds differ


@pytest.mark.parametrize("code", ["fr", "en"])
def test_rules_tried_by_opening_word_match_as_the_matcher_does(code):
    from tui.extract.timex.language import language_data
    from tui.extract.timex.tagger import _RUN, _first_rule_match

    texts = [
        "le 3 mai 2012, depuis le début de la crise, la semaine dernière, l'été 2011, à partir de lundi,"
        " il y a trois ans, en 1999, mi-juin, fin 2012, le mardi 7 et le lendemain matin vers 10 h 30",
        "on Monday, since last year, the day before, two weeks ago, in May 2011, by the end of the year,"
        " this morning, at 10 a.m., the 1990s, FY2012, Q3, last Tuesday night and next spring",
    ]
    language = language_data(code)
    tried = 0
    for text in texts:
        for word in re.finditer(r"\w+", text):
            at = word.start()
            for endpos in (min(len(text), at + 30), len(text)):
                run = _RUN.match(text, at, endpos)
                if run.end() >= endpos or not run.group().isascii():
                    continue
                char = text[at].casefold()
                for index in (0, 20):
                    matcher = language.matcher(char, index)
                    expected = matcher.match(text, at, endpos) if matcher is not None else None
                    if expected is not None and expected.end() >= endpos and endpos < len(text):
                        expected = matcher.match(text, at, len(text))
                    rules = language.rules_at(char, run.group().casefold(), index)
                    got = _first_rule_match(language, rules, text, at, endpos, len(text))
                    assert (got and (got.span(), got.lastgroup)) == (expected and (expected.span(), expected.lastgroup))
                    tried += 1
    assert tried > 100


def test_a_settled_year_is_the_same_whatever_the_tense():
    from tui.corpus.document import DocDate
    from tui.extract.timex.rules.common import _year_settled, resolve_year

    settled = 0
    for dct in (DocDate(2012, 5, 3), DocDate(2012, 1, 1), DocDate(2011, 12, 31), DocDate(2012, 2, 29), DocDate(2013, 7, None)):
        for month in range(1, 13):
            for day in (None, 1, 15, 28, 29, 30, 31):
                if _year_settled(dct, month, day):
                    settled += 1
                    years = {resolve_year(dct, month, day, way) for way in (None, "past", "future")}
                    assert years == {dct.year}, (dct, month, day)
    assert settled > 100
