# Short items (300-1,100 characters), h25-27 .. h25-40
S = []

S.append(dict(id="h25-27", source="rtp.pt",
url="https://www.rtp.pt/noticias/politica/marcelo-chega-a-luanda-para-visita-de-estado-a-angola_n1134521",
published_at="2019-03-05", body="""RTP Notícias | Política | País | Mundo | Economia

Marcelo chega a Luanda para visita de Estado a Angola

O Presidente da República, Marcelo Rebelo de Sousa, chegou esta terça-feira a Luanda, onde foi recebido no aeroporto pelo ministro das Relações Exteriores angolano, Manuel Augusto, no início de uma visita de Estado de cinco dias a Angola.

Na quarta-feira, Marcelo será recebido pelo Presidente João Lourenço no Palácio da Cidade Alta, seguindo-se conversações oficiais e um jantar de Estado. O programa inclui ainda uma deslocação a Benguela e encontros com a comunidade portuguesa.

A visita retribui a deslocação de João Lourenço a Lisboa, em novembro, e confirma o fim do período de tensão entre os dois países.

Partilhar: Facebook | Twitter | E-mail
Tags: Marcelo Rebelo de Sousa, Angola, João Lourenço"""))

S.append(dict(id="h25-28", source="cityam.com",
url="https://www.cityam.com/uk-and-japan-sign-first-major-post-brexit-trade-deal-in-tokyo/",
published_at="2020-10-23", body="""City A.M. | News | Markets | Opinion | Lifestyle

FTSE 100 5,860.28 ▲ +1.29% | GBP/USD 1.3036 | GBP/EUR 1.1035

UK and Japan sign first major post-Brexit trade deal in Tokyo

International trade secretary Liz Truss and Japanese foreign minister Toshimitsu Motegi today signed the UK-Japan Comprehensive Economic Partnership Agreement in Tokyo, the first big trade deal Britain has secured as an independent trading nation.

The government said the agreement would boost trade with Japan by around £15.2bn in the long run, with benefits for food and drink producers, financial services and digital trade. Critics noted that it largely rolls over terms of the existing EU-Japan deal.

Truss, who flew to Tokyo for the signing, said the deal was "a stepping stone" towards joining the trans-Pacific CPTPP bloc.

Share | Most read: Pound slips as Brexit talks resume in London"""))

S.append(dict(id="h25-29", source="asiadefencewatch.blogspot.com",
url="https://asiadefencewatch.blogspot.com/2024/05/austin-dong-shangri-la-first-meeting.html",
published_at="2024-05", body="""Asia Defence Watch

Friday, May 31, 2024
Austin and Dong finally sit down in Singapore

US Defense Secretary Lloyd Austin and Chinese Defence Minister Admiral Dong Jun held their first face-to-face meeting on Friday, on the sidelines of the Shangri-La Dialogue at the Shangri-La Hotel in Singapore. The talks ran for about 75 minutes, longer than scheduled, according to a Pentagon readout.

Austin raised China's "provocative" activity around Taiwan after drills last week, while the Chinese side said Dong warned Washington not to interfere in the island's affairs. Both sides agreed to keep military channels open.

The pair had spoken by video in April, the first contact at this level since late 2022.

Posted by ADW at 9:14 PM | 3 comments
Labels: China, US, Shangri-La Dialogue, PLA

Newer Post | Older Post | Home
Subscribe to: Post Comments (Atom)"""))

S.append(dict(id="h25-30", source="kathmandupost.com",
url="https://kathmandupost.com/national/2023/05/22/prime-minister-dahal-to-visit-india-from-may-31",
published_at="2023-05", body="""The Kathmandu Post | National | Politics | Money | Opinion

Prime Minister Dahal to visit India from May 31

Prime Minister Pushpa Kamal Dahal will pay an official visit to India from May 31 to June 3 at the invitation of his Indian counterpart Narendra Modi, the Ministry of Foreign Affairs announced on Monday.

It will be Dahal's first bilateral foreign trip since he took office in December. During the visit, he will hold talks with Modi in New Delhi and call on President Droupadi Murmu. He is also scheduled to visit Indore and Ujjain.

Officials said agreements on power trade, cross-border railways and petroleum infrastructure were being prepared.

Published at: May 22, 2023 | Read more: Nepal, India power deal in focus"""))

S.append(dict(id="h25-31", source="pm.gc.ca",
url="https://www.pm.gc.ca/en/news/news-releases/2023/01/08/prime-minister-travel-mexico-city-north-american-leaders-summit",
published_at="2023-01-08", body="""Prime Minister of Canada | News | News releases

Prime Minister to travel to Mexico City for the North American Leaders' Summit

January 8, 2023
Ottawa, Ontario

The Prime Minister, Justin Trudeau, today announced that he will travel to Mexico City, Mexico, from January 9 to 11, 2023, to participate in the North American Leaders' Summit with the President of the United States, Joe Biden, and the President of Mexico, Andrés Manuel López Obrador.

While in Mexico, the Prime Minister will hold a bilateral meeting with President López Obrador to discuss trade, investment, clean energy, and labour mobility.

Quote
"Canada, the United States, and Mexico are stronger when we work together."
— The Right Honourable Justin Trudeau, Prime Minister of Canada

Media Relations: Office of the Prime Minister

Share this page | Date modified: 2023-01-08"""))

S.append(dict(id="h25-32", source="thehindubusinessline.com",
url="https://www.thehindubusinessline.com/news/india-expels-senior-canadian-diplomat-summons-high-commissioner/article67326811.ece",
published_at="2023-09-19", body="""Sensex 67,596.84 ▼ -241.79 | Nifty 20,133.30 ▼ -59.05 | Gold ₹59,420

India expels senior Canadian diplomat, summons High Commissioner

India on Tuesday expelled a senior Canadian diplomat and asked him to leave the country within five days, hours after Ottawa expelled an Indian official over the killing of Sikh separatist Hardeep Singh Nijjar in British Columbia.

Canadian High Commissioner Cameron MacKay was summoned to the Ministry of External Affairs in New Delhi and informed of the decision. The ministry rejected Prime Minister Justin Trudeau's allegations as "absurd and motivated".

Trudeau had told Parliament that he raised the matter with Prime Minister Narendra Modi at the G20 summit in New Delhi earlier this month.

Rupee, bond yields steady despite diplomatic row | Topics: India-Canada, diplomacy"""))

S.append(dict(id="h25-33", source="marketwatch.com",
url="https://www.marketwatch.com/story/oil-soars-after-trump-says-saudi-russia-could-cut-output-2020-04-02",
published_at="2020-04-02", body="""MarketWatch | Markets | Investing | Personal Finance

Oil futures post record one-day jump after Trump says he spoke with Saudi crown prince

Oil futures soared Thursday, with the U.S. benchmark jumping nearly 25%, after President Donald Trump said he had spoken with Saudi Crown Prince Mohammed bin Salman and expected Riyadh and Moscow to cut output by as much as 10 million barrels a day.

Trump wrote on Twitter that the crown prince "spoke with President Putin of Russia." But Kremlin spokesman Dmitry Peskov told reporters there had been no conversation between Putin and the crown prince, and none was planned.

Trump and Putin last spoke on Monday.

West Texas Intermediate crude for May delivery rose $5.01, or 24.7%, to settle at $25.32 a barrel.

Most Popular: Stock market futures rise ahead of jobless data"""))

S.append(dict(id="h25-34", source="northafricapost.com",
url="https://northafricapost.com/65420-tebboune-state-visit-to-france-postponed.html",
published_at="2023-05-03", body="""The North Africa Post

Tebboune's state visit to France postponed

The state visit of Algerian President Abdelmadjid Tebboune to France, initially planned for early May, has been postponed, according to sources in Paris and Algiers.

No new date has been announced. French media reported that the trip could take place in June, citing the social unrest in France over the pension reform and unresolved disputes over the memory of the colonial period.

The visit would be the first by an Algerian head of state to France since 2000.

Tags: Algeria, France, Tebboune, Macron"""))

S.append(dict(id="h25-35", source="gulfnewsdesk.top",
url="https://gulfnewsdesk.top/2023/03/19/uae-president-receives-syrian-president-in-abu-dhabi/",
published_at="2023-03-19", body="""Gulf News Desk | Home | UAE | Saudi | Region

UAE President receives Syrian President in Abu Dhabi

President Sheikh Mohamed bin Zayed Al Nahyan received Syrian President Bashar al-Assad at Qasr Al Watan in Abu Dhabi on Sunday, where the Syrian leader was welcomed with a 21-gun salute and an aerial display.

Assad, who was accompanied by his wife Asma, is on an official visit to the UAE. The two presidents discussed bilateral relations and the reconstruction of areas hit by last month's earthquake.

Read next:
Assad visits Oman in first trip abroad since the quake
Saudi, Syrian officials in talks to reopen embassies

Share on WhatsApp | Telegram | Facebook"""))

S.append(dict(id="h25-36", source="stuff.co.nz",
url="https://www.stuff.co.nz/national/politics/131184925/hipkins-and-albanese-meet-in-canberra",
published_at="2023-02-07", body="""Stuff | National | Politics

Hipkins and Albanese meet in Canberra as 501 deportations top agenda

Prime Minister Chris Hipkins has met Australian Prime Minister Anthony Albanese in Canberra on his first overseas trip since replacing Jacinda Ardern.

The pair held talks at Parliament House on Tuesday, with the deportation of New Zealanders under Australia's section 501 visa rules high on the agenda. Albanese said changes would be made to ensure "common sense" was applied to people who had lived most of their lives in Australia.

Hipkins said the relationship was "in great shape".

Related: Hipkins to face first Question Time as PM | 57 comments"""))

S.append(dict(id="h25-37", source="jis.gov.jm",
url="https://jis.gov.jm/pm-holness-meets-canadian-prime-minister-in-the-bahamas/",
published_at="2023-02", body="""Jamaica Information Service | News | Government | Media

PM Holness Meets Canadian Prime Minister in The Bahamas

Prime Minister the Most Hon. Andrew Holness held bilateral talks with Canadian Prime Minister Justin Trudeau on Thursday, on the margins of the 34th Intersessional Meeting of the Conference of Heads of Government of the Caribbean Community (CARICOM) in Nassau.

The leaders discussed the security situation in Haiti, climate financing and trade. Mr. Holness thanked Canada for its support to the region.

Mr. Trudeau is attending the meeting as a special guest of CARICOM.

Contact: JIS Communications | Share: Facebook | Twitter | WhatsApp"""))

S.append(dict(id="h25-38", source="egypttoday.com",
url="https://www.egypttoday.com/Article/1/126478/Sisi-receives-Sudan-s-Burhan-in-El-Alamein",
published_at="2023-08-29", body="""Egypt Today | Egypt | Politics | Business

Sisi receives Sudan's Burhan in El Alamein

President Abdel Fattah El-Sisi received on Tuesday Lieutenant General Abdel Fattah al-Burhan, head of Sudan's Sovereign Council, in the New Alamein City, presidential spokesman Ahmed Fahmy said.

The visit is Burhan's first trip abroad since fighting broke out with the Rapid Support Forces in April.

The two sides discussed efforts to reach a ceasefire and the humanitarian situation. Sisi stressed Egypt's support for Sudan's stability and territorial integrity.

Related: Egypt receives more than 250,000 people fleeing Sudan"""))

S.append(dict(id="h25-39", source="montsame.mn",
url="https://montsame.mn/en/read/348712",
published_at="2024-08-30", body="""MONTSAME News Agency | Politics | Economy | Society

Russian President Vladimir Putin to pay official visit to Mongolia

Ulaanbaatar, August 30, 2024 /MONTSAME/. At the invitation of President of Mongolia U.Khurelsukh, President of the Russian Federation Vladimir Putin will pay an official visit to Mongolia on September 3, 2024, the Office of the President announced.

During the visit, the two Presidents will hold official talks and attend an event marking the 85th anniversary of the joint victory at the Battle of Khalkh Gol.

Print | Share"""))

S.append(dict(id="h25-40", source="middleeastwire.xyz",
url="https://middleeastwire.xyz/egypt-sisi-calls-erdogan-condolences-earthquake",
published_at=None, body="""Middle East Wire

Sisi calls Erdogan to offer condolences after earthquake

Egyptian President Abdel Fattah al-Sisi phoned Turkish President Recep Tayyip Erdogan on Tuesday to offer condolences over the victims of the devastating earthquake in southern Turkey, the Egyptian presidency said. It was the first phone call between the two leaders.

Sisi expressed Egypt's solidarity with the Turkish people and offered to send humanitarian assistance. The two shook hands at the opening of the World Cup in Doha in November.

Related: UAE president phones Assad after quake | Rescue teams race against time in Hatay"""))
