"""Unit tests of the temporal-expression tagger (tui.extract.timex)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tui.corpus.document import DocDate
from tui.extract.model import Precision, Timex, TimexType
from tui.extract.timex import TIMEX_VALUE_RE, tag_timexes

SEEDS = Path(__file__).parents[1] / "seeds"
HEADER = re.compile(r"\s*date\s+(\S+)\s")


def _seed(prefix: str) -> tuple[str, DocDate, list[Timex]]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    header = HEADER.match(text)
    assert header is not None
    dct = DocDate.parse(header.group(1))
    return text, dct, tag_timexes(text, dct, "fr", [(header.end(), len(text))])


def _find(timexes: list[Timex], core: str, after: int = 0) -> Timex:
    """The timex whose text contains ``core`` (the first one starting at or after ``after``)."""
    for timex in timexes:
        if core in timex.text and timex.start >= after:
            return timex
    raise AssertionError(f"no timex with {core!r} in {[t.text for t in timexes]}")


def _tag(text: str, dct: str, lang: str = "fr") -> list[Timex]:
    return tag_timexes(text, DocDate.parse(dct), lang)


def _one(text: str, dct: str, lang: str = "fr") -> Timex:
    found = _tag(text, dct, lang)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


# --- The product owner's acceptance cases, on the bundled seeds ----------------------------


class TestSeed000:
    """Dated 2025-03 (month only)."""

    @pytest.fixture(scope="class")
    def seed(self) -> tuple[str, DocDate, list[Timex]]:
        return _seed("000")

    def test_weekday_with_day(self, seed) -> None:
        t = _find(seed[2], "mercredi 12 mars")
        assert (t.value, t.when.precision, t.when.first) == ("2025-03-12", Precision.DAY, dt.date(2025, 3, 12))
        assert not t.when.uncertain

    def test_full_date(self, seed) -> None:
        t = _find(seed[2], "11 mars 2025")
        assert t.value == "2025-03-11" and t.when.label == "2025-03-11"

    def test_month_in_dct_year(self, seed) -> None:
        t = _find(seed[2], "janvier")
        assert (t.value, t.when.precision) == ("2025-01", Precision.MONTH)
        assert (t.when.first, t.when.last) == (dt.date(2025, 1, 1), dt.date(2025, 1, 31))

    def test_month_year(self, seed) -> None:
        t = _find(seed[2], "février 2022")
        assert (t.value, t.when.precision) == ("2022-02", Precision.MONTH)

    def test_weekday_anchored_on_latest_explicit_day(self, seed) -> None:
        text = seed[0]
        t = _find(seed[2], "mardi", after=text.index("a accepté"))
        assert t.text == "mardi"
        assert (t.value, t.when.precision, t.when.uncertain) == ("2025-03-11", Precision.DAY, False)

    def test_durations_are_not_dates(self, seed) -> None:
        days = _find(seed[2], "30 jours")
        years = _find(seed[2], "trois ans")
        assert (days.type, days.value, days.when) == (TimexType.DURATION, "P30D", None)
        assert (years.type, years.value, years.when) == (TimexType.DURATION, "P3Y", None)


class TestSeed003:
    """Dated 2021-11 (month only)."""

    @pytest.fixture(scope="class")
    def seed(self) -> tuple[str, DocDate, list[Timex]]:
        return _seed("003")

    def test_unanchored_weekday_keeps_the_month(self, seed) -> None:
        t = _find(seed[2], "mardi")
        assert (t.value, t.when.precision, t.when.uncertain) == ("2021-11", Precision.MONTH, True)
        assert t.when.label == "2021-11"

    def test_past_day_month(self, seed) -> None:
        t = _find(seed[2], "30 septembre")
        assert (t.value, t.when.precision) == ("2021-09-30", Precision.DAY)

    def test_month(self, seed) -> None:
        t = _find(seed[2], "juin")
        assert (t.value, t.when.precision) == ("2021-06", Precision.MONTH)

    def test_day_month(self, seed) -> None:
        t = _find(seed[2], "16 juin")
        assert t.value == "2021-06-16"

    def test_year(self, seed) -> None:
        t = _find(seed[2], "2014")
        assert (t.value, t.when.precision, t.when.label) == ("2014", Precision.YEAR, "2014")

    def test_year_range_is_one_timex(self, seed) -> None:
        t = _find(seed[2], "2011")
        assert "2012" in t.text
        assert t.when.precision is Precision.RANGE
        assert (t.when.first, t.when.last, t.when.label) == (dt.date(2011, 1, 1), dt.date(2012, 12, 31), "2011/2012")

    def test_header_is_never_tagged(self, seed) -> None:
        header = HEADER.match(seed[0])
        assert all(t.start >= header.end() for t in seed[2])


# --- French ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "value", "precision"),
    [
        ("Il est arrivé hier à Paris.", "1999-05-19", "1999-05-18", Precision.DAY),
        ("Il arrivera demain.", "1999-05-19", "1999-05-20", Precision.DAY),
        ("Il est parti avant-hier.", "1999-05-19", "1999-05-17", Precision.DAY),
        ("Il l'a dit aujourd'hui.", "1999-05-19", "1999-05-19", Precision.DAY),
        ("Le 1er février, il a signé.", "2003-03-10", "2003-02-01", Precision.DAY),
        ("La réunion du 11/03/2025 a eu lieu.", "2025-04", "2025-03-11", Precision.DAY),
        ("Selon le rapport du 1999-05-18, rien.", "1999-06-01", "1999-05-18", Precision.DAY),
        ("Il est venu en mars dernier.", "2003-06-10", "2003-03", Precision.MONTH),
        ("Il reviendra le mois prochain.", "2003-06-10", "2003-07", Precision.MONTH),
        ("Il a été élu l'an dernier.", "2003-06-10", "2002", Precision.YEAR),
        ("Il a été élu l'année dernière.", "2003-06-10", "2002", Precision.YEAR),
        ("Ils se sont vus la semaine dernière.", "2003-06-11", "2003-W23", Precision.WEEK),
        ("Il est parti il y a trois ans.", "2003-06-10", "2000", Precision.YEAR),
        ("Il reviendra dans deux semaines.", "2003-06-10", "2003-06-24", Precision.DAY),
        ("Il est mort en 1975 à Vienne.", "1999-05-21", "1975", Precision.YEAR),
        ("La crise des années 1990 a pesé.", "2003-06-10", "199X", Precision.DECADE),
        ("Les travaux reprendront début 2003.", "2002-11-10", "2003", Precision.YEAR),
        ("Il a neigé fin mars.", "2003-04-10", "2003-03", Precision.MONTH),
        ("Il a fait chaud l'été dernier.", "2003-02-10", "2002-SU", Precision.SEASON),
        ("Les élections auront lieu à l'automne.", "1999-05-21", "1999-FA", Precision.SEASON),
    ],
)
def test_french_dates(text: str, dct: str, value: str, precision: Precision) -> None:
    t = _one(text, dct)
    assert t.value == value
    assert t.when is not None and t.when.precision is precision
    assert t.when.first <= t.when.last


def test_french_time_of_day() -> None:
    t = _one("Il a été hospitalisé hier soir.", "1999-05-21")
    assert (t.text, t.type, t.value) == ("hier soir", TimexType.TIME, "1999-05-20TEV")
    assert t.when.precision is Precision.TIME and t.when.first == dt.date(1999, 5, 20)


def test_french_day_range() -> None:
    t = _one("Le salon se tiendra du 3 au 5 mai.", "2003-04-10")
    assert t.when.precision is Precision.RANGE
    assert (t.when.first, t.when.last) == (dt.date(2003, 5, 3), dt.date(2003, 5, 5))


def test_french_between_years() -> None:
    t = _one("La population a baissé entre 1998 et 2000.", "2003-04-10")
    assert (t.when.label, t.when.precision) == ("1998/2000", Precision.RANGE)


def test_french_depuis_keeps_the_date() -> None:
    t = _one("La guerre dure depuis février 2022.", "2025-03")
    assert (t.type, t.value) == (TimexType.DATE, "2022-02")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("un cessez-le-feu de 30 jours", "P30D"),
        ("après plus de trois ans de conflit", "P3Y"),
        ("pendant dix-huit mois", "P18M"),
        ("depuis quelques jours", "PXD"),
        ("pendant 24 heures", "PT24H"),
    ],
)
def test_french_durations(text: str, value: str) -> None:
    t = _one(text, "2003-04-10")
    assert (t.type, t.value, t.when) == (TimexType.DURATION, value, None)


def test_french_sets() -> None:
    t = _one("La fête a lieu chaque année.", "2003-04-10")
    assert (t.type, t.value, t.when) == (TimexType.SET, "P1Y", None)


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # Past tense: the latest such weekday on or before the document date.
        ("Le ministre a rencontré jeudi son homologue.", "2002-02-09", "2002-02-07"),
        # Future tense: the next one.
        ("Le ministre rencontrera jeudi son homologue.", "2002-02-09", "2002-02-14"),
        ("Il est venu mercredi dernier.", "1999-07-28", "1999-07-21"),
        ("Il viendra mardi prochain.", "1999-07-28", "1999-08-03"),
    ],
)
def test_french_weekdays(text: str, dct: str, value: str) -> None:
    assert _one(text, dct).value == value


def test_french_weekday_anchored_on_explicit_day() -> None:
    found = _tag("Le 3 mars, le président est arrivé. Il a parlé lundi devant les députés.", "2003-03")
    assert [t.value for t in found] == ["2003-03-03", "2003-03-03"]


def test_french_weekday_with_day_number() -> None:
    found = _tag("La parade aura lieu le dimanche 5 août, puis le lundi 6.", "2012-08-03")
    assert [(t.text, t.value) for t in found] == [("le dimanche 5 août", "2012-08-05"), ("le lundi 6", "2012-08-06")]


def test_french_week_of_month() -> None:
    t = _one("Les ventes ont rebondi la dernière semaine de mars.", "2009-04-01")
    assert (t.value, t.when.precision) == ("2009-W13", Precision.WEEK)


def test_french_passive_announcement_is_future() -> None:
    assert _one("Le typhon est attendu jeudi sur la côte.", "2012-08-01").value == "2012-08-02"


def test_french_times_of_day_are_not_durations() -> None:
    assert _tag("Les résultats seront publiés à 19 heures.", "2012-07-06") == []
    t = _one("La garde à vue a duré 48 heures.", "2012-07-06")
    assert (t.type, t.value) == (TimexType.DURATION, "PT48H")


def test_french_ages_are_not_durations() -> None:
    assert _tag("Théodore Monod, 97 ans, est parti.", "1999-08-07") == []
    assert _tag("La jeune fille, âgée de 17 ans, est libre.", "2003-02-23") == []


def test_month_only_dct_makes_relative_days_uncertain() -> None:
    t = _one("Il est arrivé hier.", "2021-11")
    assert (t.value, t.when.precision, t.when.uncertain) == ("2021-11", Precision.MONTH, True)


@pytest.mark.parametrize(
    "text",
    [
        "Le score final est de 3-2 après 90 minutes de jeu.".replace("90 minutes de jeu", "prolongation"),
        "Il a reçu 2000 euros et 15 000 dollars.",
        "Il est arrivé 2e au classement.",
        "La 2e Guerre mondiale a marqué le siècle.".replace("le siècle", "l'Europe"),
        "Rendez-vous à 17 h 30 devant la mairie.",
        "Le Vendredi saint est férié en Alsace.",
        "Il a été élu président.",
        "Mai Lan chante en anglais.",
        "La planète Mars est rouge.",
        "Le quotidien Le Monde a publié une enquête.",
        "Les Jeux olympiques d'hiver ont commencé.",
        "Un électricien de 37 ans, blessé, a été hospitalisé.",
        "Une hausse sans précédent des prix.",
    ],
)
def test_french_false_positives(text: str) -> None:
    assert _tag(text, "2003-04-10") == []


# --- English --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "value", "precision"),
    [
        ("The deal was signed on March 11, 2025.", "2025-03-20", "2025-03-11", Precision.DAY),
        ("The deal was signed on 11 March.", "2025-03-20", "2025-03-11", Precision.DAY),
        ("Prices rose yesterday.", "2010-05-07", "2010-05-06", Precision.DAY),
        ("Sales fell last week.", "2008-09-04", "2008-W35", Precision.WEEK),
        ("The plant closed two years ago.", "2008-09-04", "2006", Precision.YEAR),
        ("The firm will report next month.", "2011-08-08", "2011-09", Precision.MONTH),
        ("Sales were strong last March.", "2011-08-08", "2011-03", Precision.MONTH),
        ("The company was founded in the 1990s.", "2011-08-08", "199", Precision.DECADE),
        ("Production starts in summer 2012.", "2011-08-08", "2012-SU", Precision.SEASON),
        ("The system ships in mid-2010.", "2009-08-08", "2010", Precision.YEAR),
        ("Profit fell in the first quarter of 2009.", "2009-05-07", "2009-Q1", Precision.QUARTER),
        ("Shares closed at 16:08 UTC.", "2008-09-17", "2008-09-17T16:08Z", Precision.TIME),
    ],
)
def test_english_dates(text: str, dct: str, value: str, precision: Precision) -> None:
    t = _one(text, dct, "en")
    assert t.value == value
    assert t.when is not None and t.when.precision is precision


def test_english_following_year_is_relative_to_the_text() -> None:
    found = _tag("Apple released the iPod in 2001 and the iTunes store the following year.", "2011-10-06", "en")
    assert [t.value for t in found] == ["2001", "2002"]


def test_english_the_day_in_market_reports() -> None:
    t = _one("The index rose 2% to end the day at 8,017.", "2009-04-03", "en")
    assert (t.text, t.value) == ("the day", "2009-04-03")


def test_english_week_of_month() -> None:
    t = _one("Car sales rebounded in the last week of March.", "2009-04-01", "en")
    assert (t.value, t.when.precision) == ("2009-W13", Precision.WEEK)


def test_english_rate_per_year_is_a_set() -> None:
    t = _one("The plant builds tankers at a rate of 15 a year.", "2008-03-01", "en")
    assert (t.text, t.type, t.value) == ("a year", TimexType.SET, "P1Y")


def test_english_range_of_months() -> None:
    t = _one("Deliveries run from May to July.", "2009-03-01", "en")
    assert t.when.precision is Precision.RANGE
    assert (t.when.first, t.when.last) == (dt.date(2009, 5, 1), dt.date(2009, 7, 31))


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("The board has met on Tuesday.", "2009-12-16", "2009-12-15"),
        ("The board will meet on Tuesday.", "2009-12-16", "2009-12-22"),
    ],
)
def test_english_weekdays_by_tense(text: str, dct: str, value: str) -> None:
    assert _one(text, dct, "en").value == value


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("She has been with the firm for 33 years.", "P33Y", TimexType.DURATION),
        ("It signed a 27-year contract.", "P27Y", TimexType.DURATION),
        ("Prices rose for six straight days.", "P6D", TimexType.DURATION),
        ("The release is almost two and a half years late.", "P2.5Y", TimexType.DURATION),
        ("The report is published every year.", "P1Y", TimexType.SET),
    ],
)
def test_english_durations_and_sets(text: str, value: str, kind: TimexType) -> None:
    t = _one(text, "2009-12-16", "en")
    assert (t.type, t.value, t.when) == (kind, value, None)


@pytest.mark.parametrize(
    "text",
    [
        "You may march on the capital.",
        "May I ask a question?",
        "The March on Washington was historic.",
        "The team won 3-1 and scored 2000 points.",
        "He was the 2nd person in line.",
        "The meeting ends at 5:30 pm.",
        "A 51-year-old man was hurt.",
        "The store sold 1500 units.",
    ],
)
def test_english_false_positives(text: str) -> None:
    assert _tag(text, "2009-12-16", "en") == []


# --- Invariants -----------------------------------------------------------------------------


def test_spans_restrict_tagging() -> None:
    text = "hier. demain. aujourd'hui."
    found = tag_timexes(text, DocDate(1999, 5, 19), "fr", [(6, 13)])
    assert [t.text for t in found] == ["demain"]


def test_results_are_well_formed() -> None:
    text, _dct, found = _seed("000")
    assert found == sorted(found, key=lambda t: t.start)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    for t in found:
        assert text[t.start : t.end] == t.text
        assert TIMEX_VALUE_RE.match(t.value), t.value
        if t.type in (TimexType.DATE, TimexType.TIME) and t.when is not None:
            assert t.when.first <= t.when.last
