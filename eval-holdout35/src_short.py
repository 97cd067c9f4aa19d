# Short items (300-1,100 characters), h35-27 .. h35-40
S = []

S.append(dict(id="h35-27", source="efe.com",
url="https://www.efe.com/efe/america/politica/sanchez-llega-a-chile-primera-etapa-gira-latinoamericana/20000035-3732145",
published_at="2018-08-27", body="""Sánchez llega a Chile en la primera etapa de su gira latinoamericana

Santiago de Chile, 27 ago (EFE).- El presidente del Gobierno español, Pedro Sánchez, llegó este lunes a Santiago, donde será recibido en el Palacio de La Moneda por el presidente chileno, Sebastián Piñera, en la primera etapa de una gira que le llevará también a Bolivia, Colombia y Costa Rica.

Es el primer viaje de Sánchez a América Latina desde que asumió el cargo en junio. En Bolivia se reunirá con Evo Morales, en Bogotá con Iván Duque y en San José con Carlos Alvarado, antes de regresar a Madrid el jueves.

Etiquetas: España, Chile, Pedro Sánchez, Sebastián Piñera

Compartir: Facebook | Twitter | WhatsApp"""))

S.append(dict(id="h35-28", source="demerarawaves.com",
url="https://demerarawaves.com/2020/09/18/pompeo-ali-hold-talks-at-state-house/",
published_at="2020-09-18", body="""Demerara Waves Online News - Guyana

Pompeo, Ali hold talks at State House

September 18, 2020

United States Secretary of State Mike Pompeo on Friday held talks with President Irfaan Ali at State House, the first visit by a US Secretary of State to Guyana. The two sides discussed offshore oil, security and Venezuela, and agreed to begin joint maritime patrols.

Pompeo arrived in Georgetown from Paramaribo, Suriname. He leaves later on Friday for Boa Vista, in the Brazilian state of Roraima, and will end his tour in Bogotá on Saturday with talks with Colombian President Iván Duque.

Filed under: News | Tags: Mike Pompeo, Irfaan Ali, United States

Leave a comment | Share: Facebook · WhatsApp"""))

S.append(dict(id="h35-29", source="bnamericas.com",
url="https://www.bnamericas.com/en/news/panama-us-sign-security-memorandum-during-hegseth-visit",
published_at="2025-04-10", body="""BNamericas | Business Insight in Latin America

Panama, US sign security memorandum during Hegseth visit

Published: Thursday, April 10, 2025

Panama's Public Security Minister Frank Ábrego and US Defense Secretary Pete Hegseth signed a memorandum of understanding in Panama City on Wednesday that allows the rotational presence of US troops at former US bases for training, and a joint declaration on "first and free" passage for US warships through the canal.

Shipping analysts said the deal could ease tensions over Chinese-linked port concessions.

Register for free to read the full article | Already a subscriber? Log in

Related companies: Panama Ports Company, CK Hutchison"""))

S.append(dict(id="h35-30", source="fmprc.gov.cn",
url="https://www.fmprc.gov.cn/eng/wjbxw/202303/t20230326_11049334.html",
published_at="2023-03", body="""Ministry of Foreign Affairs of the People's Republic of China

China and Honduras Establish Diplomatic Relations

On March 26, 2023, State Councilor and Foreign Minister Qin Gang and Foreign Minister of Honduras Eduardo Enrique Reina, who is visiting China, signed in Beijing the Joint Communiqué on the Establishment of Diplomatic Relations between the People's Republic of China and the Republic of Honduras.

The two Foreign Ministers held talks after the signing. Qin Gang said China appreciates the decision of the Honduran government, which is in line with the trend of the times.

Print | Close"""))

S.append(dict(id="h35-31", source="argentinapolitics.substack.com",
url="https://argentinapolitics.substack.com/p/milei-in-rome-pope-meloni",
published_at="2024-02-12", body="""Argentina Politics Weekly

Milei in Rome: a hug for the Pope, lunch with Meloni

Monday's Vatican audience ran to more than an hour, long by papal standards. Javier Milei, who once called Francis "the representative of evil on Earth", gave him lemon cookies and a handshake that turned into a hug. The Pope is still not coming to Argentina this year, we're told.

Later in the day Milei saw Giorgia Meloni at Palazzo Chigi and President Sergio Mattarella at the Quirinal. Italy backs his reforms, Rome said.

The trip comes straight after his three days in Israel.

Subscribe | Share | 12 comments"""))

S.append(dict(id="h35-32", source="opm.gov.tt",
url="https://www.opm.gov.tt/media-release-official-visit-of-the-prime-minister-of-india/",
published_at="2025-07-01", body="""Office of the Prime Minister, Republic of Trinidad and Tobago

Media Release: Official Visit of the Prime Minister of India

The Honourable Kamla Persad-Bissessar, SC, MP, Prime Minister of the Republic of Trinidad and Tobago, is pleased to announce that His Excellency Narendra Modi, Prime Minister of the Republic of India, will undertake an Official Visit to Trinidad and Tobago from July 3 to 4, 2025.

During the visit, Prime Minister Modi will hold bilateral talks with Prime Minister Persad-Bissessar, call on Her Excellency Christine Kangaloo, President of the Republic, and address a Joint Sitting of the Parliament. Several agreements are expected to be signed.

Office of the Prime Minister
July 1, 2025"""))

S.append(dict(id="h35-33", source="dallasnews.com",
url="https://www.dallasnews.com/news/politics/2016/08/31/trump-meets-pena-nieto-in-mexico-city/",
published_at="2016-08-31", body="""Trump meets Peña Nieto in Mexico City in surprise visit

Republican presidential nominee Donald Trump met Mexican President Enrique Peña Nieto at the Los Pinos residence on Wednesday, hours before a major speech on immigration in Phoenix.

Trump said the two discussed the border wall but not who would pay for it. Peña Nieto later wrote on Twitter that he had made it clear Mexico would not pay. Democratic nominee Hillary Clinton was also invited but has not accepted.

Most popular on DallasNews.com
Cowboys cut veteran receiver
Texas voter ID ruling: what happens next"""))

S.append(dict(id="h35-34", source="brazilian.report",
url="https://brazilian.report/liveblog/politics/2024/02/19/brazil-recalls-ambassador-israel/",
published_at="2024-02", body="""The Brazilian Report | Live blog

Brazil recalls ambassador from Israel, summons Israeli envoy

Brazil recalled its ambassador to Israel, Frederico Meyer, for consultations on Monday, after Israeli Foreign Minister Israel Katz reprimanded him at the Yad Vashem Holocaust memorial over President Lula's comparison of the war in Gaza to the Holocaust. Israel also declared Lula persona non grata.

Foreign Minister Mauro Vieira summoned Israel's ambassador, Daniel Zonshine, to a meeting at the Itamaraty Palace in Rio de Janeiro.

Newsletter: Get our daily briefing. Subscribe"""))

S.append(dict(id="h35-35", source="elsalvadorinenglish.com",
url="https://elsalvadorinenglish.com/2025/04/14/bukele-trump-oval-office-meeting/",
published_at="2025-04-14", body="""El Salvador in English

Bukele meets Trump in Oval Office

Photo: Secretaría de Prensa de la Presidencia

President Nayib Bukele met US President Donald Trump at the White House on Monday, in his first official visit to Washington since Trump's return to office. Bukele told reporters he would not send back Kilmar Abrego García, a Salvadoran man deported to the CECOT prison by mistake, saying he would not "smuggle a terrorist into the United States".

Trump praised El Salvador's security model and said he would like to send more deportees.

Share | Tweet | 34 comments"""))

S.append(dict(id="h35-36", source="telesurenglish.net",
url="https://www.telesurenglish.net/news/Putin-in-Havana-Russia-Writes-Off-Cuban-Debt-20140711-0021.html",
published_at="2014-07-11", body="""teleSUR English

Putin in Havana: Russia writes off 90 percent of Cuban debt

Russian President Vladimir Putin met Cuban President Raúl Castro in Havana on Friday, at the start of a Latin American tour, and confirmed that Moscow has written off 90 percent of the US$35 billion debt Cuba owed the Soviet Union. The two signed agreements on energy, health and industry. Putin also visited Fidel Castro at his home.

Putin flies to Buenos Aires on Saturday for talks with President Cristina Fernández, and then to Brazil for the BRICS summit in Fortaleza.

Share: Facebook | Twitter"""))

S.append(dict(id="h35-37", source="mexicobusiness.news",
url="https://mexicobusiness.news/trade-and-investment/news/sheinbaum-meets-carney-g7-trump-leaves-early",
published_at="2025-06", body="""Mexico Business News

Sheinbaum meets Carney at G7; planned meeting with Trump called off

President Claudia Sheinbaum held talks with Canadian Prime Minister Mark Carney in Kananaskis, Alberta, where she attended the G7 summit as a guest. The two discussed the USMCA review and Carney's planned trip to Mexico.

A meeting with US President Donald Trump did not take place after he left the summit early. Sheinbaum said they would talk by phone. She also met with European Commission President Ursula von der Leyen and European Council President António Costa.

Log in to read more | Subscribe"""))

S.append(dict(id="h35-38", source="focustaiwan.tw",
url="https://focustaiwan.tw/politics/202304010006",
published_at="2023-04-01", body="""Focus Taiwan - CNA English News

Tsai meets Giammattei in Guatemala, heads to Belize next

Guatemala City, April 1 (CNA) President Tsai Ing-wen held talks with Guatemalan President Alejandro Giammattei on Saturday, during a visit to one of Taiwan's few remaining diplomatic allies. Tsai, who arrived on Friday after a transit stop in New York, will travel to Belize on Sunday.

On her way home, Tsai is expected to meet US House Speaker Kevin McCarthy in California.

(By CNA staff) Enditem/AW

Related: Honduras cuts ties with Taiwan, switches to Beijing"""))

S.append(dict(id="h35-39", source="state.gov",
url="https://www.state.gov/secretary-rubios-call-with-mexican-foreign-secretary-de-la-fuente/",
published_at="2025-01", body="""U.S. DEPARTMENT of STATE

Secretary Rubio's Call with Mexican Foreign Secretary de la Fuente

READOUT | OFFICE OF THE SPOKESPERSON

Secretary of State Marco Rubio spoke with Mexican Foreign Secretary Juan Ramón de la Fuente today. The Secretary and the Foreign Secretary discussed migration, the fight against cartels and fentanyl, and the importance of the economic relationship between the United States and Mexico.

Tags: Mexico | Secretary of State

An official website of the United States government"""))

S.append(dict(id="h35-40", source="latamnewsdaily.net",
url="https://latamnewsdaily.net/colombia/colombian-foreign-minister-to-travel-to-washington-after-deportation-row",
published_at=None, body="""Colombian foreign minister to travel to Washington after deportation row

Colombia's Foreign Minister Luis Gilberto Murillo said on Sunday night that he and Ambassador Daniel García-Peña would travel to Washington in the coming hours to follow up on the agreements that ended the standoff over deportation flights.

The White House said Colombia had accepted all of President Trump's terms, including the unrestricted acceptance of deported Colombians, and that tariffs would be held in reserve.

Trending: Petro says he will not attend Trump inauguration events | Dollar falls against peso"""))
