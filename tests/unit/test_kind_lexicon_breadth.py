"""The kind of a happening told with the everyday words of news, kind by kind, in French and in
English: sentences written for these tests in the manner of a wire story (not taken from any
corpus), each asserting the kind of the happening its trigger tells. Words of two senses are
tried in both ("a levé 20 millions d'euros" is no lifted sanction, "a bus overturned" no court
ruling)."""

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


def kind_told(found: dict[str, str], trigger: str) -> str:
    """The kind told by ``trigger`` among ``found`` (from ``kinds``), "none" when no trigger
    shares a word with it: a longer or shorter trigger holding the word ("été excusé",
    "struck") tells by it too, so "none" cannot hold by a trigger spelled otherwise."""
    if trigger in found:
        return found[trigger]
    words = set(trigger.split())
    return next((kind for told, kind in found.items() if words & set(told.split())), "none")


_CASES = [
    # statement
    ("Le porte-parole du gouvernement a démenti mardi toute hausse d'impôts.", "fr", "démenti", "statement"),
    ("Le chef de l'État a rendu hommage lundi aux pompiers de la ville.", "fr", "rendu hommage", "statement"),
    ("La présidente du syndicat a fustigé la réforme des retraites.", "fr", "fustigé", "statement"),
    ("Le ministre s'est excusé mercredi auprès des familles.", "fr", "s'est excusé", "statement"),
    ("Le maire a été excusé lundi.", "fr", "excusé", "none"),
    ("La députée s'est prononcée contre le projet de loi.", "fr", "prononcée contre", "statement"),
    ("Le patron du groupe a avoué des erreurs de gestion.", "fr", "avoué", "statement"),
    ("La Maison du peuple a relativisé les chiffres du ministère.", "fr", "relativisé", "statement"),
    ("The minister denied any wrongdoing on Tuesday.", "en", "denied", "statement"),
    ("The senator blasted the decision on Monday.", "en", "blasted", "statement"),
    ("The minister denounced the attack on the embassy on Friday.", "en", "denounced", "statement"),
    ("The governor paid tribute to the firefighters on Sunday.", "en", "paid tribute", "statement"),
    ("The minister downplayed the incident on Monday.", "en", "downplayed", "statement"),
    ("The coach lashed out at the referees after the match.", "en", "lashed out", "statement"),
    ("The foreign minister expressed concern over the border incidents.", "en", "expressed", "statement"),
    # meeting
    ("Les deux dirigeants se sont entretenus mardi à Ostra.", "fr", "entretenus", "meeting"),
    ("Le président a eu une entrevue avec le roi lundi.", "fr", "entrevue", "meeting"),
    ("Les ministres des Finances ont tenu un sommet à Ostra en mars.", "fr", "sommet", "meeting"),
    ("Le Premier ministre a effectué une visite officielle en Lorvanie lundi.", "fr", "visite", "meeting"),
    ("La ministre a accueilli son homologue lorvan mardi.", "fr", "accueilli", "meeting"),
    ("Les syndicats et la direction ont mené des tractations toute la nuit de lundi.", "fr", "tractations", "meeting"),
    ("The two leaders held talks in Ostra on Tuesday.", "en", "talks", "meeting"),
    ("The president hosted his Lorvan counterpart on Monday.", "en", "hosted", "meeting"),
    ("The envoy sat down with rebel leaders on Sunday.", "en", "sat down with", "meeting"),
    ("Foreign ministers convened in Ostra on Friday.", "en", "convened", "meeting"),
    ("The chancellor visited the flooded region on Monday.", "en", "visited", "meeting"),
    ("The two presidents held a summit in Ostra in March.", "en", "summit", "meeting"),
    # call
    ("Les deux présidents se sont entretenus par téléphone lundi.", "fr", "entretenus", "call"),
    ("Le ministre a téléphoné à son homologue mardi.", "fr", "téléphoné", "call"),
    ("La chancelière a eu un entretien téléphonique avec le roi lundi.", "fr", "entretien téléphonique", "call"),
    ("Le président a passé un coup de téléphone au Premier ministre lundi.", "fr", "coup de téléphone", "call"),
    ("Les deux dirigeants ont tenu une visioconférence mardi.", "fr", "visioconférence", "call"),
    ("The two presidents spoke by phone on Tuesday.", "en", "spoke by phone", "call"),
    ("The chancellor telephoned the prime minister on Monday.", "en", "telephoned", "call"),
    ("The leaders held a video call on Friday.", "en", "video call", "call"),
    ("The minister had a phone call with his counterpart on Monday.", "en", "phone call", "call"),
    ("The two ministers held a phone conversation on Sunday.", "en", "phone conversation", "call"),
    # agreement
    ("Les deux pays ont signé un traité de paix lundi.", "fr", "signé", "agreement"),
    ("Les belligérants ont conclu un cessez-le-feu mardi.", "fr", "conclu", "agreement"),
    ("Le Parlement a ratifié l'accord commercial mercredi.", "fr", "ratifié", "agreement"),
    ("Les deux groupes ont scellé une alliance lundi.", "fr", "scellé", "agreement"),
    ("Le syndicat et la direction sont parvenus à un accord lundi.", "fr", "parvenus à un accord", "agreement"),
    ("Les deux partis se sont alliés en mars.", "fr", "se sont alliés", "agreement"),
    ("The two countries signed a peace treaty on Monday.", "en", "signed", "agreement"),
    ("The mediators brokered a truce on Tuesday.", "en", "brokered", "agreement"),
    ("The union and the airline clinched a deal on Sunday.", "en", "clinched", "agreement"),
    ("Negotiators hammered out a compromise on Friday.", "en", "hammered out", "agreement"),
    ("The rebels agreed to a ceasefire on Monday.", "en", "agreed", "agreement"),
    ("The two firms finalized the contract on Thursday.", "en", "finalized", "agreement"),
    # demand
    ("Les manifestants ont exigé la libération des détenus lundi.", "fr", "exigé", "demand"),
    ("L'ONU a exhorté les belligérants à cesser le feu mardi.", "fr", "exhorté", "demand"),
    ("Le ministre a conjuré la Lorvanie de libérer les otages lundi.", "fr", "conjuré", "demand"),
    ("Le ministre est pressé de partir en vacances.", "fr", "pressé", "none"),
    ("Les syndicats ont réclamé une hausse des salaires mardi.", "fr", "réclamé", "demand"),
    ("Le gouvernement a adressé un ultimatum aux rebelles lundi.", "fr", "ultimatum", "demand"),
    ("La préfète a sommé les occupants de quitter les lieux lundi.", "fr", "sommé", "demand"),
    ("The opposition demanded the minister's resignation on Monday.", "en", "demanded", "demand"),
    ("The United Nations urged both sides to stop the fighting.", "en", "urged", "demand"),
    ("The president pressed Lorvan to release the hostages on Monday.", "en", "pressed", "demand"),
    ("The union pushed for higher wages on Tuesday.", "en", "pushed for", "demand"),
    ("The rebels issued an ultimatum to the government on Monday.", "en", "ultimatum", "demand"),
    ("The regulator called on the bank to repay its clients on Monday.", "en", "called on", "demand"),
    # protest
    ("Des milliers de personnes ont manifesté samedi à Ostra.", "fr", "manifesté", "protest"),
    ("Les enseignants se sont mis en grève lundi.", "fr", "mis en grève", "protest"),
    ("Des milliers d'agriculteurs sont descendus dans la rue lundi.", "fr", "descendus dans la rue", "protest"),
    ("Les étudiants ont battu le pavé jeudi à Ostra.", "fr", "battu le pavé", "protest"),
    ("Des centaines de salariés ont observé un débrayage lundi.", "fr", "débrayage", "protest"),
    ("Les chauffeurs de taxi ont organisé une opération escargot lundi.", "fr", "organisé", "protest"),
    ("Thousands of people protested in Ostra on Saturday.", "en", "protested", "protest"),
    ("Dock workers staged a walkout on Monday.", "en", "staged a walkout", "protest"),
    ("Students took to the streets on Thursday.", "en", "took to the streets", "protest"),
    ("Dock workers downed tools on Monday.", "en", "downed tools", "protest"),
    ("Nurses staged a sit-in at the hospital on Tuesday.", "en", "sit-in", "protest"),
    # (the verb tells the protest and the noun is its circumstance: one row, "blocked roads")
    ("Farmers blocked roads across the country on Monday in a protest over fuel prices.", "en", "blocked roads", "protest"),
    # sanction
    ("L'Union européenne a imposé des sanctions à la Lorvanie lundi.", "fr", "imposé", "sanction"),
    ("Le gouvernement a expulsé trois diplomates lorvans mardi.", "fr", "expulsé", "sanction"),
    ("Le ministère a gelé les avoirs de l'oligarque lundi.", "fr", "gelé", "sanction"),
    ("La fédération a suspendu le joueur pour six matchs mardi.", "fr", "suspendu", "sanction"),
    ("Ostra a décrété un embargo sur les armes lundi.", "fr", "décrété", "sanction"),
    ("L'ambassadeur a été déclaré persona non grata lundi.", "fr", "déclaré persona non grata", "sanction"),
    ("The European Union imposed sanctions on Lorvan on Monday.", "en", "imposed", "sanction"),
    ("The government expelled three Lorvan diplomats on Tuesday.", "en", "expelled", "sanction"),
    ("The Treasury froze the oligarch's assets on Monday.", "en", "froze", "sanction"),
    ("The league banned the player for six games on Tuesday.", "en", "banned", "sanction"),
    ("The ministry blacklisted four companies on Friday.", "en", "blacklisted", "sanction"),
    ("The referee disqualified the sprinter on Sunday.", "en", "disqualified", "sanction"),
    # attack
    ("Les rebelles ont bombardé la ville dans la nuit de lundi.", "fr", "bombardé", "attack"),
    ("L'artillerie a pilonné les positions rebelles mardi.", "fr", "pilonné", "attack"),
    ("Des insurgés ont tendu une embuscade à un convoi lundi.", "fr", "embuscade", "attack"),
    ("Un kamikaze s'est fait exploser devant la caserne lundi.", "fr", "fait exploser", "attack"),
    ("L'armée a riposté par des tirs d'artillerie mardi.", "fr", "riposté", "attack"),
    ("Des heurts ont éclaté entre policiers et manifestants lundi.", "fr", "heurts", "attack"),
    ("Rebels shelled the town overnight on Monday.", "en", "shelled", "attack"),
    ("Insurgents ambushed a military convoy on Tuesday.", "en", "ambushed", "attack"),
    ("Fighter jets strafed the convoy on Monday.", "en", "strafed", "attack"),
    ("Militants detonated a car bomb near the base on Sunday.", "en", "detonated", "attack"),
    ("Government troops bombarded the city on Monday.", "en", "bombarded", "attack"),
    ("Soldiers and rebels exchanged fire on Friday.", "en", "exchanged fire", "attack"),
    ("A gun battle broke out near the border on Friday.", "en", "gun battle", "attack"),
    # election
    ("Les électeurs ont élu un nouveau président dimanche.", "fr", "élu", "election"),
    ("Le maire sortant a été proclamé vainqueur dimanche soir.", "fr", "proclamé vainqueur", "election"),
    ("La candidate a été réélue dimanche avec 54 % des voix.", "fr", "réélue", "election"),
    ("Les Lorvans ont voté dimanche lors d'un référendum.", "fr", "voté", "election"),
    ("Les élections régionales se sont tenues dimanche.", "fr", "élections", "election"),
    ("Les électeurs se sont rendus aux urnes dimanche.", "fr", "se sont rendus aux urnes", "election"),
    ("Voters elected a new parliament on Sunday.", "en", "elected", "election"),
    ("The incumbent won a landslide victory on Sunday.", "en", "won", "election"),
    ("The mayor was re-elected on Sunday.", "en", "re-elected", "election"),
    ("The runoff took place on Sunday.", "en", "runoff", "election"),
    ("The incumbent was unseated on Sunday.", "en", "unseated", "election"),
    ("The governor was reelected by a landslide on Tuesday.", "en", "reelected", "election"),
    # appointment
    ("Le président a nommé un nouveau Premier ministre lundi.", "fr", "nommé", "appointment"),
    ("Le ministre de l'Intérieur a démissionné mardi.", "fr", "démissionné", "appointment"),
    ("Le directeur de la police a été limogé lundi.", "fr", "limogé", "appointment"),
    ("Le préfet a été démis de ses fonctions mardi.", "fr", "démis de ses fonctions", "appointment"),
    ("La nouvelle présidente a pris ses fonctions lundi.", "fr", "pris ses fonctions", "appointment"),
    ("Le patron du groupe a passé la main à son adjoint lundi.", "fr", "passé la main", "appointment"),
    ("The board appointed a new chief executive on Monday.", "en", "appointed", "appointment"),
    ("The defence minister stepped down on Tuesday.", "en", "stepped down", "appointment"),
    ("The army ousted the president on Monday.", "en", "ousted", "appointment"),
    ("The party leader stood down after the defeat on Monday.", "en", "stood down", "appointment"),
    ("The finance minister quit as party treasurer on Tuesday.", "en", "quit as", "appointment"),
    ("The new governor was sworn in on Friday.", "en", "sworn in", "appointment"),
    # legal
    ("Le tribunal a condamné l'ancien maire à deux ans de prison lundi.", "fr", "condamné", "legal"),
    ("Le suspect a été mis en examen pour meurtre mardi.", "fr", "mis en examen", "legal"),
    ("Trois hommes ont été écroués lundi.", "fr", "écroués", "legal"),
    ("La police a appréhendé deux suspects lundi.", "fr", "appréhendé", "legal"),
    ("L'ancien ministre a été déféré au parquet mardi.", "fr", "déféré", "legal"),
    ("La cour d'appel a acquitté l'accusé lundi.", "fr", "acquitté", "legal"),
    ("Le dossier est requis pour la demande.", "fr", "requis", "none"),
    ("Il était complètement fauché en 2010.", "fr", "fauché", "none"),
    ("Un piéton a été fauché par une voiture lundi.", "fr", "fauché par", "disaster"),
    ("L'ancien ministre a été blanchi par la justice lundi.", "fr", "blanchi par la justice", "legal"),
    ("L'ex-député a comparu lundi devant le tribunal correctionnel.", "fr", "comparu", "legal"),
    ("The former mayor was indicted on Monday.", "en", "indicted", "legal"),
    ("The court sentenced the former mayor to two years in prison.", "en", "sentenced", "legal"),
    ("Police apprehended two suspects on Monday.", "en", "apprehended", "legal"),
    ("The suspect was taken into custody on Tuesday.", "en", "taken into custody", "legal"),
    ("The former minister went on trial on Monday.", "en", "went on trial", "legal"),
    ("The jury acquitted the defendant on Friday.", "en", "acquitted", "legal"),
    ("The governor pardoned the activist on Friday.", "en", "pardoned", "legal"),
    ("The banker was cleared of fraud on Monday.", "en", "cleared of", "legal"),
    # economy
    ("Le groupe a racheté son concurrent lorvan lundi.", "fr", "racheté", "economy"),
    ("Les deux banques ont fusionné en mars.", "fr", "fusionné", "economy"),
    ("Le constructeur a supprimé 2 000 emplois lundi.", "fr", "supprimé", "economy"),
    ("La start-up a levé 20 millions d'euros lundi.", "fr", "levé", "economy"),
    ("Le groupe a enregistré une perte de 3 millions d'euros en 2024.", "fr", "enregistré", "economy"),
    ("Les prix de l'énergie ont flambé en mars.", "fr", "flambé", "economy"),
    ("Le CAC 40 a rebondi de 2 % mardi.", "fr", "rebondi", "economy"),
    ("The group acquired its Lorvan rival on Monday.", "en", "acquired", "economy"),
    ("The carmaker laid off 2,000 workers on Monday.", "en", "laid off", "economy"),
    ("The bank shed 900 jobs in March.", "en", "shed", "economy"),
    ("The start-up raised $20 million on Monday.", "en", "raised", "economy"),
    ("Shares of the airline jumped 12 percent on Tuesday.", "en", "jumped", "economy"),
    ("The central bank lifted interest rates on Thursday.", "en", "lifted", "economy"),
    ("The retailer axed 500 jobs on Tuesday.", "en", "axed", "economy"),
    ("Stocks rebounded on Wednesday.", "en", "rebounded", "economy"),
    # disaster
    ("Un séisme de magnitude 6 a frappé la région lundi.", "fr", "séisme", "disaster"),
    ("Un train a déraillé près d'Ostra mardi.", "fr", "déraillé", "disaster"),
    ("Un carambolage a eu lieu sur l'autoroute lundi.", "fr", "carambolage", "disaster"),
    ("Une violente déflagration s'est produite dans l'usine lundi.", "fr", "déflagration", "disaster"),
    ("Un cargo s'est échoué au large d'Ostra lundi.", "fr", "s'est échoué", "disaster"),
    ("Un raz-de-marée a frappé la côte mardi.", "fr", "raz-de-marée", "disaster"),
    ("A bus overturned on the highway on Monday.", "en", "overturned", "disaster"),
    ("A train derailed near Ostra on Tuesday.", "en", "derailed", "disaster"),
    ("A powerful quake struck the region on Monday.", "en", "quake", "disaster"),
    ("A tornado tore through the town on Sunday.", "en", "tore through", "disaster"),
    ("A hurricane slammed into the coast on Monday.", "en", "slammed into", "disaster"),
    ("An avalanche buried three skiers on Monday.", "en", "avalanche", "disaster"),
    ("A minibus plunged into a ravine on Monday.", "en", "plunged", "disaster"),
    # death
    ("Le chanteur est décédé lundi à l'âge de 80 ans.", "fr", "décédé", "death"),
    ("Le randonneur a été retrouvé sans vie mardi.", "fr", "retrouvé sans vie", "death"),
    ("Un policier a été mortellement blessé lundi.", "fr", "mortellement blessé", "death"),
    ("Le détenu a mis fin à ses jours lundi.", "fr", "mis fin à ses jours", "death"),
    ("Un cycliste a été mortellement fauché par une voiture lundi.", "fr", "mortellement fauché", "death"),
    ("L'ancien président s'est éteint lundi.", "fr", "s'est éteint", "death"),
    ("The singer died on Monday at the age of 80.", "en", "died", "death"),
    ("The prisoner was hanged on Tuesday.", "en", "hanged", "death"),
    ("A police officer was fatally shot on Monday.", "en", "fatally shot", "death"),
    ("Two climbers froze to death on the mountain last week.", "en", "froze to death", "death"),
    ("The driver was pronounced dead at the scene on Monday.", "en", "pronounced dead", "death"),
    ("A worker was crushed to death at the plant on Monday.", "en", "crushed to death", "death"),
]


# The same words in their other sense ("none": no happening told by that word).
_OUT_OF_SENSE = [
    ("La start-up a levé le voile sur son projet lundi.", "fr", "levé", "other"),
    ("Le gouvernement a levé le couvre-feu lundi.", "fr", "levé", "sanction"),
    ("The captain lifted the trophy on Sunday.", "en", "lifted", "other"),
    ("The bank lifted the ban on Monday.", "en", "lifted", "sanction"),
    ("Sanctions were lifted on Monday.", "en", "lifted", "sanction"),
    ("The court overturned the ruling on Monday.", "en", "overturned", "legal"),
    ("The ruling was overturned on Monday.", "en", "overturned", "legal"),
    ("Critics shed light on the scheme on Monday.", "en", "shed", "other"),
    ("The man jumped from the bridge on Monday.", "en", "jumped", "other"),
    ("The country plunged into chaos in March.", "en", "plunged", "other"),
    ("Shares plunged 10 percent on Monday.", "en", "plunged", "economy"),
    # (a reaction told as a reception is what the minister said of it: test_kinds_s25.py)
    ("La ministre a accueilli la nouvelle avec prudence lundi.", "fr", "accueilli", "statement"),
    ("Le pays a accueilli des milliers de réfugiés en 2024.", "fr", "accueilli", "other"),
    ("La ministre a accueilli Paul Morel lundi.", "fr", "accueilli", "meeting"),
    ("L'avocat a riposté aux critiques lundi.", "fr", "riposté", "statement"),
    ("Le joueur a écopé d'un carton rouge dimanche.", "fr", "écopé", "other"),
    ("L'ancien maire a écopé de deux ans de prison lundi.", "fr", "écopé", "legal"),
    ("He pressed ahead with the plan on Monday.", "en", "pressed", "other"),
    ("The team rebounded from the defeat on Sunday.", "en", "rebounded", "other"),
    ("Stocks rebounded on Wednesday.", "en", "rebounded", "economy"),
    ("L'affaire a rebondi lundi.", "fr", "rebondi", "other"),
    ("Le CAC 40 a rebondi mardi.", "fr", "rebondi", "economy"),
    ("Le groupe a affiché sa détermination lundi.", "fr", "affiché", "other"),
    ("The firm paid $3 million on Monday.", "en", "paid", "economy"),
    ("The incumbent won by a landslide on Sunday.", "en", "won by a landslide", "election"),
    ("A landslide buried three houses on Sunday.", "en", "landslide", "disaster"),
    ("The minister suffered a heart attack on Monday.", "en", "heart attack", "other"),
    ("Le chanteur a été victime d'une attaque cardiaque lundi.", "fr", "attaque cardiaque", "other"),
    ("The drugmaker halted a clinical trial on Monday.", "en", "clinical trial", "other"),
    ("The party's offices were raided by police on Monday.", "en", "raided by police", "legal"),
    ("Les négociations ont échoué lundi.", "fr", "échoué", "none"),
    ("Israeli settlements grew in 2024.", "en", "settlements", "none"),
    ("La ministre a défendu sa réforme devant les députés mardi.", "fr", "défendu", "statement"),
    ("The minister defended the reform on Tuesday.", "en", "defended", "statement"),
    ("The champion defended his title on Sunday.", "en", "defended", "other"),
    ("L'ONU a appelé au calme mardi.", "fr", "appelé au", "demand"),
    ("Le ministre a appelé au téléphone son homologue mardi.", "fr", "appelé au téléphone", "call"),
    ("A suicide bomber blew himself up at a checkpoint on Monday.", "en", "blew himself up", "attack"),
    ("La ministre a été reconduite dans ses fonctions mardi.", "fr", "reconduite", "appointment"),
    ("The rebels released the hostages on Monday.", "en", "released the hostages", "other"),
    ("The director shot a film in Ostra in 2024.", "en", "shot a film", "other"),
    ("Police fired tear gas at the crowd on Monday.", "en", "fired tear gas", "attack"),
    ("Police fired tear gas at protesters on Monday.", "en", "protesters", "none"),
    ("L'ancien ministre a été visé par une enquête en mars.", "fr", "visé par une enquête", "legal"),
    ("The senator introduced a bill on Monday.", "en", "introduced a bill", "statement"),
    ("The general rose to power in 2019.", "en", "rose to power", "appointment"),
    ("Oil prices fell 3 percent on Tuesday.", "en", "fell", "economy"),
    ("The climber fell from a ridge on Monday.", "en", "fell", "other"),
    ("Le titre a connu une chute de 10 % mardi.", "fr", "chute", "economy"),
    ("La chute du régime a eu lieu en février.", "fr", "chute", "other"),
    ("Le CAC 40 chute de 3 % lundi.", "fr", "chute", "economy"),
    # French presents of news ("le ministre limoge"), read as their participles are
    ("Le Premier ministre limoge son ministre de l'Intérieur.", "fr", "limoge", "appointment"),
    ("Le gouvernement gèle les avoirs de l'oligarque.", "fr", "gèle", "sanction"),
    ("Le parquet requiert deux ans de prison contre l'ancien maire.", "fr", "requiert", "legal"),
    ("La présidente accueille son homologue lorvan à Ostra.", "fr", "accueille", "meeting"),
    ("L'armée abat un drone au-dessus de la ville.", "fr", "abat", "attack"),
    ("Le Parlement élit un nouveau président.", "fr", "élit", "election"),
    ("Le jour se lève sur Ostra.", "fr", "lève", "none"),
    ("The suspect was cautioned by police on Monday.", "en", "cautioned by police", "legal"),
    ("A poll showed the president trailing on Monday.", "en", "poll", "other"),
    ("The poll was held on Sunday.", "en", "poll", "election"),
    # a phrase settles its own sense, and a number's comma is no punctuation
    ("The prime minister ruled out early elections on Monday.", "en", "ruled out", "statement"),
    ("Les rebelles ont lancé un ultimatum au gouvernement lundi.", "fr", "lancé un ultimatum", "demand"),
    ("Un alpiniste a fait une chute mortelle lundi.", "fr", "chute mortelle", "death"),
    ("Ostra recalled its ambassador on Monday.", "en", "recalled its ambassador", "sanction"),
    ("The carmaker recalled 2,000 cars on Monday.", "en", "recalled", "economy"),
    ("The minister recalled the day of the attack on Monday.", "en", "recalled", "statement"),
    ("The Treasury froze wages on Monday.", "en", "froze", "economy"),
    ("The bank shed 3,000 jobs in March.", "en", "shed", "economy"),
    ("The fans had a blast at the concert on Sunday.", "en", "blast", "none"),
    ("A blast ripped through the plant on Monday.", "en", "blast", "disaster"),
    # (a figure of speech, no row: the criticism is told by its own word)
    ("Le ministre a essuyé une avalanche de critiques lundi.", "fr", "avalanche", "none"),
    ("Une avalanche a emporté trois skieurs lundi.", "fr", "avalanche", "disaster"),
    ("Selon une enquête publiée lundi, les Français sont inquiets.", "fr", "enquête", "none"),
    ("Une enquête publique a été lancée en mars.", "fr", "enquête", "other"),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "kind"), [*_CASES, *_OUT_OF_SENSE])
def test_the_kind_a_news_word_tells_in_the_sense_it_is_used_in(text, lang, trigger, kind, gazetteer):
    assert kind_told(kinds(text, lang, gazetteer), trigger) == kind
