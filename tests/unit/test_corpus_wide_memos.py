"""The corpus-wide step's shortcuts answer as the reading they spare would: the verbs of
discussing looked for in a folded headline."""

from tui.extract import merge
from tui.extract.lexicon import discussing_words
from tui.util.text import fold


def _word_by_word(headline: str) -> bool:
    return any(fold(word) in discussing_words() for word in merge._TRIGGER_WORD.findall(headline))


def test_a_headline_discusses_only_when_one_of_its_words_is_a_verb_of_discussing():
    verb = sorted(discussing_words())[0]
    headlines = [
        f"Les deux ministres ont {verb} la situation",
        f"Les deux ministres ont {verb.upper()} la situation",
        "Les deux dirigeants ont également évoqué la Syrie",
        "They discussed the deal",
        "Acme said sales rose",
        "La société a annoncé une hausse",
        f"Le pré{verb} n'est pas un mot",  # (the verb inside another word: not discussing)
        "",
    ]
    for headline in headlines:
        assert merge._tells_discussing(headline) == _word_by_word(headline), headline
    assert merge._tells_discussing(headlines[0]) and not merge._tells_discussing("Acme said sales rose")
