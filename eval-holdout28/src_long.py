# Long pages (2,500-4,500 characters), h28-01 .. h28-12
A = []

A.append(dict(id="h28-01", source="news.sky.com",
url="https://news.sky.com/story/israel-hamas-war-biden-lands-in-tel-aviv-as-amman-summit-is-scrapped-12986644",
published_at="2023-10-18", body="""Sky News | Watch Live | Download the Sky News app

We and our partners use cookies and similar technologies to improve your experience. Accept all | Reject all | Options

World

Israel-Hamas war: Biden spends seven hours in Israel after Arab leaders scrap Amman summit

The US president's trip was cut in half when Jordan called off a four-way meeting following the deadly blast at a Gaza hospital.

By Sky News US team and Middle East desk
Wednesday 18 October 2023 20:05, UK

Image: The president is greeted on the tarmac at Ben Gurion airport. Pic: Reuters

Why you can trust Sky News

Joe Biden has told Israelis that America "will not leave you alone", in a wartime visit that was meant to show solidarity with Israel but was overshadowed by the explosion at a hospital in Gaza City the night before.

Air Force One touched down at Ben Gurion airport on Wednesday morning. Benjamin Netanyahu was waiting at the foot of the steps and the two men embraced before driving to a Tel Aviv hotel, where the president sat with the Israeli prime minister and then with members of his war cabinet.

Mr Biden said the blast at al Ahli Arab hospital "appears as though it was done by the other team, not you", pointing to Pentagon data. Israel blames a misfired rocket from Palestinian Islamic Jihad; the group denies it, and Hamas-run health authorities say several hundred people were killed.

Before flying home he announced $100m (GBP 82m) in humanitarian aid for Palestinians in Gaza and the occupied West Bank and urged Israelis not to be "consumed" by rage, recalling mistakes the US made after 11 September.

Half a trip

The White House had planned a two-stop journey. After Tel Aviv, Mr Biden was to go on to Amman for a summit with King Abdullah II, Egyptian President Abdel Fattah al Sisi and Palestinian President Mahmoud Abbas.

That leg collapsed late on Tuesday. Jordan's foreign minister Ayman Safadi said on state television that the summit would be held only when the parties could agree to stop the war, and Mr Abbas had already announced he was pulling out and declared three days of mourning.

Talking to reporters on Air Force One on the way back to Washington, Mr Biden said he had spoken by phone with Mr Sisi, who had agreed to let up to 20 lorries of aid through the Rafah crossing into Gaza. "The bottom line is, he was very helpful," the president said. The trucks are not expected to move before Friday because the road on the Egyptian side needs repairs.

Sunak next

Rishi Sunak will travel to Israel on Thursday to meet Mr Netanyahu and President Isaac Herzog, Downing Street said on Wednesday evening. A spokesman said the prime minister would also visit "other regional capitals" but would not name them for security reasons.

Germany's Olaf Scholz, who on Tuesday became the first Western head of government to visit Israel since the 7 October attacks, went on to Cairo on Wednesday.

In Gaza, air strikes continued overnight. The UN agency for Palestinian refugees said hundreds of thousands of people had now moved south, where fuel and clean water were running out.

Crowds protested outside the US embassy in Beirut and outside the Israeli embassy in Amman on Tuesday night.

'A hard trip'

Analysts said the cancellation of the Amman leg robbed the president of a chance to be seen with Arab leaders as well as with Mr Netanyahu.

"It was always going to be a hard trip, and the hospital turned it into a one-sided trip," said a former State Department official. "What he got out of it is the Rafah commitment, and that came on a phone line, not in Amman."

Read more:
What we know about the Gaza hospital explosion
Macron 'does not rule out' a trip to Israel
Analysis: what Biden wanted from Netanyahu

Related topics: Israel-Hamas war | Joe Biden | Gaza | Egypt | Jordan

Sky News | Follow us on WhatsApp | Sign up for the Sky News daily newsletter

Most read
1. Storm Babet: amber warning as rain sweeps in
2. Prices at the pump edge up again
3. Wage growth slows, official figures show
4. Hospital blast: what the footage shows

(c) 2023 Sky UK"""))

A.append(dict(id="h28-02", source="theguardian.com",
url="https://www.theguardian.com/world/2023/feb/08/zelenskiy-london-parliament-wings-for-freedom-paris",
published_at="2023-02-08", body="""Skip to main content | Skip to navigation

Support the Guardian
Fund independent journalism with GBP 5 per month
Support us | Print subscriptions | Sign in | Search jobs

News | Opinion | Sport | Culture | Lifestyle
World | Europe | US | Americas | Asia | Australia | Middle East | Africa | Inequality | Global development

Ukraine
Zelenskiy asks parliament for 'wings for freedom' on surprise London visit before heading to Paris

Ukrainian president meets Sunak and the King on first trip to UK since the invasion, then flies to France for dinner with Macron

Political staff and agencies
Wed 8 Feb 2023 18.04 GMT

Volodymyr Zelenskiy has made an unannounced visit to Britain, only his second journey abroad since Russia's full-scale invasion, urging MPs and peers to give Ukraine combat aircraft and handing the Speaker the helmet of a Ukrainian pilot inscribed: "We have freedom, give us wings to protect it."

The Ukrainian president landed at Stansted airport on a British government plane on Wednesday morning and was met on the tarmac by Rishi Sunak. The two men were then driven to Downing Street for talks, before Zelenskiy addressed both houses of parliament in Westminster Hall, where he thanked "Great Britain" for being with Ukraine "from day one".

Sunak said the UK would begin training Ukrainian pilots on Nato-standard jets and would extend training to Ukrainian marines. He told the Commons he had asked the defence secretary, Ben Wallace, to investigate which aircraft Britain might eventually provide, though officials said no jets would be sent "in the short term".

Zelenskiy was received by King Charles at Buckingham Palace in the afternoon. He then travelled with the prime minister to a military camp in Dorset, where Ukrainian crews are learning to operate Challenger 2 tanks.

"I came here to thank you personally," Zelenskiy told the troops and instructors. He said the first tanks were a sign of trust "and now we need the next step".

Dinner in Paris

Later on Wednesday Zelenskiy was due to fly to Paris, where Emmanuel Macron will host him for a working dinner at the Elysee palace, the French presidency said. Olaf Scholz, the German chancellor, is expected to join them.

Officials in Kyiv said he was also likely to attend a summit of EU leaders in Brussels on Thursday, though they would not confirm his programme in advance.

The president's only other trip outside Ukraine since February last year was to Washington in December, where he met Joe Biden at the White House and spoke to Congress.

Downing Street had kept the visit secret until Zelenskiy's plane was in the air. Labour's leader, Keir Starmer, said the visit showed the "unshakable" cross-party support for Ukraine.

Russia's embassy in London warned that if Britain sent jets, the "military and political consequences for the European continent and the whole world" would be felt.

I hope you appreciated this article. Before you move on, I was hoping you would consider taking the step of supporting the Guardian's journalism. We have no shareholders and no billionaire owner, so our reporting is free from commercial and political influence.

Support the Guardian | Remind me in March

Topics
Volodymyr Zelenskiy | Ukraine | Rishi Sunak | Russia | Defence policy | Foreign policy | news

Share on Facebook | Share on Twitter | Reuse this content

Most viewed
Turkey-Syria earthquake: death toll passes 11,000
Israel's foreign minister visits Khartoum in push to finalise ties with Sudan
Bank of England governor hints at end to rate rises
George Santos heckled at State of the Union

Comments (1,204)"""))

A.append(dict(id="h28-03", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/erdogan-meets-zelenskyy-guterres-in-lviv",
published_at="2022-08-18", body="""DAILY SABAH
Turkey | Politics | Business | World | Sports | Life | Opinion | Gallery
Istanbul 29 C | USD/TRY 17.95 | EUR/TRY 18.19 | BIST 100 3,037.41 | GOLD 1,043.20

Sign up for Daily Sabah newsletters | Follow us on Google News

POLITICS > DIPLOMACY

Erdogan visits Ukraine, tells Zelenskyy war will end at the negotiating table

President Recep Tayyip Erdogan met his Ukrainian counterpart in Lviv before a three-way meeting with UN chief Guterres on the grain deal and the Zaporizhzhia nuclear plant

DAILY SABAH WITH AGENCIES
LVIV, UKRAINE
AUG 18, 2022 - 5:44 PM GMT+3

President Recep Tayyip Erdogan (C), Ukrainian President Volodymyr Zelenskyy (R) and U.N. Secretary-General Antonio Guterres pose before their meeting in Lviv, Ukraine, Aug. 18, 2022. (AA Photo)

President Recep Tayyip Erdogan on Thursday said he believed the war between Russia and Ukraine would end "at the negotiating table", speaking in the western Ukrainian city of Lviv during his first trip to the country since Russia launched its invasion in February.

Erdogan held a bilateral meeting with President Volodymyr Zelenskyy, after which the two leaders were joined by United Nations Secretary-General Antonio Guterres, who arrived in Lviv on Wednesday.

"We remain on the side of our Ukrainian friends," Erdogan told a joint news conference. He voiced concern about the shelling around the Zaporizhzhia nuclear power plant, which is held by Russian forces. "We do not want to live through another Chernobyl," he said.

The Turkish president also praised the grain corridor established under a deal signed in Istanbul last month by Türkiye, the U.N., Russia and Ukraine. More than 25 ships carrying Ukrainian grain have left Black Sea ports since the first vessel sailed on Aug. 1.

During the visit, Trade Minister Mehmet Mus and Ukraine's Infrastructure Minister Oleksandr Kubrakov signed a memorandum of understanding on Turkish participation in rebuilding Ukraine's damaged infrastructure.

Zelenskyy said he and Erdogan had also discussed the release of prisoners of war and the situation in Crimea. "A strong message of support from a strong country," he wrote on social media after the meeting.

Erdogan met Russian President Vladimir Putin in the Black Sea resort of Sochi on Aug. 5 for talks that focused on the grain deal and on economic and energy cooperation. Asked whether he would pass on the Lviv discussions to the Russian leader, he replied: "We will share what we talked about here with Mr. Putin."

He repeated that Türkiye was ready to host a meeting between Zelenskyy and Putin, an offer Kyiv has said is premature.

Guterres will travel to the port of Odesa on Friday and then to Istanbul on Saturday to visit the Joint Coordination Centre that monitors the grain shipments.

Erdogan was accompanied by Foreign Minister Mevlut Cavusoglu and presidential spokesperson Ibrahim Kalin. He flew back to Ankara later on Thursday.

RELATED ARTICLES
- Grain ships keep sailing as JCC reports smooth inspections
- Erdogan, Putin agree to boost economic ties in Sochi meeting
- Inflation in Turkiye: what the markets expect

Share: Facebook | Twitter | WhatsApp | LinkedIn

Daily Sabah is on Telegram. Join us for breaking news and exclusive stories.

(c) Turkuvaz Media Group. All rights reserved."""))

A.append(dict(id="h28-04", source="eurasianet.org",
url="https://eurasianet.org/kyrgyzstan-putin-makes-first-trip-abroad-since-icc-warrant",
published_at="2023-10-12", body="""eurasianet
Independent news and analysis from the Caucasus and Central Asia

Please support independent journalism. Donate now.

Kyrgyzstan: Putin makes first trip abroad since ICC warrant

Bishkek rolls out the red carpet as the Russian leader arrives for a two-day visit and a CIS summit.

Oct 12, 2023
Share | Tweet | Email

Vladimir Putin and Sadyr Japarov at the Yntymak Ordo residence in Bishkek. (Photo: kremlin.ru)

Vladimir Putin landed in Kyrgyzstan on October 12, making his first trip outside Russia since the International Criminal Court issued a warrant for his arrest in March.

Kyrgyzstan, a member of the Russia-led Collective Security Treaty Organization and the Eurasian Economic Union, has not ratified the Rome Statute and is under no obligation to detain him.

Putin was met at Manas airport by President Sadyr Japarov and driven to the Yntymak Ordo residence, where the two leaders held talks in a narrow format before being joined by their delegations. A joint statement afterwards spoke of strengthening "strategic partnership and alliance" and of Russian investment in energy and in the teaching of the Russian language.

Later in the day the two presidents flew to the Russian air base at Kant, east of Bishkek, to mark the 20th anniversary of its opening. Japarov thanked Moscow for helping to modernize Kyrgyzstan's military.

On October 13, Putin will take part in a summit of the Commonwealth of Independent States in Bishkek. Kremlin aide Yuri Ushakov told reporters that the Russian leader would meet Azerbaijani President Ilham Aliyev on the sidelines, the first encounter between the two since Azerbaijan's lightning offensive in Karabakh last month.

Armenian Prime Minister Nikol Pashinyan will not attend. His office did not give a reason, but relations between Yerevan and Moscow have cooled sharply, and Armenia's parliament voted last week to ratify the Rome Statute.

From Bishkek Putin's itinerary turns east. The Kremlin has confirmed that he will travel to Beijing next week for the third Belt and Road Forum, where he is expected to hold talks with Xi Jinping.

Putin did not go to Johannesburg in August for the BRICS summit, taking part by video link instead, after South Africa indicated that as an ICC member it would face pressure to arrest him.

For Japarov, the visit is a chance to show that Kyrgyzstan's ties with Moscow remain solid, even as Western governments press Bishkek over the re-export of sanctioned goods to Russia. Trade between the two countries has surged since 2022.

"Bishkek is showing Moscow that it is a dependable friend, and showing Washington that it will not be lectured," said a Bishkek-based political analyst. "The economy depends on Russia, and so does the government's security."

Kyrgyz authorities declared October 13 a public holiday in the capital and closed several central streets for the summit.

Related
Kyrgyzstan: Parliament approves controversial media law
Tajikistan: Rogun dam costs climb again
Kazakhstan: Grain harvest tops forecasts

Tags: Kyrgyzstan, Russia, Vladimir Putin, Sadyr Japarov, CIS, ICC

Eurasianet is an independent news organization. Sign up for our weekly newsletter."""))

A.append(dict(id="h28-05", source="al-monitor.com",
url="https://www.al-monitor.com/originals/2023/03/saudi-arabia-iran-agree-restore-ties-china-brokered-deal",
published_at="2023-03-10", body="""Al-Monitor
The Middle East's leading independent news source since 2012
Subscribe | Sign in | PRO

Gulf

Saudi Arabia and Iran agree to restore ties in China-brokered deal

After four days of talks in Beijing, the two rivals said they would reopen their embassies within two months, ending a seven-year rupture.

Al-Monitor Staff
March 10, 2023

Saudi Arabia and Iran announced on Friday that they had agreed to restore diplomatic relations and reopen embassies within two months, in a surprise deal reached in Beijing that casts China as a new power broker in the Gulf.

A joint statement issued by the three countries said the agreement followed talks in the Chinese capital from March 6 to 10 between delegations led by Ali Shamkhani, secretary of Iran's Supreme National Security Council, and Musaed al-Aiban, Saudi Arabia's national security adviser, hosted by Wang Yi, China's top diplomat.

Shamkhani and Aiban signed the document in front of cameras with Wang standing between them.

Under the deal, the two sides will respect each other's sovereignty and refrain from interfering in each other's internal affairs. They also agreed to activate a security cooperation agreement signed in 2001 and a 1998 accord on trade, economy, investment and technology.

The foreign ministers of the two countries, Prince Faisal bin Farhan and Hossein Amir-Abdollahian, will meet to implement the decision and arrange the return of ambassadors, the statement said.

Riyadh cut ties with Tehran in January 2016 after protesters stormed the Saudi Embassy in Tehran following the kingdom's execution of the Shiite cleric Nimr al-Nimr.

The statement thanked Iraq and Oman, which hosted several rounds of talks between Saudi and Iranian officials in 2021 and 2022 that stalled last year.

"It is a victory for dialogue and for peace," Wang said in Beijing, adding that China would keep playing a "constructive role" on the region's hot-button issues.

The announcement came three months after President Xi Jinping's visit to Riyadh, where he attended summits with Gulf and Arab leaders, and less than a month after Iranian President Ebrahim Raisi's state visit to Beijing.

White House National Security Council spokesman John Kirby said Riyadh had kept Washington informed about the talks, and that the United States welcomed any effort to help end the war in Yemen. "It remains to be seen whether the Iranians are going to honor their side of the deal," he added.

In Israel, opposition leaders called the deal a failure of Prime Minister Benjamin Netanyahu's government, which has made normalization with Saudi Arabia a priority.

Analysts cautioned against reading too much into the announcement. "This is a restoration of diplomatic relations, not a rapprochement," said a Gulf-based researcher. "The test is Yemen. If the Houthi file does not move, the embassies will be open but the distrust will stay."

Iranian state media hailed the agreement, while Saudi outlets stressed the kingdom's commitment to regional stability.

Read more
How China's Gulf diplomacy is changing
Yemen truce talks: where things stand
Iraq's budget battle heats up

Sign up for Al-Monitor's daily newsletter

Share | Tweet | Email | Print

(c) 2023 Al-Monitor, LLC. All rights reserved."""))

A.append(dict(id="h28-06", source="dw.com",
url="https://www.dw.com/en/russia-ukraine-talks-in-istanbul-prisoner-swap-agreed-no-ceasefire/a-72580114",
published_at="2025-05-17", body="""Skip to content | Skip to main menu | Skip to more DW sites

DW
Made for minds.

Conflicts | Russia-Ukraine war

Russia-Ukraine talks: POW swap agreed, no ceasefire; Trump to call Putin

Delegations from Moscow and Kyiv met face to face in Istanbul for the first time in three years. US President Donald Trump now says he will speak to Vladimir Putin and Volodymyr Zelenskyy on Monday.

DW with Reuters, AFP, AP, dpa
05/17/2025

Image: The delegations sat opposite each other in Istanbul's Dolmabahce Palace. Image: Murad Sezer/REUTERS

Russia and Ukraine agreed to exchange 1,000 prisoners of war each at their first direct talks since March 2022, but the meeting in Istanbul on Friday ended without a ceasefire, and after less than two hours.

The Ukrainian delegation was led by Defense Minister Rustem Umerov, while Russia sent a team headed by presidential aide Vladimir Medinsky. Turkish Foreign Minister Hakan Fidan chaired the session at the Dolmabahce Palace on the Bosphorus.

Medinsky said Moscow was "satisfied" and that both sides would present their visions of a possible ceasefire "in detail". He said the Ukrainian side had asked for direct talks between heads of state and that Russia had "taken note" of the request.

Putin stays away

Putin himself had proposed the talks last Sunday. Zelenskyy responded by challenging him to come to Turkey in person, but the Kremlin named a lower-level delegation late on Wednesday.

Zelenskyy flew to Ankara on Thursday, where he met Turkish President Recep Tayyip Erdogan. He called the Russian team "decorative" and said he had sent his delegation to Istanbul only "out of respect" for Erdogan and for US President Donald Trump.

On Friday Zelenskyy was in Tirana, Albania, for a summit of the European Political Community, where he urged European leaders to impose tougher sanctions if Moscow rejected a ceasefire.

US Secretary of State Marco Rubio, who had attended a meeting of NATO foreign ministers in Antalya, sat down with the Ukrainian delegation and Fidan in Istanbul before the talks with the Russians began.

Trump sets up calls

On Saturday, Trump wrote on his Truth Social platform that he would speak by telephone with Putin on Monday, and afterwards with Zelenskyy and with "various members of NATO". "Hopefully it will be a productive day, a ceasefire will take place," he wrote.

Kremlin spokesman Dmitry Peskov confirmed that the call was being prepared.

Earlier in the week Trump had said that "nothing's going to happen" until he and Putin met, adding that they would get together "as soon as we can set it up". No date has been agreed.

Attack on bus

Hours after the talks ended, a Russian drone struck a bus carrying civilians in the Sumy region, killing nine people, according to Ukrainian officials. Zelenskyy called it "a deliberate killing of civilians".

European leaders, who have pressed for an unconditional 30-day ceasefire, said Moscow was stalling. Germany's Chancellor Friedrich Merz said the Russian side had once again shown it was not serious.

DW recommends
Zelenskyy in Ankara: 'We are ready for any format'
Why Turkey wants to be the venue for peace talks
Ukraine's drone makers race to keep up

Send us your feedback | Related topics: Russia, Ukraine, Turkey, Donald Trump, Vladimir Putin

Advertisement

(c) 2025 Deutsche Welle | Privacy policy | Legal notice | Contact"""))

A.append(dict(id="h28-07", source="telegraph.co.uk",
url="https://www.telegraph.co.uk/news/worldnews/middleeast/iran/11514029/obama-hails-historic-understanding-iran-nuclear.html",
published_at="2015-04-03", body="""The Telegraph
Home | Video | News | World | Sport | Finance | Comment | Culture | Travel | Life | Women | Fashion

News > World News > Middle East > Iran

Obama hails 'historic understanding' with Iran as Netanyahu warns deal threatens Israel's survival

Negotiators in Lausanne agree outline of nuclear deal after eight days of talks; President calls Israeli and Saudi leaders to reassure allies

By our Foreign Staff in Lausanne and our correspondent in Washington
7:04AM BST 03 Apr 2015

Get unlimited access to the Telegraph - GBP 1 for three months. Subscribe now

Iran and six world powers agreed the outline of a deal to curb Tehran's nuclear programme on Thursday night, after marathon talks in the Swiss lakeside city of Lausanne that ran two days past a self-imposed deadline.

Under the framework, Iran would cut the number of centrifuges it operates from around 19,000 to just over 6,000, stop enriching uranium at its underground Fordow site and redesign its heavy water reactor at Arak. International sanctions would be lifted in stages once inspectors verified that Iran had kept its side of the bargain.

The parameters were read out at a news conference by Federica Mogherini, the EU's foreign policy chief, and Mohammad Javad Zarif, the Iranian foreign minister. Negotiators now have until June 30 to turn them into a final agreement.

Much of the hard bargaining was done in one-on-one sessions between John Kerry, the US secretary of state, and Mr Zarif in the Beau-Rivage Palace hotel, often late into the night. Mr Kerry, who broke a leg in a cycling accident in Geneva last year, spent more than a week in Lausanne, postponing a planned return to Washington twice.

Speaking in the White House Rose Garden, Barack Obama called the framework a "good deal" that would cut off every pathway to a bomb. "If Iran cheats, the world will know it," he said.

Mr Obama then telephoned Benjamin Netanyahu, the Israeli prime minister, who told him that a deal built on the framework "would threaten the survival of Israel", according to a statement from Mr Netanyahu's office. The Israeli leader addressed a joint meeting of Congress last month to warn against the talks.

The president also spoke by phone with King Salman of Saudi Arabia, the White House said, and invited the leaders of the six Gulf Cooperation Council countries to meet him at Camp David this spring to discuss security in the region.

In Tehran, crowds gathered in the streets on Friday morning to welcome Mr Zarif home, waving flags and sounding car horns. President Hassan Rouhani said in a televised address that Iran would honour its commitments "as long as the other side does".

In Washington, Republican senators said Congress must be able to vote on any final agreement, and several warned that the framework left Iran's nuclear infrastructure largely intact.

David Cameron said the framework was "a strong deal" that would keep Iran away from a nuclear weapon if it was implemented.

Oil prices fell on the news, with Brent crude down almost 4 per cent in early trading, on expectations that Iranian barrels could return to the market next year.

Related Articles
Iran nuclear talks: what is in the framework agreement
Netanyahu's Congress speech: the key quotes
Analysis: why the Gulf is nervous about Iran

Follow Telegraph World News on Twitter

Share | Email | Print | 1,876 comments

(c) Copyright of Telegraph Media Group Limited 2015"""))

A.append(dict(id="h28-08", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3192496/xi-jinping-arrives-kazakhstan-first-overseas-trip-pandemic",
published_at="2022-09-14", body="""South China Morning Post
News | Economy | HK | China | Asia | World | Opinion | Tech | Lifestyle

China > Diplomacy

Xi Jinping arrives in Kazakhstan on first trip abroad since the pandemic, with Putin talks in Samarkand next

- Chinese leader flies on to Uzbekistan for the SCO summit and a meeting with his Russian counterpart
- Beijing says China will back Kazakhstan's 'independence, sovereignty and territorial integrity'

Diplomacy reporters in Beijing
Published: 7:15pm, 14 Sep 2022

Why you can trust SCMP

Chinese President Xi Jinping landed in the Kazakh capital on Wednesday, making his first journey outside China since the start of the coronavirus pandemic and opening a three-day trip to Central Asia that will include his first face-to-face talks with Vladimir Putin since the war in Ukraine began.

Xi was welcomed at Nur-Sultan airport by President Kassym-Jomart Tokayev, and the two leaders held talks at the Akorda presidential palace in the afternoon. Tokayev presented his guest with the Order of the Golden Eagle, Kazakhstan's highest honour.

"No matter how the international situation changes, China will always support Kazakhstan in defending its independence, sovereignty and territorial integrity," Xi said, according to state news agency Xinhua. Analysts read the line as a message aimed at Moscow, after Russian commentators questioned Kazakhstan's borders this year.

It was in Kazakhstan, nine years ago, that Xi first unveiled the idea of a Silk Road Economic Belt, the land arm of what became the Belt and Road Initiative. Xi last left China in January 2020, for a visit to Myanmar.

Later on Wednesday Xi flies to Samarkand, where he will pay a state visit to Uzbekistan and hold talks with President Shavkat Mirziyoyev before the summit of the Shanghai Cooperation Organisation on Thursday and Friday.

Kremlin aide Yuri Ushakov said on Tuesday that Putin and Xi would meet in Samarkand on Thursday, and that the Russian leader would also hold talks with Indian Prime Minister Narendra Modi and with Turkish President Recep Tayyip Erdogan, who is attending as a guest.

Beijing has not said whether Xi will meet Modi. Indian officials declined to comment on the possibility, which would be the first meeting between the two leaders since deadly clashes on their disputed border in 2020.

The trip comes a month before the Communist Party's 20th national congress, where Xi is expected to secure a third term as party chief. His decision to travel now shows he is confident of his position at home, observers said.

"Central Asia is where China's and Russia's interests overlap most directly," said a Shanghai-based scholar of the region. "Xi is making his first stop in Kazakhstan, not in Russia, and that is noticed."

China is Kazakhstan's second-largest trading partner after Russia. The two governments were expected to sign agreements covering trade, water resources and a new transport corridor.

Advertisement

Sign up now for our Global Impact newsletter

Read next
Xi and Biden expected to meet in Bali in November, sources say
Hong Kong quarantine cut to three days: what to know

Topics: Xi Jinping, Kazakhstan, Shanghai Cooperation Organisation, Diplomacy

Share: Facebook | Twitter | LinkedIn | WhatsApp

Copyright (c) 2022 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h28-09", source="politico.eu",
url="https://www.politico.eu/article/viktor-orban-vladimir-putin-moscow-visit-eu-presidency-peace-mission/",
published_at="2024-07-05", body="""POLITICO
Europe edition | Newsletters | Podcasts | Poll of Polls | Policy news | Events

We use cookies to give you the best experience. Accept | Manage preferences

Orban meets Putin in Moscow, enraging fellow EU leaders

Hungarian prime minister calls it a 'peace mission'; Brussels says he has no mandate to speak for the bloc.

July 5, 2024 1:48 pm CET
By Brussels staff
4 MINS READ

Viktor Orban met Vladimir Putin in the Kremlin on Friday, four days after Hungary took over the rotating presidency of the Council of the EU, in a trip that drew immediate condemnation from Brussels and from several national capitals.

Orban's spokesman Zoltan Kovacs confirmed the visit only on Friday morning, after Hungarian and Russian media reported that the prime minister's plane was on its way. "The number of countries that can talk to both warring sides is running out," Orban wrote on X shortly after landing. "Hungary is slowly becoming the only country in Europe that can speak to everyone."

Putin told the Hungarian leader he understood he had come "not only as our long-standing partner but as the president of the Council of the EU", according to Russian state media. Orban said he wanted to hear the Russian side's view of the "shortest way" to a ceasefire.

European Council President Charles Michel said the rotating presidency "has no mandate to engage with Russia on behalf of the EU". Commission President Ursula von der Leyen wrote that "appeasement will not stop Putin". Several EU diplomats said ambassadors would discuss the trip when they meet on Wednesday.

The Moscow visit came three days after Orban was in Kyiv, his first trip there in more than a decade, where he urged Volodymyr Zelenskyy to consider a quick ceasefire. The Ukrainian foreign ministry said the Moscow trip had taken place "without any agreement or coordination with Ukraine".

Orban is expected in Shusha, in Azerbaijan, on Saturday for an informal summit of the Organization of Turkic States, where Hungary has observer status. Next week he travels to Washington for the NATO leaders' summit.

A senior EU diplomat said the Hungarian presidency's logo, which has been used on Orban's social media posts about the trip, "is not a passport". Another said capitals were considering whether to downgrade attendance at informal ministerial meetings in Hungary.

Orban's supporters at home cast the trip as proof of his standing. "Someone has to talk to both sides," said a Fidesz lawmaker. "You cannot make peace from an armchair in Brussels."

The Kremlin said the talks lasted more than two hours. Putin said afterwards that Kyiv must withdraw from the four regions Moscow claims, a condition Ukraine and its allies have repeatedly rejected.

READ NEXT
Modi to make first Russia trip since the invasion
EU opens accession talks with Ukraine and Moldova
Le Pen's National Rally eyes majority in run-off

Sign up for POLITICO Europe's Brussels Playbook newsletter

Share | Copy link

Tags: Viktor Orban, Vladimir Putin, Hungary, EU presidency, Russia, Ukraine

(c) 2024 POLITICO SRL"""))

A.append(dict(id="h28-10", source="oc-media.org",
url="https://oc-media.org/aliyev-and-pashinyan-hold-first-one-on-one-peace-talks-in-abu-dhabi/",
published_at="2025-07-11", body="""OC Media
Georgia | Armenia | Azerbaijan | North Caucasus

Support independent journalism in the Caucasus. Become a member.

Aliyev and Pashinyan hold first one-on-one peace talks in Abu Dhabi

The two leaders met without mediators and agreed to continue negotiations, but neither side offered a timetable for signing a peace treaty.

11 July 2025
Share | Copy link

Ilham Aliyev and Nikol Pashinyan shake hands in Abu Dhabi. Official photo via president.az.

Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in Abu Dhabi on Thursday in what both governments described as the first bilateral round of talks on the peace process held without an intermediary.

Identical statements issued by Baku and Yerevan said the leaders had discussed "the peace agenda" and agreed to continue bilateral negotiations. Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan took part in part of the meeting.

Pashinyan arrived in Abu Dhabi on Thursday morning. Aliyev, who is on a working visit to the United Arab Emirates, was received earlier in the day by President Sheikh Mohamed bin Zayed Al Nahyan, who thanked him for "trust in the UAE as a venue" for the talks.

The two sides announced in March that they had agreed the text of a peace treaty. Baku says it will sign only after Armenia amends its constitution, which it argues contains territorial claims on Azerbaijan, and after the formal dissolution of the OSCE Minsk Group.

Pashinyan has said a new constitution will be put to a referendum, but not before parliamentary elections due next year.

The Abu Dhabi meeting was the first substantive encounter between the two leaders since a brief conversation on the margins of the European Political Community summit in Tirana in May. In June, Pashinyan travelled to Istanbul for talks with Turkish President Recep Tayyip Erdogan, a visit seen in Yerevan as part of the same effort to normalise relations with its neighbours.

The talks took place against the background of a deepening crisis between Baku and Moscow, after two Azerbaijani brothers died during police raids in Yekaterinburg last month.

Several media outlets have reported that the two leaders could meet again in Washington later in the summer, possibly with US President Donald Trump. Neither government confirmed the reports, and a spokesperson for the Armenian Foreign Ministry said there was "no information" about such a meeting.

Armenian opposition groups criticised the format, saying Pashinyan had gone to Abu Dhabi with "nothing to bargain with". In Baku, pro-government commentators described the meeting as confirmation that "the era of mediators is over".

Read also:
Georgian Dream moves to ban opposition parties
Armenia arrests archbishop over alleged coup plot
Azerbaijan suspends cultural events with Russia

Tags: Armenia, Azerbaijan, peace treaty, Nikol Pashinyan, Ilham Aliyev, UAE

OC Media is funded by its readers. Donate"""))

A.append(dict(id="h28-11", source="thenationalnews.com",
url="https://www.thenationalnews.com/world/mena/pompeo-in-cairo-us-a-force-for-good-in-middle-east-1.811920",
published_at="2019-01-10", body="""The National
UAE | World | Business | Opinion | Arts & Culture | Lifestyle | Sport

Sign up to our newsletters

MENA

Pompeo in Cairo: US 'a force for good' in the Middle East

Top US diplomat meets Egypt's president on the third day of a regional tour, as Ankara rebuffs John Bolton over Syria

Cairo bureau
January 10, 2019
Updated: January 10, 2019 06:40 PM

US Secretary of State Mike Pompeo met President Abdel Fattah El Sisi in Cairo on Thursday and used a speech at the American University in Cairo to insist that the United States would not abandon its allies in the region, despite the planned withdrawal of US troops from Syria.

"The age of self-inflicted American shame is over, and so are the policies that produced so much needless suffering," Mr Pompeo said, in a speech that took aim at former president Barack Obama's address at Cairo University in 2009.

Mr Pompeo also held talks with Egyptian Foreign Minister Sameh Shoukry, who told reporters the two had discussed Syria, Libya and the fight against extremist groups in Sinai. Egypt's presidency said Mr El Sisi had stressed the "strategic" nature of the relationship.

The visit is the third stop on a tour that began on Tuesday in Amman, where Mr Pompeo met King Abdullah, and included an unannounced stop in Baghdad and Erbil on Wednesday.

From Cairo, Mr Pompeo travels to Manama, Abu Dhabi, Doha, Riyadh and Muscat, the State Department said. Officials travelling with him said a visit to Kuwait was also possible before he returns to Washington.

In each capital he is expected to press for unity among Gulf states against Iran and to promote a proposed Middle East Strategic Alliance. The rift between Qatar and its neighbours, now in its 20th month, is likely to come up in Doha and Riyadh.

Bolton leaves Ankara empty-handed

Mr Pompeo's tour overlaps with a trip by the US National Security Adviser, John Bolton, which has exposed divisions over Syria.

Mr Bolton arrived in Ankara on Tuesday from Israel, where he had said the US withdrawal would be conditional on the defeat of ISIS and on guarantees that Turkey would not attack Kurdish fighters allied with Washington.

President Recep Tayyip Erdogan declined to receive him. Mr Bolton instead held talks at the presidential complex with Mr Erdogan's spokesman, Ibrahim Kalin, and left the same day. Addressing his party's lawmakers, Mr Erdogan called Mr Bolton's remarks "a serious mistake" and said Turkey would make "no concessions" on the Kurdish militia it considers terrorists.

Mr Pompeo said on Thursday that there was "no contradiction" between his message and Mr Bolton's, and that the withdrawal would go ahead.

Analysts in Cairo said the speech was designed to reassure Arab governments unsettled by President Donald Trump's announcement last month. "The message is that the US is not leaving, it is only reorganising," said a professor of political science at Cairo University.

Read more
Sheikh Mohamed bin Zayed reviews progress at Expo 2020 site
Saudi Arabia's 2019 budget: what you need to know
Sudan protests enter fourth week

Updated: January 10, 2019 06:40 PM

Share | Tweet | Email

(c) 2019 The National"""))

A.append(dict(id="h28-12", source="bbc.com",
url="https://www.bbc.com/news/world-europe-31181240",
published_at="2015-02-07", body="""BBC uses cookies to make the site simpler. Find out more about cookies | Continue

BBC | Sign in | News | Sport | Weather | iPlayer | TV | Radio

NEWS | Europe

Ukraine crisis: Merkel says peace push may fail after Putin talks

7 February 2015 | Last updated at 14:21 GMT

German Chancellor Angela Merkel has said it is "uncertain" whether a new Franco-German peace initiative for eastern Ukraine will succeed, a day after she and French President Francois Hollande held five hours of talks with Vladimir Putin in Moscow.

"It is uncertain whether it will lead to success, but from my point of view and that of the French president it is worth trying," she told the Munich Security Conference on Saturday.

Mrs Merkel again ruled out supplying weapons to Kyiv, saying she could not imagine any situation in which better-armed Ukrainian troops would make Mr Putin "believe he will lose militarily".

The two European leaders flew to Moscow on Friday, a day after presenting their plan to Ukrainian President Petro Poroshenko in Kyiv. Kremlin spokesman Dmitry Peskov described the talks at the Kremlin as "substantive and constructive", and said officials were working on a joint document.

Mr Hollande, speaking in the French city of Tulle on Saturday, said the plan was "one of the last chances". "If we don't manage to find not just a compromise but a lasting peace agreement, we know perfectly well what the scenario will be. It has a name: it is called war," he said.

The leaders of Germany, France, Russia and Ukraine will hold a conference call on Sunday to discuss the document.

Biden to see Poroshenko

US Vice-President Joe Biden, also in Munich, was due to meet Mr Poroshenko and Mrs Merkel on the sidelines of the conference later on Saturday. Washington is considering whether to send defensive weapons to Kyiv, a step that several European governments oppose.

Mrs Merkel flies to Washington on Monday for talks with President Barack Obama at the White House, and is due in Ottawa later the same day to see Canada's Prime Minister Stephen Harper.

Russian Foreign Minister Sergei Lavrov used his speech in Munich to accuse the West of supporting a "coup" in Kyiv last year and of pushing Nato's borders eastwards. He was heckled by some delegates.

Fighting in the east

Fighting continued on Saturday around the rail hub of Debaltseve, where rebels are trying to encircle Ukrainian government forces. A short truce on Friday allowed some civilians to leave the town by bus.

The UN says more than 5,300 people have been killed in eastern Ukraine since April.

More on this story
Kerry in Kyiv: US 'considering all options' on Ukraine
Ukraine conflict: Debaltseve civilians flee
Q&A: what is in the Minsk agreement?

Share this page | Facebook | Twitter | Email | Print

Top Stories
Greek PM rejects bailout extension
Nigeria postpones presidential election

Most Popular
1. Ukraine crisis: Merkel says peace push may fail
2. Jordan pilot: air strikes on IS continue

(c) BBC 2015"""))
