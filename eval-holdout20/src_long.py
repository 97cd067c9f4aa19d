# Long pages (2,500-4,500 characters), h20-01 .. h20-12
A = []

A.append(dict(id="h20-01", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20240619007153315",
published_at="2024-06-19", body="""Yonhap News Agency
HOME | NATIONAL | N. KOREA | ECONOMY | MARKET | SCI/TECH | CULTURE | SPORTS | OPINION | PHOTOS

KOSPI 2,797.33 ▲ +33.92 | KOSDAQ 859.71 ▲ +2.89 | USD/KRW 1,381.20 ▼ -2.30 | 06/19 15:30 KST

(3rd LD) Putin, Kim sign partnership treaty with mutual defense clause at Pyongyang summit

All Headlines 19:48 June 19, 2024

SEOUL, June 19 (Yonhap) -- Russian President Vladimir Putin and North Korean leader Kim Jong-un signed a "comprehensive strategic partnership" treaty on Wednesday that commits each side to help the other if it comes under attack, capping a summit in Pyongyang that Seoul and Washington have watched with mounting alarm.

Putin touched down at Pyongyang's Sunan International Airport at around 3 a.m., hours later than expected, and was met on the tarmac by Kim, who hugged him before the two rode into the city in the same car, footage aired by Russian state television showed. It is Putin's first trip to the North since 2000.

After a welcome ceremony at Kim Il Sung Square, the two leaders held one-on-one talks at the Kumsusan State Guest House that overran the schedule, followed by expanded talks that included their defense and foreign ministers.

"The comprehensive partnership agreement signed today provides, among other things, for mutual assistance in case of aggression against one of the parties," Putin told a joint press appearance, describing the document as a breakthrough. Kim said the treaty had raised bilateral ties to "a new high level of alliance" and repeated his "full support" for Russia's war in Ukraine.

Kremlin foreign policy aide Yuri Ushakov told reporters that the two sides had also agreed to widen cooperation in trade, health care, education and science. Putin handed Kim a Russian-made Aurus limousine, the second such car he has given him.

According to the Kremlin, Putin invited Kim to pay a visit to Moscow, although no date was mentioned.

The summit comes nine months after Kim took an armored train to the Vostochny Cosmodrome in Russia's Far East to meet Putin, a trip that South Korea and the United States say was followed by North Korean deliveries of artillery shells and ballistic missiles to the Russian army. Moscow and Pyongyang have both rejected the accusation.

South Korea's presidential office said it would hold a National Security Council meeting on Thursday to analyze the outcome of the summit. A senior foreign ministry official, who asked not to be named, said Seoul had "clearly conveyed" its position to Moscow through diplomatic channels in recent weeks and would respond "calmly but firmly."

In Washington, State Department spokesperson Matthew Miller said the deepening military cooperation between the two countries "should be of great concern to anyone interested in maintaining peace and stability on the Korean Peninsula."

Putin is scheduled to fly out of Pyongyang late Wednesday for Hanoi, where he will hold talks with Vietnamese President To Lam and Communist Party General Secretary Nguyen Phu Trong on Thursday during a two-day state visit, according to the Kremlin. The US Embassy in Hanoi has criticized Vietnam for giving Putin a platform.

The trip to Pyongyang is Putin's second foreign tour since his inauguration for a fifth term. In May, he made a state visit to China and held talks with President Xi Jinping in Beijing and later traveled to Harbin.

(END)

Related Articles
S. Korea, China hold first vice ministerial diplomatic-security dialogue in Seoul
Yoon wraps up Central Asia tour with summit with Uzbek president
N. Korea sends more trash balloons across border: JCS

Keywords
#Putin #Kim Jong-un #N. Korea-Russia summit #treaty

Copyright 2024 Yonhap News Agency. All rights reserved. Unauthorized reproduction, redistribution or AI learning prohibited.

Most Saved
1. Yoon to convene NSC meeting after Putin-Kim treaty
2. BTS' Jin to carry Olympic torch in Paris
3. Samsung union announces first-ever strike

Yonhap News App | Subscribe to Newsletter | Privacy Policy | Contact Us"""))

A.append(dict(id="h20-02", source="e.vnexpress.net",
url="https://e.vnexpress.net/news/news/politics/vietnam-china-sign-36-cooperation-documents-as-xi-wraps-up-hanoi-visit-4689212.html",
published_at="2023-12-13", body="""VnExpress International
News | Business | Travel | Life | Sports | World | Perspectives
Wednesday, 12/13/2023 | 17:05 GMT+7

VN-Index 1,112.45 ▲ 5.21 | USD/VND 24,290 | SJC gold 73.8 million VND/tael

Vietnam, China sign 36 cooperation documents as Xi wraps up Hanoi visit

By Hoang Thuy   December 13, 2023 | 04:58 pm GMT+7

Vietnam and China pledged to build "a community with a shared future that carries strategic significance" and signed 36 cooperation documents during Chinese President Xi Jinping's two-day state visit to Hanoi, his first in six years.

The documents were signed on Tuesday after talks between Xi and Party General Secretary Nguyen Phu Trong at the Party Central Committee headquarters. They cover cross-border rail links, the digital economy, green development, customs clearance for farm produce, joint patrols in the Gulf of Tonkin and a hotline for handling unexpected incidents involving fishermen at sea.

Trong told his guest that Vietnam regards its relationship with China as "a strategic choice and top priority" in its foreign policy. Xi, who was accompanied by his wife Peng Liyuan, said the two sides should carry forward the tradition of being "comrades plus brothers."

On Wednesday, Xi met President Vo Van Thuong, Prime Minister Pham Minh Chinh and National Assembly Chairman Vuong Dinh Hue. He also laid a wreath at the Monument to Heroes and Martyrs and met young people and Vietnamese who had worked with China in earlier decades, before leaving Hanoi in the afternoon.

In a joint statement, both sides said they would better manage and actively resolve differences at sea and refrain from actions that could complicate the situation. It did not name specific features in the South China Sea, known in Vietnam as the East Sea.

Chinese foreign ministry spokesman Wang Wenbin rejected suggestions that Beijing was responding to Washington's recent moves in the region. Relations between China and Vietnam "are not targeted at any third party," he told reporters in Beijing.

The visit came three months after U.S. President Joe Biden traveled to Hanoi and the former foes lifted their relationship to a comprehensive strategic partnership, the highest rung in Vietnam's diplomatic ladder and the same level Hanoi has with Beijing.

China is Vietnam's largest trading partner, with two-way trade reaching about $175 billion last year, while Vietnam is China's largest trading partner in Southeast Asia. Chinese investors have pledged more than $3 billion in new projects in the first 11 months of this year, according to the Ministry of Planning and Investment.

"Hanoi is making sure every door stays open," said a Singapore-based analyst who follows Vietnamese politics. "The agreements are mostly practical, but the symbolism matters for both capitals."

Chinh will fly to Tokyo on Friday to attend the ASEAN-Japan Commemorative Summit marking 50 years of ties, and is scheduled to hold bilateral talks with Prime Minister Kishida Fumio on the sidelines, the government said.

Chinese President Xi Jinping (L) and Party General Secretary Nguyen Phu Trong at the Party Central Committee headquarters in Hanoi, December 12, 2023. Photo by VnExpress/Giang Huy

Share: Facebook | X | Copy link

Tags: Xi Jinping   Nguyen Phu Trong   Vietnam-China relations   state visit

Read more
Vietnam, Japan upgrade ties to comprehensive strategic partnership during president's Tokyo trip
Chinese arrivals to Vietnam still below pre-pandemic levels
Hanoi to ban motorbikes in some central streets on weekends

Most read
Vietnamese billionaire's EV maker posts wider loss
Ho Chi Minh City home prices cool in fourth quarter

Download the VnExpress International app | Subscribe to our newsletter | Contact | Advertise"""))

A.append(dict(id="h20-03", source="presstv.ir",
url="https://www.presstv.ir/Detail/2023/03/10/699512/Iran-Saudi-Arabia-restore-diplomatic-relations-China",
published_at="2023-03-10", body="""Press TV
Home | Iran | West Asia | Asia-Pacific | Africa | Europe | Americas | Society | Interviews | Videos

Follow Press TV on Telegram

Iran, Saudi Arabia agree to restore ties in China-mediated deal

Friday, 10 March 2023 3:47 PM  [ Last Update: Friday, 10 March 2023 8:12 PM ]

Ali Shamkhani (R), secretary of Iran's Supreme National Security Council, China's top diplomat Wang Yi (C) and Saudi national security adviser Musaed bin Mohammed Al-Aiban in Beijing, March 10, 2023. (Photo by IRNA)

Iran and Saudi Arabia have agreed to resume diplomatic relations and reopen their embassies within two months, seven years after ties were severed, following several days of intensive talks in the Chinese capital, Beijing.

A trilateral statement was released on Friday after Ali Shamkhani, the secretary of Iran's Supreme National Security Council, and Musaed bin Mohammed Al-Aiban, Saudi Arabia's minister of state and national security adviser, signed the agreement in the presence of Wang Yi, director of the Office of the Central Foreign Affairs Commission of the Communist Party of China.

Under the statement, the two sides agreed to respect each other's sovereignty and not to interfere in each other's internal affairs. They also agreed to activate a security cooperation agreement signed in 2001 and a general accord on economy, trade, investment, technology, science, culture, sports and youth signed in 1998.

"The foreign ministers of the two countries will meet to implement this decision and make the necessary arrangements for the exchange of ambassadors," the statement said.

Shamkhani, who arrived in Beijing on Monday, described the negotiations as "clear, transparent, comprehensive and constructive." He said removing misunderstandings and looking to the future would strengthen stability and security in the region.

Foreign Minister Hossein Amir-Abdollahian wrote on Twitter that the government's neighborhood policy was "moving firmly in the right direction" and that the Islamic Republic would pursue more regional steps.

Wang Yi called the agreement "a victory for dialogue, a victory for peace," and said China would keep playing a constructive role in handling hotspot issues.

Riyadh cut ties with Tehran in January 2016 after protesters angered by the Saudi execution of Shia cleric Sheikh Nimr al-Nimr stormed the kingdom's embassy in Tehran and its consulate in Mashhad. Since April 2021, Iraq has hosted five rounds of talks between Iranian and Saudi officials, and Oman has also hosted meetings.

The breakthrough comes less than a month after President Ebrahim Raisi made a three-day state visit to Beijing, where he held talks with Chinese President Xi Jinping. Xi himself traveled to Riyadh in December for summits with leaders of Arab and Persian Gulf states.

Nour News, a website affiliated with the Supreme National Security Council, dismissed reports in Israeli media that a Saudi security delegation had secretly visited Tehran in recent weeks, calling them "fabricated."

The deal was welcomed in Baghdad, Muscat and Ankara. Former Israeli prime minister Naftali Bennett called it "a serious and dangerous development" for the Tel Aviv regime and a failure of its policy of isolating Iran.

In Washington, White House National Security Council spokesman John Kirby said the United States welcomed any efforts to help end the war in Yemen, but claimed Saudi Arabia had kept US officials informed about the talks.

Observers say the agreement could open the way for progress on Yemen, where a Saudi-led coalition has waged war since 2015, as well as in Lebanon and Syria.

TAGS: Iran, Saudi Arabia, China, Ali Shamkhani, diplomatic ties

Related
Raisi: Improving ties with neighbors a priority of Iran's foreign policy
Yemen's Ansarullah: Region needs return of normal ties between regional states
Leader pardons tens of thousands of prisoners

Press TV's website can also be accessed at the following alternate addresses:
www.presstv.ir | www.presstv.co.uk | www.presstv.tv

Comments | Print | Share"""))

A.append(dict(id="h20-04", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/asia/trump-kim-hanoi-summit-ends-no-deal-sanctions-11297642",
published_at="2019-02-28", body="""CNA
Singapore | Asia | Commentary | Business | World | Sport | Lifestyle | Watch | Listen

This site uses cookies. By continuing, you consent to our use of cookies. Find out more | Accept

Trump-Kim summit ends abruptly without deal as talks stall over sanctions

Bookmark | Share

HANOI: US President Donald Trump and North Korean leader Kim Jong Un cut short their second summit on Thursday (Feb 28) without reaching any agreement, scrapping a planned working lunch and a joint signing ceremony after talks foundered over North Korea's demand for sanctions relief.

"Sometimes you have to walk, and this was just one of those times," Trump told a news conference at the JW Marriott hotel, hours earlier than scheduled. He said Kim had asked for sanctions to be lifted "in their entirety" in return for dismantling the Yongbyon nuclear complex, which Washington considered insufficient.

Trump insisted the parting had been friendly and dismissed suggestions that either side had stormed off. "There was no walking away like you get up and walk out. No, this was very friendly. We shook hands," he said.

The two leaders opened the summit on Wednesday evening with a one-on-one chat and a social dinner at the Sofitel Legend Metropole hotel, their first encounter since Singapore last June. On Thursday morning, Kim told reporters it was too early to say whether a deal was near, but added: "I have a feeling that good results will come out."

Trump said no date had been set for a third summit. Secretary of State Mike Pompeo said he hoped the two teams would get back together "in the coming weeks," but North Korea has made no comment.

Before sitting down with Kim, Trump held talks with Vietnam's President and Communist Party chief Nguyen Phu Trong at the Presidential Palace on Wednesday and witnessed the signing of deals worth more than US$21 billion, including Boeing aircraft orders from VietJet and Bamboo Airways. He also met Prime Minister Nguyen Xuan Phuc, and praised Vietnam as an example of what North Korea could become.

Kim arrived on Tuesday in the border town of Dong Dang after a train journey of more than 60 hours through China and then drove to Hanoi. He is staying on in Vietnam for an official friendship visit, the first by a North Korean leader since his grandfather Kim Il Sung in 1964. He is due to hold talks with Trong on Friday and lay a wreath at the Ho Chi Minh Mausoleum before heading home on Saturday.

Trump flew out of Hanoi on Thursday afternoon. White House press secretary Sarah Sanders said he would speak by telephone with South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe from Air Force One to brief them on the talks.

In Seoul, presidential spokesman Kim Eui-kyeom said it was "regrettable" that no deal had been reached, but that the two leaders appeared to have made "more meaningful progress than ever." Moon had been expected to unveil new plans for inter-Korean cooperation on Friday, the centennial of the March 1 independence movement.

The outcome rattled Asian markets. Seoul's KOSPI closed 1.8 per cent lower, and shares of South Korean companies linked to inter-Korean economic projects fell sharply.

"The good news is that they did not walk away from the process," said a Seoul-based analyst. "The bad news is that the gap on sanctions is as wide as it was eight months ago."

Source: Agencies/aj(ta)

Read more
Commentary: Why Hanoi was always going to be harder than Singapore
Vietnam's Trong: We are ready to share our experience with North Korea
Kim Jong Un's armoured train: what we know

Related Topics
Donald Trump | Kim Jong Un | North Korea | Vietnam

Get the CNA app | Stay updated with notifications for breaking news and our best stories"""))

A.append(dict(id="h20-05", source="www3.nhk.or.jp",
url="https://www3.nhk.or.jp/nhkworld/en/news/20230321_25/",
published_at="2023-03-21", body="""NHK WORLD-JAPAN News
Top Stories | Japan | Asia | World | Biz/Tech | Features | Video | Radio

NHK uses cookies to provide a better service. By continuing, you agree to our cookie policy. OK

Kishida arrives in Kyiv on unannounced visit; Xi and Putin hold talks in Moscow

March 21, 2023 19:32 JST

Japan's Prime Minister Kishida Fumio has arrived in Kyiv on a visit that was not announced in advance. He is the first Japanese prime minister since the end of World War Two to travel to a country at war.

Kishida arrived in the Ukrainian capital by train on Tuesday. He is expected to hold talks with President Volodymyr Zelenskyy and convey Japan's solidarity and its commitment to continued support. He also plans to visit Bucha, the town near Kyiv where hundreds of civilians were found dead after Russian troops withdrew last year.

Kishida had been in New Delhi, where on Monday he held talks with Indian Prime Minister Narendra Modi and unveiled a new plan for a free and open Indo-Pacific. Government sources say that instead of returning to Japan as scheduled, he boarded a chartered aircraft bound for Poland and crossed into Ukraine by rail.

Government officials say Kishida will stop in Poland on his way back to Japan and hold talks with Prime Minister Mateusz Morawiecki in Warsaw on Wednesday.

Chief Cabinet Secretary Matsuno Hirokazu told reporters that the trip had been kept secret for security reasons and that the government had informed Russia of the visit in advance. He declined to give details of the prime minister's movements.

Kishida was the only leader of the Group of Seven industrialized nations who had yet to visit Ukraine since Russia's invasion began. Zelenskyy invited him to visit in January. Japan chairs the G7 this year and will host the leaders' summit in Kishida's home constituency of Hiroshima in May. Kishida has said he would like Zelenskyy to take part in the summit online.

Meanwhile in Moscow, Chinese President Xi Jinping, who is on a three-day state visit to Russia, held informal talks with President Vladimir Putin on Monday that lasted more than four hours. The two leaders were holding formal talks on Tuesday, and are expected to sign documents on deepening their strategic partnership.

Some media reports have said Xi could hold a video conference with Zelenskyy after leaving Moscow. The Chinese foreign ministry has not confirmed this.

Observers say the timing of the two visits highlights the contrast between Japan and China over the war. A Japanese government official said the overlap was "a coincidence," and denied that the trip had been arranged to coincide with Xi's visit.

Japan has provided Ukraine with more than 7 billion dollars in humanitarian and financial assistance, as well as non-lethal defense equipment such as helmets and bulletproof vests. Officials say Kishida is expected to announce additional aid, including support for energy infrastructure damaged by Russian attacks.

Opposition parties in Japan said they supported the visit but questioned whether the prime minister's absence from parliament during the budget debate had been properly arranged.

Related Stories
Kishida, Modi agree to strengthen ties ahead of G7, G20 summits
Japan to host G7 summit in Hiroshima in May
Putin welcomes Xi to Kremlin, praises China's peace plan

NHK WORLD-JAPAN is the international service of Japan's public media NHK.
Download the NHK WORLD-JAPAN app | Follow us on social media | Privacy Policy | Terms of Use"""))

A.append(dict(id="h20-06", source="arabnews.com",
url="https://www.arabnews.com/node/2213126/saudi-arabia",
published_at="2022-12-08", body="""Arab News
Saudi Arabia | Middle East | World | Business | Opinion | Sport | Lifestyle | Podcasts

TASI 10,432.18 ▼ -0.62% | Brent $77.17 | USD/SAR 3.7575

Saudi Arabia, China sign comprehensive strategic partnership as Xi holds talks with crown prince

Updated 08 December 2022
ARAB NEWS
December 08, 2022 21:40

RIYADH: Saudi Arabia and China on Thursday signed a comprehensive strategic partnership agreement during a visit by Chinese President Xi Jinping that both sides described as opening a new era in relations between the world's largest oil exporter and its biggest customer.

The agreement was signed by King Salman and President Xi at Al-Yamamah Palace in Riyadh, the Saudi Press Agency reported. Xi was later received by Crown Prince Mohammed bin Salman, who held official talks with him in the presence of ministers from both sides.

Xi arrived in the Saudi capital on Wednesday evening for his first visit to the Kingdom since 2016. Royal Saudi Air Force jets escorted his plane, trailing smoke in the colors of the Chinese flag, and he was greeted at King Khalid International Airport by Prince Faisal bin Salman, the governor of Madinah, and Foreign Minister Prince Faisal bin Farhan.

The two sides also signed a plan to align Saudi Vision 2030 with China's Belt and Road Initiative, while 34 investment agreements were concluded in green energy, information technology, cloud services, transport, logistics, medical industries and construction, SPA said. An agreement with Chinese technology firm Huawei covered cloud computing and high-tech complexes in Saudi cities.

According to SPA, the leaders agreed to hold a summit every two years, alternating between the two countries.

Xi is set to attend Friday's first China-Arab States Summit and a China-GCC summit in Riyadh. Chinese officials said he is expected to hold bilateral talks on the sidelines with several leaders, including Egyptian President Abdel Fattah El-Sisi and Palestinian President Mahmoud Abbas.

Prince Faisal bin Farhan told reporters that the Kingdom did not believe in polarization or in choosing between partners. "We will continue to work with all our partners," he said. "Our relationship with China is about our national interest."

The visit comes five months after US President Joe Biden traveled to Jeddah, where he met the crown prince amid strains over oil production and human rights. White House national security spokesman John Kirby said Washington was "mindful of the influence China is trying to grow around the world," but that the visit did not change US policy toward the Middle East.

Chinese foreign ministry spokeswoman Mao Ning denied that the trip was aimed at any third party. "China's cooperation with Arab countries is open and inclusive," she said in Beijing.

Trade between China and Saudi Arabia reached $87.3 billion in 2021, and China buys about a quarter of the Kingdom's crude exports. Analysts said Riyadh was also looking for Chinese investment in manufacturing, mining and the NEOM megacity.

"Riyadh wants to show it has options," said a Gulf-based political analyst. "Beijing wants to show it is a serious player in a region long seen as Washington's backyard."

Read also
Egypt's El-Sisi arrives in Riyadh for Arab-China summit
GCC leaders begin arriving for summit with China
Riyadh Season breaks visitor record

Sign up for the Arab News newsletter | Download the Arab News app

Most Popular
Saudi Arabia's tourism spending surges
Saudi Arabia beat Argentina: the morning after

Topics: Saudi Arabia, China, Xi Jinping, Mohammed bin Salman
Share: Facebook | X | WhatsApp | LinkedIn"""))

A.append(dict(id="h20-07", source="thejakartapost.com",
url="https://www.thejakartapost.com/indonesia/2024/11/10/prabowo-wraps-up-beijing-visit-with-10b-in-deals-heads-to-washington.html",
published_at="2024-11-10", body="""The Jakarta Post
Subscribe | Log in | Indonesia | Business | World | Opinion | Culture | Multimedia | Newsletters

JCI 7,287.19 ▲ 0.28% | IDR/USD 15,690 | Antam gold Rp 1,513,000/g

Prabowo wraps up Beijing visit with $10b in deals, heads to Washington

The Jakarta Post
Jakarta ● Sun, November 10, 2024

President Prabowo Subianto left Beijing on Sunday for the United States, the second leg of his first overseas tour as head of state, after two days of talks with Chinese leaders that produced business deals worth some US$10 billion and a joint statement broadening cooperation in maritime affairs, food security and the digital economy.

Prabowo met President Xi Jinping at the Great Hall of the People on Saturday and held separate talks with Premier Li Qiang, with both sides witnessing the signing of several memorandums of understanding, including on water resources, critical minerals, the green economy and support for his free nutritious meals program.

"Indonesia is a friend of all countries. We will always remain non-aligned," Prabowo said at a business forum in Beijing, adding that China was an "important partner" for Indonesia's industrialization drive.

The joint statement said both sides had "reached important common understanding on joint development in areas of overlapping claims," a line that drew criticism from analysts who said it could be read as acceptance of China's nine-dash line in the South China Sea.

A foreign ministry official, asked by The Jakarta Post on Sunday, denied that the wording implied any recognition of Chinese claims. "Our position on the North Natuna Sea has not changed," the official said, speaking on condition of anonymity.

Foreign Minister Sugiono, who accompanied Prabowo, said the visit had "laid a strong foundation" for relations under the new administration.

In Washington, Prabowo is scheduled to meet President Joe Biden at the White House on Tuesday, the State Secretariat said, with defense cooperation, critical minerals and climate finance expected on the agenda.

From the US, he is due to fly to Lima for the APEC leaders' meeting and on to Rio de Janeiro for the G20 summit, before traveling to London for talks with Prime Minister Keir Starmer. An official at the State Secretariat said a stop in the United Arab Emirates on the way home was "being considered" but had not been confirmed.

Prabowo had visited Beijing in April as president-elect, when he met Xi and Li. As defense minister he made frequent trips abroad, something critics say has given him a taste for personal diplomacy.

Indonesia is seeking to join both the OECD and the BRICS group, a balancing act that officials say reflects the country's free and active foreign policy.

"He is signalling that Indonesia will not pick sides," said an international relations lecturer at the University of Indonesia. "The question is whether that message lands the same way in Beijing and Washington."

Topics: Prabowo Subianto, China, Xi Jinping, South China Sea, United States

Share this article: Facebook | X | WhatsApp | LinkedIn

Related articles
Prabowo's 'zaken' Cabinet sworn in with 48 ministers
Retno leaves Foreign Ministry with praise from ASEAN peers
Editorial: Free meals need more than goodwill

Already subscribed? Log in to continue reading premium content.
Download The Jakarta Post app for a better reading experience."""))

A.append(dict(id="h20-08", source="tehrantimes.com",
url="https://www.tehrantimes.com/news/490215/Amir-Abdollahian-meets-Qatari-emir-in-Doha-at-end-of-regional-tour",
published_at="2023-10-15", body="""Tehran Times
Politics | Economy | Culture | Sports | Tourism | International | Sci/Tech | Photo
Sunday, October 15, 2023 | Mehr 23, 1402

Amir-Abdollahian meets Qatari emir in Doha at end of regional tour

TEHRAN – Foreign Minister Hossein Amir-Abdollahian held talks in Doha on Saturday with the Emir of Qatar Sheikh Tamim bin Hamad Al Thani, the final stop of a regional tour that also took him to Baghdad, Beirut and Damascus following the Al-Aqsa Storm operation and the Israeli bombardment of Gaza.

In the meeting, which was also attended by Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani, the Iranian diplomat and his host discussed ways to halt the attacks on Gaza, open a humanitarian corridor and secure the delivery of food, water and fuel to the besieged strip.

Amir-Abdollahian also met Ismail Haniyeh, the head of the Hamas political bureau, in the Qatari capital.

Earlier on Friday, he met Syrian President Bashar al-Assad and Foreign Minister Faisal Mekdad in Damascus. He reached the Syrian capital by road from Beirut after Israeli airstrikes put Damascus International Airport out of service. Assad said the crimes of the Zionist regime had exposed the "double standards" of its Western backers.

In Beirut on Thursday night and Friday morning, the foreign minister met caretaker Prime Minister Najib Mikati, Parliament Speaker Nabih Berri and Foreign Minister Abdallah Bou Habib. Speaking to reporters, he warned that "new fronts" could open if the aggression against Gaza continued. "Any escalation will be the responsibility of those who support the Zionist regime," he said.

The tour began in Baghdad on Thursday.

On Saturday night, Amir-Abdollahian also held a telephone conversation with Chinese Foreign Minister Wang Yi. According to the Iranian foreign ministry, the two sides discussed the situation in Gaza and the need for an immediate ceasefire. Wang said China opposed any action that harmed civilians and called for restraint.

Amir-Abdollahian rejected claims by US officials that Tehran had played a role in planning the Palestinian operation. "Iran's support for the resistance is clear, but the decision was taken by the Palestinians themselves," he said, adding that the Islamic Republic had not been informed in advance.

Foreign ministry spokesman Nasser Kanaani told reporters that Amir-Abdollahian would attend an emergency meeting of foreign ministers of the Organization of Islamic Cooperation in Jeddah next week, which Tehran had requested.

Meanwhile, President Ebrahim Raisi said in a televised speech that the "resistance front" had the right to respond to the crimes in Gaza and that the Islamic world should not remain silent.

In Tehran, thousands of people rallied after Friday prayers in support of the Palestinian people, chanting slogans against the United States and the Zionist regime.

Print | Send | Comments

Tags: Amir-Abdollahian, Qatar, Syria, Lebanon, Gaza

Related news
Raisi: Muslim nations must act to stop Gaza genocide
Iranian, Turkish presidents discuss Gaza by phone
Tehran stock exchange index rises 0.8%

Most viewed
1. Iran warns of 'new fronts' as Gaza death toll rises
2. Persepolis beat Esteghlal in Tehran derby

Tehran Times Daily | All rights reserved | Follow us on Telegram, Instagram and X"""))

A.append(dict(id="h20-09", source="dailymirror.lk",
url="https://www.dailymirror.lk/breaking-news/India-Sri-Lanka-sign-defence-MoU-as-Modi-Dissanayake-hold-talks/108-305412",
published_at="2025-04-05", body="""Daily Mirror - Sri Lanka Latest Breaking News and Headlines
Latest | Breaking News | Business | Sports | Opinion | Life | Video | Print Edition

US$ Buying 295.60 | Selling 304.35 | ASPI 16,215.44 ▼ 0.41%

India, Sri Lanka sign defence MoU as Modi, Dissanayake hold talks

5 April 2025 08:14 pm - 12 comments - 1,843 views

By a Staff Writer

Sri Lanka and India on Saturday signed a memorandum of understanding on defence cooperation, the first such framework between the two neighbours, along with six other agreements, following talks between President Anura Kumara Dissanayake and visiting Indian Prime Minister Narendra Modi at the Presidential Secretariat in Colombo.

The other agreements cover the development of Trincomalee as an energy hub with the participation of the United Arab Emirates, a grid interconnection, digital public infrastructure, health and pharmaceuticals, and development assistance for the Eastern Province.

Modi was accorded a ceremonial welcome at Independence Square, the first time a foreign leader has been received there with such honours under the new government. Dissanayake later conferred on him the Sri Lanka Mitra Vibhushana, the highest award given to foreign heads of state and government.

Speaking at a joint media briefing, Dissanayake said Sri Lanka would not allow its territory to be used in any manner inimical to India's security. Modi said the two countries' security interests were "intertwined" and announced debt restructuring support and grants for the Northern Province.

The fishermen's issue was also discussed, with both sides agreeing to take a "humane approach," officials said.

Modi arrived in Colombo late on Friday from Bangkok, where he attended the BIMSTEC summit. In the Thai capital he held bilateral talks with Thai Prime Minister Paetongtarn Shinawatra on Thursday, when the two sides agreed to elevate ties to a strategic partnership, and on Friday met Bangladesh's Chief Adviser Muhammad Yunus on the sidelines of the summit, their first meeting since the fall of Sheikh Hasina's government last August. Indian Foreign Secretary Vikram Misri said Modi had conveyed India's concerns over the safety of minorities in Bangladesh. Modi also had brief exchanges with Myanmar's military leader Min Aung Hlaing and Nepal's Prime Minister KP Sharma Oli.

On Sunday, Modi will travel with Dissanayake to Anuradhapura to worship at the Jaya Sri Maha Bodhi and open two Indian-funded railway projects, before flying to Rameswaram in Tamil Nadu.

Opposition Leader Sajith Premadasa demanded that the defence MoU be tabled in Parliament. "The people have a right to know what has been signed in their name," he said. Government spokesman Nalinda Jayatissa rejected claims that the MoU would allow Indian troops to be stationed in Sri Lanka, calling them "baseless."

Dissanayake made New Delhi his first overseas destination after taking office, in December, and visited Beijing in January, where he signed deals including a Chinese-backed oil refinery in Hambantota.

Pic by PMD

Comments - 12
Add comment | Comments will be edited (grammar, spelling and slang) and authorized at the discretion of Daily Mirror online. The website also has the right not to publish selected comments.

Top Stories
Fuel prices unchanged for April
Three arrested over Kandy shooting
Cricket: Sri Lanka announce squad for tri-series

Download the Daily Mirror app | Follow us on WhatsApp"""))

A.append(dict(id="h20-10", source="world.kbs.co.kr",
url="https://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=185342",
published_at="2024-05-26", body="""KBS WORLD
Korean | English | 中文 | 日本語 | Français | Deutsch | Español | Bahasa Indonesia | Русский | عربي | Tiếng Việt

News | Politics | Economy | Society | North Korea | Sci-Tech | Culture | Sports

Please enable JavaScript to use all features of this site.

Yoon holds back-to-back talks with Li Qiang, Kishida ahead of trilateral summit

Write: 2024-05-26 18:44:03 | Update: 2024-05-26 21:05:11

Anchor: President Yoon Suk Yeol held separate bilateral talks on Sunday with Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida, on the eve of the first three-way summit among the neighbors in four and a half years. Our correspondent has more.

Report: Yoon and Li, who arrived in Seoul earlier in the day on his first visit to South Korea since taking office, met at the presidential office in Yongsan for about 50 minutes.

The two sides agreed to launch a "two-plus-two" diplomatic and security dialogue at the vice-ministerial level and to resume negotiations on the second phase of their free trade agreement. Yoon asked China to play a constructive role on North Korea's nuclear program, saying Pyongyang's provocations posed a threat to the region.

According to the presidential office, Yoon also said he hoped Chinese President Xi Jinping would visit South Korea, and Li replied that Beijing would "positively consider" it.

Yoon then sat down with Kishida, who flew in on Sunday afternoon. The two leaders discussed Japan's administrative guidance to messaging app operator LY Corp., which has raised concerns in Korea that Naver could be pressured to sell its stake in the firm. Yoon said his government would not allow unfair treatment of Korean companies, while Kishida told him the guidance was "not a request to sell shares," a Korean official said.

Kishida also met Li separately at a Seoul hotel, their first talks since meeting on the sidelines of the APEC summit in San Francisco last November. Japanese officials said Kishida raised the detention of Japanese nationals in China and Beijing's import ban on Japanese seafood.

The trilateral summit on Monday is expected to produce a joint declaration covering supply chains, health, demographic change and people-to-people exchanges. The last such summit was held in Chengdu, China, in December 2019. China is represented by its premier under the format, rather than by President Xi.

Officials in Seoul denied a Japanese media report that the three countries had failed to agree on language on North Korea's denuclearization, saying that consultations were still under way.

Meanwhile, the military said it had detected signs that North Korea may be preparing to launch a military reconnaissance satellite in the coming days.

Related News
S. Korea, China agree to hold diplomatic-security dialogue in June
FM Cho Tae-yul holds talks with Wang Yi in Beijing
Hanwha Ocean wins LNG carrier order

Most Viewed
1. Presidential office: no plans for Yoon-Lee Jae-myung meeting this week
2. Korea's exports rise for 8th month

KBS WORLD Radio | Download the KBS WORLD app | Copyright © KBS. All rights reserved."""))

A.append(dict(id="h20-11", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3162927/gulf-foreign-ministers-china-rare-joint-visit-beijing-courts",
published_at="2022-01-11", body="""South China Morning Post
China | Hong Kong | Asia | World | Business | Tech | Lifestyle | Opinion | Video
Subscribe from $1 a week

China / Diplomacy

Gulf foreign ministers in China for rare joint visit as Beijing courts energy partners

- Saudi, Kuwaiti, Omani and Bahraini ministers and GCC chief meet Wang Yi in eastern city of Wuxi
- Turkish and Iranian foreign ministers due later in the week

Why you can trust SCMP

Published: 8:30pm, 11 Jan, 2022

Foreign ministers from four Gulf Arab states arrived in China on Monday for a five-day visit, the first time so many ministers from the region have come to the country together, as Beijing seeks to shore up energy supplies and push forward free-trade talks with the Gulf Cooperation Council.

Chinese Foreign Minister Wang Yi held talks with Prince Faisal bin Farhan of Saudi Arabia, Sheikh Ahmad Nasser Al-Mohammad Al-Sabah of Kuwait, Sayyid Badr Albusaidi of Oman and Abdullatif bin Rashid Al Zayani of Bahrain, as well as GCC secretary general Nayef Falah Al-Hajraf, in the eastern Jiangsu city of Wuxi, according to the Chinese foreign ministry.

Wang met each minister separately before a joint session, the ministry said, and told them that China and the GCC should complete free-trade negotiations "as soon as possible" and set up a strategic partnership. He also said Beijing wanted to step up cooperation in energy, infrastructure, 5G and new energy.

Turkish Foreign Minister Mevlut Cavusoglu is due in Wuxi on Wednesday for talks with Wang, and Iranian Foreign Minister Hossein Amir-Abdollahian will follow on Friday, foreign ministry spokesman Wang Wenbin told a regular press briefing. Amir-Abdollahian is expected to discuss the implementation of the 25-year cooperation agreement the two countries signed last March.

The United Arab Emirates and Qatar did not send ministers.

Asked whether China was trying to fill a vacuum left by the United States in the Middle East, Wang Wenbin rejected the idea. "There has never been a so-called vacuum," he said. "The people of the Middle East are the masters of the region."

The meetings cap a busy start to the year for Wang Yi, who spent the first week of January in Eritrea, Kenya and the Comoros before stopping in the Maldives and Sri Lanka on his way home.

China is the largest buyer of Gulf crude and Saudi Arabia is its biggest supplier. The Gulf states are also keen to diversify their economies and attract Chinese investment in technology and manufacturing.

"For the Gulf, China is the customer of the future," said a Middle East specialist at a Beijing university. "For Beijing, this is about securing energy and showing that it can talk to everyone in the region, including Iran."

Talks on a China-GCC free-trade agreement began in 2004 but have repeatedly stalled.

Sign up now: Get the SCMP Global Impact newsletter

This article appeared in the South China Morning Post print edition as: Gulf ministers on joint trip to China

Advertisement

More on this:
China and Iran to implement 25-year pact, Wang Yi says
Explainer: What does China want from the Gulf?

Topic | China-Middle East relations

Trending
Hong Kong tightens Covid-19 restrictions as Omicron spreads
China's exports beat forecasts in December

Share: Facebook | X | LinkedIn | WhatsApp | Email"""))

A.append(dict(id="h20-12", source="ndtv.com",
url="https://www.ndtv.com/india-news/pm-modi-cuts-short-saudi-visit-after-pahalgam-terror-attack-8236145",
published_at="2025-04-23", body="""NDTV
Live TV | Latest | India | World | Business | Opinion | Videos | Trends | Cities

Sensex 80,116.49 ▲ 520.90 | Nifty 24,328.95 ▲ 161.70 | Gold 97,300 ▼

PM Modi Cuts Short Saudi Visit After Pahalgam Terror Attack, Skips Official Dinner

India News | Edited by NDTV News Desk | Updated: April 23, 2025 8:58 am IST

New Delhi: Prime Minister Narendra Modi returned to Delhi early on Wednesday, cutting short his two-day visit to Saudi Arabia after terrorists opened fire on tourists in Jammu and Kashmir's Pahalgam, killing at least 26 people in the deadliest attack on civilians in the region in years.

PM Modi had arrived in Jeddah on Tuesday afternoon, his plane escorted by Royal Saudi Air Force F-15 jets as it entered Saudi airspace. He held talks with Crown Prince Mohammed bin Salman at the Al Salam Palace and co-chaired the second meeting of the India-Saudi Arabia Strategic Partnership Council, where the two sides discussed energy, defence, trade and investment.

Soon after the talks, the Prime Minister skipped the official dinner hosted by the Crown Prince and left for India overnight. A visit planned for Wednesday to a factory employing Indian workers was cancelled, officials said. The Crown Prince expressed his condolences and condemned the attack, according to the Ministry of External Affairs.

On arrival at Delhi airport, PM Modi was briefed by National Security Adviser Ajit Doval, External Affairs Minister S Jaishankar and Foreign Secretary Vikram Misri. The Cabinet Committee on Security is scheduled to meet later on Wednesday.

US President Donald Trump called PM Modi on Tuesday night to express his condolences and said the United States "stands strongly with India against terrorism." US Vice President JD Vance, who is on a four-day visit to India with his family and held talks with the Prime Minister in Delhi on Monday, said he and his wife Usha extended their condolences to the victims.

Russian President Vladimir Putin sent a message of condolence, calling the attack a "brutal crime" that had "no justification."

Pakistan's Foreign Office said it was concerned at the loss of tourists' lives, while Defence Minister Khawaja Asif denied any Pakistani involvement and described the attack as a "home-grown" matter. Indian officials said the claim of responsibility by The Resistance Front, a proxy of the Lashkar-e-Taiba, pointed to cross-border links.

Home Minister Amit Shah flew to Srinagar on Tuesday evening and chaired a security review meeting. He is expected to visit the site of the attack in Baisaran meadow on Wednesday.

The Saudi visit was PM Modi's third to the country. Crown Prince Mohammed bin Salman visited India in September 2023 to attend the G20 summit in New Delhi, followed by a state visit.

Track Latest News Live on NDTV.com and get news updates from India and around the world

Show full article

Trending
Pahalgam Attack: Helpline Numbers Issued
Stock Market Today: Sensex, Nifty Open Higher
IPL 2025: MI vs SRH Match Preview

Comments
Get the latest updates on Pahalgam attack, PM Modi Saudi visit, JD Vance India visit

Follow NDTV on WhatsApp | Download the NDTV app"""))
