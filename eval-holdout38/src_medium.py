# Medium wire-style stories (1,200-2,000 characters), h38-13 .. h38-26
M = []

M.append(dict(id="h38-13", source="cnbc.com",
url="https://www.cnbc.com/2023/07/08/yellen-he-lifeng-talks-beijing.html",
published_at="2023-07-08", body="""Dow futures 33,734 ▼ 0.6% | S&P 500 4,398.95 ▼ 0.3% | USD/CNY 7.2331

WORLD ECONOMY

Yellen says U.S. is not seeking 'winner-take-all' contest after talks with China's new economic czar

Published Sat, Jul 8 2023 6:04 AM EDT | Reuters

BEIJING - U.S. Treasury Secretary Janet Yellen said on Saturday that Washington and Beijing had held "direct" and "productive" talks, after spending about ten hours over two days with Vice Premier He Lifeng, China's new point man on the economy.

Yellen, on her first trip to China as Treasury chief, told reporters the two sides had raised concerns about each other's national security measures and that she had warned against "unfair economic practices", including Beijing's treatment of American companies. She said the U.S. did not seek to "decouple" from the world's second-largest economy.

"The United States and China have significant disagreements," she said. "But President Biden and I do not see the relationship through the frame of great-power conflict."

On Friday, Yellen met Premier Li Qiang at the Great Hall of the People, as well as central bank chief Yi Gang and former Vice Premier Liu He. China's finance ministry described the talks as "constructive".

The visit came days after Beijing announced export controls on gallium and germanium, two metals used in chipmaking, from August 1, a move widely seen as a response to U.S. restrictions on advanced semiconductors.

Climate envoy John Kerry is expected to travel to China later this month, according to people familiar with the plans.

Read more
China's exports slump more than forecast in June
Gallium, germanium prices jump after Beijing curbs

Got a confidential news tip? We want to hear from you.
Sign up for free newsletters and get more CNBC delivered to your inbox"""))

M.append(dict(id="h38-14", source="english.news.cn",
url="http://english.news.cn/20220914/3f1b2c9d7e4a4c8aa1d0e5b6f7a8c9d0/c.html",
published_at="2022-09-14", body="""Xi holds talks with Kazakh President Tokayev in Nur-Sultan

Source: Xinhua | Editor: huaxia | 2022-09-14 21:38:17

NUR-SULTAN, Sept. 14 (Xinhua) -- Chinese President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev in Nur-Sultan on Wednesday, on the first leg of his first trip abroad since the start of the COVID-19 pandemic.

Xi arrived in the Kazakh capital on Wednesday afternoon for a state visit to Kazakhstan. He was warmly welcomed by Tokayev at the airport.

Noting that this year marks the 30th anniversary of diplomatic ties between the two countries, Xi said China and Kazakhstan are permanent comprehensive strategic partners, and that China will firmly support Kazakhstan in safeguarding its independence, sovereignty and territorial integrity.

Xi said the two sides should deepen cooperation in trade, energy, agriculture and connectivity, ensure the stable operation of cross-border oil and gas pipelines, and jointly build the Belt and Road, which he first proposed in Kazakhstan nine years ago.

Tokayev said Kazakhstan attaches great importance to developing relations with China and is ready to work with China to expand cooperation in economy, trade, investment and transport.

After the talks, the two heads of state signed a joint statement and witnessed the signing of cooperation documents in such fields as economy and trade, water resources and media. Tokayev presented Xi with the Order of the Golden Eagle, Kazakhstan's highest state award.

Xi will leave Nur-Sultan for Samarkand, where he will pay a state visit to Uzbekistan and attend the 22nd meeting of the Council of Heads of State of the Shanghai Cooperation Organization from Sept. 14 to 16. Enditem

Photo: Chinese President Xi Jinping holds talks with Kazakh President Kassym-Jomart Tokayev in Nur-Sultan, Kazakhstan, Sept. 14, 2022. (Xinhua/Ju Peng)

Most viewed | Copyright © 2000-2022 XINHUANET.com All rights reserved."""))

M.append(dict(id="h38-15", source="businesstimes.com.sg",
url="https://www.businesstimes.com.sg/international/global/trump-xi-hold-long-awaited-call-trade-teams-meet-london-monday",
published_at="2025-06-07", body="""The Business Times
Companies & Markets | International | Opinion | Startups | Wealth

STI 3,907.95 ▲ 0.3% | USD/SGD 1.2869 | Brent US$66.47 | Gold US$3,310

INTERNATIONAL

Trump, Xi hold long-awaited call; trade teams to meet in London on Monday

Published Sat, Jun 7, 2025 - 9:12 AM

[WASHINGTON] US President Donald Trump said on Friday (Jun 6) that senior officials from the United States and China will meet in London on Monday to try to salvage a trade truce, a day after he spoke with Chinese President Xi Jinping by phone for about 90 minutes.

Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick and Trade Representative Jamieson Greer will represent Washington, Trump wrote on social media. China's delegation is expected to be led by Vice-Premier He Lifeng, who met Bessent and Greer in Geneva last month, where the two sides agreed to cut their triple-digit tariffs for 90 days.

Thursday's call was the first confirmed conversation between the two leaders since Trump returned to office in January. Trump called it "very good" and said questions about rare earth magnets had been resolved, while China's official readout said Xi urged Washington to remove "negative measures" and to handle Taiwan with caution.

Trump said Xi had invited him to visit China and that he had returned the invitation. Neither side gave dates.

Markets took the news calmly. The Straits Times Index edged up 0.3 per cent, and Asian currencies were little changed. "A call is not a deal," said an economist at a Singapore bank. "London will tell us whether the Geneva numbers hold."

China supplies about 90 per cent of the world's processed rare earths, and US automakers warned last week that some plants could halt production because of shortages of magnets.

Also read
Tesla shares tumble as Musk, Trump feud erupts
Singapore's May exports beat forecasts on chip demand

Get the BT newsletters in your inbox. Sign up now."""))

M.append(dict(id="h38-16", source="pina.com.fj",
url="https://pina.com.fj/2023/05/22/png-us-sign-defence-cooperation-agreement-as-modi-hosts-pacific-leaders/",
published_at="2023-05-22", body="""PINA - Pacific Islands News Association
Home | Regional | Politics | Business | Sport

PNG, US sign defence cooperation agreement as Modi meets Pacific leaders

PORT MORESBY (PINA/AFP) - Papua New Guinea and the United States on Monday signed a defence cooperation agreement giving US forces access to PNG ports and airfields, in a ceremony at APEC Haus attended by Prime Minister James Marape.

The agreement was signed by US Secretary of State Antony Blinken and PNG Defence Minister Win Bakri Daki. The two sides also signed a shiprider agreement allowing PNG officers to board US Coast Guard vessels to patrol its waters.

Blinken came to Port Moresby in place of US President Joe Biden, who cancelled his planned stop to deal with debt ceiling negotiations in Washington.

Students in Lae protested against the agreement last week, and opposition MPs have demanded its text be tabled in parliament. Marape said the agreement would not stop PNG from working with China, its largest trading partner outside Australia.

Indian Prime Minister Narendra Modi, who arrived on Sunday night and was greeted on the tarmac by Marape, co-chaired the Forum for India-Pacific Islands Cooperation summit with the PNG leader on Monday. Modi and Marape held bilateral talks at which India offered support in health and IT, and PNG conferred on Modi the Companion of the Order of Logohu.

Modi flies on to Sydney later on Monday for talks with Australian Prime Minister Anthony Albanese.

Share: Facebook | Twitter | Email

Other stories
Fiji budget consultations begin in Labasa
Samoa hosts regional fisheries officials
Solomon Islands police receive vehicles from China

PINA - Pacific Islands News Association, Suva, Fiji"""))

M.append(dict(id="h38-17", source="defense.gov",
url="https://www.defense.gov/News/Releases/Release/Article/3792361/readout-of-secretary-of-defense-lloyd-j-austin-iiis-meeting-with-prc-minister-of-national-defense/",
published_at="2024-05-31", body="""U.S. Department of Defense
An official website of the United States government. Here's how you know.

RELEASES

Readout of Secretary of Defense Lloyd J. Austin III's Meeting With People's Republic of China Minister of National Defense Adm. Dong Jun

May 31, 2024 | Attributed to Pentagon Press Secretary Maj. Gen. Pat Ryder

Secretary of Defense Lloyd J. Austin III met today with People's Republic of China (PRC) Minister of National Defense Admiral Dong Jun on the margins of the Shangri-La Dialogue in Singapore.

The two leaders discussed U.S.-PRC defense relations and regional and global security issues. Secretary Austin emphasized the importance of continuing to maintain open lines of military-to-military communication, and noted that a video teleconference between the U.S. Indo-Pacific Command commander and the PLA Southern Theater Command commander would be convened in the coming months.

The Secretary expressed concern about recent provocative PLA activity around the Taiwan Strait, following Taiwan's presidential inauguration, and reaffirmed that the United States remains committed to its longstanding one China policy. He also discussed the importance of respecting high seas freedom of navigation in the South China Sea and raised concerns about the PRC's support for Russia's defense industrial base.

The leaders built on their video teleconference of April 16 and agreed to continue communicating.

Subscribe to Defense.gov Products
Choose which Defense.gov products you want delivered to your inbox.

Related
Austin to Travel to Cambodia
Secretary Austin Delivers Remarks at the Shangri-La Dialogue
DOD Announces New Security Assistance for Ukraine

Hosted by Defense Media Activity - WEB.mil"""))

M.append(dict(id="h38-18", source="gov.uk",
url="https://www.gov.uk/government/news/uk-and-japan-sign-free-trade-agreement",
published_at="2020-10-23", body="""Cookies on GOV.UK
We use some essential cookies to make this website work. Accept additional cookies | Reject additional cookies

GOV.UK

Press release

UK and Japan sign free trade agreement

The UK's first major trade deal as an independent trading nation has been signed in Tokyo.

From: Department for International Trade and The Rt Hon Elizabeth Truss MP
Published 23 October 2020

International Trade Secretary Liz Truss and Japanese Foreign Minister Toshimitsu Motegi have today signed the UK-Japan Comprehensive Economic Partnership Agreement in Tokyo.

The agreement is estimated to increase trade between the two countries by £15.2 billion in the long run. It means 99% of UK exports to Japan will be tariff-free, and goes further than the EU-Japan deal in areas such as digital and data, financial services and creative industries.

The two ministers reached agreement in principle on the deal in a video call on 11 September.

International Trade Secretary Liz Truss said:

"This is a historic moment for the UK and Japan as our first major trade deal as an independent trading nation. It is a groundbreaking agreement that goes far beyond the EU deal in digital and data, financial services and support for our fantastic food and drink producers."

The deal is also an important step towards UK membership of the Comprehensive and Progressive Agreement for Trans-Pacific Partnership, a free trade area of 11 Pacific nations.

The agreement will now be laid before Parliament and is expected to enter into force on 1 January 2021.

Notes to editors
UK-Japan trade was worth £31.4 billion in 2019.

Share this page: Facebook | Twitter

Is this page useful? Yes | No

Explore the topic
International trade
Trade agreements"""))

M.append(dict(id="h38-19", source="worldoil.com",
url="https://www.worldoil.com/news/2020/4/11/mexico-says-trump-will-cover-part-of-its-cut-as-opec-deal-hangs-on-holdout/",
published_at="2020-04-11", body="""World Oil
News | Magazine | Events | Data

WTI $22.76 ▼ 9.3% | Brent $31.48 ▼ 4.1% | Henry Hub $1.73

Mexico says Trump will cover part of its cut as OPEC+ deal hangs on holdout

4/11/2020 | Bloomberg

Mexico's President Andres Manuel Lopez Obrador said on Friday that the United States had offered to cut an extra 250,000 barrels a day of its own output on Mexico's behalf, after a phone call with U.S. President Donald Trump, in an attempt to unlock a global deal to curb production.

OPEC+ ministers agreed during a marathon video conference on Thursday to cut 10 million barrels a day, but the deal was left hanging after Mexico's energy minister, Rocio Nahle, refused to accept a reduction of 400,000 barrels a day and left the call. Mexico has offered to cut 100,000 barrels a day.

"President Trump agreed to cut 250,000 more on our behalf," Lopez Obrador told his daily news conference. "We will repay later."

The Kremlin said President Vladimir Putin had discussed the oil market by phone with Trump and, separately, with Saudi King Salman on Friday, and that all three agreed to keep in contact. Saudi Arabia and Russia ended a month-long price war only last week.

Energy ministers of the Group of 20 met by video conference on Friday under Saudi chairmanship, but their statement stopped short of specific commitments.

OPEC+ ministers were expected to reconvene by video on Sunday to try to finalise the agreement.

"The numbers are still not big enough to balance a market that has lost a third of its demand," said a commodities analyst in London.

Related
Permian operators shut in wells as storage fills
Norway considers joining production cuts

Subscribe to World Oil's newsletters"""))

M.append(dict(id="h38-20", source="livemint.com",
url="https://www.livemint.com/news/india/japan-to-invest-5-trillion-yen-in-india-over-five-years-kishida-11647703654321.html",
published_at="2022-03-19", body="""Mint
Sensex 57,863.93 ▲ 1.84% | Nifty 17,287.05 ▲ 1.84% | USD/INR 75.81

News / India

Japan to invest ₹3.2 lakh crore in India over five years, says Kishida

Updated: 19 Mar 2022, 10:52 PM IST | Elizabeth Roche

Japan will aim for 5 trillion yen, about ₹3.2 lakh crore, in public and private investment and financing in India over the next five years, Prime Minister Fumio Kishida said on Saturday after talks with Prime Minister Narendra Modi in New Delhi.

Kishida, on his first bilateral trip to India since taking office in October, held the 14th annual India-Japan summit with Modi at Hyderabad House. The two sides signed six agreements, including a clean energy partnership and documents on cyber security and urban development.

The new target follows the 3.5 trillion yen goal set in 2014, which officials said had been met. Japan also announced a fresh loan tranche for the Mumbai-Ahmedabad high-speed rail project.

The two leaders discussed the war in Ukraine. Japan has joined Western sanctions on Russia, while India has abstained in UN votes on the conflict.

Kishida invited Modi to Japan for a Quad leaders' summit later this year, foreign secretary Harsh Vardhan Shringla said. No dates were announced.

Kishida leaves for Cambodia on Sunday, where he is scheduled to hold talks with Prime Minister Hun Sen, this year's chair of the Association of Southeast Asian Nations.

Japan was the fifth-largest source of foreign direct investment into India in 2020-21, according to government data.

Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint. Download The Mint News App to get Daily Market Updates.

Topics: Fumio Kishida, Narendra Modi, India-Japan"""))

M.append(dict(id="h38-21", source="dailynews.co.tz",
url="https://dailynews.co.tz/tanzania-india-elevate-ties-to-strategic-partnership/",
published_at="2023-10-10", body="""DAILY NEWS
Tanzania's leading newspaper
Home | National | Business | Sports | Features | Editorial

USD/TZS 2,495.00 | EUR/TZS 2,637.40 | DSE All Share 1,838.52

Tanzania, India elevate ties to strategic partnership

By Daily News Reporter, New Delhi

PRESIDENT Samia Suluhu Hassan and Indian Prime Minister Narendra Modi have agreed to raise relations between Tanzania and India to a strategic partnership, following official talks at Hyderabad House in New Delhi on Monday.

President Samia, who is on a four-day state visit to India at the invitation of President Droupadi Murmu, was accorded a ceremonial welcome at Rashtrapati Bhavan before the talks.

The two leaders witnessed the exchange of memoranda of understanding in digital transformation, culture, sports and white shipping information, the last of which will help Tanzania's maritime security agencies share information on commercial vessels in the Indian Ocean.

Speaking to the press, President Samia said India was among Tanzania's most important trade and investment partners and invited Indian investors to take part in agro-processing, pharmaceuticals and the blue economy.

Prime Minister Modi said India would continue supporting Tanzania in water projects, health and education, noting the opening of the first overseas campus of the Indian Institute of Technology Madras in Zanzibar.

Trade between the two countries stood at about 6.4 billion US dollars in 2022/23, according to Indian figures, with India the leading destination for Tanzanian gold, cashew nuts and pigeon peas.

The President was also conferred an honorary doctorate by Jawaharlal Nehru University in recognition of her contribution to economic diplomacy.

RELATED
TPA announces new berth at Dar port
Cashew auction prices rise in Mtwara
Taifa Stars name squad for AFCON qualifiers

Share: Facebook | X | WhatsApp

© 2023 Tanzania Standard (Newspapers) Limited"""))

M.append(dict(id="h38-22", source="en.mercopress.com",
url="https://en.mercopress.com/2024/02/07/milei-meets-netanyahu-confirms-plan-to-move-embassy-to-jerusalem",
published_at="2024-02-07", body="""MercoPress
South Atlantic News Agency
Argentina | Brazil | Falklands | Uruguay | Chile | Paraguay

Wednesday, February 7th 2024 - 19:41 UTC

Milei meets Netanyahu, confirms plan to move embassy to Jerusalem

Argentine President Javier Milei held talks with Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Wednesday, on the second day of a visit in which he has set out his intention to move Argentina's embassy from Tel Aviv to Jerusalem.

Milei made the announcement after landing at Ben Gurion airport on Tuesday and later visited the Western Wall, where he was seen weeping as he prayed alongside his rabbi. He also met President Isaac Herzog. Foreign Minister Diana Mondino is part of the delegation.

Netanyahu called Milei "a great friend of Israel". Hamas condemned the embassy plan, and the Arab League has warned countries against such moves.

At home, the trip coincides with a setback for Milei's economic programme. On Tuesday the government withdrew its omnibus reform bill from Congress after losing key votes on the articles that would have given the president special powers. Annual inflation reached 211% in 2023, the highest in more than three decades.

From Israel, Milei travels to Rome, where he is to attend the canonisation of María Antonia de Paz y Figueroa, known as Mama Antula, Argentina's first female saint, by Pope Francis on Sunday, and meet Italian Prime Minister Giorgia Meloni on Monday. A private audience with the Pope, whom Milei harshly criticised during the election campaign, has been requested, the presidency said.

Most read
Blinken to visit Buenos Aires later this month
Falklands: fishing season opens with strong Illex catches
Uruguay's Lacalle Pou announces new security plan

Comments (14) | Share"""))

M.append(dict(id="h38-23", source="andina.pe",
url="https://andina.pe/ingles/noticia-xi-jinping-and-boluarte-sign-fta-upgrade-inaugurate-chancay-port-1001233.aspx",
published_at="2024-11-14", body="""Andina - Agencia Peruana de Noticias
Inicio | English | Economy | Politics | Regional | Sports

Xi Jinping and Boluarte sign FTA upgrade, inaugurate Chancay port

Lima, November 14, 2024 (ANDINA). Chinese President Xi Jinping and Peruvian President Dina Boluarte on Thursday held talks at the Government Palace in Lima, on the first day of Xi's state visit to Peru, and jointly inaugurated the Port of Chancay by video link.

Xi arrived in Lima on Wednesday evening, where he was welcomed by members of Boluarte's cabinet, ahead of the Asia-Pacific Economic Cooperation (APEC) leaders' week hosted by Peru.

At the palace, the two heads of state witnessed the signing of a protocol upgrading the China-Peru Free Trade Agreement, in force since 2010, along with agreements on trade, science, the media and agriculture.

The Chancay multipurpose port, about 80 kilometres north of Lima, was built by Cosco Shipping with an initial investment of 1.3 billion dollars and will cut shipping times between Peru and Asia to about 23 days, according to the Ministry of Transport and Communications.

"Chancay will be the gateway between South America and Asia," Boluarte said.

China is Peru's largest trading partner, buying copper, iron ore, fishmeal and fruit. Bilateral trade exceeded 36 billion dollars last year.

Xi is set to meet United States President Joe Biden on Saturday on the sidelines of the APEC summit, officials of both countries confirmed. After the summit, he travels to Brazil for the Group of 20 summit in Rio de Janeiro and a state visit to Brasilia.

Related news
APEC 2024: Lima ready for leaders' week
Peru's mining exports rise 14% in September

Follow Andina on X and Facebook. Agencia Peruana de Noticias Andina."""))

M.append(dict(id="h38-24", source="azertag.az",
url="https://azertag.az/en/xeber/president_ilham_aliyev_met_with_president_of_bulgaria_rumen_radev_in_sofia-2301456",
published_at="2022-10-01", body="""AZERTAC - Azerbaijan State News Agency
Politics | Economy | Society | Sport | Region | World

President Ilham Aliyev met with President of Bulgaria Rumen Radev in Sofia

Sofia, October 1, AZERTAC

President of the Republic of Azerbaijan Ilham Aliyev, who is on a working visit to Bulgaria, met with President of the Republic of Bulgaria Rumen Radev in Sofia on October 1.

The heads of state expressed satisfaction with the development of bilateral relations, noting that cooperation in the energy sector was of strategic importance. They emphasized that the Gas Interconnector Greece-Bulgaria would play an important role in the energy security of Bulgaria and Europe.

Then President Ilham Aliyev attended the ceremony to mark the commissioning of the Greece-Bulgaria gas interconnector (IGB).

The ceremony was attended by President of the European Commission Ursula von der Leyen, Prime Minister of Greece Kyriakos Mitsotakis, President of Serbia Aleksandar Vucic, Prime Minister of North Macedonia Dimitar Kovachevski and other officials.

Addressing the ceremony, President Ilham Aliyev said Azerbaijan would supply 1 billion cubic metres of gas a year to Bulgaria through the interconnector, and that Azerbaijani gas exports to Europe were expected to reach 11.5 billion cubic metres this year.

The 182-kilometre interconnector links the Trans Adriatic Pipeline near Komotini in Greece with Stara Zagora in Bulgaria and has an initial capacity of 3 billion cubic metres per year, which may be raised to 5 billion cubic metres.

Share: Facebook | Twitter | Telegram

Other news
Azerbaijani Foreign Ministry issues statement
Azerbaijan's oil exports up in nine months
SOCAR, Bulgargaz sign supply contract"""))

M.append(dict(id="h38-25", source="english.aawsat.com",
url="https://english.aawsat.com/home/article/4205596/saudi-arabia-iran-agree-resume-ties-chinese-mediation",
published_at="2023-03-11", body="""Asharq Al-Awsat
English | Arabic | Persian
News | Gulf | Arab World | World | Opinion | Business

Saudi Arabia, Iran Agree to Resume Ties Under Chinese Mediation

Saturday, 11 March, 2023 - 06:30

Beijing - Asharq Al-Awsat

Saudi Arabia and Iran agreed on Friday to resume diplomatic relations and reopen their embassies within two months, in a deal signed in Beijing after four days of talks hosted by China.

The agreement was signed by Saudi National Security Adviser Musaed Al-Aiban and Ali Shamkhani, secretary of Iran's Supreme National Security Council, and by Wang Yi, director of the Office of the Foreign Affairs Commission of China's Communist Party.

In a joint trilateral statement, the two countries affirmed respect for the sovereignty of states and non-interference in their internal affairs, and agreed to activate a 2001 security cooperation agreement and a 1998 general agreement on economy, trade, investment, technology, science, culture, sports and youth.

The statement said the foreign ministers of the two countries would meet to implement the decision, arrange the return of their ambassadors and discuss ways to strengthen relations.

Riyadh cut ties with Tehran in 2016 after protesters stormed its embassy in the Iranian capital. Iraq and Oman hosted several rounds of talks between the two sides in 2021 and 2022.

White House spokesman John Kirby said Washington supported efforts to end the war in Yemen and de-escalate tensions in the Middle East, and that Saudi Arabia had kept the US informed.

Oil prices were little changed on the news. Brent crude settled at $82.78 a barrel.

Related
Saudi Arabia's PIF posts record assets
Houthis welcome Saudi-Iranian agreement

Share | Print | Email"""))

M.append(dict(id="h38-26", source="setkab.go.id",
url="https://setkab.go.id/en/president-jokowi-holds-bilateral-meeting-with-president-zelenskyy-in-kyiv/",
published_at="2022-06-29", body="""Cabinet Secretariat of the Republic of Indonesia
Home | News | Speeches | Press Release | Gallery

President Jokowi Holds Bilateral Meeting with President Zelenskyy in Kyiv

By Humas | Wednesday, 29 June 2022

President Joko "Jokowi" Widodo held a bilateral meeting with President of Ukraine Volodymyr Zelenskyy at the Mariinskyi Palace in Kyiv, Ukraine, on Wednesday (06/29).

The President and First Lady Iriana Joko Widodo arrived at Kyiv Central Station on Wednesday morning after an overnight train journey of around 11 hours from Przemyśl, Poland. Before the meeting, the President visited a residential complex in Irpin that was damaged in the war.

"I have conveyed my concern over the war in Ukraine. I also conveyed that the spirit of peace never fades," the President said in a joint press statement after the meeting.

The President said that Indonesia's priority was the disruption to food and fertilizer supply chains caused by the war, which affects people in developing countries, and offered himself as a channel of communication.

"I have offered to bring a message from President Zelenskyy to President Putin, whom I will visit in Moscow tomorrow," he said.

President Jokowi also invited President Zelenskyy to attend the G20 Summit in Bali in November.

The President's visit to Ukraine followed his attendance at the G7 Summit in Elmau, Germany, as one of the partner countries. He was accompanied by Foreign Minister Retno L.P. Marsudi.

(RI/UN)

Share: Facebook | Twitter | WhatsApp

Other News
President Jokowi Attends G7 Summit Session on Climate, Energy and Health
Gov't Ensures Fuel Supply Ahead of Eid al-Adha"""))
