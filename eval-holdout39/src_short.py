# Short items (300-1,100 characters), h39-27 .. h39-40
S = []

S.append(dict(id="h39-27", source="outremers360.com",
url="https://outremers360.com/bassin-pacifique-appli/emmanuel-macron-a-port-vila-une-visite-historique-au-vanuatu",
published_at="2023-07-27", body="""Emmanuel Macron à Port-Vila : une visite historique au Vanuatu

Par la rédaction | 27 juillet 2023

Arrivé mercredi soir de Nouméa, le président de la République est le premier chef d'État français à se rendre au Vanuatu depuis l'indépendance de l'archipel en 1980. Il s'est entretenu jeudi avec le Premier ministre Ishmael Kalsakau, avec qui il a évoqué le climat, la sécurité maritime et la francophonie, avant d'annoncer une aide de plusieurs millions d'euros.

Emmanuel Macron doit s'envoler vendredi pour Port Moresby, en Papouasie-Nouvelle-Guinée, dernière étape de sa tournée dans le Pacifique.

Partager : Facebook | X | WhatsApp
Lire aussi : Nouvelle-Calédonie : ce qu'il faut retenir du discours de la place des Cocotiers"""))

S.append(dict(id="h39-28", source="kedglobal.com",
url="https://www.kedglobal.com/economy/newsView/ked202405290011",
published_at="2024-05-29", body="""KOSPI 2,677.30 ▼ -45.69 (-1.68%) | KOSDAQ 842.12 ▼ -4.39 | USD/KRW 1,368.50 ▲ 3.20

Korea, UAE sign CEPA during Sheikh Mohamed's state visit to Seoul

By Lee Ha-yeon | May 29, 2024 (Wed) 15:12

South Korea and the United Arab Emirates signed a comprehensive economic partnership agreement (CEPA) on Wednesday, Korea's first free trade deal with a Middle Eastern country.

Trade Minister Ahn Duk-geun and UAE Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi signed the pact after President Yoon Suk Yeol held a summit with UAE President Sheikh Mohamed bin Zayed Al Nahyan at the presidential office. The UAE leader is on his first state visit to Korea since taking office in 2022.

The two sides also signed memorandums of understanding on nuclear energy, hydrogen and investment.

Share | Print | Subscribe to KED Global"""))

S.append(dict(id="h39-29", source="pacificjapanwatch.blogspot.com",
url="https://pacificjapanwatch.blogspot.com/2018/11/abe-in-darwin.html",
published_at="2018-11", body="""Friday, November 16, 2018

Abe in Darwin: a wreath, 76 years on

Prime Minister Shinzo Abe became the first Japanese leader to visit Darwin today, laying a wreath at the cenotaph with Scott Morrison in the city that Japanese aircraft bombed in 1942.

The two prime ministers then held talks and said they wanted to wrap up negotiations on the reciprocal access agreement for their forces as soon as possible. Abe also toured INPEX's Ichthys LNG plant, Japan's largest single overseas investment.

From Darwin, Abe flies to Port Moresby for the APEC leaders' meeting.

Posted by K. Tanabe at 9:41 PM
No comments:
Labels: Abe, Australia, Darwin, Japan"""))

S.append(dict(id="h39-30", source="stuff.co.nz",
url="https://www.stuff.co.nz/business/132348817/hipkins-to-take-business-delegation-to-china",
published_at="2023-06-21", body="""NZX 50 11,712.30 ▲ +0.4% | NZD/USD 0.6171

Business

Hipkins to take business delegation to China

Thomas Coughlan | 12:47, Jun 21 2023

Prime Minister Chris Hipkins will lead a trade delegation to China next week, his first visit to the country as prime minister.

Hipkins will travel to Beijing, Shanghai and Tianjin, where he will speak at the World Economic Forum's "Summer Davos" meeting. Executives from Fonterra, Zespri, Air New Zealand and other firms will join him.

Meetings with senior Chinese leaders are expected, though the prime minister's office has not confirmed whether they include President Xi Jinping.

Share | 34 comments"""))

S.append(dict(id="h39-31", source="focustaiwan.tw",
url="https://focustaiwan.tw/politics/202411280012",
published_at="2024-11-28", body="""Focus Taiwan | CNA English News

President Lai to visit three Pacific allies, with stops in Hawaii and Guam

11/28/2024 04:35 PM

Taipei, Nov. 28 (CNA) President Lai Ching-te (賴清德) will leave Saturday on a seven-day trip to Taiwan's Pacific allies the Marshall Islands, Tuvalu and Palau, his first overseas trip since taking office in May, the Presidential Office announced Thursday.

Lai will meet Marshall Islands President Hilda Heine, Tuvalu Prime Minister Feleti Teo and Palau President Surangel Whipps Jr., the office said. He will make stopovers in Hawaii and the U.S. territory of Guam.

(By Teng Pei-ju and Joseph Yeh)
Enditem/AW"""))

S.append(dict(id="h39-32", source="koreaherald.com",
url="https://www.koreaherald.com/view.php?ud=20201120000641",
published_at="2020-11-20", body="""Chinese FM Wang Yi to visit Seoul next week

Published : Nov 20, 2020 - 15:31

China's top diplomat Wang Yi is set to travel to South Korea next week for talks with Foreign Minister Kang Kyung-wha, the foreign ministry said Friday.

Wang will arrive Wednesday for a three-day stay after a two-day visit to Tokyo, where he is scheduled to meet Japanese Foreign Minister Toshimitsu Motegi and Prime Minister Yoshihide Suga.

Chinese President Xi Jinping's long-delayed trip to Seoul is expected to be discussed, officials said.

By Choi Ji-hoon (jhchoi@heraldcorp.com)"""))

S.append(dict(id="h39-33", source="arirang.com",
url="https://www.arirang.com/news/view?id=271804",
published_at="2024-07-12", body="""ARIRANG NEWS

Seoul summons Japanese diplomat over Dokdo claim in defense white paper

Updated: 2024-07-12 17:30:00 KST

South Korea's foreign ministry summoned a senior diplomat from the Japanese Embassy in Seoul on Friday to protest Japan's renewed territorial claim to Dokdo in its annual defense white paper. The defense ministry separately called in the Japanese defense attache.

Seoul urged Tokyo to immediately withdraw the claim.

Reporter: Kim Yu-na

#Dokdo #Japan #white paper"""))

S.append(dict(id="h39-34", source="japantoday.com",
url="https://japantoday.com/category/politics/kishida-calls-off-central-asia-trip-after-megaquake-advisory",
published_at="2024-08-09", body="""Japan Today
POLITICS

Kishida calls off Central Asia trip after megaquake advisory

TOKYO

Prime Minister Fumio Kishida on Friday canceled his planned trip to Kazakhstan, Uzbekistan and Mongolia, a day after the Japan Meteorological Agency issued its first-ever advisory warning of a heightened risk of a major earthquake along the Nankai Trough.

Kishida had been due to attend the first summit of the "Central Asia plus Japan" dialogue in Astana.

"As the person with the highest responsibility for crisis management, I have decided to remain in Japan for at least a week," he told reporters.

(c) 2024 Kyodo

14 Comments"""))

S.append(dict(id="h39-35", source="matangitonga.to",
url="https://matangitonga.to/2022/01/19/tonga-cut-off-relief-flights-wait-ash",
published_at="2022-01-19", body="""Matangi Tonga Online

Relief flights wait as ash is cleared from Fua'amotu runway

Nuku'alofa, Tonga

Relief flights from Australia and New Zealand are on standby while volunteers clear volcanic ash from the runway at Fua'amotu International Airport, after Saturday's eruption of Hunga Tonga-Hunga Ha'apai and the tsunami that followed.

Australian Prime Minister Scott Morrison said he had spoken by phone with Prime Minister Hu'akavameiliku Siaosi Sovaleni and offered whatever support Tonga needed.

Communications with the outside world remain limited after the undersea cable was damaged.

Matangi Tonga Online is independent. Support our reporting with a donation.

Comments (2)"""))

S.append(dict(id="h39-36", source="islandsbusiness.com",
url="https://islandsbusiness.com/news-break/falepili-union-signed/",
published_at="2023-11", body="""Islands Business
News Break

Tuvalu, Australia sign Falepili Union treaty in Rarotonga

Australian Prime Minister Anthony Albanese and Tuvalu Prime Minister Kausea Natano signed the Falepili Union on Friday on the sidelines of the Pacific Islands Forum Leaders Meeting in Rarotonga.

The treaty offers up to 280 Tuvaluans a year a pathway to live, work and study in Australia, and commits Australia to help Tuvalu respond to natural disasters, pandemics and military aggression. Tuvalu will consult Australia on any security deal with a third country.

Natano called it "a beacon of hope".

Islands Business relies on readers. Donate to keep Pacific journalism free.

Share: Facebook | X | LinkedIn"""))

S.append(dict(id="h39-37", source="dailypost.vu",
url="https://www.dailypost.vu/news/vanuatu-australia-sign-security-agreement/article_8f1c2e4a.html",
published_at="2022-12-13", body="""Vanuatu Daily Post

Vanuatu, Australia sign security agreement

Prime Minister Ishmael Kalsakau and Australia's Minister for Home Affairs Clare O'Neil yesterday signed a bilateral security agreement in Port Vila.

The agreement covers policing, cyber security, border security, disaster response and maritime surveillance.

PM Kalsakau said the agreement would not affect Vanuatu's relations with other partners, including China.

Minister O'Neil arrived in Port Vila on Monday.

Subscribe to the Daily Post e-edition"""))

S.append(dict(id="h39-38", source="mofa.go.jp",
url="https://www.mofa.go.jp/a_o/ocn/nz/page4e_001214.html",
published_at="2022-04-21", body="""Ministry of Foreign Affairs of Japan

Japan-New Zealand Summit Meeting

April 21, 2022

On April 21, commencing at 6:15 p.m. for approximately 70 minutes, including a dinner, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with the Rt. Hon. Jacinda Ardern, Prime Minister of New Zealand, who is visiting Japan.

1. The two leaders strongly condemned Russia's aggression against Ukraine.

2. The two leaders shared concerns over the security agreement between China and Solomon Islands.

3. The two leaders welcomed the start of negotiations on an agreement on the security of information.

Back to New Zealand"""))

S.append(dict(id="h39-39", source="australiandefence.com.au",
url="https://www.australiandefence.com.au/defence/general/marles-meets-chinese-counterpart-in-singapore",
published_at="2022-06-12", body="""Australian Defence Magazine

Marles meets Chinese counterpart in Singapore

12 June 2022 | Staff Writer

Defence Minister Richard Marles held an hour-long meeting with Chinese Defence Minister General Wei Fenghe on the sidelines of the Shangri-La Dialogue in Singapore on Sunday, the first ministerial meeting between the two countries since 2020.

Marles said he raised the recent interception of an RAAF P-8 surveillance aircraft by a Chinese J-16 fighter over the South China Sea.

"It was a frank and full exchange," he told reporters.

Tags: China, Shangri-La Dialogue, Richard Marles"""))

S.append(dict(id="h39-40", source="pacificnewsnow.site",
url="https://pacificnewsnow.site/2025/10/australia-png-sign-pukpuk-treaty/",
published_at=None, body="""Australia and PNG sign Pukpuk mutual defence treaty

Australian Prime Minister Anthony Albanese and Papua New Guinea Prime Minister James Marape signed the Pukpuk Mutual Defence Treaty at Parliament House in Canberra on Monday.

Under the treaty, each country will treat an armed attack on the other as a danger to its own peace and security, and PNG citizens will be able to serve in the Australian Defence Force.

You may also like:
Vanuatu delays Nakamal Agreement with Australia
Source link"""))
