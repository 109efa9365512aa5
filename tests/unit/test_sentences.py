from tui.extract.sentences import split_sentences


def pieces(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_french_abbreviations_and_quotes():
    text = 'M. Dupont est arrivé. « Il pleut. » Puis Mme Durand a parlé à J. Smith. Fin'
    assert pieces(text) == ["M. Dupont est arrivé.", "« Il pleut. »", "Puis Mme Durand a parlé à J. Smith.", "Fin"]


def test_english_and_numbers():
    text = "Mr. Smith paid 3.5 million dollars. The U.S. economy grew! Did it? Yes."
    assert pieces(text) == ["Mr. Smith paid 3.5 million dollars.", "The U.S. economy grew!", "Did it?", "Yes."]


def test_lines_end_sentences_and_offsets_are_exact():
    text = "  Headline without stop\nFirst sentence. Second one.\n"
    got = split_sentences(text)
    assert [text[s.start : s.end] for s in got] == ["Headline without stop", "First sentence.", "Second one."]
