"""Reading articles: headers, front matter, paragraph kinds, language, and bad files."""

from __future__ import annotations

from newsline_testing import SEEDS, write

from tui.corpus.document import DocDate, ParagraphKind, Severity
from tui.corpus.reader import load_corpus


def kinds(document):
    return [(p.kind, document.text[p.start : p.end]) for p in document.paragraphs]


def test_seed_headers_and_language():
    corpus = load_corpus([SEEDS])
    assert not corpus.problems
    by_name = {d.path.rsplit("/", 1)[-1]: d for d in corpus.documents}
    first = by_name["000_93aac57783158c4e.txt"]
    second = by_name["003_9753df447f1b1090.txt"]
    assert first.dct == DocDate(2025, 3)
    assert second.dct == DocDate(2021, 11)
    assert first.lang == second.lang == "fr"
    # The text starts on the header's line: the first paragraph begins right after the date.
    assert first.text[first.paragraphs[0].start :].startswith("Les deux services veulent")


def test_seed_noise_is_classified():
    corpus = load_corpus([SEEDS])
    first, second = sorted(corpus.documents, key=lambda d: d.path)
    first_kinds = kinds(first)
    assert (ParagraphKind.CREDIT, "( AFP / SAUL LOEB )") in first_kinds
    assert (ParagraphKind.CROSSHEAD, "Faire baisser les tensions en Washington et Moscou") in first_kinds
    second_kinds = kinds(second)
    assert second_kinds[0] == (ParagraphKind.DATELINE, "Moscou")
    assert second_kinds[1][0] is ParagraphKind.BODY and second_kinds[1][1].startswith("Le directeur de la CIA")
    teasers = [text for kind, text in second_kinds if kind is ParagraphKind.TEASER]
    assert len(teasers) == 2 and all("À lire aussi" in t for t in teasers)
    assert second_kinds[-1] == (ParagraphKind.TRAILER, "À voir aussi")
    assert not any(k.yields_events for k in (ParagraphKind.TEASER, ParagraphKind.CREDIT, ParagraphKind.TRAILER))


def test_header_on_its_own_line_with_day_and_english(tmp_path):
    write(tmp_path, "a.txt", "date 1999-05-19\nThe president met the minister on Tuesday.\n\nIt was the first meeting of the year.")
    (document,) = load_corpus([tmp_path]).documents
    assert document.dct == DocDate(1999, 5, 19)
    assert document.lang == "en"
    assert document.title == "The president met the minister on Tuesday."
    assert [p.kind for p in document.paragraphs] == [ParagraphKind.BODY, ParagraphKind.BODY]


def test_markdown_front_matter(tmp_path):
    write(
        tmp_path,
        "b.md",
        "---\ndate: 2024-02-03\ntitle: Un titre\nsource: AFP\nlang: fr\n---\n# Le grand titre\n\nLe texte commence ici.\n\n## Une partie\n\nEt continue.\n",
    )
    (document,) = load_corpus([tmp_path]).documents
    assert document.dct == DocDate(2024, 2, 3)
    assert document.title == "Un titre" and document.source == "AFP"
    assert kinds(document)[0] == (ParagraphKind.TITLE, "Le grand titre")
    assert (ParagraphKind.CROSSHEAD, "Une partie") in kinds(document)


def test_bad_files_are_reported_and_the_rest_loads(tmp_path):
    write(tmp_path, "good.txt", " date 2025-03 Le 11 mars 2025, un entretien a eu lieu.")
    write(tmp_path, "no_header.txt", "Just some text without a date.")
    write(tmp_path, "bad_date.txt", "date 2025-13 Texte.")
    write(tmp_path, "empty.txt", "   \n")
    write(tmp_path, "binary.txt", b"date 2025-03 \x00\x01\x02")
    write(tmp_path, "sub/broken.md", "---\ndate: [unclosed\n---\ntext")
    write(tmp_path, "notes.csv", "ignored, not an article")
    corpus = load_corpus([tmp_path, tmp_path / "missing"])
    assert [d.path.rsplit("/", 1)[-1] for d in corpus.documents] == ["good.txt"]
    messages = {p.path.rsplit("/", 1)[-1]: p.message for p in corpus.problems}
    assert "no date header" in messages["no_header.txt"]
    assert "bad date header" in messages["bad_date.txt"]
    assert "empty" in messages["empty.txt"]
    assert "binary" in messages["binary.txt"]
    assert "not valid YAML" in messages["broken.md"]
    assert "no such file" in messages["missing"]
    assert "notes.csv" not in messages
    assert all(p.severity is Severity.ERROR for p in corpus.problems)


def test_latin1_file_loads_with_a_warning(tmp_path):
    write(tmp_path, "latin.txt", "date 2025-03 Le président a parlé à l'Élysée.".encode("cp1252"))
    corpus = load_corpus([tmp_path])
    (document,) = corpus.documents
    assert "président" in document.text
    (problem,) = corpus.problems
    assert problem.severity is Severity.WARNING and "UTF-8" in problem.message


def test_control_characters_are_neutralised_without_moving_offsets(tmp_path):
    raw = "date 2025-03 Texte \x1b[31mrouge\x1b[0m et\r\nfin\x07."
    write(tmp_path, "ctrl.txt", raw)
    (document,) = load_corpus([tmp_path]).documents
    assert len(document.text) == len(raw)
    assert "\x1b" not in document.text and "\x07" not in document.text and "\r" not in document.text
    assert document.text.index("rouge") == raw.index("rouge")


def test_bom_and_leading_whitespace(tmp_path):
    write(tmp_path, "bom.txt", "\ufeff\n   date 2020-01-05 Bonjour le monde.")
    (document,) = load_corpus([tmp_path]).documents
    assert document.dct == DocDate(2020, 1, 5)


def test_decomposed_accents_read_as_composed(tmp_path):
    """A seed saved decomposed (NFD: "e" + a combining accent) gives the same events and actors."""
    import unicodedata

    from tui.loading import open_store

    for seed in sorted(SEEDS.glob("*.txt")):
        write(tmp_path, seed.name, unicodedata.normalize("NFD", seed.read_text("utf-8")))
    # The seeds' actors file decomposed too: its names must still match the composed text.
    (tmp_path / "actors.yaml").write_text(unicodedata.normalize("NFD", (SEEDS / "actors.yaml").read_text("utf-8")), "utf-8")
    decomposed = open_store([str(tmp_path)], cache=False)
    composed = open_store([str(SEEDS)], cache=False)
    assert [d.text for d in decomposed.documents] == [d.text for d in composed.documents]
    assert [a.name for a in decomposed.actors] == [a.name for a in composed.actors]
    assert "États-Unis" in {a.name for a in decomposed.actors}
    assert [(e.when.label, e.text) for e in decomposed.events] == [(e.when.label, e.text) for e in composed.events]
