# Short items (300-1,100 characters), h41-27 .. h41-40
S = []

S.append(dict(id="h41-27", source="tagesschau.de",
url="https://www.tagesschau.de/ausland/amerika/blinken-berlin-besuch-101.html",
published_at="2021-06-23", body="""US-Außenminister Blinken zu Besuch in Berlin

Stand: 23.06.2021 12:41 Uhr

US-Außenminister Antony Blinken ist zu seinem ersten Besuch in Deutschland seit seinem Amtsantritt in Berlin eingetroffen. Am Vormittag traf er Außenminister Heiko Maas, am Nachmittag wird er von Bundeskanzlerin Angela Merkel im Kanzleramt empfangen.

Themen der Gespräche sind unter anderem die umstrittene Ostseepipeline Nord Stream 2, der Umgang mit China und Russland sowie der Abzug aus Afghanistan. Am Donnerstag nimmt Blinken an der zweiten Berliner Libyen-Konferenz teil, anschließend reist er weiter nach Paris.

Mehr zum Thema
Libyen-Konferenz: Was Berlin erreichen will

Diese Seite teilen: Facebook | Twitter | WhatsApp"""))

S.append(dict(id="h41-28", source="state.gov",
url="https://www.state.gov/special-envoy-for-yemen-lenderkings-travel-to-saudi-arabia-and-oman/",
published_at="2021-02-22", body="""U.S. DEPARTMENT of STATE

Special Envoy for Yemen Lenderking's Travel to Saudi Arabia and Oman

MEDIA NOTE
OFFICE OF THE SPOKESPERSON
FEBRUARY 22, 2021

U.S. Special Envoy for Yemen Timothy Lenderking will travel to Saudi Arabia and Oman beginning February 22. In Riyadh and Muscat, the Special Envoy will meet with senior government officials, as well as with officials of the Republic of Yemen Government, to discuss the urgent need for a nationwide ceasefire and the steps needed to ease the humanitarian crisis.

The Special Envoy will also underscore that the Houthi offensive on Marib must stop.

Related Articles
Secretary Blinken's Call with Saudi Foreign Minister Faisal bin Farhan

Share: Facebook | Twitter | Email"""))

S.append(dict(id="h41-29", source="ena.et",
url="https://www.ena.et/web/eng/w/en_38211",
published_at="2022-10", body="""Ethiopian News Agency | Politics

Deputy PM & FM Demeke Receives US Special Envoy Hammer

Addis Ababa (ENA) — Deputy Prime Minister and Foreign Minister Demeke Mekonnen today received US Special Envoy for the Horn of Africa Mike Hammer and discussed the African Union-led peace process.

Demeke briefed the envoy on the government's commitment to a peaceful resolution of the conflict in the north of the country and on its acceptance of the AU's invitation to talks in South Africa.

Hammer said the United States supports the AU-led process and would attend the talks in Pretoria as an observer. The talks are expected to start next week.

Follow ENA on Telegram | Facebook | Twitter"""))

S.append(dict(id="h41-30", source="businesstimes.com.sg",
url="https://www.businesstimes.com.sg/international/global/yellen-meets-premier-li-qiang-beijing",
published_at="2023-07-07", body="""STI 3,178.93 ▼ -0.8% | HSI 18,365.70 ▼ -0.9% | USD/CNY 7.2292

International | Global

Yellen meets Premier Li Qiang in Beijing, says US seeks 'healthy' competition

Fri, Jul 07, 2023 · 05:31 PM

US Treasury Secretary Janet Yellen met Chinese Premier Li Qiang in Beijing on Friday and told him Washington was seeking "healthy economic competition" with China, not a winner-take-all contest. She also raised concerns over Beijing's new export curbs on gallium and germanium.

Yellen, who arrived on Thursday, is due to meet Vice-Premier He Lifeng on Saturday.

Related: Kerry to travel to China for climate talks later this month

Subscribe to BT's newsletters"""))

S.append(dict(id="h41-31", source="emtv.com.pg",
url="https://emtv.com.pg/png-us-sign-defence-cooperation-agreement/",
published_at="2023-05-22", body="""EMTV Online | News | Business | Sport

PNG, US sign defence cooperation agreement

US Secretary of State Antony Blinken and Defence Minister Win Bakri Daki signed a Defence Cooperation Agreement and a shiprider agreement in Port Moresby today, in a ceremony witnessed by Prime Minister James Marape.

Mr Blinken led the American delegation after President Joe Biden cancelled his planned stop in Papua New Guinea to deal with debt-ceiling negotiations in Washington.

The signing took place on the same day Indian Prime Minister Narendra Modi co-hosted the Forum for India-Pacific Islands Cooperation summit with Mr Marape in the capital.

Some students at the University of PNG protested against the agreement, saying its contents should be made public.

Share | Facebook | WhatsApp"""))

S.append(dict(id="h41-32", source="dpi.gov.gy",
url="https://dpi.gov.gy/us-secretary-of-state-marco-rubio-to-visit-guyana/",
published_at="2025-03", body="""Department of Public Information | Guyana

US Secretary of State Marco Rubio to visit Guyana

United States Secretary of State Marco Rubio will visit Guyana on Thursday, March 27, the Government has announced. He will hold talks with President Dr Irfaan Ali on energy, security and the border controversy with Venezuela.

It will be Secretary Rubio's first visit to Guyana. His trip to the region will begin in Jamaica, where he is to meet Prime Minister Andrew Holness, and will also take him to Suriname.

Tags: Marco Rubio, President Ali, United States"""))

S.append(dict(id="h41-33", source="tolonews.com",
url="https://tolonews.com/afghanistan/khalilzad-arrives-doha-resume-talks-taliban",
published_at="2019-12-07", body="""TOLOnews | Afghanistan | Business | World

Khalilzad Arrives in Doha to Resume Talks With Taliban

US Special Representative for Afghanistan Reconciliation Zalmay Khalilzad has arrived in Doha to restart talks with the Taliban, days after meeting President Ashraf Ghani in Kabul.

The Presidential Palace said the meeting in Kabul on Wednesday focused on a ceasefire and on the peace process.

The US State Department said Khalilzad would rejoin talks with the Taliban to discuss steps that could lead to intra-Afghan negotiations and a reduction in violence. US President Donald Trump called off the talks in September.

Share | Comments (8)"""))

S.append(dict(id="h41-34", source="latinamericareports.com",
url="https://latinamericareports.com/harris-do-not-come-guatemala-visit/5942/",
published_at="2021-06-07", body="""Latin America Reports | Central America

Harris tells would-be migrants "do not come" on Guatemala visit

US Vice President Kamala Harris met Guatemalan President Alejandro Giammattei at the National Palace of Culture in Guatemala City on Monday, on her first trip abroad as vice president. She announced an anti-corruption task force and urged people not to make the dangerous journey north: "Do not come."

Harris arrived on Sunday night after her plane turned back to Joint Base Andrews with a technical problem. On Tuesday she travels to Mexico City to meet President Andrés Manuel López Obrador, with whom she held a virtual meeting in May.

Support independent reporting on Latin America | Donate"""))

S.append(dict(id="h41-35", source="vn.usembassy.gov",
url="https://vn.usembassy.gov/ambassador-knapper-presents-credentials/",
published_at="2022-02-25", body="""U.S. Embassy & Consulate in Vietnam | News & Events

Ambassador Marc E. Knapper Presents Credentials to President Nguyen Xuan Phuc

Hanoi, February 25, 2022 – U.S. Ambassador Marc E. Knapper presented his credentials to President Nguyen Xuan Phuc at the Presidential Palace today, formally beginning his tenure as U.S. Ambassador to Vietnam.

Ambassador Knapper said he looked forward to deepening the U.S.-Vietnam Comprehensive Partnership, including on trade, climate change and health security.

Share | Print"""))

S.append(dict(id="h41-36", source="nuclearnotes.blogspot.com",
url="https://nuclearnotes.blogspot.com/2016/01/implementation-day-kerry-zarif-vienna.html",
published_at="2016-01-17", body="""Nuclear Notes

Implementation Day: Kerry and Zarif meet in Vienna as sanctions are lifted

Secretary of State John Kerry and Iranian Foreign Minister Mohammad Javad Zarif met in Vienna on Saturday as the IAEA certified that Iran had completed the steps required under the nuclear deal, clearing the way for nuclear-related sanctions to be lifted. EU foreign policy chief Federica Mogherini joined them at the Palais Coburg.

Hours earlier, Iran freed four detained Americans, including Washington Post journalist Jason Rezaian, in a prisoner exchange.

Posted by Nuclear Notes at 11:02 PM | 3 comments

Labels: Iran, JCPOA, Kerry"""))

S.append(dict(id="h41-37", source="mining.com",
url="https://www.mining.com/us-japan-sign-critical-minerals-agreement/",
published_at="2023-03-28", body="""MINING.COM | News | Markets | Battery Metals

Lithium carbonate (CNY/t) 317,500 ▼ | Copper (USD/lb) 4.09 ▲

US, Japan sign critical minerals agreement

US Trade Representative Katherine Tai and Japan's Ambassador to the United States Koji Tomita signed a critical minerals agreement in Washington on Tuesday, a move that will allow minerals processed in Japan to count toward the electric vehicle tax credits under the Inflation Reduction Act.

The deal covers cobalt, graphite, lithium, manganese and nickel.

Sign up for the Battery Metals Digest"""))

S.append(dict(id="h41-38", source="dailynewsegypt.com",
url="https://www.dailynewsegypt.com/2024/03/13/al-sisi-receives-us-centcom-commander/",
published_at="2024-03-13", body="""Daily News Egypt | Politics

Al-Sisi receives US CENTCOM commander

President Abdel Fattah Al-Sisi received on Wednesday General Michael Erik Kurilla, Commander of US Central Command, in the presence of Defence Minister Mohamed Zaki.

Presidential spokesperson Ahmed Fahmy said the meeting covered regional security, efforts to reach a ceasefire in Gaza, the delivery of humanitarian aid and the safety of navigation in the Red Sea.

Other news
Shoukry receives new Japanese ambassador to Cairo
EGX30 closes higher"""))

S.append(dict(id="h41-39", source="ukrinform.net",
url="https://www.ukrinform.net/rubric-polytics/3680112-kostin-van-schaack-discuss-tribunal.html",
published_at="2023-03", body="""Ukrinform | Politics

Kostin, US Ambassador-at-Large Van Schaack discuss special tribunal in Kyiv

Prosecutor General Andriy Kostin met in Kyiv with US Ambassador-at-Large for Global Criminal Justice Beth Van Schaack, who is visiting Ukraine.

The sides discussed the investigation of Russian war crimes and the setting up of a special tribunal for the crime of aggression. Van Schaack is also expected in The Hague for the launch of the international centre for the prosecution of the crime of aggression.

Read also: Ukraine, Lithuania sign memorandum on war crimes evidence"""))

S.append(dict(id="h41-40", source="worldnewsdesk24.net",
url="https://worldnewsdesk24.net/blinken-tours-quake-zone-pledges-100-million/",
published_at=None, body="""Blinken tours quake zone, pledges $100 million in new aid

US Secretary of State Antony Blinken flew over earthquake-hit Hatay by helicopter with Turkish Foreign Minister Mevlut Cavusoglu after landing at Incirlik Air Base on Sunday, and announced an extra $100 million in humanitarian aid for Turkey and Syria.

On Monday he held talks with Cavusoglu in Ankara and was received by President Recep Tayyip Erdogan. Blinken travels on to Athens on Tuesday for talks with Greek officials.

Other news:
Turkey summons Swedish ambassador over Quran burning
Source link"""))
