"""Words of the lexicon's breadth section that ordinary news also uses in another sense, tried
in both: "clinched a deal" agrees, "clinched the title" does not; "la flambée des prix" is a move
of a market, "une envolée lyrique" none. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from unit.test_kind_lexicon_breadth import kind_told, kinds

_CASES = [
    # nouns of a market's moves: economy only of prices, sales, a market
    ("La flambée des prix du pétrole inquiète les ménages.", "fr", "flambée", "economy"),
    ("Le discours s'est terminé sur une envolée lyrique lundi.", "fr", "envolée", "other"),
    ("Le pays connaît un repli identitaire inquiétant.", "fr", "repli", "other"),
    ("Le plongeon synchronisé a été remporté par la Chine lundi.", "fr", "plongeon", "other"),
    ("L'affaire a connu un nouveau rebond lundi.", "fr", "rebond", "other"),
    ("He grabbed the rebound in the final seconds on Sunday.", "en", "rebound", "other"),
    ("The economy saw a rebound in sales in March.", "en", "rebound", "economy"),
    # agreements and sports
    ("The union clinched a deal with the airline on Sunday.", "en", "clinched", "agreement"),
    ("The champion clinched her ninth title on Sunday.", "en", "clinched", "other"),
    # attacks and figures of speech
    ("Rebels bombarded the city on Monday.", "en", "bombarded", "attack"),
    ("The minister was bombarded with questions on Monday.", "en", "bombarded", "other"),
    ("The army launched an onslaught on the capital on Monday.", "en", "onslaught", "attack"),
    # (a figure of speech, no row: the criticism is told by its own word)
    ("The president faced an onslaught of criticism on Monday.", "en", "onslaught", "none"),
    ("L'armée abat un drone au-dessus de la ville.", "fr", "abat", "attack"),
    ("Une violente tempête s'abat sur la région lundi.", "fr", "abat", "other"),
    # rulings and denials
    ("The court quashed the conviction on Monday.", "en", "quashed", "legal"),
    ("The verdict was quashed on Monday.", "en", "quashed", "legal"),
    ("The spokesman quashed rumours of a merger on Monday.", "en", "quashed", "statement"),
    ("Le suspect a été auditionné par les enquêteurs lundi.", "fr", "auditionné", "legal"),
    ("L'actrice a auditionné pour le rôle lundi.", "fr", "auditionné", "other"),
    # disasters and their images
    ("The oil spill fouled the beaches on Monday.", "en", "oil spill", "disaster"),
    ("The conflict spills over into neighbouring countries.", "en", "spills", "other"),
    ("The sinking of the ferry killed 30 people on Monday.", "en", "sinking", "disaster"),
    ("The economy is sinking into recession.", "en", "sinking", "other"),
    # offices kept, and strikes and expulsions renewed
    ("La ministre a été reconduite dans ses fonctions mardi.", "fr", "reconduite", "appointment"),
    ("Le président a été reconduit à la tête du parti lundi.", "fr", "reconduit", "appointment"),
    ("La grève a été reconduite mardi.", "fr", "reconduite", "other"),
    ("Le migrant a été reconduit à la frontière lundi.", "fr", "reconduit", "other"),
    ("Le bail est renouvelé par tacite reconduction.", "fr", "reconduction", "other"),
    # calls about something, and calls for it
    ("La police a reçu des appels au sujet d'une fuite de gaz lundi.", "fr", "appels au", "other"),
    ("Les syndicats ont multiplié les appels au boycott lundi.", "fr", "appels au", "demand"),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "kind"), _CASES)
def test_a_breadth_word_tells_its_kind_only_in_its_news_sense(text, lang, trigger, kind, gazetteer):
    assert kind_told(kinds(text, lang, gazetteer), trigger) == kind
