"""Write a deterministic synthetic news corpus for the benchmarks.

    python tests/bench/make_corpus.py N OUT [--seed S]

N articles (about 10 events each) go to OUT/NNN/ (1,000 per folder): half ``.txt`` with a
` date YYYY-MM[-DD]` header, half ``.md`` with YAML front matter, French and English mixed, with
the noise real articles carry (datelines, photo credits, "À lire aussi" teasers, crossheads,
mixed quotes). Sentences are written from templates over a vocabulary of a few hundred actors
and a few thousand dates. The same N and seed always give the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import random
import sys
from pathlib import Path

FIRST = (
    "Anne Marc Hélène Pierre Sophie Julien Claire Thomas Nadia Karim Olga Igor Maria José Elena "
    "Viktor Laura David Sarah Ahmed Fatima Jean Paul Lucie Hugo Irina Dmitri Sergei Alice Louis Chloé "
    "Michael Emily James Olivia Robert Amina Yuki Kenji Ines Carlos"
).split()
LAST = (
    "Morel Lefebvre Durand Garnier Rousseau Lambert Fontaine Chevalier Marchand Dupuis Novak Petrov "
    "Ivanova Kowalski Schneider Becker Rossi Bianchi Silva Costa Haddad Benali Okafor Mensah Tanaka "
    "Sato Kim Nguyen Johnson Whitaker Thornton Caldwell Harrington Mercer Sokolov Volkov Zhang Moreau "
    "Barbier Lemaire Arnaud Perrin Renaud Giraud Carpentier Vasquez Ortega Lindqvist Berg"
).split()
ORGS = [
    "Agence internationale de l'énergie atomique", "Organisation mondiale de la santé", "OTAN", "Union européenne",
    "Banque mondiale", "Fonds monétaire international", "ONU", "Commission européenne", "Conseil de l'Europe",
    "Banque centrale européenne", "Croix-Rouge", "Interpol", "OPEP", "Organisation mondiale du commerce",
    "Greenpeace", "Amnesty International", "Médecins sans frontières", "Parlement européen", "UNESCO", "Unicef",
]
COUNTRIES_FR = [
    "France", "Allemagne", "Russie", "Ukraine", "Chine", "Japon", "Brésil", "Inde", "Italie", "Espagne",
    "Canada", "Mexique", "Turquie", "Iran", "Égypte", "Nigeria", "Kenya", "Pologne", "Suède", "Norvège",
    "Algérie", "Maroc", "Tunisie", "Sénégal", "Argentine", "Australie", "Corée du Sud", "Vietnam",
]
COUNTRIES_EN = [
    "France", "Germany", "Russia", "Ukraine", "China", "Japan", "Brazil", "India", "Italy", "Spain",
    "Canada", "Mexico", "Turkey", "Iran", "Egypt", "Nigeria", "Kenya", "Poland", "Sweden", "Norway",
    "Algeria", "Morocco", "Tunisia", "Senegal", "Argentina", "Australia", "South Korea", "Vietnam",
]
CITIES_FR = ["Paris", "Moscou", "Berlin", "Pékin", "Tokyo", "Rome", "Madrid", "Londres", "Genève", "Bruxelles",
             "Varsovie", "Le Caire", "Nairobi", "Alger", "Rabat", "Dakar", "Ankara", "Kiev", "Washington", "Ottawa"]
CITIES_EN = ["Paris", "Moscow", "Berlin", "Beijing", "Tokyo", "Rome", "Madrid", "London", "Geneva", "Brussels",
             "Warsaw", "Cairo", "Nairobi", "Algiers", "Rabat", "Dakar", "Ankara", "Kyiv", "Washington", "Ottawa"]
ROLES_FR = ["ministre des Affaires étrangères", "directeur", "porte-parole", "président", "ambassadeur", "chef"]
ROLES_EN = ["foreign minister", "director", "spokesman", "president", "ambassador", "head"]
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
DAYS_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

VERBS_FR = [
    "a rencontré", "s'est entretenu avec", "a critiqué", "a reçu", "a appelé", "a félicité", "a mis en garde",
    "a signé un accord avec", "a rendu visite à", "a répondu à",
]
VERBS_EN = [
    "met", "spoke with", "criticised", "received", "called", "congratulated", "warned",
    "signed an agreement with", "visited", "answered",
]
TOPICS_FR = [
    "la sécurité énergétique", "les sanctions", "le commerce", "la crise migratoire", "le climat", "la dette",
    "les négociations de paix", "la coopération militaire", "les droits humains", "la santé publique",
]
TOPICS_EN = [
    "energy security", "sanctions", "trade", "the migration crisis", "climate", "debt",
    "peace talks", "military cooperation", "human rights", "public health",
]
FILLER_FR = [
    "Les discussions ont porté sur {topic}, selon un communiqué publié dans la soirée.",
    "Aucun détail n'a été donné sur le contenu des échanges, a indiqué une source diplomatique.",
    "« Nous voulons avancer rapidement », a déclaré un conseiller, cité par l'agence {org}.",
    "Plusieurs observateurs jugent pourtant que {topic} restera au cœur des tensions.",
    "L'opposition a dénoncé une opération de communication, sans convaincre.",
]
FILLER_EN = [
    "The talks focused on {topic}, according to a statement released in the evening.",
    "No details were given about the content of the talks, a diplomatic source said.",
    "\"We want to move quickly,\" an adviser said, quoted by {org}.",
    "Several observers nonetheless believe {topic} will remain at the heart of tensions.",
    "The opposition denounced a public relations exercise, without convincing many.",
]


@functools.lru_cache(maxsize=4)
def _vocabulary(seed: int) -> tuple[list[str], list[dt.date]]:
    rng = random.Random(seed)
    people = sorted({f"{f} {l}" for f in FIRST for l in LAST})
    rng.shuffle(people)
    days = sorted({dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(36 * 365)) for _ in range(3000)})
    return people[:320], days


def _date_fr(rng: random.Random, day: dt.date, dct: dt.date) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return f"le {day.day} {MONTHS_FR[day.month - 1]} {day.year}"
    if kind == 1:
        return f"{DAYS_FR[dct.weekday()]}"
    if kind == 2:
        return f"en {MONTHS_FR[day.month - 1]} {day.year}"
    if kind == 3:
        return f"en {day.year}"
    if kind == 4:
        return f"le {day.day} {MONTHS_FR[day.month - 1]}"
    return rng.choice(["la semaine dernière", "hier", "l'an dernier", "le mois dernier"])


def _date_en(rng: random.Random, day: dt.date, dct: dt.date) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return f"on {MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
    if kind == 1:
        return f"on {DAYS_EN[dct.weekday()]}"
    if kind == 2:
        return f"in {MONTHS_EN[day.month - 1]} {day.year}"
    if kind == 3:
        return f"in {day.year}"
    if kind == 4:
        return f"on {MONTHS_EN[day.month - 1]} {day.day}"
    return rng.choice(["last week", "yesterday", "last year", "last month"])


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def article(number: int, seed: int = 0) -> tuple[str, str]:
    """(file name, text) of article ``number``: a pure function of ``number`` and ``seed``."""
    people, days = _vocabulary(seed)
    rng = random.Random(seed * 1_000_003 + number)
    lang = "fr" if rng.random() < 0.6 else "en"
    markdown = number % 2 == 1
    dct = rng.choice(days)
    with_day = rng.random() < 0.7
    fr = lang == "fr"
    countries, cities = (COUNTRIES_FR, CITIES_FR) if fr else (COUNTRIES_EN, CITIES_EN)
    verbs, topics, fillers, roles = (VERBS_FR, TOPICS_FR, FILLER_FR, ROLES_FR) if fr else (VERBS_EN, TOPICS_EN, FILLER_EN, ROLES_EN)
    cast = rng.sample(people, rng.randint(2, 5))
    country = rng.choice(countries)
    city = rng.choice(cities)
    org = rng.choice(ORGS)
    near = [d for d in days if abs((d - dct).days) < 900] or days

    def actor() -> str:
        return rng.choice(cast + [country, org, country, cast[0]])

    def dated_sentence() -> str:
        when = (_date_fr if fr else _date_en)(rng, rng.choice(near), dct)
        a, b = actor(), actor()
        while b == a:
            b = rng.choice(cast + [org])
        role = rng.choice(roles)
        topic = rng.choice(topics)
        if fr:
            shape = rng.randrange(4)
            if shape == 0:
                return f"{_cap(when)}, {a} {rng.choice(verbs)} {b} à {city} pour évoquer {topic}."
            if shape == 1:
                return f"{a}, {role} de {org}, {rng.choice(verbs)} {b} {when}, a rapporté l’agence."
            if shape == 2:
                return f"Selon {a}, « la situation a changé » depuis {rng.choice(near).year}, en {country}."
            return f"{a} {rng.choice(verbs)} {b} {when} au sujet de {topic}."
        shape = rng.randrange(4)
        if shape == 0:
            return f"{_cap(when)}, {a} {rng.choice(verbs)} {b} in {city} to discuss {topic}."
        if shape == 1:
            return f"{a}, {role} of {org}, {rng.choice(verbs)} {b} {when}, the agency reported."
        if shape == 2:
            return f"According to {a}, \u201cthe situation has changed\u201d since {MONTHS_EN[dct.month - 1]} {rng.choice(near).year} in {country}."
        return f"{a} {rng.choice(verbs)} {b} {when} over {topic}."

    def filler() -> str:
        return rng.choice(fillers).format(topic=rng.choice(topics), org=org)

    paragraphs: list[str] = []
    n_paragraphs = rng.randint(4, 8)
    for p in range(n_paragraphs):
        sentences = [dated_sentence() if rng.random() < 0.5 else filler() for _ in range(rng.randint(2, 5))]
        paragraphs.append(" ".join(sentences))
        if p == 0 and rng.random() < 0.5:
            paragraphs.append(f"( AFP / {rng.choice(LAST).upper()} {rng.choice(FIRST).upper()} )")
        if p == 1 and rng.random() < 0.4:
            teaser = "• À lire aussi: " if fr else "• Read more: "
            paragraphs.append(teaser + f"{rng.choice(countries)} : {rng.choice(topics)}")
        if p == 2 and rng.random() < 0.5:
            paragraphs.append(_cap(rng.choice(topics)) + (" au centre des débats" if fr else " at the centre of talks"))
    while sum(len(p) for p in paragraphs) < 1100:  # 1 KB at least
        paragraphs.append(" ".join(filler() for _ in range(3)))
    if rng.random() < 0.5:
        paragraphs[0] = f"{city} | {paragraphs[0]}"
    body = "\n\n".join(paragraphs) + "\n"
    date = dct.isoformat() if with_day else dct.isoformat()[:7]
    title = f"{cast[0]} {'et' if fr else 'and'} {country}"
    name = f"{number // 1000:03d}/{number:06d}.{'md' if markdown else 'txt'}"
    if markdown:
        text = f"---\ndate: {date}\ntitle: \"{title}\"\nlang: {lang}\nsource: Synthetic\n---\n\n{body}"
    else:
        text = f" date {date} {body}"
    return name, text


def write_corpus(n: int, out: Path, seed: int = 0) -> int:
    """Write ``n`` articles under ``out``; return the bytes written."""
    total = 0
    for number in range(n):
        name, text = article(number, seed)
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    total = write_corpus(args.n, args.out, args.seed)
    print(f"{args.n} articles, {total / 1e6:.1f} MB in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
