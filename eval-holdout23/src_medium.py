# Medium wire-style stories (1,200-2,000 characters), h23-13 .. h23-26
M = []

M.append(dict(id="h23-13", source="reuters.com",
url="https://www.reuters.com/article/us-russia-turkey-putin-idUSKCN0JF30K20141201",
published_at="2014-12-01", body="""Putin drops South Stream pipeline, offers Turkey gas discount

ANKARA | Mon Dec 1, 2014 6:34pm EST

ANKARA (Reuters) - Russian President Vladimir Putin said on Monday Moscow was abandoning the South Stream gas pipeline project because of European Union opposition, and would instead boost supplies to Turkey, where he was on a one-day state visit.

Speaking at a news conference with Turkish President Tayyip Erdogan in Ankara, Putin blamed Brussels and Bulgaria, where the pipeline was meant to come ashore, for blocking the $40 billion project.

"If Europe does not want to carry it out, then it will not be carried out," Putin said.

Shortly afterwards, Gazprom chief Alexei Miller said the company had signed a memorandum of understanding with Turkey's BOTAS to build a new pipeline under the Black Sea to Turkey with a capacity of 63 billion cubic meters a year, part of which could be delivered to a hub on the Greek border.

Putin said Russia would cut the price of gas for Turkey by 6 percent from Jan. 1 and raise deliveries through the existing Blue Stream pipeline by 3 billion cubic meters.

The two leaders, who attended a meeting of their countries' high-level cooperation council, remain divided over Syria, where Ankara wants President Bashar al-Assad removed and Moscow is one of his main backers. Erdogan said they had discussed the issue "in depth" without elaborating.

Bilateral trade stood at about $33 billion last year, and both sides repeated a goal of raising it to $100 billion by 2020.

(Additional reporting by Humeyra Pamuk in Istanbul and Katya Golubkova in Moscow; Writing by Nick Tattersall; Editing by Richard Balmforth)

Related Coverage
Gazprom says South Stream project is closed
Russian rouble hits new low as oil slides

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h23-14", source="apnews.com",
url="https://apnews.com/article/greece-russia-tsipras-putin-moscow-0b8e3c41d7",
published_at="2015-04-08", body="""Putin, Greek PM Tsipras discuss energy, sanctions in Moscow

By VLADIMIR ISACHENKOV and ELENA BECATOROS
April 8, 2015

MOSCOW (AP) — Greek Prime Minister Alexis Tsipras criticized European Union sanctions against Russia on Wednesday after talks with President Vladimir Putin, but said his cash-strapped government had not come to Moscow to ask for a bailout.

Putin said Greece had not requested financial help and that the two sides had discussed possible Russian investment in energy projects, including a proposed extension of a planned pipeline to Turkey onto Greek territory.

"Greece is a sovereign country with every right to pursue its own foreign policy," Tsipras told reporters in the Kremlin, describing the sanctions imposed over Ukraine as "a road to nowhere."

The visit, the Greek leader's first to Russia since his left-wing Syriza party won elections in January, was closely watched in European capitals, where officials feared Athens could break ranks over sanctions, which require unanimity to be renewed.

Putin said Russia could consider lifting its ban on food imports for Greek products through joint ventures, but did not commit to it.

Tsipras was scheduled to meet Prime Minister Dmitry Medvedev and Patriarch Kirill on Thursday before returning to Athens, the same day a payment of about 450 million euros is due to the International Monetary Fund.

Greek government officials said the country would make the payment.

___

Becatoros reported from Athens.

Copyright 2015 The Associated Press. All Rights Reserved.

Recommended
EU commissioner warns Athens over Russia ties
Greek bank deposits drop for fourth month"""))

M.append(dict(id="h23-15", source="akorda.kz",
url="https://www.akorda.kz/en/kassym-jomart-tokayev-holds-talks-with-recep-tayyip-erdogan-1045018",
published_at="2022-05-10", body="""Official website of the President of the Republic of Kazakhstan

Kassym-Jomart Tokayev holds talks with President of Türkiye Recep Tayyip Erdoğan

10 May 2022, 15:40

Within the framework of his state visit to Türkiye, the Head of State held talks in narrow and extended formats with President Recep Tayyip Erdoğan at the Presidential Complex in Ankara.

Kassym-Jomart Tokayev thanked the Turkish leader for the warm welcome and noted that Türkiye is one of Kazakhstan's key partners, linked by common history, culture and language.

The sides discussed the state and prospects of cooperation in trade, investment, transport and logistics, energy, the defence industry and humanitarian spheres. The Head of State proposed bringing bilateral trade to 10 billion US dollars and expanding the use of the Trans-Caspian International Transport Route.

The leaders also exchanged views on the situation in Afghanistan and Ukraine and on cooperation within the Organization of Turkic States.

Following the talks, the Presidents signed the Joint Declaration on Enhanced Strategic Partnership between the Republic of Kazakhstan and the Republic of Türkiye. A package of 15 documents was also signed, including agreements on military intelligence, information security and the joint production of unmanned aerial vehicles.

Kassym-Jomart Tokayev invited Recep Tayyip Erdoğan to pay an official visit to Kazakhstan. The invitation was accepted with gratitude. The dates will be agreed through diplomatic channels.

Other news
10 May 2022 Head of State takes part in Kazakhstan-Türkiye business forum
08 May 2022 Kassym-Jomart Tokayev congratulates veterans of the Great Patriotic War
07 May 2022 Head of State has a phone call with Shavkat Mirziyoyev
06 May 2022 Head of State receives Akim of Almaty region

Print | Share"""))

M.append(dict(id="h23-16", source="president.gov.ua",
url="https://www.president.gov.ua/en/news/volodimir-zelenskij-zustrivsya-z-emmanuelem-makronom-u-pari-55901",
published_at="2019-06-17", body="""Official website of the President of Ukraine

News | Photo | Video | Decrees | Petitions

Volodymyr Zelenskyy met with President of France Emmanuel Macron in Paris

17 June 2019 - 21:05

President of Ukraine Volodymyr Zelenskyy, who is on a working visit to the French Republic, held a meeting with President Emmanuel Macron at the Elysee Palace.

The leaders discussed the situation in Donbas, the release of Ukrainian political prisoners and sailors held by the Russian Federation, and the prospects of resuming the work of the Normandy format at the level of heads of state.

"We are grateful to France for its consistent support of the sovereignty and territorial integrity of Ukraine. Peace in Donbas is my first priority," Volodymyr Zelenskyy said.

Emmanuel Macron stressed that France would continue to support Ukraine's reform agenda and the sanctions policy of the European Union against Russia until the Minsk agreements are implemented.

The parties also discussed cooperation in the energy sector, aviation and the fight against corruption. The President of Ukraine invited Emmanuel Macron to visit Ukraine. The French President said he would consider the invitation.

During the visit, the Head of State also met with representatives of French business and the Ukrainian community.

On June 18, Volodymyr Zelenskyy will travel to Berlin, where he will hold talks with Federal Chancellor of Germany Angela Merkel.

Share: Facebook | Twitter | Telegram

All news
Head of State met with families of Ukrainian political prisoners
President signed the decree on the National Security and Defense Council
Volodymyr Zelenskyy visited the units in the Joint Forces Operation area"""))

M.append(dict(id="h23-17", source="24.kg",
url="https://24.kg/english/322114_Sadyr_Japarov_and_Emomali_Rahmon_sign_treaty_on_state_border/",
published_at="2025-03-13", body="""24.KG news agency | USD 87.45 | EUR 95.12 | RUB 1.01 | KZT 0.17

Sadyr Japarov and Emomali Rahmon sign treaty on state border

13/03/25 12:44, Bishkek – 24.kg news agency, Anna Kapushenko

Presidents of Kyrgyzstan and Tajikistan Sadyr Japarov and Emomali Rahmon signed a treaty on the Kyrgyz-Tajik state border today in Bishkek.

The President of Tajikistan arrived in Kyrgyzstan on a state visit on Wednesday evening. Talks in narrow and extended formats were held today at the Yntymak Ordo residence.

The document fixes the line of the 972-kilometer border, about a third of which had remained undescribed since the collapse of the Soviet Union. Disputes over water and land in the area repeatedly led to armed clashes, the deadliest of which, in September 2022, killed more than 100 people on both sides.

"Today we have put an end to a long and difficult issue left to us by history," Sadyr Japarov said at a briefing. Emomali Rahmon called the treaty "a historic event" for the two fraternal peoples.

The leaders also signed a joint statement and agreements on the restoration of transport links and border crossings. The treaty is to be ratified by the parliaments of both countries.

According to the Presidential Administration, a trilateral meeting of the Presidents of Kyrgyzstan, Tajikistan and Uzbekistan is planned in Khujand at the end of March to sign an agreement on the junction point of the three countries' borders.

Read also
Kyrgyzstan and Tajikistan reopen border checkpoints after three years
Traffic restrictions announced in Bishkek for state visit

Follow 24.kg on Telegram and WhatsApp"""))

M.append(dict(id="h23-18", source="armenpress.am",
url="https://armenpress.am/eng/news/1073262.html",
published_at="2022-01-14", body="""ARMENPRESS Armenian News Agency

POLITICS 16:52, 14 January 2022

First meeting of special envoys of Armenia and Turkey held in Moscow

YEREVAN, JANUARY 14, ARMENPRESS. The first meeting of the special representatives of Armenia and Turkey for the normalization process between the two countries took place in Moscow on January 14.

Armenia was represented by Deputy Speaker of the National Assembly Ruben Rubinyan, and Turkey by former ambassador to the United States Serdar Kılıç.

According to a statement released by the Armenian Ministry of Foreign Affairs, the special representatives held an exchange of views on the process of normalization of relations between Armenia and Turkey. "The meeting was held in a positive and constructive atmosphere," the statement said.

The parties agreed to continue negotiations without preconditions aimed at achieving full normalization. The date and venue of the next meeting will be agreed upon later through diplomatic channels.

An identical statement was issued by the Ministry of Foreign Affairs of Turkey.

Russian Foreign Ministry spokesperson Maria Zakharova welcomed the meeting and said Moscow was ready to contribute to the process.

The two countries do not have diplomatic relations, and the Armenian-Turkish border has been closed by Ankara since 1993. Charter flights between Yerevan and Istanbul are expected to resume in early February.

Photo: Ruben Rubinyan

Tags: Armenia, Turkey, normalization, Rubinyan, Kılıç

Most read
Pashinyan chairs extraordinary CSTO session on Kazakhstan
COVID-19: 1,096 new cases in Armenia
Armenian dram exchange rates 14-01-22"""))

M.append(dict(id="h23-19", source="apa.az",
url="https://apa.az/en/foreign-policy/azerbaijan-armenia-agree-on-delimitation-of-border-section-in-gazakh-tavush-432917",
published_at="2024-04-19", body="""APA | Azerbaijan Press Agency

Foreign policy | 19 April 2024 21:14

Azerbaijan and Armenia agree on delimitation of border section between Gazakh and Tavush

The 8th meeting of the State Commission on the delimitation of the state border between Azerbaijan and Armenia, chaired by Deputy Prime Minister Shahin Mustafayev, and the Commission on delimitation and border security of Armenia, chaired by Deputy Prime Minister Mher Grigoryan, was held on April 19 on the border between the two countries.

APA reports that the two sides agreed on the passage of the border line in the section between the Gazakh district of Azerbaijan and the Tavush region of Armenia, which will lead to the return to Azerbaijan of the villages of Baghanis Ayrum, Ashagi Askipara, Kheyrimli and Gizilhajili.

According to the information, the experts of both sides will carry out geodetic measurements on the ground, and the coordinates of the border line will be clarified on the basis of these measurements. A protocol was signed following the meeting.

The two deputy prime ministers also agreed to continue work on a draft regulation on the joint activity of the commissions. It was decided that the next meeting will be held on the date agreed by the parties.

The commissions were set up in 2022. Their previous meeting was held in January.

Share: Facebook | X | Telegram

Latest news
Ilham Aliyev visits Jabrayil district, inaugurates new facilities
Azerbaijan's state budget revenues up 7 percent
Baku to host COP29 preparatory meeting"""))

M.append(dict(id="h23-20", source="swissinfo.ch",
url="https://www.swissinfo.ch/eng/politics/us-and-russia-hold-difficult-security-talks-in-geneva/47249912",
published_at="2022-01-10", body="""SWI swissinfo.ch - a branch of the Swiss Broadcasting Corporation SRG SSR

US and Russia hold 'difficult' security talks in Geneva

This content was published on January 10, 2022 - 19:05

Senior United States and Russian diplomats met in Geneva on Monday for nearly eight hours of talks on European security and Ukraine, with Moscow's envoy describing the discussions as "difficult, long and very professional" but without a breakthrough.

The U.S. delegation was led by Deputy Secretary of State Wendy Sherman and the Russian side by Deputy Foreign Minister Sergei Ryabkov. The two had already held a working dinner on Sunday evening ahead of the formal session at the U.S. diplomatic mission.

Ryabkov told reporters that Russia needed "ironclad, waterproof, bulletproof, legally binding guarantees" that Ukraine would never join NATO. Sherman said Washington had "firmly pushed back" against proposals that were "simply non-starters".

The meeting followed a phone call between U.S. President Joe Biden and Russian President Vladimir Putin on December 30, during which the two leaders agreed on a series of talks. A session of the NATO-Russia Council is scheduled in Brussels on Wednesday and a meeting of the Organization for Security and Co-operation in Europe in Vienna on Thursday.

Switzerland has a long tradition of hosting such meetings. Geneva was the venue for the summit between Biden and Putin last June.

Keystone-SDA/Reuters/sb

Related stories
Swiss foreign minister offers Geneva as venue for Ukraine dialogue
Davos forum postponed due to Omicron

Subscribe to our newsletter | Share this story"""))

M.append(dict(id="h23-21", source="voanews.com",
url="https://www.voanews.com/a/trump-envoy-witkoff-meets-putin-in-st-petersburg/8050412.html",
published_at="2025-04-11", body="""VOA | Voice of America

Trump envoy Witkoff meets Putin in St. Petersburg

April 11, 2025 5:32 PM | VOA News

U.S. special envoy Steve Witkoff held talks with Russian President Vladimir Putin in St. Petersburg on Friday as the Trump administration pressed Moscow to move toward a ceasefire in Ukraine.

The Kremlin said the meeting, held at the Presidential Library, lasted about four and a half hours and focused on "aspects of a Ukrainian settlement." Kremlin spokesman Dmitry Peskov said no breakthrough should be expected.

Witkoff was met at the airport by Kirill Dmitriev, the head of Russia's sovereign wealth fund, who visited Washington last week. It was the envoy's third meeting with the Russian leader this year.

Shortly before the talks began, President Donald Trump wrote on social media: "Russia has to get moving." Trump and Putin last spoke by phone on March 18, when the Russian leader agreed to a limited halt to strikes on energy facilities.

From Russia, Witkoff is due to travel to Oman on Saturday to lead U.S. talks with Iranian Foreign Minister Abbas Araghchi over Tehran's nuclear program. Washington has described the talks as direct, while Tehran insists they will be indirect, with Omani Foreign Minister Badr Albusaidi carrying messages between the two delegations.

Reuters and AFP contributed to this report.

Related
Rubio says US could walk away from Ukraine talks
Iran's supreme leader signals cautious support for talks

Share: Facebook | X | Email | Print

Comments (12)"""))

M.append(dict(id="h23-22", source="cgtn.com",
url="https://news.cgtn.com/news/2023-07-28/Xi-Jinping-meets-Georgian-Prime-Minister-Irakli-Garibashvili-1lUbKcQ9Y0o/index.html",
published_at="2023-07-28", body="""CGTN

China | World | Business | Opinions | Video | Live

Xi Jinping meets Georgian Prime Minister Irakli Garibashvili

Updated 18:21, 28-Jul-2023 | CGTN

Chinese President Xi Jinping met with Georgian Prime Minister Irakli Garibashvili in Chengdu, southwest China's Sichuan Province, on Friday. Garibashvili is in China for the opening ceremony of the 31st FISU Summer World University Games.

The two sides announced the establishment of a strategic partnership between China and Georgia.

Xi said that China and Georgia are traditional friends, and that the two countries have supported each other on issues concerning their respective core interests. China is willing to work with Georgia to deepen cooperation under the Belt and Road Initiative and to make good use of the free trade agreement between the two countries.

Garibashvili said Georgia firmly adheres to the one-China principle and is ready to be a reliable partner of China, serving as a bridge connecting Asia and Europe.

After the talks, the two sides issued a joint statement on establishing the strategic partnership.

On Thursday, Xi held talks with Indonesian President Joko Widodo in Chengdu, with the two leaders agreeing to advance the construction of the Jakarta-Bandung high-speed railway and to deepen cooperation on the China-Indonesia community with a shared future.

Xi is also scheduled to meet other foreign leaders attending the Games.

Search Trends
Chengdu Universiade opens with spectacular ceremony
Typhoon Doksuri makes landfall in Fujian

Share: Weibo | WeChat | Facebook | Twitter"""))

M.append(dict(id="h23-23", source="uza.uz",
url="https://uza.uz/en/posts/uzbekistan-and-tajikistan-sign-strategic-partnership-treaty_53218",
published_at="2018-03-09", body="""UzA - National News Agency of Uzbekistan

Politics | 09.03.2018 | 18:55

Uzbekistan and Tajikistan sign Treaty on Strategic Partnership

DUSHANBE (UzA). President of the Republic of Uzbekistan Shavkat Mirziyoyev, who is on a state visit to Tajikistan, held talks with President of the Republic of Tajikistan Emomali Rahmon.

The talks in a narrow format were held at the Palace of the Nation, and continued with the participation of the official delegations.

The leaders noted that the first state visit of the President of Uzbekistan to Tajikistan opens a new page in relations between the two fraternal countries. Special attention was paid to the development of trade, energy, transport communications and water use, and to the issues of the border.

Following the talks, the heads of state signed the Treaty on Strategic Partnership and an agreement on certain sections of the Uzbek-Tajik state border. In total, 27 documents were signed, including an agreement on mutual visa-free travel for citizens for up to 30 days.

Trade between the two countries is expected to reach 500 million dollars in the near future, the Presidents noted.

The President of Uzbekistan invited Emomali Rahmon to pay a state visit to Uzbekistan. The invitation was gratefully accepted.

On March 10, the visit of the President of Uzbekistan to Tajikistan will continue.

UzA

Latest news
Agreement on joint projects signed with Chinese companies
Uzbekistan's Senate ratifies documents
Weather in Tashkent: +14

Print | Tags: Mirziyoyev, Rahmon, Tajikistan, visit"""))

M.append(dict(id="h23-24", source="ukrinform.net",
url="https://www.ukrinform.net/rubric-polytics/3710385-kuleba-meets-with-chinas-special-representative-li-hui.html",
published_at="2023-05-17", body="""Ukrinform | Ukrainian National News Agency

Politics | 17.05.2023 12:14

Kuleba meets with China's special representative Li Hui in Kyiv

Foreign Minister of Ukraine Dmytro Kuleba held a meeting with the Special Representative of the Chinese Government on Eurasian Affairs, Li Hui, who is on a visit to Ukraine.

"I outlined in detail the Ukrainian approaches to restoring a just and sustainable peace based on respect for the sovereignty and territorial integrity of Ukraine," the minister said, according to the press service of the Ministry of Foreign Affairs.

Kuleba stressed that Ukraine does not accept any proposals that would involve the loss of its territories or the freezing of the conflict. He also emphasized the importance of China's participation in implementing the Peace Formula proposed by President Volodymyr Zelensky.

The special representative arrived in Kyiv on May 16. He also held meetings at the Office of the President.

The visit takes place after the phone conversation between President Zelensky and President of China Xi Jinping on April 26, during which Beijing announced it would send a special representative to Ukraine.

As reported by the Chinese Foreign Ministry earlier, during his European tour Li Hui will also visit Poland, France, Germany and Russia.

Li Hui served as China's ambassador to Russia from 2009 to 2019.

Photo: MFA of Ukraine

Read also
Zelensky meets Italian PM Meloni in Rome
Shmyhal discusses reconstruction with World Bank

Subscribe to our channel in Telegram"""))

M.append(dict(id="h23-25", source="inform.kz",
url="https://www.inform.kz/en/putin-and-erdogan-hold-talks-in-astana_a3988317",
published_at="2022-10-13", body="""Kazinform International News Agency

Politics | 13 October 2022 20:10

Putin and Erdogan hold talks in Astana

ASTANA. KAZINFORM – Russian President Vladimir Putin held talks with Turkish President Recep Tayyip Erdogan on the sidelines of the sixth Summit of the Conference on Interaction and Confidence Building Measures in Asia (CICA) in Astana on Thursday, Kazinform correspondent reports.

Opening the meeting, Vladimir Putin said Russia and Türkiye had done a lot of work on the grain deal and proposed setting up a gas hub in Türkiye to supply Europe. "We could consider the possibility of creating another gas pipeline system and a gas hub in Türkiye," he said.

Erdogan thanked the Russian leader for the meeting and said cooperation between the two countries was "important for the whole region."

Earlier in the day, Putin also met with the Emir of Qatar Sheikh Tamim bin Hamad Al Thani. The sides discussed energy cooperation and the situation in the Middle East, according to the Kremlin.

The CICA summit in Astana brought together the leaders of more than 10 countries. Kazakhstan's President Kassym-Jomart Tokayev, who chairs the Conference, welcomed the heads of delegations at the Palace of Independence.

On Friday, Putin will take part in the first Russia – Central Asia summit and a meeting of the CIS Council of Heads of State.

Photo: Akorda

Tags: Putin, Erdogan, CICA, Astana

Other news
Tokayev: CICA should become full-fledged organization
Inflation in Kazakhstan accelerates to 17.7 percent
Weather forecast for October 14"""))

M.append(dict(id="h23-26", source="yle.fi",
url="https://yle.fi/a/3-12446830",
published_at="2022-05-14", body="""Yle News

Niinistö tells Putin by phone that Finland will apply to join Nato

Saturday 14.5.2022 | 17:32

President Sauli Niinistö spoke with Russian President Vladimir Putin by telephone on Saturday and told him that Finland would apply for Nato membership in the coming days.

According to the Office of the President of the Republic, Niinistö explained how Finland's security environment had changed fundamentally after Russia's invasion of Ukraine. "The discussion was straightforward and was conducted without aggravations. Avoiding tensions was considered important," Niinistö said in a statement.

The Kremlin said Putin told his Finnish counterpart that abandoning the country's traditional policy of military neutrality would be "a mistake", as there was no threat to Finland's security.

The call was initiated by Finland. The two presidents last spoke at the beginning of March.

On Sunday, Niinistö and Prime Minister Sanna Marin are due to announce Finland's formal decision at the Presidential Palace.

Niinistö is scheduled to travel to Stockholm on Tuesday for a two-day state visit to Sweden, where the government is expected to take a similar decision.

Turkish President Recep Tayyip Erdoğan said on Friday that his country did not view the Finnish and Swedish bids "positively". Niinistö said he was ready to discuss the matter with Erdoğan.

Read more
Explainer: What happens after Finland applies?
Poll: Support for Nato membership at 76 percent

Yle News Finland | Follow Yle News on Twitter and Facebook"""))
