"""A small gazetteer: countries, their demonyms and aliases, major cities, international
bodies and news organisations, and the head words that mark organisations and places.

General world knowledge any English NER carries; it lets the built-in extractor type
names without a model download, and lets "Türkiye"/"Turkey" or "U.S."/"United States"
be recognised as one place.
"""

from __future__ import annotations

from functools import lru_cache

from tui.engine.tokens import fold

# country | demonyms | other names (aliases and older/other spellings)
_COUNTRIES = """
Afghanistan|Afghan|
Albania|Albanian|
Algeria|Algerian|
Andorra|Andorran|
Angola|Angolan|
Argentina|Argentine,Argentinian|
Armenia|Armenian|
Australia|Australian|
Austria|Austrian|
Azerbaijan|Azerbaijani,Azeri|
Bahrain|Bahraini|
Bangladesh|Bangladeshi|
Belarus|Belarusian,Belarussian|Byelorussia
Belgium|Belgian|
Bolivia|Bolivian|
Bosnia and Herzegovina|Bosnian|Bosnia
Brazil|Brazilian|
Bulgaria|Bulgarian|
Cambodia|Cambodian|
Cameroon|Cameroonian|
Canada|Canadian|
Chad|Chadian|
Chile|Chilean|
China|Chinese|PRC,People's Republic of China
Colombia|Colombian|
Croatia|Croatian,Croat|
Cuba|Cuban|
Cyprus|Cypriot|
Czech Republic|Czech|Czechia
Denmark|Danish,Dane|
Ecuador|Ecuadorian|
Egypt|Egyptian|
Estonia|Estonian|
Ethiopia|Ethiopian|
Finland|Finnish,Finn|
France|French|
Georgia|Georgian|
Germany|German|
Ghana|Ghanaian|
Greece|Greek|
Hungary|Hungarian|
Iceland|Icelandic|
India|Indian|
Indonesia|Indonesian|
Iran|Iranian|Persia
Iraq|Iraqi|
Ireland|Irish|
Israel|Israeli|
Italy|Italian|
Ivory Coast|Ivorian|Côte d'Ivoire,Cote d'Ivoire
Japan|Japanese|
Jordan|Jordanian|
Kazakhstan|Kazakh,Kazakhstani|
Kenya|Kenyan|
Kosovo|Kosovar|
Kuwait|Kuwaiti|
Kyrgyzstan|Kyrgyz|
Latvia|Latvian|
Lebanon|Lebanese|
Libya|Libyan|
Lithuania|Lithuanian|
Luxembourg|Luxembourgish|
Malaysia|Malaysian|
Mali|Malian|
Malta|Maltese|
Mexico|Mexican|
Moldova|Moldovan|
Mongolia|Mongolian|
Montenegro|Montenegrin|
Morocco|Moroccan|
Myanmar|Burmese|Burma
Nepal|Nepali,Nepalese|
Netherlands|Dutch|Holland,The Netherlands
New Zealand|New Zealander|
Niger|Nigerien|
Nigeria|Nigerian|
North Korea|North Korean|DPRK
North Macedonia|Macedonian|Macedonia
Norway|Norwegian|
Oman|Omani|
Pakistan|Pakistani|
Palestine|Palestinian|Palestinian territories
Panama|Panamanian|
Peru|Peruvian|
Philippines|Filipino,Philippine|
Poland|Polish,Pole|
Portugal|Portuguese|
Qatar|Qatari|
Romania|Romanian|
Russia|Russian|Russian Federation
Rwanda|Rwandan|
Saudi Arabia|Saudi|
Senegal|Senegalese|
Serbia|Serbian,Serb|
Singapore|Singaporean|
Slovakia|Slovak,Slovakian|
Slovenia|Slovenian,Slovene|
Somalia|Somali|
South Africa|South African|
South Korea|South Korean|Republic of Korea
South Sudan|South Sudanese|
Spain|Spanish|
Sri Lanka|Sri Lankan|
Sudan|Sudanese|
Sweden|Swedish,Swede|
Switzerland|Swiss|
Syria|Syrian|
Taiwan|Taiwanese|
Tajikistan|Tajik|
Tanzania|Tanzanian|
Thailand|Thai|
Tunisia|Tunisian|
Turkey|Turkish,Turk|Türkiye,Turkiye
Turkmenistan|Turkmen|
Uganda|Ugandan|
Ukraine|Ukrainian|the Ukraine
United Arab Emirates|Emirati|UAE
United Kingdom|British,Briton|UK,U.K.,Britain,Great Britain
United States|American|US,U.S.,USA,U.S.A.,America,United States of America
Uruguay|Uruguayan|
Uzbekistan|Uzbek|
Venezuela|Venezuelan|
Vietnam|Vietnamese|Viet Nam
Yemen|Yemeni|
Zambia|Zambian|
Zimbabwe|Zimbabwean|
"""

_CITIES = """
Abu Dhabi; Accra; Addis Ababa; Aleppo; Algiers; Almaty; Amman; Amsterdam; Ankara; Antalya;
Astana; Athens; Atlanta; Baghdad; Baku; Bangkok; Barcelona; Basra; Beijing|Peking; Beirut;
Belgrade; Berlin; Bern; Bogota; Boston; Bratislava; Brussels; Bucharest; Budapest;
Buenos Aires; Cairo; Cape Town; Caracas; Chicago; Chisinau; Copenhagen; Damascus; Delhi;
Dhaka; Dnipro|Dnipropetrovsk; Doha; Donetsk; Dubai; Dublin; Gaza; Geneva; Hamburg; Hanoi;
Havana; Helsinki; Ho Chi Minh City; Hong Kong; Houston; Islamabad; Istanbul; Izmir;
Jakarta; Jeddah; Jerusalem; Johannesburg; Kabul; Karachi; Kharkiv|Kharkov; Kherson;
Khartoum; Kinshasa; Kyiv|Kiev; Lagos; Lahore; Lima; Lisbon; Ljubljana; London; Los Angeles;
Luhansk|Lugansk; Lviv|Lvov; Madrid; Manila; Mariupol; Mecca; Melbourne; Mexico City; Miami;
Milan; Minsk; Mogadishu; Montreal; Moscow; Mumbai|Bombay; Munich; Nairobi; New Delhi;
New York; Nicosia; Odesa|Odessa; Oslo; Ottawa; Paris; Prague; Pretoria; Pyongyang; Rabat;
Riga; Riyadh; Rome; San Francisco; Santiago; Sao Paulo|São Paulo; Sarajevo; Seoul;
Sevastopol; Shanghai; Singapore; Skopje; Sofia; St Petersburg|St. Petersburg|Saint Petersburg;
Stockholm; Sydney; Taipei; Tallinn; Tashkent; Tbilisi; Tehran; Tel Aviv; The Hague; Tirana;
Tokyo; Toronto; Tripoli; Tunis; Vienna; Vilnius; Warsaw; Washington|Washington, D.C.;
Wellington; Yerevan; Zagreb; Zaporizhzhia|Zaporozhye; Crimea; Donbas|Donbass; Kursk;
Belgorod; Bakhmut; Avdiivka; Gaza City; Rafah; Khan Younis; West Bank; Sinai; Kashmir;
Catalonia; Scotland; England; Wales; Northern Ireland; Bavaria; Texas; California; Florida;
Siberia; Chechnya; Dagestan; Transnistria; Abkhazia; Kurdistan; Tigray; Darfur
"""

_REGIONS_LOC = """
Europe; Asia; Africa; North America; South America; Latin America; Middle East; Balkans;
Caucasus; Central Asia; Black Sea; Baltic Sea; Mediterranean; Red Sea; Caspian Sea;
Atlantic; Pacific; Arctic; Antarctica; Bosphorus; Gulf; Persian Gulf; Strait of Hormuz;
Sea of Azov; Dnipro River; Kremlin; White House; Pentagon; Downing Street; Elysee Palace
"""

# organisation | aliases
_ORGS = """
United Nations|UN,U.N.
NATO|North Atlantic Treaty Organization
European Union|EU,E.U.
European Commission|
European Parliament|
European Council|
European Political Community|EPC
Council of Europe|
World Health Organization|WHO
International Monetary Fund|IMF
World Bank|
World Trade Organization|WTO
OPEC|
G7|
G20|
ASEAN|
African Union|
Organization for Security and Co-operation in Europe|OSCE
International Criminal Court|ICC
International Court of Justice|ICJ
International Atomic Energy Agency|IAEA
Red Cross|International Committee of the Red Cross,ICRC
Red Crescent|Turkish Red Crescent,Kizilay,Kızılay
Doctors Without Borders|MSF,Medecins Sans Frontieres
Amnesty International|Amnesty
Human Rights Watch|HRW
UNICEF|
UNHCR|UN refugee agency
World Food Programme|WFP
Europol|
Interpol|
FBI|
CIA|
Security Council|UN Security Council
State Department|US State Department,Department of State
Pentagon|
Congress|
Senate|
Federal Reserve|Fed
Reuters|
Associated Press|AP
Agence France-Presse|AFP
TASS|
RIA Novosti|RIA
Interfax|
Anadolu|Anadolu Agency
Xinhua|
Ukrinform|
UNIAN|
BBC|
CNN|
Al Jazeera|
Bloomberg|
Deutsche Welle|DW
dpa|
EFE|
EPA|
EPA-EFE|
Kyodo|
Yonhap|
RT|Russia Today
Sputnik|
New York Times|The New York Times
Washington Post|The Washington Post
Wall Street Journal|
Financial Times|
The Guardian|Guardian
Politico|
Axios|
Kyiv Independent|
Meduza|
Kommersant|
Hurriyet|Hürriyet
Daily Sabah|
TRT|
"""

ORG_HEADS = frozenset(
    """ministry department service agency council committee commission directorate party bank
    university union organization organisation office news press corporation company group
    institute foundation association federation court parliament assembly army navy force forces
    guard police authority bureau administration community channel network television radio
    newspaper agency staff command fund board league movement front alliance coalition embassy
    consulate cabinet government duma rada senate congress tribunal academy""".split()
)
LOC_HEADS = frozenset(
    """palace square sea ocean river mountain mountains airport bridge street avenue hall cathedral
    mosque church stadium park valley gulf strait bay island islands peninsula lake desert
    plant station base port harbour harbor building tower castle region oblast province
    district border highway canal""".split()
)


def _parse_countries() -> tuple[dict[str, str], dict[str, str]]:
    places: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        name, dems, aliases = (line.split("|") + ["", ""])[:3]
        places[fold(name)] = name
        for a in filter(None, aliases.split(",")):
            places[fold(a)] = name
        for d in filter(None, dems.split(",")):
            demonyms[fold(d)] = name
            demonyms[fold(d) + "s"] = name
    return places, demonyms


COUNTRY_BY_FORM, DEMONYM_TO_PLACE = _parse_countries()
"""Folded form of a country's name or alias -> canonical name; demonym -> country."""

CITY_BY_FORM: dict[str, str] = {}
for _entry in _CITIES.replace("\n", " ").split(";"):
    _forms = [f.strip() for f in _entry.split("|") if f.strip()]
    for _f in _forms:
        CITY_BY_FORM[fold(_f)] = _forms[0]

LOC_BY_FORM = {fold(n.strip()): n.strip() for n in _REGIONS_LOC.replace("\n", " ").split(";") if n.strip()}

ORG_BY_FORM: dict[str, str] = {}
for _line in _ORGS.strip().splitlines():
    _name, _aliases = (_line.split("|") + [""])[:2]
    ORG_BY_FORM[fold(_name)] = _name
    for _a in filter(None, _aliases.split(",")):
        ORG_BY_FORM[fold(_a)] = _name

# A key shared by every spelling of one place, for alignment: "us" and "united states" agree.
ALIAS_KEY: dict[str, str] = {}
for _form, _canon in list(COUNTRY_BY_FORM.items()) + list(CITY_BY_FORM.items()):
    if " " not in _form:
        ALIAS_KEY[_form.replace(".", "")] = fold(_canon)


@lru_cache(maxsize=65536)
def lookup(form: str) -> tuple[str, str] | None:
    """(canonical name, type) for a known name, or None."""
    key = fold(form).strip()
    if key.startswith("the "):
        key = key[4:]
    for table, etype in ((COUNTRY_BY_FORM, "GPE"), (CITY_BY_FORM, "GPE"), (ORG_BY_FORM, "ORG"),
                         (LOC_BY_FORM, "LOC")):
        if key in table:
            return table[key], etype
        nodots = key.replace(".", "")
        if nodots != key and nodots in table:
            return table[nodots], etype
    return None
