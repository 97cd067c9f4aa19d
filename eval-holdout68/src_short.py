# Short items (300-1,100 characters), h68-27 .. h68-40
S = []

S.append(dict(id="h68-27", source="ansa.it",
url="https://www.ansa.it/sito/notizie/politica/2023/11/06/migranti-meloni-e-rama-firmano-il-protocollo_8a41c2d7.html",
published_at="2023-11-06", body="""Migranti, Meloni e Rama firmano il protocollo: in Albania due centri per 3mila persone

ROMA, 06 novembre 2023, 18:12 - Redazione ANSA

La presidente del Consiglio Giorgia Meloni e il primo ministro albanese Edi Rama hanno firmato oggi a Palazzo Chigi un protocollo d'intesa che prevede la realizzazione in Albania di due strutture per i migranti soccorsi in mare da navi italiane.

I centri, a Shengjin e a Gjader, saranno sotto giurisdizione italiana e potranno ospitare fino a 3mila persone alla volta. Dovrebbero entrare in funzione nella primavera del 2024.

"L'Albania si comporta come un Paese membro dell'Unione europea", ha detto Meloni. Le opposizioni hanno chiesto che il protocollo passi dal Parlamento.

RIPRODUZIONE RISERVATA © Copyright ANSA

Condividi | Tag: Meloni, Rama, Albania, migranti"""))

S.append(dict(id="h68-28", source="swissinfo.ch",
url="https://www.swissinfo.ch/eng/foreign-affairs/buergenstock-summit-ends-with-most-countries-backing-communique/79512844",
published_at="2024-06-16", body="""SWI swissinfo.ch | Foreign Affairs | Politics | Business

Bürgenstock summit ends with most countries backing communiqué

The two-day summit on peace in Ukraine ended on Sunday with some 80 of the roughly 90 participating countries and organisations backing a final communiqué. India, Saudi Arabia and South Africa were among those that did not sign. Russia was not invited, and China stayed away.

Swiss President Viola Amherd, who received Ukrainian President Volodymyr Zelensky on his arrival on Saturday, said the summit had been "a first step". No host has been named for a follow-up meeting.

On Saturday US Vice President Kamala Harris met Zelensky on the sidelines and announced $1.5 billion in aid for Ukraine's energy sector and humanitarian needs.

Newsletter: Sign up for our weekly newsletter. | Most read on SWI"""))

S.append(dict(id="h68-29", source="meta.mk",
url="https://meta.mk/en/lavrov-in-skopje-for-osce-meeting-szijjarto-only-eu-minister-to-hold-talks-with-him/",
published_at="2023-11-30", body="""Meta.mk | News | Politics | Region

Lavrov in Skopje for OSCE meeting, Szijjártó only EU minister to hold talks with him

Russian Foreign Minister Sergei Lavrov arrived in Skopje late on Wednesday for the OSCE Ministerial Council, after Bulgaria refused to let his plane cross its airspace.

The foreign ministers of Ukraine, Estonia, Latvia and Lithuania boycotted the meeting over his presence.

On the sidelines on Thursday, Lavrov held talks with Hungarian Foreign Minister Péter Szijjártó, who said they had discussed energy supplies. Szijjártó was the only EU minister to meet him.

North Macedonia's Foreign Minister Bujar Osmani, who chairs the OSCE this year, said it was right to keep channels open.

Tags: OSCE, Lavrov, Szijjártó, Skopje | Share"""))

S.append(dict(id="h68-30", source="intellinews.com",
url="https://www.intellinews.com/serbia-signs-2-7bn-deal-for-12-rafale-jets-during-macron-visit-340112/",
published_at="2024-08", body="""EUR/RSD 117.05 | BELEX15 1,052.3 ▲ 0.4% | Brent $79.94

bne IntelliNews | Southeast Europe | Serbia | Defence

Serbia signs €2.7bn deal for 12 Rafale jets during Macron visit

Serbia signed a contract worth €2.7bn for 12 Dassault Rafale fighter jets on Thursday, during a two-day visit to Belgrade by French President Emmanuel Macron.

President Aleksandar Vucic called the purchase historic. It is the biggest defence deal in Serbia's history and a shift away from the Russian-made MiG-29s that make up the core of its air force.

The two governments also signed agreements on civil nuclear energy cooperation, Macron said.

Related: Serbia approves Rio Tinto lithium project"""))

S.append(dict(id="h68-31", source="bundesregierung.de",
url="https://www.bundesregierung.de/breg-en/news/chancellor-scholz-speaks-with-russian-president-putin-2321548",
published_at="2024-11-15", body="""The Federal Government | Press release

Federal Chancellor Scholz speaks with Russian President Putin

Friday, 15 November 2024

Federal Chancellor Olaf Scholz held a telephone conversation with the President of the Russian Federation, Vladimir Putin, this afternoon.

The Federal Chancellor condemned Russia's war of aggression against Ukraine and urged Putin to end it and to withdraw his troops. He stressed Germany's unwavering determination to support Ukraine for as long as necessary.

The Federal Chancellor had informed the Ukrainian President beforehand and will speak with him again afterwards. He is also in close contact with partners.

Share | Print"""))

S.append(dict(id="h68-32", source="headlinesnow.top",
url="https://headlinesnow.top/world/austrian-chancellor-nehammer-meets-putin-in-moscow-110422",
published_at="2022-04-11", body="""Austrian chancellor meets Putin in Moscow, first EU leader since invasion

Austrian Chancellor Karl Nehammer held talks with Russian President Vladimir Putin at his residence outside Moscow on Monday, the first face-to-face meeting between Putin and a European Union leader since Russia invaded Ukraine.

"This is not a friendly visit," Nehammer said afterwards, describing the conversation as "very direct, open and tough". He said he had raised the killings in Bucha.

Nehammer travelled to Ukraine on Saturday, where he met President Volodymyr Zelensky in Kyiv and visited Bucha.

(Reuters)

Related: Johnson meets Zelensky in Kyiv, walks through city centre

Trending | Crypto prices | Weather"""))

S.append(dict(id="h68-33", source="riotimesonline.com",
url="https://www.riotimesonline.com/lula-meets-pope-francis-and-meloni-in-rome-before-heading-to-paris/",
published_at="2023-06-21", body="""USD/BRL 4.78 ▼ | Ibovespa 119,856 ▼ -0.6%

The Rio Times | Brazil | Latin America

Lula meets Pope Francis and Meloni in Rome before heading to Paris

Brazilian President Luiz Inácio Lula da Silva was received by Pope Francis at the Vatican on Wednesday for a private audience of about 45 minutes, in which they discussed the war in Ukraine, the Amazon and the fight against hunger.

Lula later met Italian President Sergio Mattarella at the Quirinal Palace and Prime Minister Giorgia Meloni at Palazzo Chigi.

On Thursday Lula travels to Paris for the Summit for a New Global Financing Pact, and he will hold a bilateral meeting with French President Emmanuel Macron on Friday.

Share | Comments (2)"""))

S.append(dict(id="h68-34", source="pm.gc.ca",
url="https://www.pm.gc.ca/en/news/news-releases/2023/07/07/prime-minister-travel-latvia-and-lithuania",
published_at="2023-07-07", body="""Prime Minister of Canada | News | News releases

Prime Minister to travel to Latvia and Lithuania

July 7, 2023 | Ottawa, Ontario

The Prime Minister, Justin Trudeau, today announced that he will travel to Riga, Latvia, on July 9 and 10, and to Vilnius, Lithuania, from July 10 to 12, 2023, to attend the NATO Summit.

In Latvia, the Prime Minister will meet with the Prime Minister of Latvia, Krišjānis Kariņš, and visit members of the Canadian Armed Forces deployed under Operation REASSURANCE.

In Vilnius, the Prime Minister will join NATO Allies to discuss support for Ukraine and the Alliance's deterrence and defence posture.

Associated links: Operation REASSURANCE | NATO"""))

S.append(dict(id="h68-35", source="thepoint.gm",
url="https://thepoint.gm/africa/senegal/senegals-faye-in-nouakchott-on-first-foreign-trip",
published_at="2024-04-18", body="""The Point | News | Politics | Africa

Senegal's Faye in Nouakchott on first foreign trip, Banjul next

Senegalese President Bassirou Diomaye Faye arrived in Nouakchott on Thursday on his first trip abroad since his inauguration on April 2, and held talks with Mauritanian President Mohamed Ould Ghazouani.

The two leaders discussed the offshore gas field the two countries share, fishing rights and security in the Sahel.

Faye is expected in Banjul on Saturday for a working visit at the invitation of President Adama Barrow, the Gambian presidency said.

Comments (0) | Share"""))

S.append(dict(id="h68-36", source="businesstoday.in",
url="https://www.businesstoday.in/latest/economy/story/india-uk-conclude-free-trade-agreement-modi-starmer-phone-call-475512-2025-05-06",
published_at="2025-05", body="""Sensex 80,641 ▼ -155 | Nifty 24,380 ▼ -81 | USD/INR 84.47

Business Today | Economy

India, UK conclude free trade agreement; Modi, Starmer announce deal on phone call

Prime Minister Narendra Modi and UK Prime Minister Keir Starmer on Tuesday announced the conclusion of negotiations on a free trade agreement and a double contribution convention after a phone call, more than three years after talks began.

Under the deal, British whisky tariffs will be halved to 75% and later reduced further. The agreement still has to be signed and ratified.

Modi said he looked forward to welcoming Starmer to India.

Read more: Sensex ends lower as FMCG stocks drag"""))

S.append(dict(id="h68-37", source="latamdiplomacy.blogspot.com",
url="https://latamdiplomacy.blogspot.com/2024/02/milei-lands-in-israel-embassy-jerusalem.html",
published_at="2024-02-08", body="""Milei in Israel: embassy to move to Jerusalem

Argentine President Javier Milei arrived in Israel on Tuesday on his first bilateral trip since taking office in December, and announced at Ben Gurion airport that he plans to move Argentina's embassy to Jerusalem. He was welcomed by Foreign Minister Israel Katz.

On Wednesday Milei held talks with Prime Minister Benjamin Netanyahu. He also prayed at the Western Wall.

From Israel he heads to Rome, where he is due to attend a canonisation at St Peter's on Sunday and meet Pope Francis on Monday. A meeting with Italian Prime Minister Giorgia Meloni is possible.

Posted by Mateo R. at 11:04 PM | 3 comments
Labels: Argentina, Israel, Milei"""))

S.append(dict(id="h68-38", source="seanewswire.site",
url="https://seanewswire.site/indonesia/prabowo-meets-xi-beijing-first-trip-abroad-heads-to-washington",
published_at="2024-11-10", body="""Prabowo meets Xi in Beijing on first trip abroad as president, heads to Washington

Indonesian President Prabowo Subianto held talks with Chinese President Xi Jinping in Beijing on Saturday, on his first foreign trip since his October 20 inauguration. Deals worth $10 billion were signed. A line in the joint statement on "joint development" in areas of "overlapping claims" drew criticism at home.

Prabowo flies to Washington on Sunday and is scheduled to meet President Joe Biden at the White House on Tuesday, before the APEC summit in Peru and the G20 in Brazil.

His office also released a video of Prabowo congratulating US president-elect Donald Trump by phone.

Source: Agencies | Trending: Bitcoin tops $80,000"""))

S.append(dict(id="h68-39", source="regjeringen.no",
url="https://www.regjeringen.no/en/aktuelt/norway-and-ukraine-sign-security-cooperation-agreement/id3040512/",
published_at="2024-05", body="""Government.no | Office of the Prime Minister | Press release

Norway and Ukraine sign security cooperation agreement

Prime Minister Jonas Gahr Støre and President Volodymyr Zelenskyy today signed a bilateral agreement on security cooperation and long-term support, on the margins of the Nordic-Ukrainian summit in Stockholm.

The agreement runs for ten years and sets out Norway's support through the Nansen Support Programme for Ukraine.

Sweden and Iceland signed similar agreements with Ukraine at the same meeting.

Share | Print | Last updated: 31/05/2024"""))

S.append(dict(id="h68-40", source="caucasuswire.online",
url=None,
published_at=None, body="""Aliyev, Pashinyan meet in Abu Dhabi in first bilateral talks without mediators

Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan held talks in Abu Dhabi on Thursday, their first meeting without international mediators.

The two sides said the talks on a peace treaty, whose text was agreed in March, would continue. Azerbaijan still demands that Armenia change its constitution before signing. Both leaders thanked UAE President Sheikh Mohamed bin Zayed Al Nahyan for hosting.

Related: Pashinyan, Erdogan hold talks in Istanbul

Share | Comments"""))
