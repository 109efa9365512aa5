"""context.py: what the rules of one document share and remember."""

from __future__ import annotations

import datetime as dt
import gc

from tui.corpus.document import DocDate
from tui.extract.model import Precision, TimexType
from tui.extract.timex import tag_timexes
from tui.extract.timex.context import Context
from tui.extract.timex.language import language_data

FR = language_data("fr")
EN = language_data("en")


def test_a_new_context_knows_the_dct_day_and_nothing_placed() -> None:
    ctx = Context("Texte.", DocDate(2011, 6, 15), FR)
    assert ctx.dct_day == dt.date(2011, 6, 15)
    assert (ctx.explicit, ctx.last_day, ctx.last_year, ctx.last_weekday, ctx.cues) == (None, None, None, None, {})
    assert Context("Texte.", DocDate(2011, 6), FR).dct_day is None


def test_tense_is_the_nearest_cue_in_the_sentence() -> None:
    text = "Il a démissionné en mars. Il partira en mai."
    ctx = Context(text, DocDate(2011, 6, 15), FR)
    march, may = text.index("mars"), text.index("mai")
    assert ctx.tense(march, march + 4) == "past"
    assert ctx.tense(may, may + 3) == "future"
    assert len(ctx.cues) == 2  # each sentence scanned once


def test_tense_ignores_other_sentences_but_not_initials() -> None:
    text = "Les élections auront lieu en mai. M. Martin a parlé en mars."
    ctx = Context(text, DocDate(2011, 6, 15), FR)
    march = text.index("mars")
    assert ctx.tense(march, march + 4) == "past"
    assert Context("He spoke. In March", DocDate(2011, 6, 15), EN).tense(13, 18) is None


def test_a_tense_cue_counts_before_punctuation_too() -> None:
    # The cue lists are alternatives of their own: a cue's word may end the sentence.
    text = "Il arrivera le 2 juin. Mardi, il repartira."
    ctx = Context(text, DocDate(2011, 6, 15), FR)
    tuesday = text.index("Mardi")
    assert ctx.tense(tuesday, tuesday + 5) == "future"
    text = "On Monday, the suspect had been arrested."
    assert Context(text, DocDate(2011, 6, 15), EN).tense(3, 9) == "past"


def test_present_cues_count_only_when_asked_and_near() -> None:
    text = "Le conseil se réunit jeudi."
    ctx = Context(text, DocDate(2011, 6, 15), FR)
    thursday = text.index("jeudi")
    assert ctx.tense(thursday, thursday + 5) is None
    assert ctx.tense(thursday, thursday + 5, present=True) == "present"
    # a present far away, or across a comma, dates another clause
    text = "Les tuyaux qui datent du siècle dernier en fonte grise de la ville, rompus mardi."
    ctx = Context(text, DocDate(2011, 6, 15), FR)
    tuesday = text.index("mardi")
    assert ctx.tense(tuesday, tuesday + 5, present=True) != "present"
    text = "He meets the minister on Monday."
    assert Context(text, DocDate(2011, 6, 15), EN).tense(25, 31, present=True) == "present"


def test_cue_before() -> None:
    text = "Il est arrivé en mars."
    ctx = Context(text, DocDate(2011, 6, 15), FR)
    assert ctx.cue_before(text.index("mars")) == "en"
    assert ctx.cue_before(text.index("arrivé")) is None


def test_a_placed_day_is_remembered() -> None:
    ctx = Context("", DocDate(2011, 6, 15), FR)
    assert ctx.placed_day(dt.date(2011, 6, 14), None, explicit=False)[:2] == (TimexType.DATE, "2011-06-14")
    assert (ctx.last_day, ctx.explicit) == (dt.date(2011, 6, 14), None)
    kind, value, when = ctx.placed_day(dt.date(2011, 5, 3), "soir", explicit=True)
    assert (kind, value, when.precision) == (TimexType.TIME, "2011-05-03TEV", Precision.TIME)
    assert (ctx.last_day, ctx.explicit) == (dt.date(2011, 5, 3), dt.date(2011, 5, 3))


def test_dct_month_uncertain() -> None:
    kind, value, when = Context("", DocDate(2011, 6), FR).dct_month_uncertain()
    assert (kind, value, when.first, when.last, when.uncertain) == (
        TimexType.DATE, "2011-06", dt.date(2011, 6, 1), dt.date(2011, 6, 30), True
    )


def test_tagging_leaves_no_reference_cycle() -> None:
    text = (
        "Le 3 mai 2011, il est arrivé ; le lendemain, il est reparti. Mardi soir, il a parlé à 20 h mardi "
        "pendant trois ans, chaque année, de 2001 à 2004, l'hiver dernier, il y a deux semaines."
    )
    tag_timexes(text, DocDate(2011, 6, 15), "fr")  # the language data compiled outside the count
    gc.collect()
    gc.disable()
    try:
        found = tag_timexes(text, DocDate(2011, 6, 15), "fr")
        assert len(found) == 9
        del found
        assert gc.collect() == 0
    finally:
        gc.enable()
