# Medium wire-style stories (1,200-2,000 characters), h54-13 .. h54-26
M = []

M.append(dict(id="h54-13", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/73712",
published_at="2024-03-24", body="""President of Russia | Events | News | Transcripts | Photos | Videos

Telephone conversation with President of Tajikistan Emomali Rahmon

March 24, 2024 17:05

Vladimir Putin held a telephone conversation with Emomali Rahmon, President of Tajikistan.

Emomali Rahmon expressed deep condolences in connection with the numerous casualties of the barbaric terrorist attack in Krasnogorsk near Moscow, and wished a speedy recovery to those injured.

Vladimir Putin informed his counterpart about the measures being taken to investigate the crime and to identify all those who were involved in its organisation and financing.

The presidents stressed that terrorists have no nationality and that the fight against terrorism must be uncompromising. They agreed to intensify cooperation between the special services and law enforcement agencies of the two countries, including within the Commonwealth of Independent States and the Collective Security Treaty Organisation.

It was agreed to maintain contacts.

Topics: Foreign policy, Fight against terrorism
Persons: Rahmon Emomali
Countries: Tajikistan

Published in: News, Transcripts | 24 March 2024, 17:05
Link: en.kremlin.ru/d/73712

See also
March 23, 2024 Telephone conversation with President of Belarus Alexander Lukashenko
March 23, 2024 Address to citizens of Russia
March 23, 2024 Telephone conversation with Kassym-Jomart Tokayev

Print | RSS | Website content is licensed under CC BY 4.0"""))

M.append(dict(id="h54-14", source="reuters.com",
url="https://www.reuters.com/article/us-saudi-usa-obama-idUSKBN0L00YK20150127",
published_at="2015-01-27", body="""World News | January 27, 2015 / 5:36 PM

Obama cuts short India trip to meet new Saudi king in Riyadh

By Aaron Kessler and Laila Hamdan | 3 Min Read

RIYADH (Reuters) - President Barack Obama met Saudi Arabia's new King Salman on Tuesday, leading a bipartisan delegation to pay condolences on the death of King Abdullah and to reaffirm ties with a key ally at a time of turmoil across the region.

Obama and the 79-year-old monarch held talks at Erga Palace after the president arrived from New Delhi, where he had cut short a three-day visit and dropped a planned stop at the Taj Mahal.

White House officials said the two leaders discussed the fight against Islamic State militants, the collapse of the government in Yemen, nuclear talks with Iran and the sharp fall in oil prices.

The U.S. delegation of about 30 included Secretary of State John Kerry, CIA Director John Brennan, national security adviser Susan Rice and General Lloyd Austin, head of U.S. Central Command, as well as former secretaries of state James Baker and Condoleezza Rice and Republican Senator John McCain.

First lady Michelle Obama, who accompanied the president, drew attention for not covering her hair, which is not required of foreign women visiting the kingdom.

Obama's aides said he would raise human rights, including the case of blogger Raif Badawi, who was sentenced to 1,000 lashes, but they did not say whether he did so.

King Abdullah died on Friday aged 90. Salman, who was crown prince and defense minister, has signaled continuity in oil and foreign policy.

The president was due to fly back to Washington later on Tuesday.

(Additional reporting by Matthew Royce in New Delhi; Editing by Chris Reese)

Our Standards: The Thomson Reuters Trust Principles."""))

M.append(dict(id="h54-15", source="iletisim.gov.tr",
url="https://www.iletisim.gov.tr/english/haberler/detay/president-erdogan-receives-congratulatory-phone-calls-from-world-leaders",
published_at="2023-05-29", body="""Republic of Türkiye Directorate of Communications | News | Announcements | Press Accreditation

President Erdoğan receives congratulatory phone calls from world leaders

29.05.2023

President Recep Tayyip Erdoğan received phone calls on Monday from a number of heads of state and government who congratulated him on his victory in the presidential runoff held on Sunday, May 28.

In his conversation with U.S. President Joe Biden, President Erdoğan thanked him for his good wishes and said that Türkiye and the United States, as two NATO allies, should further develop cooperation in the new period. The two leaders discussed the F-16 procurement process and Sweden's NATO membership application, as well as regional issues.

In a phone call with Russian President Vladimir Putin, President Erdoğan expressed his thanks for the congratulations. The two leaders touched on the Black Sea Grain Initiative, bilateral trade and energy projects, including the Akkuyu Nuclear Power Plant. President Putin reiterated his invitation to visit Russia, while the question of a visit by the Russian President to Türkiye was also raised; no date was set.

President Erdoğan also spoke by phone with Qatar's Emir Sheikh Tamim bin Hamad Al Thani, who conveyed his congratulations.

Several other leaders, including Ukrainian President Volodymyr Zelensky, Swedish Prime Minister Ulf Kristersson and German Chancellor Olaf Scholz, sent congratulatory messages on social media.

President Erdoğan is scheduled to take the oath of office at the Grand National Assembly on Saturday, followed by an inauguration ceremony at the Presidential Complex to be attended by foreign leaders.

Related news
- President Erdoğan addresses citizens from the balcony of the Presidential Complex
- Communications Director Altun: "The nation has spoken"

Share: Twitter | Facebook | LinkedIn

© Directorate of Communications. All rights reserved."""))

M.append(dict(id="h54-16", source="en.antaranews.com",
url="https://en.antaranews.com/news/168912/fm-marsudi-meets-myanmar-counterpart-in-bangkok",
published_at="2021-02-24", body="""ANTARA News | Indonesia | World | Business | Photo | Video

FM Marsudi meets Myanmar's military-appointed foreign minister in Bangkok

24th February 2021 19:48

Bangkok (ANTARA) - Indonesian Foreign Minister Retno LP Marsudi held talks with the Myanmar military-appointed foreign minister, Wunna Maung Lwin, in Bangkok on Wednesday, in the first face-to-face contact between an ASEAN government and the junta since the Feb. 1 coup.

The meeting was held at the Don Mueang air force base and was facilitated by Thai Foreign Minister Don Pramudwinai, who also held talks with Marsudi. The three ministers later sat down together.

"I conveyed Indonesia's concern and asked that all parties exercise restraint and refrain from violence," Marsudi said in a virtual press statement. She said the safety and welfare of the people of Myanmar was Indonesia's top priority and called for dialogue and reconciliation.

Wunna Maung Lwin was also received by Thai Prime Minister Prayut Chan-o-cha at Government House, according to Thai officials.

Marsudi had been scheduled to fly to Naypyitaw on Thursday, but the trip was called off after protesters gathered outside the Indonesian embassy in Yangon, following media reports that Jakarta supported new elections under the military. The ministry said the visit was "not the right time".

Before arriving in Bangkok, Marsudi held consultations in Brunei Darussalam, the current ASEAN chair, and in Singapore, as part of efforts to prepare a special meeting of ASEAN foreign ministers on the situation in Myanmar.

Reporter: Fardah Rahman
Editor: Suharto Wijaya
COPYRIGHT © ANTARA 2021

Related news
- Indonesia denies supporting re-run of Myanmar elections
- President Jokowi, PM Muhyiddin call for special ASEAN meeting"""))

M.append(dict(id="h54-17", source="ndtv.com",
url="https://www.ndtv.com/india-news/s-jaishankar-wang-yi-speak-after-ladakh-clash-2247891",
published_at="2020-06-17", body="""NDTV | India | World | Videos | Trends

India News | Press Trust of India | Updated: June 17, 2020 9:58 pm IST

"Unprecedented Development": S Jaishankar Tells China's Wang Yi In Phone Call After Ladakh Clash

New Delhi: External Affairs Minister S Jaishankar on Wednesday told Chinese Foreign Minister Wang Yi in a phone call that the violent clash in eastern Ladakh's Galwan Valley was a "premeditated and planned action" by China and would have "a serious impact" on bilateral ties, the Ministry of External Affairs said.

Twenty Indian Army personnel, including a Colonel, were killed in the clash on Monday night, the deadliest between the two countries in more than four decades.

The two ministers agreed that the overall situation would be handled "in a responsible manner" and that both sides would implement the disengagement understanding reached by senior military commanders on June 6, the MEA statement said.

Beijing's account of the call said Mr Wang urged India to "severely punish" those responsible and to restrain its frontline troops.

Prime Minister Narendra Modi said the sacrifice of the soldiers would not be in vain. An all-party meeting has been called for Friday.

Defence Minister Rajnath Singh is expected to travel to Moscow next week to attend the Victory Day parade, officials said. A virtual meeting of the foreign ministers of Russia, India and China is also scheduled for June 23.

The last summit between Mr Modi and President Xi Jinping was their informal meeting at Mamallapuram in October.

(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)

Track Latest News Live on NDTV.com and get news updates from India and around the world

Promoted | Listen to the latest songs, only on JioSaavn.com"""))

M.append(dict(id="h54-18", source="iol.co.za",
url="https://www.iol.co.za/news/africa/zumas-envoys-meet-mugabe-in-harare-12030145",
published_at="2017-11-16", body="""IOL | News | Africa | Politics | Business

Zuma's envoys meet Mugabe in Harare

African News Agency (ANA)
Thursday, 16 November 2017, 8:40PM

Harare - South African envoys met President Robert Mugabe at State House in Harare on Thursday, a day after Zimbabwe's military seized control of the country and confined the 93-year-old leader to his residence.

Defence Minister Nosiviwe Mapisa-Nqakula and State Security Minister Bongani Bongo, sent by President Jacob Zuma in his capacity as chair of the Southern African Development Community (SADC), also held talks with the commander of the Zimbabwe Defence Forces, General Constantino Chiwenga.

Images broadcast by state television showed Mugabe, smiling, alongside Chiwenga and the envoys. A Catholic priest, Father Fidelis Mukonori, was also present as a mediator.

Zuma spoke to Mugabe by telephone on Wednesday, when the president told him he was confined to his home but was fine, the South African presidency said.

Ministers from the SADC organ troika met in Gaborone on Thursday and called for an extraordinary summit of the regional bloc. Botswana's President Ian Khama said in a statement that no one should be allowed to take power unconstitutionally.

Mugabe was reported to be resisting pressure to step down before the end of his term next year.

The army has said the operation targeted "criminals" around the president and was not a coup. Namibia's government denied reports that First Lady Grace Mugabe had fled to Windhoek.

Recommended
- Tsvangirai returns to Harare, calls for transitional process
- Rand firms as Zimbabwe crisis contained

Tags: Zimbabwe, Robert Mugabe, Jacob Zuma, SADC

Follow IOL on Twitter and Facebook"""))

M.append(dict(id="h54-19", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20250609004200315",
published_at="2025-06-09", body="""Yonhap News Agency | National | North Korea | Economy | Market | Culture | Sports

(LEAD) Lee, Ishiba hold first phone talks, agree to develop 'future-oriented' ties

SEOUL, June 9 (Yonhap) -- President Lee Jae-myung held his first phone talks with Japanese Prime Minister Shigeru Ishiba on Monday and agreed to develop bilateral relations in a "stable" and "future-oriented" manner, Lee's office said.

During the 25-minute conversation, Ishiba congratulated Lee on his inauguration, and the two leaders reaffirmed the importance of trilateral cooperation with the United States in dealing with North Korea's nuclear and missile threats, presidential spokesperson Kang Yu-jung told reporters.

The two agreed to meet in person "at an early date," Kang said, without elaborating. Lee has been invited to the Group of Seven summit in Kananaskis, Canada, later this month, and his office said it was positively reviewing attendance, fueling speculation that a first meeting with Ishiba could take place there.

The call came three days after Lee's first phone conversation with U.S. President Donald Trump.

A phone conversation with Chinese President Xi Jinping is being arranged, a presidential official said, but no date has been set.

Lee, who took office last Wednesday after winning the snap presidential election, has pledged "pragmatic diplomacy" after the impeachment of his predecessor Yoon Suk Yeol.

This year marks the 60th anniversary of diplomatic normalization between Seoul and Tokyo.

(END)

Keywords: #Lee Jae-myung #Shigeru Ishiba #phone talks

Most Viewed
- BTS' Jin to hold first solo fan concert
- N. Korea resumes launching trash balloons, military says

(C) Yonhap News Agency. All Rights Reserved"""))

M.append(dict(id="h54-20", source="petra.gov.jo",
url="https://petra.gov.jo/Include/InnerPage.jsp?ID=52114&lang=en&name=en_news",
published_at="2023-02-15", body="""Jordan News Agency (Petra) | Local | Arab & International | Economy

Safadi meets Assad in Damascus, conveys King's solidarity with Syrian people

Damascus, Feb. 15 (Petra) -- Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi on Wednesday conveyed to Syrian President Bashar al-Assad a message of solidarity from His Majesty King Abdullah II following the devastating earthquake that struck Syria and Türkiye last week.

Safadi, who arrived in Damascus on Wednesday in the first visit by a Jordanian foreign minister since the start of the Syrian crisis, expressed the Kingdom's condolences for the victims and stressed Jordan's readiness to provide all possible assistance.

Safadi also held talks with Syrian Foreign Minister Faisal Mekdad on the humanitarian situation and efforts to reach a political solution to the crisis in line with UN Security Council Resolution 2254.

His Majesty the King had spoken by telephone with President Assad on Feb. 7, the day after the earthquake.

The Foreign Minister will travel to Türkiye on Thursday to convey the solidarity of the King and the Jordanian people, the ministry said.

Jordan has dispatched aid convoys and an air bridge to both countries, and a team from the Civil Defence has been working in Türkiye since the first days of the disaster.

-- (Petra) F.H.

Other news
- Crown Prince inaugurates technical college in Irbid
- Jordan condemns Israeli settlement announcement
- Cabinet approves draft budget law amendments
- Weather: Cold and cloudy, chance of rain in the north

Petra © All Rights Reserved"""))

M.append(dict(id="h54-21", source="dawn.com",
url="https://www.dawn.com/news/1807455/pakistan-iran-agree-to-return-ambassadors-iranian-fm-to-visit-on-jan-29",
published_at="2024-01-22", body="""DAWN | Home | Latest | Pakistan | World | Business | Opinion

Pakistan, Iran agree to return ambassadors; Iranian FM to visit Islamabad on Jan 29

Baqir Hussain | Published January 22, 2024 | Updated a few minutes ago

ISLAMABAD: Pakistan and Iran on Monday agreed that their ambassadors would return to their respective posts by January 26, and that Iranian Foreign Minister Hossein Amir-Abdollahian would visit Islamabad on January 29, ending a week of tit-for-tat strikes that alarmed the region.

The decisions were announced in a joint statement issued after caretaker Foreign Minister Jalil Abbas Jilani and Mr Amir-Abdollahian spoke by telephone on Monday. The two ministers agreed to enhance working-level cooperation and close coordination on security issues, the Foreign Office said.

Iran struck what it called militant targets in Balochistan on January 16, killing two children. Pakistan recalled its ambassador from Tehran and barred the Iranian envoy from returning, before carrying out strikes in Iran's Sistan-Baluchestan province on January 18.

During the crisis, Turkish Foreign Minister Hakan Fidan spoke separately with his Pakistani and Iranian counterparts, and China offered to play a "constructive role".

Caretaker Prime Minister Anwaarul Haq Kakar, who cut short his visit to the World Economic Forum in Davos, chaired a meeting of the National Security Committee on Friday.

Analysts said both sides had strong incentives to de-escalate ahead of Pakistan's February 8 general elections and amid Iran's confrontation with Israel and the US.

Published in Dawn, January 23rd, 2024

Read more
- PSX gains 600 points as tensions ease
- Editorial: Stepping back from the brink

Comments (43) | Closed

Dawn Media Group. All rights reserved."""))

M.append(dict(id="h54-22", source="azertag.az",
url="https://azertag.az/en/xeber/president_ilham_aliyev_received_a_phone_call_from_russian_president_vladimir_putin-3361427",
published_at="2024-12-28", body="""AZERTAC | Azerbaijan State News Agency | POLITICS | ECONOMY | SOCIETY | WORLD

President Ilham Aliyev received a phone call from Russian President Vladimir Putin

Baku, December 28, AZERTAC

President of the Republic of Azerbaijan Ilham Aliyev received a phone call from President of the Russian Federation Vladimir Putin.

Vladimir Putin apologized for the tragic incident involving the Azerbaijan Airlines passenger aircraft that occurred in Russian airspace and once again expressed his deep condolences to the families of the victims and wished a speedy recovery to the injured.

President Ilham Aliyev noted that the aircraft had been subjected to external physical and technical interference over Russian territory, as a result of which it lost control and was redirected to Aktau. He stressed that the holes in the fuselage and the shrapnel wounds of passengers and crew testified to this.

The head of state said that a thorough investigation must be carried out, those responsible must be brought to justice, and the Azerbaijani side expects an objective investigation.

It was noted that the Investigative Committee of Russia has opened a criminal case.

On December 25, President Ilham Aliyev, who was heading to St. Petersburg to attend an informal CIS summit, turned back his plane upon receiving news of the crash and returned to Baku. On the same day, President of Kazakhstan Kassym-Jomart Tokayev called him to express condolences.

Other news
- December 26 declared a day of mourning in Azerbaijan
- Azerbaijan Airlines suspends flights to several Russian cities

AZERTAC © 1918-2024. All rights reserved."""))

M.append(dict(id="h54-23", source="kathmandupost.com",
url="https://kathmandupost.com/national/2015/04/26/modi-sharif-call-koirala-offer-help",
published_at="2015-04-26", body="""The Kathmandu Post | National | Politics | Valley | Money | Opinion

Modi, Sharif call Koirala, offer help as rescue teams pour in

Post Report, Kathmandu
Apr 26, 2015

Indian Prime Minister Narendra Modi spoke to Prime Minister Sushil Koirala by telephone on Saturday evening, hours after a 7.8-magnitude earthquake struck central Nepal, and assured him of all possible support, officials at the Prime Minister's Office said. Modi also spoke to President Ram Baran Yadav.

Pakistani Prime Minister Nawaz Sharif telephoned Koirala on Sunday and offered to send rescue teams and a field hospital, according to a statement from his office in Islamabad.

Indian Air Force planes carrying National Disaster Response Force teams, medical staff and relief supplies landed at Tribhuvan International Airport within hours of the quake, under what New Delhi has named Operation Maitri. A Chinese search-and-rescue team arrived on Sunday.

Koirala, who was in Bangkok on his way home from the Asian-African Conference in Jakarta when the quake struck, returned to Kathmandu on Saturday night and chaired an emergency Cabinet meeting. The government declared a state of emergency in affected districts.

The death toll had passed 2,400 by Sunday evening, the Home Ministry said. The historic Dharahara tower collapsed, and several monuments in Kathmandu Durbar Square were destroyed. Strong aftershocks continued through the day, sending residents into open spaces.

Chinese President Xi Jinping sent a message of condolences to President Yadav.

Related news
- Everest avalanche: climbers stranded at Camp 1
- Hospitals overwhelmed as injured arrive from Gorkha

Published at: 26-04-2015 | Updated: 26-04-2015 20:45

© 2015 Kantipur Publications Pvt. Ltd."""))

M.append(dict(id="h54-24", source="cbsnews.com",
url="https://www.cbsnews.com/news/poland-missile-strike-biden-duda-call-bali-g20/",
published_at="2022-11-16", body="""CBS News | World | Live

Biden speaks to Poland's Duda after missile blast, says it was "unlikely" fired from Russia

Updated on: November 16, 2022 / 6:04 AM EST / CBS/AP

Nusa Dua, Indonesia — President Biden said Wednesday it was "unlikely" that the missile that killed two people in eastern Poland had been fired from Russia, after convening an emergency meeting of Group of Seven and NATO leaders at the G20 summit in Bali.

Mr. Biden spoke by phone with Polish President Andrzej Duda late on Tuesday, pledging full U.S. support for Poland's investigation and reaffirming "ironclad" U.S. commitment to NATO. Defense Secretary Lloyd Austin also spoke with his Polish counterpart, Mariusz Blaszczak.

Ukrainian President Volodymyr Zelenskyy said he had spoken to Duda as well. Zelenskyy has blamed the blast on Russia.

Duda said on Wednesday there was "no indication" that it was an intentional attack, and that it was most likely a Ukrainian air-defense missile. NATO Secretary-General Jens Stoltenberg said the alliance's preliminary analysis pointed in the same direction, but that "Russia bears ultimate responsibility".

The blast struck a grain facility in the village of Przewodów, about four miles from the border with Ukraine, as Russia launched its heaviest barrage of missiles on Ukrainian cities in weeks.

Mr. Biden held three hours of talks with Chinese President Xi Jinping in Bali on Monday.

NATO ambassadors were meeting in Brussels on Wednesday at Poland's request.

More from CBS News
- Trump announces 2024 presidential run
- G20 leaders condemn war in Ukraine in joint declaration

© 2022 CBS Interactive Inc. All Rights Reserved."""))

M.append(dict(id="h54-25", source="loopnews.com",
url="https://www.loopnews.com/content/us-delegation-meets-haitian-leaders-after-moise-killing/",
published_at="2021-07-12", body="""Loop News | Caribbean | Jamaica | Trinidad | Barbados | Haiti

US delegation meets Haitian leaders after Moïse killing

By CMC | Monday, July 12, 2021 | 9:04 AM

PORT-AU-PRINCE, Haiti (CMC) -- A delegation of senior United States officials met interim Prime Minister Claude Joseph, prime minister-designate Ariel Henry and Senate President Joseph Lambert in Port-au-Prince on Sunday, as Washington weighs Haiti's request for troops following the assassination of President Jovenel Moïse.

The delegation, made up of officials from the National Security Council, the State Department, the Department of Homeland Security and the Department of Justice, also reviewed security at key infrastructure, the White House said. It said the officials encouraged Haitian leaders to work together towards "free and fair elections".

Colombian President Ivan Duque said he had spoken with Joseph by telephone and offered full cooperation with the investigation. At least 18 of the suspects arrested are Colombian nationals, many of them former soldiers. Duque said Colombia's police chief and intelligence officials would travel to Port-au-Prince.

CARICOM Chairman and Antigua and Barbuda Prime Minister Gaston Browne said he had also spoken with Joseph and that the regional body was ready to send a mission.

The Dominican Republic closed its border with Haiti after the killing.

Moïse was shot dead at his home in the early hours of Wednesday. His wife Martine, who was wounded, is being treated in Miami.

Related
- Haiti police arrest Florida-based doctor in Moïse plot
- Jamaica on alert for Haitian migrants

Copyright 2021 Loop News. All rights reserved."""))

M.append(dict(id="h54-26", source="jordantimes.com",
url="https://jordantimes.com/news/local/jordan-ready-release-rishawi-if-pilot-freed",
published_at="2015-01-29", body="""The Jordan Times | Local | Region | World | Business | Opinion

Jordan ready to release Rishawi if pilot is freed — Momani

By JT | Jan 29, 2015, 00:42

AMMAN — Jordan is ready to release an Iraqi woman on death row if Daesh frees Air Force pilot Muath Al Kasasbeh, Government Spokesperson Mohammad Momani said on Wednesday, as the terror group's latest deadline approached.

Momani said the Kingdom was demanding proof that Kasasbeh, whose F-16 crashed over Syria last month, was alive. The group has said it would kill the pilot unless Sajida Al Rishawi, convicted over the 2005 Amman hotel bombings, was handed over by sunset on Thursday.

The group is also holding Japanese journalist Kenji Goto.

Japan's State Minister for Foreign Affairs Yasuhide Nakayama, who has been heading an emergency response team in Amman since last week, met Foreign Minister Nasser Judeh and other officials on Wednesday. Nakayama told reporters the two countries were "cooperating closely".

Japanese Prime Minister Shinzo Abe has spoken by telephone with His Majesty King Abdullah during the crisis to seek the Kingdom's help in securing the release of Goto, according to Japanese officials.

Hundreds of people gathered outside the Prime Ministry and in Karak, Kasasbeh's hometown, to demand the government do everything possible to bring him home.

Related articles
- Kasasbeh family meets King
- Cabinet extends state of readiness

© 2015 The Jordan Times. All rights reserved."""))
