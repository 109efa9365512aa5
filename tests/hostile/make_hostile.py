"""A hostile corpus: every kind of bad input Newsline must survive, with what each should give.

    python tests/hostile/make_hostile.py OUTDIR [--full]

writes OUTDIR/corpus (the articles: good ones, odd encodings, bad headers, YAML bombs, special
files, deep folders, odd names), OUTDIR/actors (hostile actors files, given with --actors) and
OUTDIR/manifest.json, and prints a summary. ``--full`` adds the costly cases (files near and over
the size limit, a long single line, sentences of 200 KB, many paragraphs, large actors files).

Each case says what the reader must make of it (``Case.expect``):

- ``loads``: an article that loads, without a problem;
- ``warns``: an article that loads, with a warning naming it;
- ``skipped``: an error naming it (with ``Case.says`` in the message), the rest still loading;
- ``ignored``: not an article (not named like one, or hidden): nothing is said.

``build(root, full=False)`` is what tests/hostile/test_hostile_corpus.py and
tests/bench/bench_hostile.py call; the cases that cannot be made here (no FIFOs on this system,
running as root for unreadable files) are left out and said so in ``Corpus.left_out``.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

GOOD_TEXT = "Le 11 mars 2025, la Russie et les États-Unis ont repris leurs échanges à Genève."
GOOD_EVENT = "Le 11 mars 2025"
DEEP_FOLDERS = 1000
LONG_SENTENCE = 200_000  # bytes of a sentence with no full stop


@dataclass(frozen=True)
class Case:
    """One hostile input: its path under the corpus (or actors) folder, what must come of it,
    and a fragment of the message that must name the problem (``says``, lower case)."""

    name: str
    expect: str  # loads, warns, skipped, ignored
    says: str = ""
    why: str = ""
    full_only: bool = False
    dated: bool = False  # an article that loads and has GOOD_EVENT: an event must come of it

    @property
    def display(self) -> str:
        """The name Newsline shows for this file: unprintable characters as escapes."""
        return _printable(self.name)


@dataclass
class Corpus:
    root: Path
    corpus: Path
    actors: Path
    cases: list[Case] = field(default_factory=list)  # files under corpus/
    actors_cases: list[Case] = field(default_factory=list)  # files under actors/, each given with --actors
    special: list[Case] = field(default_factory=list)  # paths named on the command line (absolute)
    left_out: list[str] = field(default_factory=list)

    def manifest(self) -> dict:
        return {
            "corpus": str(self.corpus),
            "actors": str(self.actors),
            "cases": [asdict(c) for c in self.cases],
            "actors_cases": [asdict(c) for c in self.actors_cases],
            "special": [asdict(c) for c in self.special],
            "left_out": self.left_out,
        }


def _printable(text: str) -> str:
    """As every view shows an untrusted name (tui.util.safe.safe_display): the tests compare
    against the names Newsline prints."""
    from tui.util.safe import safe_display

    return safe_display(text)


# -- articles -------------------------------------------------------------------------------


def _front(meta: str, body: str = GOOD_TEXT) -> str:
    return f"---\n{meta}\n---\n{body}\n"


def _alias_bomb(levels: int = 9, width: int = 9, key: str = "title") -> str:
    """Nine anchors of nine aliases each: ~1 KB of YAML standing for 9**9 strings."""
    lines = [f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels)]
    lines.append(f"{key}: *a{levels - 1}")
    return "\n".join(lines)


def _date_bomb() -> str:
    """A 291-byte bomb in ``date:``: once a 3.85 MB error line."""
    return (
        'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
        "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
        "date: [*e,*e,*e,*e,*e,*e,*e,*e,*e]"
    )


# (name, content, expect, says, why); content is str (written UTF-8) or bytes.
ARTICLES: list[tuple[str, str | bytes, str, str, str]] = [
    ("good.txt", f"date 2025-03-11 {GOOD_TEXT}", "loads", "", "a plain article"),
    ("good.md", _front("date: 2025-03-11\ntitle: Un titre"), "loads", "", "a plain Markdown article"),
    ("folder.txt/inside.txt", f"date 2025-03 {GOOD_TEXT}", "loads", "", "a folder named like an article"),
    # Encodings and line ends
    ("enc/utf8_bom.md", "\ufeff" + _front("date: 2025-03-11"), "loads", "", "UTF-8 with a BOM"),
    ("enc/utf16le_bom.txt", f"date 2025-03-11 {GOOD_TEXT}".encode("utf-16"), "loads", "", "UTF-16 with a BOM"),
    ("enc/utf16be_bom.txt", b"\xfe\xff" + f"date 2025-03-11 {GOOD_TEXT}".encode("utf-16-be"), "loads", "", ""),
    ("enc/utf16le.txt", f"date 2025-03-11 {GOOD_TEXT}".encode("utf-16-le"), "loads", "", "UTF-16 without a BOM"),
    ("enc/utf16be.md", _front("date: 2025-03-11").encode("utf-16-be"), "loads", "", ""),
    ("enc/utf32_bom.txt", f"date 2025-03-11 {GOOD_TEXT}".encode("utf-32"), "loads", "", ""),
    ("enc/utf16_odd.txt", f"date 2025-03-11 {GOOD_TEXT}".encode("utf-16") + b"\x00", "warns", "utf-16", "a byte short"),
    ("enc/latin1.txt", f"date 2025-03-11 {GOOD_TEXT}".encode("latin-1", "replace"), "warns", "utf-8", "Latin-1"),
    ("enc/nfd.txt", "date 2025-03-11 " + "Le 11 mars 2025, l'Élysée a parlé.".replace("É", "E\u0301"), "loads", "", ""),
    ("enc/cr.md", _front("date: 2025-03-11").replace("\n", "\r"), "loads", "", "old Mac line ends"),
    ("enc/cr.txt", f"date 2025-03-11\r{GOOD_TEXT}\r\rSecond paragraph.", "loads", "", ""),
    ("enc/crlf.md", _front("date: 2025-03-11").replace("\n", "\r\n"), "loads", "", "Windows line ends"),
    ("enc/controls.txt", f"date 2025-03-11 \x1b[31m{GOOD_TEXT}\x1b[0m\x07\n\n{'mot ' * 3000}\x00 end", "loads", "",
     "escapes, BEL, a NUL after the first 8 KB"),
    ("enc/nul_early.txt", f"date 2025-03-11 {GOOD_TEXT}\x00", "skipped", "binary", "a NUL in the first 8 KB"),
    ("enc/binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "skipped", "binary", ""),
    ("enc/nul_start.txt", b"\x00" * 64 + b"date 2025-03 text", "skipped", "binary", ""),
    ("enc/empty.txt", b"", "skipped", "empty", ""),
    ("enc/blank.md", " \n\t\n  ", "skipped", "empty", ""),
    ("enc/bom_only.txt", b"\xef\xbb\xbf", "skipped", "no text", ""),
    ("enc/utf16_blank.txt", "   \n ".encode("utf-16"), "skipped", "no text", ""),
    # .txt date headers
    ("hdr/none.txt", "Just some text without a date.", "skipped", "no date header", ""),
    ("hdr/feb30.txt", f"date 2025-02-30 {GOOD_TEXT}", "skipped", "does not exist", ""),
    ("hdr/month13.txt", "date 2025-13 text", "skipped", "no month 13", ""),
    ("hdr/year0.txt", "date 0000-01 text", "skipped", "no year 0", ""),
    ("hdr/superscript.txt", "date ²025-03 text", "skipped", "is not yyyy-mm", "int() once failed on it"),
    ("hdr/devanagari.txt", "date १२३४-03 text", "skipped", "is not yyyy-mm", "once read as year 1234"),
    ("hdr/fullwidth.txt", "date ２０２５-03 text", "skipped", "is not yyyy-mm", ""),
    ("hdr/huge_token.txt", "date 2025-" + "9" * 100_000 + " text", "skipped", "is not yyyy-mm", "a 100 KB date"),
    ("hdr/only_header.txt", "date 2025-03", "loads", "", "a header and no text"),
    ("hdr/header_late.txt", "\n" * 5000 + f"date 2025-03 {GOOD_TEXT}", "loads", "", ""),
    # Front matter
    ("fm/none.md", GOOD_TEXT, "skipped", "no yaml front matter", ""),
    ("fm/unclosed.md", "---\ndate: 2025-03-11\n" + GOOD_TEXT, "skipped", "no yaml front matter", ""),
    ("fm/broken.md", _front("date: [unclosed"), "skipped", "not valid yaml", ""),
    ("fm/list.md", _front("- a\n- b"), "skipped", "mapping", ""),
    ("fm/scalar.md", _front("just words"), "skipped", "mapping", ""),
    ("fm/no_date.md", _front("title: x"), "skipped", "no 'date'", ""),
    ("fm/null_date.md", _front("date: null"), "skipped", "no 'date'", ""),
    ("fm/feb30.md", _front("date: 2025-02-30"), "skipped", "does not exist", "once a ValueError from the parser"),
    ("fm/bad_time.md", _front("date: 2025-03-01 25:61:00"), "skipped", "is not yyyy-mm", ""),
    ("fm/int_date.md", _front("date: 2025"), "skipped", "is not yyyy-mm", ""),
    ("fm/list_date.md", _front("date: [2025, 3]"), "skipped", "is not yyyy-mm", ""),
    ("fm/binary_date.md", _front("date: !!binary aGVsbG8="), "skipped", "is not yyyy-mm", ""),
    ("fm/explicit_ts.md", _front("date: !!timestamp 2025-02-30"), "skipped", "does not exist", ""),
    ("fm/python_tag.md", _front("date: !!python/object/apply:os.system [echo pwned]"), "skipped", "not valid yaml", ""),
    ("fm/custom_tag.md", _front("date: !foo 2025-03-01"), "skipped", "not valid yaml", ""),
    ("fm/unhashable.md", _front("? [a, b]\n: c\ndate: 2025-03-01"), "skipped", "not valid yaml", ""),
    ("fm/dup_anchor.md", _front("a: &x 1\nb: &x 2\ndate: 2025-03-01"), "skipped", "duplicate anchor", ""),
    ("fm/bomb.md", _front(f"date: 2025-03-11\n{_alias_bomb()}"), "skipped", "aliases", "40-70 s and GBs once"),
    ("fm/date_bomb.md", _front(_date_bomb()), "skipped", "aliases", "a 3.85 MB error line once"),
    ("fm/merge_bomb.md", _front("date: 2025-03-11\n" + "\n".join(
        ["m0: &m0 {k: v}"] + [f"m{i}: &m{i} {{<<: [{', '.join([f'*m{i - 1}'] * 9)}]}}" for i in range(1, 9)]
    )), "skipped", "aliases", "merge keys"),
    ("fm/self_alias.md", _front("date: 2025-03-11\na: &a [*a]"), "skipped", "holds it", ""),
    ("fm/deep_flow.md", _front("date: 2025-03-11\nx: " + "[" * 5000 + "]" * 5000), "skipped", "nest", ""),
    ("fm/deep_70.md", _front("date: 2025-03-11\nx: " + "[" * 70 + "]" * 70), "skipped", "nested", ""),
    ("fm/deep_block.md", _front("date: 2025-03-11\n" + "".join(" " * i + "k:\n" for i in range(300)) + " " * 300 + "v"),
     "skipped", "nest", ""),
    ("fm/huge.md", _front("date: 2025-03-11\nnote: " + "x" * 100_000), "skipped", "over 64,000", ""),
    ("fm/long_title.md", _front("date: 2025-03-11\ntitle: " + "Titre " * 5000), "loads", "", "the title is cut"),
    ("fm/two_docs.md", "---\ndate: 2025-03-11\n---\n---\nx: 1\n---\n" + GOOD_TEXT, "loads", "", "the second is text"),
    ("fm/tabs.md", _front("date:\t2025-03-11"), "loads", "", ""),
    # Odd names: newline, escape sequence, undecodable byte, bidi override, leading dash
    ("names/new\nline.txt", f"date 2025-03-11 {GOOD_TEXT}", "loads", "", "a newline in the name"),
    ("names/esc\x1b[31mred.txt", f"date 2025-03-11 {GOOD_TEXT}", "loads", "", "an escape sequence in the name"),
    ("names/bidi\u202etxt.md", _front("date: 2025-03-11"), "loads", "", "a right-to-left override"),
    ("names/-dash.txt", f"date 2025-03-11 {GOOD_TEXT}", "loads", "", ""),
    ("names/bad\udcffbyte.txt", f"date 2025-03-11 {GOOD_TEXT}", "loads", "", "invalid UTF-8 in the name"),
    ("names/bad\udcffbroken.txt", "no header at all", "skipped", "no date header", "and named in the message"),
    ("names/UPPER.TXT", f"date 2025-03-11 {GOOD_TEXT}", "loads", "", ""),
    # Not articles
    ("other/notes.csv", "a,b\n1,2", "ignored", "", ""),
    ("other/.hidden.txt", "no header", "ignored", "", ""),
    ("other/noext", "no header", "ignored", "", ""),
]


def full_articles() -> list[tuple[str, Callable[[], str | bytes], str, str, str]]:
    """The costly articles, sized by the article limits in force (tui.corpus.reader): bytes
    just under and over the size limit in several shapes, paragraphs just under and over theirs."""
    from tui.corpus.reader import max_article_bytes, max_article_paragraphs

    size, most = max_article_bytes(), max_article_paragraphs()
    near = int(size * 0.9)  # bytes, under the limit whatever the text's shape
    paragraph = len(f"{GOOD_TEXT}\n\n".encode())
    tiny = near // 3  # paragraphs of "a\n\n": over the paragraph limit unless it is raised a lot
    return [
        ("big/near_limit.txt", lambda: f"date 2025-03-11 {GOOD_TEXT}\n\n" + f"{GOOD_TEXT}\n\n" * min(near // paragraph, most - 2),
         "loads", "", "news sentences up to the size limit"),
        ("big/over_limit.txt", lambda: f"date 2025-03 {'x' * (size + 1000)}", "skipped", "the limit is", "over the size limit"),
        ("big/one_line.txt", lambda: "date 2025-03 " + "mot " * (near // 4), "loads", "", "one line"),
        ("big/no_spaces.txt", lambda: "date 2025-03 " + "x" * near, "loads", "", "one word"),
        ("big/paragraphs.txt", lambda: "date 2025-03 start\n\n" + "a\n\n" * tiny,
         "loads" if tiny < most else "skipped", "" if tiny < most else "the limit is", f"{tiny:,} paragraphs"),
        ("big/paragraphs_near_limit.txt", lambda: "date 2025-03 start\n\n" + "a\n\n" * (most - 10), "loads", "",
         "paragraphs up to their limit"),
        ("big/dates.txt", lambda: "date 2025-03 " + "le 11 mars 2025, " * (near // 17), "loads", "", "dates in one sentence"),
        ("big/capitals.txt", lambda: "date 2025-03 " + " ".join(f"Nom{i} Prenom{i}" for i in range(near // 20)), "loads", "", ""),
        # One sentence of 200 KB with no full stop, a clause over and over: each predicate's scan
        # of the whole sentence took 26 to 40 s once. (Not "il a dit ; " over and over: its
        # thousands of statements each carry the 200 KB sentence in the JSON of the events.)
        ("big/sentence_of_nouns.txt", lambda: "date 2025-03 " + "le sommet, " * (LONG_SENTENCE // 11), "loads", "", "one sentence"),
        ("big/sentence_of_complements.txt", lambda: "date 2025-03 " + "la réunion de " * (LONG_SENTENCE // 15), "loads", "",
         "one sentence"),
        ("big/front_matter_only.md", lambda: "---\ndate: 2025-03-11\n---\n" + "\n" * near, "loads", "", "no body"),
        ("big/dashes.md", lambda: "---\n" + "-\n" * (near // 2), "skipped", "front matter", ""),
    ]


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogateescape")
    # Newline-free writing: "\r" stays "\r". A surrogate-escaped name gives its raw bytes.
    with open(os.fsencode(path), "wb") as handle:
        handle.write(data)


def _articles(corpus: Path, full: bool) -> list[Case]:
    cases = []
    for name, content, expect, says, why in ARTICLES:
        _write(corpus / name, content)
        cases.append(Case(name, expect, says, why, dated=expect in ("loads", "warns") and _has_event(content)))
    if full:
        for name, make, expect, says, why in full_articles():
            content = make()
            _write(corpus / name, content)
            cases.append(Case(name, expect, says, why, full_only=True, dated=expect == "loads" and _has_event(content)))
    return cases


def _has_event(content: str | bytes) -> bool:
    if isinstance(content, str):
        return GOOD_EVENT in content
    return any(GOOD_EVENT.encode(codec) in content for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le"))


# Sparse files of a tebibyte take no room, and a program that reads one whole fails at once
# (no memory for it) rather than eating the machine's memory for minutes.
SPARSE_BYTES = 2**40


def _sparse(path: Path, head: bytes = b"") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(head)
        handle.truncate(SPARSE_BYTES)


def _huge_sparse(corpus: Path) -> list[Case]:
    """A 1 TiB file: refused by its size, never read."""
    _sparse(corpus / "big" / "sparse_1TiB.txt", b"date 2025-03 ")
    return [Case("big/sparse_1TiB.txt", "skipped", "the limit is", "1 TiB, sparse")]


def _deep(corpus: Path) -> list[Case]:
    """An article DEEP_FOLDERS folders down (created one level at a time: os.makedirs recurses)."""
    os.mkdir(corpus / "deep")
    fd = os.open(corpus / "deep", os.O_RDONLY)
    try:
        for _ in range(DEEP_FOLDERS):
            os.mkdir("d", dir_fd=fd)
            inner = os.open("d", os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        article = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(article, f"date 2025-03-11 {GOOD_TEXT}".encode())
        os.close(article)
    finally:
        os.close(fd)
    return [Case("deep/" + "d/" * DEEP_FOLDERS + "deep.txt", "loads", "", f"{DEEP_FOLDERS} folders down")]


def remove(root: Path) -> None:
    """Remove a hostile corpus: the deep folders one level at a time (shutil.rmtree recurses, and
    fails a thousand levels down), then the rest."""
    import shutil

    deep = root / "corpus" / "deep"
    if deep.is_dir():
        fds = [os.open(deep, os.O_RDONLY)]
        try:
            while "d" in os.listdir(fds[-1]):
                fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
            while fds:  # deepest first: each folder's "d" is empty by the time it is removed
                fd = fds[-1]
                for name in os.listdir(fd):
                    (os.rmdir if name == "d" else os.unlink)(name, dir_fd=fd)
                os.close(fds.pop())
        finally:
            for fd in fds:
                os.close(fd)
        os.rmdir(deep)
    for folder, _, _ in os.walk(root):  # unreadable files and folders (not as root) made readable
        os.chmod(folder, 0o755)
    shutil.rmtree(root)


def _specials(corpus: Path, left_out: list[str]) -> list[Case]:
    """FIFOs, device and socket links, symbolic link loops and broken links, in the corpus."""
    special = corpus / "special"
    special.mkdir()
    cases = []

    def link(name: str, target: str, expect: str, says: str, why: str = "") -> None:
        os.symlink(target, special / name)
        cases.append(Case(f"special/{name}", expect, says, why))

    link("zero.txt", "/dev/zero", "skipped", "character device", "an unbounded read once")
    link("null.md", "/dev/null", "skipped", "character device")
    link("loop.txt", "loop.txt", "skipped", "loop of symbolic links")
    link("ping.txt", "pong.txt", "skipped", "loop of symbolic links")
    link("pong.txt", "ping.txt", "skipped", "loop of symbolic links")
    link("dangling.md", "nowhere.md", "skipped", "broken symbolic link")
    link("good_link.txt", "../good.txt", "loads", "", "a link to an article")
    link("up", "..", "warns", "not followed", "a link to a folder that holds it")
    link("dangling_other", "nowhere", "ignored", "", "not named like an article")
    if hasattr(os, "mkfifo"):
        os.mkfifo(special / "fifo.txt")
        cases.append(Case("special/fifo.txt", "skipped", "named pipe", "hung forever once"))
        os.mkfifo(special / "fifo_other")
        cases.append(Case("special/fifo_other", "ignored", "", ""))
    else:
        left_out.append("FIFOs (no os.mkfifo)")
    try:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(special / "socket.txt"))
        server.close()
        cases.append(Case("special/socket.txt", "skipped", "socket"))
    except (OSError, AttributeError) as error:
        left_out.append(f"a socket ({error})")
    if os.geteuid() == 0:
        left_out.append("unreadable files and folders (running as root, which reads them anyway)")
    else:
        _write(special / "locked.txt", f"date 2025-03 {GOOD_TEXT}")
        os.chmod(special / "locked.txt", 0)
        cases.append(Case("special/locked.txt", "skipped", "permission denied"))
        (corpus / "locked_folder").mkdir()
        _write(corpus / "locked_folder" / "inside.txt", f"date 2025-03 {GOOD_TEXT}")
        os.chmod(corpus / "locked_folder", 0)
        cases.append(Case("locked_folder", "skipped", "permission denied", "a folder that cannot be opened"))
    return cases


def _command_line(corpus: Path, cases: list[Case]) -> list[Case]:
    """Paths named on the command line itself (absolute), beside the corpus folder."""
    named = [
        Case("/dev/zero", "skipped", "character device"),
        Case(str(corpus / "special" / "loop.txt"), "skipped", "loop of symbolic links"),
        Case(str(corpus / "special" / "dangling.md"), "skipped", "broken symbolic link"),
        Case(str(corpus / "does-not-exist.txt"), "skipped", "no such file or folder"),
        Case(str(corpus / "good.txt"), "loads", ""),
    ]
    if any(c.name == "special/fifo.txt" for c in cases):
        named.append(Case(str(corpus / "special" / "fifo.txt"), "skipped", "named pipe"))
    return named


# -- actors files ---------------------------------------------------------------------------

ACTORS: list[tuple[str, str | bytes, str, str]] = [
    ("good.yaml", "- name: Sergueï Narychkine\n  kind: person\n", "loads", ""),
    ("utf16.yaml", "- name: Jean Dupont\n  kind: person\n".encode("utf-16"), "loads", ""),
    ("bomb.yaml", "- " + _alias_bomb().replace("\n", "\n  ") + "\n  name: x\n  kind: person", "skipped", "aliases"),
    ("self_alias.yaml", "- &a [*a]", "skipped", "holds it"),
    ("deep.yaml", "- " + "[" * 5000 + "]" * 5000, "skipped", "nest"),
    ("not_list.yaml", "name: x\nkind: person", "skipped", "list of entries"),
    ("empty.yaml", "", "skipped", "list of entries"),
    ("broken.yaml", "- name: [unclosed", "skipped", "not valid yaml"),
    ("binary.yaml", bytes(range(256)) * 4, "skipped", "binary"),
    ("python_tag.yaml", "- !!python/object/apply:os.system [echo pwned]", "skipped", "not valid yaml"),
    ("bad_entry.yaml", "- name: [1, 2]\n  kind: person\n- name: Jean Dupont\n  kind: person", "warns", "entry 1"),
]


def _actors(folder: Path, corpus: Path, left_out: list[str]) -> list[Case]:
    cases = []
    for name, content, expect, says in ACTORS:
        _write(folder / name, content)
        cases.append(Case(name, expect, says))
    os.symlink("/dev/zero", folder / "zero.yaml")
    cases.append(Case("zero.yaml", "skipped", "character device", "an unbounded read once"))
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.yaml")
        cases.append(Case("fifo.yaml", "skipped", "named pipe", "hung forever once"))
    _sparse(folder / "sparse.yaml")
    cases.append(Case("sparse.yaml", "skipped", "the limit is", "1 TiB, sparse"))
    return cases


def _large_actors(folder: Path, count: int) -> Case:
    lines = [f"- name: Personne{i} Nom{i}\n  kind: person\n  aliases: [P{i}N, M. Nom{i}]\n  member_of: Org{i % 50}\n" for i in range(count)]
    _write(folder / f"many_{count}.yaml", "".join(lines))
    from tui.extract.gazetteer import max_actors_file_bytes

    if (folder / f"many_{count}.yaml").stat().st_size > max_actors_file_bytes():
        return Case(f"many_{count}.yaml", "skipped", "the limit is", f"{count:,} actors, over the size limit", full_only=True)
    return Case(f"many_{count}.yaml", "loads", "", f"{count:,} actors", full_only=True)


# -- the whole --------------------------------------------------------------------------------


def build(root: Path, *, full: bool = False, sparse: bool = True) -> Corpus:
    """Write the hostile corpus under ``root`` (which must not exist or be empty); ``sparse``:
    with the 1 TiB article."""
    root.mkdir(parents=True, exist_ok=True)
    result = Corpus(root, root / "corpus", root / "actors")
    result.corpus.mkdir()
    result.actors.mkdir()
    result.cases += _articles(result.corpus, full)
    if sparse:
        result.cases += _huge_sparse(result.corpus)
    result.cases += _deep(result.corpus)
    result.cases += _specials(result.corpus, result.left_out)
    result.special = _command_line(result.corpus, result.cases)
    result.actors_cases = _actors(result.actors, result.corpus, result.left_out)
    if full:
        from tui.extract.gazetteer import max_actors_file_bytes

        near = int(max_actors_file_bytes() * 0.9) // 100  # an actor takes about 100 bytes
        result.actors_cases += [_large_actors(result.actors, n) for n in sorted({10_000, near, 100_000})]
    (root / "manifest.json").write_text(json.dumps(result.manifest(), ensure_ascii=True, indent=1))
    return result


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    corpus = build(Path(argv[0]), full="--full" in argv)
    counts: dict[str, int] = {}
    for case in corpus.cases + corpus.actors_cases + corpus.special:
        counts[case.expect] = counts.get(case.expect, 0) + 1
    print(f"{corpus.root}: {len(corpus.cases)} corpus entries, {len(corpus.actors_cases)} actors files, "
          f"{len(corpus.special)} command-line paths; " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    for reason in corpus.left_out:
        print(f"left out: {reason}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main(sys.argv[1:]))
