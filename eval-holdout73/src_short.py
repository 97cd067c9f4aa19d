# Short items (300-1,100 characters), h73-27 .. h73-40
S = []

S.append(dict(id="h73-27", source="poder360.com.br",
url="https://www.poder360.com.br/poder-governo/lula-e-trump-conversam-por-videoconferencia-por-30-minutos/",
published_at="2025-10-06", body="""PODER360
Governo | Congresso | Justiça | Economia | Internacional

Lula e Trump conversam por videoconferência por 30 minutos

Presidentes combinaram se encontrar pessoalmente; Mauro Vieira deve se reunir com Marco Rubio

Por Helena Matos-Viegas
06.out.2025 (segunda-feira) - 15h21

O presidente Luiz Inácio Lula da Silva conversou nesta 2ª feira (6.out) com o presidente dos Estados Unidos, Donald Trump, por videoconferência. Segundo o Palácio do Planalto, a conversa durou cerca de 30 minutos e ocorreu em "tom amistoso".

Lula pediu a retirada da sobretaxa de 40% imposta a produtos brasileiros e das sanções contra autoridades. Os dois trocaram telefones e combinaram um encontro pessoal em breve. Uma possibilidade é a cúpula da Asean, na Malásia, no fim do mês.

Trump designou o secretário de Estado, Marco Rubio, para dar seguimento às negociações com o chanceler Mauro Vieira e o vice-presidente Geraldo Alckmin.

Leia também: Haddad diz que tarifaço perdeu força | Alckmin recebe empresários americanos
Assine nossa newsletter"""))

S.append(dict(id="h73-28", source="jamaica-gleaner.com",
url="https://jamaica-gleaner.com/article/news/20250327/rubio-holness-caricom-leaders-meet-kingston",
published_at="2025-03", body="""The Gleaner
News | Business | Sports | Entertainment | Commentary

Rubio meets Holness, CARICOM leaders in Kingston; heads to Guyana, Suriname

US Secretary of State Marco Rubio held talks with Prime Minister Andrew Holness at Jamaica House yesterday, the first stop on a three-nation Caribbean swing dominated by energy, security and Cuba's medical brigades.

Rubio also met jointly with Holness and the leaders of Barbados, Trinidad and Tobago and Haiti's transitional government, where the group discussed the security crisis in Haiti. Holness said Jamaica's arrangement with Cuban doctors was transparent and that workers are paid directly.

The secretary is due in Georgetown today for talks with President Irfaan Ali and will travel on to Paramaribo to meet Suriname's President Chan Santokhi.

Gleaner Writer

Related: Opposition wants clarity on Cuban doctors | JSE market index slips 0.4%
Comments (31) | Share"""))

S.append(dict(id="h73-29", source="latamdiplomacywatch.blogspot.com",
url="https://latamdiplomacywatch.blogspot.com/2016/08/trump-pena-nieto-los-pinos.html",
published_at="2016-08-31", body="""LatAm Diplomacy Watch
Notes on the hemisphere, by Ricardo Ávila-Stone

Wednesday, August 31, 2016

Candidate Trump at Los Pinos: a meeting only one side wanted?

Republican presidential nominee Donald Trump flew to Mexico City today for a private meeting with President Enrique Peña Nieto at Los Pinos, hours before a major immigration speech in Phoenix. Peña Nieto had invited both candidates; Hillary Clinton has not accepted.

At a joint appearance, Trump said they had not discussed who would pay for his border wall. Peña Nieto later wrote on Twitter that he had made clear at the start that Mexico would not pay.

The visit has gone down terribly here. Trump holds no public office, so this was a politician's trip, not a state visit.

Posted by Ricardo at 9:14 PM | 6 comments
Labels: Mexico, US election, Peña Nieto"""))

S.append(dict(id="h73-30", source="bnamericas.com",
url="https://www.bnamericas.com/en/news/us-panama-sign-security-arrangement-during-hegseth-visit",
published_at="2025-04-09", body="""BNamericas | Business Insight in Latin America
Log in | Request a demo

US, Panama sign security arrangement during Hegseth visit

Wednesday, April 09, 2025

US Defense Secretary Pete Hegseth and Panama's Public Security Minister Frank Ábrego signed a memorandum of understanding in Panama City that allows rotating US troops to train and deploy at facilities near the canal, and a joint statement on "first and free" passage of US warships.

Hegseth, who also met President José Raúl Mulino, said the US would "take back" the canal from Chinese influence. Mulino insisted Panama retains full sovereignty and said no permanent US bases were agreed.

Shipping lines are watching for changes to transit fees.

Topics: Ports & Logistics | Panama Canal | Defense
Sign up for our free newsletter"""))

S.append(dict(id="h73-31", source="pm.gc.ca",
url="https://www.pm.gc.ca/en/news/news-releases/2016/11/10/prime-minister-travel-cuba-argentina-and-peru",
published_at="2016-11-10", body="""Prime Minister of Canada

News Release

Prime Minister to travel to Cuba, Argentina and Peru

November 10, 2016
Ottawa, Ontario

Prime Minister Justin Trudeau today announced that he will travel to Havana, Cuba, on November 15 and 16, and to Buenos Aires, Argentina, on November 17. He will then attend the Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Meeting in Lima, Peru, from November 18 to 20.

In Cuba, the Prime Minister will meet with President Raúl Castro. In Argentina, he will meet with President Mauricio Macri to discuss trade, clean energy and investment.

"Canada and Latin America share deep ties," said the Prime Minister.

Date modified: 2016-11-10
Share this page"""))

S.append(dict(id="h73-32", source="guardian.co.tt",
url="https://www.guardian.co.tt/news/modi-addresses-parliament-heads-to-argentina-6.2.2213340",
published_at="2025-07-04", body="""Trinidad and Tobago Guardian
News | Business | Sport | Opinion

Modi addresses Parliament, leaves for Argentina

Indian Prime Minister Narendra Modi yesterday addressed a joint sitting of the Parliament at the Red House, on the second day of his official visit, after holding talks with Prime Minister Kamla Persad-Bissessar at the Diplomatic Centre on Thursday.

The two sides signed six agreements, including on digital infrastructure and pharmaceuticals. Modi, who came from Ghana, left last night for Buenos Aires, where he is scheduled to meet President Javier Milei. He then heads to Brazil for the BRICS summit in Rio.

TTSE Composite 1,186.45 ▼ -0.21%
Comments (19) | Newsletter sign-up
Donate to independent Caribbean journalism"""))

S.append(dict(id="h73-33", source="international.gc.ca",
url="https://www.canada.ca/en/global-affairs/news/2023/09/canada-and-ukraine-sign-modernized-free-trade-agreement.html",
published_at="2023-09-22", body="""Government of Canada | Global Affairs Canada

News release

Canada and Ukraine sign modernized free trade agreement

September 22, 2023 - Toronto, Ontario - Global Affairs Canada

Today, Prime Minister Justin Trudeau and Ukrainian President Volodymyr Zelenskyy signed the modernized Canada-Ukraine Free Trade Agreement during the President's visit to Canada.

The modernized agreement includes new chapters on trade in services, investment, digital trade and labour, and will support Ukraine's reconstruction. Minister of Export Promotion, International Trade and Economic Development Mary Ng welcomed the signing.

Contacts: Media Relations Office, Global Affairs Canada
Date modified: 2023-09-22
Report a problem or mistake on this page"""))

S.append(dict(id="h73-34", source="newsbrasil24.top",
url="https://newsbrasil24.top/world/lula-postpones-china-trip-pneumonia-2023-03-25",
published_at="2023-03-25", body="""NewsBrasil24 | World

Lula postpones China trip after pneumonia diagnosis

President Luiz Inácio Lula da Silva has postponed his state visit to China, which was due to begin this weekend, after being diagnosed with mild pneumonia, the presidency said on Saturday. No new date was given.

The trip, with stops in Shanghai and Beijing, was to include talks with President Xi Jinping and the signing of some 20 agreements.

Source: agencies | Trending: Dollar falls against real | Petrobras dividend"""))

S.append(dict(id="h73-35", source="buenosairesherald.com",
url="https://buenosairesherald.com/politics/milei-to-meet-trump-at-the-white-house-on-october-14",
published_at="2025-10", body="""Buenos Aires Herald
Politics | Economy | World | Culture

Milei to meet Trump at the White House on October 14

President Javier Milei will travel to Washington for a meeting with Donald Trump at the White House on October 14, the presidential spokesperson Manuel Adorni confirmed.

The meeting follows their encounter on the sidelines of the UN General Assembly in New York last month, when the US Treasury said it was ready to support Argentina. Economy Minister Luis Caputo will accompany the president.

MERVAL 1,793,150 ▲ 2.1% | Blue dollar $1,450
Subscribe to our newsletter"""))

S.append(dict(id="h73-36", source="en.mercopress.com",
url="https://en.mercopress.com/2023/11/22/lacalle-pou-meets-xi-jinping-in-beijing",
published_at="2023-11-22", body="""MercoPress - South Atlantic News Agency

Lacalle Pou meets Xi Jinping in Beijing; ties raised to comprehensive strategic partnership

Wednesday, November 22nd 2023

Uruguayan President Luis Lacalle Pou was received by Chinese President Xi Jinping at the Great Hall of the People in Beijing on Wednesday, during a state visit. The two leaders agreed to raise relations to a comprehensive strategic partnership and discussed Uruguay's pursuit of a bilateral free trade agreement, which Mercosur partners oppose.

Tags: Uruguay, China, Lacalle Pou, Mercosur
Comments: 7"""))

S.append(dict(id="h73-37", source="montsame.mn",
url="https://montsame.mn/en/read/319845",
published_at="2023-05-21", body="""MONTSAME News Agency
Politics | Economy | Society

French President Emmanuel Macron arrives in Mongolia

Ulaanbaatar /MONTSAME/. President of France Emmanuel Macron arrived in Ulaanbaatar today on a visit, the first ever by a French head of state to Mongolia. He was welcomed by President Ukhnaagiin Khurelsukh, and the two presidents held talks on energy, rare earths and climate.

Macron came to Mongolia directly from Hiroshima, Japan, where he attended the G7 summit.

Photo: MONTSAME | Share | Print"""))

S.append(dict(id="h73-38", source="venezuelanotes.wordpress.com",
url="https://venezuelanotes.wordpress.com/2025/02/01/grenell-in-caracas/",
published_at="2025-02", body="""Venezuela Notes
A blog on Venezuelan politics and the diaspora

Grenell in Caracas: six Americans fly home

Richard Grenell, President Trump's envoy for special missions, met Nicolás Maduro at Miraflores Palace on Friday and flew home with six American detainees. Venezuela also agreed to take back deportees.

The White House insists the trip was not recognition of Maduro. Opposition figures are not pleased.

Filed under: US-Venezuela | 12 Comments
Buy me a coffee to keep this blog running."""))

S.append(dict(id="h73-39", source="financecolombia.com",
url="https://www.financecolombia.com/petro-to-meet-biden-at-white-house-april-20/",
published_at="2023-04-18", body="""Finance Colombia
News | Investing | Economy | Energy

Petro to meet Biden at White House on April 20

Colombian President Gustavo Petro is set to meet US President Joe Biden at the White House on Thursday, April 20, his first visit to Washington since taking office. Energy transition, drug policy and Venezuela are expected to top the agenda.

Petro will also host an international conference on Venezuela in Bogotá on April 25.

USD/COP 4,482 | COLCAP 1,192.7 ▼ -0.6%
Subscribe to our weekly investment newsletter"""))

S.append(dict(id="h73-40", source="latinnewsmirror.net",
url="https://latinnewsmirror.net/ecuador-noboa-trump-mar-a-lago-meeting",
published_at=None, body="""LatinNewsMirror | Americas

Ecuador's Noboa meets Trump at Mar-a-Lago

Ecuadorian President Daniel Noboa met President Donald Trump at the Mar-a-Lago resort in Palm Beach, Florida, on Saturday, two weeks before a presidential runoff in which he faces Luisa González. Noboa's office said they discussed security cooperation against drug gangs and trade.

Copied from agency reports | Share | Report content"""))
