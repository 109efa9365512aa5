"""Event kinds that need evidence in their clause, on sentences written for these tests (politics,
economy, courts, sports, disasters, science, tech): a word of two senses takes a kind only with
the word that settles it, and the second sense does not fire without it."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes


def kinds(text: str, lang: str, gazetteer) -> dict[str, str]:
    """The kind of each happening told by ``text``, by its trigger (folded to lower case)."""
    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang)
    return {text[h.trigger_start : h.trigger_end].lower(): h.kind for h in found}


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "kind", "why"),
    [
        # courts: a penalty makes "condamner" a sentence, blame alone a statement
        ("Le tribunal a condamné l'ancien maire à trois ans de prison.", "fr", "condamné", "legal", "a penalty"),
        ("Le juge a condamné Paul Morel à une amende de 500 euros.", "fr", "condamné", "legal", "a fine, far after the verb"),
        ("La société a été condamnée à verser deux millions d'euros.", "fr", "condamnée", "legal", "a passive sentence"),
        ("La ministre a condamné les violences à répétition contre les journalistes.", "fr", "condamné", "statement", "'à' alone is no penalty"),
        ("Le gouvernement a condamné la Lorvanie pour son incursion.", "fr", "condamné", "statement", "'pour' alone is no offence judged"),
        ("L'ancien maire a été jugé pour corruption en 2019.", "fr", "jugé", "legal", "tried for an offence"),
        ("L'ancien maire a été reconnu coupable de corruption lundi.", "fr", "reconnu coupable", "legal", "a verdict"),
        ("The former mayor was found guilty of fraud on Monday.", "en", "found guilty", "legal", "a verdict"),
        ("La ministre a jugé la réforme inutile.", "fr", "jugé", "statement", "judging is saying"),
        # deaths: killing is a death, as "killed" is
        ("Le journaliste a été tué lundi dans le centre de la ville.", "fr", "tué", "death", "a death, like 'killed'"),
        ("Le militant a été poursuivi pour diffamation en 2018.", "fr", "poursuivi", "legal", "prosecuted"),
        ("The Lorvan Democrats held their primary in Ostra on Tuesday.", "en", "primary", "election", "a vote"),
        # disasters: the weather's too
        ("Une canicule a frappé le sud du pays en août.", "fr", "canicule", "disaster", "a heatwave"),
        ("A severe drought hit the northern provinces in 2011.", "en", "drought", "disaster", "a drought"),
        ("La police a arrêté trois suspects lundi.", "fr", "arrêté", "legal", "an arrest"),
        ("A federal judge ruled in favor of Tarvix on Monday.", "en", "ruled", "legal", "a ruling"),
        ("The dollar rallied on Friday after the vote.", "en", "rallied", "economy", "a currency's rally"),
        # politics: naming to an office needs the office
        ("Le président a nommé Claire Dumont ministre de la Culture.", "fr", "nommé", "appointment", "an office after the name"),
        ("La nouvelle ministre de la Santé a été nommée mardi.", "fr", "nommée", "appointment", "the office as subject"),
        ("The board named Jane Roe chief executive on Monday.", "en", "named", "appointment", "a title after the name"),
        ("Paul Morel was promoted to finance director in May.", "en", "promoted", "appointment", "promoted to a post"),
        ("Tarvix named its new airliner the Skyrunner.", "en", "named", None, "a name given, no office: no row"),
        ("The singer promoted her new album on television.", "en", "promoted", None, "promoting a thing: no row"),
        # politics: walking out is a protest; leaving or refusing is not the kind of what is left
        ("Les députés de l'opposition ont quitté l'hémicycle mardi.", "fr", "quitté l'hémicycle", "protest", "a walkout"),
        ("Une manifestation contre la réforme a eu lieu samedi.", "fr", "manifestation", "protest", "a protest march"),
        ("The minister met the Lorvan ambassador on Monday.", "en", "met", "meeting", "a meeting"),
        ("La ministre a quitté la réunion avant la fin.", "fr", "quitté", "other", "leaving a meeting is no meeting"),
        ("The delegation withdrew from the talks on Monday.", "en", "withdrew", "other", "leaving talks is no meeting"),
        ("Le parlement a rejeté l'accord commercial mardi.", "fr", "rejeté", "other", "rejecting a deal is no agreement"),
        ("La fédération a obtenu la victoire au tournoi.", "fr", "obtenu", "other", "a verb of no kind with no event noun"),
        ("Les délégués ont participé au sommet de Lorvan.", "fr", "participé au", "meeting", "taking part takes the kind of what it joins"),
        ("La réunion a décidé mardi de lever les sanctions.", "fr", "décidé", "sanction", "what was decided, not where"),
        ("Le candidat a été investi par son parti en juin.", "fr", "investi", "appointment", "invested as a candidate"),
        ("La société a investi deux millions d'euros dans l'usine.", "fr", "investi", "economy", "money invested"),
        ("Le débat télévisé entre les deux candidats a eu lieu mardi.", "fr", "débat", "meeting", "a debate between two people"),
        ("Teachers were striking in the capital on Monday.", "en", "striking", "protest", "a strike"),
        ("A missile struck the army depot on Monday.", "en", "struck", "attack", "a strike, no walkout"),
        ("Le président lorvanien a reçu lundi Paul Morel à Ostra.", "fr", "reçu", "meeting", "a person received"),
        ("La ministre a reçu son homologue allemand en mars.", "fr", "reçu", "meeting", "a counterpart received"),
        # sanctions: "s'imposer comme" is no sanction
        ("L'Union européenne a imposé des sanctions à la Lorvanie.", "fr", "imposé", "sanction", "sanctions imposed"),
        ("Le groupe armé a menacé mardi de détruire les mausolées.", "fr", "menacé", "demand", "a threat made"),
        ("The union threatened to strike on Monday.", "en", "threatened", "demand", "a threat made"),
        # agreements
        ("Les deux pays ont conclu un accord de libre-échange en mars.", "fr", "conclu", "agreement", "an agreement concluded"),
        # a law adopted is a vote, a deal adopted an agreement
        ("Le Parlement a adopté la loi mardi.", "fr", "adopté", "election", "a law voted"),
        ("Le nouveau texte a été adopté mardi par le Sénat.", "fr", "adopté", "election", "a passive vote"),
        ("Les Vingt-Sept ont adopté l'accord lundi.", "fr", "adopté", "agreement", "a deal adopted"),
        ("Voters approved the measure on Tuesday.", "en", "approved", "election", "a measure voted"),
        ("The deal was approved unanimously by the board.", "en", "approved", "agreement", "a deal approved"),
        ("Le club a adopté une nouvelle stratégie en mai.", "fr", "adopté", "other", "a strategy, neither"),
        # economy: a market's move, whatever its verb
        ("Stocks rallied on Friday after the rate cut.", "en", "rallied", "economy", "a market rally, no protest"),
        ("Trading on the Lorvan stock exchange was suspended on Monday.", "en", "suspended", "economy", "trading halted, no sanction"),
        ("The Tarvix index struck a record high on Friday.", "en", "struck", "economy", "a market high, no strike"),
        ("Le groupe a confirmé mardi la suppression de 900 emplois.", "fr", "suppression", "economy", "layoffs"),
        ("Sales of the phone rose 5% in March.", "en", "rose", "economy", "sales rose"),
        ("Tarvix posted a loss of $3 million on Monday.", "en", "posted", "economy", "a loss posted"),
        ("Le directeur a été relevé de ses fonctions lundi.", "fr", "relevé de ses fonctions", "appointment", "a dismissal"),
        ("Le chômage a baissé en mars.", "fr", "baissé", "economy", "unemployment fell"),
        # what was found or shown is said
        ("L'enquêtrice a relevé que les comptes du club étaient faux.", "fr", "relevé", "statement", "noting that, not raising"),
        ("Le premier ministre a dévoilé lundi la composition du gouvernement.", "fr", "dévoilé", "statement", "no product shown"),
        ("Le constructeur a dévoilé sa nouvelle voiture électrique.", "fr", "dévoilé", "economy", "a product shown"),
        # attacks: torture
        ("Les gardiens ont torturé les prisonniers pendant des semaines.", "fr", "torturé", "attack", "torture"),
        ("Le conseil des ministres a nommé Paul Morel vice-ministre de l'Énergie.", "fr", "nommé", "appointment", "an office in two parts"),
        # tech: a call is a call with someone; a launch launches a product or a service
        ("Jane Roe held a call with analysts on Tuesday.", "en", "call", "call", "a call with people"),
        ("Le fabricant a lancé lundi sa nouvelle tablette.", "fr", "lancé", "economy", "a product launched"),
        ("La nouvelle console de Tarvix a été lancée en Europe.", "fr", "lancée", "economy", "a product as subject of a passive"),
        # a plan named with its announcing is the announcement
        ("The layoffs announced by the carmaker hit 900 workers.", "en", "layoffs", "statement", "announced layoffs are a plan"),
        ("Le ministre a défendu les baisses d'impôt annoncées en mai par le gouvernement.", "fr", "annoncées", "statement", "a dated announcement"),
        ("Tarvix announced the iZorvo on Tuesday.", "en", "announced", "economy", "a model's name shown"),
        ("Le nouvel iZorvo a été présenté mardi à Ostra.", "fr", "présenté", "economy", "a model's name as subject"),
        ("The leaders announced the G20 summit on Tuesday.", "en", "announced", "statement", "a code, no model"),
        ("The minister announced the Lorvan Plan on Tuesday.", "en", "announced", "statement", "a plan's name, no model"),
        # announcing one's own act is that act; announcing an intention is saying it
        ("Le skipper a annoncé mardi son abandon.", "fr", "annoncé", "other", "one's own withdrawal"),
        ("La ministre a annoncé lundi son intention de réformer les retraites.", "fr", "annoncé", "statement", "an intention said"),
        ("The bakery announced its plans for a new store on Monday.", "en", "announced", "statement", "plans said"),
    ],
)
def test_kind_of_trigger(text, lang, trigger, kind, why, gazetteer):
    assert kinds(text, lang, gazetteer).get(trigger) == kind, why


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "wrong", "why"),
    [
        ("Le conseil a décidé d'accorder l'asile au journaliste.", "fr", "décidé", "agreement", "'accorder' is no accord"),
        ("Le rapport a conclu que le pont était fragile.", "fr", "conclu", "agreement", "concluding that is saying"),
        ("WikiTarvix s'est imposé comme un symbole de la liberté.", "fr", "imposé", "sanction", "becoming a symbol"),
        ("Plusieurs attentats, revendiqués par le groupe, ont frappé la ville.", "fr", "revendiqués", "demand", "a passive claim"),
        ("Les salariés ont défilé en signe de protestation.", "fr", "signe", "agreement", "a sign, not signing"),
        ("The economy contracted by 2% in the second quarter.", "en", "contracted", "agreement", "shrinking, no contract"),
        ("La préfecture a lancé mardi une campagne contre le bruit.", "fr", "lancé", "economy", "a campaign is no product"),
        ("Une alerte à la pollution a été lancée mardi.", "fr", "lancée", "economy", "an alert is no product"),
        ("Le débat sur la réforme des retraites a repris en mars.", "fr", "débat", "meeting", "a public debate is no meeting"),
        ("The primary index of the Lorvan exchange fell 3% on Monday.", "en", "primary", "election", "an adjective"),
        ("Les enfants apprennent les couleurs primaires depuis 2019.", "fr", "primaires", "election", "an adjective after its noun"),
        ("The mayor made an appeal for calm on Sunday.", "en", "appeal", "legal", "a plea, no lawsuit"),
        ("L'expert a poursuivi sa visite du chantier en mars.", "fr", "poursuivi", "legal", "going on, no prosecution"),
        ("Le ministre a défendu les baisses d'impôt annoncées en mai par le gouvernement.", "fr", "baisses", "economy", "cuts announced, not made"),
        ("Pre-orders of the recently announced phone began on Tuesday.", "en", "pre-orders", "statement", "the phone was announced"),
        ("Les pompiers ont reçu des appels vers quatre heures.", "fr", "reçu", "meeting", "calls received, no visit"),
        ("La romancière a reçu le prix Lorvan en 2019.", "fr", "reçu", "meeting", "a prize received"),
        ("Le skipper a arrêté sa course lundi.", "fr", "arrêté", "legal", "stopping, no arrest"),
        ("Il a arrêté de fumer en 2010.", "fr", "arrêté", "legal", "giving up, no arrest"),
        ("The king ruled the country for thirty years.", "en", "ruled", "legal", "a reign, no ruling"),
        ("The judge ruled out a new trial on Monday.", "en", "ruled", "legal", "ruling out is refusing"),
        ("Temperatures rose to 40 degrees on Monday.", "en", "rose", "economy", "the weather, no market"),
        ("The death toll rose to 40 on Tuesday.", "en", "rose", "economy", "a toll, no market"),
        ("La participation a baissé de cinq points dimanche.", "fr", "baissé", "economy", "a turnout, no market"),
        ("Le plan social laisse 3 000 emplois menacés depuis mars.", "fr", "menacés", "demand", "jobs at risk, no threat"),
        ("The slowdown threatens the growth of the region since 2019.", "en", "threatens", "demand", "a risk, no threat"),
        ("Jane Roe gave a demonstration of the new phone on Tuesday.", "en", "demonstration", "protest", "a product shown"),
        ("La ville a accueilli une manifestation culturelle en juin.", "fr", "manifestation", "protest", "a cultural fair"),
        ("Tarvix met expectations in the second quarter.", "en", "met", "meeting", "a figure reached"),
        ("L'équipe s'est qualifiée pour la finale dimanche.", "fr", "qualifiée", "statement", "a place won, nothing said"),
        ("La Lorvanie a rappelé son ambassadeur lundi.", "fr", "rappelé", "statement", "an envoy recalled, nothing said"),
        ("The senator raised concerns about the bridge on Monday.", "en", "raised", "economy", "concerns, no money"),
        ("The rebels gained control of the port on Monday.", "en", "gained", "economy", "control, no money"),
        ("The singer posted a video on Monday.", "en", "posted", "economy", "a video, no result"),
        ("The journalist was released from prison on Monday.", "en", "released", "economy", "freed, no product"),
        # (no kind at all, "other" at most)
        ("L'ONG a publié mardi un rapport intitulé l'Archipel des tortures.", "fr", "tortures", None, "a work's title"),
        ("The carmaker plans to fire 3,000 workers in 2026.", "en", "fire", None, "laying off, no blaze"),
        ("The player can adjust the volume to prevent hearing damage since 2005.", "en", "hearing", None, "no court hearing"),
        ("The museum unveiled a striking design for its new hall.", "en", "striking", None, "an adjective"),
        ("In this case, the bakery lost money on bread.", "en", "case", None, "no lawsuit"),
        ("Other bakeries in the town soon followed suit.", "en", "suit", None, "doing as others did"),
        ("Analysts call the new phone a success.", "en", "call", None, "a verb of naming"),
        ("The contractor finished the bridge in May.", "en", "contractor", None, "who, not a contract"),
        ("The firm returned to profitability in 2019.", "en", "profitability", None, "a state"),
        ("Les physiciens ont mesuré les collisions dans le collisionneur en 2012.", "fr", "collisionneur", None, "a machine"),
        ("Les deux partis sont d'accord sur ce point depuis 2019.", "fr", "accord", None, "a state"),
        ("The negotiator arrived in Lorvan in June.", "en", "negotiator", None, "who, not talks"),
        ("The president visited the flooded town on Monday.", "en", "flooded", None, "an adjective, no flood told"),
        ("The attackers fled in a stolen car on Monday.", "en", "attackers", None, "who, not an attack"),
        ("Le meurtrier présumé a été arrêté lundi.", "fr", "meurtrier", None, "who, not a murder"),
        ("La commune a bénéficié d'une aide en 2019.", "fr", "bénéficié", None, "a benefit, no profit"),
        ("Critics called the sale a textbook case of favouritism in 2019.", "en", "case", None, "an example, not a lawsuit"),
    ],
)
def test_second_sense_does_not_fire(text, lang, trigger, wrong, why, gazetteer):
    kind = kinds(text, lang, gazetteer).get(trigger, "other")
    assert kind != wrong and (wrong is not None or kind == "other"), why
