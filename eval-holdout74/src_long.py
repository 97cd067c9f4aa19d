# Long pages (2,500-4,500 characters), h74-01 .. h74-12
A = []

A.append(dict(id="h74-01", source="timesofisrael.com",
url="https://www.timesofisrael.com/modi-and-netanyahu-sign-seven-deals-on-historic-visit/",
published_at="2017-07-05", body="""Sign up for our free daily edition and never miss the top headlines | Sign up

THE TIMES OF ISRAEL
ISRAEL & THE REGION

Modi and Netanyahu sign seven deals, launch innovation fund on historic visit

Indian leader, the first sitting prime minister from New Delhi to come to Israel, spends second day of trip in Jerusalem; ties upgraded to 'strategic partnership'

By Raphael Ben-Ari
5 July 2017, 6:14 pm | 47 comments

Prime Minister Benjamin Netanyahu, right, and Indian Prime Minister Narendra Modi shake hands at the Prime Minister's Office in Jerusalem, July 5, 2017. (Haim Zach/GPO)

Prime Minister Benjamin Netanyahu and his Indian counterpart Narendra Modi signed seven agreements on Wednesday covering water conservation, agriculture and space research, as the Indian leader's three-day visit moved from ceremony to substance.

The two men met for about an hour and a half at the Prime Minister's Office in Jerusalem, first alone and then with their delegations, before telling reporters that relations were being raised to the level of a strategic partnership.

"We are two ancient peoples and two young democracies," Netanyahu said. Modi, speaking in Hindi, said the two governments had "exchanged views on the threats to peace and security" and had agreed to do more together against terrorism.

Among the accords is a $40 million fund for industrial research and development, to which each side will put $20 million over five years. Other documents cover cooperation on atomic clocks and on electric propulsion for small satellites between the Indian Space Research Organisation and the Israel Space Agency, and a plan for water management in Uttar Pradesh.

Modi landed at Ben Gurion Airport on Tuesday afternoon, where Netanyahu broke with protocol to meet him on the tarmac, an honour he has usually kept for American presidents and the pope. "Aap ka swagat hai, mere dost," Netanyahu said in Hindi - welcome, my friend. The two then visited a flower farm near Kibbutz Yad Mordechai, and in the evening Modi laid a wreath at the Yad Vashem Holocaust memorial.

On Wednesday morning Modi called on President Reuven Rivlin, who paid a state visit to India in November, at the President's Residence. In the afternoon he met Moshe Holtzberg, who was two years old when his parents were killed in the 2008 attack on the Chabad house in Mumbai.

The trip is the first by an Indian prime minister in the 25 years since the two countries set up full diplomatic relations. Unusually for a leader visiting Israel, Modi will not go to Ramallah. He hosted Palestinian Authority President Mahmoud Abbas in New Delhi in May, and officials in the Indian capital stress that support for a Palestinian state is unchanged.

Netanyahu accepted an invitation to visit India, Indian Foreign Secretary S. Jaishankar told reporters at a briefing in Jerusalem, adding that no dates had been set.

Israeli defense firms, which already sell India about $1 billion worth of equipment a year, were not part of the public agreements, but an Israeli official said the subject had come up "in a general way".

Modi was to address thousands of members of the Indian community at the Tel Aviv convention center on Wednesday evening. On Thursday he and Netanyahu are to visit a mobile desalination unit on the beach at Olga and the cemetery in Haifa where Indian soldiers killed in the First World War are buried, before Modi flies on to Hamburg for the Group of 20 summit.

Read more:
Trump and Putin to hold first face-to-face meeting on G20 sidelines Friday
Netanyahu to hold cabinet session on Western Wall prayer row

Tags: Narendra Modi, Benjamin Netanyahu, India, Israel-India ties

Share: Facebook | Twitter | WhatsApp | Email

Join our community: Times of Israel Community. Support our independent journalism - become a member.
© 2017 The Times of Israel, All rights reserved"""))

A.append(dict(id="h74-02", source="japantimes.co.jp",
url="https://www.japantimes.co.jp/news/2016/12/28/national/politics-diplomacy/abe-obama-pearl-harbor-reconciliation/",
published_at="2016-12-28", body="""The Japan Times | Subscribe | Log in
NIKKEI 225 19,401.72 ▼ -2.07 | USD/JPY 117.38 | TOPIX 1,536.92 ▼ -0.71

NATIONAL / POLITICS & DIPLOMACY

Abe and Obama honor war dead at Pearl Harbor, hail 'power of reconciliation'

by Kenji Moriyama, Staff Writer
Dec 28, 2016 | Article history

Prime Minister Shinzo Abe and U.S. President Barack Obama lay wreaths at the USS Arizona Memorial in Pearl Harbor, Hawaii, on Tuesday. | KYODO

HONOLULU - Prime Minister Shinzo Abe and U.S. President Barack Obama stood side by side at the USS Arizona Memorial on Tuesday, laying wreaths for the sailors and Marines killed in Japan's 1941 attack on Pearl Harbor in a gesture both leaders said showed how former enemies can become the closest of allies.

"We must never again repeat the horrors of war," Abe said in a speech on the pier facing the sunken battleship, offering "sincere and everlasting condolences" to the souls of those who died. He did not apologize for the attack, which drew the United States into World War II, and Japanese officials had said in advance that he would not.

Obama called the visit "a historic gesture" and said it was a reminder that "even when hatred burns hottest," nations can choose friendship. "The fruits of peace always outweigh the plunder of war," he said.

Before the ceremony, the two leaders held what officials described as their last summit meeting at the headquarters of the U.S. Pacific Command at Camp H.M. Smith. They discussed North Korea's nuclear and missile programs and the alliance, and Abe thanked Obama for his work over the past four years, according to Deputy Chief Cabinet Secretary Koichi Hagiuda.

Abe, who arrived in Honolulu on Monday, is the first sitting Japanese prime minister to visit the memorial built over the wreck of the Arizona, where more than 1,100 crew members remain entombed. On Monday he laid wreaths at the National Memorial Cemetery of the Pacific, known as the Punchbowl, at a memorial to Japanese immigrants and at a monument to the victims of the Ehime Maru, a fisheries training ship that sank in 2001 after being struck by a U.S. submarine.

The trip returns Obama's visit to Hiroshima in May, when he became the first sitting U.S. president to go to the city destroyed by the atomic bomb.

Abe's attention is already shifting to the incoming administration. He met President-elect Donald Trump at Trump Tower in New York in November, the first foreign leader to do so, and Tokyo is trying to arrange an early summit after the Jan. 20 inauguration, though Chief Cabinet Secretary Yoshihide Suga said no date had been set.

The Hawaii trip also comes less than two weeks after Abe hosted Russian President Vladimir Putin at a hot-spring inn in his home prefecture of Yamaguchi and in Tokyo. Those talks produced an agreement to discuss joint economic activities on the disputed islands off Hokkaido, but no movement on a peace treaty.

In Beijing, Foreign Ministry spokeswoman Hua Chunying said Japan should not try to "whitewash" its past and pointed to the Nanjing Massacre, saying that a "reflection at Pearl Harbor" could not replace sincerity toward Asian neighbors.

Abe was to fly back to Tokyo on Wednesday. Government sources said he is considering trips to the Philippines and Australia in January.

Keywords: Shinzo Abe, Barack Obama, Pearl Harbor, Japan-U.S. relations, World War II

Most Popular
Abe, Trump agree to meet soon after inauguration
Japan's Cabinet approves record ¥97.45 trillion budget

Share: Facebook | Twitter | LINE | Email

We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies. OK
Copyright 2016 The Japan Times Ltd. All rights reserved."""))

A.append(dict(id="h74-03", source="theguardian.com",
url="https://www.theguardian.com/world/2015/oct/21/uk-china-deals-xi-jinping-cameron-downing-street-talks",
published_at="2015-10-21", body="""Xi Jinping state visit

UK and China sign £40bn of deals as Xi and Cameron hold Downing Street talks

Hinkley Point nuclear agreement is centrepiece, but prime minister says he raised steel dumping as Chinese president sidesteps question on human rights

Rowena Castleton and Tom Ashcombe
Wed 21 Oct 2015 18.32 BST

David Cameron and Xi Jinping at a press conference at the Foreign Office in London. Photograph: Toby Marchant/PA

David Cameron and Xi Jinping have announced almost £40bn of trade and investment deals after talks in Downing Street, including the go-ahead for Chinese state-backed investment in the first new British nuclear power station in a generation.

The Chinese president, on the second full day of a four-day state visit, spent around two hours at No 10 with the prime minister, ministers and officials. Both governments spoke of a "golden era" in relations.

Under the agreement signed by EDF and China General Nuclear, the Chinese firm will take a 33.5% stake in the £18bn Hinkley Point C plant in Somerset, with a view to building a Chinese-designed reactor at Bradwell in Essex later. Other deals announced on Wednesday range from aircraft engines to a Chinese-funded theme park.

At a joint press conference at the Foreign Office, Cameron said he had raised the crisis in the British steel industry, where thousands of jobs are being cut, and the dumping of cheap Chinese steel. "We had a good and frank discussion about it," he said.

Asked by the BBC why the British people should welcome a deeper relationship with a country that locks up its critics, Xi said China "attaches great importance to the protection of human rights" and that there was "always room for improvement". He did not answer a second question about steel.

Xi and his wife, Peng Liyuan, were welcomed on Tuesday by the Queen at Horse Guards Parade before riding to Buckingham Palace in a carriage. The president addressed MPs and peers in the Royal Gallery in the afternoon and attended a state banquet in the evening, at which the Queen spoke of relations reaching "unprecedented heights".

On Thursday Xi will travel with Cameron to Chequers, the prime minister's country residence, for private talks over dinner, with a visit to a village pub planned. On Friday he goes to Manchester, where he is expected to tour the City Football Academy and visit the National Graphene Institute with the chancellor, George Osborne, before flying home.

The visit follows Xi's state visit to the United States last month, when he was hosted by Barack Obama at the White House and the two sides agreed on cyber-theft.

Critics, including Labour and human rights groups, said the government was playing down concerns about Tibet, Hong Kong and security for the sake of investment. A Downing Street spokeswoman said the UK could "both have a strong relationship and raise difficult issues".

Related
Merkel to fly to Beijing next week as Europe courts Chinese investment
Hinkley Point: what is it and why is it controversial?
Protesters and well-wishers line the Mall for Xi's arrival

Since you're here ... we have a small favour to ask. More people are reading the Guardian than ever but advertising revenues are falling. Support the Guardian from as little as £1 - it only takes a minute.

Topics: Xi Jinping | China | David Cameron | Foreign policy | Nuclear power

Share on Facebook | Share on Twitter | Share via Email
1,204 comments

Most viewed in World news"""))

A.append(dict(id="h74-04", source="france24.com",
url="https://www.france24.com/en/20171128-macron-burkina-faso-students-no-more-french-africa-policy",
published_at="2017-11-28", body="""FRANCE 24 | Africa

Macron tells Burkina Faso students there is 'no longer a French policy for Africa'

Issued on: 28/11/2017 - 21:05 | Modified: 28/11/2017 - 21:40
Text by: FRANCE 24 with AFP

French President Emmanuel Macron shakes hands with Burkinabe President Roch Marc Christian Kaboré at the presidential palace in Ouagadougou on November 28, 2017. © Ludovic Marin, AFP

Advertising

French President Emmanuel Macron told students in Ouagadougou on Tuesday that France no longer had an "Africa policy" of its own and that the colonial past should be recognised without being used as an excuse, in a speech opening his first tour of sub-Saharan Africa since he took office in May.

In front of around 800 students at the University of Ouagadougou, Macron promised to declassify French documents on the 1987 assassination of Thomas Sankara and to make it easier for young Africans to obtain visas to study in France. The question-and-answer session that followed was at times heated, and drew laughter when Macron joked that President Roch Marc Christian Kaboré, who had left the room, had gone "to fix the air conditioning".

Macron then held talks with Kaboré at Kosyam palace, focusing on security in the Sahel, where France has some 4,000 troops deployed under Operation Barkhane, and on the joint force being set up by five regional countries. The two presidents said afterwards that they had "exchanged views" on the jihadist threat and on migration.

Hours before Macron landed on Monday evening, a grenade was thrown at a French army vehicle in the capital, injuring two civilians. Ouagadougou was hit by deadly attacks on a hotel and café in January 2016 and again in August this year.

On Wednesday, the French leader heads to Abidjan in Ivory Coast for the African Union-European Union summit, which opens that day and where migration and the slave auctions of migrants exposed in Libya are expected to dominate discussions. The Elysée said he would also visit French troops at the Port-Bouët base.

On Thursday Macron will travel to Accra for talks with Ghanaian President Nana Akufo-Addo, a rare stop by a French president in an English-speaking African country, aides said.

It is Macron's first trip south of the Sahara since a visit to French troops in Gao, northern Mali, days after his inauguration in May.

Opposition figures in Burkina Faso said the speech, however well received in the hall, would be judged on what follows. "We have heard many French presidents come and talk about a new relationship," one student leader told FRANCE 24.

Daily newsletter
Receive essential international news every morning
Subscribe

Read more
Libya says it has opened inquiry into migrant slave auctions
Sahel force G5 holds first operation on Mali-Niger-Burkina border

Keywords: Emmanuel Macron, Burkina Faso, Africa, France

Share: Facebook | Twitter | Email
Download the FRANCE 24 app and follow the news live.
© 2017 France Médias Monde"""))

A.append(dict(id="h74-05", source="latimes.com",
url="https://www.latimes.com/world-nation/story/2020-07-08/lopez-obrador-trump-white-house-usmca",
published_at="2020-07-08", body="""Los Angeles Times | Subscribe for $1 for 4 weeks | Log In

WORLD & NATION

López Obrador, on first trip abroad as president, praises Trump at White House as trade pact takes effect

By Daniel Aranda Whitcombe
July 8, 2020 5:41 PM PT

WASHINGTON - Mexican President Andrés Manuel López Obrador thanked President Trump on Wednesday for treating Mexico with "understanding and respect," in a White House visit that marked the start of the new North American trade agreement and set aside, at least for a day, years of insults and threats over immigration.

The two leaders met in the Oval Office and then signed a joint declaration celebrating the entry into force on July 1 of the United States-Mexico-Canada Agreement, which replaced NAFTA. In the Rose Garden afterward, Trump called his guest "a great president and a friend," and López Obrador said that some had predicted the two men would clash "but we are here".

López Obrador, who had not left Mexico since taking office in December 2018, flew to Washington on Tuesday aboard a commercial flight with a stopover in Atlanta, wearing a face mask for most of the journey. On Wednesday morning he laid wreaths at the Lincoln Memorial and at a statue of Benito Juárez, the 19th century Mexican president he admires, before being received at the White House.

The visit was to end with a dinner hosted by Trump for the Mexican delegation and business executives from both countries, including the Mexican billionaire Carlos Slim. López Obrador was scheduled to fly home on Thursday morning.

Canadian Prime Minister Justin Trudeau, the third partner in the trade deal, declined an invitation to attend, citing a scheduled Cabinet meeting and the coronavirus, and as the Trump administration weighs new tariffs on Canadian aluminum.

Critics in Mexico said the trip, coming four months before the U.S. election, risked being used by Trump in his campaign. The Mexican leader did not meet the presumptive Democratic nominee, Joe Biden; aides said he did not want to be seen taking sides.

Foreign Minister Marcelo Ebrard, who travelled with him, said the visit had "exceeded expectations" and that migration and the border wall had not been raised in the talks. Economy Minister Graciela Márquez said Mexican companies were looking to North American supply chains as factories recover from the pandemic shutdown.

Immigrant advocates protested outside the White House, and some Mexican American groups said they were disappointed the president had not spoken of Trump's remarks about Mexicans in 2015.

Essential Politics: Get the latest news, analysis and insights from our politics team. Sign up

Coronavirus updates: California reports record number of deaths

More From the Los Angeles Times
Brazil's Bolsonaro tests positive for coronavirus after months of downplaying virus
Supreme Court to rule on Trump's tax returns Thursday

Copyright © 2020, Los Angeles Times | Terms of Service | Privacy Policy | CA Notice of Collection | Do Not Sell My Personal Information"""))

A.append(dict(id="h74-06", source="globalnation.inquirer.net",
url="https://globalnation.inquirer.net/148211/duterte-xi-seal-deals-philippines-china-reboot",
published_at="2016-10-20", body="""PSEi 7,571.65 ▼ -41.02 | USD/PHP 48.36 | Subscribe to INQUIRER PLUS

GLOBAL NATION

Duterte, Xi seal $13.5B in deals as Philippines 'reboots' China ties

By: Ramon Q. Dizon - @INQGlobalNation
Philippine Daily Inquirer / 11:48 PM October 20, 2016

President Rodrigo Duterte and Chinese President Xi Jinping review the honor guard at the Great Hall of the People in Beijing. REUTERS POOL

BEIJING - President Rodrigo Duterte and Chinese President Xi Jinping agreed on Thursday to resume talks on the South China Sea dispute, as the two governments signed 13 cooperation agreements at the Great Hall of the People, capping a dramatic turnaround in relations.

Xi welcomed Duterte with military honors in a ceremony at the Great Hall before their talks, which the Chinese leader described as a "milestone" and a chance to open a new chapter after years of tension over Scarborough Shoal.

Trade Secretary Ramon Lopez said deals worth $13.5 billion had been concluded, including $9 billion in soft loans. The agreements signed in the presence of both leaders cover trade, investment, drug rehabilitation, coast guard cooperation, tourism and infrastructure.

Hours before the talks, Duterte announced at a business forum in Beijing his "separation from the United States". "I've realigned myself in your ideological flow, and maybe I will also go to Russia to talk to Putin," he said, to applause.

Later on Thursday, Duterte met Premier Li Keqiang and Zhang Dejiang, chairman of the National People's Congress Standing Committee. Foreign Affairs Secretary Perfecto Yasay Jr. said the arbitral ruling won by Manila in July was discussed in a general way and that both sides agreed to handle the issue through dialogue.

The visit, Duterte's first outside Southeast Asia since taking office in June, was paved by former President Fidel Ramos, who as the President's special envoy met Chinese officials in Hong Kong in August.

In Washington, State Department spokesperson John Kirby said the remarks were "inexplicably at odds" with the close alliance. Assistant Secretary of State for East Asian and Pacific Affairs Daniel Russel is due in Manila this weekend to seek clarification, the US Embassy said.

Duterte flies home to Davao on Friday. Next week he is set to travel to Tokyo for a three-day official visit from Oct. 25, including talks with Prime Minister Shinzo Abe, Malacañang said.

Chinese state media hailed the visit. The Global Times said Manila had "returned to the right path", while an editorial in the China Daily warned against expecting too much.

Business groups in Manila welcomed the loans but cautioned that many previous Chinese pledges had not turned into projects.

READ NEXT
Abe, Putin summit set for December in Yamaguchi
Yasay: PH won't give up arbitral win

EDITORS' PICK | MOST READ

Tags: China, Duterte, South China Sea, Xi Jinping, Philippine-China relations

Read Next
Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the views of management and owner of INQUIRER.net.
Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles."""))

A.append(dict(id="h74-07", source="dawn.com",
url="https://www.dawn.com/news/1464776/saudi-crown-prince-wraps-up-pakistan-visit",
published_at="2019-02-18", body="""KSE100 41,119.46 ▲ +175.23 (0.43%) | USD/PKR 138.85 | Gold 72,100

Saudi crown prince wraps up Pakistan visit, announces release of 2,107 prisoners

Baqir Hassan Jafri | Published February 18, 2019 | Updated about 2 hours ago

Crown Prince Mohammed bin Salman and Prime Minister Imran Khan at PM House on Sunday. - PID

Saudi Crown Prince Mohammed bin Salman on Monday concluded his two-day visit to Pakistan and left Nur Khan airbase, where he was seen off by Prime Minister Imran Khan and Chief of Army Staff Gen Qamar Javed Bajwa.

Before departing, the crown prince was conferred the Nishan-i-Pakistan, the country's highest civil award, by President Arif Alvi at a ceremony at Aiwan-i-Sadr.

Responding to a request from the prime minister, the crown prince ordered the immediate release of 2,107 Pakistani prisoners held in Saudi jails, Information Minister Fawad Chaudhry said. "Consider me Pakistan's ambassador in Saudi Arabia," the crown prince told Mr Khan at a dinner on Sunday night.

On Sunday the two sides signed seven memoranda of understanding worth $20 billion, including a $10bn refinery and petrochemical complex at Gwadar, in the presence of the prime minister and the crown prince. A joint statement issued on Monday said the two countries would set up a supreme coordination council to be headed by the two leaders.

The crown prince arrived on Sunday evening, a day later than first planned, and Mr Khan personally drove him from the airbase to the PM House.

At a press conference with Foreign Minister Shah Mahmood Qureshi, Saudi Minister of State for Foreign Affairs Adel al-Jubeir said the kingdom would try to "de-escalate tensions" between Pakistan and India after last week's attack in Pulwama, which New Delhi blames on a group based in Pakistan. Islamabad denies any role.

Saudi officials said the crown prince would return to Riyadh before flying to New Delhi on Tuesday evening for a visit that comes under the shadow of the attack. From India he is scheduled to travel to Beijing on Thursday for talks with President Xi Jinping. Planned stops in Malaysia and Indonesia were postponed last week.

Analysts in Islamabad said the investment pledges, on top of $6bn in support agreed in October, gave the government breathing space as it negotiates with the IMF. "The numbers are large, but the projects will take years," said one economist.

The visit was covered live by all major channels, and the capital was under tight security, with mobile phone services suspended in parts of Rawalpindi and Islamabad.

Read more: Pakistan recalls high commissioner from India for consultations

Comments (112)
Closed

Dawn newsletter: Get the top stories of the day in your inbox. Sign up

Most Popular
Govt imposes ban on 'Jamaatud Dawa' charity wing
PSL: Lahore Qalandars lose fourth straight match

Copyright © 2019, Dawn"""))

A.append(dict(id="h74-08", source="dw.com",
url="https://www.dw.com/en/germanys-scholz-meets-xi-in-beijing-on-controversial-trip/a-63649120",
published_at="2022-11-04", body="""Skip next section | DW News - Watch live

ASIA | CHINA

Germany's Scholz meets Xi in Beijing on controversial trip

Olaf Scholz is the first G7 leader to visit China since the start of the pandemic. He raised Ukraine, Taiwan and market access with Xi Jinping during a one-day visit that has drawn criticism at home and abroad.

Lena Hartwig (with Reuters, AFP, dpa)
11/04/2022

Chancellor Olaf Scholz and President Xi Jinping at the Great Hall of the People. Image: Kay Nietfeld/dpa/picture alliance

German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Friday, the first visit to China by a leader of a G7 country in almost three years and the first by any Western head of government since Xi secured a third term as party chief last month.

Scholz's plane landed in the morning, and medical staff in protective suits boarded to test the delegation for COVID-19 before it was allowed to leave the airport.

Xi received Scholz at the Great Hall of the People. According to Chinese state broadcaster CCTV, Xi said the two countries should "respect each other, seek common ground while shelving differences" and resist "bloc confrontation". Scholz told Xi that Germany wanted to develop economic ties but not to "decouple", and that there must be a level playing field for companies.

The two leaders said they jointly opposed the use or threat of nuclear weapons in the war in Ukraine, according to both sides' accounts. Scholz said China had a responsibility to use its influence on Russia.

Scholz later held talks and gave a press conference with outgoing Premier Li Keqiang. He also said China had agreed to allow the BioNTech vaccine to be given to foreigners living in the country.

The chancellor was accompanied by a dozen business leaders, including the heads of Volkswagen, BASF, Siemens and Deutsche Bank. Critics, including members of his own coalition, said the timing of the trip and a recent decision to allow China's COSCO to take a stake in a Hamburg port terminal sent the wrong signal. Foreign Minister Annalena Baerbock had said Germany must not repeat the mistakes it made with Russia.

US President Joe Biden and Xi are expected to meet at the G20 summit in Bali later this month, US officials have said, though no meeting has been formally confirmed. French President Emmanuel Macron has also said he hopes to travel to China.

Scholz was flying back to Berlin on Friday evening. Next week he will travel to Vietnam and Singapore before heading to the G20 summit in Indonesia, a government spokesperson said.

Related topics: Olaf Scholz, Xi Jinping, China, Germany, Trade

Send | Facebook | Twitter | WhatsApp
Permalink https://p.dw.com/p/4J6ge

More on this topic
Germany's Steinmeier makes surprise visit to Kyiv
Opinion: Scholz's China trip sends wrong message

We use cookies to improve our service for you. You can find more information in our data protection declaration.

© 2022 Deutsche Welle | Legal notice | Data protection | Accessibility statement"""))

A.append(dict(id="h74-09", source="koreatimes.co.kr",
url="https://www.koreatimes.co.kr/www/nation/2018/09/103_255915.html",
published_at="2018-09-19", body="""KOSPI 2,308.98 ▲ 5.89 | KOSDAQ 827.83 ▲ 4.20 | KRW/USD 1,122.50

The Korea Times | North Korea

Moon, Kim sign Pyongyang declaration; North agrees to dismantle missile test site

By Park Ji-hoon
2018-09-19 17:42 | Updated : 2018-09-19 21:10

President Moon Jae-in and North Korean leader Kim Jong-un hold up the signed joint declaration at Paekhwawon State Guesthouse in Pyongyang, Wednesday. Joint Press Corps

PYONGYANG, Joint Press Corps - President Moon Jae-in and North Korean leader Kim Jong-un signed a joint declaration Wednesday under which Pyongyang agreed to permanently dismantle its Dongchang-ri missile engine test site and launch pad in the presence of experts from "relevant countries," and to take further steps such as closing the Yongbyon nuclear complex if the United States takes corresponding measures.

The leaders signed the "Pyongyang Joint Declaration of September 2018" at the Paekhwawon State Guesthouse after a second round of talks that lasted about an hour. At the same venue, Defense Minister Song Young-moo and North Korea's Minister of the People's Armed Forces No Kwang-chol signed an agreement to reduce military tension, including a no-fly zone near the border and a halt to drills along the Military Demarcation Line.

Kim also agreed to visit Seoul "at an early date," which Moon's office said could happen within this year.

Moon arrived at Pyongyang's Sunan airport on Tuesday morning, where he was greeted by Kim and his wife Ri Sol-ju, and the two leaders rode together in an open car through streets lined with cheering residents. Their first round of talks was held Tuesday afternoon at the headquarters of the Workers' Party of Korea. It is the third summit between the two this year, after meetings at the border village of Panmunjom in April and May.

On Thursday, Moon and Kim will travel together to Mount Paektu before Moon returns to Seoul.

In Washington, President Donald Trump called the declaration "very exciting" on Twitter. Secretary of State Mike Pompeo said in a statement that the U.S. was ready to engage immediately in negotiations, and that he had invited North Korean Foreign Minister Ri Yong-ho to meet in New York next week on the sidelines of the U.N. General Assembly.

Moon will leave for New York on Sunday for the General Assembly and is set to hold a summit with Trump on Monday, when he is expected to brief the U.S. leader on his talks with Kim, Cheong Wa Dae spokesman Kim Eui-kyeom said.

Conservative opposition lawmakers criticized the military agreement, saying it weakened the South's defenses before any real progress on denuclearization.

Most Read
Moon-Trump summit set for Sept. 24 in New York
Kim Yo-jong in spotlight as summit fixer
BTS to speak at UN event next week

Share: Facebook | Twitter | KakaoTalk

Copyright © koreatimes.co.kr. All rights reserved. Do not reproduce without permission."""))

A.append(dict(id="h74-10", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3192553/xi-jinping-kazakhstan-first-trip-abroad-pandemic-putin",
published_at="2022-09-14", body="""South China Morning Post | Subscribe | Sign in

China / Diplomacy

Xi Jinping in Kazakhstan on first trip abroad since the pandemic, with Putin talks next

Chinese president holds talks with Kassym-Jomart Tokayev in Nur-Sultan before flying to Samarkand for a state visit to Uzbekistan and the SCO summit

Ho Wai-lam in Beijing and Yerlan Sadykov in Almaty
Published: 7:15pm, 14 Sep, 2022

Kazakh President Kassym-Jomart Tokayev welcomes Chinese President Xi Jinping at Nur-Sultan airport on Wednesday. Photo: Xinhua

Chinese President Xi Jinping arrived in Kazakhstan on Wednesday on his first trip outside China since January 2020, opening a week of Central Asian diplomacy that will include his first face-to-face meeting with Russian President Vladimir Putin since the invasion of Ukraine.

Xi was met at the airport by President Kassym-Jomart Tokayev and the two held talks at the Akorda presidential palace, where Tokayev conferred on him the Order of the Golden Eagle, the country's highest honour. The two sides signed a joint statement and a number of cooperation documents.

"No matter how the international situation changes, we will continue to resolutely support Kazakhstan in defending its independence, sovereignty and territorial integrity," Xi said, according to Chinese state media - words read in the region as a message aimed at Moscow.

Xi was due to fly on to Samarkand later on Wednesday for a state visit to Uzbekistan at the invitation of President Shavkat Mirziyoyev, before the two-day summit of the Shanghai Cooperation Organisation opens on Thursday.

Kremlin aide Yuri Ushakov told reporters in Moscow that Putin and Xi would meet in Samarkand on Thursday. Their last meeting was in Beijing in February, on the day of the Winter Olympics opening ceremony, when they declared a "no limits" partnership.

Ushakov said Putin, who flies to Samarkand on Thursday, would begin with talks with his host Mirziyoyev, and had also scheduled meetings with Indian Prime Minister Narendra Modi and Iranian President Ebrahim Raisi. A meeting with Turkish President Recep Tayyip Erdogan, who is attending as a guest, was possible, he said.

No meeting between Xi and Modi has been announced, and Indian officials declined to say whether one was planned, weeks after the two sides pulled back troops from a friction point on their disputed Himalayan border.

Analysts said Xi chose Kazakhstan for his first trip to underline Central Asia's importance to his Belt and Road Initiative, which he announced in a speech in the Kazakh capital in 2013. The country, a major supplier of oil and uranium, has kept its distance from Russia's war while remaining in Moscow-led alliances.

Xi's return to travel comes a month before the Communist Party's 20th congress, where he is widely expected to secure a third term as leader.

Advertisement

Related Articles
Putin says Russia-China ties at 'unprecedented' high
China's top legislator Li Zhanshu meets Putin in Vladivostok

Sign up for our newsletter: Get updates direct to your inbox. By registering, you agree to our T&C and Privacy Policy

Most popular

Copyright © 2022 South China Morning Post Publishers Ltd. All rights reserved."""))

A.append(dict(id="h74-11", source="thecitizen.co.tz",
url="https://www.thecitizen.co.tz/news/magufuli-modi-agree-to-deepen-ties-3128770",
published_at="2016-07-10", body="""The Citizen | Subscribe to ePaper | USD/TZS 2,187.40 | KES/TZS 21.58

NEWS

Magufuli, Modi agree to deepen ties as India extends $92m credit for Zanzibar water

By Amina Mwakyusa and Joseph Kibona
Sunday, July 10, 2016

President John Magufuli welcomes Indian Prime Minister Narendra Modi at State House in Dar es Salaam today. PHOTO | STATE HOUSE

Dar es Salaam. President John Magufuli and visiting Indian Prime Minister Narendra Modi today agreed to deepen cooperation in agriculture, natural gas, water and health, as the two governments signed five agreements at State House.

The agreements include a $92 million line of credit for the rehabilitation and improvement of water supply in Zanzibar, a memorandum on water resources management, and the setting up of a vocational training centre in Zanzibar. The two sides also signed an agreement on visa waiver for holders of diplomatic and official passports.

Speaking after the talks, Dr Magufuli said India was one of Tanzania's largest trading partners and urged Indian companies to invest in industries that would process Tanzanian produce, especially pulses and cotton. He said Tanzania was ready to sell India more of its pulses, and the two leaders discussed a long-term arrangement on supply.

Mr Modi said India would stand with Tanzania "as a trusted partner" in its development and pledged support for health, including sending a team to set up radiotherapy facilities at Bugando Medical Centre. He later met a group of "solar mamas", rural women trained in India to install solar panels, and briefly tried his hand at traditional drums on the State House grounds.

Mr Modi arrived in Dar es Salaam last night from Johannesburg, the third leg of a tour that began in Mozambique on Thursday and ends in Kenya. It is the first visit to Tanzania by an Indian prime minister since Dr Manmohan Singh came in 2011.

He leaves for Nairobi this evening, where he will hold talks with President Uhuru Kenyatta tomorrow, Indian officials said.

Foreign Affairs minister Augustine Mahiga described the visit as "a milestone" and said a joint commission of the two countries would meet later this year to follow up on the agreements.

Business leaders said India's line of credit would help ease water shortages in Zanzibar, where demand has outstripped supply in recent years.

Related Stories
Govt confirms plan to move to Dodoma by 2020
Dar port revenue up as clearance time drops

Comments (14) | Share this story: Facebook | Twitter | WhatsApp

Tags: Magufuli, Narendra Modi, India, Tanzania

© 2016 Mwananchi Communications Ltd. All rights reserved."""))

A.append(dict(id="h74-12", source="nzherald.co.nz",
url="https://www.nzherald.co.nz/nz/politics/chinese-premier-li-qiang-luxon-sign-deals-wellington/",
published_at="2024-06-14", body="""NZX 50 11,612.38 ▼ -0.41% | NZD/USD 0.6138 | Subscribe to Herald Premium

Politics

Chinese Premier Li Qiang and Christopher Luxon sign deals, talk trade and 'differences' in Wellington

By Thomas Kerrigan-Ngata
Political Reporter · NZ Herald · 14 Jun, 2024 04:55 PM
4 mins to read | Listen to this article

Prime Minister Christopher Luxon and Chinese Premier Li Qiang at Parliament on Friday. Photo / Mark Mitchell

Prime Minister Christopher Luxon says he raised human rights, cyber-security and the Pacific in "frank" talks with Chinese Premier Li Qiang in Wellington today, as the two governments signed arrangements on trade, science and services in the first visit to New Zealand by a Chinese premier in seven years.

Li arrived at Wellington Airport last night and was officially welcomed at Government House this morning, before the two leaders met at Parliament for around two hours and signed the documents in front of cameras.

Luxon said China was New Zealand's largest trading partner and that the relationship was "significant, complex and important". "We have talked about where we agree and where we differ," he said. He said he had raised Hong Kong and Xinjiang, and the cyber-attack on New Zealand's Parliamentary network that the Government publicly attributed to a Chinese state-sponsored group in March.

Li said China and New Zealand should be "partners, not rivals" and announced that New Zealanders would be included in China's visa-free entry scheme. He invited Luxon to visit China at a convenient time.

Foreign Minister Winston Peters said the talks had gone "as well as could be expected". Chinese Foreign Minister Wang Yi visited Wellington in March, in what officials described as the start of a busy year of high-level contacts.

Li spends tomorrow in Auckland, where he will meet business leaders and visit a Chinese-owned company, before leaving for Australia. There he will visit Adelaide, hold the annual leaders' meeting with Anthony Albanese in Canberra on Monday and stop in Perth, before travelling on to Malaysia.

Protesters from Tibetan, Uyghur and Falun Gong groups gathered outside Parliament, while a smaller group of supporters waved Chinese flags.

Trade Minister Todd McClay said exporters would welcome the focus on services and said he expected the free trade agreement to keep delivering for dairy and meat.

Opposition leader Chris Hipkins said the Government must be "clear-eyed" about China's ambitions in the Pacific.

Read more
Luxon to travel to Japan next week for first official visit
Budget 2024: what it means for your household

Share this article | 39 comments

Herald Premium: Get unlimited access to quality journalism. Subscribe today.
© Copyright 2024 NZME Publishing Limited"""))
