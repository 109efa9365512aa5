"""What a sentence's tokens and names know of themselves, made once per sentence (not kept in
module globals by the identity of the last list asked about): where its tokens start, and
which of its tokens stand inside a name."""

from __future__ import annotations

from tui.extract.happenings.tokens import _Names, _Token, _tokens
from tui.extract.model import ActorKind, Mention


def _name(start: int, end: int) -> Mention:
    return Mention(start, end, "X" * (end - start), "x", None, ActorKind.PERSON)


def test_a_sentence_s_tokens_know_where_each_starts():
    text = "Le ministre Paul Morel a signé l'accord lundi."
    tokens = _tokens(text, 0, len(text))
    assert tokens.starts == [t.start for t in tokens]
    assert text[tokens.starts[2] :].startswith("Paul")
    assert tokens.starts is tokens.starts  # (made once)


def test_two_sentences_names_answer_each_for_their_own_names():
    # (more than the names indexed: each sentence keeps its own index, asked in turns)
    first = _Names([_name(k * 10, k * 10 + 5) for k in range(20)])
    second = _Names([_name(k * 10 + 5, k * 10 + 9) for k in range(20)])
    inside_first, inside_second = _Token(21, 24, "w"), _Token(26, 28, "w")
    for _ in range(2):
        assert first.cover(inside_first) and not first.cover(inside_second)
        assert second.cover(inside_second) and not second.cover(inside_first)


def test_a_short_list_of_names_is_read_without_an_index():
    names = _Names([_name(0, 10)])
    assert names.cover(_Token(2, 5, "w")) and not names.cover(_Token(8, 12, "w"))
