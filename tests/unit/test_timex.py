"""Unit tests of the temporal-expression tagger (tui.extract.timex)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tui.corpus.document import DocDate
from tui.extract.model import Precision, Timex, TimexType
from tui.extract.timex import TIMEX_VALUE_RE, tag_timexes

SEEDS = Path(__file__).parents[2] / "seeds"
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

    def test_year_range_is_placed_on_its_first_point(self, seed) -> None:
        # French ranges are two points (French TimeBank); the first spans the whole range
        t = _find(seed[2], "2011")
        assert t.text == "2011"
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
        # "il y a [trois ans]": the amount is tagged (a DURATION), placed where it points
        ("Il est parti il y a trois ans.", "2003-06-10", "P3Y", Precision.YEAR),
        ("Il reviendra dans deux semaines.", "2003-06-10", "P2W", Precision.DAY),
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
    t = _tag("Le salon se tiendra du 3 au 5 mai.", "2003-04-10")[0]
    assert t.when.precision is Precision.RANGE
    assert (t.when.first, t.when.last) == (dt.date(2003, 5, 3), dt.date(2003, 5, 5))


def test_french_between_years() -> None:
    t = _tag("La population a baissé entre 1998 et 2000.", "2003-04-10")[0]
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
    assert _values("Les résultats seront publiés à 19 heures.", "2012-07-06") == [("19 heures", "2012-07-06T19:00")]
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
    t, end = _tag("Deliveries run from May to July.", "2009-03-01", "en")
    assert (t.text, end.text, end.when) == ("May", "July", None)  # two points, one range
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
        "A 51-year-old man was hurt.",
        "The store sold 1500 units.",
    ],
)
def test_english_false_positives(text: str) -> None:
    assert _tag(text, "2009-12-16", "en") == []


# --- Robustness on unseen news: general patterns ------------------------------------------


def _values(text: str, dct: str, lang: str = "fr") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in _tag(text, dct, lang)]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # Conditionals ("-rait") are not imperfects: they look ahead.
        ("Selon la direction, le site devrait rouvrir mercredi.", "2012-10-30", "2012-10-31"),
        ("La vague de froid pourrait durer jusqu'à mercredi.", "2012-08-19", "2012-08-22"),
        # Futures in -ura, -dra, -ttra.
        ("Le ministre conclura sa tournée lundi.", "2012-11-02", "2012-11-05"),
        ("La commission se réunira et rendra son avis jeudi.", "2012-11-02", "2012-11-08"),
        # An initial's full stop does not end the sentence (the tense cue stays in it).
        ("Le parti doit encore convaincre M. Martin avant le vote de mardi.", "2012-11-02", "2012-11-06"),
    ],
)
def test_french_weekday_tense(text: str, dct: str, value: str) -> None:
    weekdays = [t for t in _tag(text, dct) if t.type is TimexType.DATE]
    assert [t.value for t in weekdays] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Un homme de 32 ans et une femme de 27 ans ont été interpellés.",
        "Le sergent-chef de 41 ans a été blessé.",
        "Quatre jeunes de 16, 17 et 19 ans ont été entendus.",
        "Les victimes, âgées de 20 à 24 ans, ont été soignées.",
        "Les suspects sont âgés d'environ 30 ans.",
        "Elle avait 83 ans.",
        "Le vote est ouvert aux résidents de plus de 18 ans.",
        "La sculpture « Le Petit Berger de douze ans » est exposée.",
    ],
)
def test_french_ages_after_a_person_are_not_durations(text: str) -> None:
    assert _tag(text, "2012-07-05") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Il a été condamné à une peine de 12 ans de prison.", "P12Y"),
        ("Le club lui a offert un contrat de trois ans.", "P3Y"),
        ("Il a fallu six ans de travaux.", "P6Y"),
        ("Le conflit dure depuis plus de 20 ans.", "P20Y"),
        ("Les chiffres des trois dernières années sont en hausse.", "P3Y"),
        ("Le chantier a duré une vingtaine d'années.", "P20Y"),
    ],
)
def test_french_durations_stay_durations(text: str, value: str) -> None:
    t = _one(text, "2012-07-05")
    assert (t.type, t.value) == (TimexType.DURATION, value)


def test_french_duration_ranges_give_both_ends() -> None:
    assert _values("Le traitement dure entre 8 et 10 jours.", "2012-07-05") == [("8", "P8D"), ("10 jours", "P10D")]
    assert _values("Il a purgé dix-huit mois de prison.", "2012-07-05") == [("dix-huit mois", "P18M")]


def test_english_duration_ranges_give_both_ends() -> None:
    assert _values("Repairs should take between 30 and 45 days.", "2012-07-05", "en") == [
        ("30", "P30D"),
        ("45 days", "P45D"),
    ]
    assert _values("The lease runs for twenty-five years.", "2012-07-05", "en") == [("twenty-five years", "P25Y")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C'était il y a tout juste 40 ans.", [("tout juste 40 ans", "P40Y")]),
        ("Il y a une quinzaine de jours, le conseil a voté.", [("une quinzaine de jours", "P15D")]),
        ("Les résultats sont attendus dans une dizaine de jours.", [("une dizaine de jours", "P10D")]),
    ],
)
def test_french_ago_with_adverbs_and_round_numbers(text: str, expected: list) -> None:
    assert _values(text, "2012-07-05") == expected


def test_french_same_day_is_anchored_on_the_last_day() -> None:
    found = _tag("Le 3 mars, la grève a commencé. Le même jour, le ministre a démissionné.", "2012-07-05")
    assert [(t.text, t.value) for t in found] == [("Le 3 mars", "2012-03-03"), ("Le même jour", "2012-03-03")]


def test_french_season_names_are_not_seasons() -> None:
    assert _tag("Depuis le Printemps arabe, l'armée contrôle le pays.", "2012-06-23") == []
    assert _tag("Le printemps arabe a surpris les diplomates.", "2012-06-23") == []
    assert _tag("Le Printemps de Bourges a ouvert ses portes.", "2012-06-23") == []
    t = _one("Au printemps, les prix ont baissé.", "2012-06-23")
    assert t.value == "2012-SP"
    assert _one("Printemps 2011 : la contestation gagne la rue.", "2012-06-23").value == "2011-SP"


def test_french_day_lists_give_every_day() -> None:
    found = _values("Les réunions auront lieu les 4, 5 et 6 mars 2013.", "2012-11-06")
    assert found == [("4", "2013-03-04"), ("5", "2013-03-05"), ("6 mars 2013", "2013-03-06")]
    assert _values("Le congrès se tiendra les 1er et 2 décembre.", "2012-11-06") == [
        ("1er", "2012-12-01"),
        ("2 décembre", "2012-12-02"),
    ]


def test_french_last_night_and_afternoon() -> None:
    assert _values("Deux voitures ont brûlé la nuit dernière.", "2012-11-01") == [("la nuit dernière", "2012-10-31TNI")]
    assert _values("Le navire est reparti dans l'après-midi.", "2012-11-10") == [("l'après-midi", "2012-11-10TAF")]


@pytest.mark.parametrize(
    "text",
    [
        "L'étoile se trouve à six années-lumière de la Terre.",
        "Le lundi de Pâques, les magasins ferment.",
    ],
)
def test_french_clock_times_and_names_are_not_tagged(text: str) -> None:
    assert _tag(text, "2012-11-01") == []


def test_weekday_spans_run_forward() -> None:
    found = _values("Entre vendredi matin et lundi soir, il a prévu de visiter six villes.", "2012-11-02")
    assert found == [("vendredi matin", "2012-11-02TMO"), ("lundi soir", "2012-11-05TEV")]
    found = _values("The exhibition runs from Monday to Thursday.", "2012-11-02", "en")
    assert found == [("Monday", "2012-10-29"), ("Thursday", "2012-11-01")]


def test_month_takes_the_year_of_its_clause() -> None:
    found = _values("Deux incendies en 2009 (en mars à Lyon, en octobre à Lille).", "2012-11-02")
    assert found == [("2009", "2009"), ("mars", "2009-03"), ("octobre", "2009-10")]
    found = _values("Deux incendies en 97 (en mars à Lyon).", "1999-07-29")
    assert found == [("97", "1997"), ("mars", "1997-03")]
    # Another clause: the month is the document's year again.
    found = _values("Sales doubled since its launch in 2003 and as of February they lead.", "2008-04-02", "en")
    assert found == [("2003", "2003"), ("February", "2008-02")]


def test_english_in_n_units_is_a_date_when_looking_ahead() -> None:
    assert _values("The plant will reopen in two weeks.", "2025-03-14", "en") == [("in two weeks", "2025-03-28")]
    found = _tag("The index posted its biggest fall in two years.", "2025-03-14", "en")
    assert [(t.text, t.type) for t in found] == [("two years", TimexType.DURATION)]


def test_english_seasons() -> None:
    # a habitual present: any year's summer; a past or a future sentence dates it
    assert _values("In summer the city empties.", "2025-03-14", "en") == [("summer", "XXXX-SU")]
    assert _values("In summer the city emptied.", "2025-03-14", "en") == [("summer", "2025-SU")]
    assert _tag("The fall in prices continued.", "2025-03-14", "en") == []
    assert _values("They will vote in the fall.", "2025-03-14", "en") == [("the fall", "2025-FA")]


def test_english_named_weekdays_are_not_dates() -> None:
    assert _tag("Shares fell sharply on Black Monday.", "2007-10-20", "en") == []
    assert _tag("Voters went to the polls on Super Tuesday.", "2008-02-07", "en") == []


def test_french_month_with_a_short_year() -> None:
    assert _values("Les souvenirs de Mai 68 restent vifs.", "2013-01-10") == [("Mai 68", "1968-05")]
    assert _values("Il est arrivé en octobre 98.", "2013-01-10") == [("octobre 98", "1998-10")]
    # A number after a lower-case month is not a year unless punctuation follows.
    assert _values("En mars 40 familles ont été relogées.", "2013-05-10") == [("mars", "2013-03")]


def test_french_day_hyphen_month_is_not_the_current_month() -> None:
    assert _tag("Depuis le 11-Septembre, les contrôles sont renforcés.", "2013-01-10") == []


def test_french_quarters() -> None:
    assert _values("Au premier trimestre 2012, les ventes ont chuté.", "2013-01-10") == [("premier trimestre 2012", "2012-Q1")]
    assert _values("Le dernier trimestre a été meilleur.", "2013-01-10") == [("Le dernier trimestre", "2012-Q4")]


def test_french_per_half_year_is_a_set() -> None:
    found = _tag("Le pays reçoit 5 milliards de dollars par semestre.", "2013-01-10")
    assert [(t.text, t.type, t.value) for t in found] == [("semestre", TimexType.SET, "P6M")]


def test_sets_with_a_count() -> None:
    found = _tag("Le salon a lieu tous les deux ans.", "2013-01-10")
    assert [(t.text, t.type, t.value) for t in found] == [("tous les deux ans", TimexType.SET, "P2Y")]
    found = _tag("The games are held every four years.", "2013-01-10", "en")
    assert [(t.text, t.type, t.value) for t in found] == [("every four years", TimexType.SET, "P4Y")]


def test_french_year_after_a_definite_noun() -> None:
    assert _values("La réforme de 1998 sur les retraites a été citée.", "2013-01-10") == [("1998", "1998")]
    assert _values("La tempête économique et sociale de 2008 a tout changé.", "2013-01-10") == [("2008", "2008")]
    # Quantities stay numbers.
    assert _tag("Le départ de 1800 soldats est prévu.", "2013-01-10") == []
    assert _tag("Un total de 1999 voix a été compté.", "2013-01-10") == []


def test_english_quarters_glued_and_abbreviated_months() -> None:
    assert _values("Revenue rose in Q3.", "2013-01-10", "en") == [("Q3", "2012-Q3")]
    assert _values("The rule takes effect 5 Jan 2014.", "2013-01-10", "en") == [("5 Jan 2014", "2014-01-05")]
    assert _values("The minister will visit on Feb 3 and leave the next day.", "2013-01-10", "en") == [
        ("Feb 3", "2013-02-03"),
        ("the next day", "2013-02-04"),
    ]
    assert _tag("Jan Smith met Dec officials.", "2013-01-10", "en") == []


def test_english_vague_ago_is_a_past_reference() -> None:
    found = _tag("The fire broke out weeks ago.", "2013-01-10", "en")
    assert [(t.text, t.type, t.value, t.when) for t in found] == [("weeks ago", TimexType.DATE, "PAST_REF", None)]


def test_french_year_after_a_noun_without_de() -> None:
    assert _values("La saison 2013 a commencé.", "2013-01-10") == [("2013", "2013")]
    assert _values("Les députés examinent le budget 2014 pour la santé.", "2013-01-10") == [("2014", "2014")]
    # Numbered things keep their numbers.
    assert _tag("La résolution 1973 a été votée. L'article 1382 s'applique.", "2013-01-10") == []


def test_french_edge_of_unit_without_article() -> None:
    assert _values("Les prix ont bondi en début de semaine.", "2012-11-01") == [("début de semaine", "2012-W44")]
    assert _values("Le texte sera voté en fin d'année.", "2012-11-01") == [("fin d'année", "2012")]
    assert _tag("Le dîner ressemblait à une fête de fin d'année.", "2012-11-01") == []


def test_french_thousands_with_spaces() -> None:
    assert _values("Le site est occupé depuis 2 000 ans.", "2013-01-10") == [("2 000 ans", "P2000Y")]
    assert _values("Il y a 2 000 ans, la ville fut fondée.", "2013-01-10") == [("2 000 ans", "P2000Y")]
    assert _tag("Il y a 2 000 ans, la ville fut fondée.", "2013-01-10")[0].when.label == "0013"


def test_english_thousands_and_day_with_relative_year() -> None:
    found = _tag("The engines ran for 1,500 hours.", "2013-01-10", "en")
    assert [(t.text, t.value) for t in found] == [("1,500 hours", "PT1500H")]
    assert _values("The rule will take effect on January 1 next year.", "2013-01-10", "en") == [
        ("January 1 next year", "2014-01-01")
    ]


def test_eve_of_an_event_stays_off_the_timeline() -> None:
    found = _tag("Le 3 mars, des suspects ont été arrêtés à la veille des Jeux olympiques.", "2012-07-05")
    assert [(t.text, t.when is None) for t in found] == [("Le 3 mars", False), ("la veille", True)]
    found = _tag("Le 3 mars, il est arrivé ; le lendemain, il est reparti.", "2012-07-05")
    assert [(t.text, t.value) for t in found] == [("Le 3 mars", "2012-03-03"), ("le lendemain", "2012-03-04")]
    found = _tag("Markets fell on March 3 and rose the day after the vote.", "2012-07-05", "en")
    assert [(t.text, t.when is None) for t in found] == [("March 3", False), ("the day after", True)]


def test_times_of_day_on_a_named_day() -> None:
    # a day and its time are two expressions in French (French TimeBank)
    assert _values("L'incendie a éclaté hier à 15 h 30.", "2012-11-02") == [
        ("hier", "2012-11-01"), ("15 h 30", "2012-11-01T15:30")
    ]
    assert _values("Le feu a pris vers 16 h 45, hier.", "2012-11-02") == [("vers 16 h 45, hier", "2012-11-01T16:45")]
    assert _values("La navette a décollé ce matin à 6h12 UTC.", "2012-11-02") == [
        ("ce matin", "2012-11-02TMO"), ("6h12 UTC", "2012-11-02T06:12")
    ]
    assert _values("Il parlera mardi soir vers 20 heures.", "2012-11-02") == [
        ("mardi soir", "2012-11-06TEV"), ("vers 20 heures", "2012-11-06T20:00")
    ]
    # A distance in hours is no time of day; a time alone is on the latest day placed.
    assert _values("Il était hier à 3 heures de route.", "2012-11-02") == [("hier", "2012-11-01")]
    assert _values("Rendez-vous à 17 h 30 devant la mairie.", "2012-11-02") == [("17 h 30", "2012-11-02T17:30")]
    assert _values("The blast happened yesterday at 3:30 p.m.", "2012-11-02", "en") == [
        ("yesterday at 3:30 p.m.", "2012-11-01T15:30")
    ]
    assert _values("He was jailed on March 3 and freed the next morning.", "2012-11-02", "en") == [
        ("March 3", "2012-03-03"),
        ("the next morning", "2012-03-04TMO"),
    ]


def test_later_quarter_in_a_past_sentence() -> None:
    assert _values("The bank lost money in the fourth quarter.", "2013-02-10", "en") == [("the fourth quarter", "2012-Q4")]
    assert _values("Ford has announced plant closures during the fourth quarter.", "2006-08-19", "en") == [
        ("the fourth quarter", "2006-Q4")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The KC-30s are based on the A330.",
        "The suspect, a man in his 40s, fled.",
        "She is in her late 30s.",
        "The index has lost nearly three quarters of its value.",
    ],
)
def test_english_ages_and_fractions_are_not_times(text: str) -> None:
    assert _tag(text, "2008-10-27", "en") == []


def test_english_quarters_in_a_row_are_durations() -> None:
    found = _tag("Japan posted two consecutive quarters of negative growth.", "2008-11-17", "en")
    assert [(t.text, t.value) for t in found] == [("two consecutive quarters", "P2Q")]


def test_english_decades_with_edges() -> None:
    assert _values("The mid-1990s boom ended in the late '90s.", "2013-06-12", "en") == [
        ("The mid-1990s", "199"),
        ("the late '90s", "199"),
    ]


def test_english_decades_still_found() -> None:
    assert _values("Cars of the 70s and the late 1990s were boxy.", "2008-10-27", "en") == [
        ("the 70s", "197"),
        ("the late 1990s", "199"),
    ]


def test_french_superscript_first() -> None:
    assert _values("Le 1ᵉʳ janvier, la loi est entrée en vigueur.", "2013-06-10") == [("Le 1ᵉʳ janvier", "2013-01-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Il a remporté les 24 Heures du Mans.",
        "Le service fonctionne 24 heures sur 24 et 7 jours sur 7.",
        "Elle présente le 20 heures de la chaîne publique.",
        "Il a fêté ses 80 ans entouré des siens.",
        "La guerre de Cent Ans a ravagé le royaume.",
    ],
)
def test_french_names_and_idioms_are_not_durations(text: str) -> None:
    assert _tag(text, "2013-06-10") == []


def test_french_possessive_duration_with_a_noun_stays() -> None:
    assert _values("Pendant ses 10 ans de mandat, il a réformé.", "2013-06-10") == [("10 ans", "P10Y")]


def test_a_year_does_not_carry_over_to_a_full_date() -> None:
    found = _values("Il a été élu en 2007, réélu le 6 mai et a démissionné.", "2013-06-10")
    assert found == [("2007", "2007"), ("le 6 mai", "2013-05-06")]


@pytest.mark.parametrize(
    ("text", "dct", "lang", "value"),
    [
        # An explicit future reaches up to a year ahead, an explicit past up to a year back.
        ("En novembre, le maire sera réélu.", "2013-01-05", "fr", "2013-11"),
        ("Le procès s'ouvrira le 2 décembre.", "2013-01-05", "fr", "2013-12-02"),
        ("In January, prices fell sharply.", "2013-12-20", "en", "2013-01"),
        ("Sales will begin in January.", "2013-12-20", "en", "2014-01"),
        ("En décembre, les ventes ont chuté.", "2013-01-05", "fr", "2012-12"),
    ],
)
def test_partial_dates_follow_the_tense(text: str, dct: str, lang: str, value: str) -> None:
    assert _one(text, dct, lang).value == value


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
