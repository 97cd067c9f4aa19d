# Short items (300-1,100 characters), h65-27 .. h65-40
S = []

S.append(dict(id="h65-27", source="www3.nhk.or.jp",
url="https://www3.nhk.or.jp/news/html/20230402/k10014027441000.html",
published_at="2023-04-02", body="""NHK NEWS WEB

林外相 秦剛外相と会談 邦人拘束で早期解放求める

2023年4月2日 19時48分

中国を訪れている林外務大臣は、北京で秦剛外相と会談し、大手製薬会社の日本人社員が拘束された問題について早期解放を強く求めました。日本の外相の訪中はおよそ3年3か月ぶりです。

会談は約3時間行われ、林大臣は、沖縄県の尖閣諸島周辺での中国海警局の船の活動や、中国とロシアの軍事的な連携についても深刻な懸念を伝えました。これに対し秦外相は、日本側に「台湾問題で火遊びをしないよう」求めたということです。

林大臣は、このあと李強首相や王毅政治局委員とも会談し、帰国する予定です。

関連記事
・日中韓首脳会議 早期開催で一致
・東京株式市場 日経平均株価 値上がり

この記事をシェアする｜X｜Facebook｜LINE"""))

S.append(dict(id="h65-28", source="solomonstarnews.com",
url="https://www.solomonstarnews.com/pm-sogavare-meets-president-xi-in-beijing/",
published_at="2023-07-11", body="""SOLOMON STAR NEWS

PM Sogavare meets President Xi in Beijing, nine agreements signed

By Star Reporter | Tuesday, 11 July 2023

PRIME Minister Manasseh Sogavare has held talks with Chinese President Xi Jinping at the Great Hall of the People in Beijing, as part of his week-long official visit to China.

The two leaders agreed to elevate relations to a comprehensive strategic partnership, and witnessed the signing of nine agreements, including a police cooperation implementation plan, civil aviation and development cooperation.

Speaking after the meeting, Mr Sogavare said Solomon Islands would "not be dictated to" on its choice of partners and thanked China for its support for the upcoming Pacific Games.

The Prime Minister, who arrived in Beijing on Sunday, will also meet Premier Li Qiang and visit Guangdong province before returning home.

Like our Facebook page for daily updates | Comments (6)

ADVERTISEMENT - SIG Pacific Games Ticket sales now open"""))

S.append(dict(id="h65-29", source="pacificpoliticswatch.blogspot.com",
url="https://pacificpoliticswatch.blogspot.com/2025/02/cook-islands-china-deal-rattles-wellington.html",
published_at="2025-02", body="""Pacific Politics Watch

Cook Islands-China deal rattles Wellington

So it happened. Cook Islands Prime Minister Mark Brown, on his visit to China, has signed a "Joint Action Plan for a Comprehensive Strategic Partnership" with Beijing, covering seabed minerals, infrastructure, ports, tourism and education. The signing took place in Beijing after Brown met Premier Li Qiang.

New Zealand Foreign Minister Winston Peters says Wellington was not shown the text in advance, which he argues breaches the Cook Islands' obligation under its free association with New Zealand to consult on defence and security matters. Brown says there is nothing about security in it.

The detail to watch is deep-sea mining. The agreement's seabed provisions are vague, and that's where the money is.

Posted by Tala V. at 9:14 PM  4 comments:
Labels: Cook Islands, China, New Zealand, free association

Subscribe to: Post Comments (Atom)"""))

S.append(dict(id="h65-30", source="asia-newsflash.xyz",
url="https://asia-newsflash.xyz/2024/04/05/kishida-to-leave-for-us-state-visit-on-monday/",
published_at="2024-04-05", body="""Kishida to leave for US state visit on Monday

Prime Minister Fumio Kishida will leave for the United States on Monday for a state visit, the first by a Japanese prime minister in nine years, Chief Cabinet Secretary Yoshimasa Hayashi announced Friday.

Kishida is to hold talks with President Joe Biden at the White House on April 10, followed by a state dinner, and will address a joint meeting of Congress the next day. The two leaders are expected to announce an upgrade of their military command structures and cooperation on defense equipment production.

On April 11, Biden will also host a first trilateral summit with Kishida and Philippine President Ferdinand Marcos Jr. amid rising tensions with China in the South China Sea.

Kishida will visit North Carolina on April 12 before returning to Tokyo.

Source: Kyodo

Trending: Cherry blossoms peak in Tokyo | Yen hovers near 151.9"""))

S.append(dict(id="h65-31", source="asiafinancial.com",
url="https://www.asiafinancial.com/nikkei-plunges-nearly-8-as-tariff-rout-deepens",
published_at="2025-04-07", body="""Asia Financial

Nikkei 225 31,136.58 ▼ -7.83% | TOPIX 2,288.66 ▼ -7.79% | USD/JPY 146.20 | Hang Seng 19,828.30 ▼ -13.22%

Markets

Nikkei plunges nearly 8% as tariff rout deepens

Japanese stocks suffered one of their worst days on record on Monday, with the Nikkei 225 closing down 7.8% as fears over US President Donald Trump's sweeping tariffs triggered a global sell-off. Bank and exporter shares were hit hardest, and circuit breakers were triggered in Nikkei futures trading.

Prime Minister Shigeru Ishiba held a 25-minute phone call with Trump on Monday evening and said afterwards the two had agreed to appoint ministers to continue talks on the tariffs. Ishiba said he had told Trump the 24% "reciprocal" tariff on Japan could hurt Japanese investment in the US.

The yen strengthened as investors sought safe havens.

Related: Toyota halts some US shipments | Oil falls to four-year low"""))

S.append(dict(id="h65-32", source="mofa.go.kr",
url="https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=321003",
published_at="2021-07-23", body="""Ministry of Foreign Affairs, Republic of Korea

Press Releases

Outcome of Korea-U.S. Vice Foreign Ministerial Strategic Dialogue

1. First Vice Minister of Foreign Affairs Choi Jong-kun held a Korea-U.S. vice foreign ministerial strategic dialogue with Deputy Secretary of State Wendy Sherman, who is visiting Korea, on July 23 at the Ministry of Foreign Affairs in Seoul.

2. The two sides evaluated the results of the Korea-U.S. summit held in Washington in May and discussed ways to ensure the complete denuclearization of the Korean Peninsula and establishment of permanent peace.

3. The meeting follows the Korea-U.S.-Japan vice foreign ministerial meeting held in Tokyo on July 21, which was attended by First Vice Minister Choi, Deputy Secretary Sherman and Japanese Vice Minister for Foreign Affairs Takeo Mori. End.

Print | List"""))

S.append(dict(id="h65-33", source="nepalpress.com",
url="https://english.nepalpress.com/2024/12/04/pm-oli-meets-xi-in-beijing/",
published_at="2024-12-04", body="""Nepal Press | English

PM Oli meets Xi in Beijing, BRI framework signed

Kathmandu, December 4

Prime Minister KP Sharma Oli held talks with Chinese President Xi Jinping at the Great Hall of the People in Beijing on Wednesday, during his four-day official visit to China.

Earlier in the day, officials of the two countries signed the Framework for Belt and Road Cooperation, ending a seven-year wait for projects under the BRI. Nepal's Foreign Minister Arzu Rana Deuba said the projects would be financed through "aid and assistance".

Oli, who arrived in Beijing on Monday, broke with a long-standing practice of Nepali prime ministers making their first foreign visit after taking office to India. He met Indian Prime Minister Narendra Modi on the sidelines of the UN General Assembly in New York in September.

The prime minister returns home on Thursday.

Share: Facebook | X | Viber

Also read: NEPSE gains 12 points | Gold price falls Rs 700 per tola"""))

S.append(dict(id="h65-34", source="asiapivotnotes.wordpress.com",
url="https://asiapivotnotes.wordpress.com/2023/09/04/xi-to-skip-g20-in-new-delhi/",
published_at="2023-09-04", body="""Asia Pivot Notes

Xi to skip the G20 in New Delhi: what it means

Posted on September 4, 2023 by Arjun M.

Beijing has confirmed what had been rumoured for a week: Premier Li Qiang, not Xi Jinping, will lead the Chinese delegation to the G20 summit in New Delhi this weekend. Foreign ministry spokesperson Mao Ning gave no reason.

Joe Biden said he was "disappointed" but added, "I am going to get to see him." When or where, he didn't say. Vladimir Putin is also staying away and sending Sergey Lavrov.

My take: India-China relations are at a low after the new Chinese map row, and Xi does not want to hand Narendra Modi a photo-op as host.

Share this: X | Facebook | Reddit

Like Loading...

Related: Will Xi go to San Francisco for APEC?

2 Responses to "Xi to skip the G20 in New Delhi" """))

S.append(dict(id="h65-35", source="khmer-daily-digest.site",
url="https://khmer-daily-digest.site/hun-manet-meets-xi-jinping-in-beijing/",
published_at="2023-09", body="""Hun Manet meets Xi Jinping in Beijing on first official visit to China

Prime Minister Hun Manet met Chinese President Xi Jinping at the Great Hall of the People in Beijing, on his first official visit to China since taking office in August.

Xi told the Cambodian leader that China supports Cambodia in "following a development path suited to its national conditions" and will continue to advance the "Diamond Hexagon" cooperation framework. Hun Manet said Cambodia firmly adheres to the one-China policy.

Hun Manet also held talks with Premier Li Qiang, and the two governments signed agreements on agriculture, trade and infrastructure.

Source: Agencies

Tags: Hun Manet, Xi Jinping, China-Cambodia

Next post: Cambodia, Thailand discuss border checkpoint reopening"""))

S.append(dict(id="h65-36", source="vir.com.vn",
url="https://vir.com.vn/biden-visit-lifts-vietnam-us-ties-to-comprehensive-strategic-partnership-104921.html",
published_at="2023-09-11", body="""Vietnam Investment Review

VN-Index 1,236.33 ▲ +1.78% | USD/VND 24,130

Biden visit lifts Vietnam-US ties to comprehensive strategic partnership

September 11, 2023 | 08:15

US President Joe Biden and General Secretary Nguyen Phu Trong agreed on Sunday in Hanoi to elevate bilateral relations to a comprehensive strategic partnership, the highest level in Vietnam's diplomatic hierarchy.

Biden, who flew in from the G20 summit in New Delhi, is meeting Prime Minister Pham Minh Chinh and US and Vietnamese business leaders on Monday, with semiconductors, critical minerals and aviation on the agenda. Vietnam Airlines is expected to sign an agreement to buy 50 Boeing 737 MAX jets.

Foreign investors welcomed the upgrade. "This puts the US on the same footing as China," said the head of a US business group in Hanoi.

Tags: Vietnam-US, Biden, FDI

Sign up for VIR's newsletter"""))

S.append(dict(id="h65-37", source="fiji.gov.fj",
url="https://www.fiji.gov.fj/Media-Centre/Press-Releases/PM-RABUKA-TO-ATTEND-PALM10-IN-TOKYO",
published_at="2024-07-14", body="""Fiji Government - Media Centre

PRESS RELEASE

PM RABUKA TO ATTEND PALM10 IN TOKYO

The Prime Minister and Minister for Foreign Affairs, Hon. Sitiveni Rabuka, will depart for Tokyo tomorrow to attend the Tenth Pacific Islands Leaders Meeting (PALM10), a meeting of Japan and the member states of the Pacific Islands Forum held every three years.

While in Tokyo, the Prime Minister will hold a bilateral meeting with the Prime Minister of Japan, Hon. Fumio Kishida, to discuss climate finance, fisheries, labour mobility and Japan's support for Fiji's development priorities.

The Prime Minister will be accompanied by senior officials of the Ministry of Foreign Affairs.

PALM10 will be held from 16 to 18 July.

-ENDS-

Share | Print"""))

S.append(dict(id="h65-38", source="islandtimes.org",
url="https://islandtimes.org/japans-foreign-minister-hayashi-visits-palau/",
published_at="2022-05", body="""Island Times

Japan's Foreign Minister Hayashi visits Palau

Japanese Foreign Minister Yoshimasa Hayashi arrived in Koror on Sunday for a one-day visit and met President Surangel Whipps Jr. and Minister of State Gustav Aitaro.

Hayashi came from Suva, where on Saturday he held talks with Fiji's Prime Minister Frank Bainimarama. The trip is part of Tokyo's push to step up engagement with Pacific island nations.

Whipps said Palau appreciated Japan's support for coast guard capacity and a new submarine cable, and raised concerns about the release of treated water from the Fukushima plant.

Photo: Foreign Minister Hayashi and President Whipps at the Office of the President. (Island Times/OPR)

Share on Facebook | Tweet | Email"""))

S.append(dict(id="h65-39", source="gisborneherald.co.nz",
url="https://www.gisborneherald.co.nz/local-news/20230214/state-of-emergency-cyclone-gabrielle-updates/",
published_at="2023-02-14", body="""The Gisborne Herald

LIVE: National state of emergency declared as Cyclone Gabrielle cuts off Tairawhiti

Tuesday, February 14, 2023

The Government has declared a national state of emergency, only the third in New Zealand's history, as Cyclone Gabrielle left Tairawhiti without power, phone coverage or road access.

Prime Minister Chris Hipkins said he spoke with Australian Prime Minister Anthony Albanese overnight and accepted an offer of help; an Australian disaster assessment team is due to arrive on Wednesday. Civil Defence says water supply in Gisborne city is critical and residents must conserve water.

Related: Hipkins makes first trip to Canberra as PM

Support local journalism - subscribe to The Gisborne Herald"""))

S.append(dict(id="h65-40", source="southasia-wire.online",
url="https://southasia-wire.online/dissanayake-modi-talks-new-delhi/",
published_at=None, body="""Sri Lanka's Dissanayake holds talks with Modi in New Delhi

Sri Lankan President Anura Kumara Dissanayake held talks with Indian Prime Minister Narendra Modi in New Delhi on Monday, on his first foreign trip since winning the presidency in September.

Modi said India would supply LNG to Sri Lanka and build a power interconnection, and the two sides agreed to work on a defence cooperation framework. Dissanayake assured India that Sri Lankan territory would not be used in any way harmful to its security.

Dissanayake is expected to visit China early next year, Sri Lankan officials said.

Source: wire reports

Related posts: Rupee steadies | Adani's Colombo port terminal opens"""))
