# Short items (300-1,100 characters), h66-27 .. h66-40
S = []

S.append(dict(id="h66-27", source="tagesschau.de",
url="https://www.tagesschau.de/inland/pistorius-litauen-brigade-fahrplan-100.html",
published_at="2023-12-18", body="""Pistorius unterzeichnet Fahrplan für Bundeswehr-Brigade in Litauen

Stand: 18.12.2023 14:05 Uhr

Verteidigungsminister Boris Pistorius hat in Vilnius mit seinem litauischen Amtskollegen Arvydas Anušauskas einen Fahrplan für die dauerhafte Stationierung einer Bundeswehr-Brigade unterzeichnet. Bis 2027 sollen rund 4.800 Soldatinnen und Soldaten in Litauen stationiert werden.

Litauen sagte zu, Kasernen, Wohnungen und Übungsplätze bereitzustellen. Es ist das erste Mal, dass die Bundeswehr eine Kampfbrigade dauerhaft im Ausland stationiert. Ein Vorkommando soll bereits im kommenden Jahr verlegt werden.

Mehr zum Thema
Bundeswehr: Ausbildung ukrainischer Soldaten wird ausgeweitet

Über dieses Thema berichtete tagesschau24 am 18. Dezember 2023 um 12:00 Uhr."""))

S.append(dict(id="h66-28", source="sunstar.com.ph",
url="https://www.sunstar.com.ph/manila/marcos-vietnam-coast-guard-rice-deals",
published_at="2024-01", body="""SunStar Manila

Marcos in Hanoi: PH, Vietnam coast guards sign pact on sea incidents

BY PNA

PRESIDENT Ferdinand Marcos Jr. and Vietnamese President Vo Van Thuong witnessed the signing of two memoranda on maritime cooperation on Tuesday, on the second day of Marcos's state visit to Hanoi.

The Philippine Coast Guard and the Vietnam Coast Guard agreed to set up a mechanism to prevent incidents in the South China Sea, while a second deal covers broader maritime cooperation. A rice trade agreement was also signed to secure supplies for five years.

Marcos also met Prime Minister Pham Minh Chinh and Communist Party General Secretary Nguyen Phu Trong before flying home.

Trending: Bird flu outbreak hits Camarines Norte farms

Share this story | Comments (2)"""))

S.append(dict(id="h66-29", source="bnamericas.com",
url="https://www.bnamericas.com/en/news/argentina-signs-deal-for-24-f-16s-from-denmark",
published_at="2024-04-16", body="""BNamericas | Subscribe for full access

Argentina signs deal for 24 F-16s from Denmark

Published: Tuesday, April 16, 2024

Argentine Defense Minister Luis Petri signed an agreement in Copenhagen on Tuesday with his Danish counterpart Troels Lund Poulsen for the purchase of 24 used F-16 fighter jets, in a deal worth about US$300mn.

The purchase, backed by US$40mn in US foreign military financing, ends a years-long search for a supersonic fighter, after Argentina weighed Chinese-Pakistani JF-17s. The first aircraft are expected to arrive by the end of the year.

Related: Milei budget cuts hit defense procurement | YPF to sell mature fields

Premium content: Sign in to read more on Argentina's defense sector."""))

S.append(dict(id="h66-30", source="pm.gov.au",
url="https://www.pm.gov.au/media/australia-nauru-treaty",
published_at="2024-12-09", body="""Prime Minister of Australia

Media release | 09 December 2024

Nauru-Australia Treaty

Today I signed the Nauru-Australia Treaty with the President of Nauru, His Excellency David Adeang MP, in Canberra.

The Treaty will deepen our partnership in security, banking and economic resilience. Australia will provide A$100 million in direct budget support over five years, and A$40 million to support policing and security in Nauru.

Under the Treaty, Nauru and Australia will mutually agree on any partnership, arrangement or engagement with other countries on security matters, including defence, policing and critical infrastructure.

Australia is proud to be Nauru's partner of choice.

Transcripts | Media releases | Subscribe for updates

Ends"""))

S.append(dict(id="h66-31", source="defenseworld.net",
url="https://www.defenseworld.net/news/36145/US_Joint_Chiefs_Chairman_Holds_Video_Call_with_Chinese_Counterpart",
published_at="2023-12-22", body="""Defense World

US Joint Chiefs Chairman holds video call with Chinese counterpart

Posted 22 December 2023, 02:11

US Chairman of the Joint Chiefs of Staff General Charles Q. Brown held a video call on Thursday with General Liu Zhenli, chief of the Joint Staff Department of China's Central Military Commission, the first talks between the two countries' top generals in more than a year.

The Pentagon said Brown stressed the importance of working together to responsibly manage competition and avoid miscalculation. China's defence ministry said the talks were "candid and in-depth."

Presidents Joe Biden and Xi Jinping agreed to restore military communication when they met at Woodside, California, last month.

Tags: China, United States, Joint Chiefs, PLA

Related: Lockheed wins $1.2bn PAC-3 contract | Taiwan receives first Abrams tanks"""))

S.append(dict(id="h66-32", source="havanatimes.org",
url="https://havanatimes.org/news/russian-warships-arrive-in-havana/",
published_at="2024-06-12", body="""Havana Times

Russian warships and nuclear submarine arrive in Havana

June 12, 2024 | By HT

HAVANA — A Russian naval detachment led by the frigate Admiral Gorshkov and the nuclear-powered submarine Kazan docked in Havana on Wednesday for what the Cuban Armed Forces Ministry called an "official visit" that ends on June 17.

The detachment commander was received by the chief of Cuba's Revolutionary Navy at the port, and the Russian sailors are to lay a wreath and tour the city. The Pentagon said the ships posed no threat.

A Canadian navy patrol ship is also due in Havana later this week on what Ottawa called a routine port visit.

Comments (18) | Help Havana Times stay independent: Donate"""))

S.append(dict(id="h66-33", source="caracaschronicles.com",
url="https://www.caracaschronicles.com/2025/02/01/grenell-in-miraflores/",
published_at="2025-02", body="""Caracas Chronicles

Grenell in Miraflores

By The Daily Briefing Team

Richard Grenell, Donald Trump's envoy for special missions, was received by Nicolás Maduro at Miraflores Palace on Friday, the first such visit by a senior Trump official. He left with six detained Americans on his plane, and Caracas agreed to take back Venezuelan deportees, Trump said.

The chavista government broadcast images of the meeting; the White House insisted it was not a recognition of Maduro.

Meanwhile, the opposition...

Support independent journalism: become a Patreon

Read the full Daily Briefing | 34 comments"""))

S.append(dict(id="h66-34", source="riotimesonline.com",
url="https://www.riotimesonline.com/haddad-says-bessent-cancelled-tariff-call/",
published_at="2025-08-13", body="""Rio Times | Ibovespa 136,687 ▲ +0.7% | USD/BRL 5.40

Haddad says Bessent cancelled planned call on tariffs

Finance Minister Fernando Haddad said on Tuesday that US Treasury Secretary Scott Bessent had cancelled a video call scheduled for Wednesday to discuss the 50% tariffs on Brazilian goods that took effect last week. No new date was set.

Haddad said the talks could still happen "when there is political will." President Lula, who said last week he had spoken by phone with China's Xi Jinping and India's Narendra Modi about the tariffs, has ruled out calling Trump.

Brazilian exports to the US totaled about US$40 billion last year.

Tags: tariffs, Haddad, Bessent"""))

S.append(dict(id="h66-35", source="presidency.eg",
url="https://www.presidency.eg/en/media/news/president-el-sisi-receives-somali-president/",
published_at="2024-01-21", body="""Presidency of the Arab Republic of Egypt

President El-Sisi receives Somali President

21 January 2024

President Abdel Fattah El-Sisi received today at Al-Ittihadiya Palace President Hassan Sheikh Mohamud of the Federal Republic of Somalia.

The Spokesman for the Presidency said that the two presidents held talks on bilateral relations and regional developments. President El-Sisi affirmed Egypt's firm position in support of Somalia's unity, sovereignty and territorial integrity, and its rejection of any measures that infringe upon them.

The Somali president, who visited Asmara earlier this month, briefed President El-Sisi on the memorandum of understanding between Ethiopia and Somaliland.

Latest news | Photo gallery | Contact"""))

S.append(dict(id="h66-36", source="newsfirst.lk",
url="https://www.newsfirst.lk/2025/04/05/sri-lanka-india-sign-defence-mou",
published_at="2025-04-05", body="""Newsfirst | Sri Lanka

Sri Lanka, India sign first defence cooperation MoU

COLOMBO (News 1st); Sri Lanka and India signed a memorandum of understanding on defence cooperation on Saturday, the first such agreement between the two countries, during Prime Minister Narendra Modi's state visit.

The MoU was among seven agreements exchanged after talks between Modi and President Anura Kumara Dissanayake at the Presidential Secretariat. Another covers the development of Trincomalee as an energy hub with the participation of the United Arab Emirates.

Modi arrived in Colombo on Friday night from Bangkok, where he attended the BIMSTEC summit.

Trending: Fuel prices unchanged | Avurudu traffic plan announced"""))

S.append(dict(id="h66-37", source="worldnews24live.net",
url="https://worldnews24live.net/2025/07/27/trump-eu-deal-turnberry-starmer/",
published_at="2025-07-27", body="""WorldNews24 Live

Trump strikes EU trade deal at Turnberry, will host Starmer on Monday

US President Donald Trump and European Commission President Ursula von der Leyen agreed on Sunday at his Turnberry golf resort in Scotland on a trade deal that sets a 15% tariff on most EU goods. The EU will buy $750 billion of US energy.

Trump, who arrived in Scotland on Friday, is due to hold talks with British Prime Minister Keir Starmer at Turnberry on Monday before travelling to Aberdeen.

Trump also said on Saturday that he had spoken to the leaders of Thailand and Cambodia and that both had agreed to meet to work out a ceasefire after days of border clashes.

Read more: Gold slips as dollar firms | Oil rises on tariff relief

Source: agencies | Share"""))

S.append(dict(id="h66-38", source="cleanenergywire.org",
url="https://www.cleanenergywire.org/news/habeck-secures-long-term-lng-partnership-qatar",
published_at="2022-03", body="""Clean Energy Wire

Habeck secures long-term energy partnership with Qatar

German economy minister Robert Habeck agreed a long-term energy partnership with Qatar during talks with Emir Sheikh Tamim bin Hamad Al Thani in Doha on Sunday, as Berlin seeks to cut its reliance on Russian gas. Companies that travelled with Habeck would now negotiate supply contracts, the ministry said.

Habeck is set to continue to the United Arab Emirates on Monday.

Germany currently has no LNG import terminal.

Newsletter: Sign up for the CLEW daily briefing | Support our work"""))

S.append(dict(id="h66-39", source="colombiaone.com",
url="https://colombiaone.com/2025/01/27/colombia-foreign-minister-washington-deportation/",
published_at="2025-01-27", body="""Colombia One

Colombian foreign minister to travel to Washington after deportation standoff

Colombia's Foreign Minister Luis Gilberto Murillo will travel to Washington in the coming days with Ambassador Daniel García-Peña to follow up on the deal that ended Sunday's standoff over deportation flights, the government said.

President Donald Trump had ordered 25% tariffs on Colombian goods after President Gustavo Petro turned back two US military aircraft carrying deportees. The White House said the tariffs were on hold after Bogotá agreed to accept the flights. Petro said Colombian Air Force planes would bring migrants home.

Coffee futures rose 2% on Monday.

Tags: Colombia, United States, deportation, tariffs"""))

S.append(dict(id="h66-40", source="newsbeatfeed.top",
url="https://newsbeatfeed.top/world/doval-moscow-putin-visit-india-dates",
published_at=None, body="""NewsBeat Feed | World

Doval in Moscow: Putin's India visit 'dates almost finalised'

National Security Adviser Ajit Doval, on a visit to Moscow, said on Thursday that dates for President Vladimir Putin's visit to India later this year were "almost finalised." Doval met Security Council Secretary Sergei Shoigu and was received by Putin at the Kremlin.

The visit came a day after Washington ordered an additional 25% tariff on Indian goods over New Delhi's purchases of Russian oil, raising total duties to 50%.

External Affairs Minister S. Jaishankar is also expected in Moscow later this month.

Advertisement | Trending: Sensex falls 300 points | Share on WhatsApp"""))
