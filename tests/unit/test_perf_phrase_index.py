"""Phrase lists looked up by their first word: the same phrase found first as when every
phrase is tried in its order (a speed-up must not change which phrase wins)."""

from tui.extract.happenings.dates import _in_other_happening
from tui.extract.happenings.predicates import _Predicate
from tui.extract.happenings.tokens import _tokens
from tui.extract.lexicon import phrases_by_first


def test_phrases_grouped_by_first_word_keep_their_order():
    phrases = (("in", "spite", "of"), ("afin",), ("in", "order", "to"), ("in",))
    grouped = phrases_by_first(list(phrases))
    assert grouped == {"in": (("in", "spite", "of"), ("in", "order", "to"), ("in",)), "afin": (("afin",),)}


def test_date_in_a_goal_before_the_verb_is_the_goals():
    text = "Afin de rembourser la dette en 2031, la commune a vendu le stade."
    tokens = _tokens(text, 0, len(text))
    words = [t.word for t in tokens]
    head = words.index("vendu")
    p = _Predicate(head - 1, head, head + 1, "economy", clause=(0, len(tokens)))
    date = text.index("2031")
    assert _in_other_happening((date, date + 4), p, tokens, [t.start for t in tokens])
    plain = "La commune a vendu le stade en 2031."
    tokens = _tokens(plain, 0, len(plain))
    head = [t.word for t in tokens].index("vendu")
    p = _Predicate(head - 1, head, head + 1, "economy", clause=(0, len(tokens)))
    date = plain.index("2031")
    assert not _in_other_happening((date, date + 4), p, tokens, [t.start for t in tokens])


def test_headline_shortened_as_before_with_and_without_repeated_marks_and_datelines():
    from tui.extract.happenings.headlines import _shorten

    assert _shorten.__wrapped__("Plus tard,, la mairie a voté ; : le budget") == "Plus tard, la mairie a voté ; le budget"
    assert _shorten.__wrapped__("Lorvigne - Le conseil a voté le budget annuel") == "Le conseil a voté le budget annuel"
    assert _shorten.__wrapped__("Le conseil, réuni mardi, a voté le budget") == "Le conseil, réuni mardi, a voté le budget"


def test_a_judge_before_or_addressed_after_the_verb():
    from tui.extract.happenings.kinds import _before_judges

    for sentence, verb, expected in (
        ("The judge barred the sale.", "barred", True),
        ("He told the court he owned a bike.", "told", True),
        ("He told reporters he owned a bike.", "told", False),
    ):
        tokens = _tokens(sentence, 0, len(sentence))
        head = [t.word for t in tokens].index(verb)
        p = _Predicate(head, head, head + 1, "legal", clause=(0, len(tokens)))
        assert _before_judges(p, tokens) is expected


def test_roles_of_words_met_before_and_new_ones_alike():
    from tui.extract.lexicon import lexicon

    lex = lexicon("fr")
    words = ["le", "ministre", "a", "annonce", "sa", "demission", "zorvaxqueplin"]
    first = lex.roles(words)
    again = lex.roles(words)  # (every word met now: looked up, not read again)
    assert first == again
    assert first[-1] == {}
    assert any("noun" in role or "verb" in role or "reporting" in role for role in first)


def test_predicates_read_past_words_of_no_role_and_after_each_predicate():
    from tui.extract.happenings.predicates import _predicates
    from tui.extract.happenings.tokens import _Names, _roles
    from tui.extract.lexicon import lexicon

    sentence = "Hier, les ouvriers ont bloqué l'usine puis le ministre a annoncé une enquête."
    tokens = _tokens(sentence, 0, len(sentence))
    words = [t.word for t in tokens]
    found = _predicates(tokens, words, _roles(words, lexicon("fr")), _Names(), "fr")
    heads = [words[p.head] for p in found]
    assert "bloque" in heads  # (an unknown compound past: read by its "-é")
    assert "annonce" in heads and "enquete" in heads
    assert all(a.after <= b.head for a, b in zip(found, found[1:]))


def test_enough_words_counted_up_to_the_minimum_only():
    from tui.extract.happenings.headlines import _has_words

    text = "a fermé , 12 , le site"
    tokens = _tokens(text, 0, len(text))
    assert _has_words(tokens, 0, len(tokens), 4)
    assert not _has_words(tokens, 0, 3, 4)  # "a fermé ,": two words
    assert _has_words(tokens, 0, 0, 0)
