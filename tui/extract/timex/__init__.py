"""Temporal-expression tagger for French and English news text (TIMEX3 types and values).

``tag_timexes(text, dct, lang, spans)`` returns the :class:`~tui.extract.model.Timex` objects of
``text`` inside ``spans``: sorted, non-overlapping, each with a TIMEX3 type and value and, for
dates and times that sit on a timeline, a :class:`~tui.extract.model.When`.

How it works (all the language lives in ``tui/extract/data/timex_<lang>.yaml``):

* ``language``: the YAML word lists are substituted into the rule templates, each rule's regex
  is compiled into per-first-letter matchers, and a cheap "core word" scanner is built (every
  expression contains a number or a month, weekday, unit, ... word);
* ``tagger``: the scanner finds core words; only around them (a few words back) are the rules
  tried, at words the language file knows; the first rule that matches and whose normaliser
  accepts wins, then scanning resumes after it;
* ``resolve``: each rule *kind* has a handler in the module of its family under ``rules``
  (``calendar``, ``periods``, ``ranges``, ``relative``, ``weekdays``, ``clock``, ``dayparts``,
  ``durations``; ``days`` gives the day a clock time or a part of the day names), which turns
  its match into a type, value and ``When``; the handlers of a document share one
  ``context`` (the text, its DCT, the language data, the latest day and year placed):
  relative expressions are resolved against the document date (DCT), or, when the DCT has only
  a month, kept at month precision and marked uncertain; weekdays are anchored on the latest
  explicit day written before them (when it is near the DCT), else on the DCT, and go back or
  forward by the tense of their sentence (a present tense near one is a plan: ahead; "ce" /
  "this" with no tense keeps to the anchor's week); partial dates take the year nearest the DCT in a
  window the tense shifts ("dernier"/"last" and "prochain"/"next" override it);
* ``when``: building ``When`` intervals and ISO labels.

Precision guards (false dates are worse than misses): ages ("un homme de 32 ans", "in his 40s")
are not durations; names are not seasons or weekdays ("le Printemps arabe", "Black Monday");
"à la veille des Jeux" / "the day after the vote" keep their guess off the timeline; a full stop
after an initial ("M. Martin") does not end the sentence the tense cue is looked for in.

The tagger never raises: a normaliser that fails on odd input just drops that match.
"""

from __future__ import annotations

import re

from tui.extract.timex.tagger import date_extent, tag_timexes

__all__ = ["date_extent", "tag_timexes", "TIMEX_VALUE_RE"]

# What the tagger can emit as a value (the fuzz tests check every value against it).
TIMEX_VALUE_RE = re.compile(
    r"""^(?:
      \d{4}(?:-\d{2}(?:-\d{2}(?:T(?:MO|AF|EV|NI|\d{2}:\d{2}Z?))?)?|-W\d{2}(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?
    | \d{3}X? | \d{2}(?:XX)? | FY\d{4}
    | XXXX-(?:WXX-(?:[1-7](?:T(?:MO|AF|EV|NI))?|WE)|SP|SU|FA|WI|0[1-9]|1[0-2]) | T(?:MO|AF|EV|NI)
    | P(?:(?:\d+(?:\.\d+)?|X)[YMWDQ]|X(?:DE|CE)|T(?:\d+(?:\.\d+)?|X)[HMS])
    | PRESENT_REF | PAST_REF | FUTURE_REF
    )$""",
    re.VERBOSE,
)

