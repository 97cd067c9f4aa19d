# Long pages (2,500-4,500 characters), h23-01 .. h23-12
A = []

A.append(dict(id="h23-01", source="dw.com",
url="https://www.dw.com/en/scholz-seals-migration-pact-in-samarkand-heads-for-kazakhstan/a-70231784",
published_at="2024-09-15", body="""Skip next section Navigation
Skip to content
Skip to main menu

Privacy settings: We use cookies and similar technologies to run this website and to measure how it is used. Accept all | Manage settings

Politics | Germany

Scholz seals migration pact in Samarkand, heads for Kazakhstan

The chancellor has opened a three-day tour of Central Asia with a labor and returns agreement in Uzbekistan. Energy, raw materials and Russia's war against Ukraine will shape the second leg in Astana.

Lena Hartwig with dpa, Reuters
09/15/2024 September 15, 2024

Image: Olaf Scholz and Shavkat Mirziyoyev in Samarkand on Sunday. Kay Nietfeld/dpa/picture alliance

German Chancellor Olaf Scholz landed in the ancient Silk Road city of Samarkand on Sunday, where he held talks with Uzbek President Shavkat Mirziyoyev and the two leaders watched officials put their names to a migration agreement that Berlin hopes can serve as a model for the region.

The accord is meant to make it easier for skilled workers from Uzbekistan, such as nurses, care staff and IT specialists, to take up jobs in Germany. In return Tashkent commits to speeding up the return of its citizens who have no right to remain in Germany. The text was negotiated by Joachim Stamp, the government's special commissioner for migration agreements, who is traveling with the chancellor.

"Germany needs workers, and Uzbekistan has a young population looking for opportunities," Scholz told reporters after the meeting, which took place at a congress hall built for the Shanghai Cooperation Organisation summit two years ago. His host spoke of a "new page" in relations and said the two sides had also agreed to expand cooperation on renewable energy and vocational training.

The Afghanistan question

Officials in Berlin have avoided linking the deal publicly to Afghanistan. But German media reported ahead of the trip that Uzbekistan, which shares a border with Afghanistan and keeps working contacts with the Taliban, could become a transit route for deporting Afghans convicted of crimes. A charter flight carrying 28 Afghan offenders to Kabul at the end of August was organized with help from Qatar.

Asked about such plans, the chancellor said only that his government was "working on it" and would not comment on individual routes.

On to Astana

On Monday, Scholz is due to fly on to Kazakhstan's capital, Astana, for talks with President Kassym-Jomart Tokayev. Kazakhstan is Germany's largest trading partner in Central Asia and a key supplier of crude to the PCK refinery in Schwedt, which stopped processing Russian oil after the invasion of Ukraine.

On Tuesday, the chancellor will join the leaders of all five Central Asian states — Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan — for the second summit in the "Central Asia plus Germany" format. The first was held in Berlin last September, when Tokayev combined it with a bilateral visit to Germany. Mirziyoyev had come to Berlin for talks with Scholz in May 2023.

All five countries maintain close economic and security ties with Moscow. A government spokesperson said Scholz would also raise the question of sanctions being circumvented through the region, after German exports to some Central Asian countries jumped sharply since 2022.

Environmental groups urged the chancellor not to let the search for raw materials, including rare earths and green hydrogen, outweigh human rights concerns.

DW recommends

Steinmeier visits Kazakhstan and Kyrgyzstan on Central Asia trip
Germany deports Afghan convicts to Kabul for first time since 2021
Opinion: Why Central Asia matters more to Berlin now

Related topics: Olaf Scholz, Uzbekistan, Kazakhstan, Migration, Central Asia

Send Facebook X Xing WhatsApp E-Mail
Print
Permalink https://p.dw.com/p/4kQa7

Advertisement"""))

A.append(dict(id="h23-02", source="rfi.fr",
url="https://www.rfi.fr/en/france/20240506-macron-presses-xi-on-trade-and-ukraine-as-chinese-leader-visits-paris",
published_at="2024-05-06", body="""Listen to RFI | Download the app | Newsletter

FRANCE - CHINA

Macron presses Xi on trade and Ukraine as Chinese leader visits Paris

Issued on: 06/05/2024 - 19:52 Modified: 06/05/2024 - 21:10

French President Emmanuel Macron welcomes Chinese President Xi Jinping at the Elysee Palace in Paris on 6 May 2024. © Ludovic Marin / AFP

Text by: RFI

Chinese President Xi Jinping was welcomed at the Elysee Palace on Monday for the main day of his state visit to France, his first trip to Europe in five years. Emmanuel Macron used the talks to ask for "fair rules" in trade and to urge Beijing to use its influence on Moscow over the war in Ukraine.

Advertising

The day opened with a three-way meeting with the European Commission president, Ursula von der Leyen, before the two heads of state held talks on their own and then with their delegations.

"The future of our continent will very clearly depend on our capacity to keep developing relations with China in a balanced way," Macron said at the start, pointing to Brussels' investigations into Chinese electric vehicles and subsidies.

Xi, who landed at Orly airport on Sunday afternoon and was greeted by Prime Minister Gabriel Attal, insisted that there was no "China overcapacity problem" and said his country was "not the creator" of the Ukraine crisis nor a party to it. He backed Macron's call for an "Olympic truce" during the Paris Games this summer.

Cognac and aircraft

Cognac makers, targeted by a Chinese anti-dumping probe opened in January, had been watching closely. Macron told reporters he was "grateful" that Beijing had shown openness on the issue, without giving details. Around twenty cooperation agreements were expected to be signed, covering aeronautics, agriculture and green energy, during the afternoon.

The Chinese leader and his wife, Peng Liyuan, were due to attend a state banquet at the Elysee in the evening.

On Tuesday the two presidents will head to the Tourmalet pass in the Hautes-Pyrenees, where Macron spent holidays with his grandmother as a child, in a more personal gesture that returns the hospitality he was shown in Guangzhou last year.

Belgrade and Budapest next

From the Pyrenees, Xi is scheduled to fly to Serbia for talks with President Aleksandar Vucic, arriving on the 25th anniversary of the Nato bombing of the Chinese embassy in Belgrade. He will then travel on to Hungary, where Prime Minister Viktor Orban will host him from Wednesday to Friday.

Both countries are among Beijing's closest partners in Europe, and the choice of stops has been read in Brussels as a signal. German Chancellor Olaf Scholz, who was in China in April, chose not to join the Paris talks.

Human rights groups and Tibetan and Uyghur activists demonstrated near the Place de la Republique on Sunday.

This year marks the 60th anniversary of diplomatic relations between France and China, which were established by Charles de Gaulle in 1964.

Read also
Blinken wraps up China visit with warning over support for Russia
French cognac makers fear fallout from Chinese probe
Paris 2024: what an Olympic truce would mean

Tags: China, Xi Jinping, Emmanuel Macron, France, Diplomacy

Get the news in your inbox: sign up for RFI's free daily newsletter

Keep up to date with international news by downloading the RFI app"""))

A.append(dict(id="h23-03", source="theguardian.com",
url="https://www.theguardian.com/world/2025/aug/07/trump-host-armenia-azerbaijan-leaders-white-house-peace-signing",
published_at="2025-08-07", body="""Skip to main content
Skip to navigation

Support the Guardian: Fund independent journalism with £12 per month. Support us

World | Europe | US | Americas | Asia | Australia | Middle East | Africa

Armenia
Trump to host Armenian and Azerbaijani leaders for 'historic' peace signing at White House

US president says Ilham Aliyev and Nikol Pashinyan will join him on Friday, along with separate economic deals with both countries

Daniel Mercer and agencies
Thu 7 Aug 2025 20.41 BST

Donald Trump has said he will host the leaders of Azerbaijan and Armenia at the White House on Friday for what he called a "historic peace summit", raising the prospect of a formal end to one of the longest-running conflicts in the former Soviet Union.

In a post on his Truth Social platform, the US president said Azerbaijan's president, Ilham Aliyev, and Armenia's prime minister, Nikol Pashinyan, would attend "an official signing ceremony" with him. "These two nations have been at war for many years, resulting in the deaths of thousands," he wrote. "Many leaders have tried to end the war, with no success, until now."

Trump added that the US would sign bilateral agreements with each country "to pursue economic opportunities together, so that we can fully unlock the potential of the south Caucasus region".

A senior administration official said the deal would give the United States development rights over a transit route crossing southern Armenia, linking mainland Azerbaijan with its Nakhchivan exclave. Baku has long demanded the route; Yerevan has insisted any road or railway must stay under Armenian sovereignty.

It was not clear whether the leaders would sign the peace treaty itself. Negotiators finished the text in March, but Aliyev has said he will not put his name to it until Armenia removes from its constitution a reference to Nagorno-Karabakh that Baku regards as a territorial claim. Diplomats expected a joint declaration instead, with the treaty initialled by the foreign ministers.

Pashinyan and Aliyev met in Abu Dhabi in July for their first talks without a mediator, which both sides described as constructive. The Armenian leader also made his first visit to Turkey in June, meeting Recep Tayyip Erdogan in Istanbul, as he tries to reopen the long-closed border.

Russia's absence

The involvement of Washington underlines how far Moscow has been pushed out of a region it long regarded as its own backyard. Russian peacekeepers left Nagorno-Karabakh last year, after Azerbaijan retook the territory in a lightning offensive in 2023 that caused almost all of its ethnic Armenian population to flee.

Relations between Baku and Moscow have since plunged, particularly after an Azerbaijan Airlines passenger jet crashed in Kazakhstan in December having been hit by Russian air defence fire. Vladimir Putin apologised to Aliyev by phone for what he called a "tragic incident" but stopped short of admitting responsibility.

Laurence Broers, an expert on the conflict, said any signing would be "a milestone, not an end point".

Explore more on these topics
Armenia | Azerbaijan | Donald Trump | Europe | US foreign policy | news

Share | Reuse this content

Most viewed
Witkoff meets Putin in Moscow as Trump's sanctions deadline looms
Heatwave warnings issued across southern Europe
Live: Ukraine war latest

Sign up to This is Europe: the most pressing stories and debates for Europeans, every Wednesday. Newsletter promotion"""))

A.append(dict(id="h23-04", source="trtworld.com",
url="https://www.trtworld.com/turkiye/erdogan-aliyev-break-ground-on-nakhchivan-gas-pipeline-15021874",
published_at="2023-09-25", body="""TRT World | LIVE | Türkiye | World | Business | Opinion | Video

TÜRKİYE
Erdogan, Aliyev break ground on Nakhchivan gas pipeline in first meeting since Karabakh operation

Turkish President hails Azerbaijan's "successful" operation and says the Zangezur corridor should be opened, as thousands of ethnic Armenians leave Karabakh for Armenia.

Photo: President Erdogan and President Aliyev at the ceremony in Nakhchivan. (AA)

25 SEP 2023 | TRT World and Agencies

President Recep Tayyip Erdogan travelled to Azerbaijan's Nakhchivan exclave on Monday, where he was received by his Azerbaijani counterpart Ilham Aliyev and the two leaders laid the foundation of a gas pipeline that will link the region to Türkiye's network.

The visit was Erdogan's first meeting with Aliyev since Baku's one-day military operation in Karabakh last week, which ended with local ethnic Armenian forces agreeing to disarm.

The Turkish leader was welcomed at Nakhchivan airport with a ceremony before the two presidents held a one-on-one meeting followed by talks between delegations. They later inaugurated a modernised military complex in the exclave.

"We are proud that the operation was completed in a short time with the utmost sensitivity to the rights of civilians," Erdogan said at a joint press appearance. He said Ankara would make every effort to help turn the "window of opportunity" into a lasting settlement in the South Caucasus.

The 85-kilometre Igdir-Nakhchivan pipeline is expected to carry about 500 million cubic metres of gas a year and end the exclave's dependence on supplies through Iran.

Corridor question

Erdogan also said opening a land link between mainland Azerbaijan and Nakhchivan through Armenia's Syunik province, which Baku calls the Zangezur corridor, was a "strategic priority". If Armenia did not allow it, he said, the route could pass through Iran.

Aliyev thanked Türkiye for its "political and moral support" and said the rights of Karabakh's Armenian residents would be guaranteed.

Armenian officials say more than 6,500 people have crossed into Armenia from Karabakh since Sunday.

In Yerevan, USAID Administrator Samantha Power arrived on Monday, becoming the most senior US official to visit since the operation. Power, accompanied by the State Department's Yuri Kim, met Prime Minister Nikol Pashinyan and delivered a letter from President Joe Biden, her agency said. Washington has called for independent monitors to be given access to the region.

Aliyev and Pashinyan are due to meet in Granada, Spain, on October 5 on the margins of the European Political Community summit, in a five-way format with European Council President Charles Michel, French President Emmanuel Macron and German Chancellor Olaf Scholz, Michel's office said last week. The two leaders last sat down together in Brussels in July.

Türkiye and Armenia have no diplomatic relations, and their land border has been closed since 1993.

RELATED
Azerbaijan says Karabakh operation over after separatists agree to disarm
Türkiye ready to help with reconstruction in Karabakh: Cevdet Yilmaz
What's next for the South Caucasus?

Subscribe to our newsletter. Get the latest on Türkiye and the world in your inbox.

Share: Facebook | X | LinkedIn | WhatsApp
Source: TRTWorld and agencies"""))

A.append(dict(id="h23-05", source="bbc.com",
url="https://www.bbc.com/news/world-asia-china-62894572",
published_at="2022-09-14", body="""Cookies on the BBC website: We use cookies to give you the best online experience. Let us know if you agree to all of these cookies. Yes, I agree | No, take me to settings

Home | News | Sport | Weather | iPlayer | Sounds

China

Xi Jinping in Kazakhstan on first trip abroad since pandemic began

Published 14 September 2022

Image caption: Mr Xi was greeted by President Tokayev at the airport in Nur-Sultan
Image source, Getty Images

By Joel Kerr
BBC News

China's leader Xi Jinping has arrived in Kazakhstan, his first foreign trip since the early weeks of the Covid pandemic, ahead of a meeting with Russia's Vladimir Putin later this week.

Mr Xi was met at the airport in the capital, Nur-Sultan, by President Kassym-Jomart Tokayev, who later awarded him the country's highest honour, the Order of the Golden Eagle. The two held talks at the Akorda presidential palace and signed a joint statement, according to Chinese state media.

In a speech published by Kazakh media ahead of the visit, the Chinese leader praised Kazakhstan for its "independence, sovereignty and territorial integrity" - language seen as a veiled message to Moscow, which has made unsettling comments about its Central Asian neighbour since the invasion of Ukraine.

Mr Xi last travelled abroad in January 2020, when he visited Myanmar.

Pope in the same city

By coincidence, Pope Francis is also in Nur-Sultan, attending a congress of world religious leaders. He held talks with Mr Tokayev on Tuesday after arriving for a three-day visit.

The Vatican had said there were no plans for the pontiff to meet the Chinese leader. Asked about it aboard the papal plane, Francis told reporters: "I don't have any news about that. But I am always ready to go to China."

Relations between the Holy See and Beijing remain delicate, with the Vatican preparing to renew a disputed deal on the appointment of bishops.

On to Samarkand

From Kazakhstan, Mr Xi will travel to the Uzbek city of Samarkand, where he is to be received by President Shavkat Mirziyoyev before the summit of the Shanghai Cooperation Organisation on Thursday and Friday.

The Kremlin's foreign policy adviser, Yuri Ushakov, said Mr Putin would meet Mr Xi on the sidelines. It will be their first meeting in person since Mr Putin travelled to Beijing for the opening of the Winter Olympics in February, weeks before Russian troops crossed into Ukraine.

Mr Ushakov said Mr Putin would also hold talks with Turkish President Recep Tayyip Erdogan in Samarkand, among a string of bilateral meetings.

Analysts say Moscow is keen to show that it is not isolated, while Beijing has avoided condemning the invasion but has been careful not to breach Western sanctions.

Watch: Why Xi's trip to Central Asia matters

More on this story
Russia's war pulls Central Asia in new directions
Pope Francis lands in Kazakhstan for interfaith congress
Xi and Putin hail 'no limits' friendship

Related Topics
China
Kazakhstan
Xi Jinping
Vladimir Putin

Top Stories
Queen's coffin lies in state at Westminster Hall
Ukraine says thousands of square kilometres retaken"""))

A.append(dict(id="h23-06", source="themoscowtimes.com",
url="https://www.themoscowtimes.com/2024/07/05/orban-meets-putin-in-moscow-on-self-styled-peace-mission-a85611",
published_at="2024-07-05", body="""The Moscow Times

News | Opinion | Business | Ukraine War | Podcasts | Russian version

Orban Meets Putin in Moscow on Self-Styled 'Peace Mission'

July 5, 2024 | Updated: 5:48 p.m.

Vladimir Putin and Viktor Orban in the Kremlin. Valery Sharifulin / TASS

Hungarian Prime Minister Viktor Orban held talks with President Vladimir Putin in the Kremlin on Friday, a visit that drew a wave of condemnation from European Union leaders days after Budapest took over the bloc's rotating presidency.

Orban, who landed at Vnukovo airport in the morning, described the trip on social media as the next step in a "peace mission". Kremlin spokesman Dmitry Peskov confirmed the visit only after Hungarian media reported the prime minister's plane had taken off.

Putin told his guest that he understood he had come "not only as our longtime partner, but as the president of the Council of the European Union," according to a Kremlin transcript. He repeated his demand that Ukraine withdraw its troops from the four regions Moscow claims to have annexed as a condition for a ceasefire.

The Hungarian leader said after the roughly three-hour meeting that the positions of Moscow and Kyiv were "very far apart" but that "there are many steps to take" toward ending the war.

Brussels fury

European Council President Charles Michel wrote that the rotating presidency "has no mandate to engage with Russia on behalf of the EU." Commission chief Ursula von der Leyen called the trip "appeasement." Several EU governments complained they had been given no advance notice.

The visit came three days after Orban's first trip to Kyiv since the full-scale invasion, where he urged Volodymyr Zelensky to consider a quick ceasefire. Ukraine's Foreign Ministry said on Friday that the Moscow trip had not been coordinated with Kyiv.

Peskov said Moscow "expected nothing" in the way of a breakthrough but valued the dialogue.

Orban is expected in Azerbaijan on Saturday for an informal summit of the Organization of Turkic States in Shusha, where Hungary holds observer status, and is due in Washington next week for the NATO summit.

A message from The Moscow Times:
Dear readers,
We are facing unprecedented challenges. Russia's Prosecutor General's Office has designated The Moscow Times as an "undesirable" organization, criminalizing our work and putting our staff at risk of prosecution. Help us continue our work. Support The Moscow Times

Once
Monthly
Annually
Continue

Read more about: Viktor Orban, Hungary, Vladimir Putin, Diplomacy

Read more
Kremlin Confirms Orban's Visit After Plane Lands in Moscow
EU's Borrell Says Orban Has No Mandate
Russia Strikes Kharkiv as Zelensky Calls for Air Defense

Subscribe to our newsletter | Telegram channel"""))

A.append(dict(id="h23-07", source="azatutyun.am",
url="https://www.azatutyun.am/a/32040517.html",
published_at="2022-09-18", body="""RFE/RL's Armenian Service

Home | Politics | Karabakh Conflict | Society | Economy | Video

Pelosi In Yerevan Condemns 'Illegal' Azerbaijani Attacks

September 18, 2022 | Sargis Harutyunyan

U.S. House Speaker Nancy Pelosi (right) and Armenian parliament speaker Alen Simonyan at a news conference in Yerevan, September 18, 2022.

U.S. House of Representatives Speaker Nancy Pelosi condemned on Sunday what she called "illegal and deadly attacks" by Azerbaijan on Armenian territory as she visited Yerevan less than a week after the worst fighting between the two countries since 2020.

Pelosi arrived in the Armenian capital late on Saturday at the head of a congressional delegation that includes Representatives Jackie Speier and Frank Pallone, longtime advocates for Armenian causes. She is the most senior U.S. official to visit Armenia since it gained independence in 1991.

The speaker met with Prime Minister Nikol Pashinyan on Sunday morning and then spoke to reporters at the National Assembly alongside her Armenian counterpart, Alen Simonyan.

"We strongly condemn those attacks," Pelosi said. "There has to be a negotiated settlement, and our delegation is here to emphasize our strong interest in Armenia's security."

Simonyan thanked the delegation for what he called a "clear message" and said Armenia expected "a more decisive reaction" from its partners. The U.S. visitors also laid a wreath at the Tsitsernakabert memorial to the victims of the 1915 genocide.

Baku's reaction

Azerbaijan's Foreign Ministry said Pelosi's comments were "unfounded and unfair" and accused her of serving the interests of the Armenian lobby in the United States.

Armenian officials say at least 135 Armenian soldiers were killed in the fighting on September 13-14, which was halted by a U.S.-backed ceasefire. Azerbaijan has reported 80 military deaths.

Pelosi visited Taiwan in early August, a trip that prompted large-scale Chinese military drills.

Meeting in New York

The State Department said on Sunday that Secretary of State Antony Blinken will host Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov for talks in New York on Monday, on the sidelines of the UN General Assembly.

Pashinyan and Azerbaijani President Ilham Aliyev last met in Brussels on August 31 for talks hosted by European Council President Charles Michel.

Comments

Related
Blinken Calls Pashinyan, Aliyev As Fighting Rages On Border
CSTO Mission To Visit Armenia
Protesters Demand Armenia Quit Russian-Led Bloc

Share: Facebook | Twitter | Telegram | Email | Print

© 2022 RFE/RL. All rights reserved."""))

A.append(dict(id="h23-08", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/erdogan-putin-talk-grain-corridor-in-sochi",
published_at="2023-09-04", body="""DAILY SABAH
BIST 100 7,968.70 ▲ 0.47% | USD/TRY 26.76 ▲ 0.10% | EUR/TRY 28.84 ▼ 0.06% | GOLD/GR 1,654.2 ▲ 0.21%

Politics > Diplomacy

Erdoğan, Putin talk grain corridor in Sochi as Türkiye pushes to revive deal

DAILY SABAH WITH AA
ISTANBUL | Sep 04, 2023 - 6:15 pm GMT+3

President Recep Tayyip Erdoğan (L) shakes hands with Russian President Vladimir Putin at the Bocharov Ruchey residence in Sochi, Russia, Sept. 4, 2023. (AA Photo)

President Recep Tayyip Erdoğan held talks with Russian President Vladimir Putin in the Black Sea resort of Sochi on Monday in a fresh push to restore the grain corridor that allowed Ukraine to export by sea, but the Russian leader said Moscow would not return to the arrangement until its own demands were met.

The two leaders met at Putin's Bocharov Ruchey residence in their first face-to-face meeting since October, when they held talks on the sidelines of a summit in Astana.

"We believe we will reach a solution that will meet expectations in a short time," Erdoğan told a joint news conference after the talks, which lasted more than an hour and a half. The Turkish leader said Ankara and the United Nations had drawn up a new package of proposals.

His Russian counterpart said Moscow was "open" to talks but would only go back to the deal once restrictions on Russian agricultural exports were lifted. He said Russia was close to an agreement to supply up to 1 million tons of grain at a discount to Türkiye for processing and delivery to poorer countries, with Qatar's financial support.

Russia quit the Black Sea Grain Initiative, brokered by Türkiye and the U.N. in July 2022, in mid-July.

Foreign Minister Hakan Fidan laid the groundwork for the summit during talks with Sergey Lavrov in Moscow last week.

Energy and Akkuyu

Erdoğan and Putin also discussed the proposed natural gas hub in Türkiye, which Putin has championed since last year, and work at the Akkuyu nuclear power plant being built by Russia's Rosatom in Mersin province.

Erdoğan has repeatedly said he hopes to host Putin in Türkiye. The Kremlin said such a visit was possible but gave no date.

Ankara has balanced its ties with both Moscow and Kyiv. In July, Ukrainian President Volodymyr Zelenskyy visited Istanbul for talks with Erdoğan and returned home with five commanders of the Azov battalion, angering the Kremlin.

Erdoğan is expected to travel to New Delhi later this week for the G-20 leaders' summit.

RELATED
Fidan, Lavrov discuss grain deal, Syria in Moscow
Türkiye's exports hit record in August
Opposition CHP to hold congress in November

KEYWORDS: recep tayyip erdoğan, vladimir putin, russia, grain deal, black sea

Share: Facebook | X | WhatsApp | Telegram

Download the Daily Sabah app"""))

A.append(dict(id="h23-09", source="kyivindependent.com",
url="https://kyivindependent.com/modi-arrives-in-kyiv-on-first-ever-visit-by-indian-prime-minister/",
published_at="2024-08-23", body="""THE KYIV INDEPENDENT

Ukraine War | Business | Opinion | Investigations | Podcasts

Support us: Become a member

Ukraine war latest: Russian strikes on Kyiv Oblast kill 2; Ukraine hits Volgograd refinery

Modi arrives in Kyiv on first-ever visit by Indian prime minister

by Oleksandra Kovalenko
August 23, 2024 4:18 PM 3 min read

Indian Prime Minister Narendra Modi and President Volodymyr Zelensky at the Mariinskyi Palace in Kyiv on Aug. 23, 2024. (Presidential Office)

Indian Prime Minister Narendra Modi arrived in Kyiv on Aug. 23 for talks with President Volodymyr Zelensky, the first visit by an Indian head of government since the two countries established diplomatic relations in 1992.

Modi traveled overnight by train from Poland, where he had met Prime Minister Donald Tusk the previous day. His visit to Kyiv lasted about seven hours.

The two leaders first visited an exhibition at the National Museum of the History of Ukraine dedicated to children killed in the war. Modi laid a toy at the memorial and embraced Zelensky.

After the talks, the sides signed four agreements on agriculture, medical products, culture and humanitarian assistance, including Indian aid to rebuild damaged infrastructure.

"India has never been neutral. From the very beginning we have been on the side of peace," Modi told Zelensky, according to the Indian Foreign Ministry.

Zelensky said he had urged Modi to support the peace summit process launched in Switzerland in June and to host a future summit. "India can play a big role," he told Indian journalists after the meeting.

Moscow trip

Modi's visit came six weeks after his trip to Moscow, where he hugged Russian President Vladimir Putin on the day a Russian missile hit the Okhmatdyt children's hospital in Kyiv. Zelensky called the image "a huge disappointment and a devastating blow to peace efforts."

India has refused to condemn Russia's full-scale invasion and has sharply increased purchases of discounted Russian oil since 2022, while expressing concern over the fighting.

According to Indian Foreign Secretary Vikram Misri, Modi invited Zelensky to visit India "at his earliest convenience." No date was set.

Zelensky and Modi last met in June on the sidelines of the G7 summit in Italy.

We've been working hard to bring you independent, on-the-ground journalism from Ukraine. Join our community. Become a member.

Read also
Zelensky: Ukraine to hold second peace summit before end of year
Indian envoy: New Delhi ready to help with humanitarian demining
Poland, India upgrade ties to strategic partnership

Tags: India, Narendra Modi, Volodymyr Zelensky, Diplomacy

Share this article

Sign up for our newsletter: Ukraine Daily"""))

A.append(dict(id="h23-10", source="hurriyetdailynews.com",
url="https://www.hurriyetdailynews.com/erdogan-in-baghdad-on-first-visit-in-12-years-193284",
published_at="2024-04-22", body="""HÜRRİYET DAILY NEWS
BIST 100 9,711.92 ▲ 1.02% | USD 32.49 | EURO 34.63 | GOLD 2,447 TL

TÜRKİYE

Erdoğan in Baghdad on first visit in 12 years, Development Road deal signed

BAGHDAD / ANKARA

President Recep Tayyip Erdoğan and Iraqi Prime Minister Mohammed Shia al-Sudani during a welcome ceremony in Baghdad on April 22. AA photo

President Recep Tayyip Erdoğan arrived in Baghdad on April 22 on his first visit to Iraq in 12 years, where he held talks with Prime Minister Mohammed Shia al-Sudani and President Abdul Latif Rashid and witnessed the signing of more than two dozen agreements.

The Turkish leader was greeted at the airport by al-Sudani and later received with an official ceremony at the prime minister's office. He was accompanied by Foreign Minister Hakan Fidan, Defense Minister Yaşar Güler, Energy Minister Alparslan Bayraktar and intelligence chief İbrahim Kalın, several of whom had visited Baghdad in recent months to prepare the trip.

Following a one-on-one meeting and delegation-level talks, the two sides signed 26 memoranda of understanding covering energy, trade, transport, education, health and security. A strategic framework agreement on water, a long-standing sore point over the Tigris and Euphrates, was among them.

A quadrilateral memorandum on the Development Road project, a planned 1,200-kilometer highway and railway corridor from the Grand Faw port in southern Iraq to the Turkish border, was signed by the transport ministers of Türkiye, Iraq, Qatar and the United Arab Emirates.

"The Development Road will be a new silk road connecting the Gulf and Europe," Erdoğan told a joint press conference.

PKK on agenda

Ankara has pressed Baghdad to take a tougher line against the PKK, which has camps in northern Iraq. Iraq's National Security Council declared the group a "banned organization" in March.

Al-Sudani said Iraq "would not allow its territory to be used to attack neighbors." The two leaders also discussed resuming oil exports through the Iraq-Türkiye pipeline, halted since March 2023 after an arbitration ruling.

Erdoğan was due to travel on to Erbil later in the day to meet Nechirvan Barzani, the president of the Kurdistan Regional Government, and Prime Minister Masrour Barzani.

The visit came a week after al-Sudani was hosted at the White House by U.S. President Joe Biden.

ERDOĞAN'S LAST VISIT was in March 2011, when he was prime minister.

RELATED NEWS
Türkiye, Iraq agree to step up fight against PKK
Fidan discusses Gaza with Qatari counterpart
Development Road: What's in it for Türkiye?

Tags: Erdoğan, Iraq, Sudani, Development Road, Baghdad

Share: Facebook | X | LinkedIn | Email
Comments"""))

A.append(dict(id="h23-11", source="news.sky.com",
url="https://news.sky.com/story/starmer-signs-100-year-partnership-with-ukraine-on-first-kyiv-visit-as-pm-13290611",
published_at="2025-01-16", body="""Sky News | Watch live

Home | UK | World | Politics | US | Climate | Science & Tech | Business | Ukraine

Starmer signs '100-year partnership' with Ukraine on first Kyiv visit as PM

The prime minister says the UK will play its "full part" in securing any future peace, as air raid sirens sound in the capital during his visit.

Harriet Lowe, political correspondent
Thursday 16 January 2025 15:32, UK

Sir Keir Starmer has signed a "100-year partnership" with Ukraine during his first visit to Kyiv as prime minister.

The prime minister arrived in the Ukrainian capital by train on Thursday morning and was greeted by President Volodymyr Zelenskyy at the Mariinskyi Palace, where the two leaders signed the agreement and held talks.

The treaty covers defence, energy, science and culture, and includes a new framework for maritime security in the Black Sea, Downing Street said.

During the visit, air defence units were heard in action over the city and Mr Zelenskyy said a Russian drone had been shot down near the government quarter.

"We are here because we want to send a clear message that the UK stands with Ukraine for the long haul," Sir Keir told a news conference. He said Britain would play its "full part" in any security guarantees after a settlement, while refusing to be drawn on whether British troops could be deployed.

The Ukrainian leader said the partnership was a sign that "our future is not up for negotiation". He added that the two men had discussed "concrete details" of how partners could guarantee Ukraine's security, a conversation he said would continue "in the coming weeks".

Downing Street said the UK would also provide £40m to help Ukraine's economic recovery and would keep its £3bn a year in military support for as long as needed.

Earlier, the prime minister laid a wreath at the Wall of Remembrance for fallen defenders and met emergency workers who had responded to recent strikes.

On to Warsaw

From Kyiv, Sir Keir is due to travel to Poland on Friday for talks with Prime Minister Donald Tusk on defence spending and European security, as Warsaw takes over the rotating EU presidency.

The visit comes days before Donald Trump's inauguration as US president, with European leaders anxious about his pledge to end the war quickly.

Sir Keir visited Kyiv as leader of the opposition in February 2023.

Most Read
Reeves defends China trip as Treasury hails £600m of deals
Post Office scandal: new compensation scheme announced
Arctic blast to bring snow and ice to much of UK

More from Sky News
Ukraine war: what we know about the front line
Starmer: UK will not leave Ukraine to fight alone

Follow Sky News on WhatsApp. Keep up with all the latest news from the UK and around the world.

Related Topics: Keir Starmer | Ukraine | Volodymyr Zelenskyy"""))

A.append(dict(id="h23-12", source="astanatimes.com",
url="https://astanatimes.com/2023/02/blinken-visits-astana-holds-c51-ministerial-meeting/",
published_at="2023-02-28", body="""THE ASTANA TIMES

Nation | Business | Tengri Travel | Opinion | Culture | Multimedia

NATION

Blinken visits Astana, holds C5+1 ministerial meeting

By Aiman Nakispekova in Nation on 28 February 2023

US Secretary of State Antony Blinken and Kazakh President Kassym-Jomart Tokayev at the Akorda. Photo credit: Akorda press service

ASTANA – U.S. Secretary of State Antony Blinken arrived in Astana on Feb. 28 on his first visit to Central Asia since taking office, holding talks with President Kassym-Jomart Tokayev and Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi.

Tokayev said Kazakhstan values the "enhanced strategic partnership" with the United States and wants to expand cooperation in energy, critical minerals, agriculture and transit along the Trans-Caspian route, according to the Akorda press service.

Blinken praised Kazakhstan's reform agenda and said Washington supported the country's "sovereignty, independence and territorial integrity." He also thanked Kazakhstan for its humanitarian help to Ukraine.

Tileuberdi and the American diplomat discussed sanctions compliance. The minister said Kazakhstan would not allow its territory to be used to circumvent restrictions imposed on Russia but did not want its own economy to suffer "collateral damage".

C5+1 meeting

Later in the day, Blinken chaired a ministerial meeting in the C5+1 format with the foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. He announced an additional $25 million for the Economic Resilience Initiative in Central Asia, bringing planned U.S. support for the program to $50 million.

The ministers adopted a joint statement covering economic connectivity, energy security, the environment and Afghanistan.

Blinken will travel to Tashkent on March 1 for meetings with President Shavkat Mirziyoyev and Foreign Minister Bakhtiyor Saidov. From Uzbekistan, he heads to New Delhi for the meeting of G20 foreign ministers, where he will hold bilateral talks with Indian External Affairs Minister Subrahmanyam Jaishankar. He is also expected to join his counterparts from Australia, India and Japan at a Quad ministerial meeting.

The C5+1 diplomatic platform was launched in 2015 in Samarkand.

Subscribe to our newsletter

Related posts
Tokayev receives credentials of foreign ambassadors
Kazakhstan, EU discuss raw materials partnership
Astana International Forum to focus on global challenges

Tags: Antony Blinken, C5+1, Mukhtar Tileuberdi, USA

Share: Facebook | Twitter | Telegram | WhatsApp

© 2023 The Astana Times. All rights reserved."""))
