"""The reader on a one-paragraph article of a megabyte (hostile input): it shows, and every
event in it is found, highlighted and scrolled to."""

from __future__ import annotations

from newsline_fakes import LONG_SENTENCE, make_long_paragraph_store

from tui.ui.app import NewslineApp
from tui.ui.display import reader_layout

SIZE = (100, 30)


async def test_a_megabyte_paragraph_shows_each_event_in_view(monkeypatch):
    wraps = []
    wrap = reader_layout.line_starts
    monkeypatch.setattr(reader_layout, "line_starts", lambda text, width: wraps.append((len(text), width)) or wrap(text, width))
    store = make_long_paragraph_store(1_000_000)
    app = NewslineApp(store=store, theme_name="newsline-dark")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = app.main_screen.reader
        assert reader.line_count > 1_000_000 // reader_layout.MAX_TEXT_WIDTH
        for event_id in range(len(store.events)):
            if event_id:
                await pilot.press("j")
                await pilot.pause()
            assert reader.event_id == event_id
            assert reader.highlighted_text() == LONG_SENTENCE.strip()
            first, last = reader.sentence_lines
            top = round(reader.scroll_y)
            assert top <= first <= last < top + reader.scrollable_content_region.height
            assert LONG_SENTENCE[:20] in "".join(reader.line_text(y) for y in range(first, last + 1))
        # The mention cursor moves on, out of the sentence, and the reader follows it.
        await pilot.press("tab", "w", "w", "w", "w", "w", "w", "w", "w", "w")
        await pilot.pause()
        assert reader.mention_text in {"Sergueï Narychkine", "CIA", "Moscou", "TASS"}
        # The paragraph was wrapped once per width the reader had (the screen settles on its
        # width as it starts), whichever event was shown.
        paragraph = [width for size, width in wraps if size == len(store.documents[0].text)]
        assert len(paragraph) == len(set(paragraph)) and reader._layout.width in paragraph
