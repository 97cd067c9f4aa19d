# Medium wire-style stories (1,200-2,000 characters), h41-13 .. h41-26
M = []

M.append(dict(id="h41-13", source="state.gov",
url="https://www.state.gov/secretary-blinkens-meeting-with-armenian-foreign-minister-mirzoyan-and-azerbaijani-foreign-minister-bayramov/",
published_at="2023-05-04", body="""U.S. DEPARTMENT of STATE

Secretary Blinken's Meeting with Armenian Foreign Minister Mirzoyan and Azerbaijani Foreign Minister Bayramov

READOUT
OFFICE OF THE SPOKESPERSON
MAY 4, 2023

The below is attributable to Spokesperson Matthew Miller:

Secretary of State Antony J. Blinken met today with Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov at the George P. Shultz National Foreign Affairs Training Center in Arlington, Virginia, at the close of four days of negotiations on a bilateral peace agreement hosted by the United States.

The Secretary commended the two ministers and their teams for the constructive spirit of the talks, in which they worked through several articles of a draft agreement, and said that an agreement was within reach. He underscored that direct dialogue between Armenia and Azerbaijan is the best path to a durable and dignified peace in the South Caucasus.

The Secretary also met separately with each foreign minister during the week to discuss regional developments and the humanitarian situation.

The Secretary welcomed the ministers' commitment to continue the process, including when President Aliyev and Prime Minister Pashinyan meet in Brussels later this month under the auspices of European Council President Charles Michel. The United States will continue to support these efforts bilaterally and together with our European partners.

Related Articles
Secretary Blinken's Call with Georgian Prime Minister Garibashvili
Secretary Blinken's Remarks at the Conclusion of Armenia-Azerbaijan Negotiations

Tags: Armenia | Azerbaijan | Office of the Spokesperson | The Secretary of State

Share: Facebook | Twitter | Email | Print

This site is managed by the Bureau of Global Public Affairs within the U.S. Department of State. External links to other Internet sites should not be construed as an endorsement of the views or privacy policies contained therein."""))

M.append(dict(id="h41-14", source="defense.gov",
url="https://www.defense.gov/News/Releases/Release/Article/3537391/readout-of-secretary-of-defense-lloyd-j-austin-iiis-meeting-with-kenyan-president-william-ruto/",
published_at="2023-09-25", body="""U.S. Department of Defense

Release

Readout of Secretary of Defense Lloyd J. Austin III's Meeting With Kenyan President William Ruto

Sept. 25, 2023 | Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder provided the following readout:

Secretary of Defense Lloyd J. Austin III met with Kenyan President William Ruto at State House in Nairobi today, during the Secretary's first visit to Kenya.

Secretary Austin thanked President Ruto for Kenya's leadership on regional security, including its contributions to the fight against al-Shabaab, and commended Kenya's willingness to consider leading a multinational security support mission to help the Haitian National Police restore security in Haiti.

Earlier in the day, Secretary Austin and Cabinet Secretary for Defence Aden Duale signed a framework agreement for defense cooperation that will guide the two countries' security partnership over the next five years, including counterterrorism cooperation, maritime security and professional military education.

The leaders also discussed the situation in Somalia and Sudan and shared priorities for peace and stability in East Africa.

Secretary Austin arrived in Nairobi from Djibouti, where he visited Camp Lemonnier and met President Ismail Omar Guelleh. He will travel next to Angola, in the first visit to that country by a U.S. Secretary of Defense.

###

Related
Readout of Secretary of Defense Lloyd J. Austin III's Call With Somali President Hassan Sheikh Mohamud
Photos: Secretary Austin visits Camp Lemonnier

Subscribe to Defense.gov Products | Choose which Defense.gov products you want delivered to you.

Hosted by Defense Media Activity - WEB.mil"""))

M.append(dict(id="h41-15", source="state.gov",
url="https://www.state.gov/secretary-blinkens-calls-on-the-situation-in-israel-the-west-bank-and-gaza/",
published_at="2021-05-12", body="""U.S. DEPARTMENT of STATE

Office of the Spokesperson | Readouts

Secretary Blinken's Calls on the Situation in Israel, the West Bank and Gaza

MAY 12, 2021

The below is attributable to Spokesperson Ned Price:

Secretary Blinken's Call with Egyptian Foreign Minister Shoukry
Secretary of State Antony J. Blinken spoke today with Egyptian Foreign Minister Sameh Shoukry about the rocket attacks against Israel and the violence in Jerusalem, the West Bank and Gaza. The Secretary thanked Egypt for its efforts to restore calm and stressed the importance of de-escalation.

Secretary Blinken's Call with Qatari Deputy Prime Minister and Foreign Minister Al Thani
Secretary Blinken spoke today with Qatari Deputy Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani. They discussed the need for all sides to take steps to reduce tensions and to bring the violence to an end.

Secretary Blinken's Call with Palestinian Authority President Abbas
Secretary Blinken spoke today with Palestinian Authority President Mahmoud Abbas, expressed his condolences for the loss of life and underscored the need to de-escalate. He called for an end to rocket attacks from Gaza. The Secretary informed President Abbas that Deputy Assistant Secretary for Israeli and Palestinian Affairs Hady Amr will travel to the region immediately to meet with Israeli and Palestinian leaders.

Related Articles
Secretary Blinken's Call with Tunisian Foreign Minister Jerandi
Secretary Blinken's Remarks to the Press on the Situation in Israel and Gaza

Tags: Egypt | Qatar | Palestinian Territories | Office of the Spokesperson

Share: Facebook | Twitter | Email | Print"""))

M.append(dict(id="h41-16", source="apnews.com",
url="https://apnews.com/article/lebanon-israel-hezbollah-ceasefire-hochstein-beirut-9c1e0a5b2f",
published_at="2024-11-19", body="""US envoy says ceasefire between Israel and Hezbollah is 'within our grasp' after Beirut talks

By The Associated Press | Updated 4:12 PM EST, November 19, 2024

BEIRUT (AP) — U.S. envoy Amos Hochstein said Tuesday that there was a "real opportunity" to end the fighting between Israel and Hezbollah, after meeting Lebanese officials in Beirut to discuss their response to a U.S.-drafted ceasefire proposal.

"It is now within our grasp, but it is ultimately the decision of the parties," Hochstein told reporters after about two hours of talks with Parliament Speaker Nabih Berri, a Hezbollah ally who has been negotiating on the group's behalf. He later met caretaker Prime Minister Najib Mikati.

An adviser to Berri described the atmosphere as positive and said only a few points remained to be settled. Lebanon delivered its written response to the proposal on Monday.

The draft envisages a 60-day transition during which Israeli troops would withdraw from southern Lebanon and the Lebanese army would deploy south of the Litani River, with a U.S.-led committee monitoring implementation.

Hochstein is expected to travel to Israel on Wednesday to meet Prime Minister Benjamin Netanyahu and other officials, a U.S. official said, speaking on condition of anonymity because the plans had not been announced.

Israeli strikes continued to pound Beirut's southern suburbs and southern Lebanon on Tuesday. Lebanon's Health Ministry says more than 3,500 people have been killed in the country since the exchanges of fire began in October 2023.

The envoy's visit came days after Ali Larijani, a senior adviser to Iran's supreme leader, visited Beirut and met Berri and Mikati.

Associated Press writers in Beirut and Jerusalem contributed to this report.

Copyright 2024 The Associated Press. All Rights Reserved."""))

M.append(dict(id="h41-17", source="reuters.com",
url="https://www.reuters.com/article/us-northkorea-usa-summit-dinner-idUSKCN1QG0XX",
published_at="2019-02-27", body="""World News | February 27, 2019 / 1:31 PM | 4 Min Read

Trump, Kim open second summit with handshake and dinner in Hanoi

HANOI (Reuters) - U.S. President Donald Trump and North Korean leader Kim Jong Un shook hands in Hanoi on Wednesday at the start of their second summit, which Washington hopes will produce concrete steps towards the North's denuclearization.

The two leaders held a 20-minute one-on-one meeting at the Sofitel Legend Metropole hotel followed by a dinner joined by Secretary of State Mike Pompeo and acting White House chief of staff Mick Mulvaney on the U.S. side and senior party official Kim Yong Chol and Foreign Minister Ri Yong Ho on the North Korean side.

"I think it'll be a very successful summit," Trump said. Kim said he had overcome "suspicion and misunderstanding" to get there.

Earlier on Wednesday, Trump met Vietnamese President Nguyen Phu Trong at the Presidential Palace and Prime Minister Nguyen Xuan Phuc, and watched as Vietnamese airlines signed deals to buy Boeing aircraft.

Kim arrived on Tuesday morning after a train journey of more than two days from Pyongyang through China, and was welcomed by Vietnamese officials at the border station of Dong Dang before driving to Hanoi.

The two leaders are set to hold formal talks on Thursday, with sanctions relief, the Yongbyon nuclear complex and a possible declaration ending the 1950-53 Korean War on the table.

Kim is expected to stay on in Vietnam for an official goodwill visit after the summit, with talks with Trong, Vietnamese state media said.

The White House barred four reporters from covering the dinner after they shouted questions at the two leaders earlier.

Reporting by Hanoi bureau; Writing by Washington newsroom; Editing by Desk staff

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h41-18", source="english.news.cn",
url="http://english.news.cn/20240128/5f1d7e3c2a9b4e0f8c6d1a2b3c4d5e6f/c.html",
published_at="2024-01-28", body="""China, Thailand sign mutual visa exemption agreement

Source: Xinhua | Editor: huaxia | 2024-01-28 20:16:45

BANGKOK, Jan. 28 (Xinhua) -- Chinese Foreign Minister Wang Yi and Thai Deputy Prime Minister and Foreign Minister Parnpree Bahiddha-Nukara on Sunday signed an agreement on mutual visa exemption for holders of ordinary passports in Bangkok. The agreement will enter into force on March 1.

Wang, also a member of the Political Bureau of the Communist Party of China Central Committee, said the agreement would facilitate personnel exchanges and make the saying "China and Thailand are one family" more tangible for the people of both countries.

Parnpree said Thailand welcomes more Chinese tourists and investors and is willing to work with China to advance the China-Thailand railway and cooperation in the digital and green economies.

During his stay in Thailand, Wang also met Thai Prime Minister Srettha Thavisin.

On Friday and Saturday, Wang held talks in Bangkok with U.S. National Security Advisor Jake Sullivan, the latest round of strategic communication between the two sides. Wang said the Taiwan question is the biggest risk in China-U.S. relations and urged Washington to honor its commitment not to support "Taiwan independence."

The two sides agreed to continue to make good use of the strategic channel and to implement the consensus reached by the two heads of state in San Francisco, including on military-to-military communication and counternarcotics cooperation.

Wang's visit to Thailand was at the invitation of Parnpree. Enditem

Most viewed
Chinese premier holds talks with Irish PM in Dublin
China's economy grows 5.2 pct in 2023

Copyright © 2000-2024 XINHUANET.com All rights reserved."""))

M.append(dict(id="h41-19", source="tass.com",
url="https://tass.com/politics/1942785",
published_at="2025-04-11", body="""TASS | Russian Politics & Diplomacy

Putin receives US special envoy Witkoff in St. Petersburg

The meeting lasted around four and a half hours, according to the Kremlin

ST. PETERSBURG, April 11. /TASS/. Russian President Vladimir Putin on Friday received US President Donald Trump's special envoy Steven Witkoff in St. Petersburg, Kremlin spokesman Dmitry Peskov said.

"Yes, the meeting has taken place," Peskov told reporters. The talks were held at the Presidential Library and focused on "various aspects of a Ukrainian settlement," he said, declining to go into details.

Witkoff was met at the airport by Kirill Dmitriev, head of the Russian Direct Investment Fund and the president's special envoy for investment and economic cooperation with foreign countries.

Asked whether the contacts could pave the way for a meeting between Putin and Trump, Peskov said it was "too early" to talk about that and that there were no concrete plans yet.

It is Witkoff's third trip to Russia this year. Dmitriev visited Washington at the beginning of April, and on Thursday Russian and US delegations held a second round of consultations on the work of their embassies in Istanbul.

According to media reports, Witkoff is expected to travel on to Oman, where talks with Iranian Foreign Minister Abbas Araghchi are planned for Saturday with Omani mediation.

More news
Lavrov holds phone talks with Turkish counterpart Fidan
Russia's Central Bank keeps key rate at 21%

TASS is ready to provide other news and information products on request."""))

M.append(dict(id="h41-20", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20210619000351315",
published_at="2021-06-19", body="""Yonhap News Agency | North Korea | National | Politics

(LEAD) U.S. nuclear envoy arrives in Seoul for talks on N. Korea

SEOUL, June 19 (Yonhap) -- Sung Kim, the U.S. special representative for North Korea, arrived in Seoul on Saturday for a five-day visit, his first since taking up the post last month, amid efforts to restart stalled nuclear talks with Pyongyang.

Kim is set to hold trilateral talks on Monday with Noh Kyu-duk, South Korea's special representative for Korean Peninsula peace and security affairs, and Takehiro Funakoshi, director-general for Asian and Oceanian affairs at Japan's foreign ministry, who will travel to Seoul for the meeting, the foreign ministry said.

Noh and Funakoshi will also hold separate bilateral talks, and Kim is scheduled to meet Funakoshi one-on-one on the sidelines, according to the ministry.

During his stay, Kim will also call on Foreign Minister Chung Eui-yong and Unification Minister Lee In-young.

The visit comes after North Korean leader Kim Jong-un told a party plenary meeting this week that the country must be prepared for both "dialogue and confrontation" with the United States.

Washington has said it is willing to meet North Korea "anywhere, anytime, without preconditions," but Pyongyang has not responded to its overtures.

"We will discuss ways to cooperate closely on North Korea policy," a foreign ministry official said.

(END)

Most Read
BTS tops Billboard chart again
S. Korea to ease distancing rules from July

Copyright Yonhap News Agency. All rights reserved."""))

M.append(dict(id="h41-21", source="barrons.com",
url="https://www.barrons.com/news/blinken-lavrov-speak-briefly-at-g20-01677756001",
published_at="2023-03-02", body="""Barron's | News | AFP

Blinken, Lavrov Speak Briefly At G20 In First Encounter Since Invasion

By AFP - Agence France Presse | March 2, 2023

US Secretary of State Antony Blinken spoke briefly with Russian Foreign Minister Sergei Lavrov on the sidelines of a G20 meeting in New Delhi on Thursday, their first face-to-face encounter since Russia invaded Ukraine, a US official said.

The conversation lasted less than 10 minutes and was not a formal meeting, the official said. Blinken told Lavrov that Washington was ready to support a diplomatic solution, urged Russia to return to the New START nuclear treaty and pressed for the release of detained American Paul Whelan.

"I told the foreign minister what I and so many others have said: end this war of aggression," Blinken told reporters.

Russian foreign ministry spokeswoman Maria Zakharova said it was Blinken who had asked for the contact and that there had been no negotiations.

Blinken also had a short conversation with Chinese Foreign Minister Qin Gang on the sidelines, a State Department official said.

Earlier on Thursday, Blinken held talks with Indian External Affairs Minister Subrahmanyam Jaishankar, who hosted the gathering, on trade, defense and clean energy.

The G20 ministers failed to agree on a joint statement because of divisions over the war, and India issued a chair's summary instead.

On Friday Blinken will join Jaishankar and their Australian and Japanese counterparts for a meeting of the Quad in the Indian capital.

Copyright 2023 AFP. All rights reserved.

This article was published from a wire agency feed without modifications to the text."""))

M.append(dict(id="h41-22", source="malaymail.com",
url="https://www.malaymail.com/news/malaysia/2021/12/15/blinken-calls-off-thailand-stop-after-covid-19-case/2028612",
published_at="2021-12-15", body="""Malay Mail | Malaysia | World | Money | Life | Opinion

Blinken calls off Thailand stop after Covid-19 case, cuts short South-east Asia tour

Wednesday, 15 Dec 2021 05:12 PM MYT

KUALA LUMPUR, Dec 15 — US Secretary of State Antony Blinken today called off the last leg of his South-east Asia tour after a member of the press corps travelling with him tested positive for Covid-19, the State Department said. He had been due in Bangkok tonight.

Before the announcement, Blinken held talks in Putrajaya with Foreign Minister Datuk Seri Saifuddin Abdullah and paid a courtesy call on Prime Minister Datuk Seri Ismail Sabri Yaakob.

The two sides discussed the South China Sea, the crisis in Myanmar, supply chains and cooperation on Covid-19 vaccines. Saifuddin said Malaysia wanted to see more American investment in high-technology sectors and welcomed Washington's plan to set out an economic framework for the region.

Blinken arrived in Kuala Lumpur yesterday evening from Jakarta, where he set out the Biden administration's vision for the Indo-Pacific in a speech at Universitas Indonesia.

The Secretary of State tested negative and was not a close contact of the affected journalist, the department said, adding that the decision was taken "out of an abundance of caution". He will return to Washington.

Thai officials said they hoped the visit could be rescheduled.

Related Articles
Saifuddin: Malaysia to host Asean-US business dialogue next year
Ringgit opens lower against US dollar

Follow us on Instagram and subscribe to our Telegram channel for the latest updates."""))

M.append(dict(id="h41-23", source="mofa.go.jp",
url="https://www.mofa.go.jp/na/na1/us/pageite_000001_00812.html",
published_at="2025-01-21", body="""Ministry of Foreign Affairs of Japan

Home > Foreign Policy > Japan-U.S. Relations

Japan-U.S. Foreign Ministers' Meeting

January 21, 2025

Japanese

On January 21, commencing at 11:50 a.m. (local time) for approximately 30 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs, who is visiting Washington, D.C. to attend the Presidential Inauguration, held a Japan-U.S. Foreign Ministers' Meeting with The Honorable Marco Rubio, Secretary of State of the United States. The overview of the meeting is as follows.

1. Minister Iwaya congratulated Secretary Rubio on his assumption of office. The two Ministers affirmed that they would further strengthen the deterrence and response capabilities of the Japan-U.S. Alliance, including extended deterrence.

2. The two Ministers confirmed that they would closely coordinate toward the early realization of a Japan-U.S. summit meeting.

3. The two Ministers exchanged views on regional affairs, including China and North Korea, including the abductions issue, and confirmed the importance of cooperation among Japan, the United States and the Republic of Korea, and among Japan, the United States and the Philippines.

4. Prior to the meeting, Minister Iwaya attended the Japan-Australia-India-U.S. (Quad) Foreign Ministers' Meeting.

Related Information
Japan-Australia Foreign Ministers' Meeting (January 21, 2025)
Japan-India Foreign Ministers' Meeting (January 21, 2025)

Back to Japan-U.S. Relations

Copyright © 2025 Ministry of Foreign Affairs of Japan | Accessibility | Privacy Policy | Site Policy"""))

M.append(dict(id="h41-24", source="dpa-international.com",
url="https://www.dpa-international.com/topic/us-defence-secretary-austin-makes-unannounced-visit-kiev-urn:newsml:dpa.com:20090101:231120-99-10472",
published_at="2023-11-20", body="""dpa international | Politics | Topic

US Defence Secretary Austin makes unannounced visit to Kiev

November 20, 2023, 11:47 am | dpa

Kiev (dpa) - US Defence Secretary Lloyd Austin arrived in Kiev on Monday on a previously unannounced visit, his second trip to the Ukrainian capital since Russia's full-scale invasion began in February 2022.

Austin met President Volodymyr Zelensky and Defence Minister Rustem Umerov, according to the Ukrainian side. "I'm here today to deliver an important message: the United States of America will continue to stand with Ukraine," Austin wrote on X.

The Pentagon announced a new 100-million-dollar package of military aid including artillery and anti-tank munitions and interceptors for air defence systems.

The visit comes amid concern in Kiev that Western attention is shifting to the war between Israel and Hamas, and as a new aid package for Ukraine remains stalled in the US Congress.

Austin travelled to Kiev after a trip to Asia which took him to India, South Korea and Indonesia.

Austin is due to host the next meeting of the Ukraine Defence Contact Group, which coordinates military aid from about 50 countries, by video on Wednesday.

Zelensky thanked Washington for its support and said the two had discussed air defence for the winter and the situation at the front, where Ukrainian forces have established positions on the eastern bank of the Dnipro river.

More news
Cameron meets Zelensky in Kiev on first trip as foreign secretary
German economy minister Habeck warns of budget cuts

dpa-AFX | © dpa Deutsche Presse-Agentur GmbH"""))

M.append(dict(id="h41-25", source="president.gov.ua",
url="https://www.president.gov.ua/en/news/volodimir-zelenskij-zustrivsya-z-donaldom-trampom-u-vatikani-97305",
published_at="2025-04-26", body="""President of Ukraine Volodymyr Zelenskyy | Official website

News | Speeches | Decrees | Photos | Videos

Volodymyr Zelenskyy met with Donald Trump in the Vatican

26 April 2025 - 14:02

President of Ukraine Volodymyr Zelenskyy met with President of the United States Donald Trump in the Vatican, where both leaders arrived for the funeral of Pope Francis.

The conversation took place one-on-one in St. Peter's Basilica and lasted about fifteen minutes.

"A good meeting. We spoke face to face and covered many issues. I hope for results on everything we discussed: protecting our people's lives, a complete and unconditional ceasefire, and a reliable and lasting peace that will not allow another war to start," the President noted.

The Head of State described the meeting as highly symbolic and said it could become historic if the two countries achieve results together.

On the sidelines of the funeral ceremony, the President also had brief conversations with President of France Emmanuel Macron and Prime Minister of the United Kingdom Keir Starmer.

Photo: Office of the President of Ukraine

Latest news
The President had a phone conversation with Prime Minister of Canada Mark Carney
Address by the President on the results of the day
The President signed a decree on the National Security and Defense Council

Subscribe to the newsletter | © 2025 Office of the President of Ukraine. All materials are available under the Creative Commons Attribution 4.0 International license."""))

M.append(dict(id="h41-26", source="fmprc.gov.cn",
url="https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/202311/t20231110_11178310.html",
published_at="2023-11-10", body="""Ministry of Foreign Affairs of the People's Republic of China

Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on November 10, 2023

At the invitation of U.S. President Joseph R. Biden, President Xi Jinping will travel to San Francisco from November 14 to 17 for the China-U.S. summit meeting and the 30th APEC Economic Leaders' Meeting.

CCTV: Can you share more about the summit meeting?

Mao Ning: The two heads of state will have in-depth communication on issues of strategic, overarching and fundamental importance in shaping China-U.S. relations, and on major issues concerning world peace and development.

Reuters: Vice Premier He Lifeng held talks with Treasury Secretary Janet Yellen in San Francisco this week. What was the outcome?

Mao Ning: From November 9 to 10, Vice Premier He Lifeng held talks with Secretary Yellen in San Francisco. The talks were candid, in-depth and pragmatic, and the two sides agreed to strengthen communication on macroeconomic policy.

Kyodo News: Will President Xi meet Japanese Prime Minister Fumio Kishida in San Francisco?

Mao Ning: I have no information to release at the moment.

AFP: Australian Prime Minister Anthony Albanese visited China last week. Will China lift the remaining trade restrictions on Australian wine?

Mao Ning: Prime Minister Albanese's visit was a success. The competent authorities will handle relevant issues in accordance with laws and regulations.

Bloomberg: Mexican President Andres Manuel Lopez Obrador says he will meet President Xi at APEC. Can you confirm?

Mao Ning: We will release information in due course.

Share: Weibo | WeChat | Print"""))
