# Long pages (2,500-4,500 characters), h22-01 .. h22-12
A = []

A.append(dict(id="h22-01", source="buenosairesherald.com",
url="http://www.buenosairesherald.com/article/165432/putin-and-cfk-sign-nuclear-accord",
published_at="2014-07-12", body="""BUENOS AIRES HERALD
Saturday, July 12, 2014 | Since 1876

MERVAL 7,924.31 ▲ +1.18% | OFFICIAL DOLLAR 8.1350 | BLUE DOLLAR 12.10 | COUNTRY RISK 648 ▼

Argentina | World | Economy | Opinion | World Cup 2014 | BA City

Putin and CFK sign nuclear accord as Kremlin chief tours region

Russian leader flew in overnight after Havana talks; heads for Rio final and BRICS summit in Brazil

By Herald staff

Russian President Vladimir Putin and President Cristina Fernández de Kirchner this afternoon put their names to a package of agreements at Government House, the most important of them a framework accord on the peaceful use of nuclear energy, in a visit both governments held up as proof that Argentina has partners well beyond Washington and Brussels.

The two leaders spoke for more than an hour in private in the Casa Rosada before ministers signed the documents, which also cover communications, legal assistance and cooperation between the two countries' energy companies. Russia's state nuclear corporation Rosatom has been pressing for a role in the planned fourth reactor at the Atucha complex, and Planning Minister Julio De Vido said talks on that project would "move ahead quickly".

Putin landed at Ezeiza shortly before midnight on Friday, after his plane made a brief stop in Managua, where Nicaraguan President Daniel Ortega met him at the airport.

The Argentine leg follows a day in Havana, where Putin held talks with President Raúl Castro and then called on Fidel Castro at his home. On the eve of the trip, Russia agreed to write off around 90 percent of the roughly US$35 billion Cuba owed from the Soviet era, with the rest to be reinvested on the island.

In a joint appearance with no questions from the press, Fernández de Kirchner thanked her guest for Russia's support on the Malvinas and took aim at what she called the "double standards" of the big powers, contrasting Western outrage over the Crimea referendum with London's defence of the islanders' vote last year. Argentina abstained in the UN General Assembly vote on Ukraine's territorial integrity in March.

"Argentina is one of our key strategic partners in Latin America," Putin said, adding that Russian companies were ready to take part in hydroelectric, rail and oil projects. Officials said talks were also under way to bring the Spanish-language service of the state-funded RT channel onto Argentina's free digital television grid.

Putin leaves tonight for Rio de Janeiro, where he will watch Sunday's World Cup final at the Maracanã and formally receive the hosting of the 2018 tournament. He will then hold talks with Brazilian President Dilma Rousseff in Brasília before the BRICS summit opens in Fortaleza on Tuesday. The BRICS leaders are due to meet South American heads of state in Brasília on Wednesday, and the president is among those invited.

The Russian visit is the first of two this month by leaders of BRICS countries. Chinese President Xi Jinping is due in Buenos Aires next Friday for a state visit, during which the government hopes to close financing for the Belgrano Cargas railway and two dams on the Santa Cruz river, and to expand the currency swap between the central banks.

Opposition leaders were unimpressed. "Photographs with Putin will not pay the holdouts," said Radical senator Ernesto Sanz, referring to the US court ruling that has put Argentina on course for a possible default at the end of the month. Economy Minister Axel Kicillof's team is expected in New York next week for talks under the court-appointed mediator.

Related
Kicillof team to meet court mediator in New York
Timerman: Malvinas claim "not up for negotiation"
Xi to bring rail and dam financing to BA

Tags: Vladimir Putin, Cristina Fernández de Kirchner, Russia, nuclear energy, BRICS

Share: Facebook | Twitter | Email | Print
Comments (23)
© 2014 Buenos Aires Herald. All rights reserved."""))

A.append(dict(id="h22-02", source="polskieradio.pl",
url="http://www.thenews.pl/1/10/Artykul/316880,Trump-in-Warsaw-West-will-never-be-broken",
published_at="2017-07-06", body="""Polskie Radio | Radio Poland | News in English
▶ LISTEN LIVE | Polish Radio External Service

This site uses cookies. By continuing to browse you agree to their use. [OK]

Politics | Business | Society | Culture | Sport | World

Trump in Warsaw: "The West will never, ever be broken"

06.07.2017 14:20

US President Donald Trump held talks with Polish President Andrzej Duda at the Royal Castle in Warsaw on Thursday and then delivered a speech in Krasiński Square before flying on to Hamburg, where the G20 summit opens on Friday.

Trump, accompanied by First Lady Melania Trump, landed at Warsaw's Chopin Airport late on Wednesday evening. It is his first visit to Poland and the first stop on his second trip to Europe since taking office.

At a joint news conference after the talks, Duda said the two presidents had discussed security on NATO's eastern flank, the permanent presence of US troops in Poland and energy. Poland took delivery of its first shipment of American liquefied natural gas last month, and Trump said the US was ready to sell more. "We are committed to securing your access to alternative sources of energy," he said.

Defence Minister Antoni Macierewicz told reporters that Warsaw and Washington had signed a memorandum on Poland's planned purchase of the Patriot air defence system. Duda said he hoped the deal would be finalised by the end of the year.

Trump, who has been criticised by allies for his ambivalence about NATO, said in his speech that the United States "has demonstrated not merely with words but with its actions that we stand firmly behind Article 5".

Before the speech, he attended a meeting of the Three Seas Initiative, a forum of twelve Central and Eastern European countries between the Baltic, Adriatic and Black seas, co-hosted by Duda and Croatian President Kolinda Grabar-Kitarović.

"The fundamental question of our time is whether the West has the will to survive," Trump told a crowd gathered near the monument to the 1944 Warsaw Uprising. "Our civilisation will triumph."

From Warsaw, Trump flies to Hamburg, where he is due to meet Chancellor Angela Merkel on Thursday evening. On Friday he will hold his first face-to-face meeting with Russian President Vladimir Putin on the margins of the summit, the White House has confirmed. He is also scheduled to meet Mexican President Enrique Peña Nieto on Friday and Chinese President Xi Jinping on Saturday.

On Thursday night Trump will have dinner with Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in to discuss North Korea, which on Tuesday test-fired what it said was an intercontinental ballistic missile.

Opposition politicians in Warsaw said the government had staged the visit as a show of support for the ruling Law and Justice party, which has been at odds with the European Commission over changes to the judiciary. Government spokesman Rafał Bochenek rejected the charge.

(pj/tr)

Source: PAP, IAR

Read more
Polish, Lithuanian presidents discuss Baltic energy link
PM Szydło: "We will not accept relocation of migrants"
G20: what Poland wants from Hamburg

Share: Facebook | Twitter | Google+ | Print

Polskie Radio S.A. © Copyright 2017"""))

A.append(dict(id="h22-03", source="rfi.fr",
url="https://www.rfi.fr/en/europe/20191210-putin-zelensky-first-face-to-face-talks-paris-normandy-summit",
published_at="2019-12-10", body="""RFI | ENGLISH
Listen | Podcasts | France | Africa | Europe | Americas | Asia-Pacific | Middle East

RFI uses cookies to measure audience and offer you a better service. [Accept] [Customise]

EUROPE

Putin and Zelensky meet for first time in Paris, agree on prisoner swap

Issued on: 10/12/2019 - 01:12 | Modified: 10/12/2019 - 09:40

Russian President Vladimir Putin, French President Emmanuel Macron, German Chancellor Angela Merkel and Ukrainian President Volodymyr Zelensky at the Elysée Palace on 9 December 2019. © AFP

By: RFI

The presidents of Russia and Ukraine sat down together for the first time in Paris on Monday, at a summit hosted by Emmanuel Macron that ended late at night with a pledge to swap all prisoners from the war in eastern Ukraine by the end of the year but no breakthrough on the political future of the Donbas.

After the four-way session with Angela Merkel, Vladimir Putin and Volodymyr Zelensky went into a separate room for a meeting of about an hour, their first one-to-one talks. The Ukrainian side said gas transit had taken up much of it. The current transit contract between Gazprom and Naftogaz runs out on 31 December.

Macron had received each of the two presidents separately at the Elysée in the afternoon, before the four leaders began their talks in the so-called Normandy format, the first such summit in three years.

In a joint statement, the four leaders said they supported a "full and comprehensive" ceasefire to be put in place before the end of 2019, the exchange of "all for all" conflict-related detainees by the same date, and the disengagement of forces in three more areas of the front line by the end of March. They also asked their foreign ministers and advisers to prepare a new summit "within four months".

At a joint news conference that began close to midnight, Zelensky said the results were "very few" but that it was "a very good start". He repeated his red lines: no federalisation of Ukraine, no concession on territory and control of the border with Russia before any local elections in the separatist-held regions.

Putin said the situation was "developing in the right direction" but insisted that the Minsk agreements of 2015 be carried out in their original order, with an amnesty law and special status for the Donbas enshrined in the Ukrainian constitution.

Macron said the meeting had "reopened a path" after years of deadlock. Merkel said there was "a lot of work still to do".

On gas, Putin said a deal was still possible before the end of the month, while Zelensky said the two sides had agreed to continue talks at ministerial level.

The two presidents had previously spoken only by telephone, most recently in the autumn during preparations for the summit.

In Kyiv, several thousand people gathered outside the presidential office on Sunday evening to warn Zelensky against what protesters called a "capitulation", and a tent camp remained in place on Monday.

More than 13,000 people have been killed in the conflict between Ukrainian forces and Russian-backed separatists since 2014.

Also in Europe
Pension reform: strike enters its sixth day
Zelensky-Trump meeting in New York: "nobody pushed me"
Malta prime minister to step down in January

Tags: Ukraine, Russia, France, Germany, Vladimir Putin, Volodymyr Zelensky

Newsletter: Receive all the international news directly in your inbox | Subscribe

Share: Facebook | Twitter | WhatsApp | Email"""))

A.append(dict(id="h22-04", source="swissinfo.ch",
url="https://www.swissinfo.ch/eng/politics/biden-putin-meet-in-geneva-expectations-low/46707392",
published_at="2021-06-16", body="""swissinfo.ch - Swiss perspectives in 10 languages

We use cookies to ensure the best experience on our website. [Accept all] [Settings]

SMI 12,011.46 +0.21% | EUR/CHF 1.0903 | USD/CHF 0.8983

Politics | Business | Science | Culture | Swiss Abroad | Multimedia

Biden and Putin meet in Geneva with expectations kept low

Swissinfo.ch with agencies
June 16, 2021 - 08:30

US President Joe Biden and Russian President Vladimir Putin hold their first summit at the Villa La Grange in Geneva on Wednesday, with both sides playing down the prospect of a breakthrough and large parts of the city sealed off.

Putin is due to land at Geneva airport around midday and will be driven to the 18th-century villa overlooking the lake. Swiss President Guy Parmelin will welcome the two leaders on arrival before leaving them to their talks, which officials expect to last four to five hours, first in a small group and then with larger delegations.

Biden arrived on Tuesday afternoon from Brussels and met Parmelin and Foreign Minister Ignazio Cassis at his hotel. Parmelin said afterwards that they had talked about trade, the pandemic and Switzerland's role as a protecting power representing US interests in Iran. "We have a lot in common," the Swiss president said, adding that he had raised the idea of a free trade agreement.

The summit caps Biden's first trip abroad as president, which took him to the G7 in Cornwall, a NATO summit in Brussels on Monday, where he held his first meeting as president with Turkey's Recep Tayyip Erdoğan, and an EU-US summit on Tuesday.

Biden proposed the meeting in a telephone call with Putin in April. Since then relations have soured further, and both countries have withdrawn their ambassadors for consultations. Washington wants to talk about strategic stability, ransomware attacks launched from Russian territory and the imprisoned opposition politician Alexei Navalny. The Kremlin has said it wants to discuss arms control, the conflict in Ukraine and the two countries' diplomatic missions.

"We don't expect any breakthroughs," Kremlin aide Yuri Ushakov told reporters in Moscow. A senior US official said there would be no joint news conference; each leader will face the press separately.

Geneva has deployed around 4,000 police officers and soldiers. Parts of the lake are closed to boats and the airspace over the city has been restricted. Residents near Parc La Grange have been issued passes to get to their homes.

The city last hosted a superpower summit in 1985, when Ronald Reagan and Mikhail Gorbachev met for the first time at the Fleur d'Eau villa on the other side of the lake.

"Switzerland is not just providing a venue. It is offering a space for dialogue," Cassis said on Tuesday.

Related stories
Geneva braces for summit traffic restrictions
Voters reject CO2 law in blow to climate policy
Cassis: "Good offices are part of our DNA"

Newsletter: Sign up for our free newsletter and get the top stories in your inbox.

SWI swissinfo.ch - a branch of Swiss Broadcasting Corporation SRG SSR

Share: Facebook | Twitter | LinkedIn | Email"""))

A.append(dict(id="h22-05", source="bbc.com",
url="https://www.bbc.com/news/world-asia-62929421",
published_at="2022-09-16", body="""Cookies on the BBC website
We use cookies to give you the best online experience. Let us know if you agree to all of these cookies. [Yes, I agree] [No, take me to settings]

BBC | Home | News | Sport | Weather | iPlayer | Sounds

NEWS
Home | War in Ukraine | Climate | UK | World | Business | Politics | Tech

Asia

SCO summit: Modi tells Putin 'today's era is not of war'

16 September 2022

Image caption: Mr Modi and Mr Putin met on the sidelines of the summit in the Uzbek city of Samarkand

Indian Prime Minister Narendra Modi has told Russian President Vladimir Putin that "today's era is not an era of war", in a rare public rebuke over the conflict in Ukraine.

The two men met on Friday at the Shanghai Cooperation Organisation (SCO) summit in Samarkand, Uzbekistan, their first face-to-face talks since Russia's invasion in February.

"I know your position on the conflict in Ukraine, the concerns that you constantly express," Mr Putin replied in televised remarks. "We will do everything to stop this as soon as possible."

The exchange came a day after Mr Putin met Chinese President Xi Jinping in the same city. In his opening remarks, the Russian leader said he understood Beijing had "questions and concerns" about Ukraine, a surprising admission of strains in a partnership the two countries described as having "no limits" before the invasion. Chinese state media did not mention Ukraine in its account of the meeting.

Mr Xi is on his first trip abroad since the start of the pandemic. He began in Kazakhstan on Wednesday, where he held talks with President Kassym-Jomart Tokayev in the capital Nur-Sultan and pledged to support the country's "independence, sovereignty and territorial integrity", words seen as aimed at Moscow. He then moved on to Samarkand for a state visit to Uzbekistan and talks with President Shavkat Mirziyoyev.

Mr Putin also held talks with Mr Mirziyoyev on Thursday, and met Iranian President Ebrahim Raisi, whose country is set to become a full member of the organisation.

Turkish President Recep Tayyip Erdogan, who is attending as a guest, is due to meet Mr Putin later on Friday, the Kremlin said. Grain exports from Ukraine's Black Sea ports under a deal brokered by Turkey and the UN are expected to be on the agenda.

There was no sign of a meeting between Mr Modi and Mr Xi, whose countries' troops have been facing each other in the Himalayas since a deadly clash in 2020, although the two leaders sat in the same room for the summit's main session.

The summit was overshadowed by fresh fighting on the border between Kyrgyzstan and Tajikistan, whose presidents were both in Samarkand. Kyrgyz officials said Tajik forces had opened fire on border posts; Dushanbe blamed the Kyrgyz side.

Analysis
By our Russia editor

For the Kremlin, the point of Samarkand was to show that Russia is not isolated. But the messages Mr Putin heard here, from Beijing and from Delhi, were not the ones he would have wanted. Both China and India have been buying more Russian oil and have refused to join Western sanctions. Neither wants to be seen endorsing the war.

The SCO was founded in 2001 and its members include China, Russia, India, Pakistan and four Central Asian states.

Related Topics
Vladimir Putin | Narendra Modi | Uzbekistan | Russia-Ukraine war

More on this story
Xi and Putin meet as Russia suffers setbacks in Ukraine
Ukraine war: Kharkiv counter-offensive, what we know
Kyrgyzstan and Tajikistan trade fire on border

Top Stories
Features

Copyright 2022 BBC. All rights reserved. The BBC is not responsible for the content of external sites."""))

A.append(dict(id="h22-06", source="npr.org",
url="https://www.npr.org/2023/02/10/1155987441/biden-lula-white-house-democracy-climate",
published_at="2023-02-10", body="""NPR
Donate
Hourly News | Listen Live | My Playlist

POLITICS

Biden welcomes Brazil's Lula to the White House as both vow to defend democracy

February 10, 2023 5:48 PM ET
By Alana Whitfield

3-Minute Listen | Playlist | Download | Transcript

President Biden meets with Brazilian President Luiz Inácio Lula da Silva in the Oval Office on Friday. Photo: Getty Images

President Biden hosted Brazilian President Luiz Inácio Lula da Silva at the White House on Friday, a meeting between two leaders who each took office after an election their defeated opponent refused to accept and whose capitals were later stormed by the loser's supporters.

"Both our nations have seen our democracies tested," Biden said in the Oval Office. Lula, who was sworn in on Jan. 1 for a third term, thanked Biden for recognizing the result of Brazil's October election quickly. "You were one of the first to call," he said.

In a joint statement after their talks, the two governments promised to work together against extremism and disinformation, and on climate change. The United States said it intended to work with Congress to provide money for the Amazon Fund, which supports efforts to curb deforestation and is financed mainly by Norway and Germany. No figure was announced.

The leaders did not hide their differences over Russia's invasion of Ukraine. Brazil voted to condemn the invasion at the United Nations but has refused to send weapons or ammunition. Lula recently turned down a German request for tank ammunition when Chancellor Olaf Scholz visited Brasília last month.

Lula has instead proposed that a "club" of countries not involved in the war, including Brazil, India and China, try to broker peace talks. He told reporters he planned to discuss the idea with Chinese President Xi Jinping when he travels to Beijing next month.

Lula arrived in Washington on Thursday and met Sen. Bernie Sanders and several Democratic members of Congress, as well as leaders of the AFL-CIO labor federation.

The question of former Brazilian President Jair Bolsonaro, who flew to Florida two days before Lula's inauguration and remains there, was not raised publicly. Some Democratic lawmakers have urged the administration to revoke his visa. A White House spokesperson said the administration had received no request from Brazil regarding Bolsonaro.

Lula told reporters he had invited Biden to visit Brazil. The White House did not say whether he had accepted.

The two presidents are expected to see each other again at international meetings this year, including the G20 summit in India in September.

Sponsor Message

More Stories From NPR
Biden will deliver his State of the Union address amid balloon fallout
Brazil's new government races to protect the Yanomami
Why the Amazon Fund matters for the climate

Facebook | Flipboard | Email

Support public radio
Enjoy this story? Support NPR by donating to your local public radio station.

© 2023 npr"""))

A.append(dict(id="h22-07", source="infobae.com",
url="https://www.infobae.com/en/2024/02/07/milei-meets-netanyahu-in-jerusalem-confirms-embassy-move/",
published_at="2024-02-07", body="""infobae | English edition
Español | English | América | Economía | Teleshow

MERVAL 1,090,210 ▲ 2.3% | DÓLAR OFICIAL $834.50 | DÓLAR BLUE $1,185 | RIESGO PAÍS 1,630

ARGENTINA

Milei meets Netanyahu in Jerusalem, confirms plan to move embassy

The President held talks with the Israeli prime minister and with President Isaac Herzog on the second day of his first official trip to Israel. He will travel to Italy on Friday and meet Pope Francis at the Vatican on Monday

February 7, 2024
By Infobae newsroom

President Javier Milei held talks with Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday and repeated his promise to move Argentina's embassy from Tel Aviv to Jerusalem, a decision that no other South American government has taken.

"It is an honour to be here in the land of Israel," Milei said after the meeting, which lasted about an hour and was attended by Foreign Minister Diana Mondino. Netanyahu thanked him for what he called "a brave decision" and for Argentina's support after the Hamas attack of October 7. Several of the hostages still held in Gaza have Argentine nationality, and their release was one of the main topics, according to the Casa Rosada.

Milei had earlier been received by President Isaac Herzog at his residence.

The President landed at Ben Gurion airport on Tuesday morning and was welcomed on the tarmac by Israeli Foreign Minister Israel Katz. He went straight to the Western Wall in Jerusalem, where he prayed and wept alongside Rabbi Shimon Axel Wahnish, his spiritual adviser, whom he has picked as the next ambassador to Israel. No date has been given for the embassy move.

On Thursday, Milei is due to visit kibbutz Nir Oz, near the Gaza border, where several Argentine-Israeli families were attacked and kidnapped on October 7.

The announcement on the embassy drew criticism from the Palestinian foreign ministry, which said it violated international law, and from opposition lawmakers in Buenos Aires, who warned it could expose Argentina to new risks. The country suffered two deadly attacks on Jewish targets in the 1990s, the bombing of the Israeli embassy in 1992 and of the AMIA community centre in 1994.

From Israel, Milei will fly to Rome on Friday. On Sunday he will attend the canonisation of María Antonia de Paz y Figueroa, known as "Mama Antula", the first Argentine woman to be declared a saint, at St. Peter's Basilica. On Monday he is scheduled to have a private audience with Pope Francis at the Vatican and then to meet Italian Prime Minister Giorgia Meloni at Palazzo Chigi.

It will be Milei's first meeting with the Argentine pontiff since he took office. During the campaign he called Francis "the representative of the evil one on earth", but the Pope phoned him after his election victory in November and the two have since exchanged friendly messages.

The delegation also includes Karina Milei, the secretary-general of the presidency, and presidential spokesman Manuel Adorni.

Keep reading
Caputo meets IMF staff as talks on new program continue
Mondino: "Argentina will not join the BRICS"
Omnibus bill: what changes after the defeat in Congress

Follow us on our WhatsApp channel | Share: Facebook | X | WhatsApp | Telegram

© Infobae 2024"""))

A.append(dict(id="h22-08", source="dw.com",
url="https://www.dw.com/en/scholz-in-uzbekistan-as-berlin-seals-migration-deal/a-70227163",
published_at="2024-09-15", body="""DW | Made for minds.
Skip next section Navigation | Live TV | Media Center | Menu

We use cookies to improve our service for you. You can find more information in our data protection declaration. [OK] [Settings]

Politics | Germany

Scholz in Uzbekistan as Berlin seals migration deal

German Chancellor Olaf Scholz has begun a three-day trip to Central Asia in the ancient city of Samarkand. Germany and Uzbekistan signed an agreement to bring in skilled workers and speed up deportations.

Uzbek President Shavkat Mirziyoyev welcomed Olaf Scholz in Samarkand. Image: dpa/picture alliance

German Chancellor Olaf Scholz arrived in Samarkand on Sunday for talks with Uzbek President Shavkat Mirziyoyev, the first stop on a trip that is also taking him to neighbouring Kazakhstan.

During the visit, the two governments signed a migration agreement that is meant to make it easier for qualified workers from Uzbekistan to find jobs in Germany, while speeding up the return of Uzbek citizens who have no right to stay. Interior Minister Nancy Faeser and Uzbek Foreign Minister Bakhtiyor Saidov signed the document.

German media reported that Berlin also hopes to use Uzbekistan as a route for deporting rejected Afghan asylum seekers. Government spokespeople declined to comment on the reports.

The Samarkand accord comes two days after Germany signed a similar deal with Kenya during a visit to Berlin by President William Ruto. Migration has risen to the top of the political agenda since a deadly knife attack in Solingen in August and the strong showing of the far-right AfD in two eastern state elections.

On Monday, Scholz travels on to Astana for talks with Kazakh President Kassym-Jomart Tokayev. On Tuesday he will take part in the second summit between Germany and the five Central Asian states. The first took place in Berlin last September.

Energy and raw materials are high on the agenda. Kazakhstan has become one of Germany's main suppliers of crude oil since Berlin stopped importing Russian oil, and German companies are interested in the region's deposits of rare earths and other critical minerals.

Scholz is also expected to raise the re-export of Western goods to Russia through Central Asia. Exports of German products to the region have risen sharply since 2022, and some of them are suspected of ending up in Russia in violation of sanctions.

In an interview broadcast by public broadcaster ZDF on Sunday, Scholz said it was time to discuss how to get "from this war situation to peace more quickly", and that Russia should take part in the next international peace conference on Ukraine.

Uzbekistan is seen by Berlin as one of the most reform-minded countries in the region, although human rights groups say political freedoms remain tightly restricted under Mirziyoyev.

Date 15.09.2024
Related topics: Olaf Scholz, Uzbekistan, Kazakhstan, Migration, Central Asia

Send us your feedback | Print | Permalink https://p.dw.com/p/4kQzR

Explore more
Germany to extend border controls to all land borders
Kenya deal: skilled workers for Germany
What's behind Germany's new interest in Central Asia?

© 2024 Deutsche Welle | Legal notice | Privacy Policy | Accessibility statement"""))

A.append(dict(id="h22-09", source="politico.eu",
url="https://www.politico.eu/article/viktor-orban-vladimir-putin-moscow-visit-hungary-eu-presidency/",
published_at="2024-07-05", body="""POLITICO
Log in | Newsletters | Podcasts | Poll of Polls | Policy news | Events

Orbán meets Putin in Moscow days into Hungary's EU presidency

EU leaders scramble to put distance between the bloc and the Hungarian prime minister's self-styled peace mission.

July 5, 2024 4:02 pm CET
By Tamás Veress and Claire Dubois

Viktor Orbán sat down with Vladimir Putin in the Kremlin on Friday, the first visit to Moscow by an EU head of government since Austria's Karl Nehammer made the trip in April 2022, and one that drew immediate condemnation from Brussels and Kyiv.

The Hungarian prime minister, whose country took over the rotating presidency of the Council of the EU on Monday, described the visit as the second stop of a "peace mission". "You cannot make peace from a comfortable armchair in Brussels," he wrote on X after landing.

Putin told Orbán that Moscow was open to a settlement but repeated the conditions he set out last month, including Ukraine's withdrawal from four regions that Russia claims. Orbán said afterwards that the two sides' positions were "very far apart" but that he had learned "what the shortest road to peace could be".

The first stop came on Tuesday, when Orbán travelled to Kyiv for his first visit since Russia's full-scale invasion. Standing next to Volodymyr Zelenskyy, he urged the Ukrainian president to consider a quick ceasefire that could be followed by negotiations. Zelenskyy did not take up the idea in public.

Zelenskyy's office said on Friday that the Moscow trip had not been coordinated with Kyiv and that "no agreements" about Ukraine could be made without Ukraine. Foreign Minister Péter Szijjártó, who accompanied Orbán, said Budapest had informed its partners only once the delegation was on its way.

European Council President Charles Michel said the rotating presidency had "no mandate to engage with Russia on behalf of the EU". Commission President Ursula von der Leyen wrote that "appeasement will not stop Putin". Estonian Prime Minister Kaja Kallas, the nominee to become the EU's next foreign policy chief, accused Orbán of "exploiting" the presidency.

Hungarian officials said Orbán would travel on to Shusha in Azerbaijan on Saturday for an informal summit of the Organization of Turkic States, in which Hungary has observer status. He is also due in Washington next week for NATO's 75th anniversary summit.

Kremlin spokesman Dmitry Peskov said on Thursday evening that Putin expected "no breakthroughs" but was ready to listen.

Diplomats in Brussels said several EU ambassadors had asked for the issue to be raised at their next meeting, and some governments were considering lowering the level of their attendance at informal ministerial meetings hosted by Hungary.

The Hungarian presidency's slogan, "Make Europe Great Again", had already raised eyebrows before the trip.

This article has been updated.

Related
Orbán's presidency: six months of headaches for Brussels
Zelenskyy signs security pacts with Estonia, Lithuania
Kallas: Hungary "cannot speak for Europe"

Most read
Playbook Paris | Brussels Playbook | London Playbook

Subscribe to POLITICO Pro for in-depth policy coverage."""))

A.append(dict(id="h22-10", source="theguardian.com",
url="https://www.theguardian.com/us-news/2025/feb/04/marco-rubio-el-salvador-bukele-deportees-offer",
published_at="2025-02-04", body="""The Guardian
Support the Guardian | Fund independent journalism with $15 per month | Support us →

US | World | Environment | US Politics | Business | Tech | Science

This article is more than 1 year old

Marco Rubio
Bukele offers to jail deportees from US, including Americans, after Rubio visit

Secretary of state calls offer "extraordinary" as he continues first foreign trip, a day after Panama said it would leave China's Belt and Road scheme

Maya Castellanos in Mexico City
Tue 4 Feb 2025 02.14 GMT

El Salvador's president, Nayib Bukele, has offered to take in deportees from the US of any nationality and to hold convicted criminals, including US citizens and legal residents, in his country's mega-prison, the US secretary of state, Marco Rubio, said on Monday after the two men met.

Rubio spent about three hours with Bukele at the Salvadorean leader's residence on the shores of Lake Coatepeque, west of San Salvador. He called the offer "an unprecedented, extraordinary migratory agreement, the most extraordinary anywhere in the world". Legal experts said deporting US citizens would face serious constitutional obstacles.

Rubio flew in from Panama, where on Sunday he told President José Raúl Mulino that the US would take "necessary measures" unless Chinese influence over the canal was reduced. Mulino said afterwards that Panama would not renew its 2017 memorandum of understanding on China's Belt and Road Initiative and might leave it early, but insisted that sovereignty over the canal was "not up for discussion". China's foreign ministry said it "deeply regretted" the decision.

Rubio, the first Latino to serve as secretary of state, continues to Costa Rica on Tuesday, Guatemala on Wednesday and the Dominican Republic on Thursday. Migration and China's growing presence in the region are expected to dominate each stop.

The trip came as Donald Trump's tariff threats against the United States' closest neighbours were put on hold. On Monday, Trump agreed to delay 25% tariffs on Mexico for a month after a phone call with the Mexican president, Claudia Sheinbaum, who promised to send 10,000 national guard troops to the border. Hours later a similar pause was announced for Canada after Trump spoke twice with the prime minister, Justin Trudeau.

An additional 10% tariff on Chinese goods is due to take effect on Tuesday. Trump said he would probably speak to Xi Jinping "over the next 24 hours".

Last week Trump threatened Colombia with sweeping tariffs after its president, Gustavo Petro, turned back two US military flights carrying deportees. Bogotá backed down within hours.

"The message is that the hemisphere comes first," a state department official travelling with Rubio told reporters.

Explore more on these topics
Marco Rubio | El Salvador | Nayib Bukele | Panama | Trump administration | Immigration

Share | Reuse this content

Most viewed
Sign up to This Week in Trumpland: a deep dive into the politics, personalities and power struggles of the administration"""))

A.append(dict(id="h22-11", source="oc-media.org",
url="https://oc-media.org/pashinyan-and-aliyev-sign-peace-declaration-at-white-house/",
published_at="2025-08-09", body="""OC Media
Armenia | Azerbaijan | Georgia | North Caucasus | Opinion | Features

Become a member: OC Media is funded by its readers. Support independent journalism from the Caucasus.

Pashinyan and Aliyev sign peace declaration at the White House

Armenia and Azerbaijan's leaders have signed a joint declaration in Washington, and their foreign ministers have initialled the text of a peace treaty. A transit route through southern Armenia will carry Donald Trump's name.

by Armen Sargsyan and Leyla Huseynova | 9 August 2025

Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev on Friday signed a joint declaration at the White House, alongside US President Donald Trump, committing the two countries to end decades of conflict.

At the same ceremony, Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov initialled the 17-article text of the peace agreement that the two sides finalised in March. The treaty itself has yet to be signed. Baku insists that Armenia must first remove from its constitution a reference to the 1990 declaration of independence, which Azerbaijan says contains territorial claims. Pashinyan has promised a referendum on a new constitution but has not set a date.

The declaration also asks the OSCE to dissolve the Minsk Group, which mediated the conflict for three decades, and provides for a transit route across Armenia's Syunik province linking mainland Azerbaijan with its Nakhchivan exclave. The route is to be called the "Trump Route for International Peace and Prosperity", and the US will have development rights over it.

"Everything remains under Armenian jurisdiction," Pashinyan told reporters, rejecting suggestions that Armenia had ceded control of its territory.

Before the trilateral ceremony, Trump held separate meetings with each leader. The US and Armenia signed memoranda on energy security, artificial intelligence and semiconductors, while Washington and Baku signed a charter setting up a working group on a strategic partnership. Trump also said he would waive restrictions on US defence cooperation with Azerbaijan under Section 907 of the Freedom Support Act.

Both leaders said they would nominate Trump for the Nobel Peace Prize. "For thirty years we were told this was impossible," Aliyev said.

Russia's foreign ministry spokeswoman Maria Zakharova said Moscow welcomed any steps towards peace but warned against solutions "imposed from outside the region". In Tehran, Ali Akbar Velayati, an adviser to the supreme leader, said Iran would oppose any route that changed the region's borders.

In Yerevan, opposition parties accused Pashinyan of giving away too much. The declaration does not mention the return of Armenian prisoners held in Baku, nor the more than 100,000 Armenians who fled Nagorno-Karabakh in 2023.

The two leaders last met one-on-one in Abu Dhabi on 10 July, without mediators.

Read more
Georgian Dream moves to ban opposition parties
Analysis: What the Trump route means for the South Caucasus
Armenia's Catholicos in standoff with government

Tags: Armenia-Azerbaijan peace process, Nikol Pashinyan, Ilham Aliyev, Donald Trump, Syunik

Subscribe to our daily newsletter | Share: Facebook | X | Telegram"""))

A.append(dict(id="h22-12", source="nbcnews.com",
url="https://www.nbcnews.com/politics/trump-putin-alaska-summit-no-deal-zelenskyy-white-house-rcna225108",
published_at="2025-08-16", body="""NBC News
Sign in | Watch Live
Politics | U.S. News | World | Business | Health | Investigations | Culture & Trends

WORLD

Trump and Putin end Alaska summit without Ukraine deal; Zelenskyy to visit White House on Monday

After almost three hours of talks, the two leaders made short statements and took no questions. Trump later said it was "up to Zelenskyy" to make a deal.

Aug. 16, 2025, 8:05 AM EDT
By Daniel Ferris, Kateryna Holub and Michael Anders

ANCHORAGE, Alaska — President Donald Trump and Russian President Vladimir Putin ended their summit at Joint Base Elmendorf-Richardson on Friday without an agreement to stop the war in Ukraine, with Trump saying there was "no deal until there's a deal".

Putin, who was making his first trip to the United States in a decade, was greeted on a red carpet on the tarmac as B-2 bombers flew overhead, and rode with Trump in the presidential limousine to the meeting venue. The talks were held in a three-on-three format: Trump with Secretary of State Marco Rubio and special envoy Steve Witkoff, Putin with Foreign Minister Sergey Lavrov and foreign policy aide Yuri Ushakov. A planned working lunch with larger delegations was dropped.

At a brief joint appearance, Putin spoke of an "understanding" reached with Trump and warned Kyiv and European capitals not to "torpedo" it. As the event ended he turned to Trump and said in English: "Next time in Moscow." Trump replied that he could "see it happening".

On the flight back to Washington, Trump spoke by phone with Ukrainian President Volodymyr Zelenskyy for more than an hour and then joined a call with European leaders, including German Chancellor Friedrich Merz, and NATO Secretary General Mark Rutte.

Zelenskyy said afterwards that he would travel to Washington on Monday to discuss "all of the details regarding ending the killing and the war" with Trump. He called the conversation with the president "long and substantive".

In a post on Truth Social on Saturday, Trump said the leaders had agreed that "the best way to end the horrific war" was to go directly to a peace agreement rather than a ceasefire. He said a meeting between Putin and Zelenskyy could follow "if all works out".

European leaders said in a joint statement that they welcomed Trump's efforts but that Ukraine must be free to make decisions on its territory.

Democrats criticised the welcome given to Putin, who is the subject of an International Criminal Court arrest warrant. The United States does not recognise the court's jurisdiction.

Related
Who's who in the Russian delegation to Alaska
What Putin wants from a deal, and what Kyiv can't give
Oil prices slip after summit ends without agreement

Download the NBC News app for breaking news and alerts

Sponsored Stories

© 2025 NBCUniversal Media, LLC"""))
