# Medium wire-style stories (1,200-2,000 characters), h39-13 .. h39-26
M = []

M.append(dict(id="h39-13", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2023/04/hayashi-qin-gang-beijing-talks-detained-japanese.html",
published_at="2023-04-02", body="""KYODO NEWS - Apr 2, 2023 - 22:10 | All, Japan, World, China

Hayashi urges release of detained Japanese in rare Beijing visit

BEIJING - Japanese Foreign Minister Yoshimasa Hayashi called on China on Sunday to release a Japanese national detained last month on suspicion of spying, in talks with his Chinese counterpart Qin Gang during the first visit to China by a Japanese foreign minister in more than three years.

Hayashi told Qin that Tokyo wanted the early release of the employee of drug maker Astellas Pharma Inc., who was detained in Beijing in March shortly before he was due to return home. Qin said China would handle the case "in accordance with the law."

Hayashi also conveyed serious concern over China's military activities around the Senkaku Islands in the East China Sea and near Taiwan. Qin warned Japan against joining U.S.-led efforts to restrict exports of chipmaking equipment to China, according to the Chinese side.

After the talks, which lasted about three hours including a working lunch, Hayashi met Premier Li Qiang and Wang Yi, director of the ruling party's foreign affairs commission office.

Hayashi invited Qin to visit Japan, Japanese officials said.

The trip follows an agreement between Prime Minister Fumio Kishida and President Xi Jinping, reached when they met in Bangkok last November, to step up high-level exchanges. The two countries launched a defense hotline at the end of March.

Related coverage:
Japan to tighten export controls on chip equipment
Japanese employee of Astellas detained in Beijing

(Kyodo)
(c) Kyodo News 2023"""))

M.append(dict(id="h39-14", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20240501002751315",
published_at="2024-05-01", body="""YONHAP NEWS

(LEAD) S. Korea, Australia agree to expand defense industry ties at 2+2 talks

2024-05-01 15:37

(ATTN: UPDATES with joint statement in paras 4-5)

MELBOURNE/SEOUL, May 1 (Yonhap) -- The foreign and defense ministers of South Korea and Australia agreed Wednesday to deepen cooperation in the defense industry and critical minerals, as the two countries seek to strengthen their security ties in the face of growing regional uncertainty.

Foreign Minister Cho Tae-yul and Defense Minister Shin Won-sik held the sixth "2+2" talks with their Australian counterparts, Penny Wong and Richard Marles, in Melbourne, the first in-person session in more than two years.

"Australia is a key partner in realizing our Indo-Pacific strategy," Cho said in his opening remarks.

In a joint statement, the four ministers condemned arms transfers between North Korea and Russia and agreed to step up information sharing and combined exercises. Australia welcomed South Korea's interest in working with the AUKUS partners on advanced capabilities under the pact's second pillar.

Shin will visit Hanwha Aerospace's plant in Geelong, where AS9 Huntsman self-propelled howitzers are being built for the Australian Army, on Thursday.

Cho also held separate talks with Wong on the sidelines of the 2+2 meeting, and the two agreed to boost cooperation in clean energy and supply chains.

President Yoon Suk Yeol and Australian Prime Minister Anthony Albanese last met in Vilnius in July on the sidelines of the NATO summit.

hkl@yna.co.kr
(END)

Keywords
#2+2 #Australia #Cho Tae-yul #Shin Won-sik

Copyright (c) Yonhap News Agency."""))

M.append(dict(id="h39-15", source="pm.gov.au",
url="https://www.pm.gov.au/media/nauru-australia-treaty",
published_at="2024-12-09", body="""Prime Minister of Australia
The Hon Anthony Albanese MP

Media | Transcripts | Speeches | Media Releases

Nauru-Australia Treaty

Media Release
Monday 09 December 2024

Today I welcomed President David Adeang of Nauru to Canberra, where we signed the Nauru-Australia Treaty.

The Treaty elevates our longstanding partnership and recognises that the security of each of our countries is bound up with that of the other.

Under the Treaty, Australia will provide $100 million over five years in direct budget support to Nauru, as well as $40 million over five years to support policing and security in Nauru. Australia will also work to ensure that Nauru continues to have access to essential banking services.

Nauru and Australia will mutually agree on any partnership, arrangement or engagement by Nauru with any third country in the areas of security, defence, policing, banking, telecommunications and critical infrastructure.

The Treaty will come into force once both countries have completed their domestic processes.

Quotes attributable to Prime Minister Anthony Albanese:

"Australia and Nauru are close neighbours, and members of the Pacific family."

"This Treaty is about building a stronger, more secure and more prosperous future for both our peoples."

Quotes attributable to President David Adeang:

"This Treaty gives Nauru the certainty it needs to plan for the long term, and it respects our sovereignty as a nation."

Media contact: Prime Minister's Press Office

Other releases
- Appointment of the next Chief Scientist
- Joint Statement on the Australia-Tuvalu Falepili Union Treaty entering into force

Authorised by the Australian Government, Canberra"""))

M.append(dict(id="h39-16", source="mofa.go.kr",
url="https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=322710",
published_at="2024-10-03", body="""MINISTRY OF FOREIGN AFFAIRS, REPUBLIC OF KOREA

Home > Press > Press Releases

Outcome of Phone Talks between Foreign Minister Cho Tae-yul and Japanese Foreign Minister Iwaya Takeshi

Date 2024-10-03 | Hit 1028

1. Minister of Foreign Affairs Cho Tae-yul held phone talks with Minister for Foreign Affairs of Japan Iwaya Takeshi on October 2 (Wed.), congratulating him on his appointment, and the two ministers exchanged views on the Korea-Japan relationship and regional issues.

2. Minister Cho noted that, with next year marking the 60th anniversary of the normalization of diplomatic ties between Seoul and Tokyo, it was important to keep up the positive momentum in bilateral relations. Minister Iwaya said he attached great importance to relations with the Republic of Korea and hoped to work closely with Minister Cho.

3. The two ministers agreed that the pursuit of nuclear and missile development by North Korea and its military cooperation with Russia were a grave threat to the peace and stability of the region, and that close cooperation among Korea, Japan and the United States was essential.

4. The two ministers agreed to meet in person at an early date and to maintain close communication.

Attachment: none

Other news
- Vice Minister Kang In-sun Receives Courtesy Call from New Zealand Ambassador
- Results of the 2024 Korea-Pacific Islands Senior Officials' Meeting
- Public Notice on Overseas Safety: Middle East Travel Advisory

Please note that this is an unofficial translation. The Korean version prevails.

Copyright Ministry of Foreign Affairs, Republic of Korea. All rights reserved."""))

M.append(dict(id="h39-17", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2023/06/hamada-lee-jong-sup-shangri-la-radar-dispute.html",
published_at="2023-06-04", body="""KYODO NEWS - Jun 4, 2023 - 19:02 | All, Japan, World

Japan, S. Korea defense chiefs agree to work to prevent repeat of radar spat

SINGAPORE - Japanese Defense Minister Yasukazu Hamada and his South Korean counterpart Lee Jong Sup agreed Sunday to work toward preventing a repeat of a 2018 dispute over a South Korean warship allegedly locking its fire-control radar on a Japanese patrol plane, in their first formal talks in about three and a half years.

The meeting in Singapore, on the sidelines of the Asia Security Summit, also known as the Shangri-La Dialogue, reflected warming ties between Tokyo and Seoul since the South Korean government announced in March a plan to compensate victims of wartime forced labor without contributions from Japanese firms. The two ministers agreed to have working-level officials discuss the issue.

On Saturday, Hamada, Lee and U.S. Defense Secretary Lloyd Austin agreed to activate a system by the end of the year to share real-time data on North Korean missile launches.

Hamada also attended the first meeting of defense chiefs from Japan, the United States, Australia and the Philippines, where they agreed to deepen cooperation in the South China Sea.

Meanwhile, Austin and Chinese Defense Minister Li Shangfu shook hands at the opening dinner on Friday but did not hold substantive talks, after Beijing turned down a U.S. request for a formal meeting.

Related coverage:
Japan, U.S., Australia, Philippines defense chiefs meet for 1st time
China's Li warns against "NATO-like" alliances in Asia-Pacific

(Kyodo)
(c) Kyodo News 2023"""))

M.append(dict(id="h39-18", source="english.news.cn",
url="http://english.news.cn/20240615/5c8e0a1b7d2f4e3a9b6c1d2e3f4a5b6c/c.html",
published_at="2024-06-15", body="""Xinhua | English.news.cn

Chinese premier arrives in Adelaide for official visit to Australia

Source: Xinhua | 2024-06-15 16:48:20 | Editor: Zhang Wen

ADELAIDE, Australia, June 15 (Xinhua) -- Chinese Premier Li Qiang arrived in Adelaide on Saturday for an official visit to Australia and the ninth China-Australia Annual Leaders' Meeting, at the invitation of Australian Prime Minister Anthony Albanese.

In a written statement upon arrival, Li said that China and Australia are both important countries in the Asia-Pacific region, and that a sound and stable China-Australia relationship serves the fundamental interests of the two peoples.

China is ready to work with Australia to enhance mutual trust, expand exchanges and cooperation, and push for more progress in the comprehensive strategic partnership, Li said.

It is the first visit to Australia by a Chinese premier in seven years.

Li arrived from Wellington, having concluded an official visit to New Zealand. Australia is the second leg of the premier's three-nation tour, which will also take him to Malaysia.

During his stay in Australia, Li will co-chair the annual leaders' meeting with Albanese in Canberra, and visit Perth, where he is expected to meet business representatives.

Related:
- Chinese premier holds talks with New Zealand PM in Wellington
- China, Australia to boost cooperation in trade, climate action: spokesperson

(c) Xinhua News Agency. All rights reserved."""))

M.append(dict(id="h39-19", source="www3.nhk.or.jp",
url="https://www3.nhk.or.jp/nhkworld/en/news/20250207_02/",
published_at="2025-02-07", body="""NHK WORLD-JAPAN News

Ishiba arrives in Washington for first summit with Trump

Feb. 7, 2025 09:40 JST

Japanese Prime Minister Ishiba Shigeru has arrived in Washington for his first face-to-face summit with US President Donald Trump.

Ishiba landed at Joint Base Andrews near the US capital on Thursday evening, local time. He is scheduled to hold talks with Trump at the White House on Friday, followed by a working lunch.

The Japanese leader is expected to tell Trump that Japan has become the largest foreign investor in the United States and to seek to head off any tariffs on Japanese goods. Officials say he will also present plans to increase purchases of US liquefied natural gas.

The two leaders are also expected to confirm the importance of the Japan-US alliance and of cooperation with South Korea and the Philippines, in light of China's military buildup and North Korea's nuclear and missile programs.

Nippon Steel's bid to acquire U.S. Steel, which former President Joe Biden blocked in January, could also come up.

Ishiba and Trump spoke by phone in November, shortly after Trump won the election. Ishiba had hoped to meet him in person on his way home from South America later that month, but Trump's team declined, citing rules on dealing with foreign governments before the inauguration.

Ishiba told reporters before leaving Tokyo that he wanted to build "a relationship of trust" with the president.

Related
- Japan's Nikkei edges up ahead of Ishiba-Trump talks
- Trump signs order imposing tariffs on Canada, Mexico, China

The copyright of this content is held by NHK (Japan Broadcasting Corporation)."""))

M.append(dict(id="h39-20", source="abc.net.au",
url="https://www.abc.net.au/news/2025-09-16/pukpuk-treaty-signing-delayed-albanese-port-moresby/105781544",
published_at="2025-09-16", body="""ABC News

Defence treaty signing delayed as Albanese joins PNG's 50th independence celebrations

By Pacific affairs reporter Liam Tunney in Port Moresby

Posted Tue 16 Sep 2025 at 5:03pm

Prime Minister Anthony Albanese is in Port Moresby for Papua New Guinea's 50th anniversary of independence, but the signing of a landmark mutual defence treaty between the two countries has been put off.

Mr Albanese and PNG Prime Minister James Marape had been expected to sign the Pukpuk Treaty on Tuesday. Instead, they issued a joint communique saying the text had been agreed and would be signed once it had been approved by PNG's cabinet, which was unable to meet in time.

"We have agreed the text. This is a matter of process," Mr Albanese said. Mr Marape said he expected the treaty to be signed "within weeks".

The treaty would commit each country to come to the other's aid if attacked, and would allow PNG citizens to serve in the Australian Defence Force.

Earlier, Mr Albanese joined thousands of people at the Sir John Guise Stadium for the flag-raising ceremony marking 50 years since PNG became independent from Australia.

Mr Albanese is due to fly to Port Vila on Wednesday, where he and Vanuatu Prime Minister Jotham Napat are expected to sign the Nakamal Agreement, a $500 million package covering security, climate resilience and economic support.

He will then travel on to New York for the United Nations General Assembly.

Posted 5h ago

Related stories
- What is in the Pukpuk Treaty?
- Marape says PNG will not choose between Australia and China

Topics: Papua New Guinea, Anthony Albanese, Defence, Pacific"""))

M.append(dict(id="h39-21", source="rnz.co.nz",
url="https://www.rnz.co.nz/international/pacific-news/493731/solomon-islands-china-sign-police-cooperation-deal",
published_at="2023-07-11", body="""RNZ Pacific

Solomon Islands and China sign police cooperation deal during Sogavare's Beijing visit

5:08 pm on 11 July 2023

Solomon Islands Prime Minister Manasseh Sogavare and Chinese President Xi Jinping have agreed to upgrade ties to a "comprehensive strategic partnership", with the two governments signing a police cooperation plan among nine agreements in Beijing.

Sogavare met Xi at the Great Hall of the People on Monday, his first visit to China since Honiara switched diplomatic recognition from Taiwan to Beijing in 2019.

According to Chinese state media, Xi told Sogavare that China was willing to help Solomon Islands improve its capacity to maintain security, and the two leaders witnessed the signing of agreements on policing, trade, civil aviation and development cooperation.

Details of the policing plan were not released. China already has a small police liaison team in Honiara under a security agreement signed last year, which alarmed Australia, New Zealand and the United States.

Australia's Foreign Minister Penny Wong said Canberra had been "very clear" that security in the region should be provided by the Pacific family.

Solomon Islands opposition leader Matthew Wale said the public had been kept in the dark about what Sogavare was signing.

Sogavare's visit runs until Sunday and includes a stop in Guangdong province.

Related
- Pacific leaders to meet in Cook Islands in November
- Sogavare defends China policy in Parliament

RNZ Pacific | Copyright (c) 2023, Radio New Zealand"""))

M.append(dict(id="h39-22", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20211213004751315",
published_at="2021-12-13", body="""YONHAP NEWS

(LEAD) Moon, Morrison agree to elevate ties to comprehensive strategic partnership

2021-12-13 18:20

CANBERRA, Dec. 13 (Yonhap) -- President Moon Jae-in and Australian Prime Minister Scott Morrison agreed Monday to upgrade their countries' relations to a comprehensive strategic partnership, as Moon made the first state visit to Australia by a South Korean leader in 12 years.

The summit at Parliament House in Canberra came after a welcome ceremony hosted by Governor-General David Hurley.

The two sides signed memorandums of understanding on cooperation in critical minerals and low-emission technologies. Hanwha Defense signed a contract worth about 1 trillion won (850 million US dollars) to supply K9 self-propelled howitzers and ammunition resupply vehicles to the Australian Army, the largest defense export deal between the two countries.

At a joint press conference, Moon said his government was not considering a diplomatic boycott of the Beijing Winter Olympics, which Australia has joined.

"Australia is a key partner for our New Southern Policy and for peace on the Korean Peninsula," Moon said. Morrison called South Korea "a critical partner in the Indo-Pacific."

Moon will travel to Sydney on Tuesday to meet business leaders before returning home on Wednesday.

(END)

Most Viewed
1. Daily COVID-19 cases hit record as Omicron spreads
2. BTS to hold concert in Seoul in March

Copyright (c) Yonhap News Agency."""))

M.append(dict(id="h39-23", source="1news.co.nz",
url="https://www.1news.co.nz/2022/07/08/ardern-albanese-meet-in-sydney-as-tributes-flow-for-abe/",
published_at="2022-07-08", body="""1News
Politics

Ardern, Albanese meet in Sydney as tributes flow for Abe

8:52pm, Jul 8, 2022

By Maiki Sherwood, Political Reporter

Prime Minister Jacinda Ardern has held her first annual leaders' meeting with Anthony Albanese in Sydney, with Australia's policy of deporting New Zealanders under section 501 top of her list.

Albanese said Australia would apply "common sense" to the policy, particularly for people who had lived in Australia most of their lives but had no real ties to New Zealand. Ardern said she was pleased with the "shift in tone", but wanted to see changes in practice.

The two also discussed the Pacific, climate change and a pathway to citizenship for New Zealanders living in Australia.

Both leaders opened their joint press conference by paying tribute to former Japanese prime minister Shinzo Abe, who died after being shot in Nara on Friday. Ardern said she had met Abe several times and described him as "one of the first leaders to reach out to me" when she took office.

Ardern returns home on Saturday before heading to Suva next week for the Pacific Islands Forum leaders' meeting, which Albanese will also attend.

Watch: Ardern and Albanese's full press conference

Related
- Kiribati pulls out of Pacific Islands Forum on eve of meeting
- Petrol excise cut extended to August

Share: Facebook | X | Email

Copyright (c) 2022 TVNZ"""))

M.append(dict(id="h39-24", source="en.antaranews.com",
url="https://en.antaranews.com/news/287094/jokowi-marape-discuss-border-trade-in-port-moresby",
published_at="2023-07-05", body="""ANTARA News

Jokowi, Marape discuss border, trade in Port Moresby

5th July 2023 17:45

Port Moresby, PNG (ANTARA) - President Joko Widodo held bilateral talks with Papua New Guinea Prime Minister James Marape at APEC Haus in Port Moresby on Wednesday, discussing border security, trade and energy cooperation.

The visit is the first to PNG by an Indonesian president in several years. Jokowi and First Lady Iriana arrived at Jacksons International Airport on Wednesday morning and were welcomed with a military ceremony.

"Indonesia and Papua New Guinea share a long land border, and we want it to be a border of prosperity," Jokowi said after the meeting.

The two leaders witnessed the exchange of several memorandums of understanding, including on border management and health cooperation. Marape said PNG wanted to import more Indonesian goods and to learn from Indonesia's experience in developing its downstream mining industry.

Jokowi arrived in Port Moresby from Sydney, where he had held the annual leaders' meeting with Australian Prime Minister Anthony Albanese on Tuesday.

The president is scheduled to return to Jakarta on Wednesday evening.

Reporter: Rangga Pandu
Editor: Anton Santoso

Related news
- Indonesia, Australia agree to cooperate on EV battery supply chain
- Rupiah strengthens on positive sentiment

COPYRIGHT (c) ANTARA 2023"""))

M.append(dict(id="h39-25", source="jiji.com",
url="https://jen.jiji.com/jc/eng?g=eco&k=2024111600215",
published_at="2024-11-16", body="""JIJI PRESS

Ishiba, Xi Agree to Pursue Strategic Relationship in First Summit

Lima, Nov. 15 (Jiji Press)--Japanese Prime Minister Shigeru Ishiba and Chinese President Xi Jinping agreed Friday to promote a "mutually beneficial relationship based on common strategic interests" in their first in-person talks, held on the sidelines of the Asia-Pacific Economic Cooperation summit in the Peruvian capital.

During the roughly 30-minute meeting, Ishiba called for the early release of Japanese nationals detained in China and the resumption of Chinese imports of Japanese seafood. He also expressed serious concern about China's military activities near Japan.

Xi said the two countries should work to build "constructive and stable" relations.

Earlier on Friday, Ishiba held talks with South Korean President Yoon Suk Yeol, agreeing to cooperate closely in response to North Korea's troop deployment to Russia. Ishiba and Yoon then joined U.S. President Joe Biden for a trilateral meeting, where the three leaders agreed to set up a secretariat to coordinate their cooperation.

Ishiba will leave Lima for Rio de Janeiro on Sunday to attend the Group of 20 summit.

Related
- Ishiba Meets Peruvian President Boluarte
- Japan, Peru Sign Agreement on Critical Minerals

Jiji Press"""))

M.append(dict(id="h39-26", source="mofa.go.jp",
url="https://www.mofa.go.jp/a_o/ocn/au/pageite_000001_00612.html",
published_at="2024-10-04", body="""Ministry of Foreign Affairs of Japan

Japan-Australia Summit Telephone Talk

October 4, 2024

Japanese | English

On October 4, commencing at 6:45 p.m. for approximately 20 minutes, Mr. ISHIBA Shigeru, Prime Minister of Japan, held a summit telephone talk with the Hon. Anthony Albanese MP, Prime Minister of Australia. The overview of the talk is as follows.

1. At the outset, Prime Minister Albanese offered his congratulations on Prime Minister Ishiba's assumption of office. In response, Prime Minister Ishiba expressed his gratitude and stated that Australia is a "Special Strategic Partner" with which Japan shares fundamental values and strategic interests.

2. The two leaders confirmed that they would further strengthen bilateral security and defense cooperation, as well as cooperation in economic areas including energy and critical minerals.

3. The two leaders also exchanged views on regional situations, including North Korea, the East and South China Seas, and confirmed that they would continue to work closely together, including through the Japan-Australia-U.S. framework and the Quad.

4. The two leaders agreed to meet in person at the earliest opportunity.

Related Links
Japan-Australia Relations

Other Press Releases
- Japan-U.S. Summit Telephone Talk (October 2)
- Japan-ROK Summit Telephone Talk (October 2)

Back to Australia"""))
