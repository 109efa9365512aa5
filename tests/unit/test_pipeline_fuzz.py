"""Whatever a file holds, building the store never raises and every offset stays in the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.corpus.document import Corpus
from tui.corpus.reader import ArticleError, read_article
from tui.loading.assemble import build_store

WORDS = st.sampled_from(
    [
        "Le", "la", "mardi", "12", "mars", "2025", "Poutine", "Sergueï", "Narychkine", "CIA", "M.", "de",
        "d'", "«", "»", '"', "’", "(", ")", "|", "•", "À lire aussi:", "Moscou", "en", "et", "2011",
        "hier", "yesterday", "May", "the", "President", "Joe", "Biden", ".", ",", "\n", "\n\n", " ",
        "\x1b[31m", "[bold]", "\t", "—", "1er", "février", "au", "du", "3", "5", "mai", "Ukraine",
    ]
)
BODIES = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=120).map(" ".join))
HEADERS = st.sampled_from([" date 2025-03 ", "date 1999-05-19\n", "\ufeffdate 2021-11 ", "", "date 2025-13 "])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=HEADERS, body=BODIES)
def test_any_article_builds_a_consistent_store(tmp_path_factory, header, body):
    path = tmp_path_factory.mktemp("fuzz") / "article.txt"
    path.write_text(header + body, encoding="utf-8", errors="surrogatepass")
    try:
        document, _ = read_article(path, "article.txt")
    except ArticleError:
        return
    store = build_store(Corpus((document,)))
    text = document.text
    for event in store.events:
        assert 0 <= event.start < event.end <= len(text)
        # An event no date phrase dates (the article's date stands in) has none; a dated one's
        # phrase is in its sentence or, for a speaker's statement dated by an earlier sentence
        # of the article (one occasion), in that sentence.
        assert event.timex_start == event.timex_end == -1 or 0 <= event.timex_start < event.timex_end <= len(text)
        assert event.when.first <= event.when.last
        assert all(0 <= a < len(store.actors) for a in event.actors)
    for mention in store.mentions_in(0):
        assert 0 <= mention.start < mention.end <= len(text)
