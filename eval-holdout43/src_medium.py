# Medium wire-style stories (1,200-2,000 characters), h43-13 .. h43-26
M = []

M.append(dict(id="h43-13", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/erdogan-niinisto-ankara-finland-nato-ratification",
published_at="2023-03-17", body="""DAILY SABAH
Politics | Diplomacy

Erdoğan gives green light to Finland's NATO bid after talks with Niinistö

DAILY SABAH WITH AA | ANKARA | MAR 17, 2023 - 4:12 PM GMT+3

President Recep Tayyip Erdoğan on Friday announced that Türkiye would start the process of ratifying Finland's NATO membership, following talks with Finnish President Sauli Niinistö at the Presidential Complex in Ankara.

"We have decided to initiate the ratification of Finland's accession protocol in our parliament," Erdoğan told a joint news conference, saying Helsinki had taken "authentic and concrete steps" to meet Türkiye's security concerns.

Niinistö, who arrived in Türkiye on Thursday, visited the southern province of Kahramanmaraş earlier in his trip to express condolences for the victims of the Feb. 6 earthquakes. He thanked Erdoğan for the decision and said Finland's membership would be "incomplete" without Sweden.

Erdoğan said the situation with Sweden was different and that its process would depend on the steps Stockholm takes. Ankara accuses Sweden of tolerating members of the PKK terrorist organization.

The Turkish parliament is expected to take up the protocol before going into recess ahead of the May 14 elections.

Hungary's parliament is also due to vote on Finland's accession later this month.

RELATED
Turkish FM holds talks with Swedish counterpart on sidelines of NATO meeting
Quake zone: reconstruction of 200,000 homes begins

Follow Daily Sabah on Google News | Share"""))

M.append(dict(id="h43-14", source="defmin.fi",
url="https://www.defmin.fi/en/topical/press_releases_and_news/finland_and_the_united_states_sign_defence_cooperation_agreement",
published_at="2023-12-18", body="""Ministry of Defence, Finland
Press release 18.12.2023

Finland and the United States sign Defence Cooperation Agreement

Minister of Defence Antti Häkkänen and US Secretary of State Antony Blinken signed the Defence Cooperation Agreement (DCA) between Finland and the United States in Washington D.C. on 18 December 2023.

The agreement strengthens the bilateral defence relationship between the two countries and supports Finland's integration into NATO. It provides a framework for US forces' access to, and use of, agreed facilities and areas in Finland, as well as for the prepositioning of equipment and supplies. The agreement lists 15 such areas.

"The agreement is an important step that deepens our long-standing cooperation with the United States. It increases our security and strengthens deterrence in Northern Europe," Minister Häkkänen said.

Häkkänen is in Washington on 18-19 December. On Tuesday he is scheduled to meet Secretary of Defense Lloyd Austin at the Pentagon.

The agreement will enter into force after its approval by the Parliament of Finland. The Government will submit it to Parliament in spring 2024.

Sweden signed a corresponding agreement with the United States on 5 December. Denmark is expected to sign its agreement in Washington later this week.

Further information:
Special Adviser to the Minister of Defence, tel. +358 295 140 xxx
Director General, Defence Policy Department

Other news
Ministry of Defence: Procurement of David's Sling air defence system approved 09.11.2023
Minister Häkkänen meets Estonian counterpart in Tallinn 24.11.2023

Follow us: X | Facebook | Instagram | LinkedIn"""))

M.append(dict(id="h43-15", source="thelocal.se",
url="https://www.thelocal.se/20220511/uk-pledges-to-defend-sweden-if-attacked",
published_at="2022-05-11", body="""The Local Sweden | News in English

UK pledges to come to Sweden's aid if attacked

Boris Johnson and Magdalena Andersson in a rowing boat at Harpsund. Photo: Frank May / NTB / TT

Published: 11 May 2022 15:02 CEST

British Prime Minister Boris Johnson on Wednesday signed a mutual security declaration with Sweden, promising to support the country, including with military means if needed, should it come under attack while it considers applying for Nato membership.

Johnson and Prime Minister Magdalena Andersson signed the declaration at Harpsund, the Swedish prime minister's country retreat south-west of Stockholm, after the two took a short trip in a rowing boat on the lake.

"If either country suffers a disaster or is attacked, the UK and Sweden will come to each other's assistance in a variety of forms, and that may include military means," Johnson told a joint press conference.

Andersson said the declaration would strengthen Sweden's security "in the time ahead". Sweden's Social Democrats are due to announce their position on Nato membership on Sunday.

Johnson was due to fly on to Helsinki later on Wednesday, where he is to sign a similar declaration with Finnish President Sauli Niinistö.

Finland's president and prime minister are expected to announce on Thursday whether they support a membership application.

Russia has warned of "military and political" consequences if the two Nordic countries join the alliance.

Subscribe to The Local's newsletter

Read also: What Sweden's Nato debate means for you | Train strikes hit Skåne commuters

Tags: Nato, Boris Johnson, Magdalena Andersson, defence"""))

M.append(dict(id="h43-16", source="thelocal.dk",
url="https://www.thelocal.dk/20190823/trump-and-frederiksen-talk-on-phone-after-greenland-row",
published_at="2019-08-23", body="""The Local Denmark | News in English

Trump and Frederiksen hold "constructive" phone call after Greenland spat

Published: 23 August 2019 09:41 CEST

US President Donald Trump and Danish Prime Minister Mette Frederiksen spoke by telephone on Thursday evening, two days after Trump called off a state visit to Denmark because she would not discuss selling Greenland.

Frederiksen told Danish media on Friday that the conversation had been "good and constructive" and that the two had agreed to continue talking. "We have a strong relationship with the United States, and that is what this was about," she said.

Trump had been due in Copenhagen on September 2 and 3 as a guest of Queen Margrethe. He cancelled on Tuesday in a tweet, saying Frederiksen's dismissal of the idea of a sale as "absurd" had saved both countries expense and effort. On Wednesday he described her comments as "nasty".

The cancellation caused dismay among Danish politicians across the spectrum. The Royal House said it had been "surprised".

The White House said the president still planned to travel to Poland for ceremonies marking the 80th anniversary of the outbreak of World War II on September 1.

Greenland's premier, Kim Kielsen, has said the island is "open for business, not for sale".

Read also:
Danish royal house "surprised" by cancellation
Explained: Why is Greenland so important to the US?

Share | Comments (27)
Cookie settings | The Local Europe AB"""))

M.append(dict(id="h43-17", source="newsinenglish.no",
url="https://www.newsinenglish.no/2018/01/11/solberg-gets-warm-welcome-at-white-house/",
published_at="2018-01-11", body="""Views and News from Norway

Solberg gets warm welcome at the White House

January 11, 2018 | By Nina Berglund

Prime Minister Erna Solberg was received by US President Donald Trump in the Oval Office on Wednesday, with Trump praising Norway's purchases of US fighter jets and military aircraft and calling the country "a great ally".

The meeting lasted longer than planned, and was followed by a working lunch and a joint press conference in the East Room. Solberg had come prepared to talk about trade, Nato and the Arctic, and said she also raised climate change, on which the two governments disagree.

"We have a different view on the Paris Agreement," Solberg said. "But we agree on much more than we disagree on."

Trump noted that Norway had bought F-35 fighters and P-8 maritime patrol aircraft, and said Norway was one of the allies working towards spending two percent of GDP on defence. Norway spends about 1.6 percent.

Foreign Minister Ine Eriksen Søreide accompanied Solberg to Washington and took part in the talks.

Solberg was re-elected in September.

Back home, Labour Party leader Jonas Gahr Støre said the government should "speak more clearly" about differences with the Trump administration.

Support Views and News from Norway: we rely on donations from readers. Click here to contribute.

Related: Norway's defence budget to grow again | Solberg's new government talks drag on

Share this: Facebook | Twitter | Email"""))

M.append(dict(id="h43-18", source="dw.com",
url="https://www.dw.com/en/scholz-and-putin-hold-first-phone-call-in-nearly-two-years/a-70801933",
published_at="2024-11-15", body="""DW | Deutsche Welle

POLITICS | GERMANY
Scholz and Putin hold first phone call in nearly two years

German Chancellor Olaf Scholz has spoken with Russian President Vladimir Putin by phone, urging him to withdraw his troops from Ukraine. Kyiv criticized the call, saying it opened "Pandora's box".

DW with dpa, Reuters | 15.11.2024

Chancellor Olaf Scholz spoke with Russian President Vladimir Putin on Friday, their first conversation since December 2022.

In the call, which lasted about an hour, Scholz condemned Russia's war against Ukraine and called on Putin to be ready for negotiations with Kyiv aimed at a "just and lasting peace", government spokesman Steffen Hebestreit said in a statement. The chancellor also said Germany's support for Ukraine would continue "as long as necessary".

The Kremlin said Putin told Scholz that any agreement would have to take into account "new territorial realities" and Russia's security interests.

Hebestreit said Scholz had informed Ukrainian President Volodymyr Zelenskyy before the call. Zelenskyy nonetheless criticized it, saying Scholz had helped to lessen Putin's isolation.

The call comes days after the collapse of Scholz's three-party coalition and ahead of a snap election expected in February. Opposition leader Friedrich Merz of the Christian Democrats said the call had been "a mistake".

Scholz travels to Brazil for the G20 summit in Rio de Janeiro next week.

Skip next section Related topics: Olaf Scholz, Vladimir Putin, Russia, Ukraine

Recommended
Germany's coalition collapse: What happens next?
Ukraine war: Russia launches massive drone attack

DW News app | Print | Share"""))

M.append(dict(id="h43-19", source="euractiv.com",
url="https://www.euractiv.com/section/politics/news/merz-heads-to-paris-and-warsaw-on-first-day-as-chancellor/",
published_at="2025-05-07", body="""EURACTIV

Politics
Merz heads to Paris and Warsaw on first full day as chancellor

By Euractiv with AFP | 7 May 2025 | Updated: 7 May 2025 18:30

German Chancellor Friedrich Merz travelled to Paris and Warsaw on Wednesday, his first full day in office, in a sign that he wants to put relations with Germany's two key neighbours at the heart of his foreign policy.

At the Élysée Palace, Merz and French President Emmanuel Macron promised a "reset" of Franco-German relations and agreed to set up a joint defence and security council. "We want to give Europe a new momentum," Merz said.

Later in the day he was received by Prime Minister Donald Tusk in Warsaw. Tusk welcomed the chancellor's decision to visit Poland on his first day, but the two disagreed over Germany's plans to tighten controls at its borders and turn back asylum seekers. "Poland will not accept people sent back from Germany," Tusk said.

Merz, who was elected by the Bundestag on Tuesday only in a second round of voting, said Germany would take on more responsibility for European security.

Asked whether he planned to visit Kyiv soon, Merz said he would travel to Ukraine "when the time is right" but gave no date.

The chancellor is expected in Brussels on Friday for meetings with EU and Nato leaders.

Newsletter: The Capitals - Europe's news, every morning

Related
Macron and Merz pledge to work together on defence
Tusk: Poland will not take back migrants

Share: LinkedIn | X | Facebook | Email"""))

M.append(dict(id="h43-20", source="baltictimes.com",
url="https://www.baltictimes.com/lithuania_and_germany_sign_roadmap_on_stationing_of_bundeswehr_brigade/",
published_at="2023-12-18", body="""The Baltic Times

EUR/USD 1.0921 | OMX Vilnius 949.13 ▲ +0.2% | OMX Riga 1,285.04 ▼ -0.1%

Lithuania and Germany sign roadmap on stationing of Bundeswehr brigade

2023-12-18

VILNIUS - Lithuanian Defence Minister Arvydas Anušauskas and German Defence Minister Boris Pistorius on Monday signed a roadmap in Vilnius setting out how a German brigade of around 4,800 troops will be permanently stationed in Lithuania.

Under the document, Germany will begin deploying a command element in 2024, and the brigade is expected to be fully operational by 2027. Lithuania will build the necessary military infrastructure, including barracks and training areas, while Germany will cover the costs of the troops and their equipment.

"This is a historic day for Lithuania and for Germany," Anušauskas told a press conference. Pistorius said the deployment was "a lighthouse project" of German commitment to Nato's eastern flank.

Pistorius was also received by President Gitanas Nausėda and met Prime Minister Ingrida Šimonytė.

Germany's decision to permanently station the brigade was announced by Pistorius in June. Questions remain over who will pay for family housing and schools for soldiers' families, which Lithuania has pledged to provide.

Pistorius said Germany had to become "war-capable" in the face of Russian aggression.

Read more: Estonia to buy IRIS-T air defence systems | Latvia extends border emergency

BNS | Tags: Germany, defence, Lithuania, NATO"""))

M.append(dict(id="h43-21", source="pm.gc.ca",
url="https://www.pm.gc.ca/en/news/news-releases/2023/07/10/prime-minister-trudeau-visits-latvia",
published_at="2023-07-10", body="""Prime Minister of Canada Justin Trudeau

News release

Prime Minister Trudeau strengthens defence and security partnership with Latvia

July 10, 2023
Riga, Latvia

Today, the Prime Minister, Justin Trudeau, concluded a visit to Latvia, where he met with the Prime Minister of Latvia, Krišjānis Kariņš, and visited Canadian Armed Forces members at Camp Ādaži.

Prime Minister Trudeau and Prime Minister Kariņš discussed Russia's illegal war in Ukraine and the security of the Baltic region. The Prime Minister highlighted Canada's leadership of the NATO Enhanced Forward Presence Battle Group in Latvia, which includes soldiers from 10 countries.

In the presence of the two leaders, the Minister of National Defence, Anita Anand, and the Minister of Defence of Latvia, Ināra Mūrniece, signed a roadmap to scale up the battle group to a brigade. Under the roadmap, Canada will deploy up to 2,200 personnel to Latvia on a persistent basis.

The Prime Minister also announced $2.6 billion over three years to support the renewal of Operation REASSURANCE.

The Prime Minister will now travel to Vilnius, Lithuania, to attend the NATO Summit on July 11 and 12.

Quick Facts
Canada and Latvia established diplomatic relations in 1991.
Canada has led the Battle Group in Latvia since 2017.

Associated Links
Operation REASSURANCE
Canada and NATO

Media Relations: Office of the Prime Minister
pmo-cpm@pmo-cpm.gc.ca

Date modified: 2023-07-10
Share this page"""))

M.append(dict(id="h43-22", source="pap.pl",
url="https://www.pap.pl/en/news/tusk-arrives-kyiv-talks-zelensky",
published_at="2024-01-22", body="""PAP | Polish Press Agency

PAP uses cookies. By continuing, you agree to their use. OK

News | Politics

Tusk in Kyiv: Poland will stay Ukraine's advocate

22.01.2024 14:55

Polish Prime Minister Donald Tusk arrived in Kyiv on Monday morning on his first visit to Ukraine since returning to office in December, and held talks with President Volodymyr Zelensky and Prime Minister Denys Shmyhal.

"Poland will be Ukraine's advocate in Europe," Tusk told a press conference with Zelensky. He said Poland was preparing a new package of military aid and would look for ways to finance larger arms purchases for Ukraine, including loans.

The two leaders also discussed the blockade of border crossings by Polish hauliers, which ended last week after the government reached an agreement with the protesters. Grain imports remained a point of dispute, Tusk said.

Shmyhal said the two governments had agreed to hold intergovernmental consultations "by the end of March", without saying where.

Tusk was accompanied by Foreign Minister Radosław Sikorski and Defence Minister Władysław Kosiniak-Kamysz. Sikorski met his Ukrainian counterpart Dmytro Kuleba.

Earlier in the day Tusk visited a memorial wall at St Michael's Monastery for Ukrainian soldiers killed in the war.

Kosiniak-Kamysz said joint production of ammunition was being considered.

Author: Wojciech Górski (PAP)
Source: PAP

Read also: Sikorski: EU aid for Ukraine must be unblocked | Polish farmers plan February protests

Share | Print"""))

M.append(dict(id="h43-23", source="notesfrompoland.com",
url="https://notesfrompoland.com/2024/02/12/tusk-visits-paris-and-berlin-weimar-triangle/",
published_at="2024-02-12", body="""Notes from Poland

Support independent journalism about Poland: become a Patron from $3 a month

Tusk visits Macron and Scholz as Poland seeks to revive Weimar Triangle

February 12, 2024 | Daniel Tilles

Prime Minister Donald Tusk visited Paris and Berlin on Monday, holding talks with French President Emmanuel Macron and German Chancellor Olaf Scholz on European security and support for Ukraine.

In Paris, Tusk said Europe had to become "a military power" and that Donald Trump's weekend comments, suggesting the US would not defend Nato members that do not spend enough, should be "a cold shower" for the continent. He then flew to Berlin, where he and Scholz pledged closer cooperation on defence.

Meanwhile, foreign minister Radosław Sikorski met his French and German counterparts, Stéphane Séjourné and Annalena Baerbock, at La Celle-Saint-Cloud near Paris, the first meeting of the Weimar Triangle format at foreign minister level since 2021.

"We want to make the Weimar Triangle an engine of European security," Sikorski said.

Tusk has sought to repair Poland's relations with Berlin and Paris, which deteriorated under the previous Law and Justice (PiS) government. PiS politicians accused him of being too close to Germany.

Relations with Ukraine were also on the agenda, amid a dispute over grain imports and protests by Polish farmers.

Main image credit: KPRM / Flickr (under public domain)

Related
Poland's new government replaces heads of public media
Sikorski in Kyiv: Poland stands with Ukraine

Comments (12) | Share: Twitter | Facebook"""))

M.append(dict(id="h43-24", source="dailynewshungary.com",
url="https://dailynewshungary.com/swedish-pm-in-budapest-hungary-to-buy-four-more-gripens/",
published_at="2024-02-23", body="""Daily News Hungary

EUR/HUF 392.18 ▲ | USD/HUF 362.45 ▲ | BUX 63,214.02 ▼

Swedish PM in Budapest: Hungary to buy four more Gripens, NATO vote set for Monday

Daily News Hungary | 23 February 2024

Swedish Prime Minister Ulf Kristersson held talks with Prime Minister Viktor Orbán in Budapest on Friday, days before the Hungarian parliament is due to vote on ratifying Sweden's NATO membership.

After the meeting, the two leaders announced that Hungary would purchase four additional JAS 39 Gripen fighter jets from Sweden, bringing its fleet to 18 aircraft. The agreement was signed by the countries' defence officials in Budapest.

"Mutual trust is being rebuilt," Orbán said. "Military cooperation is a good way to build trust." Kristersson said the visit was part of "a respectful dialogue".

Orbán's Fidesz party has said parliament will approve Sweden's accession on Monday, February 26. Hungary is the last member of the alliance yet to ratify.

The Hungarian government had demanded for months that Kristersson come to Budapest. Orbán accused Swedish politicians of "blatant lies" about the state of Hungarian democracy.

The opposition said the government had made Hungary look isolated in NATO.

Share: Facebook | X
Follow Daily News Hungary on Telegram"""))

M.append(dict(id="h43-25", source="nltimes.nl",
url="https://nltimes.nl/2018/07/03/rutte-disagrees-trump-oval-office-trade",
published_at="2018-07-03", body="""NL Times

Rutte contradicts Trump in Oval Office over EU trade

By Janene Pieters on 3 July 2018 - 08:45

Prime Minister Mark Rutte openly contradicted US President Donald Trump during their meeting in the Oval Office on Monday, when Trump said a failure to reach a trade deal with the European Union could also be positive.

When the president suggested that it would be fine if no deal were reached, Rutte interrupted with a firm "No", and then laughed, according to video of the meeting. "We have to work something out," the prime minister said.

It was Rutte's first visit to the Trump White House. The two also discussed Nato defence spending, which Trump wants European allies to increase. The Netherlands spends about 1.35 percent of GDP on defence.

Rutte later said the meeting had been "good and useful".

The meeting came a week before the Nato summit in Brussels. Trump will also stop in Britain, where he is due to meet Prime Minister Theresa May, before holding a summit with Russian President Vladimir Putin in Helsinki on July 16.

Rutte said he had encouraged Trump to speak to Putin about the downing of flight MH17 over Ukraine in 2014, which killed 196 Dutch citizens.

Related: Dutch economy grows 0.6% in second quarter | KLM, pilots reach agreement

Share | 14 comments"""))

M.append(dict(id="h43-26", source="ruv.is",
url="https://www.ruv.is/english/2019-09-04-pence-meets-icelandic-leaders",
published_at="2019-09-04", body="""RÚV English | News from Iceland

Pence meets Icelandic leaders; Arctic and China on the agenda

4 September 2019 at 21:15 | RÚV English

US Vice President Mike Pence arrived in Iceland on Wednesday, the most senior US official to visit the country in more than a decade.

Pence met Foreign Minister Guðlaugur Þór Þórðarson at Höfði House in Reykjavík, where the two discussed trade, security in the North Atlantic and China's interest in the Arctic. He also met President Guðni Th. Jóhannesson.

Prime Minister Katrín Jakobsdóttir, who was attending a Nordic trade union congress in Sweden when Pence's visit was announced, met the vice president at Keflavík airport in the evening. She said she had raised climate change and human rights.

Pence said the United States wanted to deepen economic ties and thanked Iceland for rejecting participation in China's Belt and Road Initiative. Guðlaugur Þór said Iceland had not made any such decision.

Pence arrived from Ireland, where he met Taoiseach Leo Varadkar at Shannon Airport on Tuesday. He is due in London on Thursday for talks with Prime Minister Boris Johnson.

Several hundred people protested in Reykjavík, and rainbow flags were flown at businesses along the route of the motorcade.

Related: Icelandair cuts routes | Weather warning for the Westfjords

Share: Facebook | Twitter"""))
