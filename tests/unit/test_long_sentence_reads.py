"""A long sentence's happenings read in about linear time: the sentence's headline, its sure
names and its names' index are made once, not once per predicate; predicates are compared by
identity before field by field. Same answers as the plain reads."""

import random
import time
from dataclasses import replace

from tui.extract.happenings import find_happenings
from tui.extract.happenings.predicates import _index_of, _Predicate
from tui.extract.happenings.tokens import _Names, _Token
from tui.extract.model import ActorKind, Mention, Sentence


def _mention(start: int, end: int) -> Mention:
    return Mention(start, end, "X" * (end - start), "x", None, ActorKind.PERSON)


def test_the_names_index_answers_as_the_scan_of_every_name():
    rng = random.Random(3)
    for _ in range(200):
        names = []
        for _ in range(rng.randint(16, 40)):  # (overlapping names too: one inside another)
            start = rng.randint(0, 300)
            names.append(_mention(start, start + rng.randint(1, 40)))
        indexed = _Names(names)
        for _ in range(30):
            start = rng.randint(0, 340)
            token = _Token(start, start + rng.randint(1, 12), "w")
            assert indexed.cover(token) == any(m.start <= token.start and token.end <= m.end for m in names)


def test_a_predicate_is_found_where_list_index_finds_it():
    first, twin, other = _Predicate(0, 1, 2, "meeting"), _Predicate(0, 1, 2, "meeting"), _Predicate(3, 4, 5, "statement")
    predicates = [other, first, twin]
    assert _index_of(twin, predicates) == predicates.index(twin) == 1  # (an equal one before it)
    assert _index_of(other, predicates) == 0


def test_a_sentence_of_many_clauses_is_read_in_about_linear_time():
    clause = "le ministre Paul Morel a rencontré le président de Zorblanc à Lyon, puis la délégation a signé un accord, "
    def seconds(n: int) -> float:
        text = clause * n + "fin."
        mentions = []
        for k in range(n):
            at = k * len(clause) + clause.index("Paul")
            mentions.append(_mention(at, at + len("Paul Morel")))
        start = time.process_time()
        find_happenings(text, [Sentence(0, len(text))], [], mentions, "fr")
        return time.process_time() - start
    # (the best of a few runs: one run of the small sentence can be slowed by other work)
    small, large = min(seconds(100) for _ in range(3)), min(seconds(800) for _ in range(2))
    # (eight times the words: a quadratic read takes sixty-four times; one per predicate of every
    # token's or name's took forty before)
    assert large < 20 * small + 0.1


def test_a_long_sentence_s_predicates_find_their_neighbours_as_a_scan_does():
    from tui.extract.happenings.predicates import _Neighbours

    rng = random.Random(5)
    for count in (3, 12, 40):
        for _ in range(50):
            predicates = []
            for _ in range(count):
                head = rng.randint(0, 200)
                predicates.append(_Predicate(head, head, head + rng.randint(1, 4), "meeting"))
            around = _Neighbours(predicates)
            for at in range(0, 210, 7):
                before = [q for q in predicates if q.after <= at]
                assert around.last_ending_by(at) is (before[-1] if before else None)
                assert around.first_starting_from(at) is next((q for q in predicates if q.head >= at), None)


def test_a_sentence_of_many_clauses_naming_no_one_is_read_in_about_linear_time():
    # (a clause naming no one takes its participants from the told clauses around it: all of
    # them, for each predicate, was quadratic: 40 times for 8 times the words)
    clause = "la société a signé un accord et "

    def seconds(n: int) -> float:
        text = clause * n + "fin."
        start = time.process_time()
        find_happenings(text, [Sentence(0, len(text))], [], [], "fr")
        return time.process_time() - start

    small, large = min(seconds(100) for _ in range(3)), min(seconds(800) for _ in range(2))
    assert large < 20 * small + 0.1


def _growth(clause: str) -> tuple[float, float]:
    """Seconds to read a sentence of 200 and of 3,200 times ``clause`` (the best of a few runs:
    one run of the small sentence can be slowed by other work)."""

    def seconds(n: int) -> float:
        text = clause * n + "fin."
        start = time.process_time()
        find_happenings(text, [Sentence(0, len(text))], [], [], "fr")
        return time.process_time() - start

    return min(seconds(200) for _ in range(3)), min(seconds(3200) for _ in range(2))


# Sixteen times the words: a linear read takes about sixteen times as long, a quadratic one (each
# predicate's scan of all the sentence's) took 60 to 120 times.


def test_a_sentence_of_many_event_nouns_is_read_in_about_linear_time():
    # (each noun's participants were looked for among all the sentence's told clauses, and the
    # verb announcing it among all its predicates)
    small, large = _growth("le sommet, ")
    assert large < 32 * small + 0.1


def test_a_sentence_of_many_statements_is_read_in_about_linear_time():
    # (and each verb's headline looked for the event noun after it among all the predicates)
    small, large = _growth("il a dit ; ")
    assert large < 32 * small + 0.1


def test_a_sentence_of_many_complements_is_read_in_about_linear_time():
    small, large = _growth("la réunion de ")
    assert large < 32 * small + 0.1


def test_the_told_clauses_around_a_predicate_are_those_of_a_scan():
    from tui.extract.happenings.participants import _Told

    rng = random.Random(7)
    for count in (1, 5, 40, 90):
        for _ in range(40):
            predicates = [_Predicate(h, h, h + 1, rng.choice(("meeting", "statement"))) for h in sorted(rng.sample(range(300), count))]
            for q in predicates:
                q.realis = rng.random() < 0.7
            # (twins: a copy equal to a predicate, field by field, and the same one twice)
            for _ in range(rng.randint(0, 3)):
                k = rng.randrange(len(predicates))
                twin = predicates[k] if rng.random() < 0.3 else replace(predicates[k])
                predicates.insert(k + rng.randint(0, 1), twin)
            reports = [q for q in predicates if rng.random() < 0.2]
            report_ids = {id(q) for q in reports}
            index = _Told(predicates, reports)
            for p in predicates:
                told = [q for q in predicates if q is p or id(q) not in report_ids and q.realis]
                at = told.index(p)
                expected = told[max(0, at - 16) : at + 17]
                got = index.around(p, 16)
                assert len(got) == len(expected) and all(a is b for a, b in zip(got, expected))


def test_the_date_phrases_indexed_hold_a_token_as_a_scan_finds():
    # (a long sentence of dates asked, for each predicate and many tokens, whether a date
    # phrase holds it: a scan of them all each time; now an index, same answers)
    from tui.extract.happenings.tokens import _inside, _Spans

    rng = random.Random(11)
    for count in (0, 1, 5, 30):
        for _ in range(40):
            spans = []
            for _ in range(count):  # (overlapping too: a time inside its day's phrase)
                lo = rng.randint(0, 300)
                spans.append((lo, lo + rng.randint(1, 30)))
            indexed = _Spans(spans)
            assert list(indexed) == spans
            for at in range(0, 340, 3):
                token = _Token(at, at + 2, "w")
                assert _inside(token, indexed) == _inside(token, spans)


def test_each_date_s_clause_is_the_first_predicate_s_holding_it_as_a_scan_finds():
    from tui.extract.happenings.clauses import _clause_end
    from tui.extract.happenings.dates import _clause_owners

    rng = random.Random(13)
    tokens = [_Token(3 * k, 3 * k + 2, "w") for k in range(120)]
    for count in (0, 1, 6, 40):
        for _ in range(40):
            predicates = []
            for _ in range(count):  # (clauses in any order, overlapping)
                first = rng.randint(0, 110)
                p = _Predicate(first, first, first + 1, "meeting")
                p.clause = (first, rng.randint(first + 1, 120))
                predicates.append(p)
            offsets = sorted({rng.randint(0, 365) for _ in range(30)})
            owners = _clause_owners(predicates, tokens, offsets)
            for at in offsets:
                scan = next((p for p in predicates if tokens[p.clause[0]].start <= at < _clause_end(p, tokens)), None)
                assert owners[at] is scan


def test_the_events_of_one_long_sentence_are_read_from_the_store_in_about_linear_time():
    # (each event's text, its sentence with white space folded, was folded again for each of
    # the thousands of events of one sentence, and so was each evidence's when exported)
    import datetime as dt

    from tui.corpus.document import DocDate, Document, Paragraph, ParagraphKind
    from tui.export import event_record
    from tui.extract.model import Actor, Event, Evidence, Precision, When
    from tui.store import Store

    day = When(dt.date(2025, 3, 11), dt.date(2025, 3, 11), Precision.DAY, "2025-03-11")

    def seconds(n: int) -> float:
        text = "il a dit ; " * n
        document = Document(0, "a.txt", text, DocDate(2025, 3, 12), "fr", "", (Paragraph(0, len(text), ParagraphKind.BODY),))
        events = [Event(0, 0, 0, len(text), -1, -1, day, (0,), "", kind="statement", evidence=(Evidence(0, 0, len(text)),)) for _ in range(n)]
        store = Store.build([document], events, [Actor(0, "Paul", ActorKind.PERSON, (), 1)], [()])
        start = time.process_time()
        records = [event_record(store, i) for i in range(n)]
        assert records[-1]["text"] == records[-1]["evidence"][0]["text"] == text.strip()
        return time.process_time() - start

    small, large = min(seconds(200) for _ in range(3)), min(seconds(3200) for _ in range(2))
    assert large < 32 * small + 0.1


def test_a_folded_span_is_the_span_s_words_joined_by_single_spaces():
    from tui.util.text import folded_span

    text = "  Le  sommet\n\na eu\tlieu  à Genève. "
    for start, end in ((0, len(text)), (2, 14), (5, 5), (14, 30), (2, 14)):
        assert folded_span(text, start, end) == " ".join(text[start:end].split())
