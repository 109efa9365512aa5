"""A first line ending on a quoted phrase is a title, not a sentence ("France : pour X, le
nucléaire est une « filière d'avenir »"); one ending on a closing mark after final punctuation
('Il a dit : « Je pars. »') ends a sentence. On lines invented for these tests."""

from __future__ import annotations

import pytest

from tui.corpus.document import ParagraphKind
from tui.corpus.paragraphs import _ends_a_sentence
from tui.corpus.reader import load_corpus


@pytest.mark.parametrize(
    "line, ends",
    [
        ("Valbourg : pour Paul Martin, le tramway est une « chance pour la ville »", False),
        ('Acme unveils the "Widget"', False),
        ("Acme unveils its Widget (photos)", False),
        ("Il a dit : « Je pars. »", True),
        ('She said: "We are leaving."', True),
        ("Le maire a démissionné.", True),
        ("Le maire démissionne", False),
    ],
)
def test_a_closing_mark_ends_a_sentence_only_after_final_punctuation(line, ends):
    assert _ends_a_sentence(line) is ends


def test_a_first_line_ending_on_a_quoted_phrase_is_the_title(tmp_path):
    title = "Valbourg : pour Paul Martin, le tramway est une « chance »"
    path = tmp_path / "a.txt"
    path.write_text(f"date 2024-05-10\n{title}\n\nLe maire Paul Martin a déclaré lundi que le tramway était une chance.\n", encoding="utf-8")
    (document,) = load_corpus([path]).documents
    first = document.paragraphs[0]
    assert first.kind is ParagraphKind.TITLE and document.text[first.start : first.end] == title
