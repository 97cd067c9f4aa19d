# Medium wire-style stories (1,200-2,000 characters), h60-13 .. h60-26
M = []

M.append(dict(id="h60-13", source="english.news.cn",
url="https://english.news.cn/20250414/3b8e51d07c4a4f2a9d0e6c1f2a7b9e45/c.html",
published_at="2025-04-14", body="""Xi Jinping holds talks with To Lam in Hanoi

Source: Xinhua | Editor: huaxia | 2025-04-14 21:37:10

HANOI, April 14 (Xinhua) -- Chinese President Xi Jinping held talks here on Monday with To Lam, general secretary of the Communist Party of Vietnam (CPV) Central Committee, as Xi kicked off a state visit to Vietnam.

Xi said China and Vietnam are good comrades and good partners, and that the two sides should jointly uphold the multilateral trading system, keep global industrial and supply chains stable and oppose unilateral bullying. He called for faster progress on railway links between the two countries.

To Lam said developing relations with China is a strategic choice and a top priority of Vietnam's foreign policy.

After the talks, the two leaders witnessed the signing of 45 cooperation documents covering areas including railway connectivity, artificial intelligence, customs inspection and quarantine, and people-to-people exchanges.

Xi arrived in Hanoi on Monday afternoon and was greeted at the airport by Vietnamese President Luong Cuong. It is his fourth visit to Vietnam as the top Chinese leader.

The trip is the first leg of a Southeast Asian tour that will also take Xi to Malaysia from Tuesday to Thursday and to Cambodia from Thursday to Friday, the Chinese Foreign Ministry said. Enditem

Photo: Chinese President Xi Jinping holds talks with To Lam in Hanoi, Vietnam, April 14, 2025. (Xinhua/Ju Peng)

Related:
Xi's signed article published in Vietnamese newspaper
Chinese vice premier meets Malaysian delegation

Copyright © 2000-2025 XINHUANET.com All rights reserved."""))

M.append(dict(id="h60-14", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/76477",
published_at="2025-03-18", body="""President of Russia
News | Events | Telephone conversations

Telephone conversation with President of the United States Donald Trump

March 18, 2025, 20:10

Vladimir Putin had a telephone conversation with President of the United States of America Donald Trump.

The leaders continued their frank and detailed exchange of views on the situation around Ukraine. Vladimir Putin expressed gratitude to Donald Trump for his desire to help achieve the noble goal of ending hostilities and loss of life.

Donald Trump put forward a proposal for both parties to the conflict to mutually refrain from strikes on energy infrastructure facilities for 30 days. Vladimir Putin responded positively to this initiative and immediately gave the Russian military the relevant command.

The President of Russia also responded constructively to the idea of a navigation safety initiative in the Black Sea. It was agreed to begin negotiations to work out the specific details of such an arrangement. Russian and American experts will meet in Saudi Arabia in the coming days.

Donald Trump supported Vladimir Putin's idea of organising hockey matches in the United States and Russia between Russian and American players from the NHL and KHL.

The two presidents agreed to stay in contact on all the issues discussed.

Topics: Foreign policy
Publication status: Published in section: News
Direct link: http://en.kremlin.ru/d/76477

Other news
Telephone conversation with President of the United Arab Emirates Mohamed bin Zayed Al Nahyan
Meeting with Governor of Kursk Region Alexander Khinshtein
Congress of the Russian Union of Industrialists and Entrepreneurs"""))

M.append(dict(id="h60-15", source="reuters.com",
url="https://www.reuters.com/world/middle-east/iran-saudi-arabia-agree-resume-ties-china-brokered-talks-2023-03-10/",
published_at="2023-03-10", body="""Iran and Saudi Arabia agree to restore ties in China-brokered deal

By Reuters Staff

DUBAI, March 10 (Reuters) - Iran and Saudi Arabia agreed on Friday to re-establish diplomatic relations and reopen embassies within two months, after seven years of hostility, in a deal brokered by China.

The agreement was signed in Beijing by Ali Shamkhani, secretary of Iran's Supreme National Security Council, and Saudi national security adviser Musaed Al-Aiban, following four days of talks that had not been announced in advance. A trilateral statement was issued by the two countries and China, whose top diplomat Wang Yi hosted the talks.

The foreign ministers of the two countries will meet to implement the decision and arrange for the exchange of ambassadors, the statement said. The two sides also agreed to revive a 2001 security cooperation pact.

Riyadh cut ties with Tehran in 2016 after its embassy was stormed during a dispute over the Saudi execution of a Shi'ite cleric. Iraq and Oman hosted several rounds of talks between the rivals in 2021 and 2022.

Wang called the deal a victory for dialogue. The White House said it was aware of the talks and welcomed any efforts to end the war in Yemen.

Analysts said the deal was a diplomatic coup for Beijing, which hosted Iranian President Ebrahim Raisi in February and sent President Xi Jinping to Riyadh in December.

Reporting by Parisa Kahnemuyi and Aziz el-Yaakoubi; Editing by William Nolan

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Oil rises as Saudi-Iran deal eases supply worries
Yemen's Houthis say deal will help end war"""))

M.append(dict(id="h60-16", source="mea.gov.in",
url="https://www.mea.gov.in/press-releases.htm?dtl/36819/Outcomes_of_Prime_Ministers_visit_to_France",
published_at="2023-07-14", body="""Ministry of External Affairs, Government of India

Media Center | Press Releases

Visit of Prime Minister to France (July 13-14, 2023)

July 14, 2023

Prime Minister Shri Narendra Modi paid an official visit to France on 13-14 July 2023 at the invitation of President Emmanuel Macron. Prime Minister participated as the Guest of Honour at the Bastille Day Parade in Paris, in which a tri-service contingent of the Indian Armed Forces took part, along with a flypast by Rafale jets of the Indian Air Force.

The two leaders held restricted and delegation-level talks at the Elysée Palace. They reviewed the entire spectrum of the India-France Strategic Partnership, which marks its 25th anniversary this year, and adopted the Horizon 2047 Roadmap. Discussions covered defence, space, civil nuclear cooperation, critical technologies, climate and the Indo-Pacific.

Prime Minister also met Prime Minister Elisabeth Borne and President of the Senate Gérard Larcher, and addressed the Indian community at La Seine Musicale. He announced that the Unified Payments Interface (UPI) would be launched at the Eiffel Tower.

Prime Minister will travel to Abu Dhabi on 15 July for talks with President of the UAE His Highness Sheikh Mohamed bin Zayed Al Nahyan.

Paris
July 14, 2023

Print | Share: X | Facebook | Email

Related links
List of outcomes: Visit of Prime Minister to France
Horizon 2047 Roadmap: full text"""))

M.append(dict(id="h60-17", source="aa.com.tr",
url="https://www.aa.com.tr/en/politics/somalia-ethiopia-reach-deal-in-ankara-talks-hosted-by-erdogan/3421875",
published_at="2024-12-12", body="""Somalia, Ethiopia agree in Ankara to end dispute, Erdogan says

Turkish president hails 'historic' reconciliation after hours of talks with both leaders in Turkish capital

Ali Mert Yildirim | 12.12.2024 - Update : 12.12.2024

ANKARA

Somalia and Ethiopia have agreed to set aside their differences and work together for regional prosperity, President Recep Tayyip Erdogan announced late on Wednesday after hosting the leaders of the two countries in Ankara.

Erdogan held separate meetings with Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed before the three leaders met together. The two leaders then signed what was called the Ankara Declaration at the Presidential Complex, with Erdogan beside them.

Under the declaration, the two sides agreed to begin technical negotiations by the end of February 2025 under Turkish facilitation, aimed at giving landlocked Ethiopia access to the sea under Somali sovereignty.

"I believe that with the meeting we held today, we have taken the first step toward a new beginning," Erdogan said at a joint news conference.

Relations between Addis Ababa and Mogadishu soured after Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland in January. Turkish Foreign Minister Hakan Fidan hosted two earlier rounds of indirect talks between the two governments.

Abiy said Ethiopia wanted "safe and reliable" access to the sea. Mohamud said his country was ready to work with Ethiopia.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."""))

M.append(dict(id="h60-18", source="japantoday.com",
url="https://japantoday.com/category/politics/south-korea's-lee-in-tokyo-for-talks-with-ishiba-before-trump-summit",
published_at="2025-08-23", body="""Sign up for our newsletter | Log in

Politics
South Korea's Lee in Tokyo for talks with Ishiba before Trump summit

TOKYO
By Kenji Morioka

South Korean President Lee Jae-myung held talks with Prime Minister Shigeru Ishiba in Tokyo on Saturday, choosing Japan as his first bilateral destination since taking office in June, before flying on to Washington for his first summit with U.S. President Donald Trump.

The two leaders agreed to expand "future-oriented" cooperation and issued a joint document, the first in 17 years, promising to work together on issues including low birth rates and regional security. Lee said Seoul and Tokyo were "like neighbors sharing a front yard".

The visit was a notable shift for Lee, who as opposition leader had criticized Japan over wartime history. Ishiba said he looked forward to visiting South Korea and hoped the leaders would keep up "shuttle diplomacy".

Lee leaves for the United States on Sunday and is due to meet Trump at the White House on Monday. Tariffs and the cost of U.S. troops in Korea are expected to top the agenda.

Lee and Ishiba last met briefly on the sidelines of the Group of Seven summit in Canada in June.

© 2025 AFP

5 Comments
Login to comment

Read more
Tokyo stocks rise on weaker yen
Japan to send emissary to Manila

Back to top"""))

M.append(dict(id="h60-19", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2023/03/kishida-ukraine-surprise-visit-zelenskyy.html",
published_at="2023-03-21", body="""KYODO NEWS - Mar 21, 2023 - 22:14 | All, World, Japan

Kishida makes surprise visit to Ukraine, meets Zelenskyy

Japanese Prime Minister Fumio Kishida made an unannounced visit to Ukraine on Tuesday, becoming the last leader of the Group of Seven nations to travel there since Russia's invasion, and held talks with President Volodymyr Zelenskyy in Kyiv.

Kishida arrived in the capital by train from Poland, after flying from New Delhi, where he had talks with Indian Prime Minister Narendra Modi on Monday. Japanese officials had kept the trip secret until he was on Ukrainian soil.

The prime minister visited Bucha, where he laid flowers and offered a prayer for the victims. He pledged continued support and invited Zelenskyy to take part online in the G7 summit that Japan hosts in Hiroshima in May.

Kishida will stop in Poland on Wednesday for talks with Prime Minister Mateusz Morawiecki before returning to Tokyo, a government source said.

The visit coincided with Chinese President Xi Jinping's three-day visit to Moscow, where he held talks with President Vladimir Putin.

Kishida had come under pressure at home as the only G7 leader not to have visited Ukraine. Security concerns and the need to keep the Diet informed of overseas travel had complicated the timing.

Related coverage:
Japan, India to boost ties in Indo-Pacific ahead of G7
Kishida to unveil new Indo-Pacific plan in India

==Kyodo"""))

M.append(dict(id="h60-20", source="spa.gov.sa",
url="https://www.spa.gov.sa/en/N2281634",
published_at="2025-03-11", body="""Saudi Press Agency

Home | Local | International | Economy

Saudi Arabia Hosts U.S.-Ukraine Talks in Jeddah

Jeddah, March 11, 2025, SPA -- The Kingdom of Saudi Arabia today hosted talks in Jeddah between delegations of the United States of America and Ukraine, as part of the Kingdom's continued efforts to achieve a lasting peace in Ukraine.

The U.S. delegation was headed by Secretary of State Marco Rubio and National Security Advisor Michael Waltz, while the Ukrainian delegation was headed by Head of the Office of the President Andriy Yermak and included Foreign Minister Andrii Sybiha and Minister of Defense Rustem Umerov.

Crown Prince Receives Ukrainian President

His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince and Prime Minister, received at Al-Salam Palace in Jeddah yesterday President of Ukraine Volodymyr Zelenskyy. They reviewed bilateral relations and efforts to reach a settlement of the crisis.

His Royal Highness the Crown Prince also received yesterday the U.S. Secretary of State and his accompanying delegation, and reviewed the strategic partnership between the two friendly countries.

Foreign Minister Receives Phone Call from Syrian Counterpart

Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, received a phone call today from Syrian Minister of Foreign Affairs Asaad Al-Shaibani. They discussed the latest developments in Syria and the Kingdom's support for its security and stability.

--SPA
14:52 LOCAL TIME 11:52 GMT

Share | Print
Most Read
Saudi Arabia Welcomes Outcome of U.S.-Ukraine Meeting
Saudi Cabinet Holds Weekly Session"""))

M.append(dict(id="h60-21", source="bernama.com",
url="https://www.bernama.com/en/news.php?id=2450617",
published_at="2025-07-28", body="""BERNAMA

Thailand, Cambodia agree to immediate ceasefire after Putrajaya talks - Anwar

28/07/2025 08:41 PM

PUTRAJAYA, July 28 (Bernama) -- Thailand and Cambodia have agreed to an immediate and unconditional ceasefire with effect from midnight tonight, Prime Minister Datuk Seri Anwar Ibrahim announced after chairing a special meeting between the leaders of the two countries at Seri Perdana here this afternoon.

Anwar, who is ASEAN chair, said Cambodian Prime Minister Hun Manet and Thailand's acting prime minister Phumtham Wechayachai had agreed to de-escalate following five days of border clashes that killed dozens and displaced more than 260,000 people.

He said the regional military commanders of both countries would hold a meeting tomorrow morning, and that a meeting of defence attachés of ASEAN member states would be convened to help monitor the truce.

The United States and China sent their ambassadors to observe the meeting.

The talks followed phone calls on Saturday by United States President Donald Trump to both leaders, in which he warned that trade negotiations with Washington would not go ahead while the fighting continued.

"This is a first, vital step towards a durable peace," Anwar told a press conference alongside his two guests.

-- BERNAMA

Related News
Malaysia to send observers to Thai-Cambodian border
Ringgit opens higher against US dollar

BERNAMA provides up-to-date authentic and comprehensive news and information. Download the BERNAMA App."""))

M.append(dict(id="h60-22", source="tass.com",
url="https://tass.com/politics/1673841",
published_at="2023-09-13", body="""TASS
Russian News Agency

Putin, Kim Jong Un hold talks at Vostochny spaceport

The talks lasted about five hours, Kremlin spokesman Dmitry Peskov said

UGLEGORSK /Amur Region/, September 13. /TASS/. Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks at the Vostochny Cosmodrome in the Amur Region on Wednesday.

Putin met Kim at the entrance to the launch vehicle assembly and test complex, and the two leaders toured the facility before the talks began. The talks were held in a narrow format and with delegations, followed by an official lunch.

"I am very glad to see you," Putin told his guest. Kim said the Russian leadership had taken "a sacred fight to protect its sovereignty" and that Pyongyang would always support Moscow's decisions.

Kim arrived in Russia by armoured train on Tuesday. After Vostochny, he will travel to Komsomolsk-on-Amur and Vladivostok, where he is expected to visit aircraft plants and the Pacific Fleet, Peskov said.

At the end of the official lunch, Kim invited Putin to visit North Korea at a convenient time. Putin accepted the invitation, the Korean Central News Agency later reported.

No agreements were signed during the visit, Peskov said.

Topics: Russia-North Korea

Read also
Lavrov to hold talks with Iranian counterpart
Russian Foreign Ministry summons US ambassador

Press review | Subscribe"""))

M.append(dict(id="h60-23", source="nannews.ng",
url="https://nannews.ng/2024/11/28/tinubu-macron-hold-talks-at-elysee-palace/",
published_at="2024-11-28", body="""NAN - News Agency of Nigeria

Tinubu, Macron hold talks at Elysee Palace

Nov 28, 2024 | Politics

By Chioma Okafor

Paris, Nov. 28, 2024 (NAN) President Bola Tinubu on Thursday held talks with President Emmanuel Macron of France at the Elysee Palace in Paris, on the second day of his state visit to the country.

The two leaders discussed cooperation in agriculture, education, health, infrastructure and security in the Sahel, as well as support for Nigeria's creative economy.

Tinubu arrived in Paris on Wednesday evening and was received at the Orly airport by French officials. A state dinner is being held in his honour tonight.

Macron said France wanted to deepen its partnership with Nigeria "based on respect and shared interests", while Tinubu urged French investors to take advantage of reforms in the Nigerian economy.

Presidential spokesman Bayo Onanuga said in a statement that from France, the President would proceed to South Africa for the 11th session of the Bi-National Commission between both countries in Cape Town, where he will meet President Cyril Ramaphosa.

The president is accompanied by First Lady Oluremi Tinubu, Foreign Affairs Minister Yusuf Tuggar and other ministers.

(NAN)(www.nannews.ng)
Edited by Emmanuel Yashim

Follow us on X and Facebook | Advertise with us

Related Posts
Lagos-Calabar highway: FEC approves second section
Naira appreciates at official window"""))

M.append(dict(id="h60-24", source="arabnews.com",
url="https://www.arabnews.com/node/2499876/middle-east",
published_at="2024-04-22", body="""Arab News
Middle East

Erdogan in Baghdad on first visit to Iraq in over a decade

AFP | April 22, 2024 23:05

BAGHDAD: Turkish President Recep Tayyip Erdogan held talks with Iraqi Prime Minister Mohammed Shia Al-Sudani in Baghdad on Monday, his first visit to Iraq in 12 years, with water, security and a major trade road high on the agenda.

The two governments signed 26 agreements and memorandums, including a strategic framework deal on water. Turkish officials said Erdogan and Al-Sudani also discussed the outlawed Kurdistan Workers' Party (PKK), which Ankara wants Baghdad to list as a terrorist group.

Iraq, Turkey, Qatar and the UAE signed a separate memorandum on cooperation in the Development Road project, a planned 1,200-kilometer road and rail link from the Gulf to the Turkish border. It was signed by the transport ministers of the four countries, with Erdogan and Al-Sudani attending.

Erdogan then traveled to Irbil to meet leaders of the Kurdistan Regional Government.

Raisi in Pakistan

Also on Monday, Iranian President Ebrahim Raisi arrived in Islamabad on a three-day visit, his first foreign trip since Iran's strike on Israel earlier this month. Raisi held talks with Prime Minister Shehbaz Sharif, and the two sides signed eight agreements. The visit comes three months after the neighbors exchanged missile strikes.

MOST POPULAR
Saudi Arabia, UK discuss regional developments
Jordan's king warns against Rafah offensive

Subscribe to our newsletter | Follow Arab News on X

Copyright: Arab News © 2024 All rights reserved"""))

M.append(dict(id="h60-25", source="ukrinform.net",
url="https://www.ukrinform.net/rubric-polytics/3812442-digest-january-12.html",
published_at="2024-01-12", body="""Ukrinform
Ukrainian National News Agency

Day digest: UK-Ukraine security agreement, Zelensky back from Baltic tour

12.01.2024 20:40

Sunak in Kyiv: Ukraine, UK sign agreement on security cooperation

British Prime Minister Rishi Sunak and President Volodymyr Zelensky signed an agreement on security cooperation in Kyiv on Friday, the first such document concluded under the G7 declaration agreed in Vilnius last year. Sunak, on his second visit to Ukraine as prime minister, also announced £2.5 billion in military aid for 2024, including drones.

Zelensky wraps up Baltic tour in Riga

On Thursday Zelensky held talks with Estonian President Alar Karis in Tallinn and addressed the Riigikogu, then travelled to Riga, where he met Latvian President Edgars Rinkēvičs. The tour began in Vilnius on Wednesday. Zelensky thanked the three Baltic states for their support and discussed joint drone production.

Air raid alert across Ukraine

Russia launched drones and missiles overnight, and air defense forces downed most of them, the Air Force said. Damage was reported in Kharkiv and Khmelnytskyi regions.

Kuleba: 'Ukraine will be ready for a strong 2024'

Foreign Minister Dmytro Kuleba said Ukraine expects more long-range weapons this year and called on partners to speed up deliveries.

Read also
Ukraine and the EU open accession talks preparations
Ukraine receives new Patriot systems

Subscribe to Ukrinform on Telegram | Citing and using materials requires a hyperlink to ukrinform.net"""))

M.append(dict(id="h60-26", source="laprensalatina.com",
url="https://www.laprensalatina.com/china-and-honduras-establish-diplomatic-relations/",
published_at="2023-03-26", body="""Latin American Herald Tribune | La Prensa Latina Media

China and Honduras establish diplomatic relations

Beijing, Mar 26 (EFE).- China and Honduras formally established diplomatic relations on Sunday, a day after the Central American nation broke off ties with Taiwan, leaving Taipei with only 13 diplomatic allies.

Honduran Foreign Minister Eduardo Reina and his Chinese counterpart Qin Gang signed a joint communique in Beijing recognizing that "there is but one China in the world" and that Taiwan is an inalienable part of Chinese territory.

Reina, who had arrived in Beijing on Thursday, said the decision was "the right choice" and that his country wanted to benefit from cooperation in infrastructure and energy.

Reina told reporters that President Xiomara Castro was expected to visit China "soon", without giving a date.

Taiwan said it would not "compete with China in a meaningless contest of dollar diplomacy" and closed its embassy in Tegucigalpa. The island's foreign minister, Joseph Wu, said Honduras had asked for billions of dollars in aid.

EFE

Tags: China, Honduras, Taiwan, Diplomacy

Related
Taiwan's Tsai to visit Guatemala and Belize
Nicaragua, China sign free-trade agreement

Comment policy | Contact | Copyright EFE"""))
