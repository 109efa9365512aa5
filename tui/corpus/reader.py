"""Reading article files (.txt with a `date` header, .md with YAML front matter) into documents."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import yaml

from tui.corpus.document import Corpus, DocDate, Document, Paragraph, ParagraphKind, Problem, Severity
from tui.corpus.language import LANGUAGES, detect_language
from tui.corpus.paragraphs import split_paragraphs
from tui.util.text import strip_controls
from tui.util.yamldata import safe_load

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_FILE_BYTES = 20 * 1024 * 1024
TITLE_CHARS = 80

# Optional leading white space, "date", the date, then the text on the same line or the next.
_TXT_HEADER = re.compile(r"\s*date[ \t]+(\S+)(?:[ \t]+|[ \t]*(?:\n|$))", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\s*---[ \t]*\n(.*?\n)---[ \t]*(?:\n|$)", re.DOTALL)
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")


class ArticleError(Exception):
    """A file that cannot be read as an article; the message names the problem for its owner."""


def read_article(path: Path, display: str, doc_id: int = 0) -> tuple[Document, list[Problem]]:
    """Read one article file. Raise ArticleError when it cannot be used at all."""
    text, problems = _decode(path, display)
    if path.suffix.lower() == ".md" or text.lstrip().startswith("---"):
        return _read_markdown(text, display, doc_id), problems
    return _read_txt(text, display, doc_id), problems


def _decode(path: Path, display: str) -> tuple[str, list[Problem]]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArticleError(f"file is {size / 1e6:.1f} MB; articles over {MAX_FILE_BYTES // 2**20} MB are not read")
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"cannot read the file ({error.strerror or error})") from error
    if not data.strip():
        raise ArticleError("the file is empty")
    if b"\x00" in data[:8192]:
        raise ArticleError("this is a binary file, not a text article")
    problems: list[Problem] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        text = data.decode("cp1252", errors="replace")
        problems.append(
            Problem(display, f"not valid UTF-8 (byte {error.start}); read as Windows-1252", Severity.WARNING)
        )
    # Composed accents (NFC): text saved decomposed (macOS, some web exports) writes "é" as
    # "e" + a combining accent, which no month name, gazetteer alias or word boundary expects.
    text = strip_controls(unicodedata.normalize("NFC", text))
    if not text.strip():
        raise ArticleError("the file has no text")
    return text, problems


def _read_txt(text: str, display: str, doc_id: int) -> Document:
    header = _TXT_HEADER.match(text)
    if not header:
        first_line = text.strip().split("\n", 1)[0][:40]
        raise ArticleError(f"no date header: expected 'date YYYY-MM' or 'date YYYY-MM-DD' first, found {first_line!r}")
    try:
        dct = DocDate.parse(header.group(1))
    except ValueError as error:
        raise ArticleError(f"bad date header: {error}") from error
    paragraphs = split_paragraphs(text, header.end())
    return _document(doc_id, display, text, dct, paragraphs, title="", lang="", source="")


def _read_markdown(text: str, display: str, doc_id: int) -> Document:
    front = _FRONT_MATTER.match(text)
    if not front:
        raise ArticleError("no YAML front matter: a Markdown article starts with '---', 'date: YYYY-MM-DD', '---'")
    try:
        meta = safe_load(front.group(1)) or {}
    except yaml.YAMLError as error:
        raise ArticleError(f"front matter is not valid YAML ({_first_line(error)})") from error
    if not isinstance(meta, dict):
        raise ArticleError("front matter is not a mapping of keys to values")
    raw_date = meta.get("date")
    if raw_date is None:
        raise ArticleError("front matter has no 'date'")
    try:
        if isinstance(raw_date, dt.datetime):
            raw_date = raw_date.date()
        dct = (
            DocDate(raw_date.year, raw_date.month, raw_date.day)
            if isinstance(raw_date, dt.date)
            else DocDate.parse(str(raw_date))
        )
    except ValueError as error:
        raise ArticleError(f"bad date in front matter: {error}") from error
    lang = str(meta.get("lang") or "").lower()[:2]
    paragraphs = split_paragraphs(text, front.end(), markdown=True)
    return _document(
        doc_id,
        display,
        text,
        dct,
        paragraphs,
        title=_clean_line(str(meta.get("title") or "")),
        lang=lang if lang in LANGUAGES else "",
        source=_clean_line(str(meta.get("source") or "")),
    )


def _document(
    doc_id: int, display: str, text: str, dct: DocDate, paragraphs: list[Paragraph], *, title: str, lang: str, source: str
) -> Document:
    body = " ".join(text[p.start : p.end] for p in paragraphs if p.kind.yields_events)
    return Document(
        id=doc_id,
        path=display,
        text=text,
        dct=dct,
        lang=lang or detect_language(body),
        title=title or _title_from(text, paragraphs),
        paragraphs=tuple(paragraphs),
        source=source,
    )


def _title_from(text: str, paragraphs: Sequence[Paragraph]) -> str:
    for paragraph in paragraphs:
        if paragraph.kind is ParagraphKind.TITLE:
            return _shorten(text[paragraph.start : paragraph.end])
    for paragraph in paragraphs:
        if paragraph.kind is ParagraphKind.BODY:
            body = text[paragraph.start : paragraph.end]
            end = _SENTENCE_END.search(body)
            return _shorten(body[: end.end()] if end else body)
    return "(untitled)"


def _shorten(line: str) -> str:
    line = _clean_line(line)
    if len(line) <= TITLE_CHARS:
        return line
    cut = line.rfind(" ", 0, TITLE_CHARS - 1)
    return line[: cut if cut > TITLE_CHARS // 2 else TITLE_CHARS - 1].rstrip(" ,;:") + "…"


def _clean_line(text: str) -> str:
    return " ".join(text.split())


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def iter_article_paths(
    paths: Iterable[str | os.PathLike[str]], *, relative_to_root: bool = False
) -> Iterator[tuple[Path, str] | Problem]:
    """Expand files and folders (recursively, .txt and .md, hidden entries skipped) in a stable order.

    Yields (path, display name) pairs, or a Problem for a path that does not exist. The display
    name is the path as given, or with ``relative_to_root`` (the bundled seeds) the path inside
    the folder it was found in.
    """
    for given in paths:
        root = Path(given)
        if root.is_dir():
            # What root.rglob("*") finds (symlinked folders are not entered), with os.scandir:
            # a tenth of the time on a folder of ten thousand articles.
            found = sorted(_articles_under(str(root), ()))
            for parts in found:
                path = root.joinpath(*parts)
                yield path, str(Path(*parts)) if relative_to_root else str(path)
        elif root.is_file():
            yield root, root.name if relative_to_root else str(given)
        else:
            yield Problem(str(given), "no such file or folder")


def _articles_under(folder: str, parts: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """Relative parts of the article files under ``folder``, hidden entries skipped, unsorted."""
    try:
        with os.scandir(folder) as scan:
            entries = list(scan)
    except PermissionError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir() and not entry.is_symlink()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _articles_under(entry.path, (*parts, entry.name))
        elif os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES:
            try:
                if entry.is_file():  # following a symbolic link, as Path.is_file does
                    yield (*parts, entry.name)
            except OSError:
                continue


def load_corpus(paths: Sequence[str | os.PathLike[str]], *, relative_to_root: bool = False) -> Corpus:
    """Read every article under ``paths``; unreadable ones become problems, the rest load.

    With ``relative_to_root`` (used for the bundled seeds), documents are named relative to
    the folder they were found in rather than as given.
    """
    documents: list[Document] = []
    problems: list[Problem] = []
    for item in iter_article_paths(paths, relative_to_root=relative_to_root):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        path, display = item
        try:
            document, warnings = read_article(path, display, len(documents))
        except ArticleError as error:
            problems.append(Problem(display, str(error)))
            continue
        except Exception as error:  # a reader bug must not take the corpus down
            problems.append(Problem(display, f"could not be read ({type(error).__name__}: {error})"))
            continue
        documents.append(document)
        problems.extend(warnings)
    return Corpus(tuple(documents), tuple(problems), tuple(str(p) for p in paths))
