# Medium wire-style stories (1,200-2,000 characters), h65-13 .. h65-26
M = []

M.append(dict(id="h65-13", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20211021004800325",
published_at="2021-10-21", body="""(LEAD) U.S. nuclear envoy Sung Kim to visit Seoul this weekend for talks on N. Korea

SEOUL, Oct. 21 (Yonhap) -- U.S. Special Representative for North Korea Sung Kim will travel to Seoul this weekend for talks with his South Korean counterpart on ways to bring Pyongyang back to dialogue, the foreign ministry said Thursday.

Kim is scheduled to arrive on Saturday for a four-day stay and hold talks with Noh Kyu-duk, Seoul's special representative for Korean Peninsula peace and security affairs, on Sunday, ministry spokesperson Choi Young-sam told a regular briefing.

The visit comes days after the North test-fired what it called a new submarine-launched ballistic missile (SLBM) off its east coast on Tuesday. It will be the envoys' second meeting in less than a week: Noh met Kim in Washington on Monday and discussed Seoul's proposal for a declaration formally ending the 1950-53 Korean War.

Noh also had phone talks with his Japanese counterpart, Takehiro Funakoshi, on Wednesday, in which the two agreed the SLBM launch was "regrettable" and pledged close three-way coordination with Washington, the ministry said.

Sung Kim, who doubles as U.S. ambassador to Indonesia, said after the Washington meeting that the U.S. had "no hostile intent" toward the North and was open to meeting "without preconditions."

The U.N. Security Council held closed-door consultations on the launch on Wednesday.

(END)

Keywords: #nuclear envoy #Sung Kim #Noh Kyu-duk #SLBM

Most Liked
N. Korea says it tested new SLBM from submarine
BTS' 'Butter' tops Billboard Hot 100 for 10th week
Moon, Biden to meet on G20 sidelines? Cheong Wa Dae says nothing decided

(C) Yonhap News Agency. All Rights Reserved"""))

M.append(dict(id="h65-14", source="japantoday.com",
url="https://japantoday.com/category/politics/kamikawa-wang-hold-talks-in-laos",
published_at="2024-07-26", body="""Japan Today

Politics

Kamikawa, Wang hold talks in Laos, spar over seafood ban and buoy

VIENTIANE
Japanese Foreign Minister Yoko Kamikawa and her Chinese counterpart Wang Yi held talks Friday on the sidelines of a series of ASEAN-related meetings in the Lao capital Vientiane, with Kamikawa again calling on Beijing to lift its blanket ban on Japanese seafood.

Kamikawa also demanded the swift removal of a Chinese buoy placed within Japan's exclusive economic zone near the Senkaku Islands and the early release of detained Japanese nationals, a Japanese official said. Wang said the two countries should "properly manage differences."

Earlier in the day Kamikawa met South Korean Foreign Minister Cho Tae-yul and agreed to keep up close communication on North Korea ahead of a change of government in Washington next year.

Wang is scheduled to hold talks with U.S. Secretary of State Antony Blinken on Saturday, their third meeting this year.

Blinken and Defense Secretary Lloyd Austin are set to arrive in Tokyo on Sunday for "two-plus-two" security talks with Kamikawa and Defense Minister Minoru Kihara, expected to focus on upgrading U.S. Forces Japan into a joint force headquarters. The two U.S. secretaries will then go to Manila.

The ASEAN Regional Forum, which includes North Korea, will be held on Saturday.

© KYODO

34 Comments | Login to comment

Related: Japan's cabinet approval rating slips to 15.5%
Sponsored: Learn Japanese online, first lesson free"""))

M.append(dict(id="h65-15", source="english.news.cn",
url="https://english.news.cn/20240819/3f1d0e8c2a4b4e5c9c8d7b6a5f4e3d2c/c.html",
published_at="2024-08-19", body="""Xi holds talks with To Lam, pledges to build China-Vietnam community with shared future

Source: Xinhua | Editor: huaxia | 2024-08-19 21:40:16

BEIJING, Aug. 19 (Xinhua) -- Xi Jinping, general secretary of the Communist Party of China (CPC) Central Committee and Chinese president, held talks with To Lam, general secretary of the Communist Party of Vietnam (CPV) Central Committee and Vietnamese president, in Beijing on Monday.

To Lam is paying a state visit to China from Sunday to Tuesday, his first overseas trip since being elected CPV general secretary earlier this month.

Xi said China and Vietnam are good comrades and good partners, and that the traditional friendship between the two parties and two countries was "forged and tended by the older generation of leaders."

Xi called on both sides to strengthen strategic communication, speed up connectivity in railways, highways and ports, and expand cooperation in new areas such as critical minerals, new energy and artificial intelligence.

To Lam said Vietnam always regards its relationship with China as a strategic choice and top priority in its foreign policy.

After the talks, the two leaders witnessed the signing of 14 cooperation documents.

Before arriving in Beijing, To Lam visited Guangzhou, where he paid tribute at sites linked to President Ho Chi Minh's revolutionary activities.

Chinese Premier Li Qiang and top legislator Zhao Leji will also meet with the Vietnamese leader during the visit. Enditem

Photo: Chinese President Xi Jinping holds a welcome ceremony for To Lam at the Great Hall of the People in Beijing, Aug. 19, 2024. (Xinhua/Ding Haitao)

Other news:
Wang Yi holds phone talks with acting Iranian FM
Chinese premier to pay official visit to Russia, Belarus
Heat wave grips southern China

Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h65-16", source="focustaiwan.tw",
url="https://focustaiwan.tw/politics/202412030010",
published_at="2024-12-03", body="""POLITICS

Lai arrives in Tuvalu on second leg of Pacific trip

12/03/2024 04:12 PM

Funafuti, Dec. 3 (CNA) President Lai Ching-te (賴清德) arrived in Tuvalu on Tuesday for the second leg of his first overseas trip since taking office, after a two-day stay in the Marshall Islands.

Lai was greeted at Funafuti International Airport by Prime Minister Feleti Teo, who placed a garland around his neck before a welcome ceremony attended by several thousand residents. The two leaders held talks and signed a maritime surveillance cooperation agreement and a joint communique pledging closer cooperation on climate change and digital infrastructure.

In Majuro, where he spent Monday and part of Tuesday, Lai held talks with President Hilda Heine and addressed the Nitijela, the Marshall Islands parliament.

Lai will make a stopover in the U.S. territory of Guam on Wednesday before going to Palau, where he is scheduled to meet President Surangel Whipps Jr. on Thursday. He began the trip with a two-night stop in Honolulu, where he met Hawaii Governor Josh Green and spoke by phone with U.S. House Speaker Mike Johnson.

China's Ministry of Foreign Affairs said it "firmly opposes" any form of official exchange between the U.S. and Taiwan and warned Washington against sending "wrong signals."

Taiwan has 12 diplomatic allies, three of them in the Pacific.

(By Wen Kuei-hsiang and Evelyn Yang)
Enditem/AW

Related News
12/02/2024 President Lai meets Marshall Islands' Heine in Majuro
12/01/2024 Lai tours Pearl Harbor, thanks U.S. for support
11/30/2024 China holds drills near Taiwan as Lai departs? MND says no sign yet

Copyright © 2024 Central News Agency. All Rights Reserved."""))

M.append(dict(id="h65-17", source="bernama.com",
url="https://www.bernama.com/en/news.php?id=2380116",
published_at="2025-01-07", body="""BERNAMA

FBM KLCI 1,606.72 ▼ -4.11 | USD/MYR 4.4975 | Crude palm oil RM4,398

Japanese PM Ishiba to make official visit to Malaysia Jan 9-10 - Wisma Putra

KUALA LUMPUR, Jan 7 (Bernama) -- Japanese Prime Minister Shigeru Ishiba will make an official visit to Malaysia from Thursday to Friday, his first trip to Southeast Asia since taking office in October, the Ministry of Foreign Affairs (Wisma Putra) said today.

In a statement, Wisma Putra said Ishiba will be accorded an official welcome ceremony at Perdana Putra in Putrajaya on Friday, followed by a bilateral meeting with Prime Minister Datuk Seri Anwar Ibrahim.

The two leaders are expected to discuss trade and investment, energy transition, semiconductors and defence cooperation, as well as regional issues as Malaysia takes over the ASEAN chairmanship this year.

Anwar and Ishiba last met on the sidelines of the APEC Economic Leaders' Meeting in Lima, Peru, in November.

Japan is among Malaysia's largest trading partners and sources of foreign investment.

In Tokyo, Chief Cabinet Secretary Yoshimasa Hayashi told reporters that Ishiba would travel on to Indonesia after Malaysia for talks with President Prabowo Subianto in Bogor on Saturday.

-- BERNAMA

Related news
Anwar to attend World Economic Forum in Davos
Malaysia, Singapore ink Johor-Singapore Special Economic Zone pact
Tok Mat: Wisma Putra ready for ASEAN chairmanship

Download the Bernama app | Follow us on WhatsApp Channel"""))

M.append(dict(id="h65-18", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/74987",
published_at="2024-09-03", body="""President of Russia

Events / News

Russian-Mongolian talks

September 3, 2024, 11:20, Ulaanbaatar

Vladimir Putin, who is in Mongolia on an official visit, held talks with President of Mongolia Ukhnaagiin Khurelsukh.

The talks began in a restricted format and continued with the participation of the two countries' delegations.

The agenda includes the current state and prospects of Russian-Mongolian relations of comprehensive strategic partnership, with an emphasis on cooperation in energy, transport and logistics, and supplies of fuel and lubricants, as well as pressing international and regional issues.

Earlier, an official welcome ceremony for the President of Russia took place on Sukhbaatar Square.

The visit is timed to the 85th anniversary of the joint victory of Soviet and Mongolian troops over Japanese militarists at the Khalkhin Gol River.

Following the talks, a number of bilateral documents were signed, including an agreement on the supply of aviation fuel and an agreement on the modernisation of Ulaanbaatar's Thermal Power Plant No. 3.

Vladimir Putin: Mr President, friends,

I am sincerely happy to be in Mongolia again. I would like to thank you for the invitation and for the warm welcome. Our relations have deep roots, and the memory of Khalkhin Gol unites our peoples.

Ukhnaagiin Khurelsukh: Mr President, welcome to Mongolia. This year we mark the 85th anniversary of the Khalkhin Gol victory, and your visit is of great importance to us.

<...>

Publication status: Published in sections: News, Transcripts
Publication date: September 3, 2024, 11:20
Direct link: en.kremlin.ru/d/74987

See also:
Telephone conversation with President of Azerbaijan Ilham Aliyev
Meeting with Governor of Zabaikalsky Territory Alexander Osipov"""))

M.append(dict(id="h65-19", source="en.antaranews.com",
url="https://en.antaranews.com/news/333521/prabowo-xi-agree-to-deepen-comprehensive-strategic-partnership",
published_at="2024-11-09", body="""ANTARA News

Prabowo, Xi agree to deepen comprehensive strategic partnership

9th November 2024 21:07 WIB

Beijing (ANTARA) - President Prabowo Subianto and Chinese President Xi Jinping on Saturday agreed to deepen the comprehensive strategic partnership between Indonesia and China, during talks at the Great Hall of the People in Beijing on the Indonesian leader's first overseas trip as head of state.

Prabowo said Indonesia wanted to learn from China's success in poverty eradication and food security, and asked for Beijing's support for his free nutritious meals programme for schoolchildren.

Xi said China regards Indonesia as an important partner and welcomed the new government's commitment to continuing cooperation, including on the Jakarta-Bandung high-speed railway.

Both sides issued a joint statement, and business agreements worth about US$10 billion were signed at the Indonesia-China Business Forum on Sunday, Foreign Minister Sugiono said.

Prabowo arrived in Beijing on Friday and also met Premier Li Qiang and National People's Congress Standing Committee Chairman Zhao Leji.

From China, the president will fly to Washington, D.C., where he is scheduled to meet President Joe Biden at the White House on Tuesday.

The tour will then take him to Lima for the APEC Economic Leaders' Meeting, Rio de Janeiro for the G20 summit and London, where he will hold talks with Prime Minister Keir Starmer.

Reporter: Yashinta Difa
Editor: Rahmad Nasution
Copyright © ANTARA 2024

Related news:
Sugiono, Wang Yi discuss Palestine, trade
Indonesia's BRICS bid: govt says process under way"""))

M.append(dict(id="h65-20", source="pna.gov.ph",
url="https://www.pna.gov.ph/articles/1219540",
published_at="2024-02-29", body="""Philippine News Agency

PBBM, Albanese sign pacts on maritime, cyber cooperation in Canberra

By Ruth Abbey Gita-Carlos  February 29, 2024, 4:35 pm

CANBERRA – President Ferdinand R. Marcos Jr. and Australian Prime Minister Anthony Albanese on Thursday witnessed the signing of agreements on maritime cooperation, cybersecurity and competition policy, as the two leaders vowed to uphold a "rules-based order" in the South China Sea.

Marcos, who arrived in Canberra on Wednesday for a two-day state visit, earlier became the first Philippine president to address a joint sitting of the Australian Parliament.

"I will not allow any attempt by any foreign power to take even one square inch of our sovereign territory," Marcos told lawmakers, drawing a standing ovation.

Albanese said Australia and the Philippines had "never been closer," noting joint sails by their navies in the South China Sea since his own visit to Manila in September.

Presidential Communications Office Secretary Cheloy Garafil said the President would return to Melbourne next week for the ASEAN-Australia Special Summit from March 4 to 6, marking 50 years of ASEAN-Australia dialogue relations.

Marcos also met Governor-General David Hurley and members of the Filipino community in Canberra.

PNA

(Photo courtesy of PCO)

Related:
PBBM to visit Vietnam? DFA says no dates set
DA: Rice prices seen easing by March

Share: Facebook | X | Viber"""))

M.append(dict(id="h65-21", source="news24.com",
url="https://www.news24.com/news24/world/news/chinas-wang-yi-starts-africa-tour-in-egypt-calls-for-gaza-ceasefire-20240114",
published_at="2024-01-14", body="""News24

World / News

China's Wang Yi starts Africa tour in Egypt, calls for Gaza ceasefire

AFP
14 Jan 2024

Chinese Foreign Minister Wang Yi on Sunday called for an immediate ceasefire in Gaza as he held talks in Cairo with his Egyptian counterpart Sameh Shoukry, at the start of a tour that will also take him to Tunisia, Togo and Ivory Coast.

Wang, who arrived in the Egyptian capital on Saturday, said the two ministers had agreed that the "collective punishment" of Gaza's population must stop and that more humanitarian aid should be allowed in through the Rafah crossing.

In a joint statement, Beijing and Cairo called for a "more authoritative" international peace conference to revive the two-state solution.

Shoukry said Egypt valued China's position on the Palestinian cause, and the two sides also discussed attacks by Yemen's Huthi rebels on shipping in the Red Sea, which have cut revenue from the Suez Canal.

Wang also met Arab League chief Ahmed Aboul Gheit.

China's foreign ministers have made Africa the destination of their first overseas trip of the year for 34 years running, a tradition Beijing says reflects the importance it attaches to the continent.

Wang is due in Tunis on Monday before heading to Lome and Abidjan later in the week, according to China's foreign ministry spokesperson Mao Ning. Ivory Coast is hosting the Africa Cup of Nations football tournament, which kicked off on Saturday in a stadium built by a Chinese firm.

- AFP

Read more:
Sisi, Jordan's King Abdullah discuss Gaza in phone call
Tinubu to visit France? Presidency says no date set
Rand slips as US inflation data surprises

Get the biggest daily news stories delivered to your inbox. Sign up

Comments are closed for this article."""))

M.append(dict(id="h65-22", source="apnews.com",
url="https://apnews.com/article/trump-carney-white-house-canada-tariffs-51st-state-a4c1f7b2",
published_at="2025-05-06", body="""AP

POLITICS

Carney tells Trump in Oval Office that Canada 'won't be for sale, ever'

By AP staff
Updated 5:41 PM EDT, May 6, 2025

WASHINGTON (AP) - Canadian Prime Minister Mark Carney told President Donald Trump to his face on Tuesday that Canada "won't be for sale, ever," as the two leaders met at the White House a week after Carney's Liberal Party won an election fought largely over Trump's threats.

Trump, sitting beside Carney in the Oval Office, repeated his view that Canada would be better off as the 51st U.S. state, prompting Carney's reply that "there are some places that are never for sale." "Never say never," Trump said.

The president said nothing Carney could say would lead him to lift tariffs on Canadian goods "right now," but both men described the meeting, which continued over lunch, as constructive. Carney said afterward that he had begun "complex discussions" on trade and security and that he did not expect "white smoke" from a single visit.

It was their first in-person meeting. The two leaders had a phone call in late March that both described as productive, after weeks in which Trump had refused to deal with Carney's predecessor Justin Trudeau as a national leader.

Carney was accompanied by ministers including Dominic LeBlanc, who is in charge of Canada-U.S. trade.

Canada will host the Group of Seven summit in Kananaskis, Alberta, in June, which Trump is expected to attend.

Copyright 2025 The Associated Press. All Rights Reserved.

Most read
Trump says 100% tariff on foreign films under consideration
India, Pakistan trade fire along Kashmir line
Germany's Merz fails in first vote for chancellor"""))

M.append(dict(id="h65-23", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20230726008751315",
published_at="2023-07-26", body="""(3rd LD) N. Korean leader Kim meets Russian defense minister; Chinese delegation arrives in Pyongyang

SEOUL, July 26 (Yonhap) -- North Korean leader Kim Jong-un met Russian Defense Minister Sergei Shoigu in Pyongyang on Wednesday and received a letter from President Vladimir Putin, state media reported, as Russia and China sent delegations for the 70th anniversary of the Korean War armistice.

Shoigu arrived in the North on Tuesday leading a military delegation, the first visit by a Russian defense minister since the Soviet Union's collapse, and held talks with his North Korean counterpart Kang Sun-nam, the Korean Central News Agency said.

Kim and Shoigu discussed "matters of mutual concern in the field of national defense and security," KCNA said, without elaborating. Kim later showed the Russian visitors an exhibition of weapons that included the North's new Hwasong intercontinental ballistic missiles, according to photos released by the state media.

A Chinese delegation led by Li Hongzhong, vice chairman of the Standing Committee of China's National People's Congress and a member of the Communist Party's Politburo, also arrived in Pyongyang on Wednesday, KCNA said. It is the first known visit by senior Chinese officials since the pandemic.

The two delegations are expected to attend a military parade on Thursday, which the North calls "Victory Day."

Seoul's unification ministry said it was watching whether the visits would lead to a broader arms deal. Washington has accused Pyongyang of supplying artillery shells to Russia, which both countries deny.

(END)

Keywords: #North Korea #Shoigu #Li Hongzhong #armistice anniversary

Related
U.S. soldier who crossed into N. Korea still silent, Pentagon says
N. Korea fires two ballistic missiles into East Sea

(C) Yonhap News Agency. All Rights Reserved"""))

M.append(dict(id="h65-24", source="mofa.go.kr",
url="https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=321844",
published_at="2024-05-14", body="""Ministry of Foreign Affairs, Republic of Korea

Press Releases

Outcome of Korea-China Foreign Ministers' Meeting

Date: 2024-05-14  Hit: 1893

1. Minister of Foreign Affairs Cho Tae-yul, on his visit to China from May 13 to 14, held a Korea-China Foreign Ministers' Meeting with Member of the Political Bureau of the CPC Central Committee and Minister of Foreign Affairs Wang Yi in Beijing on May 13, followed by a dinner hosted by Minister Wang. It was the first visit to Beijing by a Korean foreign minister in six and a half years.

2. The two Ministers held candid and in-depth discussions for about four hours on the development of Korea-China relations, regional and global issues of mutual interest, and Korea-China-Japan trilateral cooperation.

3. Minister Cho noted that the two countries should develop the Korea-China Strategic Cooperative Partnership in a mature and healthy manner based on mutual respect and common interests. The two Ministers agreed to step up high-level exchanges and to strengthen communication through various channels, including a diplomatic-security dialogue.

4. Minister Cho asked for China's constructive role on North Korea's nuclear and missile programs and its ongoing military cooperation with Russia. He also asked for cooperation on the protection of the North Korean defectors in China.

5. The two Ministers agreed to work closely together for the success of the Korea-China-Japan Summit to be held in Seoul later this month, which Premier Li Qiang is expected to attend.

6. On May 14, Minister Cho also met Korean businesspeople in Beijing before returning to Seoul. End.

Attachment: photo (1)

Other news
- First Vice Minister Kim Hong-kyun receives courtesy call from newly appointed Ambassador of Mongolia to Korea
- Minister Cho Tae-yul holds phone conversation with Secretary of State Antony Blinken
- Results of the 7th Korea-Central Asia Cooperation Forum

Print | List"""))

M.append(dict(id="h65-25", source="pm.gov.au",
url="https://www.pm.gov.au/media/australia-tuvalu-falepili-union",
published_at="2023-11-10", body="""Prime Minister of Australia

Media release

Australia-Tuvalu Falepili Union

10 November 2023

Prime Minister The Hon Anthony Albanese MP

Today I was proud to sign the Australia-Tuvalu Falepili Union with the Prime Minister of Tuvalu, the Hon Kausea Natano MP, on the margins of the Pacific Islands Forum Leaders Meeting in Rarotonga, Cook Islands.

The Falepili Union is a ground-breaking bilateral agreement, the first of its kind. Falepili is a Tuvaluan word that reflects traditional values of good neighbourliness, care and mutual respect.

Under the treaty, Australia will offer a special mobility pathway for citizens of Tuvalu to live, study and work in Australia, with up to 280 places each year.

Australia also commits to assist Tuvalu in responding to a major natural disaster, a public health pandemic or military aggression, and to provide an additional $16.9 million for the Tuvalu Coastal Adaptation Project, which will expand the land area of the capital Funafuti by around six per cent.

Australia and Tuvalu will mutually agree on any partnership, arrangement or engagement by Tuvalu with any other state or entity on security and defence-related matters.

Our Governments will work together to implement the treaty as soon as possible, following domestic processes in both countries.

I thank Prime Minister Natano for his leadership and friendship, and the people of Tuvalu for their trust.

I also thank the Prime Minister of the Cook Islands, the Hon Mark Brown, for hosting this week's Forum and for his warm Cook Islands welcome.

Media enquiries: PM's Office

Transcripts | Media releases | Subscribe

Related
Joint statement by the Prime Minister of Australia and the President of the United States
Visit to the People's Republic of China"""))

M.append(dict(id="h65-26", source="astanatimes.com",
url="https://astanatimes.com/2024/07/tokayev-xi-hold-talks-in-astana-sign-agreements/",
published_at="2024-07-03", body="""The Astana Times

USD/KZT 473.44 | EUR/KZT 507.12 | Brent $86.24

Tokayev, Xi Hold Talks in Astana, Open Transport Terminal by Video

By Aigerim Sadykova in Diplomacy on 3 July 2024

ASTANA - Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping held talks in Astana on July 2 during Xi's state visit to Kazakhstan, which precedes the Shanghai Cooperation Organization (SCO) summit being held in the capital on July 3-4, Kazinform reported.

The two leaders discussed trade, energy, transport and logistics, and agreed to aim for bilateral trade of $40 billion. They took part via video link in the launch of the China-Europe Xi'an terminal's freight route through Kazakhstan and signed a joint statement on deepening the comprehensive strategic partnership.

Several intergovernmental agreements were signed, including on the Beijing-based Kazakh cultural center and on tourism.

On July 3, on the sidelines of the SCO summit, Xi also held a bilateral meeting with Russian President Vladimir Putin, the leaders' second this year after Putin's May state visit to China.

After the summit, Xi will travel to Dushanbe for a state visit to Tajikistan from July 4 to July 6, where he is set to hold talks with President Emomali Rahmon.

Putin, Turkish President Recep Tayyip Erdogan, Pakistani Prime Minister Shehbaz Sharif and Belarusian President Alexander Lukashenko are among the leaders in Astana. Belarus is due to join the SCO as its tenth member state.

Read also:
Tokayev, Erdogan discuss Middle Corridor on SCO sidelines
Kazakhstan's inflation slows to 8.4% in June

Subscribe to our weekly newsletter | Share"""))
