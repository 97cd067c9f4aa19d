# Short items (300-1,100 characters), h33-27 .. h33-40
S = []

S.append(dict(id="h33-27", source="ria.ru",
url="https://ria.ru/20240820/mishustin-1967402311.html",
published_at="2024-08-20", body="""РИА Новости | Политика | В мире | Экономика | Общество

Мишустин прибыл в Китай с официальным визитом

ПЕКИН, 20 авг - РИА Новости. Председатель правительства России Михаил Мишустин прибыл в Пекин с официальным визитом, передает корреспондент РИА Новости.

В ходе визита Мишустин и премьер Госсовета КНР Ли Цян проведут 29-ю регулярную встречу глав правительств двух стран. Ожидается, что стороны подпишут ряд межправительственных и межведомственных документов. Также запланирована встреча Мишустина с председателем КНР Си Цзиньпином.

Товарооборот России и Китая в 2023 году превысил 240 миллиардов долларов.

Читайте также: Лавров назвал отношения России и КНР лучшими в истории

Подписывайтесь на РИА Новости в Telegram"""))

S.append(dict(id="h33-28", source="chinadaily.com.cn",
url="https://www.chinadaily.com.cn/a/202405/14/WS6642f1a2a31082fc043c6b2e.html",
published_at="2024-05", body="""CHINA DAILY | Global Edition | China | World | Business | Opinion

Putin to pay state visit to China on May 16-17

At the invitation of President Xi Jinping, Russian President Vladimir Putin will pay a state visit to China from Thursday to Friday, Foreign Ministry spokesperson Wang Wenbin announced on Tuesday.

During the visit, Xi will hold talks with Putin and the two heads of state will jointly attend the opening ceremony of the China-Russia Years of Culture and a related concert marking the 75th anniversary of diplomatic ties, Wang said.

It will be Putin's first trip abroad since he was sworn in for a new term last week. The Kremlin said Putin would also travel to the northeastern city of Harbin, where he will visit the China-Russia Expo.

Copyright 1995-2024. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC)."""))

S.append(dict(id="h33-29", source="rodong.rep.kp",
url="http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2015-10-10-0004",
published_at="2015-10-10", body="""Rodong Sinmun | Home | Supreme Leader | Politics | Economy

Chinese Party and Government Delegation Arrives

Pyongyang, October 9 (KCNA) -- A party and government delegation of the People's Republic of China led by Liu Yunshan, member of the Standing Committee of the Political Bureau of the Central Committee of the Communist Party of China, arrived here on Friday to take part in the celebrations of the 70th anniversary of the founding of the Workers' Party of Korea.

It was greeted at the airport by Choe Ryong Hae, secretary of the WPK Central Committee, Kim Yong Il, department director of the WPK Central Committee, and Chinese Ambassador to the DPRK Li Jinjun and embassy officials.

Let us all turn out in the general onslaught to glorify the 70th anniversary of the Party founding!"""))

S.append(dict(id="h33-30", source="koreatimes.co.kr",
url="https://www.koreatimes.co.kr/www/nation/2024/06/113_377012.html",
published_at="2024-06-21", body="""The Korea Times | North Korea | Politics | Foreign Affairs

Seoul summons Russian ambassador over Moscow-Pyongyang defense pact

By Park Min-seo

South Korea summoned Russian Ambassador Georgy Zinoviev on Friday to protest the mutual defense treaty that President Vladimir Putin and North Korean leader Kim Jong-un signed in Pyongyang earlier this week.

First Vice Foreign Minister Kim Hong-kyun told the envoy that any cooperation that helps the North strengthen its military capabilities violates U.N. Security Council resolutions, the foreign ministry said. Zinoviev said Russia's cooperation with the North is not aimed at Seoul, according to Russian media.

Seoul said on Thursday it would reconsider its policy of not supplying weapons to Ukraine.

Most Read: BTS' Jin returns to stage after military discharge

Copyright The Korea Times. Share: Facebook | X | KakaoTalk"""))

S.append(dict(id="h33-31", source="akorda.kz",
url="https://www.akorda.kz/en/head-of-state-holds-phone-talks-with-president-of-uzbekistan-shavkat-mirziyoyev-2473028",
published_at="2024-07-24", body="""Official website of the President of the Republic of Kazakhstan

Head of State holds phone talks with President of Uzbekistan Shavkat Mirziyoyev

24 July 2024

President Kassym-Jomart Tokayev had a telephone conversation with President of the Republic of Uzbekistan Shavkat Mirziyoyev.

The Head of State warmly congratulated the Uzbek leader on his birthday, wishing him good health and success in his activities for the benefit of the fraternal people of Uzbekistan.

The presidents discussed the current agenda of Kazakh-Uzbek relations, including the implementation of agreements on water and energy cooperation and joint industrial projects. Particular attention was paid to the preparations for the Consultative Meeting of the Heads of State of Central Asia to be held in Astana in August.

Print version | Share

Akorda press service"""))

S.append(dict(id="h33-32", source="www3.nhk.or.jp",
url="https://www3.nhk.or.jp/nhkworld/en/news/20250706_12/",
published_at="2025-07-06", body="""NHK WORLD-JAPAN News | Live | On Demand

Emperor, Empress arrive in Mongolia for state visit

Japan's Emperor Naruhito and Empress Masako have arrived in Ulaanbaatar on a state visit to Mongolia, their first visit to the country since the Emperor's enthronement.

The Imperial couple were met at Chinggis Khaan International Airport by Mongolian officials. They are scheduled to attend a welcome ceremony hosted by President Khurelsukh Ukhnaa on Tuesday and a state banquet in the evening.

The Emperor last visited Mongolia in 2007 as Crown Prince. During the week-long trip, the couple will also pay tribute at a memorial to Japanese detainees who died in Mongolia after World War Two.

Related: Government spokesperson comments on Imperial couple's itinerary

Watch: NHK WORLD-JAPAN on YouTube"""))

S.append(dict(id="h33-33", source="china.org.cn",
url="http://www.china.org.cn/world/2014-08/18/content_33268714.htm",
published_at="2014-08-18", body="""China.org.cn | China | World | Business | Opinion | Photos

Xi to pay state visit to Mongolia

Chinese President Xi Jinping will pay a state visit to Mongolia from Aug. 21 to 22 at the invitation of Mongolian President Tsakhiagiin Elbegdorj, Foreign Ministry spokesman Qin Gang announced on Monday.

Assistant Foreign Minister Liu Jianchao told a press briefing that the two sides are expected to sign agreements on mining, infrastructure, finance and cross-border economic cooperation during the visit. It will be the first state visit to Mongolia by a Chinese head of state in 11 years.

Source: Xinhua | Editor: Zhang Ming

Print | E-mail | Bookmark and Share

Go to Forum >> 0 Comment(s)"""))

S.append(dict(id="h33-34", source="cnbc.com",
url="https://www.cnbc.com/2025/02/13/ukraine-bonds-rally-after-trump-putin-call.html",
published_at="2025-02-13", body="""CNBC | Markets | Business | Investing | Tech | Politics

DOW 44,368.56 -225.09 | S&P 500 6,051.97 -16.53 | NASDAQ 19,649.95 +6.09 | EUR/USD 1.0383

Ukraine bonds, European stocks rally after Trump-Putin call

Ukraine's dollar bonds jumped and European stocks hit record highs on Thursday after President Donald Trump said he and Russian President Vladimir Putin had agreed in a lengthy phone call on Wednesday to start negotiations on ending the war.

Trump later spoke with Ukrainian President Volodymyr Zelenskyy by phone. He told reporters the first face-to-face meeting with Putin would "probably" take place in Saudi Arabia, but gave no date. Vice President JD Vance is due to meet Zelenskyy at the Munich Security Conference on Friday.

Shares of European construction and building materials companies rose on bets of reconstruction work.

Sign up for CNBC newsletters | Get the CNBC app"""))

S.append(dict(id="h33-35", source="news.cgtn.com",
url="https://news.cgtn.com/news/2024-12-12/Xi-Jinping-meets-United-Russia-party-chairman-Medvedev-in-Beijing-1zAbCdEfG.html",
published_at="2024-12-12", body="""CGTN | China | World | Business | Opinions | Video

Xi Jinping meets United Russia party chairman Medvedev in Beijing

Chinese President Xi Jinping met with Dmitry Medvedev, chairman of Russia's United Russia party and deputy chairman of the Security Council of the Russian Federation, at the Great Hall of the People in Beijing on Thursday.

Medvedev is leading a United Russia delegation to China for the ninth dialogue between the Communist Party of China and United Russia. Xi said the two parties should strengthen exchanges on state governance and support each other's development paths.

Medvedev conveyed President Vladimir Putin's greetings to Xi.

Search Trends | Download the CGTN app | Copyright 2024 CGTN."""))

S.append(dict(id="h33-36", source="intellinews.com",
url="https://www.intellinews.com/gazprom-signs-binding-memorandum-on-power-of-siberia-2-after-putin-xi-talks-399110/",
published_at="2025-09-02", body="""bne IntelliNews | Russia | China | Central Asia | Emerging Markets

MOEX 2,901.4 +2.1% | Gazprom 141.80 RUB +3.6% | Brent $68.41

Gazprom signs "legally binding" memo on Power of Siberia 2 after Putin-Xi talks

Gazprom has signed a legally binding memorandum with China's CNPC on building the Power of Siberia 2 gas pipeline, CEO Alexei Miller said on September 2, after Russian President Vladimir Putin held talks with Xi Jinping in Beijing during his four-day visit to China.

The pipeline would carry 50bn cubic metres a year from Yamal to China via Mongolia. Putin, Xi and Mongolian President Ukhnaagiin Khurelsukh discussed the route at a trilateral meeting in Beijing the same day. Pricing was not disclosed, and analysts say a final contract is still some way off.

Gazprom shares rose 3.6% in Moscow.

Subscribe to bne IntelliNews for daily emerging markets coverage"""))

S.append(dict(id="h33-37", source="mfa.gov.mn",
url="https://mfa.gov.mn/en/diplomatic-news/61874/",
published_at="2023-06-14", body="""Ministry of Foreign Affairs of Mongolia
News | Diplomatic news | Consular services | Contact

Minister of Foreign Affairs receives Ambassador of the People's Republic of China

On June 14, 2023, Minister of Foreign Affairs of Mongolia Battsetseg Batmunkh received Ambassador Extraordinary and Plenipotentiary of the People's Republic of China to Mongolia Shen Minjuan at her request.

During the meeting, the sides exchanged views on preparations for upcoming high-level mutual visits, the resumption of passenger traffic at border ports and cooperation in combating desertification.

Other diplomatic news:
Minister Battsetseg holds telephone conversation with Foreign Minister of Kazakhstan
State Secretary receives delegation of the Korea International Cooperation Agency

Share | Print"""))

S.append(dict(id="h33-38", source="japantoday.com",
url="https://japantoday.com/category/politics/japan-china-agree-to-postpone-xi-state-visit",
published_at="2020-03-05", body="""Japan Today | National | Politics | Business | Crime | Entertainment

Japan, China agree to postpone Xi's state visit due to coronavirus

Japan and China have agreed to postpone Chinese President Xi Jinping's state visit to Japan, which had been planned for early April, as both countries battle the spread of the new coronavirus, Chief Cabinet Secretary Yoshihide Suga said Thursday.

No new date has been set. Suga said the two sides would continue to coordinate so that the visit can take place in the best possible conditions.

China's top diplomat Yang Jiechi visited Tokyo last week and held talks with Shigeru Kitamura, head of Japan's National Security Secretariat, on preparations for the trip.

Comments: 14 | Share | Tweet

(c) 2020 GPlusMedia Inc."""))

S.append(dict(id="h33-39", source="centralasiawatch.blogspot.com",
url="https://centralasiawatch.blogspot.com/2018/03/mirziyoyev-in-dushanbe.html",
published_at="2018-03", body="""Central Asia Watch

Friday, March 9, 2018
Mirziyoyev in Dushanbe: the ice finally breaks

Uzbek President Shavkat Mirziyoyev arrived in Dushanbe today for his first state visit to Tajikistan, the first by an Uzbek leader in nearly two decades. President Emomali Rahmon met him at the airport, and the two held talks at the Palace of the Nation this afternoon.

According to both presidential offices, more than two dozen documents are being signed, including an agreement on a partial visa-free regime for citizens and deals on energy and transport links. Regular flights between Tashkent and Dushanbe resumed last year.

Not bad for two neighbours who barely spoke under Karimov.

Posted by Jamshid K. at 8:14 PM | 3 comments
Labels: Uzbekistan, Tajikistan, diplomacy"""))

S.append(dict(id="h33-40", source="worldnewsnow24.site",
url="https://worldnewsnow24.site/putin-lukashenko-sign-security-guarantees-treaty-minsk/",
published_at=None, body="""Putin and Lukashenko sign security guarantees treaty in Minsk

Russian President Vladimir Putin and Belarusian President Alexander Lukashenko signed a treaty on security guarantees within the Union State on Friday, after a session of the Union State's Supreme State Council in Minsk.

Putin, who arrived in the Belarusian capital on Thursday, said Russia could deploy its new Oreshnik intermediate-range missiles in Belarus as early as the second half of next year. The treaty extends Russia's nuclear umbrella to its ally.

You might also like:
Lukashenko pardons 20 more prisoners
Source link"""))
