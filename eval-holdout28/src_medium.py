# Medium wire-style stories (1,200-2,000 characters), h28-13 .. h28-26
M = []

M.append(dict(id="h28-13", source="apnews.com",
url="https://apnews.com/article/russia-ukraine-foreign-ministers-antalya-talks-no-progress",
published_at="2022-03-10", body="""Russia, Ukraine top diplomats meet in Turkey; no progress on cease-fire

ANTALYA, Turkey (AP) - The foreign ministers of Russia and Ukraine met Thursday for the highest-level talks between the two countries since Russia's invasion began, but made no progress toward a cease-fire or even a local truce to evacuate civilians from the besieged port of Mariupol.

Ukrainian Foreign Minister Dmytro Kuleba said after the 90-minute meeting with Russian Foreign Minister Sergey Lavrov in the Mediterranean resort of Antalya that his Russian counterpart "was not in a position" to agree to a 24-hour cease-fire. "It seems there are other decision-makers for this matter in Russia," Kuleba said.

Lavrov told a separate news conference that Russia "did not attack Ukraine" and repeated Moscow's demands. He said President Vladimir Putin would not refuse a meeting with Ukrainian President Volodymyr Zelenskyy "to discuss specific issues", but did not say when or where one could take place.

Turkish Foreign Minister Mevlut Cavusoglu, who sat between the two men at the table, called the meeting "civilized" and said it was an important start. Cavusoglu held separate talks with Lavrov and with Kuleba on Wednesday evening after they arrived for the Antalya Diplomacy Forum.

Turkey, a NATO member that has good relations with both Moscow and Kyiv, has offered to mediate. It has criticized the invasion but has not joined Western sanctions against Russia.

___

Associated Press writers in Istanbul and Lviv, Ukraine, contributed to this report.

Follow AP's coverage of the war at https://apnews.com/hub/russia-ukraine

Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."""))

M.append(dict(id="h28-14", source="reuters.com",
url="https://www.reuters.com/article/us-ukraine-crisis-summit-idUSKBN1YD0SR",
published_at="2019-12-10", body="""Putin, Zelenskiy agree prisoner swap at first meeting, no breakthrough on east Ukraine

PARIS (Reuters) - The leaders of Russia and Ukraine agreed on Monday to exchange all remaining prisoners from the conflict in eastern Ukraine by the end of the year and to implement a full ceasefire, but made no progress on the political questions that divide them.

Vladimir Putin and Volodymyr Zelenskiy met for the first time at the Elysee Palace in Paris, at a summit hosted by French President Emmanuel Macron and attended by German Chancellor Angela Merkel. After the four-way talks, Putin and Zelenskiy held a separate one-on-one meeting that lasted around an hour, officials from both sides said.

The leaders agreed to support the withdrawal of forces from three more areas along the front line by the end of March, and to meet in the same format again in four months.

"It is very little," Zelenskiy told reporters afterwards, saying he had wanted to resolve more issues. He said Ukraine would not accept any federalisation and would not give up control of its border.

Putin said the talks had been useful. "The process of de-escalation is going in the right direction," he said.

The two leaders had spoken by telephone several times since Zelenskiy, a former comedian, took office in May. Their one-on-one on Monday also touched on gas transit, with Ukraine's contract with Russia's Gazprom due to expire at the end of the year.

Hundreds of people protested in Kyiv on Sunday evening, warning Zelenskiy against any "capitulation".

(Reporting by Reuters Paris and Moscow bureaus; Writing by Reuters Europe desk; Editing by Reuters editors)

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h28-15", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/76102",
published_at="2025-01-17", body="""President of Russia | Events | News

Russian-Iranian talks

January 17, 2025 16:10 The Kremlin, Moscow

Vladimir Putin held talks with President of the Islamic Republic of Iran Masoud Pezeshkian, who is in Russia on a state visit.

Following the talks, the two presidents signed the Treaty on Comprehensive Strategic Partnership between the Russian Federation and the Islamic Republic of Iran.

The talks began in a restricted format and continued with the participation of the two countries' delegations.

Beginning of the Russian-Iranian talks

President of Russia Vladimir Putin: Mr President, friends,

I am very glad to welcome you to Moscow. We had a good meeting in Ashgabat in October, and today we are taking a major step: the signing of a new large-scale treaty that sets out the principles of our relations for many years ahead.

Trade between our countries is growing, and settlements are now made almost entirely in national currencies. We have important joint projects in energy, including nuclear energy, and in transport, above all the North-South corridor and the Rasht-Astara railway.

President of Iran Masoud Pezeshkian (retranslated): Thank you, Mr President, for your hospitality and for the warm welcome given to our delegation.

The treaty we are signing today opens a new chapter. We are determined to implement all the agreements reached. I would also like to invite you to visit the Islamic Republic of Iran at a time convenient for you.

Topics: Foreign policy
Persons: Pezeshkian Masoud
Countries: Iran

Publication status: Published in sections: News, Transcripts
Publication date: January 17, 2025, 16:10
Direct link: en.kremlin.ru/d/76102

Other news
January 16, 2025 Meeting with Governor of Tula Region Dmitry Milyaev
January 15, 2025 Meeting with heads of leading Russian universities

Text version | Subscribe to news | All materials on this site are available under Creative Commons Attribution 4.0 International."""))

M.append(dict(id="h28-16", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/turkish-foreign-minister-meets-syrias-new-leader-in-damascus/3430122",
published_at="2024-12-22", body="""POLITICS, MIDDLE EAST

Turkish foreign minister meets Syria's new leader in Damascus

Hakan Fidan holds talks with Ahmed al-Sharaa, says sanctions on Syria should be lifted 'as soon as possible'

Burcu Calik Yilmaz | 22.12.2024 - Update : 22.12.2024

DAMASCUS

Turkish Foreign Minister Hakan Fidan met the head of Syria's new administration, Ahmed al-Sharaa, in Damascus on Sunday, two weeks after the fall of the Baath regime.

Speaking at a joint news conference, Fidan said Turkiye would stand by the Syrian people "in every field" during the transition and urged the international community to lift sanctions on Syria "as soon as possible" so that refugees could return and reconstruction could begin.

"Terrorist organizations such as the PKK/YPG must have no place in Syria's future," Fidan said.

Al-Sharaa said all weapons in the country would come under state control, "including in areas held by the SDF", and thanked Turkiye for standing with the Syrian people over the past 13 years.

The visit was the first by a Turkish foreign minister to Damascus in more than a decade. Turkiye's intelligence chief Ibrahim Kalin visited the Syrian capital on Dec. 12, shortly after Bashar al-Assad fled to Russia.

A delegation led by Qatar's Minister of State at the Foreign Ministry Mohammed Al-Khulaifi is expected to visit Damascus on Monday, the Qatari Foreign Ministry said.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.

Related topics: Syria | Hakan Fidan | Ahmed al-Sharaa

Related news
Erdogan, Putin discuss Syria in phone call
Turkish Airlines to resume Damascus flights in January"""))

M.append(dict(id="h28-17", source="tass.com",
url="https://tass.com/politics/1461889",
published_at="2022-06-06", body="""TASS | Politics

Closing airspace to Lavrov's plane 'unthinkable', top diplomat says after Serbia trip falls through

MOSCOW, June 6. /TASS/. Russian Foreign Minister Sergey Lavrov described as "unthinkable" the decision of Bulgaria, North Macedonia and Montenegro to close their airspace to the plane that was to carry him to Belgrade.

"What has happened is unthinkable. A sovereign state has been deprived of its right to conduct foreign policy," Lavrov said at a news conference in Moscow on Monday. "The visit has been made impossible."

Lavrov had been scheduled to visit Serbia on June 6-7 for talks with President Aleksandar Vucic and Foreign Minister Nikola Selakovic. According to the minister, the planned program in Belgrade included signing a consultation plan between the two foreign ministries.

He said the West would not succeed in destroying Russia's relations with Serbia. "If a visit by the Russian foreign minister to Serbia is seen as something close to a universal threat, things must be very bad over there," he said.

On June 8, Lavrov will pay a visit to Turkey, where he will hold talks with Turkish Foreign Minister Mevlut Cavusoglu, Russian Foreign Ministry Spokeswoman Maria Zakharova said earlier. The agenda includes the situation around Ukraine and the security of shipping in the Black Sea, including the export of grain. A Russian military delegation will accompany the minister.

Tags: Russia-Serbia relations, Sergey Lavrov

Read also
Russian diplomat slams EU's sixth sanctions package
Zakharova comments on Western 'grain hysteria'

TASS Russian News Agency | All rights reserved | Follow TASS on Telegram"""))

M.append(dict(id="h28-18", source="barrons.com",
url="https://www.barrons.com/news/putin-lands-in-uae-on-rare-trip-abroad-heads-next-to-saudi-8f3b1a2c",
published_at="2023-12-06", body="""Barron's | Markets | Investing | Economy | Tech | Retirement
DJIA 36,054.43 -0.19% | S&P 500 4,549.34 -0.39% | Nasdaq 14,146.71 -0.58% | Brent 74.30 -3.8%

Putin Lands In UAE On Rare Trip Abroad, Heads Next To Saudi

By AFP - Agence France Presse
Dec 6, 2023 7:42 AM EST

Russian President Vladimir Putin arrived in the United Arab Emirates on Wednesday, on a rare trip abroad that will also take him to Saudi Arabia for talks on oil and on the wars in Ukraine and Gaza.

Putin's plane, escorted by Russian fighter jets, landed in Abu Dhabi shortly after midday, and he was greeted by UAE President Sheikh Mohamed bin Zayed Al Nahyan at the Qasr Al Watan palace, where Emirati jets trailed smoke in the colours of the Russian flag.

"Our relations have reached an unprecedentedly high level," Putin told his host, thanking him for his country's role in prisoner exchanges with Ukraine.

Later on Wednesday Putin will fly on to Riyadh for talks with Crown Prince Mohammed bin Salman, Kremlin spokesman Dmitry Peskov said. Russia and Saudi Arabia lead the OPEC+ group of oil producers, which last week agreed further output cuts.

On Thursday, Iranian President Ebrahim Raisi is due in Moscow for talks with Putin, the Kremlin said.

Putin has rarely travelled since the International Criminal Court issued a warrant for his arrest in March over the deportation of Ukrainian children. He skipped a BRICS summit in South Africa in August, and his only other trips this autumn were to Kyrgyzstan and China in October. Neither the UAE nor Saudi Arabia is a member of the ICC.

bur/ams/dc

Copyright AFP. All rights reserved.

Read more: Oil extends slide on doubts over OPEC+ cuts | Gold retreats from record"""))

M.append(dict(id="h28-19", source="english.news.cn",
url="http://english.news.cn/20230222/b1c7d4e2f08a4c3e9d6a5b4c3d2e1f0a/c.html",
published_at="2023-02-22", body="""Putin meets Wang Yi in Moscow

Source: Xinhua | Editor: huaxia | 2023-02-23 00:41:17

MOSCOW, Feb. 22 (Xinhua) -- Russian President Vladimir Putin met with Wang Yi, director of the Office of the Foreign Affairs Commission of the Communist Party of China (CPC) Central Committee, in Moscow on Wednesday.

Wang conveyed Chinese President Xi Jinping's cordial greetings to Putin, and said that China-Russia relations have withstood the test of a changing international landscape and are mature and resilient.

China is willing to work with Russia to maintain strategic resolve, deepen political mutual trust and strengthen strategic coordination, Wang said, adding that the two sides should continue to support each other in safeguarding their core interests.

Putin asked Wang to convey his greetings to Xi, and said that Russia-China relations are developing as planned and reaching new frontiers. Russia looks forward to President Xi's visit, Putin said.

During his stay in Moscow, Wang also held talks with Russian Foreign Minister Sergei Lavrov and met Nikolai Patrushev, secretary of the Security Council of Russia.

Russia was the last stop of Wang's trip to Europe, which also took him to France, Italy and Hungary and to the Munich Security Conference in Germany.

Photos | Video

Related
Chinese top diplomat meets Hungarian PM in Budapest
China issues position paper on political settlement of Ukraine crisis

Back to top

Copyright (c) 2000-2023 XINHUANET.com All rights reserved."""))

M.append(dict(id="h28-20", source="belta.by",
url="https://eng.belta.by/president/view/lukashenko-raisi-hold-talks-in-tehran-157233-2023/",
published_at="2023-03-13", body="""BelTA | Belarusian Telegraph Agency
President | Politics | Economics | Society | Regions | Sport

Lukashenko, Raisi hold talks in Tehran

13 March 2023 | 15:20

MINSK, 13 March (BelTA) - Belarus President Aleksandr Lukashenko and President of Iran Ebrahim Raisi held talks in narrow and expanded formats in Tehran on 13 March, BelTA has learned.

The Belarusian leader arrived in Tehran on an official visit on the evening of 12 March. The official welcome ceremony took place at the Saadabad Palace complex.

"We have come to you with very serious proposals. We are ready to cooperate in all areas, from industry and agriculture to science and education," Aleksandr Lukashenko said at the start of the talks.

Following the negotiations, the heads of state signed a roadmap for comprehensive cooperation between Belarus and Iran for 2023-2026. Ministers of the two countries signed a package of documents on transport, agriculture, trade, culture and the exchange of information.

Ebrahim Raisi said that Iran and Belarus had a common position on resisting sanctions and "unilateralism".

Aleksandr Lukashenko invited the Iranian president to pay a visit to Belarus. The invitation was accepted.

The visit to Iran comes two weeks after Aleksandr Lukashenko's state visit to China, where he held talks with Xi Jinping.

Photo courtesy of the Belarus President's press service

Subscribe to BelTA on Telegram

Other news
Golovchenko checks progress of spring sowing campaign
Belarus, Russia discuss unified energy market
Minsk to host international book fair"""))

M.append(dict(id="h28-21", source="auswaertiges-amt.de",
url="https://www.auswaertiges-amt.de/en/newsroom/news/baerbock-kazakhstan-uzbekistan/2560520",
published_at="2022-10-31", body="""Federal Foreign Office
Newsroom | Foreign and European policy | Travel and security advice | About us

Foreign Minister Baerbock travels to Kazakhstan and Uzbekistan

31.10.2022 - Press release

Foreign Minister Annalena Baerbock is travelling to Kazakhstan and Uzbekistan from today until 2 November. Before her departure, she issued the following statement:

For too long we in Germany looked at Central Asia only through the lens of Moscow. Russia's brutal war of aggression against Ukraine has shown how important it is for the countries of the region to have diversified partnerships. Kazakhstan and Uzbekistan have made clear that they do not recognise the illegal annexations of Ukrainian territory.

In Astana and in Tashkent I will talk about how we can expand our cooperation in the fields of energy, raw materials and climate protection, and about the reforms that both countries have announced. Reforms only succeed if civil society can play its part, and I will also meet representatives of civil society.

In Uzbekistan I will travel to Karakalpakstan, to see for myself the consequences of the drying up of the Aral Sea, one of the largest man-made environmental disasters.

Background:

In Astana the Minister will hold talks with President Kassym-Jomart Tokayev and Foreign Minister Mukhtar Tileuberdi. In Uzbekistan, talks with President Shavkat Mirziyoyev and acting Foreign Minister Vladimir Norov are planned.

Share | Print

Keywords: Kazakhstan, Uzbekistan, Central Asia

Other press releases
Statement by a spokesperson on Russia's suspension of the Black Sea Grain Initiative
Federal Foreign Office on the situation in Iran"""))

M.append(dict(id="h28-22", source="abcnews.go.com",
url="https://abcnews.go.com/International/wireStory/kerry-lavrov-meet-paris-ukraine-23119634",
published_at="2014-03-30", body="""ABC News | Video | Live | Shows | Election | 538

International

Kerry, Lavrov Meet in Paris, Fail to Break Deadlock Over Ukraine

PARIS - Mar 30, 2014, 9:12 PM ET
By The Associated Press

U.S. Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov met for four hours in Paris on Sunday but failed to agree on how to defuse the crisis over Ukraine, although both said they would keep talking.

Kerry told reporters after the meeting at the residence of the Russian ambassador that any solution must be negotiated with Ukraine's government and that Russia should pull back the tens of thousands of troops it has massed near the Ukrainian border. "No decisions about Ukraine without Ukraine," he said.

Lavrov, speaking separately, pressed Russia's proposal for a federal system in Ukraine that would give its regions broad powers, and for a neutral status for the country.

The meeting was arranged after Russian President Vladimir Putin telephoned President Barack Obama on Friday, while Obama was in Saudi Arabia. The White House said Obama suggested during the call that Kerry and Lavrov meet to discuss a diplomatic proposal.

Kerry had been on his way home from Riyadh, where he accompanied Obama to talks with King Abdullah, when he decided to turn his plane around and fly to Paris.

Kerry is due to attend a meeting of NATO foreign ministers in Brussels this week, where allies will discuss how to reassure members on the alliance's eastern flank.

Copyright 2014 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.

Comments (212)

Related: Crimea: Russian troops take over remaining Ukrainian bases"""))

M.append(dict(id="h28-23", source="reuters.com",
url="https://www.reuters.com/article/us-pope-iraq-arrival-idUSKBN2AX0ZQ",
published_at="2021-03-05", body="""Pope arrives in Iraq on first papal visit, urges end to violence

BAGHDAD (Reuters) - Pope Francis arrived in Iraq on Friday for the first papal visit to the country, urging its leaders to end violence and extremism and to protect the country's dwindling Christian community, despite concerns over security and the COVID-19 pandemic.

The 84-year-old pontiff was greeted at Baghdad airport by Prime Minister Mustafa al-Kadhimi and then driven to the presidential palace, where he was welcomed by President Barham Salih.

"Let the clash of arms be silenced," Francis said in a speech to officials and diplomats. "Let there be an end to acts of violence and extremism, factions and intolerance."

Iraqi authorities deployed thousands of additional security personnel for the four-day trip, and a nationwide curfew has been imposed to limit crowds during a surge in coronavirus infections.

On Saturday the pope will travel to the holy city of Najaf to meet Grand Ayatollah Ali al-Sistani, the most senior Shi'ite cleric in Iraq, and then to the ancient city of Ur, traditionally regarded as the birthplace of Abraham, for an interfaith service.

On Sunday he is due to visit Mosul and the Christian town of Qaraqosh, both badly damaged during the fight against Islamic State, and to celebrate Mass at a stadium in Erbil.

Iraq's Christian population has fallen to a few hundred thousand from about 1.5 million before the 2003 U.S.-led invasion.

(Reporting by Reuters Baghdad and Rome bureaus; Editing by Reuters editors)

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h28-24", source="ukrinform.net",
url="https://www.ukrinform.net/rubric-polytics/3831456-ukraine-italy-canada-sign-security-agreements-in-kyiv.html",
published_at="2024-02-24", body="""Ukrinform
Ukrainian National News Agency

Politics | 24.02.2024 18:22

Ukraine signs security agreements with Italy and Canada as foreign leaders mark war anniversary in Kyiv

President Volodymyr Zelensky and Italian Prime Minister Giorgia Meloni have signed an agreement on security cooperation between Ukraine and Italy in Kyiv, Ukrinform reports.

Later on Saturday, Zelensky and Canadian Prime Minister Justin Trudeau signed a similar agreement, under which Canada will provide more than CAD 3 billion in financial and military assistance this year.

Meloni, Trudeau, Belgian Prime Minister Alexander De Croo and European Commission President Ursula von der Leyen arrived in Kyiv by train on the morning of 24 February, the second anniversary of Russia's full-scale invasion. Together with Zelensky, they took part in a ceremony at Hostomel airport.

De Croo held talks with Zelensky on the delivery of F-16 aircraft and on the use of proceeds from frozen Russian assets held in Belgium. He said Belgium was also working on a bilateral security agreement with Ukraine.

Meloni, whose country holds the G7 presidency this year, chaired a video conference of G7 leaders from Kyiv, in which Zelensky took part.

On 23 February, Ukraine and Denmark signed a security agreement in Lviv during a visit by Danish Prime Minister Mette Frederiksen. Earlier, similar documents were signed with the United Kingdom, Germany and France.

Read also: Zelensky: Ukraine lost 31,000 soldiers in two years of full-scale war

If you cite or use any materials on the Internet, links to the website ukrinform.net not lower than the first paragraph are mandatory.

Photo: Office of the President of Ukraine"""))

M.append(dict(id="h28-25", source="uza.uz",
url="https://uza.uz/en/posts/president-shavkat-mirziyoyev-arrives-in-dushanbe-09-03-2018",
published_at="2018-03-09", body="""UzA | National News Agency of Uzbekistan
Politics | Economy | Society | Culture | Sport

President Shavkat Mirziyoyev arrives in Dushanbe on state visit

09.03.2018 | 12:05

President of the Republic of Uzbekistan Shavkat Mirziyoyev arrived in Dushanbe on a state visit to the Republic of Tajikistan at the invitation of President Emomali Rahmon.

At the Dushanbe international airport, the head of our state was met by the President of Tajikistan.

An official welcome ceremony was held at the Palace of the Nation, after which the leaders of the two countries held talks in a narrow format, followed by talks with the participation of the delegations.

It was noted that relations between the two fraternal countries have entered a qualitatively new stage. Mutual trade has grown considerably, direct flights between Tashkent and Dushanbe have been resumed and new border checkpoints have opened.

Following the negotiations, the two Presidents signed the Treaty on Strategic Partnership between the Republic of Uzbekistan and the Republic of Tajikistan. A total of 27 documents were signed, including an agreement on mutual visa-free trips of citizens for up to 30 days and agreements on trade, energy, transport and culture.

Shavkat Mirziyoyev invited Emomali Rahmon to pay a visit to Uzbekistan. The invitation was gratefully accepted.

The state visit continues tomorrow with a meeting with representatives of the business circles of the two countries.

Tags: Shavkat Mirziyoyev, Tajikistan, state visit

Share: Facebook | Telegram | Twitter

Popular news
Uzbekistan to host international tourism forum
Cotton harvest: new approaches in cluster system"""))

M.append(dict(id="h28-26", source="irna.ir",
url="https://en.irna.ir/news/85802341/Araghchi-Muscat-talks-constructive-next-round-next-week",
published_at="2025-04-12", body="""IRNA English
Islamic Republic News Agency

Politics | Apr 12, 2025, 7:58 PM
News ID: 85802341

Araghchi: Muscat talks constructive, to continue next week

Muscat, IRNA - Iranian Foreign Minister Abbas Araghchi says the first round of indirect talks between Iran and the United States in the Omani capital was held in a "calm and constructive atmosphere" and that the two sides agreed to continue negotiations next Saturday.

The Iranian and American delegations, headed by Araghchi and US special envoy Steve Witkoff, sat in separate rooms and exchanged their positions through Omani Foreign Minister Badr Albusaidi for more than two and a half hours.

At the end of the talks, the heads of the two delegations spoke directly for a few minutes in the presence of the Omani foreign minister, Foreign Ministry spokesman Esmaeil Baghaei said.

Araghchi arrived in Muscat on Saturday morning and, before the talks began, met Albusaidi to present Iran's views on the negotiations.

"Neither side is after negotiations for the sake of negotiations," Araghchi told state TV. He said the venue of the next round had not been decided but that Oman would continue to mediate.

The minister thanked Oman for hosting the talks and said the Iranian delegation would return to Tehran on Saturday night.

Follow IRNA on X and Telegram

Related News
Baghaei: Iran's focus is on nuclear issue and lifting of sanctions
Pezeshkian: Iran is not looking for war"""))
