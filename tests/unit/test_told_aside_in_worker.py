"""The mentions the words before them leave out of every happening (who is absent, where
something was published, a work's title ...) are read with the document's extraction, in the
worker: the corpus-wide step looks them up and gives the tellings it gave reading them itself."""

from __future__ import annotations

from dataclasses import replace

from newsline_testing import write

from tui.corpus.reader import load_corpus
from tui.extract.events import extract_document, mentions_told_aside, tellings_of, told_aside
from tui.extract.gazetteer import load_gazetteer
from tui.extract.model import ResolvedMention

_TEXT = (
    "date 2025-03-11 L'Ukraine et les États-Unis se sont réunis mardi à Genève, en l'absence de la Russie. "
    "Paul Morel a signé mercredi un accord avec Jean Dupont, qui était le ministre de la Russie. "
    "Le chercheur Paul Morel a publié jeudi dans la revue Zorblanc une étude sur la Chine.\n"
)


def _document_and_extraction(tmp_path):
    (document,) = load_corpus([write(tmp_path, "a.txt", _TEXT)]).documents
    return document, extract_document(document, load_gazetteer([])[0])


def test_the_extraction_lists_the_mentions_the_words_before_them_leave_out(tmp_path):
    document, extraction = _document_and_extraction(tmp_path)
    aside = {document.text[m.start : m.end] for n, m in enumerate(extraction.mentions) if n in extraction.aside}
    assert "Russie" in aside and "Ukraine" not in aside and "Paul Morel" not in aside
    assert extraction.aside == mentions_told_aside(document.text, extraction.mentions)


def test_told_aside_reads_the_words_before_a_name_only():
    text = "Ils se sont réunis en l'absence de la Zorbanie, puis avec la Zorbanie."
    assert told_aside(text, text.index("Zorbanie"))
    assert not told_aside(text, text.rindex("Zorbanie"))
    text = "a study published in the journal Zorbal, then Zorbal again"
    assert told_aside(text, text.index("Zorbal"))
    assert not told_aside(text, text.rindex("Zorbal"))


def test_tellings_are_the_same_whether_the_worker_or_the_corpus_wide_step_reads_the_asides(tmp_path):
    document, extraction = _document_and_extraction(tmp_path)
    kinds = ["country", "person", "organisation"]
    mentions = [ResolvedMention(m.start, m.end, k % 3) for k, m in enumerate(extraction.mentions)]
    looked_up = tellings_of(document, extraction, mentions, kinds)
    read_again = tellings_of(document, replace(extraction, aside=None), mentions, kinds)
    assert looked_up == read_again
    # (an extraction claiming no mention aside gives other participants: the lookup is used)
    assert tellings_of(document, replace(extraction, aside=()), mentions, kinds) != looked_up


def test_the_pre_test_of_told_aside_never_says_no_where_it_says_yes():
    import random

    from tui.extract.events import _may_be_told_aside

    rng = random.Random(11)
    pieces = ["en l'absence de la ", "NOT ", "Sans ", "qui était ", "WHICH would ", "dans la Revue ", "un livre intitulé ",
              "a book ENTITLED ", "Zorbal ", "le ", "Σ ", "ſans ", "İ ", "x" * 50 + " ", ", ", "published in the Journal "]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) + "Zorbal"
        may_be = _may_be_told_aside(text)
        for start in range(len(text) + 1):
            if told_aside(text, start):
                assert may_be(start), (text, start)


def test_a_text_whose_lower_case_moves_offsets_is_not_pre_tested():
    from tui.util.text import aligned_lower

    assert aligned_lower("Le Zorbal") == "le zorbal"
    assert aligned_lower("İstanbul") is None and aligned_lower("ſans") is None
