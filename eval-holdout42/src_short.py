# Short items (300-1,100 characters), h42-27 .. h42-40
S = []

S.append(dict(id="h42-27", source="lefigaro.fr",
url="https://www.lefigaro.fr/international/en-bref-xi-jinping-a-paris-20240506",
published_at="2024-05-06", body="""EN BREF

Xi Jinping reçu à l'Élysée, première étape de sa tournée européenne

Le président chinois Xi Jinping a été reçu lundi à l'Élysée par Emmanuel Macron, au premier jour d'une visite d'État en France, sa première en Europe depuis cinq ans. La présidente de la Commission européenne, Ursula von der Leyen, s'est jointe à une partie des entretiens, consacrés au commerce et à la guerre en Ukraine.

Après Paris et un déplacement dans les Hautes-Pyrénées mardi, Xi Jinping doit se rendre en Serbie puis en Hongrie.

Par Le Figaro avec AFP | Publié le 06/05/2024 à 19:12

À lire aussi : Voitures électriques, cognac : les dossiers qui fâchent

Partager : Facebook | X | E-mail"""))

S.append(dict(id="h42-28", source="politicalwire.com",
url="https://politicalwire.com/2019/08/21/trump-cancels-denmark-trip/",
published_at="2019-08-21", body="""Trump Calls Off Denmark Visit Over Greenland

August 21, 2019 at 7:14 am EDT | By Taegan Goddard

President Trump said he was postponing his planned visit to Denmark in two weeks after Prime Minister Mette Frederiksen said Greenland was not for sale, Reuters reports.

Trump tweeted that Frederiksen's comments meant he would put the meeting off "for another time". Queen Margrethe had invited him for a state visit on September 2 and 3.

Update 9:40 pm: The White House says Trump spoke by phone with Frederiksen this evening. A Danish government spokesperson called the conversation "constructive".

Get the Political Wire newsletter | Become a member: ad-free and more"""))

S.append(dict(id="h42-29", source="dawn.com",
url="https://www.dawn.com/news/1228880/modi-makes-surprise-stopover-in-lahore",
published_at="2015-12-25", body="""Modi makes surprise stopover in Lahore, meets Nawaz at Raiwind

LAHORE: Indian Prime Minister Narendra Modi made an unannounced stop in Lahore on Friday afternoon, flying in from Kabul to meet Prime Minister Nawaz Sharif, whose birthday it was.

Sharif received Modi at Allama Iqbal International Airport, and the two leaders then flew by helicopter to the Sharif family residence in Raiwind, where they held talks for about an hour before Modi left for New Delhi.

Foreign Secretary Aizaz Chaudhry said the two prime ministers agreed to continue contacts between the two countries.

It was the first visit to Pakistan by an Indian prime minister since 2004. In Kabul, Modi had inaugurated Afghanistan's new parliament building, built with Indian aid.

Published in Dawn, December 26th, 2015"""))

S.append(dict(id="h42-30", source="cnbc.com",
url="https://www.cnbc.com/2014/05/21/russia-china-sign-gas-deal.html",
published_at="2014-05-21", body="""MARKETS | ENERGY

Russia, China sign $400 billion gas deal after decade of talks

Russia and China signed a 30-year deal on Wednesday worth an estimated $400 billion for Gazprom to supply natural gas to China, ending more than a decade of negotiations.

The agreement between Gazprom and China National Petroleum Corp was signed in Shanghai in the presence of Russian President Vladimir Putin and Chinese President Xi Jinping, on the second day of Putin's visit to China.

Gazprom shares rose 1.3 percent in Moscow.

Gazprom 148.60 ▲ +1.3% | Brent crude 110.12 ▲ +0.5%

Get the CNBC newsletter | Watchlist | Follow CNBC on Twitter"""))

S.append(dict(id="h42-31", source="en.vietnamplus.vn",
url="https://en.vietnamplus.vn/us-president-obama-begins-official-visit-to-vietnam/94321.vnp",
published_at="2016-05-23", body="""VietnamPlus | Politics

US President Obama holds talks with President Tran Dai Quang in Hanoi

Hanoi (VNA) - US President Barack Obama held talks with State President Tran Dai Quang in Hanoi on May 23, the first day of his official visit to Vietnam.

At a joint press conference, Obama announced that the United States would fully lift its ban on the sale of lethal weapons to Vietnam. The two leaders witnessed the signing of several cooperation documents.

Obama will travel to Ho Chi Minh City on May 24 before going on to Japan for the G7 summit and a visit to Hiroshima.

VNA | Tags: Barack Obama, Tran Dai Quang, Vietnam-US relations"""))

S.append(dict(id="h42-32", source="axios.com",
url="https://www.axios.com/newsletters/axios-am-2021-11-16",
published_at="2021-11-16", body="""Axios AM | Nov. 16, 2021

1 big thing: Biden and Xi talk for three and a half hours
President Biden and Chinese President Xi Jinping held a virtual summit last night, with Biden in the Roosevelt Room and Xi in Beijing. No breakthroughs were announced. Xi warned the U.S. was "playing with fire" on Taiwan.

2. Infrastructure signed
Biden signed the $1.2 trillion bipartisan infrastructure bill at a White House ceremony.

3. Bannon surrenders
Steve Bannon turned himself in to the FBI to face contempt-of-Congress charges.

Sign up for Axios AM | Share this newsletter"""))

S.append(dict(id="h42-33", source="mfa.gov.tr",
url="https://www.mfa.gov.tr/no_-247_-fidan-visits-damascus.en.mfa",
published_at="2024-12", body="""REPUBLIC OF TÜRKİYE MINISTRY OF FOREIGN AFFAIRS

Press Release Regarding the Visit of Foreign Minister Hakan Fidan to Syria

Foreign Minister Hakan Fidan paid a visit to Damascus on 22 December 2024, where he met with Ahmed al-Sharaa, head of the new Syrian administration.

During the meeting, the sides discussed the political transition in Syria, the return of Syrians, the fight against terrorism and the reconstruction of the country. Minister Fidan stated that Türkiye would continue to stand by the Syrian people.

Other news
Minister Fidan attends the Aqaba meeting on Syria
Statement on the terrorist attack in Magdeburg"""))

S.append(dict(id="h42-34", source="japantoday-watch.blogspot.com",
url="https://japantoday-watch.blogspot.com/2016/11/abe-meets-trump-at-trump-tower.html",
published_at="2016-11-18", body="""Abe first foreign leader to meet Trump

Prime Minister Shinzo Abe met U.S. President-elect Donald Trump at Trump Tower in New York on Thursday evening, becoming the first foreign leader to see him since the election. The meeting lasted about 90 minutes.

"I am convinced Mr Trump is a leader in whom I can have great confidence," Abe told reporters afterwards, without giving details.

Abe then flew to Lima, where he will attend the APEC summit this weekend.

Posted by J. Harada at 10:41 PM | 3 comments
Labels: Abe, Trump, US-Japan"""))

S.append(dict(id="h42-35", source="president.gov.ua",
url="https://www.president.gov.ua/en/news/prezident-ukrayini-ta-prem-yer-ministr-indiyi-proveli-peregovori-92917",
published_at="2024-08-23", body="""President of Ukraine | Official website

President of Ukraine and Prime Minister of India held talks in Kyiv

23 August 2024 - 15:20

President Volodymyr Zelenskyy held talks with Prime Minister of India Narendra Modi, who arrived in Ukraine on his first visit as head of government.

The leaders discussed the Peace Formula and the next Peace Summit. In the presence of the leaders, the sides signed four documents on cooperation in agriculture, medicine, culture and humanitarian aid.

Modi travelled to Kyiv by train from Poland, where he held talks with Prime Minister Donald Tusk on Thursday.

All news
Address by the President on the Day of the State Flag
The President presented state awards to defenders of Ukraine"""))

S.append(dict(id="h42-36", source="reuters.com",
url="https://www.reuters.com/world/us-china-talks-alaska-end-2021-03-19/",
published_at="2021-03", body="""U.S., China end tense Alaska talks

ANCHORAGE, Alaska (Reuters) - U.S. and Chinese officials wrapped up two days of talks in Anchorage on Friday that opened with an unusually public exchange of accusations.

Secretary of State Antony Blinken and national security adviser Jake Sullivan met China's top diplomat Yang Jiechi and Foreign Minister Wang Yi, the first high-level in-person talks of the Biden administration.

"We knew going in that there are a number of issues on which we disagree," Blinken told reporters afterwards. Yang said the talks were "candid, constructive and helpful".

Reporting by Humeyra Pamuk"""))

S.append(dict(id="h42-37", source="semafor.com",
url="https://www.semafor.com/newsletter/04/13/2025/flagship",
published_at="2025-04-13", body="""Semafor Flagship | April 13, 2025

World: US and Iran talk in Oman
US and Iranian officials held their first talks under the Trump administration in Muscat on Saturday. Envoy Steve Witkoff and Foreign Minister Abbas Araghchi sat in separate rooms, with Omani Foreign Minister Badr Albusaidi passing messages between them, but the two men also spoke directly for several minutes at the end, both sides said. They agreed to meet again next Saturday.

Markets: Gold hit a record high as investors sought safety from tariff turmoil.

Sign up for Semafor Flagship | Forward to a friend"""))

S.append(dict(id="h42-38", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/76477",
published_at="2025-03-18", body="""President of Russia | Events | News

Telephone conversation with US President Donald Trump

March 18, 2025 21:30

Vladimir Putin had a telephone conversation with President of the United States Donald Trump.

The leaders continued their detailed and frank exchange of views on the situation around Ukraine. Vladimir Putin supported Donald Trump's proposal that Russia and Ukraine mutually refrain from striking energy infrastructure facilities for 30 days.

The presidents also discussed the Middle East and agreed that Russia and Ukraine would exchange 175 prisoners of war each on March 19. Donald Trump supported Vladimir Putin's idea of organising hockey matches between Russian and American players.

See also
Meeting with Government members"""))

S.append(dict(id="h42-39", source="bcnewsroom.ca",
url="https://bcnewsroom.ca/2025/06/carney-modi-agree-to-restore-high-commissioners/",
published_at="2025-06", body="""Carney, Modi agree to restore high commissioners after Kananaskis talks

Prime Minister Mark Carney and Indian Prime Minister Narendra Modi agreed on Tuesday to return high commissioners to each other's capitals, after talks on the margins of the G7 summit in Kananaskis, Alberta.

Carney also hosted Ukrainian President Volodymyr Zelenskyy, announcing $2 billion in new military assistance. Zelenskyy had hoped to meet U.S. President Donald Trump at the summit, but that meeting did not take place after Trump left a day early because of the conflict between Israel and Iran.

Tags: G7, Mark Carney, Narendra Modi, Kananaskis | Comments: 12"""))

S.append(dict(id="h42-40", source="newsnow-mirror.info",
url=None,
published_at=None, body="""Trump arrives in Riyadh, signs $110 billion arms deal

President Donald Trump arrived in Riyadh on Saturday on the first stop of his first foreign trip as president, and was greeted on the tarmac by King Salman.

Trump and the king signed a joint strategic vision statement, and the two governments concluded arms deals worth almost $110 billion.

Trump will address leaders of Muslim countries on Sunday before flying to Israel on Monday for talks with Prime Minister Benjamin Netanyahu.

Read more: Trending | Oil prices edge up | Gold steady

Source: agencies | Share | Tweet"""))
