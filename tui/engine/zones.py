"""Time zones stated with a clock time: "18:32 GMT", "2 a.m. Eastern time", "3pm Copenhagen
time", "21:32 local time", so that two times of one moment given in different zones are not
read as a contradiction, and two times in one zone (or in zones whose offset is known) are
compared.

A zone is an IANA name (offsets, summer time included, from ``zoneinfo`` on the story's
date, else a winter day), a fixed offset ("UTC+0"), or "local" (the place of the story: the
dateline's city when the table below knows it).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from tui.engine.patterns import literal_alternation
from tui.engine.tokens import fold

_NY, _CHI, _DEN, _LA = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
ABBREVIATIONS = {
    "GMT": "UTC+0", "UTC": "UTC+0", "Z": "UTC+0", "BST": "UTC+60", "CET": "Europe/Berlin", "CEST": "Europe/Berlin",
    "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon", "EET": "Europe/Athens", "EEST": "Europe/Athens",
    "MSK": "Europe/Moscow", "ET": _NY, "EST": _NY, "EDT": _NY, "CT": _CHI, "CST": _CHI, "CDT": _CHI,
    "MT": _DEN, "MST": _DEN, "MDT": _DEN, "PT": _LA, "PST": _LA, "PDT": _LA, "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul", "HKT": "Asia/Hong_Kong", "SGT": "Asia/Singapore", "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney", "IST": "Asia/Kolkata", "GST": "Asia/Dubai",
}
"""Zone abbreviations written after a time. (CET and CEST are both read as central European
time on the story's date: reporters write either all year.)"""

PLACES = {
    "eastern": _NY, "central": _CHI, "mountain": _DEN, "pacific": _LA, "greenwich": "UTC+0",
    "new york": _NY, "washington": _NY, "boston": _NY, "miami": _NY, "atlanta": _NY, "toronto": _NY,
    "chicago": _CHI, "houston": _CHI, "dallas": _CHI, "mexico city": "America/Mexico_City",
    "denver": _DEN, "los angeles": _LA, "san francisco": _LA, "seattle": _LA, "vancouver": _LA,
    "london": "Europe/London", "dublin": "Europe/Dublin", "lisbon": "Europe/Lisbon",
    "madrid": "Europe/Madrid", "barcelona": "Europe/Madrid", "paris": "Europe/Paris",
    "brussels": "Europe/Brussels", "amsterdam": "Europe/Amsterdam", "the hague": "Europe/Amsterdam",
    "rotterdam": "Europe/Amsterdam", "luxembourg": "Europe/Luxembourg",
    "berlin": "Europe/Berlin", "frankfurt": "Europe/Berlin", "munich": "Europe/Berlin", "hamburg": "Europe/Berlin",
    "zurich": "Europe/Zurich", "geneva": "Europe/Zurich", "bern": "Europe/Zurich", "vienna": "Europe/Vienna",
    "rome": "Europe/Rome", "milan": "Europe/Rome", "copenhagen": "Europe/Copenhagen", "oslo": "Europe/Oslo",
    "stockholm": "Europe/Stockholm", "helsinki": "Europe/Helsinki", "warsaw": "Europe/Warsaw",
    "prague": "Europe/Prague", "budapest": "Europe/Budapest", "bucharest": "Europe/Bucharest",
    "sofia": "Europe/Sofia", "athens": "Europe/Athens", "istanbul": "Europe/Istanbul", "ankara": "Europe/Istanbul",
    "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv", "moscow": "Europe/Moscow", "minsk": "Europe/Minsk",
    "riga": "Europe/Riga", "vilnius": "Europe/Vilnius", "tallinn": "Europe/Tallinn", "belgrade": "Europe/Belgrade",
    "zagreb": "Europe/Zagreb", "ljubljana": "Europe/Ljubljana", "bratislava": "Europe/Bratislava",
    "cairo": "Africa/Cairo", "johannesburg": "Africa/Johannesburg", "lagos": "Africa/Lagos",
    "nairobi": "Africa/Nairobi", "tel aviv": "Asia/Jerusalem", "jerusalem": "Asia/Jerusalem",
    "beirut": "Asia/Beirut", "riyadh": "Asia/Riyadh", "dubai": "Asia/Dubai", "abu dhabi": "Asia/Dubai",
    "doha": "Asia/Qatar", "tehran": "Asia/Tehran", "baghdad": "Asia/Baghdad", "karachi": "Asia/Karachi",
    "islamabad": "Asia/Karachi", "new delhi": "Asia/Kolkata", "delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
    "tashkent": "Asia/Tashkent", "astana": "Asia/Almaty", "almaty": "Asia/Almaty",
    "bishkek": "Asia/Bishkek", "dushanbe": "Asia/Dushanbe", "ashgabat": "Asia/Ashgabat", "baku": "Asia/Baku",
    "tbilisi": "Asia/Tbilisi", "yerevan": "Asia/Yerevan", "beijing": "Asia/Shanghai", "shanghai": "Asia/Shanghai",
    "hong kong": "Asia/Hong_Kong", "taipei": "Asia/Taipei", "seoul": "Asia/Seoul", "tokyo": "Asia/Tokyo",
    "singapore": "Asia/Singapore", "bangkok": "Asia/Bangkok", "jakarta": "Asia/Jakarta", "manila": "Asia/Manila",
    "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne", "auckland": "Pacific/Auckland",
    "sao paulo": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo", "buenos aires": "America/Argentina/Buenos_Aires",
    "santiago": "America/Santiago", "bogota": "America/Bogota", "lima": "America/Lima",
}
"""Places whose name says a zone ("Oslo time"), and datelines that say what "local" is."""

COUNTRY_ZONES = {
    "Afghanistan": "Asia/Kabul", "Albania": "Europe/Tirane", "Algeria": "Africa/Algiers", "Andorra": "Europe/Andorra",
    "Angola": "Africa/Luanda", "Argentina": "America/Argentina/Buenos_Aires", "Armenia": "Asia/Yerevan",
    "Austria": "Europe/Vienna", "Azerbaijan": "Asia/Baku", "Bahrain": "Asia/Bahrain", "Bangladesh": "Asia/Dhaka",
    "Belarus": "Europe/Minsk", "Belgium": "Europe/Brussels", "Bolivia": "America/La_Paz",
    "Bosnia and Herzegovina": "Europe/Sarajevo", "Bulgaria": "Europe/Sofia", "Cambodia": "Asia/Phnom_Penh",
    "Cameroon": "Africa/Douala", "China": "Asia/Shanghai", "Colombia": "America/Bogota", "Croatia": "Europe/Zagreb",
    "Cuba": "America/Havana", "Cyprus": "Asia/Nicosia", "Czech Republic": "Europe/Prague",
    "Denmark": "Europe/Copenhagen", "Egypt": "Africa/Cairo", "Estonia": "Europe/Tallinn",
    "Ethiopia": "Africa/Addis_Ababa", "Finland": "Europe/Helsinki", "France": "Europe/Paris",
    "Georgia": "Asia/Tbilisi", "Germany": "Europe/Berlin", "Ghana": "Africa/Accra", "Greece": "Europe/Athens",
    "Hungary": "Europe/Budapest", "Iceland": "Atlantic/Reykjavik", "India": "Asia/Kolkata", "Iran": "Asia/Tehran",
    "Iraq": "Asia/Baghdad", "Ireland": "Europe/Dublin", "Israel": "Asia/Jerusalem", "Italy": "Europe/Rome",
    "Japan": "Asia/Tokyo", "Jordan": "Asia/Amman", "Kenya": "Africa/Nairobi", "Kosovo": "Europe/Belgrade",
    "Kuwait": "Asia/Kuwait", "Kyrgyzstan": "Asia/Bishkek", "Latvia": "Europe/Riga", "Lebanon": "Asia/Beirut",
    "Libya": "Africa/Tripoli", "Lithuania": "Europe/Vilnius", "Luxembourg": "Europe/Luxembourg",
    "Malaysia": "Asia/Kuala_Lumpur", "Malta": "Europe/Malta", "Moldova": "Europe/Chisinau",
    "Montenegro": "Europe/Podgorica", "Morocco": "Africa/Casablanca", "Myanmar": "Asia/Yangon",
    "Nepal": "Asia/Kathmandu", "Netherlands": "Europe/Amsterdam", "Nigeria": "Africa/Lagos",
    "North Korea": "Asia/Pyongyang", "North Macedonia": "Europe/Skopje", "Norway": "Europe/Oslo",
    "Oman": "Asia/Muscat", "Pakistan": "Asia/Karachi", "Palestine": "Asia/Gaza", "Peru": "America/Lima",
    "Philippines": "Asia/Manila", "Poland": "Europe/Warsaw", "Qatar": "Asia/Qatar", "Romania": "Europe/Bucharest",
    "Rwanda": "Africa/Kigali", "Saudi Arabia": "Asia/Riyadh", "Serbia": "Europe/Belgrade",
    "Singapore": "Asia/Singapore", "Slovakia": "Europe/Bratislava", "Slovenia": "Europe/Ljubljana",
    "Somalia": "Africa/Mogadishu", "South Africa": "Africa/Johannesburg", "South Korea": "Asia/Seoul",
    "South Sudan": "Africa/Juba", "Sri Lanka": "Asia/Colombo", "Sudan": "Africa/Khartoum",
    "Sweden": "Europe/Stockholm", "Switzerland": "Europe/Zurich", "Syria": "Asia/Damascus", "Taiwan": "Asia/Taipei",
    "Tajikistan": "Asia/Dushanbe", "Tanzania": "Africa/Dar_es_Salaam", "Thailand": "Asia/Bangkok",
    "Tunisia": "Africa/Tunis", "Turkey": "Europe/Istanbul", "Turkmenistan": "Asia/Ashgabat",
    "Uganda": "Africa/Kampala", "Ukraine": "Europe/Kyiv", "United Arab Emirates": "Asia/Dubai",
    "United Kingdom": "Europe/London", "Uzbekistan": "Asia/Tashkent", "Venezuela": "America/Caracas",
    "Vietnam": "Asia/Ho_Chi_Minh", "Yemen": "Asia/Aden", "Zambia": "Africa/Lusaka", "Zimbabwe": "Africa/Harare",
}
"""Countries on one time zone (the gazetteer's names), for "local time" in a story from there
("DORUD, Iran -"). Countries of several zones (the United States, Russia, Brazil, Indonesia,
Australia, Canada, Mexico) are left out: their name does not say which."""

_IN = "Asia/Kolkata"
REGION_ZONES = {
    # states and provinces of countries of several zones, whose name says which
    "Quebec": "America/Toronto", "Ontario": "America/Toronto", "Manitoba": "America/Winnipeg",
    "Saskatchewan": "America/Regina", "Alberta": "America/Edmonton", "British Columbia": "America/Vancouver",
    "Nova Scotia": "America/Halifax", "New Brunswick": "America/Moncton", "Prince Edward Island": "America/Halifax",
    "Newfoundland": "America/St_Johns", "Yukon": "America/Whitehorse",
    "Queensland": "Australia/Brisbane", "New South Wales": "Australia/Sydney",
    "Western Australia": "Australia/Perth", "South Australia": "Australia/Adelaide", "Tasmania": "Australia/Hobart",
    "Northern Territory": "Australia/Darwin",
    "California": _LA, "Oregon": _LA, "Nevada": _LA, "Arizona": "America/Phoenix",
    "Utah": _DEN, "Colorado": _DEN, "Wyoming": _DEN, "Montana": _DEN, "New Mexico": _DEN,
    "Texas": _CHI, "Oklahoma": _CHI, "Kansas": _CHI, "Iowa": _CHI, "Minnesota": _CHI, "Wisconsin": _CHI,
    "Illinois": _CHI, "Missouri": _CHI, "Arkansas": _CHI, "Louisiana": _CHI, "Mississippi": _CHI,
    "Alabama": _CHI, "Ohio": _NY, "Pennsylvania": _NY, "New Jersey": _NY, "New York State": _NY,
    "Virginia": _NY, "West Virginia": _NY, "North Carolina": _NY, "South Carolina": _NY,
    "Maryland": _NY, "Delaware": _NY, "Connecticut": _NY, "Rhode Island": _NY, "Massachusetts": _NY,
    "Vermont": _NY, "New Hampshire": _NY, "Maine": _NY, "District of Columbia": _NY,
    "Hawaii": "Pacific/Honolulu", "Alaska": "America/Anchorage",
    "Sonora": "America/Hermosillo", "Baja California": "America/Tijuana", "Quintana Roo": "America/Cancun",
    "Jalisco": "America/Mexico_City", "Oaxaca": "America/Mexico_City", "Chiapas": "America/Mexico_City",
    "Bahia": "America/Bahia", "Minas Gerais": "America/Sao_Paulo", "Rio Grande do Sul": "America/Sao_Paulo",
    "Java": "Asia/Jakarta", "Sumatra": "Asia/Jakarta", "Bali": "Asia/Makassar", "Sulawesi": "Asia/Makassar",
    "Aceh": "Asia/Jakarta",
    # states and provinces of countries of one zone, named without their country
    "Gujarat": _IN, "Maharashtra": _IN, "Kerala": _IN, "Rajasthan": _IN, "Uttar Pradesh": _IN, "Bihar": _IN,
    "West Bengal": _IN, "Tamil Nadu": _IN, "Karnataka": _IN, "Andhra Pradesh": _IN, "Telangana": _IN,
    "Odisha": _IN, "Assam": _IN, "Madhya Pradesh": _IN, "Haryana": _IN, "Jharkhand": _IN, "Goa": _IN,
    "Chhattisgarh": _IN, "Uttarakhand": _IN, "Himachal Pradesh": _IN, "Manipur": _IN, "Sikkim": _IN,
    "Tyrol": "Europe/Vienna", "Tirol": "Europe/Vienna", "Vorarlberg": "Europe/Vienna", "Bavaria": "Europe/Berlin",
    "Saxony": "Europe/Berlin", "Hesse": "Europe/Berlin", "Lower Saxony": "Europe/Berlin",
    "North Rhine-Westphalia": "Europe/Berlin", "Andalusia": "Europe/Madrid", "Catalonia": "Europe/Madrid",
    "Lombardy": "Europe/Rome", "Tuscany": "Europe/Rome", "Sicily": "Europe/Rome", "Sardinia": "Europe/Rome",
    "Brittany": "Europe/Paris", "Normandy": "Europe/Paris", "Provence": "Europe/Paris", "Corsica": "Europe/Paris",
    "Flanders": "Europe/Brussels", "Wallonia": "Europe/Brussels", "Sindh": "Asia/Karachi",
    "Balochistan": "Asia/Karachi", "Khyber Pakhtunkhwa": "Asia/Karachi", "Guangdong": "Asia/Shanghai",
    "Sichuan": "Asia/Shanghai", "Yunnan": "Asia/Shanghai", "Hokkaido": "Asia/Tokyo", "Okinawa": "Asia/Tokyo",
    "KwaZulu-Natal": "Africa/Johannesburg", "Gauteng": "Africa/Johannesburg", "Mindanao": "Asia/Manila",
}
"""States, provinces and regions whose name says the zone ("the southern state of Kerala",
"Nova Scotia", "Vorarlberg"), as a country of one zone does: for "local time" in a story set there.
(A region of a country of several zones is listed only when it keeps one zone; a name shared
with a city or a country of another zone, such as Victoria or Punjab, is left out.)"""

_ZONE = re.compile(r"\s*\(?\s*(?:([A-Z]{1,4})\b(?!\.\w)|((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+time\b"
                   r"|(local)\s+time\b)")
_CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
"""Capital letters a dateline's place may be written in ("WROCŁAW", as temporal.DATELINE reads)."""
_DATELINE = re.compile(rf"\s*([{_CAPITALS}][{_CAPITALS} .'-]{{2,30}}?)\s*(?:,|\(|—|–|-)")


def zone_after(text: str, end: int) -> str:
    """The zone written right after a clock time ending at ``end``: an IANA name, a fixed
    offset ("UTC+60"), "local" (written or not), or "" for a zone not known here."""
    m = _ZONE.match(text, end)
    if not m or m.group(3):
        return "local"
    if m.group(1):
        return ABBREVIATIONS.get(m.group(1), "local" if m.group(1) in ("A", "I") else "")
    return PLACES.get(fold(m.group(2)), "")


def dateline_zone(text: str) -> str | None:
    """The zone of the story's place, from a dateline in its opening ("BUCHAREST, Oct 17 -", or
    a place's country: "DORUD, Iran -", "GAZIANTEP, Turkey, Feb 6 -")."""
    for m in _DATELINE.finditer(text, 0, min(len(text), 600)):
        zone = PLACES.get(fold(m.group(1).strip())) or _country_zone(m.group(1).strip())
        if not zone and text[m.end() - 1:m.end()] == ",":
            country = _COUNTRY_AFTER.match(text, m.end())  # "HALIFAX, Nova Scotia -": a region too
            zone = (_country_zone(country.group(1)) or _REGION_BY_FORM.get(fold(country.group(1)))) if country \
                else None
        if zone:
            return zone
    return None


_COUNTRY_AFTER = re.compile(r"\s*([A-Z][\w'’.]*(?:\s+[A-Za-z][\w'’.]*){0,3}?)\s*(?:,|\(|—|–|-\s)")


def _country_zone(name: str) -> str | None:
    from tui.engine.gazetteer import COUNTRY_BY_FORM

    country = COUNTRY_BY_FORM.get(fold(name))
    return COUNTRY_ZONES.get(country) if country else None


@lru_cache(maxsize=256)
def offset(zone: str, day: dt.date | None) -> int | None:
    """Minutes east of UTC of a zone on a day (a winter day when the story's date is unknown)."""
    if zone.startswith("UTC"):
        return int(zone[3:])
    if not zone or zone == "local":
        return None
    try:
        from zoneinfo import ZoneInfo

        info = ZoneInfo(zone)
    except Exception:  # noqa: BLE001 - no tz database: the zone is not known
        return None
    when = dt.datetime.combine(day or dt.date(2025, 1, 15), dt.time(12), tzinfo=info)
    delta = when.utcoffset()
    return int(delta.total_seconds() // 60) if delta is not None else None


_NOT_PLACES = frozenset(("eastern", "central", "mountain", "pacific", "greenwich"))
"""Words of ``PLACES`` that name a zone, not a place an article may be set in."""
_PLACE_NAMES = re.compile(r"\b" + literal_alternation(
    [" ".join(w.capitalize() for w in key.split()) for key in PLACES if key not in _NOT_PLACES]
    + list(COUNTRY_ZONES) + list(REGION_ZONES)) + r"\b")
_REGION_BY_FORM = {fold(name): zone for name, zone in REGION_ZONES.items()}


def named_zones(text: str) -> tuple[str, ...]:
    """The zones of the places ``PLACES`` knows, of the countries of one zone and of the regions
    of ``REGION_ZONES`` that an article names, in the order first named: where its "local
    time" may be, when no dateline says."""
    out: dict[str, None] = {}
    for m in _PLACE_NAMES.finditer(text):
        name = m.group()
        out[PLACES.get(fold(name)) or COUNTRY_ZONES.get(name) or REGION_ZONES[name]] = None
    return tuple(out)
