# Medium wire-style stories (1,200-2,000 characters), h66-13 .. h66-26
M = []

M.append(dict(id="h66-13", source="bangkokpost.com",
url="https://www.bangkokpost.com/world/2731245/sullivan-wang-yi-hold-talks-in-bangkok",
published_at="2024-01-27", body="""SET 1,362.49 ▼ -0.35% | USD/THB 35.62

World

Sullivan, Wang Yi hold 'candid' talks in Bangkok

PUBLISHED : 27 Jan 2024 at 19:05

BANGKOK - US National Security Adviser Jake Sullivan and Chinese Foreign Minister Wang Yi held more than 12 hours of talks in Bangkok over two days that ended on Saturday, discussing Taiwan, the Red Sea and military communication, the White House said.

The two sides described the talks as "candid, substantive and constructive" and agreed to work toward a phone call between Presidents Joe Biden and Xi Jinping in the spring, a senior US official said, without giving a date.

Sullivan urged Beijing to use its leverage with Tehran to rein in Houthi attacks on shipping in the Red Sea. Wang told his guest that Taiwan's election this month could not change the fact that the island is "part of China."

The meeting was the first between the two since Biden and Xi met near San Francisco in November. Both sides also confirmed that military theatre commanders would hold talks soon.

On Friday, Sullivan called on Prime Minister Srettha Thavisin at Government House. Wang, who also met Srettha, is due to stay on until Sunday, when Thailand and China sign a mutual visa waiver agreement.

Thailand, a US treaty ally that counts China as its biggest trading partner, has presented itself as a neutral venue. Foreign Minister Parnpree Bahiddha-Nukara hosted a dinner for Wang on Friday night.

-- Reuters

Related
Thai exports rise for fifth month on electronics
PM to visit France, Germany in March to court investors

Do you like the content of this article?
Yes | No

Share: Facebook | X | LINE"""))

M.append(dict(id="h66-14", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20230727000652315",
published_at="2023-07-27", body="""(LEAD) N. Korean leader shows Russian defense chief new missiles as Chinese delegation joins war anniversary

NATIONAL
2023.07.27 13:58 | By Kwon Ji-hye

SEOUL, July 27 (Yonhap) -- North Korean leader Kim Jong-un personally guided Russian Defense Minister Sergei Shoigu through an exhibition of weapons that included the Hwasong-18 solid-fuel intercontinental ballistic missile, state media said Thursday, as Pyongyang marked the 70th anniversary of the armistice that halted the Korean War.

Shoigu, who arrived in Pyongyang on Tuesday at the head of a Russian military delegation, met Kim on Wednesday and handed over a letter from President Vladimir Putin, the Korean Central News Agency (KCNA) said. He also held talks with North Korea's Defense Minister Kang Sun-nam.

A Chinese delegation led by Li Hongzhong, a member of the Political Bureau of the Communist Party of China's Central Committee, also arrived in Pyongyang on Wednesday for the anniversary, which the North calls "Victory Day." Li delivered a letter from President Xi Jinping to Kim, KCNA said.

The visits are the first by senior foreign officials since the North closed its borders at the start of the COVID-19 pandemic in early 2020.

A large military parade was expected to be held in Kim Il Sung Square later Thursday, with Shoigu and Li likely to attend.

Seoul's unification ministry said the visits showed Pyongyang's attempt to strengthen solidarity with Beijing and Moscow amid U.S.-led sanctions. Washington has accused North Korea of supplying artillery shells to Russia for its war in Ukraine, a claim Pyongyang denies.

jhkwon@yna.co.kr
(END)

Keywords
#N. Korea #Russia #China #Shoigu

Most Liked
S. Korea, U.S. hold first Nuclear Consultative Group meeting
BTS' Jungkook to release solo single

(C) Yonhap News Agency. All Rights Reserved"""))

M.append(dict(id="h66-15", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/erdogan-meets-mbs-in-jeddah-as-baykar-inks-record-drone-deal",
published_at="2023-07-17", body="""BIST 100 6,431.56 ▲ +1.12% | USD/TRY 26.95 | EUR/TRY 30.23 | Gold (gr) 1,659.50

POLITICS > DIPLOMACY

Erdoğan meets crown prince in Jeddah as Baykar inks record drone deal

DAILY SABAH WITH AA
ISTANBUL Jul 17, 2023 - 9:48 pm GMT+3

President Recep Tayyip Erdoğan met Saudi Crown Prince Mohammed bin Salman at Al-Salam Palace in Jeddah on Monday, kicking off a three-nation Gulf tour focused on investment and defense.

During the visit, Turkish drone-maker Baykar signed a contract with the Saudi Defense Ministry for the export of Akıncı unmanned combat aerial vehicles, which the company's chief executive, Haluk Bayraktar, called the largest defense and aviation export agreement in Türkiye's history. The contract was signed in the presence of Saudi Defense Minister Prince Khalid bin Salman.

Türkiye and Saudi Arabia also signed memoranda of understanding on direct investment, energy, communications and defense industry cooperation, according to the Communications Directorate.

Erdoğan will travel to Doha on Tuesday for talks with Qatar's Emir Sheikh Tamim bin Hamad Al Thani, and is set to wrap up the tour in Abu Dhabi on Wednesday, where he will meet UAE President Sheikh Mohamed bin Zayed Al Nahyan.

Ankara hopes the tour will bring Gulf investment to help its economy, which is struggling with inflation of nearly 40%. Treasury and Finance Minister Mehmet Şimşek visited the three countries earlier this month to prepare the ground.

Relations between Ankara and Riyadh have recovered since the crown prince visited Türkiye in June last year, following years of tension.

SOURCE DAILY SABAH WITH AA

RELATED ARTICLES
Türkiye, Qatar to boost defense cooperation, says minister
Fidan receives Iraqi counterpart in Ankara

Follow Daily Sabah on WhatsApp | Google News"""))

M.append(dict(id="h66-16", source="theprint.in",
url="https://theprint.in/defence/india-france-sign-rs-63000-crore-deal-for-26-rafale-marine-jets/2605431/",
published_at="2025-04-28", body="""ANI
28 April, 2025 02:56 pm IST

India, France sign Rs 63,000 crore deal for 26 Rafale Marine jets for Navy

New Delhi [India], April 28 (ANI): India and France on Monday signed an inter-governmental agreement for the procurement of 26 Rafale Marine fighter jets for the Indian Navy, in a deal worth over Rs 63,000 crore, defence officials said.

The agreement was signed in New Delhi by Defence Secretary Rajesh Kumar Singh on the Indian side, while the French side was represented by officials of the French Ministry of Armed Forces and the French ambassador. The aircraft will be deployed on the indigenous aircraft carrier INS Vikrant.

French Armed Forces Minister Sebastien Lecornu, who had been expected in New Delhi for the ceremony, did not travel after his visit was postponed for "personal reasons," sources said. A new date for the visit has not been announced.

The package includes 22 single-seat and four twin-seat jets, along with fleet maintenance, logistics support, training and indigenous manufacturing of components. Deliveries are expected to be completed by 2030-31.

The Cabinet Committee on Security cleared the deal on April 9. The Indian Air Force already operates 36 Rafale jets bought in 2016.

The signing came amid heightened tensions with Pakistan following the April 22 terror attack in Pahalgam in which 26 people were killed. Prime Minister Narendra Modi has vowed to pursue the attackers "to the ends of the earth."

(This is an unedited and auto-generated story from Syndicated News feed, ThePrint Staff may not have modified or edited the content body)

Subscribe to our channels on YouTube, Telegram & WhatsApp

Support Our Journalism
India needs fair, non-hyphenated and questioning journalism, packed with on-ground reporting. Support ThePrint."""))

M.append(dict(id="h66-17", source="japannews.yomiuri.co.jp",
url="https://japannews.yomiuri.co.jp/politics/politics-government/20250723-270113/",
published_at="2025-07-23", body="""Politics & Government

Japan, U.S. Reach Trade Deal; Reciprocal Tariff to Be Set at 15%

The Yomiuri Shimbun
July 23, 2025 | 12:34 JST

WASHINGTON — Japan and the United States have agreed on a trade deal under which U.S. tariffs on imports from Japan will be set at 15%, U.S. President Donald Trump announced on Tuesday after meeting Japan's chief tariff negotiator Ryosei Akazawa at the White House.

Akazawa, the minister in charge of economic revitalization, was on his eighth visit to Washington for tariff talks. He also held talks with Commerce Secretary Howard Lutnick and Treasury Secretary Scott Bessent.

Under the agreement, the additional tariff on Japanese automobiles and auto parts will be lowered to 15%, from 25%. Japan will set up a framework for up to $550 billion in investment in the United States and will expand imports of U.S. rice within its existing minimum access system, according to government sources.

Prime Minister Shigeru Ishiba told reporters in Tokyo on Wednesday morning that the deal was "the lowest figure among countries with a trade surplus with the United States." The Nikkei Stock Average rose more than 3% in morning trading, led by automakers.

Also on Tuesday, Trump hosted Philippine President Ferdinand Marcos Jr. at the White House and said the Philippines would face a 19% tariff. Trump last week announced a deal with Indonesia after a phone call with President Prabowo Subianto.

The 25% tariff that Trump had threatened to impose on Japan from August 1 would have hit the country's exports hard. Japan's exports to the U.S. totaled about ¥21 trillion last year, with automobiles making up about a third.

Related Articles
Ishiba to Stay On as Prime Minister Despite Upper House Defeat
Akazawa Holds Phone Talks With Lutnick Ahead of Visit

Click here to read the article in Japanese.

The Japan News by The Yomiuri Shimbun"""))

M.append(dict(id="h66-18", source="psmnews.mv",
url="https://psmnews.mv/en/132418",
published_at="2024-03-05", body="""PSM News

Maldives, China sign agreement on military assistance

Aishath Nazeefa | 05 March 2024 | 10:21

The Maldives and China have signed an agreement under which China will provide military assistance to the Maldives free of charge, the Ministry of Defence said.

The agreement was signed on Monday by Minister of Defence Mohamed Ghassan Maumoon and Major General Zhang Baoqun, Deputy Director of the Office for International Military Cooperation of China's Central Military Commission, who led a Chinese military delegation to Malé.

Both sides also signed a memorandum on the provision of non-lethal military equipment and training, the ministry said. Details of the assistance were not disclosed.

The Chinese delegation paid a courtesy call on President Dr Mohamed Muizzu at the President's Office on Monday, where they discussed ways to strengthen defence cooperation, according to the President's Office.

The signing comes as India withdraws its military personnel who operate two helicopters and a Dornier aircraft in the Maldives. President Muizzu has asked that all Indian troops leave by May 10. A team of Indian civilian technicians arrived last week to take over operation of one of the helicopters, as agreed at a meeting of the high-level core group held in New Delhi in February.

President Muizzu paid a state visit to China in January, when the two countries elevated relations to a comprehensive strategic cooperative partnership.

Share | Tweet | Viber

Latest
President inaugurates new road in Addu City
Cabinet discusses price controls ahead of Ramazan

© Public Service Media"""))

M.append(dict(id="h66-19", source="omannews.gov.om",
url="https://omannews.gov.om/topics/en/80/show/118452",
published_at="2025-04-12", body="""Oman News Agency

Oman hosts Iranian-American talks in Muscat

Muscat, April 12 (ONA) --- The Sultanate of Oman hosted today talks between the Islamic Republic of Iran and the United States of America, in the presence of His Highness Sayyid Badr bin Hamad Albusaidi, Foreign Minister.

The Iranian delegation was headed by H.E. Dr. Abbas Araghchi, Minister of Foreign Affairs, and the American delegation was headed by H.E. Steve Witkoff, the US President's Special Envoy for the Middle East.

The Foreign Minister held separate meetings with each of the two delegations before and during the talks, at which he conveyed the views of each side to the other, in line with Oman's efforts to bring viewpoints closer.

In a statement, the Foreign Minister said the talks had taken place in a friendly atmosphere conducive to bridging points of view, and that the two sides had agreed to continue the talks next week.

According to Iranian state media, the heads of the two delegations also spoke directly for a few minutes in the presence of the Omani minister after the indirect talks ended. The White House said the discussion had been "very positive and constructive."

His Highness Sayyid Badr expressed Oman's thanks to both sides and its aspiration to continue joint efforts to achieve security and stability in the region and the world.

Earlier in March, Anwar Gargash, diplomatic adviser to the UAE President, delivered a letter from the US President to Iran's leadership in Tehran.

ONA

Other news
HM the Sultan receives credentials of new ambassadors
Oman, Belgium discuss aspects of cooperation
Oman's GDP grows 1.7% at current prices

Follow ONA on X | Instagram | Telegram"""))

M.append(dict(id="h66-20", source="24.kg",
url="https://24.kg/english/323501_Japarov_Rahmon_sign_treaty_on_Kyrgyz-Tajik_state_border/",
published_at="2025-03-13", body="""24.kg news agency

POLITICS

Japarov and Rahmon sign treaty on Kyrgyz-Tajik state border

Bishkek - 24.kg news agency, Anara Sultanova

President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon today signed a treaty on the Kyrgyz-Tajik state border in Bishkek, ending more than three decades of disputes over the frontier.

Emomali Rahmon is on a state visit to Kyrgyzstan. It is his first visit to Bishkek since the deadly border conflicts of 2021 and 2022, in which about 100 people were killed and tens of thousands displaced.

The border between the two countries is about 980 kilometers long. Delimitation was completed by government delegations headed by Kamchybek Tashiev, chairman of the State Committee for National Security, and Nusratullo Davlatzoda, head of the Tajik State Committee for National Security, in December last year.

"This is a historic day," Sadyr Japarov said at a joint briefing. Emomali Rahmon said the treaty opened "a new page" in relations between the two peoples.

The parties also signed agreements on the resumption of air and road traffic and on trade. Trade turnover between Kyrgyzstan and Tajikistan in 2024 amounted to about $48 million.

The Parliament of Kyrgyzstan is expected to ratify the document later this month.

According to the Presidential Administration, the leaders of Kyrgyzstan, Tajikistan and Uzbekistan plan to hold a trilateral meeting in Khujand at the end of March to mark the junction point of the three countries' borders.

Subscribe to our Telegram channel

Popular
Gold price in Kyrgyzstan increases
Ruble exchange rate drops

Link to 24.kg news agency is required for reprinting"""))

M.append(dict(id="h66-21", source="france24.com",
url="https://www.france24.com/en/africa/20241129-chad-ends-defence-cooperation-agreement-with-france",
published_at="2024-11-29", body="""Africa

Chad ends defence cooperation with France hours after visit by French foreign minister

Issued on: 29/11/2024 - 08:12 | Modified: 29/11/2024 - 10:40

Chad said late Thursday it was ending its defence cooperation agreement with France, a move that could force the withdrawal of about 1,000 French troops from a country seen as Paris's last foothold in the Sahel.

The announcement by Foreign Minister Abderaman Koulamallah came hours after French Foreign Minister Jean-Noël Barrot left the country. Barrot had met President Mahamat Idriss Déby Itno and visited a camp for Sudanese refugees in Adré, on the border with Sudan.

Koulamallah said the decision "in no way calls into question the friendly relations" between the two countries but allowed Chad "to fully assert its sovereignty." He did not say when French forces would have to leave.

The French foreign ministry did not immediately respond. Barrot was due in Addis Ababa on Friday for talks with Ethiopian officials on the wars in Sudan and Somalia.

The same day, Senegalese President Bassirou Diomaye Faye told AFP that France should close its military bases in his country, saying their presence was incompatible with sovereignty.

French troops have already left Mali, Burkina Faso and Niger after coups there. Chad has hosted French forces almost continuously since independence in 1960.

© 2024 AFP

Read more
In Niger, junta suspends French broadcaster
Senegal's Faye: French troops must go

Tags: Chad, France, Sahel, military

Download the France 24 app | Newsletter"""))

M.append(dict(id="h66-22", source="arabnews.com",
url="https://www.arabnews.com/node/2615703/saudi-arabia",
published_at="2025-09-18", body="""Saudi Arabia, Pakistan sign strategic mutual defense agreement

Updated 18 September 2025 | ARAB NEWS

RIYADH: Saudi Arabia and Pakistan on Wednesday signed a Strategic Mutual Defense Agreement, under which any aggression against either country will be considered aggression against both.

The agreement was signed at Al-Yamamah Palace in Riyadh by Crown Prince and Prime Minister Mohammed bin Salman and Pakistani Prime Minister Shehbaz Sharif, who was on an official visit to the Kingdom, the Saudi Press Agency reported.

The agreement aims to develop defense cooperation between the two countries and strengthen joint deterrence against any aggression, according to a joint statement. Pakistan's army chief, Field Marshal Asim Munir, attended the ceremony.

Before the signing, the crown prince and Sharif held official talks and reviewed the historic relations between the two countries and developments in the region.

The deal comes a week after Israel struck Hamas leaders in Doha, an attack condemned at an emergency Arab-Islamic summit in the Qatari capital on Monday, which both Sharif and the crown prince attended.

A Saudi official told Reuters the agreement was "the culmination of years of discussions" and not a response to specific events.

India's foreign ministry said it would study the implications of the pact for its national security.

RELATED
Saudi, Qatar discuss regional developments
KSrelief delivers aid in Gaza

Most Popular
Riyadh Season 2025 unveils dates
Saudi Arabia's non-oil exports rise 20%

Share: Facebook | X | WhatsApp"""))

M.append(dict(id="h66-23", source="apnews.com",
url="https://apnews.com/article/ukraine-us-minerals-deal-signed-bessent-svyrydenko",
published_at="2025-05-01", body="""US and Ukraine sign minerals deal after months of tense negotiations

By ILYA NOVAK and DANA FORSYTHE
Updated 1:25 AM GMT+3, May 1, 2025

WASHINGTON (AP) — The United States and Ukraine on Wednesday signed an agreement giving the US access to Ukraine's natural resources and setting up a joint investment fund, capping months of talks that had strained relations between the two countries.

Treasury Secretary Scott Bessent and Ukraine's First Deputy Prime Minister Yulia Svyrydenko, who is also economy minister, signed the deal in Washington after last-minute disputes over its terms delayed the ceremony by several hours.

Bessent said the agreement "signals clearly to Russia" that the Trump administration was committed to a peace process centered on "a free, sovereign and prosperous Ukraine." Svyrydenko said on X that the fund would attract global investment to Ukraine.

The United States-Ukraine Reconstruction Investment Fund will receive half of future state revenue from new licenses for critical minerals, oil and gas. Earlier drafts had sought to make Ukraine repay the value of past US military aid, a demand Kyiv rejected.

A version of the deal was to have been signed during a visit by President Volodymyr Zelenskyy to the White House on Feb. 28, but his meeting with President Donald Trump ended in a heated argument in the Oval Office. Trump and Zelenskyy met again on Saturday in St. Peter's Basilica before the funeral of Pope Francis.

US special envoy Steve Witkoff held talks with Russian President Vladimir Putin in Moscow on Friday.

Ukraine's parliament must ratify the agreement.

Copyright 2025 The Associated Press. All Rights Reserved."""))

M.append(dict(id="h66-24", source="yle.fi",
url="https://yle.fi/a/74-20065710",
published_at="2023-12-18", body="""Yle News

Finland and US sign defence cooperation agreement

The deal gives US forces access to 15 military areas and facilities in Finland.

18.12.2023 18:54 | Updated 18.12.2023 20:31

Defence Minister Antti Häkkänen and US Secretary of State Antony Blinken signed the agreement at the State Department. Image: Lehtikuva

Finland and the United States signed a Defence Cooperation Agreement (DCA) in Washington on Monday, allowing US troops to train in and store equipment at 15 military areas and facilities in Finland.

Defence Minister Antti Häkkänen (NCP) signed the deal on Finland's behalf with US Secretary of State Antony Blinken. It must still be approved by the Finnish Parliament.

Among the locations are the Rovajärvi firing range in Lapland, the Ivalo border guard station and air bases in Rovaniemi and Pirkkala.

"This agreement strengthens Finland's security and complements our NATO membership," Häkkänen told Yle in Washington. Blinken said it reflected "the strength of our bilateral relationship".

Finland became NATO's 31st member in April. Sweden, whose membership is still awaiting approval by Turkey and Hungary, signed a similar agreement on 5 December. Denmark is set to sign its own deal with the US on Tuesday.

Russia's foreign ministry said last week that Moscow would take "countermeasures" if US forces were deployed near the border.

Yle/STT

More news
Grocery prices rise 9 percent in a year
Eastern border crossings to stay closed until January

Newsletter: Get Yle News in your inbox | Yle app"""))

M.append(dict(id="h66-25", source="kbc.co.ke",
url="https://www.kbc.co.ke/ruto-visits-kenyan-police-in-haiti/",
published_at="2024-09-22", body="""KBC Digital

Ruto visits Kenyan police officers in Haiti, pledges more troops

By KBC Reporter
September 22, 2024

President William Ruto on Saturday paid a visit to Haiti, where he met Kenyan police officers leading the UN-backed Multinational Security Support (MSS) mission against armed gangs.

The President, who flew into Port-au-Prince from Nairobi, held talks with Edgard Leblanc Fils, the chair of Haiti's Transitional Presidential Council, and Prime Minister Garry Conille at the prime minister's residence.

Ruto said Kenya would deploy an additional 600 officers in November, raising its contingent to about 1,000. He told the officers at their base near the airport that they had already made "significant progress" in restoring order.

Haiti's leaders thanked Kenya for leading the mission. Only about 400 Kenyan officers have been deployed since June, well short of the 2,500 personnel originally envisaged.

The President later left for New York to attend the 79th session of the UN General Assembly, where he is expected to push for the mission to be turned into a full UN peacekeeping operation.

Gangs control about 80 percent of Port-au-Prince, according to UN estimates.

Also read
Mudavadi meets Chinese envoy on SGR extension
CS Chirchir: Fuel prices to remain stable

Follow KBC on X, Facebook and Instagram | Watch KBC Channel 1 Live"""))

M.append(dict(id="h66-26", source="reuters.com",
url="https://www.reuters.com/world/americas/hegseth-panama-signs-security-deal-2025-04-09/",
published_at="2025-04-09", body="""World | Americas

Hegseth, in Panama, vows to keep canal 'secure' from Chinese influence

By Elena Duarte
April 9, 2025 11:32 PM GMT | Updated

PANAMA CITY, April 9 (Reuters) - US Defense Secretary Pete Hegseth said on Wednesday that the United States and Panama would work together to secure the Panama Canal against Chinese influence, after signing an agreement that allows US troops to rotate through former American bases.

Hegseth and Panama's Public Security Minister Frank Abrego signed a joint declaration on Wednesday, a day after Hegseth met President Jose Raul Mulino at the presidential palace on the first visit by a US defense secretary in decades.

Panama's government said the agreement recognized its "sovereignty over the canal" and did not allow permanent US bases. A US statement released earlier had omitted the sovereignty reference, prompting criticism from Panamanian lawmakers.

The two sides also agreed to work toward a mechanism for US warships to have "first and free" passage through the waterway, Hegseth said, without giving details.

President Donald Trump has repeatedly threatened to take back the canal, citing Chinese influence over ports at both ends operated by Hong Kong-based CK Hutchison.

China's embassy in Panama said Washington was using "blackmail" to pursue its interests.

Reporting by Elena Duarte; Editing by Daniel Wallis

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Mexico deploys troops to border after US tariff deal
Rubio to visit Caribbean next week"""))
