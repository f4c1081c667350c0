"""Seeded synthetic news articles about sanctions and diplomacy, for benchmarks and tests.

Each article has a headline, a dateline and a few hundred words: sanctions imposed
and lifted, prisoners released and handed over, leaders meeting and praising each
other, written with many phrasings over a pool of countries (from the data packages
kg uses), invented leaders, ministries, airlines, companies and organisations.
Article ``i`` of seed ``s`` is the same whatever ``n`` is, so a quick run is a
prefix of a long one.

>>> a, b = generate(2, seed=7)
>>> a.text == next(generate(1, seed=7)).text
True
>>> a.name
'000000-synthetic.txt'
>>> 300 < len(a.text.split()) < 1200 and a.facts != []
True
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

MONTHS = ("January February March April May June July August September October November December").split()

FIRST = """Alexander Maria Viktor Elena Jonas Sofia Andrei Katarzyna Tomas Ingrid Rashid Amina Kenji Yuki
Carlos Lucia Mehmet Ayse Pavel Olga Dmitri Irina Gitanas Ruta Emmanuel Claire Olaf Annalena Joe Kamala Li Wei
Narendra Priya Recep Leyla Abdul Fatima Nikos Eleni Jan Petra Mark Hanna Sergei Natalia Ahmed Noor Tariq Selin
Ivan Milena Goran Vesna Luis Ana Jose Camila Marek Zuzana Arvid Liisa Kofi Ama Thabo Naledi Hamid Zahra""".split()
LAST = """Petrov Kowalski Novak Horvat Jansen Berg Larsen Rossi Moreau Dubois Schmidt Weber Tanaka Sato Kim Park
Nguyen Tran Singh Sharma Khan Aziz Haddad Mansour Yilmaz Demir Papadopoulos Georgiou Silva Santos Garcia Lopez
Ivanov Sokolov Volkov Kuznetsov Kovalenko Shevchenko Bondarenko Melnyk Lukas Kazlauskas Ozolins Kalnins Tamm
Saar Virtanen Korhonen Nielsen Hansen Andersen Johansson Lindqvist Okafor Mensah Dlamini Nkosi Mbeki Rahimi
Karimi Hosseini Farouk Abbas Qureshi Chaudhry Mendoza Herrera Castillo Ortega Varga Szabo Popescu Ionescu""".split()

DEMONYMS = {
    "United States": "American", "Russia": "Russian", "Belarus": "Belarusian", "Lithuania": "Lithuanian",
    "Latvia": "Latvian", "Estonia": "Estonian", "Poland": "Polish", "Ukraine": "Ukrainian", "Germany": "German",
    "France": "French", "United Kingdom": "British", "Italy": "Italian", "Spain": "Spanish", "China": "Chinese",
    "Japan": "Japanese", "India": "Indian", "Iran": "Iranian", "Turkey": "Turkish", "Venezuela": "Venezuelan",
    "Cuba": "Cuban", "North Korea": "North Korean", "South Korea": "South Korean", "Syria": "Syrian",
    "Canada": "Canadian", "Mexico": "Mexican", "Brazil": "Brazilian", "Georgia": "Georgian", "Armenia": "Armenian",
    "Azerbaijan": "Azerbaijani", "Kazakhstan": "Kazakh", "Finland": "Finnish", "Sweden": "Swedish",
    "Norway": "Norwegian", "Hungary": "Hungarian", "Serbia": "Serbian", "Egypt": "Egyptian",
    "Saudi Arabia": "Saudi", "Qatar": "Qatari", "Israel": "Israeli", "Pakistan": "Pakistani",
    "Afghanistan": "Afghan", "Myanmar": "Myanmar", "Nicaragua": "Nicaraguan", "Moldova": "Moldovan",
}
ORGS = ("the European Union", "the United Nations", "NATO", "the OSCE", "the African Union", "ASEAN", "the G7",
        "the International Atomic Energy Agency", "the World Bank", "the International Monetary Fund")
SECTORS = ("oil", "gas", "banking", "steel", "potash", "aviation", "shipping", "technology", "diamond", "timber")
CROWDS = ("political prisoners", "detainees", "prisoners", "journalists", "activists", "opposition figures")

FILLER = (
    "Analysts said the decision reflected months of quiet negotiation behind closed doors.",
    "Officials declined to give further details, citing the sensitivity of the talks.",
    "The announcement was welcomed by rights groups, who nonetheless urged caution.",
    "Markets reacted calmly, with the national currency little changed by the afternoon.",
    "Diplomats in the region described the step as significant but fragile.",
    "Critics argued that the measure rewarded the government without securing lasting reforms.",
    "The move is expected to be reviewed again at the end of the year.",
    "Observers noted that similar arrangements had collapsed in the past.",
    "A spokesperson said the door to further dialogue remained open.",
    "Families of those detained gathered outside the courthouse on Saturday.",
    "The talks covered trade, energy security, transit routes and the fate of detained citizens.",
    "Independent monitors have not been allowed to verify the figures.",
    "Human rights organisations estimate that hundreds more remain behind bars.",
    "The foreign ministry summoned the ambassador for consultations later that week.",
    "Economists warned that the sanctions had already reshaped regional supply chains.",
)


@dataclass(frozen=True)
class Country:
    name: str
    capital: str
    demonym: str | None
    president: str
    foreign_minister: str
    airline: str
    ministry: str


@dataclass
class SynthArticle:
    """One generated article: file name, text, and the facts it states as (subject, predicate, object)."""

    name: str
    text: str
    facts: list[tuple[str, str, str]] = field(default_factory=list)


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """The country pool: every country the data packages know with a capital, each with invented officials."""
    from kg.extraction import geo

    out = []
    for rec in sorted(geo.countries(), key=lambda r: r.label):
        if not rec.capital or not rec.geonames_id:
            continue
        rng = random.Random(f"country:{rec.alpha2}")
        out.append(Country(
            name=rec.label, capital=rec.capital.strip(), demonym=DEMONYMS.get(rec.label),
            president=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            foreign_minister=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            airline=f"{rec.label.split()[0]} {rng.choice(('Airways', 'Airlines', 'Air'))}",
            ministry=f"Ministry of Foreign Affairs of {rec.label}",
        ))
    return tuple(out)


def _leader_phrase(rng: random.Random, c: Country, *, end: bool = False) -> str:
    forms = [f"President {c.president} of {c.name}", f"{c.name}'s President {c.president}"]
    if not end:
        forms.append(f"{c.president}, the president of {c.name},")
    if c.demonym:
        forms.append(f"{c.demonym} President {c.president}")
    return rng.choice(forms)


def _sentences(rng: random.Random, a: Country, b: Country, c: Country
               ) -> list[tuple[str, tuple[str, str, str] | None]]:
    """One story told in sentences, each with the fact it states (or None)."""
    n = rng.choice((3, 12, 16, 25, 52, 100, 120))
    crowd = rng.choice(CROWDS)
    org_text = rng.choice(ORGS)
    org = org_text.removeprefix("the ")
    sector = rng.choice(SECTORS)
    company = f"{b.name.split()[0]} {sector.title()} Corporation"
    out: list[tuple[str, tuple[str, str, str] | None]] = []

    def say(text: str, fact: tuple[str, str, str] | None = None) -> None:
        out.append((text[0].upper() + text[1:], fact))

    lifted = (a.name, "sanctionsLiftedOn", b.name)
    say(rng.choice((
        f"{a.name} has lifted sanctions on {b.name}, officials in {a.capital} said on Friday.",
        f"{a.name} eased sanctions against {b.name} after weeks of talks.",
        f"Sanctions on {b.name} were lifted by {a.name} in a surprise move.",
        f"{a.name} announced the lifting of sanctions against {b.name}'s {sector} sector.",
        f"In a significant diplomatic shift, {a.name} removed {b.name} from its sanctions list.",
    )), lifted)
    say(rng.choice((
        f"The decision came after {b.name} released {n} {crowd}.",
        f"{b.president} pardoned and freed {n} {crowd} earlier in the week.",
        f"{n} {crowd} were released by {b.name} on Thursday.",
        f"Authorities in {b.capital} set free {n} {crowd}, according to the {a.ministry}.",
    )), (b.name, "released", f"{n} {crowd}"))
    say(rng.choice((
        f"Several of those freed were transferred to {c.name}.",
        f"Some of the released {crowd} were handed over to {c.name} at the border.",
        f"The group was flown to {c.capital}, the capital of {c.name}.",
    )), (f"{n} {crowd}", "releasedTo", c.name))
    say(rng.choice((
        f"The move was praised by {_leader_phrase(rng, c, end=True)}.",
        f"{_leader_phrase(rng, c)} welcomed the decision and called it a step forward.",
        f"{c.president} praised {a.name} for its role in securing the release.",
    )), (a.name, "praisedBy", c.president))
    met = (a.president, "metWith", b.president)
    say(*rng.choice((
        (f"{a.president} met with {b.president} in {rng.choice((a.capital, b.capital, c.capital))} on Monday.", met),
        (f"{a.president} held talks with {_leader_phrase(rng, b)} by phone.", met),
        (f"{a.president} and {b.president} discussed further prisoner releases during a call.", met),
        (f"Foreign Minister {a.foreign_minister} met {b.name}'s foreign minister, {b.foreign_minister}, "
         f"in {c.capital}.", (a.foreign_minister, "metWith", b.foreign_minister)),
    )))
    say(rng.choice((
        f"{b.president}, who has led {b.name} since {rng.randint(1994, 2022)}, did not comment.",
        f"{_leader_phrase(rng, b)} has faced pressure at home.",
        f"{b.name}'s leader {b.president} thanked {a.name} in a televised address.",
    )), (b.president, "leaderOf", b.name))
    say(rng.choice((
        f"The relief also allows {b.airline}, the national airline of {b.name}, to buy spare parts.",
        f"{b.airline} will be allowed to resume flights to {a.capital}.",
    )), (a.name, "sanctionsLiftedOn", b.airline))
    d = rng.choice(countries())
    say(*rng.choice((
        (f"Meanwhile, {org_text} imposed sanctions on {d.name} over its human rights record.",
         (org, "sanctionsImposedOn", d.name)),
        (f"Separately, {a.name} slapped new sanctions on {company}, citing its ties to the security services.",
         (a.name, "sanctionsImposedOn", company)),
        (f"{org_text} announced fresh sanctions against {d.name}'s {sector} industry.",
         (org, "sanctionsImposedOn", d.name)),
        (f"{d.name} was hit with sanctions by {org_text} last month.", (org, "sanctionsImposedOn", d.name)),
    )))
    say(rng.choice((
        f"The {a.ministry} said it was considering reopening its embassy in {b.capital}.",
        f"{a.name} is weighing a return of its diplomats to {b.capital}.",
    )))
    return out


def article(i: int, *, seed: int = 0, words: int = 600) -> SynthArticle:
    """Article ``i`` of the seeded corpus, about ``words`` words long."""
    rng = random.Random(f"{seed}:{i}")
    pool = countries()
    a, b, c = rng.sample(pool, 3)
    year = rng.randint(2015, 2026)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    title = rng.choice((
        f"{a.name} Lifts Sanctions on {b.name} as {b.name} Frees Prisoners",
        f"{b.name} Releases Prisoners; {a.name} Eases Sanctions",
        f"Thaw Between {a.name} and {b.name} After Prisoner Release",
    ))
    story = _sentences(rng, a, b, c)
    lead, body = story[:2], story[2:]
    count = len(title.split()) + sum(len(t.split()) for t, _ in story)
    while count < words:
        pick = rng.sample(_sentences(rng, *rng.sample(pool, 3)), 2) if rng.random() < 0.35 else [(rng.choice(FILLER), None)]
        body.extend(pick)
        count += sum(len(t.split()) for t, _ in pick)
    paras = [title, f"{a.capital.upper()}, {MONTHS[month - 1]} {day}, {year} — " + " ".join(t for t, _ in lead)]
    paras += [" ".join(t for t, _ in body[k:k + 4]) for k in range(0, len(body), 4)]
    facts = [f for _, f in lead + body if f]
    return SynthArticle(name=f"{i:06d}-synthetic.txt", text="\n\n".join(paras) + "\n",
                        facts=list(dict.fromkeys(facts)))


def generate(n: int, *, seed: int = 0, words: int = 600, start: int = 0) -> Iterator[SynthArticle]:
    """Articles ``start`` .. ``start + n - 1`` of the seeded corpus."""
    for i in range(start, start + n):
        yield article(i, seed=seed, words=words)


def write_corpus(folder: str | Path, n: int, *, seed: int = 0, words: int = 600) -> list[Path]:
    """Write ``n`` articles as ``.txt`` files into ``folder`` (created); files already there are kept."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for art in generate(n, seed=seed, words=words):
        path = folder / art.name
        path.write_text(art.text, encoding="utf-8")
        paths.append(path)
    return paths
