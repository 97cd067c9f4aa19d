# Medium wire-style stories (1,200-2,000 characters), h40-13 .. h40-26
M = []

M.append(dict(id="h40-13", source="tanjug.rs",
url="https://www.tanjug.rs/english/politics/putin-arrives-belgrade-talks-vucic-agreements",
published_at="2019-01-17", body="""TANJUG | Serbian news agency | English service

Putin in Belgrade: Serbia, Russia sign 21 agreements

BELGRADE, Jan 17 (Tanjug) - Russian President Vladimir Putin arrived in Belgrade on Thursday for an official visit to Serbia and held talks with Serbian President Aleksandar Vucic at the Palace of Serbia.

Serbian Air Force MiG-29 fighter jets, donated by Russia, escorted the Russian president's plane into Serbian airspace. Putin was welcomed at the airport by Vucic and Prime Minister Ana Brnabic.

After talks in a restricted format and between the two delegations, officials of the two countries signed 21 agreements and memoranda, including on cooperation in the peaceful use of nuclear energy, the extension of the TurkStream gas pipeline through Serbia, and railways.

Vucic decorated Putin with the Order of Karadjordje's Star. "Russia is a great friend of Serbia and I thank President Putin for his support on Kosovo and Metohija," Vucic said.

Putin said Russia would continue to back Serbia's position on Kosovo in the UN Security Council and that trade between the two countries had exceeded $2 billion last year.

The Russian president later visited the Church of Saint Sava, where a Russian-funded mosaic is being completed, as tens of thousands of people gathered in the surrounding streets.

Photo: Tanjug / Zoran Zestic

Latest news
Brnabic receives Chinese Ambassador Chen Bo
Dacic: More countries to withdraw recognition of Kosovo
Belgrade Stock Exchange: BELEX15 up 0.4 pct

(c) Tanjug 2019. All rights reserved. Prohibited to republish without consent."""))

M.append(dict(id="h40-14", source="reuters.com",
url="https://www.reuters.com/world/europe/lavrov-serbia-trip-off-after-neighbours-close-airspace-2022-06-06/",
published_at="2022-06-06", body="""Europe | June 6, 2022 1:52 PM GMT+2 | Updated

Lavrov's Serbia trip off after neighbours close airspace

By Aleksandar Vasovic | 3 minute read

BELGRADE, June 6 (Reuters) - Russian Foreign Minister Sergei Lavrov was forced to call off a visit to Serbia planned for Monday and Tuesday after Bulgaria, North Macedonia and Montenegro refused to let his plane cross their airspace, Serbian media and Russian officials said.

"The unthinkable has happened," Lavrov told a news conference in Moscow, calling the move a hostile act aimed at depriving Russia of its relations with Serbia.

Lavrov had been due to meet President Aleksandar Vucic and Foreign Minister Nikola Selakovic in Belgrade. Serbia, which seeks EU membership, has condemned Russia's invasion of Ukraine at the United Nations but has refused to join Western sanctions against Moscow.

Vucic secured a three-year gas supply deal on favourable terms after a telephone conversation with President Vladimir Putin last month.

German Chancellor Olaf Scholz is due in Belgrade on Friday as part of a two-day trip to the Western Balkans that will also take him to Kosovo, North Macedonia and Bulgaria and to a regional summit in the northern Greek city of Thessaloniki, a German government spokesman said.

The European Union has pressed Belgrade to align its foreign policy with the bloc's.

(Reporting by Aleksandar Vasovic; additional reporting by Reuters Moscow bureau; Editing by Toby Chopra)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Serbia's Vucic says gas deal with Russia good for three years
Kremlin says EU oil embargo will hit European consumers"""))

M.append(dict(id="h40-15", source="hina.hr",
url="https://www.hina.hr/vijest/11235642",
published_at="2022-10-25", body="""HINA | Croatian News Agency | English

Crimea Platform parliamentary summit held in Zagreb

ZAGREB, Oct 25 (Hina) - The first parliamentary summit of the International Crimea Platform was held in Zagreb on Tuesday, bringing together speakers and deputy speakers of parliaments from some 50 countries, and the Speaker of Ukraine's Verkhovna Rada, Ruslan Stefanchuk, thanked Croatia for its support.

The summit was hosted by Croatian Parliament Speaker Gordan Jandrokovic, who said Croatia, which had experienced aggression and occupation in the 1990s, understood Ukraine "better than many others".

Before the summit, Jandrokovic and Stefanchuk held bilateral talks at the parliament building on St Mark's Square. Stefanchuk later met Prime Minister Andrej Plenkovic at Banski Dvori, where they discussed humanitarian demining and the reconstruction of Ukraine, the government said.

Ukrainian President Volodymyr Zelensky addressed the participants by video link, calling on parliaments to recognise Russia as a terrorist state.

The participants adopted a joint declaration condemning Russia's attempted annexation of four Ukrainian regions and calling for the de-occupation of Crimea.

President Zoran Milanovic, who has criticised the summit and did not take part, told reporters in Osijek that Croatia should not "play the role of a big power".

The Russian embassy in Zagreb described the event as "an anti-Russian gathering".

The Crimea Platform was launched at a summit of heads of state and government in Kyiv in August 2021; Tuesday's meeting was the first at the level of parliaments.

(Hina) ms yt

Share | Print | Subscribe to the Hina English service"""))

M.append(dict(id="h40-16", source="agerpres.ro",
url="https://www.agerpres.ro/english/2019/08/20/iohannis-trump-white-house-meeting",
published_at="2019-08-20", body="""AGERPRES | Romanian National News Agency | English

President Iohannis meets President Trump at White House; joint statement on strategic partnership

Washington, Aug 20 /Agerpres/ - President Klaus Iohannis was received on Tuesday at the White House by US President Donald Trump, for talks on defence, energy and economic cooperation, on the occasion of his working visit to the United States.

The two presidents had a tete-a-tete in the Oval Office, followed by an expanded meeting and a working lunch. They adopted a joint statement which reaffirms the strategic partnership between Romania and the United States and, according to the Presidential Administration, highlights cooperation on defence, energy security, trade and investment, and the development of secure 5G networks.

"Romania is a reliable ally and a solid partner of the United States," Iohannis said in the Oval Office, adding that Romania had met its commitment to spend 2 pct of GDP on defence.

Trump praised Romania's defence spending and said the two countries were discussing further purchases of US military equipment. He also said that Romania was "doing very well" on visa waiver requirements, an issue raised by the Romanian side.

Iohannis invited President Trump to pay a visit to Romania, the Presidential Administration said. No date was announced.

It was Iohannis's second visit to the White House during the Trump administration, after talks in June 2017.

AGERPRES (RO - author: Florin Dumitrescu; EN - author: Simona Klodnischi, editor: Adrian Dadarlat)

Photo: Presidential Administration

Follow AGERPRES on Facebook | X | Telegram

Most read: Leu steady against euro at 4.7244 | Weather: heatwave warning for southern Romania"""))

M.append(dict(id="h40-17", source="armenpress.am",
url="https://armenpress.am/eng/news/1130872/",
published_at="2024-02-23", body="""ARMENPRESS | Armenian News Agency | Politics | Economy | Society | World

Armenia, France sign contract for CAESAR self-propelled howitzers

YEREVAN, FEBRUARY 23, ARMENPRESS. Armenian Defense Minister Suren Papikyan and French Minister of the Armed Forces Sebastien Lecornu on Friday signed a contract on the supply of CAESAR self-propelled howitzers to Armenia.

The signing took place in Yerevan during the official visit of Minister Lecornu to Armenia, the Defense Ministry said.

"This is a new stage in our defense cooperation," Papikyan said at a joint press conference, adding that the cooperation was not directed against any third country.

Lecornu said France would continue to help Armenia strengthen its defensive capabilities and that the howitzers, with a range of about 40 kilometers, were "defensive weapons". He said the contract followed earlier agreements on the delivery of GM200 radars and Bastion armored vehicles.

Earlier in the day, the French minister was received by Prime Minister Nikol Pashinyan. The sides discussed regional security, the peace process with Azerbaijan, and the implementation of agreements reached between Pashinyan and President Emmanuel Macron.

Lecornu also visited the Tsitsernakaberd Memorial and paid tribute to the victims of the Armenian Genocide.

Baku criticized the deal, with the Azerbaijani Foreign Ministry accusing Paris of "arming Armenia" and undermining the peace process.

Other news
Mirzoyan, Bayramov to meet in Berlin on February 28-29
Pashinyan attends Manouchian ceremony at Pantheon in Paris
Exchange rates: USD 404.82 AMD, EUR 437.91 AMD

All rights reserved. Reproduction without reference to ARMENPRESS is prohibited."""))

M.append(dict(id="h40-18", source="apa.az",
url="https://apa.az/en/foreign-policy/president-erdogan-arrives-in-nakhchivan-412345",
published_at="2023-09-25", body="""APA | Azerbaijan | Politics | Foreign policy | Economy | Region | World
Join APA on WhatsApp and Telegram

Foreign policy | 25 September 2023 11:34 (UTC +04:00)

President Recep Tayyip Erdogan arrives in Nakhchivan, welcomed by President Ilham Aliyev

Turkish President Recep Tayyip Erdogan has arrived in the Nakhchivan Autonomous Republic on a working visit, APA reports.

President Ilham Aliyev met the Turkish President at Nakhchivan International Airport.

The presidents then held a one-on-one meeting, followed by a meeting in an expanded format with the participation of delegations. They discussed the situation in the region following the local anti-terror measures in Karabakh, energy projects and the opening of the Zangezur corridor.

The heads of state attended the groundbreaking ceremony for the Igdir-Nakhchivan gas pipeline, which will supply Turkish gas to the autonomous republic, and the opening of a modernized military complex.

Speaking at the ceremony, President Erdogan said the restoration of Azerbaijan's sovereignty over its territories was a source of pride for Turkiye. "We stand by our Azerbaijani brothers," he said.

President Aliyev thanked Turkiye for its political and moral support and said the pipeline would strengthen Nakhchivan's energy security.

It is President Erdogan's first visit to Azerbaijan since his re-election in May.

Author: Nigar Abdullayeva

Latest news
11:20 Jeyhun Bayramov receives credentials copy of newly appointed Ambassador of Hungary
11:05 Baku Stock Exchange turnover up 14%
10:52 Weather forecast for September 26

Share: Facebook | X | WhatsApp | Telegram"""))

M.append(dict(id="h40-19", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/72331",
published_at="2023-09-21", body="""President of Russia | News | Events

Telephone conversation with President of Azerbaijan Ilham Aliyev

September 21, 2023 16:45

Vladimir Putin had a telephone conversation with President of the Republic of Azerbaijan Ilham Aliyev.

Ilham Aliyev offered his apologies and condolences over the tragic death of Russian peacekeepers in Nagorno-Karabakh. He assured the Russian President that a thorough investigation would be conducted and that all those responsible would be brought to justice. Compensation will be paid to the families of the deceased servicemen.

The two leaders discussed the situation in Karabakh following the cessation of hostilities and stressed the importance of the talks between representatives of Baku and the Karabakh Armenians held in Yevlakh on September 21.

Vladimir Putin emphasised the need to ensure the rights and security of the Armenian population of Karabakh. The parties noted the role of the Russian peacekeeping contingent in facilitating humanitarian assistance.

They agreed to maintain contacts.

Topics: Foreign policy | Persons: Aliyev Ilham | Countries: Azerbaijan
Date of publication: September 21, 2023, 16:45 | Link to this article: en.kremlin.ru/d/72331

Other news
September 20, 2023 Meeting with Foreign Minister of China Wang Yi
September 20, 2023 Meeting with Governor of Kaliningrad Region Anton Alikhanov
September 19, 2023 Meeting of the Security Council

Version for the visually impaired | RSS | Content licensed under CC BY 4.0"""))

M.append(dict(id="h40-20", source="pap.pl",
url="https://www.pap.pl/en/news/tusk-kyiv-zelensky-talks-border-blockade",
published_at="2024-01-22", body="""PAP | Polish Press Agency | English service | Politics | Business | Science

Tusk in Kyiv: Poland will help Ukraine buy weapons; joint government meeting in Warsaw by end of March

22.01.2024 17:40

Prime Minister Donald Tusk held talks with President Volodymyr Zelensky in Kyiv on Monday, on his first visit to Ukraine since taking office last month.

Tusk said Poland was preparing a loan for Ukraine to buy weapons, including from Polish producers, and that Warsaw wanted to resolve the dispute over the blockade of border crossings by Polish truckers and farmers "in a way that does not harm anyone".

"The whole of Poland is behind you," Tusk said at a joint press conference, adding that the two countries had been "separated by unnecessary conflicts" in recent months.

Zelensky said they had agreed to hold intergovernmental consultations, a joint meeting of the two governments, in Warsaw by the end of March. Tusk confirmed that the Ukrainian government would be received in the Polish capital.

Tusk also met Prime Minister Denys Shmyhal and laid flowers at the memorial wall to fallen Ukrainian soldiers in the centre of Kyiv.

It was the first meeting of Tusk and Zelensky since the Polish election in October.

Deputy Foreign Minister Andrzej Szejna told PAP that talks on the historical issue of the Volhynia massacre would continue at the level of experts.

PAP

Photo: PAP/Leszek Szymanski

Read also
Sikorski: Poland will not accept grain dumping
Polish zloty gains against euro, EUR/PLN 4.37

(c) PAP SA 2024. All rights reserved."""))

M.append(dict(id="h40-21", source="apnews.com",
url="https://apnews.com/article/vatican-pope-leo-vance-zelenskyy-rome-meeting",
published_at="2025-05-18", body="""AP | World | U.S. | Politics | Religion | Business

Vance and Rubio meet Zelenskyy in Rome after Pope Leo XIV's inaugural Mass

By Associated Press | Updated 5:53 PM GMT+2, May 18, 2025

ROME (AP) - U.S. Vice President JD Vance and Secretary of State Marco Rubio met Ukrainian President Volodymyr Zelenskyy in Rome on Sunday, hours after all three attended the inaugural Mass of Pope Leo XIV in St. Peter's Square.

The meeting, at the residence of the U.S. ambassador, was the first between Zelenskyy and Vance since their Oval Office clash in February. Zelenskyy said it was a "good meeting" and that he had told them Ukraine was ready for "real diplomacy".

After the ceremony, Leo met Zelenskyy and his wife briefly in the basilica, the Vatican said, and greeted Vance, who led the U.S. delegation. Vance and Rubio are expected to meet Leo for an audience on Monday.

Vance also met Italian Premier Giorgia Meloni at Palazzo Chigi, together with European Commission President Ursula von der Leyen.

President Donald Trump said he would speak by phone with Russian President Vladimir Putin on Monday, and then with Zelenskyy and NATO leaders.

Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks in three years. Leo has offered the Vatican as a venue for further negotiations.

Associated Press writers Nicole Winfield and Colleen Barry contributed.

Copyright 2025 The Associated Press. All Rights Reserved."""))

M.append(dict(id="h40-22", source="mia.mk",
url="https://mia.mk/en/story/tsipras-in-skopje-first-visit-greek-prime-minister",
published_at="2019-04-02", body="""MIA | Media Information Agency | English

Tsipras in Skopje: first official visit of a Greek Prime Minister to North Macedonia

Skopje, 2 April 2019 (MIA) - Greek Prime Minister Alexis Tsipras arrived in Skopje on Tuesday for the first official visit of a Greek head of government to the country, ten weeks after the Prespa Agreement entered into force.

Tsipras was welcomed by Prime Minister Zoran Zaev in front of the Government building, with an official ceremony. The two prime ministers held a tete-a-tete meeting, followed by plenary talks between the two delegations, which included several ministers from each government.

"Today we are opening a new chapter in relations between our two countries and our two peoples," Zaev said at a joint press conference. Tsipras said the Prespa Agreement had "turned a page" and that Greece would be "the strongest supporter" of North Macedonia's path to EU and NATO membership.

The two prime ministers opened a Greek-Macedonian business forum with the participation of around 100 companies from Greece. Ministers from the two governments discussed cooperation in energy, transport and the economy.

President Gjorge Ivanov, who opposed the Prespa Agreement, did not meet the Greek prime minister.

Zaev said he had accepted an invitation to visit Athens.

MIA photo: Frosina Naskovikj

Other news
Dimitrov: NATO accession protocol ratified by 18 allies so far
Denar stable, NBRNM exchange rate 61.50 for 1 euro

(c) MIA 2019. Use of MIA content is allowed with attribution."""))

M.append(dict(id="h40-23", source="hurriyetdailynews.com",
url="https://www.hurriyetdailynews.com/turkish-armenian-envoys-hold-first-meeting-in-moscow-170652",
published_at="2022-01-14", body="""Hurriyet Daily News | Türkiye | Politics | Economy | World | Opinion

BIST 100 2,194 +0.8% | USD/TRY 13.65 | EUR/TRY 15.62

Turkish, Armenian envoys hold first meeting in Moscow

ANKARA | Friday, January 14 2022

The special envoys of Türkiye and Armenia met in Moscow on Jan. 14 for the first round of talks aimed at normalizing relations between the two neighbors, which have no diplomatic ties and whose border has been closed since 1993.

Former ambassador Serdar Kılıç and Armenian parliament deputy speaker Ruben Rubinyan held talks lasting around an hour and a half, the Turkish Foreign Ministry said in a statement.

"The parties exchanged their preliminary views regarding the normalization process. They agreed to continue negotiations without preconditions aimed at full normalization," the ministry said. An identical statement was issued by Yerevan.

The ministry said the date and venue of the next meeting would be determined "in due course".

The talks come as charter flights between Istanbul and Yerevan are due to resume in early February.

Foreign Minister Mevlüt Çavuşoğlu said last month that Ankara would coordinate the process with Azerbaijan. He also said he could meet his Armenian counterpart Ararat Mirzoyan at the Antalya Diplomacy Forum in March if Mirzoyan decided to attend.

Recommended
Türkiye, Armenia appoint special envoys for normalization
Erdoğan: Turkish-Armenian ties can improve if Yerevan acts in good faith"""))

M.append(dict(id="h40-24", source="spectator.sme.sk",
url="https://spectator.sme.sk/politics-and-society/c/fico-travels-to-moscow-meets-putin",
published_at="2024-12-23", body="""The Slovak Spectator | News | Politics | Business | Culture | Travel

Subscribe to the Spectator's daily newsletter, Today in Slovakia

Fico travels to Moscow, meets Putin over gas transit

SITA, TASR, Spectator staff | 23. Dec 2024 at 10:14

Prime Minister Robert Fico made an unannounced trip to Moscow on Sunday, where he met Russian President Vladimir Putin at the Kremlin to discuss gas supplies to Slovakia, days before a transit agreement between Russia and Ukraine expires.

Fico is the third EU leader to meet Putin in Russia since the full-scale invasion of Ukraine in 2022, after Austrian Chancellor Karl Nehammer and Hungarian PM Viktor Orbán.

Fico wrote on Facebook that the talks had been a reaction to statements by Ukrainian President Volodymyr Zelensky, who he said had told him in Brussels last week that Kyiv opposed any transit of Russian gas through its territory. Putin confirmed that Russia was ready to keep supplying gas to the West, Fico said.

Fico said he had informed the European Commission of his trip in advance.

Opposition parties condemned the visit. "Fico has gone to bow to a war criminal," said Progressive Slovakia leader Michal Šimečka.

Ukraine has said it will not extend the transit contract with Gazprom, which expires on January 1. Slovakia currently receives most of its gas through Ukraine.

Kremlin spokesman Dmitry Peskov confirmed that the two discussed the international situation and gas.

Related articles
Slovakia prepares for end of Ukrainian gas transit
Fico: Ukraine should not join NATO

Share on Facebook | Share on X | Print

(c) Petit Press, a.s. All rights reserved."""))

M.append(dict(id="h40-25", source="primeminister.am",
url="https://www.primeminister.am/en/press-release/item/2023/09/19/Nikol-Pashinyan-Antony-Blinken-phone-call/",
published_at="2023-09-19", body="""The Prime Minister of the Republic of Armenia | Official website

Press releases

Nikol Pashinyan holds telephone conversation with US Secretary of State Antony Blinken

19.09.2023

Prime Minister Nikol Pashinyan had a telephone conversation with US Secretary of State Antony Blinken.

The interlocutors discussed the situation caused by the large-scale military operation launched by Azerbaijan against the people of Nagorno-Karabakh.

Prime Minister Pashinyan presented his assessments of the situation and stressed that the actions of Azerbaijan were aimed at ethnic cleansing of Nagorno-Karabakh. The Prime Minister underlined the need for clear and targeted steps by the international community to stop the aggression.

The Prime Minister noted that Armenia was not involved in military operations, and that its armed forces were not present in Nagorno-Karabakh.

Secretary Blinken expressed the concern of the United States and stressed the need for an immediate cessation of hostilities.

The sides agreed to remain in contact.

Other press releases
19.09.2023 Nikol Pashinyan holds telephone conversation with President of the European Council Charles Michel
19.09.2023 Nikol Pashinyan holds telephone conversation with President of France Emmanuel Macron
18.09.2023 The Prime Minister receives the newly appointed Ambassador of Greece

Print | Share: Facebook | X"""))

M.append(dict(id="h40-26", source="vaticannews.va",
url="https://www.vaticannews.va/en/pope/news/2019-07/pope-francis-audience-vladimir-putin.html",
published_at="2019-07-04", body="""Vatican News | Pope | Vatican | Church | World

Pope Francis receives Russian President Vladimir Putin

Pope Francis met President Vladimir Putin of the Russian Federation in the Vatican on Thursday afternoon. It was their third meeting.

By Vatican News

Pope Francis received Russian President Vladimir Putin in a private audience on Thursday, 4 July. The meeting, which took place in the study of the Paul VI Audience Hall, lasted about 55 minutes.

According to a statement from the Director of the Holy See Press Office, Alessandro Gisotti, the cordial talks focused on ecological matters, Syria, Venezuela and Ukraine, as well as the situation of the Catholic Church in Russia.

During the exchange of gifts, the Pope presented the President with an 18th-century etching of Saint Peter's Square. Mr Putin gave the Pope a DVD of a Russian film on Michelangelo and an icon of Saints Peter and Paul.

Following the audience, the President met with Cardinal Secretary of State Pietro Parolin, accompanied by Archbishop Paul Richard Gallagher, Secretary for Relations with States.

The President, who is on a one-day visit to Italy, is also due to meet President Sergio Mattarella and Prime Minister Giuseppe Conte later in the day.

Pope Francis previously received President Putin in 2013 and 2015.

Listen to our report | Share | Print

Read also
Pope: Peace in Ukraine requires courage
Cardinal Parolin: Dialogue is the only path for Venezuela

Vatican News - Dicastery for Communication"""))
