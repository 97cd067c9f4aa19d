# Short items (300-1,100 characters), h26-27 .. h26-40
S = []

S.append(dict(id="h26-27", source="agenciabrasil.ebc.com.br",
url="https://agenciabrasil.ebc.com.br/politica/noticia/2024-08/lula-e-boric-assinam-acordos-em-santiago",
published_at="2024-08-05", body="""Agência Brasil

Lula e Boric assinam acordos em visita de Estado ao Chile

Publicado em 05/08/2024 - 15:42 | Por Repórter da Agência Brasil - Santiago

O presidente Luiz Inácio Lula da Silva foi recebido nesta segunda-feira pelo presidente do Chile, Gabriel Boric, no Palácio de La Moneda, em Santiago, no primeiro dia de sua visita de Estado ao país vizinho.

Após a reunião, os dois presidentes assinaram cerca de 19 instrumentos de cooperação nas áreas de comércio, saúde, defesa, ciência e tecnologia. Lula e Boric também trataram da rota bioceânica que ligará o Centro-Oeste brasileiro aos portos do norte chileno.

Na terça-feira, Lula participa de um fórum empresarial antes de retornar a Brasília.

Edição: Denise Griesinger

Tags: Lula, Chile, Gabriel Boric, Política externa

Compartilhe: Facebook | X | WhatsApp"""))

S.append(dict(id="h26-28", source="cgtn.com",
url="https://news.cgtn.com/news/2023-03-26/China-Honduras-establish-diplomatic-relations-1ikZ3lVl1Ju/index.html",
published_at="2023-03-26", body="""CGTN | China | World | Business | Opinions

China, Honduras establish diplomatic relations

Updated 17:05, 26-Mar-2023

Chinese State Councilor and Foreign Minister Qin Gang and Honduran Foreign Minister Eduardo Enrique Reina signed a joint communique on the establishment of diplomatic relations in Beijing on Sunday.

Under the communique, the two governments decided to recognize each other and establish ambassador-level diplomatic ties with effect from the date of signature. Honduras recognized that there is only one China and that Taiwan is an inalienable part of China's territory.

Qin said China welcomed Honduras to join the big family of countries that uphold the one-China principle.

Honduras announced on Saturday that it had severed its "diplomatic relations" with Taiwan.

Source(s): Xinhua

Share: WeChat | Weibo | Facebook | X

Download the CGTN app"""))

S.append(dict(id="h26-29", source="bangkokpost.com",
url="https://www.bangkokpost.com/thailand/politics/3050321/pm-apologises-for-leaked-hun-sen-call",
published_at="2025-06-19", body="""Bangkok Post

SET 1,098.77 ▼ -2.51% | USD/THB 32.78

PM apologises for leaked Hun Sen call as coalition partner quits

Prime Minister Paetongtarn Shinawatra apologised on Thursday after an audio recording of her phone conversation with Cambodia's Senate President Hun Sen was leaked, prompting the Bhumjaithai Party to withdraw from the ruling coalition.

In the call, made on Sunday to discuss the border dispute, Ms Paetongtarn addressed Hun Sen as "uncle" and referred to a Thai army regional commander as being on "the opposite side".

Hun Sen, the president of Cambodia's ruling party, posted the full 17-minute recording on Facebook on Wednesday night.

Ms Paetongtarn said the remarks were a negotiating tactic and that she would no longer hold private talks with him.

Share | Comments (214)

Related: Cambodia to take border dispute to world court"""))

S.append(dict(id="h26-30", source="foreignminister.gov.au",
url="https://www.foreignminister.gov.au/minister/penny-wong/media-release/visit-samoa-and-tonga",
published_at="2022-05-31", body="""Senator the Hon Penny Wong
Minister for Foreign Affairs

Media release

Visit to Samoa and Tonga

31 May 2022

I will travel to Samoa and Tonga from 1 to 3 June, building on my visit to Fiji last week.

In Samoa I will meet Prime Minister Fiamē Naomi Mata'afa to discuss climate change, economic recovery from COVID-19 and regional security. In Tonga I will meet Prime Minister Hu'akavameiliku Siaosi Sovaleni and see Australia's support for recovery from the January volcanic eruption and tsunami.

The Albanese Government will be a partner that listens to the Pacific family.

Media enquiries
Minister's office: (02) 6277 7500

Print | Share"""))

S.append(dict(id="h26-31", source="theedgemalaysia.com",
url="https://theedgemalaysia.com/node/715821",
published_at="2024-06-12", body="""The Edge Malaysia

FBM KLCI 1,608.15 ▲ +0.31% | USD/MYR 4.7155 ▼ -0.0080

Anwar, Lawrence Wong agree to speed up RTS Link, special economic zone in Johor

PUTRAJAYA (June 12): Prime Minister Datuk Seri Anwar Ibrahim hosted his Singapore counterpart Lawrence Wong at Perdana Putra on Wednesday, in Wong's introductory visit to Malaysia since taking office last month.

The two leaders discussed the Johor-Singapore Special Economic Zone and the Rapid Transit System Link, due to begin operations by end-2026. Anwar said both sides hoped to sign an agreement on the economic zone at the annual leaders' retreat later this year.

Share: Facebook | X | LinkedIn | WhatsApp

Subscribe to The Edge for the latest market updates"""))

S.append(dict(id="h26-32", source="islandsdispatch.blogspot.com",
url="https://islandsdispatch.blogspot.com/2023/11/tuvalu-australia-falepili-union.html",
published_at="2023-11", body="""Islands Dispatch

Friday, 10 November 2023

Tuvalu and Australia sign Falepili Union treaty in Rarotonga

Tuvalu Prime Minister Kausea Natano and Australia's Anthony Albanese signed the Falepili Union on the sidelines of the Pacific Islands Forum leaders meeting in Rarotonga, Cook Islands.

Under the treaty, Australia will offer a special visa pathway for up to 280 Tuvaluans a year and commits to helping Tuvalu respond to natural disasters, health pandemics and military aggression. Tuvalu in turn must agree with Australia on any security deal with a third country.

Critics in Funafuti say there was too little consultation.

Posted by Islands Dispatch at 9:12 PM | 3 comments

Labels: Tuvalu, Australia, PIF, climate"""))

S.append(dict(id="h26-33", source="elsalvadorinenglish.com",
url="https://elsalvadorinenglish.com/2025/04/14/bukele-meets-trump-oval-office/",
published_at="2025-04-14", body="""El Salvador in English

Bukele meets Trump in the Oval Office

April 14, 2025 | Politics

President Nayib Bukele met President Donald Trump at the White House on Monday, his first visit since Trump returned to office in January.

Speaking to reporters in the Oval Office, Bukele said he would not send back Kilmar Abrego Garcia, a Salvadoran man deported from the United States by mistake and held in the CECOT mega-prison.

Trump praised Bukele for taking deportees and said the U.S. would keep sending them.

Bukele was accompanied by Foreign Minister Alexandra Hill Tinoco.

Share this: WhatsApp | Facebook | X
Related: Rubio visits El Salvador, secures migrant deal"""))

S.append(dict(id="h26-34", source="japantoday.com",
url="https://japantoday.com/category/politics/south-korea-summons-japanese-diplomat-over-defense-white-paper",
published_at="2023-07-28", body="""Japan Today

S Korea summons Japanese diplomat over Takeshima claim in defense paper

SEOUL - South Korea summoned a senior Japanese diplomat on Friday to protest Japan's latest defense white paper, which repeats Tokyo's claim to a pair of South Korean-controlled islets in the Sea of Japan.

The Foreign Ministry called in Naoki Kumagai, political minister at the Japanese Embassy in Seoul, and demanded that the claim be withdrawn, while the Defense Ministry summoned a Japanese defense attache.

The islets are known as Takeshima in Japan and Dokdo in South Korea.

KYODO

Comments | Share"""))

S.append(dict(id="h26-35", source="thelocal.dk",
url="https://www.thelocal.dk/20190821/trump-postpones-denmark-visit-greenland",
published_at="2019-08-21", body="""The Local Denmark

Trump postpones Denmark visit after PM rules out Greenland sale

US President Donald Trump has called off a state visit to Denmark planned for early September, after Prime Minister Mette Frederiksen said Greenland was not for sale.

Trump wrote on Twitter late on Tuesday that he would postpone the meeting scheduled in two weeks because Frederiksen "had no interest in discussing the purchase of Greenland".

The Royal House said it was surprised by the decision. Trump had been invited by Queen Margrethe.

Frederiksen called the idea of selling Greenland "absurd" on Sunday.

Member benefits | Newsletter | Comments (88)"""))

S.append(dict(id="h26-36", source="pco.gov.ph",
url="https://pco.gov.ph/news_releases/pbbm-to-embark-on-state-visit-to-vietnam/",
published_at="2024-01", body="""Presidential Communications Office

News Releases

PBBM to embark on state visit to Vietnam

President Ferdinand R. Marcos Jr. will undertake a state visit to Vietnam on January 29 to 30 upon the invitation of President Vo Van Thuong, the Department of Foreign Affairs (DFA) announced on Friday.

A DFA official told a Palace briefing that the President will hold a bilateral meeting with President Thuong and is expected to meet Party General Secretary Nguyen Phu Trong and Prime Minister Pham Minh Chinh.

The two sides are expected to sign agreements on rice trade and maritime cooperation, she said.

The President will also meet the Filipino community in Hanoi.

PCO | Share"""))

S.append(dict(id="h26-37", source="montsame.mn",
url="https://montsame.mn/en/read/351020",
published_at="2024-09-03", body="""MONTSAME News Agency

Presidents of Mongolia and Russia hold talks in Ulaanbaatar

Ulaanbaatar /MONTSAME/. President of Mongolia Khurelsukh Ukhnaa held official talks with President of the Russian Federation Vladimir Putin, who is paying an official visit to Mongolia, at the State Palace on September 3.

An official welcoming ceremony was held at Chinggis Khaan Square. The two heads of state discussed cooperation in energy, infrastructure and the supply of fuel, as well as preparations for the 85th anniversary of the victory at Khalkhin Gol.

Following the talks, the two sides signed documents on cooperation.

Tags: Mongolia-Russia, official visit"""))

S.append(dict(id="h26-38", source="bnnbloomberg.ca",
url="https://www.bnnbloomberg.ca/business/politics/2025/05/05/carney-to-meet-trump-at-white-house-tuesday/",
published_at="2025-05-05", body="""BNN Bloomberg

S&P/TSX 25,031.42 ▼ -0.2% | CAD/USD 0.7243 ▲ +0.1% | WTI 57.13 ▼ -1.9%

Carney heads to Washington for first White House meeting with Trump

Prime Minister Mark Carney is travelling to Washington on Monday ahead of a meeting with U.S. President Donald Trump at the White House on Tuesday, their first in-person encounter since the Liberals won last week's federal election.

Carney said he expected "difficult but constructive" talks on tariffs. The two leaders spoke by phone in late March.

Canadian trade officials said no deal was expected.

The Canadian Press

Watch BNN Bloomberg live | Newsletter"""))

S.append(dict(id="h26-39", source="asiaworldnews.site",
url="https://asiaworldnews.site/2020/10/19/suga-hanoi-phuc-first-trip/",
published_at=None, body="""AsiaWorld News

Suga holds talks in Hanoi on first trip abroad as Japan PM

Japanese Prime Minister Yoshihide Suga held talks with Vietnamese Prime Minister Nguyen Xuan Phuc in Hanoi on Monday, after arriving on Sunday for his first overseas trip since taking office last month.

The two sides reached a broad agreement on the export of Japanese defense equipment and technology to Vietnam. Suga flies to Jakarta on Tuesday for talks with Indonesian President Joko Widodo.

Source: Kyodo

Trending: iPhone 12 price in Vietnam | Bitcoin today"""))

S.append(dict(id="h26-40", source="en.mercopress.com",
url="https://en.mercopress.com/2023/05/30/maduro-in-brasilia-for-first-visit-since-2015",
published_at="2023-05", body="""MercoPress

Maduro in Brasilia for first visit since 2015, Lula calls for end to 'narrative'

Venezuelan President Nicolás Maduro was received by President Luiz Inácio Lula da Silva at the Planalto Palace in Brasilia on Monday, his first visit to Brazil in eight years.

Lula said the accusations against Venezuela of authoritarianism were a "narrative" that Caracas had to dismantle. The two governments agreed to step up cooperation in energy, trade and defence.

The meeting came on the eve of a summit of South American presidents called by Lula, which Argentina's Alberto Fernández and Colombia's Gustavo Petro are expected to attend.

Tags: Brazil, Venezuela, Lula, Maduro

MercoPress, South Atlantic News Agency"""))
