# Short items (300-1,100 characters), h59-27 .. h59-40
S = []

S.append(dict(id="h59-27", source="seneweb.com",
url="https://www.seneweb.com/news/Politique/le-president-diomaye-faye-recu-a-l-elysee-par-emmanuel-macron_n_440000.html",
published_at="2024-06-20", body="""Seneweb | Actualités | Politique | Économie | Sport | Vidéos

Le président Diomaye Faye reçu à l'Élysée par Emmanuel Macron

Par la Rédaction | 20 juin 2024 à 17:48

Le président de la République, Bassirou Diomaye Faye, a été reçu ce jeudi au palais de l'Élysée par son homologue français Emmanuel Macron, pour un entretien suivi d'un déjeuner de travail.

Le chef de l'État sénégalais se trouve à Paris pour prendre part au Forum mondial pour la souveraineté vaccinale et l'innovation. Les deux dirigeants ont évoqué la coopération bilatérale, la sécurité au Sahel et l'avenir de la présence militaire française au Sénégal, selon un communiqué de la présidence.

Il s'agit de la première visite du président Faye en France depuis son investiture en avril.

Partager : Facebook | Twitter | WhatsApp
Commentaires (54)"""))

S.append(dict(id="h59-28", source="pm.gc.ca",
url="https://pm.gc.ca/en/news/readouts/2019/04/28/prime-minister-trudeau-meets-prime-minister-japan-shinzo-abe",
published_at="2019-04", body="""Prime Minister of Canada | News | Readouts

Prime Minister Trudeau meets with Prime Minister of Japan Shinzo Abe

Ottawa, Ontario

Prime Minister Justin Trudeau today welcomed the Prime Minister of Japan, Shinzo Abe, to Ottawa.

The prime ministers highlighted the strong friendship between Canada and Japan and welcomed the entry into force of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership, which has opened new opportunities for Canadian farmers and businesses in the Japanese market. They discussed energy, including Canadian liquefied natural gas, and cooperation on innovation.

Prime Minister Trudeau offered his support for Japan's G20 presidency ahead of the Osaka summit in June. The leaders discussed North Korea, the rules-based international order and reform of the World Trade Organization.

The leaders agreed to stay in close contact.

Share this page | Date modified: 2019-04-28"""))

S.append(dict(id="h59-29", source="business-standard.com",
url="https://www.business-standard.com/economy/news/india-uk-sign-trade-deal-at-chequers-125072400000_1.html",
published_at="2025-07-24", body="""Sensex 82,184.17 ▼ -542.47 | Nifty 25,062.10 ▼ -157.80 | USD/INR 86.40 | Brent $69.18

Economy / News

India, UK sign free trade agreement as Modi and Starmer meet at Chequers

Press Trust of India | London | Jul 24 2025

India and the United Kingdom on Thursday signed their Comprehensive Economic and Trade Agreement, which will cut tariffs on Indian textiles, leather and gems and on British whisky, cars and medical devices.

Commerce and Industry Minister Piyush Goyal and UK Business and Trade Secretary Jonathan Reynolds signed the pact in the presence of Prime Minister Narendra Modi and his British counterpart Keir Starmer at Chequers, the British prime minister's country residence.

Modi is on a two-day visit to Britain, after which he will travel to the Maldives for that country's independence anniversary celebrations.

Subscribe to Business Standard Premium | Download the BS app"""))

S.append(dict(id="h59-30", source="elsalvadorinenglish.com",
url="https://elsalvadorinenglish.com/2025/04/14/bukele-meets-trump-oval-office/",
published_at="2025-04-14", body="""El Salvador in English | News | Politics | Travel | Bitcoin

Bukele meets Trump in the Oval Office, says he will not return deported man

Posted on April 14, 2025 by ESIE Staff

President Nayib Bukele was received by US President Donald Trump at the White House on Monday, becoming the first Latin American leader to visit Trump in his second term.

Trump praised the Salvadoran leader for holding migrants deported from the United States in the CECOT mega-prison. Asked about Kilmar Abrego Garcia, a Salvadoran man the Trump administration has admitted was deported by mistake, Bukele said he had no power to return him.

Secretary of State Marco Rubio, who visited San Salvador in February, also attended.

Support independent news from El Salvador - donate today.

Tags: Bukele, Trump, CECOT, White House

3 Comments"""))

S.append(dict(id="h59-31", source="worldnewsmirror.net",
url="https://worldnewsmirror.net/russia-iran-sign-strategic-partnership-treaty-48213",
published_at="2025-01-17", body="""World News Mirror | Home | World | Politics | Tech | Markets

Russia and Iran sign 20-year strategic partnership treaty

Iranian President Masoud Pezeshkian and Russian President Vladimir Putin on Friday signed a comprehensive strategic partnership treaty in the Kremlin, deepening military and economic ties between the two heavily sanctioned countries.

The agreement, which runs for 20 years, covers defence, energy, finance and transport, but unlike Moscow's pact with North Korea does not include a mutual defence clause. Pezeshkian was on his first official visit to Russia since taking office in July.

Source: agencies

Trending: Bitcoin hits record | Gold edges higher | TikTok ban ruling

Disclaimer: This story is auto-aggregated and has not been edited by our staff."""))

S.append(dict(id="h59-32", source="gov.br",
url="https://www.gov.br/planalto/en/latest-news/2024/08/president-lula-begins-state-visit-to-chile",
published_at="2024-08-05", body="""gov.br | Planalto | Latest news

President Lula begins state visit to Chile

Published on 05/08/2024 16h30

President Luiz Inácio Lula da Silva was received on Monday by Chilean President Gabriel Boric at the Palacio de La Moneda in Santiago, at the start of a two-day state visit to Chile.

The two presidents held a private meeting followed by an expanded meeting with ministers, and witnessed the signing of cooperation instruments in areas such as trade, science, health, defence and the bioceanic road corridor linking Brazil's Centre-West to Chilean ports.

On Tuesday, President Lula will take part in a business forum in Santiago.

Other news
President Lula speaks by phone with President Andrés Manuel López Obrador about Venezuela
Ministry of Foreign Affairs comments on Venezuelan election

Share: Facebook | X | WhatsApp | Link"""))

S.append(dict(id="h59-33", source="solomonstarnews.com",
url="https://www.solomonstarnews.com/pm-sogavare-meets-premier-li-in-beijing/",
published_at="2023-07-11", body="""Solomon Star News | National | Business | Pacific | Sports

PM Sogavare meets Premier Li in Beijing; nine agreements signed

By SOLOMON STAR REPORTER in Beijing | July 11, 2023

Prime Minister Manasseh Sogavare held talks with Chinese Premier Li Qiang in Beijing on Monday, during an official visit to China that has raised concern in Canberra and Washington.

The two leaders witnessed the signing of nine agreements, among them a policing cooperation plan, and announced a comprehensive strategic partnership. President Xi Jinping also received the Prime Minister at the Great Hall of the People.

Opposition Leader Matthew Wale said the agreements should be tabled in Parliament.

Share this: Facebook | WhatsApp

Related: Honiara prepares for Pacific Games"""))

S.append(dict(id="h59-34", source="hiiraan.com",
url="https://www.hiiraan.com/news4/2024/Dec/199000/somalia_ethiopia_agree_ankara_declaration.aspx",
published_at="2024-12-12", body="""Hiiraan Online | News | Opinion | Somali

Somalia and Ethiopia agree to end rift in Ankara talks hosted by Erdogan

Thursday December 12, 2024

Ankara (HOL) - Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed agreed late on Wednesday to set aside their differences over Ethiopia's sea access deal with Somaliland, after talks in the Turkish capital mediated by President Recep Tayyip Erdogan.

Erdogan held separate meetings with each leader before bringing them together at the presidential complex. In what the sides called the Ankara Declaration, Ethiopia recognised Somalia's sovereignty and territorial integrity, and the two countries agreed to begin technical talks by the end of February on commercial access to the sea for Ethiopia under Somali authority.

Related: Mogadishu welcomes AU mission vote"""))

S.append(dict(id="h59-35", source="theinvestor.vn",
url="https://theinvestor.vn/us-lifts-arms-embargo-as-obama-visits-hanoi-d1200.html",
published_at="2016-05-23", body="""The Investor | Economy | Investing | Real Estate | Business

VN-INDEX 613.42 ▲ +0.64% | USD/VND 22,310

US lifts arms embargo on Vietnam as Obama visits Hanoi

May 23, 2016 | 16:05

US President Barack Obama announced on Monday that Washington was fully lifting its decades-old ban on arms sales to Vietnam, after talks in Hanoi with President Tran Dai Quang at the start of a three-day visit.

Obama also met Party General Secretary Nguyen Phu Trong and Prime Minister Nguyen Xuan Phuc. Deals announced during the visit include an order by budget carrier VietJet for 100 Boeing aircraft and agreements on engines and power projects.

Obama will travel to Ho Chi Minh City on Tuesday before flying to Japan for the G7 summit.

Tags: Vietnam-US, Boeing, TPP, FDI"""))

S.append(dict(id="h59-36", source="mfa.gov.sg",
url="https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2024/06/PM-introductory-visit-to-Malaysia",
published_at="2024-06", body="""Ministry of Foreign Affairs Singapore | Newsroom | Press Statements

Prime Minister Lawrence Wong's Introductory Visit to Malaysia, 11 to 12 June 2024

Prime Minister Lawrence Wong will make an introductory visit to Malaysia from 11 to 12 June 2024 at the invitation of Prime Minister Anwar Ibrahim.

Prime Minister Wong will receive an official welcome at Perdana Putra in Putrajaya and hold a bilateral meeting with Prime Minister Anwar. He will also call on His Majesty Sultan Ibrahim, the King of Malaysia.

Prime Minister Wong will be accompanied by Minister for Foreign Affairs Dr Vivian Balakrishnan and senior officials.

Deputy Prime Minister Gan Kim Yong will be Acting Prime Minister in Prime Minister Wong's absence.

. . . . .

MINISTRY OF FOREIGN AFFAIRS
SINGAPORE"""))

S.append(dict(id="h59-37", source="moroccoworldnews.com",
url="https://www.moroccoworldnews.com/2022/04/348000/king-mohammed-vi-receives-pedro-sanchez-in-rabat",
published_at="2022-04-07", body="""Morocco World News | Morocco | Politics | Economy | World

King Mohammed VI receives Spain's Sanchez in Rabat, opening 'new stage' in ties

Rabat - King Mohammed VI hosted Spanish Prime Minister Pedro Sanchez at the Royal Palace in Rabat on Thursday evening for an iftar dinner, marking the end of a year-long diplomatic crisis between the two neighbours.

In a joint statement, the two countries announced a roadmap that includes the full resumption of maritime links and border crossings in Ceuta and Melilla in the coming days.

The visit follows Madrid's decision last month to back Morocco's autonomy plan for Western Sahara as "the most serious, realistic and credible basis" for resolving the dispute.

Read also: Algeria recalls ambassador to Spain over Sahara shift

Share | 12 comments"""))

S.append(dict(id="h59-38", source="marketscreener-mirror.com",
url="https://marketscreener-mirror.com/news/oil-edges-up-as-putin-visits-gulf-opec-allies-45510000",
published_at="2023-12-06", body="""Brent $74.30 ▲ +0.2% | WTI $69.38 ▲ +0.1% | Gold $2,026

Oil edges up as Putin visits Gulf OPEC+ allies

Oil prices ticked higher on Wednesday as Russian President Vladimir Putin held talks in Abu Dhabi with UAE President Sheikh Mohamed bin Zayed before flying on to Riyadh, where he met Saudi Crown Prince Mohammed bin Salman.

The two Gulf producers and Russia lead the OPEC+ group, which last week agreed voluntary output cuts of about 2.2 million barrels a day for early next year. Traders have doubted whether the cuts will be fully implemented.

Putin will host Iranian President Ebrahim Raisi in Moscow on Thursday, the Kremlin said.

Markets | Energy | Commodities

This article is syndicated from a third-party source."""))

S.append(dict(id="h59-39", source="korea.net",
url="https://www.korea.net/Government/Briefing-Room/Presidential-Speeches/view?articleId=260000",
published_at="2025-06", body="""korea.net | Government | Briefing Room | Press Releases

President Lee holds phone talks with leaders of US and Japan

President Lee Jae-myung held phone talks with US President Donald Trump on the evening of June 6, two days after taking office, said presidential spokesperson Kang Yu-jung.

The two leaders agreed to work toward a mutually satisfactory tariff agreement at an early date and to meet in person soon.

On June 9, President Lee had a 25-minute phone conversation with Japanese Prime Minister Shigeru Ishiba. The leaders agreed on the importance of stable Korea-Japan relations in the year marking the 60th anniversary of diplomatic ties and discussed meeting at an early opportunity.

Korea.net | Copyright © Korean Culture and Information Service"""))

S.append(dict(id="h59-40", source="africanewswire.top",
url=None,
published_at=None, body="""Africa News Wire | Home | North Africa | Business

Meloni in Algiers for energy talks with Tebboune

Italian Prime Minister Giorgia Meloni was received by Algerian President Abdelmadjid Tebboune in Algiers on Monday on her first bilateral trip outside Europe since taking office, seeking to secure more gas supplies as Italy moves away from Russian energy.

Italy's Eni and Algeria's state energy company Sonatrach signed agreements during the visit to boost gas exports and to study a new pipeline that could also carry hydrogen. Meloni said Italy could become a hub for African energy to Europe.

You may also like: Egypt inflation climbs | Morocco rainfall improves dam levels

Shared via mobile"""))
