# Short items (300-1,100 characters), h57-27 .. h57-40
S = []

S.append(dict(id="h57-27", source="sueddeutsche.de",
url="https://www.sueddeutsche.de/politik/scholz-litauen-vilnius-nato-brigade-dpa.urn-newsml-dpa-com-20090101-220607-99-570112",
published_at="2022-06-07", body="""Scholz sagt Litauen bei Besuch in Vilnius mehr Schutz zu

Vilnius (dpa) - Bundeskanzler Olaf Scholz hat Litauen bei seinem ersten Besuch in dem baltischen Land den Beistand Deutschlands zugesichert. Bei einem Treffen mit Präsident Gitanas Nausėda in Vilnius kündigte er am Dienstag an, die Bundeswehr werde ihren Beitrag zur Nato-Präsenz in Litauen zu einer "robusten Kampfbrigade" ausbauen.

Anschließend kam Scholz mit den Regierungschefs der drei baltischen Staaten, Ingrida Šimonytė, Kaja Kallas und Krišjānis Kariņš, zusammen. Am Nachmittag besuchte er die deutschen Soldaten im Stützpunkt Rukla.

© dpa-infocom, dpa:220607-99-570112/3

Teilen | Kommentare (21)
Mehr zum Thema: Nato-Gipfel in Madrid"""))

S.append(dict(id="h57-28", source="albaniandailynews.com",
url="https://albaniandailynews.com/news/rama-and-meloni-sign-migration-protocol-in-rome",
published_at="2023-11-06", body="""Albanian Daily News | Politics

Rama and Meloni sign migration protocol in Rome

ADN | 06 Nov 2023

Prime Minister Edi Rama and his Italian counterpart Giorgia Meloni on Monday signed a protocol in Rome under which Albania will host two centres for migrants rescued at sea by Italian vessels.

The agreement, signed at Palazzo Chigi, foresees a reception facility at the port of Shëngjin and a second centre in Gjadër, run by Italy and under Italian jurisdiction. Up to 3,000 people at a time could be held while their asylum requests are processed.

The European Commission said it was seeking details of the deal. The opposition in Tirana accused Rama of not consulting parliament.

Tags: Edi Rama, Giorgia Meloni, Italy, migration

EUR/ALL 104.35 | USD/ALL 97.80"""))

S.append(dict(id="h57-29", source="brnodaily.com",
url="https://brnodaily.com/2023/01/30/news/politics/president-elect-pavel-speaks-with-taiwans-tsai-china-protests/",
published_at="2023-01-30", body="""Brno Daily | News | Politics

President-elect Pavel speaks with Taiwan's Tsai, China protests

Czech Republic, Jan 30 (BD) - Czech president-elect Petr Pavel held a telephone conversation with Taiwanese President Tsai Ing-wen on Monday, two days after winning the presidential run-off, his team said.

Pavel, who takes office on March 9, said they had discussed democracy and the shared values of the two countries. He did not rule out meeting Tsai in the future.

The Chinese foreign ministry said Beijing "strongly deplores" the call and urged Prague to respect the one-China policy.

Author: BD Staff | Photo credit: Office of the President-elect

Share this: Facebook | X | Email
Most read: Brno trams to run on new line from March"""))

S.append(dict(id="h57-30", source="kursiv.media",
url="https://kz.kursiv.media/en/2023-11-01/macron-tokayev-critical-minerals-uranium/",
published_at="2023-11-01", body="""Kursiv | Business | Economy

KASE 4,168.04 ▲ +0.52% | USD/KZT 470.83 | Brent $85.20

Macron, Tokayev talk uranium and critical minerals in Astana

French President Emmanuel Macron held talks with President Kassym-Jomart Tokayev in Astana on Wednesday during the first visit by a French head of state to Kazakhstan since 2014.

The two sides signed documents on rare earths, critical raw materials and renewable energy. Kazakhstan is the largest supplier of uranium to France's nuclear power plants.

Macron is due to travel to Samarkand on Thursday for talks with Uzbek President Shavkat Mirziyoyev.

Read also: National Bank keeps base rate at 16.5%"""))

S.append(dict(id="h57-31", source="worldnewsfeed24.site",
url="https://worldnewsfeed24.site/2023/03/31/spain-sanchez-meets-xi-beijing-ukraine/",
published_at="2023-03", body="""Spain's Sánchez meets Xi in Beijing, urges him to talk to Zelensky

Spanish Prime Minister Pedro Sánchez met Chinese President Xi Jinping in Beijing on Friday and urged him to speak with Ukrainian President Volodymyr Zelensky about China's peace plan.

Sánchez, whose country takes over the EU's rotating presidency in July, also met Premier Li Qiang. He is the first European leader to visit China since Xi secured a third term this month.

French President Emmanuel Macron is due in Beijing next week, accompanied by European Commission President Ursula von der Leyen.

Source link | Trending: Oil prices hold gains after OPEC+ surprise"""))

S.append(dict(id="h57-32", source="governo.it",
url="https://www.governo.it/en/articolo/signing-treaty-between-italy-and-france-enhanced-bilateral-cooperation/18592",
published_at="2021-11-26", body="""Italian Government - Presidency of the Council of Ministers

Signing of the Treaty between Italy and France for enhanced bilateral cooperation

26 November 2021

President Draghi and the President of the French Republic, Emmanuel Macron, today signed the Treaty between the Italian Republic and the French Republic for enhanced bilateral cooperation at the Quirinale Palace, in the presence of the President of the Republic, Sergio Mattarella.

The Treaty establishes permanent mechanisms for consultation on foreign policy, security and defence, European affairs, migration, economic, cultural and cross-border cooperation.

Following the signing ceremony, President Draghi and President Macron held a joint press conference at Villa Madama.

Photo: Palazzo Chigi press office

Print | Share"""))

S.append(dict(id="h57-33", source="thelocal.de",
url="https://www.thelocal.de/20241115/scholz-speaks-to-putin-by-phone-for-first-time-in-two-years",
published_at="2024-11", body="""The Local Germany | Politics

Scholz speaks to Putin by phone for first time in nearly two years

Chancellor Olaf Scholz on Friday held a telephone call with Russian President Vladimir Putin lasting about an hour, the first conversation between the two since December 2022, a government spokesman said.

Scholz urged Putin to withdraw his troops and to enter negotiations with Ukraine "with the aim of a just and lasting peace". The Kremlin said Putin told him any deal must take account of "new territorial realities".

The chancellor had spoken with Ukrainian President Volodymyr Zelensky before the call, the spokesman added. Kyiv was not impressed: Zelensky said the call opened "Pandora's box".

Sign up for The Local's newsletter | Comments (58)"""))

S.append(dict(id="h57-34", source="en.mercopress.com",
url="https://en.mercopress.com/2023/01/29/scholz-in-buenos-aires-kicks-off-south-american-tour",
published_at="2023-01-29", body="""MercoPress | Argentina

Scholz in Buenos Aires kicks off South American tour

Sunday, January 29th 2023 - 09:12 UTC

German Chancellor Olaf Scholz was received by President Alberto Fernández at the Casa Rosada on Saturday, at the start of a tour that will also take him to Chile and Brazil.

The two leaders discussed lithium, renewable energy and the EU-Mercosur trade agreement. Fernández said Argentina would not send weapons to Ukraine.

Scholz travels on Sunday to Santiago to meet Chilean President Gabriel Boric, and will be received by Brazil's Luiz Inácio Lula da Silva in Brasília on Monday.

Top stories: Falklands: Islanders mark 190 years | Uruguay's Lacalle Pou backs Mercosur flexibility"""))

S.append(dict(id="h57-35", source="riotimesonline.com",
url="https://www.riotimesonline.com/brazil-news/macron-lula-launch-e1-billion-amazon-investment-plan/",
published_at="2024-03-27", body="""The Rio Times | Business

IBOVESPA 127,690 ▲ +0.26% | USD/BRL 4.97 | EUR/BRL 5.38

Macron and Lula launch €1 billion Amazon investment plan

French President Emmanuel Macron and President Luiz Inácio Lula da Silva on Tuesday unveiled a plan to raise €1 billion in public and private investment for the Amazon over four years, on the first day of Macron's state visit to Brazil.

The two leaders met on Combu island near Belém. On Wednesday they attended the launch of the Tonelero submarine, built with French technology, at the Itaguaí naval complex near Rio de Janeiro.

Subscribe to our newsletter for daily updates on Latin America's business and economy."""))

S.append(dict(id="h57-36", source="gov.ie",
url="https://www.gov.ie/en/press-release/taoiseach-to-travel-to-washington-dc-for-st-patricks-day/",
published_at="2024-03-11", body="""Department of the Taoiseach

Press release: Taoiseach to travel to Washington DC for St Patrick's Day

From Department of the Taoiseach
Published on 11 March 2024

The Taoiseach, Leo Varadkar TD, will travel to the United States this week for the annual St Patrick's Day programme.

The Taoiseach will meet President Joe Biden at the White House on Friday 15 March, and will attend the Friends of Ireland lunch at the US Capitol hosted by Speaker Mike Johnson.

Members of the Government will travel to more than 40 countries over the St Patrick's period to promote Ireland's trade, tourism and culture.

Part of: St Patrick's Day 2024"""))

S.append(dict(id="h57-37", source="thecitizen.co.tz",
url="https://www.thecitizen.co.tz/tanzania/news/national/german-president-steinmeier-in-dar-for-three-day-visit-4419870",
published_at="2023-10-31", body="""The Citizen | News | National

German President Steinmeier in Dar for three-day visit

Dar es Salaam. German President Frank-Walter Steinmeier yesterday held talks with President Samia Suluhu Hassan at State House in Dar es Salaam at the start of a three-day state visit.

The two leaders discussed trade, renewable energy and the history of German colonial rule. Mr Steinmeier is expected to travel to Songea tomorrow, where he will meet descendants of those executed after the Maji Maji uprising.

He will then proceed to Zambia later this week.

By Citizen Reporter | Tuesday, October 31, 2023

Read more: TSh, shilling weakens against dollar
Comments: 6"""))

S.append(dict(id="h57-38", source="eunewsdigest.online",
url="https://eunewsdigest.online/tusk-paris-berlin-one-day-weimar/",
published_at="2024-02", body="""Tusk in Paris and Berlin on the same day as Weimar triangle revived

Polish Prime Minister Donald Tusk held talks with French President Emmanuel Macron in Paris on Monday morning and then flew to Berlin for a meeting with Chancellor Olaf Scholz, calling for Europe to become "a military power".

On the same day, the foreign ministers of Poland, France and Germany, Radosław Sikorski, Stéphane Séjourné and Annalena Baerbock, met at La Celle-Saint-Cloud near Paris to revive the Weimar triangle format.

Related: Sikorski: Poland to unblock EU funds reform
Source: agencies | Views: 1,204"""))

S.append(dict(id="h57-39", source="government.se",
url="https://www.government.se/press-releases/2022/11/prime-minister-ulf-kristersson-to-visit-turkiye/",
published_at="2022-11-03", body="""Government Offices of Sweden

Press release from Prime Minister's Office

Prime Minister Ulf Kristersson to visit Türkiye

Published 03 November 2022

On Tuesday 8 November, Prime Minister Ulf Kristersson will visit Ankara, where he will meet President Recep Tayyip Erdoğan. Discussions will focus on Sweden's NATO application and the trilateral memorandum agreed between Sweden, Finland and Türkiye in Madrid in June.

Press contact: Press Secretary to the Prime Minister

Share | Print"""))

S.append(dict(id="h57-40", source="topworldnews.top",
url="https://topworldnews.top/biden-in-warsaw-after-surprise-kyiv-trip/",
published_at=None, body="""Biden in Warsaw after surprise Kyiv trip, says Ukraine 'will never be a victory for Russia'

US President Joe Biden met Polish President Andrzej Duda at the Presidential Palace in Warsaw on Tuesday, a day after an unannounced visit to Kyiv, where he walked with Ukrainian President Volodymyr Zelensky through the city centre as air-raid sirens sounded.

"Ukraine will never be a victory for Russia. Never," Biden said in a speech at the Royal Castle later in the day. He is set to meet leaders of the Bucharest Nine group of NATO's eastern flank states in Warsaw on Wednesday before returning to Washington.

Earlier on Tuesday, Russian President Vladimir Putin announced that Moscow was suspending its participation in the New START nuclear arms treaty.

You might also like: Gold rises as dollar slips | Read full article at source"""))
