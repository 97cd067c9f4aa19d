# Short items (300-1,100 characters), h15-27 .. h15-40
S = []

S.append(dict(id="h15-27", source="europapress.es",
url="https://www.europapress.es/nacional/20230426-sanchez-recibe-lula-moncloa.html",
published_at="2023-04-26", body="""Sánchez recibe a Lula en La Moncloa y ambos presiden la firma de acuerdos de cooperación

MADRID, 26 Abr. (EUROPA PRESS) -

El presidente del Gobierno, Pedro Sánchez, ha recibido este miércoles en el Palacio de La Moncloa al presidente de Brasil, Luiz Inácio Lula da Silva, que realiza una visita oficial a España después de su paso por Portugal.

Ambos mandatarios han presidido la firma de varios acuerdos bilaterales y han repasado el acuerdo comercial entre la Unión Europea y Mercosur, que Sánchez aspira a cerrar durante la presidencia española del Consejo de la UE en el segundo semestre del año.

Compartir: Facebook | Twitter | WhatsApp
Etiquetas: Brasil, Lula da Silva, Pedro Sánchez, Mercosur"""))

S.append(dict(id="h15-28", source="kahawatungu.com",
url="https://kahawatungu.com/ruto-to-embark-on-state-visit-to-the-us/",
published_at="2024-05", body="""Ruto to embark on state visit to the US next week

By Kahawa Tungu Reporter

President William Ruto will embark on a state visit to the United States next week, the first by an African head of state in more than 15 years, State House spokesperson Hussein Mohamed has said.

Ruto will be hosted by President Joe Biden at the White House on May 23, with a state dinner planned that evening. The visit marks 60 years of diplomatic relations between the two countries.

Before Washington, he is expected to make a stop in Atlanta, where he will meet business leaders and visit the Carter Center.

Posted in News | Tags: William Ruto, Joe Biden, State visit

Leave a Reply
Your email address will not be published."""))

S.append(dict(id="h15-29", source="m.indianewsfeed.xyz",
url="https://m.indianewsfeed.xyz/world/india-uae-sign-bilateral-investment-treaty-88412",
published_at="2024-02-13", body="""India, UAE sign bilateral investment treaty during PM Modi's Abu Dhabi visit

India and the United Arab Emirates on Tuesday signed a bilateral investment treaty and several other pacts after talks between Prime Minister Narendra Modi and UAE President Sheikh Mohamed bin Zayed Al Nahyan in Abu Dhabi.

The agreements also cover an electricity interconnection, digital infrastructure and the linking of the two countries' instant payment platforms.

Modi, on his seventh visit to the UAE, will inaugurate the BAPS Hindu temple in Abu Dhabi on Wednesday and address the World Governments Summit in Dubai before travelling to Doha for talks with Qatar's Emir Sheikh Tamim bin Hamad Al Thani.

Source: Agencies

Trending now: Gold rate today | Sensex, Nifty open flat"""))

S.append(dict(id="h15-30", source="businessnews.com.au",
url="https://www.businessnews.com.au/article/Australia-UK-sign-free-trade-deal-via-video-link",
published_at="2021-12-17", body="""ASX 200 7,304.0 ▲ +0.4% | AUD/USD 0.7168 ▼ -0.3%

Australia, UK sign free trade deal via video link

Australia and the United Kingdom have formally signed their free trade agreement, with Prime Minister Scott Morrison and British Prime Minister Boris Johnson joining a virtual signing ceremony this morning.

Trade Minister Dan Tehan and British International Trade Secretary Anne-Marie Trevelyan signed the agreement over video link, with Covid-19 travel restrictions ruling out an in-person event. The deal removes tariffs on more than 99 per cent of Australian goods exports to the UK.

Share | 0 comments"""))

S.append(dict(id="h15-31", source="beehive.govt.nz",
url="https://www.beehive.govt.nz/release/prime-minister-lead-business-delegation-india",
published_at="2025-03-09", body="""Prime Minister to lead business delegation to India

Hon Christopher Luxon | Prime Minister

Prime Minister Christopher Luxon will travel to India next week, leading the largest business delegation to accompany a New Zealand Prime Minister overseas.

"India is one of the world's fastest growing economies and a priority relationship for this Government," Mr Luxon said.

The Prime Minister will hold talks with Prime Minister Narendra Modi in New Delhi, deliver the inaugural address at the Raisina Dialogue and visit Mumbai. He will be accompanied by Trade and Investment Minister Todd McClay.

Portfolio: Prime Minister | Trade and Investment
Share this: Facebook | X | Email"""))

S.append(dict(id="h15-32", source="newsroom.gy",
url="https://newsroom.gy/2023/12/12/ali-maduro-to-meet-thursday-in-st-vincent/",
published_at="2023-12-12", body="""Ali, Maduro to meet Thursday in St Vincent

President Irfaan Ali will meet Venezuelan President Nicolás Maduro on Thursday in Argyle, St Vincent and the Grenadines, in talks facilitated by Prime Minister Ralph Gonsalves, the current CELAC chair, and CARICOM chair Roosevelt Skerrit.

President Ali said Guyana's land boundary "is not up for discussion" and that the controversy remains before the International Court of Justice.

Venezuela held a referendum earlier this month on claiming the Essequibo region, which makes up about two-thirds of Guyana's territory.

Comments (3) | Share | Tags: Essequibo, Guyana-Venezuela"""))

S.append(dict(id="h15-33", source="tvpworld.com",
url="https://tvpworld.com/74693111/poland-summons-russian-charge-daffaires-over-missile",
published_at="2023-12-29", body="""Poland summons Russian chargé d'affaires over missile incursion

Poland's Foreign Ministry summoned Russia's chargé d'affaires Andrey Ordash on Friday after a Russian missile entered Polish airspace during a massive overnight attack on Ukraine, the ministry said.

According to the Polish military, the object flew about 40 kilometres into Polish territory and left the country's airspace after roughly three minutes.

Warsaw is demanding an explanation, a ministry spokesman said.

Photo: PAP | Tags: Poland, Russia, airspace
Share: Facebook | X"""))

S.append(dict(id="h15-34", source="voanews.com",
url="https://www.voanews.com/a/blinken-postpones-china-trip-over-suspected-spy-balloon/6946921.html",
published_at="2023-02-03", body="""Blinken postpones China trip over suspected spy balloon

Secretary of State Antony Blinken has postponed a trip to Beijing that had been scheduled to begin this weekend, a State Department official said Friday, after a suspected Chinese surveillance balloon was spotted over the continental United States.

China said the airship was a civilian research craft that had strayed off course and expressed "regret".

The official said the trip would be rescheduled "when conditions allow".

Comments | Share | Print"""))

S.append(dict(id="h15-35", source="ec.europa.eu",
url="https://ec.europa.eu/commission/presscorner/detail/en/ip_23_3887",
published_at="2023-07-16", body="""European Commission - Press release

The European Union and Tunisia sign Memorandum of Understanding on a strategic and comprehensive partnership

Tunis, 16 July 2023

Today, in Tunis, the European Union and Tunisia signed a Memorandum of Understanding on a strategic and comprehensive partnership, in the presence of President Ursula von der Leyen, Italian Prime Minister Giorgia Meloni, Dutch Prime Minister Mark Rutte and Tunisian President Kais Saied.

The memorandum covers macroeconomic stability, trade and investment, the green energy transition, people-to-people contacts and migration.

Press contacts | Print friendly pdf"""))

S.append(dict(id="h15-36", source="postcourier.com.pg",
url="https://www.postcourier.com.pg/albanese-wraps-up-png-visit/",
published_at="2023-01", body="""Albanese wraps up PNG visit

Australian Prime Minister Anthony Albanese yesterday concluded a two-day visit to Papua New Guinea, during which he became the first foreign leader to address the National Parliament.

Mr Albanese and Prime Minister James Marape agreed to conclude a bilateral security treaty by the middle of the year. The Australian leader also laid a wreath at the Bomana War Cemetery.

Comments (12) | Share on Facebook"""))

S.append(dict(id="h15-37", source="nileviews.blogspot.com",
url="https://nileviews.blogspot.com/2022/06/qatar-emir-cairo.html",
published_at="2022-06-25", body="""Qatar's emir in Cairo for first visit since the rift

Qatari Emir Sheikh Tamim bin Hamad Al Thani arrived in Cairo on Friday on his first visit to Egypt since 2015 and was welcomed at the airport by President Abdel Fattah al-Sisi.

The two leaders held talks at the Ittihadiya palace on Saturday on regional issues and Qatari investment in Egypt. Relations were restored under the January 2021 Al-Ula declaration.

Posted by Nile Views at 3:41 PM  No comments:
Labels: Egypt, Qatar, Gulf"""))

S.append(dict(id="h15-38", source="mexiconewsdaily.com",
url="https://mexiconewsdaily.com/business/ebrard-heads-to-washington-tariff-talks/",
published_at="2025-02-12", body="""USD/MXN 20.53 ▼ -0.21%

Business
Ebrard heads to Washington for tariff talks

Economy Minister Marcelo Ebrard will travel to Washington on Thursday to meet with Howard Lutnick, President Trump's pick for commerce secretary, ahead of planned 25% tariffs on steel and aluminum imports.

The trip comes after the 30-day pause on broader US tariffs agreed on Feb. 3 following a phone call between President Claudia Sheinbaum and Trump.

Sign up for the MND newsletter"""))

S.append(dict(id="h15-39", source="gov.uz",
url="https://gov.uz/en/mfa/news/view/41122",
published_at="2024-03", body="""Ministry of Foreign Affairs of the Republic of Uzbekistan | Press service

On the telephone conversation of the Ministers of Foreign Affairs of Uzbekistan and Turkmenistan

Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov held a telephone conversation with Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan Rashid Meredov.

The parties discussed the implementation of agreements reached at the highest level, cooperation in transport and energy, and water management in the Amu Darya basin. The ministers also exchanged views on preparations for the next meeting of the intergovernmental commission.

Print | Views: 412

Other news: The Minister received a copy of the credentials of the newly appointed Ambassador of Japan"""))

S.append(dict(id="h15-40", source="asianewshub.top",
url="https://asianewshub.top/2024/07/japan-philippines-sign-reciprocal-access-agreement/",
published_at=None, body="""Japan, Philippines sign reciprocal access agreement

Japan and the Philippines signed a Reciprocal Access Agreement in Manila on Monday that will allow their forces to deploy on each other's soil for joint exercises.

Japanese Foreign Minister Yoko Kamikawa and Philippine Defense Secretary Gilberto Teodoro signed the pact at Malacañang in the presence of President Ferdinand Marcos Jr. Kamikawa and Defense Minister Minoru Kihara were in Manila for "2+2" talks with Teodoro and Foreign Secretary Enrique Manalo.

You may also like:
China coast guard rams Philippine supply boat
Source link"""))
