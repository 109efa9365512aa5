"""Reading article files (.txt with a `date` header, .md with YAML front matter) into documents."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tui.corpus.document import Corpus, DocDate, Document, Paragraph, ParagraphKind, Problem, Severity
from tui.corpus.language import LANGUAGES, detect_language
from tui.corpus.paragraphs import TooManyParagraphs, split_paragraphs
from tui.util.files import (
    FileTooLarge, UnreadableFile, decode_text, kind_of, limit_from_env, os_reason, read_regular, why_unreachable,
)
from tui.util.text import clip, strip_controls

ARTICLE_SUFFIXES = (".txt", ".md")
# Articles over this many bytes, or this many paragraphs, are reported and not read (not cut:
# half an article would give half its events without a word). The longest news articles are
# tens of kilobytes; the pipeline holds some 40-100 bytes per byte of text, and several hundred
# per paragraph, while an article is extracted, so these bound one file's cost to about 5 s and
# 200 MB. NEWSLINE_MAX_ARTICLE_BYTES ("20M", "500k") and NEWSLINE_MAX_ARTICLE_PARAGRAPHS raise them.
MAX_ARTICLE_BYTES = 1_000_000
MAX_ARTICLE_BYTES_ENV = "NEWSLINE_MAX_ARTICLE_BYTES"
MAX_ARTICLE_PARAGRAPHS = 20_000
MAX_ARTICLE_PARAGRAPHS_ENV = "NEWSLINE_MAX_ARTICLE_PARAGRAPHS"
MAX_FRONT_MATTER_CHARS = 64_000
TITLE_CHARS = 80
SOURCE_CHARS = 200

# Optional leading white space, "date", the date, then the text on the same line or the next.
_TXT_HEADER = re.compile(r"\s*date[ \t]+(\S+)(?:[ \t]+|[ \t]*(?:\n|$))", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\s*---[ \t]*\n(.*?\n)---[ \t]*(?:\n|$)", re.DOTALL)
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_LONE_CR = re.compile(r"\r(?!\n)")


class ArticleError(Exception):
    """A file that cannot be read as an article; the message names the problem for its owner."""


def max_article_bytes() -> int:
    """The article size limit: $NEWSLINE_MAX_ARTICLE_BYTES when it is a size, else 1 MB."""
    return limit_from_env(MAX_ARTICLE_BYTES_ENV, MAX_ARTICLE_BYTES)


def max_article_paragraphs() -> int:
    """The most paragraphs an article may have: $NEWSLINE_MAX_ARTICLE_PARAGRAPHS when it is a
    number, else 20,000."""
    return limit_from_env(MAX_ARTICLE_PARAGRAPHS_ENV, MAX_ARTICLE_PARAGRAPHS)


def _paragraphs(text: str, start: int, *, markdown: bool = False) -> list[Paragraph]:
    limit = max_article_paragraphs()
    try:
        return split_paragraphs(text, start, markdown=markdown, max_paragraphs=limit)
    except TooManyParagraphs:
        raise ArticleError(
            f"the article has over {limit:,} paragraphs; the limit is {limit:,} ({MAX_ARTICLE_PARAGRAPHS_ENV} raises it)"
        ) from None


def read_article(
    path: Path, display: str, doc_id: int = 0, *, max_bytes: int | None = None
) -> tuple[Document, list[Problem]]:
    """Read one article file (a regular file of at most ``max_bytes``, by default
    :func:`max_article_bytes`). Raise ArticleError when it cannot be used at all."""
    text, problems = _decode(path, display, max_article_bytes() if max_bytes is None else max_bytes)
    if path.suffix.lower() == ".md" or text.lstrip()[:3] == "---":
        return _read_markdown(text, display, doc_id), problems
    return _read_txt(text, display, doc_id), problems


def _decode(path: Path, display: str, max_bytes: int) -> tuple[str, list[Problem]]:
    try:
        data = read_regular(path, max_bytes)
    except FileTooLarge as error:
        raise ArticleError(f"{error} ({MAX_ARTICLE_BYTES_ENV} raises it)") from None
    except UnreadableFile as error:
        raise ArticleError(str(error)) from None
    if not data.strip():
        raise ArticleError("the file is empty")
    try:
        text, warning = decode_text(data)
    except UnreadableFile as error:
        raise ArticleError(str(error)) from None
    problems = [Problem(display, warning, Severity.WARNING)] if warning else []
    if "\r" in text:  # a lone CR (old Mac) ends a line; CRLF's CR becomes a space below
        text = _LONE_CR.sub("\n", text)
    # Composed accents (NFC): text saved decomposed (macOS, some web exports) writes "é" as
    # "e" + a combining accent, which no month name, gazetteer alias or word boundary expects.
    text = strip_controls(unicodedata.normalize("NFC", text))
    if not text.strip():
        raise ArticleError("the file has no text")
    return text, problems


def _read_txt(text: str, display: str, doc_id: int) -> Document:
    header = _TXT_HEADER.match(text)
    if not header:
        first_line = clip(text.lstrip()[:200].split("\n", 1)[0], 40)
        raise ArticleError(f"no date header: expected 'date YYYY-MM' or 'date YYYY-MM-DD' first, found {first_line!r}")
    try:
        dct = DocDate.parse(header.group(1))
    except ValueError as error:
        raise ArticleError(f"bad date header: {error}") from None
    paragraphs = _paragraphs(text, header.end())
    return _document(doc_id, display, text, dct, paragraphs, title="", lang="", source="")


def _read_markdown(text: str, display: str, doc_id: int) -> Document:
    import yaml  # (here: plain-text articles need no YAML parser)

    from tui.util.yamldata import YAMLLimitError, error_summary, safe_load

    front = _FRONT_MATTER.match(text)
    if not front:
        raise ArticleError("no YAML front matter: a Markdown article starts with '---', 'date: YYYY-MM-DD', '---'")
    try:
        meta = _simple_front_matter(front.group(1))
        if meta is None:
            meta = safe_load(front.group(1), max_chars=MAX_FRONT_MATTER_CHARS) or {}
    except YAMLLimitError as error:
        raise ArticleError(f"front matter refused: {error}") from None
    except yaml.YAMLError as error:
        raise ArticleError(f"front matter is not valid YAML ({error_summary(error)})") from None
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
        raise ArticleError(f"bad date in front matter: {error}") from None
    lang = str(meta.get("lang") or "").lower()[:2]
    paragraphs = _paragraphs(text, front.end(), markdown=True)
    return _document(
        doc_id,
        display,
        text,
        dct,
        paragraphs,
        title=clip(str(meta.get("title") or ""), SOURCE_CHARS),
        lang=lang if lang in LANGUAGES else "",
        source=clip(str(meta.get("source") or ""), SOURCE_CHARS),
    )


# Front matter of the commonest shape ("date: 2024-03-01", 'title: "..."', "lang: fr", "source:
# AFP", one a line), read without the YAML parser (~60 µs an article): what PyYAML makes of it.
_SIMPLE_LINE = re.compile(
    r'(?P<key>date|title|lang|source): (?:(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})|"(?P<quoted>[^"\\]*)"|(?P<plain>[A-Za-z]+(?: [A-Za-z]+)*))'
)
# Plain words YAML 1.1 reads as booleans or null, not as text.
_YAML_WORDS = frozenset(
    "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL".split()
)


def _simple_front_matter(front: str) -> dict[str, object] | None:
    """The front matter's data when every line is one of the shapes of ``_SIMPLE_LINE`` (each
    key once, dates real days, quoted text printable), else None: the YAML parser reads it."""
    meta: dict[str, object] = {}
    for line in front[:-1].split("\n"):  # (the front matter ends with a line break)
        shape = _SIMPLE_LINE.fullmatch(line)
        if shape is None or shape["key"] in meta:
            return None
        if shape["date"] is not None:
            year, month, day = shape["date"].split("-")
            try:
                meta[shape["key"]] = dt.date(int(year), int(month), int(day))
            except ValueError:  # no such day: YAML keeps the text
                return None
        elif shape["quoted"] is not None:
            if not shape["quoted"].isprintable():
                return None
            meta[shape["key"]] = shape["quoted"]
        elif shape["plain"] in _YAML_WORDS:
            return None
        else:
            meta[shape["key"]] = shape["plain"]
    return meta


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


def iter_article_paths(
    paths: Iterable[str | os.PathLike[str]], *, relative_to_root: bool = False
) -> Iterator[tuple[Path, str] | Problem]:
    """Expand files and folders (recursively, .txt and .md, hidden entries skipped) in a stable order.

    Yields (path, display name) pairs, or a Problem for what cannot be an article: a path that
    does not exist, a broken symbolic link or a loop of them, a named pipe, a device, a folder
    that cannot be opened (errors), a symbolic link to a folder, which is not followed (a
    warning). Inside folders, only entries named like articles are reported. The display name
    is the path as given, or with ``relative_to_root`` (the bundled seeds) the path inside the
    folder it was found in; characters a terminal would act on (a newline, ESC, a file name's
    undecodable bytes) are written as escapes (``\\n``, ``\\x1b``, ``\\xff``).
    """
    for given in paths:
        root = Path(given)
        try:
            mode = os.stat(root).st_mode
        except (OSError, ValueError) as error:  # ValueError: a NUL in the path
            yield Problem(str(given), why_unreachable(root, error))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk(root, relative_to_root)
        elif stat.S_ISREG(mode):
            yield root, root.name if relative_to_root else str(given)
        else:
            yield Problem(str(given), f"{kind_of(mode)}, not an article file or a folder")


def _walk(root: Path, relative_to_root: bool) -> Iterator[tuple[Path, str] | Problem]:
    """The articles and problems under the folder ``root``, sorted by their path parts.

    A loop over a stack of folders, not recursion: a corpus may be thousands of folders deep.
    Symbolic links to folders are not entered, so no loop of folders is walked.
    """
    found: list[tuple[tuple[str, ...], _Entry]] = []
    stack: list[tuple[str, ...]] = [()]
    while stack:
        parts = stack.pop()
        try:
            with os.scandir(os.path.join(root, *parts)) as scan:
                entries = list(scan)
        except OSError as error:
            found.append((parts, _Entry(f"cannot open the folder ({os_reason(error)})")))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            what = _classify(entry)
            if what is _FOLDER:
                stack.append((*parts, entry.name))
            elif what is not None:
                found.append(((*parts, entry.name), what))
    found.sort(key=lambda item: item[0])
    for parts, what in found:
        path = root.joinpath(*parts)
        display = str(Path(*parts)) if relative_to_root and parts else str(path)
        yield (path, display) if what is _ARTICLE else Problem(display, what.problem, what.severity)


@dataclass(frozen=True, slots=True)
class _Entry:
    """What the walk makes of a folder entry: a problem with it (an empty one: nothing wrong)."""

    problem: str = ""
    severity: Severity = Severity.ERROR


_FOLDER, _ARTICLE = _Entry("(a folder to walk)"), _Entry()


def _classify(entry: os.DirEntry[str]) -> _Entry | None:
    """_FOLDER, _ARTICLE, a problem, or None for an entry passed over: not named like an
    article (neither a folder nor a symbolic link to one)."""
    article = os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES
    try:
        if entry.is_dir(follow_symlinks=False):  # (no system call: the folder listing's type)
            return _FOLDER
        if entry.is_file(follow_symlinks=False):
            return _ARTICLE if article else None
        link = entry.is_symlink()
        mode = entry.stat(follow_symlinks=True).st_mode
    except OSError as error:  # a broken link or a loop of links, or the entry just went away
        if not article:
            return None
        return _Entry(why_unreachable(entry.path, error))
    if link and stat.S_ISDIR(mode):
        return _Entry("a symbolic link to a folder, not followed (name the folder itself to read it)", Severity.WARNING)
    if not article:
        return None
    if stat.S_ISREG(mode):
        return _ARTICLE
    return _Entry(f"{'links to ' if link else ''}{kind_of(mode)}, not a regular file")


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
