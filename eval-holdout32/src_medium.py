# Medium wire-style stories (1,200-2,000 characters), h32-13 .. h32-26
M = []

M.append(dict(id="h32-13", source="wam.ae",
url="https://www.wam.ae/en/details/1395303137592",
published_at="2023-03-19", body="""Emirates News Agency - WAM

UAE President receives Syrian President

Sun 19-03-2023 18:47 PM

ABU DHABI, 19th March, 2023 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan today received President Bashar Al Assad of Syria, who is on an official visit to the UAE accompanied by his wife, Asma Al Assad.

An official reception ceremony was held for the Syrian President upon his arrival at Qasr Al Watan in Abu Dhabi, where he was greeted with a 21-gun salute as military aircraft flew overhead trailing the colours of the Syrian flag.

During the meeting, the two leaders discussed fraternal relations and cooperation between the two countries and ways to develop them in a manner that serves their mutual interests, as well as the latest regional and international developments.

His Highness said the UAE stood in solidarity with Syria and its people in the aftermath of the earthquake that struck the country last month, and stressed the importance of the return of refugees and of efforts to reach a political settlement that preserves Syria's unity.

President Al Assad expressed his appreciation for the UAE's relief efforts and its support for the Syrian people.

The meeting was attended by H.H. Sheikh Tahnoun bin Zayed Al Nahyan, Deputy Ruler of Abu Dhabi and National Security Advisor, and H.H. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, among other senior officials.

WAM/Tariq alfaham

Other News
Abdullah bin Zayed receives phone call from Egyptian Foreign Minister
UAE, Indonesia discuss CEPA implementation
Weather: Fair to partly cloudy, chance of rain over eastern areas

Share | Print | Email

Copyright 2023 WAM. All rights reserved."""))

M.append(dict(id="h32-14", source="qna.org.qa",
url="https://www.qna.org.qa/en/News-Area/News/2022-01/31/amir-us-president-hold-talks-at-white-house",
published_at="2022-01-31", body="""Qatar News Agency

Amir, US President Hold Talks at White House

Washington, January 31 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani and HE President of the United States of America Joe Biden held official talks at the White House in Washington on Monday.

At the outset of the talks, the US President welcomed HH the Amir and the accompanying delegation, expressing his pleasure at hosting His Highness on the occasion of the 50th anniversary of diplomatic relations between the two friendly countries.

President Biden announced that he would notify Congress of his intent to designate the State of Qatar as a Major Non-NATO Ally, in recognition of the importance of the strategic partnership, and thanked HH the Amir for the State of Qatar's role in the evacuation of tens of thousands of people from Afghanistan.

For his part, HH the Amir expressed his thanks to the President for the warm welcome, and affirmed the State of Qatar's keenness to strengthen cooperation with the United States in the fields of energy, investment, security and defence.

The talks reviewed the situation in Afghanistan, the Palestinian cause, the Iranian nuclear file and the stability of global energy markets.

Earlier, HH the Amir witnessed the signing of a purchase agreement between Qatar Airways and Boeing, and a memorandum of understanding with Boeing for a new freighter.

HH the Amir arrived in Washington on Sunday on an official visit to the United States.

QNA

Related News
HH the Amir Sends Cable of Condolences to President of Tunisia
Prime Minister Meets UK Ambassador
Qatar Participates in Arab League Meeting

(c) Qatar News Agency 2022"""))

M.append(dict(id="h32-15", source="spa.gov.sa",
url="https://www.spa.gov.sa/w1890217",
published_at="2023-04-12", body="""Saudi Press Agency

Foreign Minister Receives Syrian Counterpart in Jeddah

Jeddah, April 12, 2023, SPA -- Minister of Foreign Affairs Prince Faisal bin Farhan bin Abdullah received today in Jeddah Minister of Foreign Affairs and Expatriates of the Syrian Arab Republic Dr. Faisal Mekdad, who is on a visit to the Kingdom at the invitation of His Highness.

During the meeting, the two sides discussed the steps required to reach a comprehensive political settlement to the Syrian crisis that ends all its repercussions, achieves national reconciliation and contributes to the return of Syria to its Arab surroundings.

The two ministers also discussed the necessary arrangements for the safe return of Syrian refugees and displaced persons to their areas, the delivery of humanitarian aid to affected areas, and combating drug smuggling.

The two sides welcomed the start of procedures to resume consular services and flights between the two countries.

--

Foreign Minister Receives Phone Call from Jordanian Counterpart

Riyadh, April 12, 2023, SPA -- Minister of Foreign Affairs Prince Faisal bin Farhan bin Abdullah received a phone call today from Deputy Prime Minister and Minister of Foreign and Expatriates Affairs of the Hashemite Kingdom of Jordan Ayman Safadi.

During the call, they reviewed bilateral relations and discussed regional developments, including the consultative meeting on Syria to be held in Jeddah on Friday with the participation of the foreign ministers of the GCC countries, Egypt, Jordan and Iraq.

--

Time 21:14 | Views 1,288

Share: Twitter | Facebook | WhatsApp

Most read
Custodian of the Two Holy Mosques Approves Holding of Eid Prayers
KSrelief Distributes Food Baskets in Sudan"""))

M.append(dict(id="h32-16", source="timesofisrael.com",
url="https://www.timesofisrael.com/bennett-sissi-meet-in-sharm-el-sheikh-in-first-such-public-summit-in-decade/",
published_at="2021-09-13", body="""The Times of Israel

Bennett, Sissi meet in Sharm el-Sheikh in first public summit between leaders in a decade

Egyptian president hosts PM at Red Sea resort, discusses Gaza ceasefire, regional security and economic ties; Israeli flag displayed at talks in rare public gesture

By TOI staff | 13 September 2021, 6:47 pm | 22

Prime Minister Naftali Bennett met Egyptian President Abdel Fattah el-Sissi in the Red Sea resort of Sharm el-Sheikh on Monday, in the first publicly announced visit to Egypt by an Israeli premier in over a decade.

Bennett flew to Sharm in the morning and held a meeting of about three hours with Sissi, first alone and then with their teams. Images released by the Egyptian presidency showed the two leaders seated in front of Israeli and Egyptian flags.

Bennett said after returning that the two had laid "the foundation for deep ties going forward." His office said the talks dealt with ways to deepen cooperation in trade and tourism, the security situation in the Gaza Strip, and Egypt's efforts to mediate a long-term truce and a prisoner exchange with Hamas.

Sissi's office said the Egyptian president stressed support for "all efforts to achieve comprehensive peace in the Middle East on the basis of the two-state solution."

The invitation was delivered in August by Egyptian intelligence chief Abbas Kamel during a visit to Jerusalem.

Last month Foreign Minister Yair Lapid made the first official visit to Morocco by an Israeli minister since the two countries renewed ties.

Sign up for our free Daily Edition. Email | SIGN UP

Read more
Lapid: Gaza 'economy for security' plan
Bahrain names first ambassador to Israel

22 Comments | Share: Facebook | Twitter | WhatsApp"""))

M.append(dict(id="h32-17", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/72181",
published_at="2023-09-04", body="""President of Russia

News > Events

Talks with President of Türkiye Recep Tayyip Erdogan

September 4, 2023 15:20 Sochi

Vladimir Putin held talks with President of the Republic of Türkiye Recep Tayyip Erdogan, who is in Russia on a working visit.

The talks, held at the Bocharov Ruchei residence in Sochi, began with a meeting in restricted format and continued with the participation of the two delegations.

The sides discussed the current state and prospects of Russian-Turkish cooperation in trade, the economy and energy, including the construction of the Akkuyu nuclear power plant and the project to create a gas hub in Türkiye. Particular attention was paid to the situation around the grain deal.

Following the talks, the presidents made statements for the press.

Vladimir Putin: Mr President, friends, ladies and gentlemen,

Our talks with President Erdogan have been held in a businesslike and constructive atmosphere. Türkiye is one of our key partners, and trade between our countries grew by almost 90 percent last year, exceeding $62 billion.

Regarding the grain deal, Russia is ready to consider returning to it as soon as all the agreements on lifting restrictions on the export of Russian agricultural products are implemented in full. In the meantime, we are close to finalising an agreement with six African countries to supply them with up to 50,000 tonnes of grain each free of charge.

Recep Tayyip Erdogan (retranslated): The grain corridor has made an important contribution to food security, and I believe we will reach a solution that meets expectations in a short time.

The President of Russia thanked his Turkish colleague for the invitation to visit Türkiye.

Topics: Foreign policy
Geography: Türkiye
Persons: Erdogan Recep Tayyip

Publication status: Published in sections: News, Transcripts
Publication date: September 4, 2023, 15:20"""))

M.append(dict(id="h32-18", source="gulfnews.com",
url="https://gulfnews.com/world/gulf/saudi/saudi-defence-minister-meets-khamenei-in-rare-tehran-visit-1.500098812",
published_at="2025-04-17", body="""Gulf News

World > Gulf > Saudi

Saudi defence minister meets Khamenei in rare Tehran visit

Prince Khalid bin Salman delivers a letter from King Salman ahead of the second round of Iran-US talks

Reuters
Published: April 17, 2025 18:30

Dubai: Saudi Defence Minister Prince Khalid bin Salman met Iran's Supreme Leader Ayatollah Ali Khamenei in Tehran on Thursday, the most senior Saudi royal to visit the Islamic Republic in decades.

Prince Khalid handed Khamenei a written message from King Salman, Iranian state media reported. He also held talks with President Masoud Pezeshkian and with Armed Forces Chief of Staff Major General Mohammad Bagheri.

"We believe that relations between the Islamic Republic and Saudi Arabia are beneficial for both countries," Khamenei told his guest, according to his official website.

The visit comes two days before Iran and the US hold a second round of talks on Tehran's nuclear programme on Saturday, in Rome, with Oman again acting as mediator. The first round was held in Muscat last weekend.

Iran's Foreign Minister Abbas Araghchi is also due to travel to Moscow on Friday to brief Russian officials on the talks, the Iranian foreign ministry said.

Saudi Arabia and Iran restored diplomatic ties in 2023 under a deal brokered by China, ending a seven-year rift.

Gulf states fear being caught in the crossfire if Israel or the US strike Iran's nuclear facilities, a threat that US President Donald Trump has repeatedly made.

"Riyadh is sending a clear message that it wants to be part of the solution and not a target," said a Gulf-based diplomat.

Also read
UAE, Saudi back Oman's mediation role
Oil prices rise on supply worries

Get Gulf News on WhatsApp. Click here to join"""))

M.append(dict(id="h32-19", source="france24.com",
url="https://www.france24.com/en/africa/20220827-macron-tebboune-sign-declaration-to-relaunch-ties-as-algeria-visit-ends",
published_at="2022-08-27", body="""France 24

Africa

Macron, Tebboune sign declaration to relaunch ties as Algeria visit ends

Issued on: 27/08/2022 - 14:02

French President Emmanuel Macron and his Algerian counterpart Abdelmadjid Tebboune on Saturday signed a joint declaration for a "renewed partnership", wrapping up a three-day visit aimed at mending relations between Paris and its former colony.

The text, signed at the Palace of the People in Algiers, sets up a joint commission of historians to examine the colonial period and the war of independence, and provides for closer cooperation on the economy, energy, education and youth.

Macron arrived in Algiers on Thursday and laid a wreath at the Martyrs' Memorial. On Friday he travelled to the western city of Oran, where he met young entrepreneurs and visited a breakdance school.

On Friday the two presidents also chaired an unusual meeting of their countries' military and intelligence chiefs, the first of its kind since independence in 1962.

Relations soured last year after Macron questioned whether Algeria had existed as a nation before French colonisation, prompting Algiers to recall its ambassador and close its airspace to French military planes.

Macron also pledged to ease visa rules for Algerians, which Paris had tightened in 2021.

Questions over increased gas deliveries to Europe loomed over the visit, but Macron insisted he had not come to Algeria "to get gas".

(FRANCE 24 with AFP)

Read more
Macron says he will not ask Algeria for 'forgiveness' over colonisation

Daily newsletter: Receive essential international news every morning. Subscribe

Cookie settings | Privacy"""))

M.append(dict(id="h32-20", source="ekathimerini.com",
url="https://www.ekathimerini.com/news/1199432/dendias-refuses-to-disembark-in-tripoli-flies-to-benghazi/",
published_at="2022-11-17", body="""ekathimerini.com

Diplomacy

Dendias refuses to disembark in Tripoli, flies on to Benghazi

Web desk | 17.11.2022 • 15:48

Foreign Minister Nikos Dendias did not leave his plane after landing in Tripoli on Thursday, when he discovered that he was to be welcomed by the foreign minister of the Tripoli-based Government of National Unity, Najla Mangoush, contrary to what had been agreed.

Dendias had been due to meet the head of Libya's Presidential Council, Mohamed Menfi, but had said he would not meet members of the Dbeibah government, which signed a memorandum on hydrocarbons exploration with Turkey in October that Athens considers illegal.

Instead, the aircraft took off for Benghazi, where Dendias met the speaker of the House of Representatives, Aguila Saleh, and the commander of the Libyan National Army, Khalifa Haftar, according to the Greek foreign ministry.

The GNU said it had suspended the visit and accused Dendias of a "flagrant diplomatic breach," adding that it would take "appropriate measures."

"Greece's positions on the Turkish-Libyan memorandums are clear and will not change," Dendias said on Twitter after the talks in Benghazi.

From Benghazi the minister was to travel to Cairo, where he is scheduled to meet his Egyptian counterpart Sameh Shoukry on Friday.

Athens expelled the Libyan ambassador in 2019 after the GNA signed a maritime boundary deal with Ankara.

MORE FROM DIPLOMACY
Athens, Ankara trade barbs over Aegean
Greek PM meets Bulgarian counterpart in Sofia

Subscribe to our newsletter | Follow us on Facebook"""))

M.append(dict(id="h32-21", source="dailysabah.com",
url="https://www.dailysabah.com/politics/diplomacy/erdogan-hosts-syrias-al-sharaa-in-ankara-vows-support-for-reconstruction",
published_at="2025-02-04", body="""Daily Sabah

Politics > Diplomacy

Erdoğan hosts Syria's al-Sharaa in Ankara, vows support for reconstruction

DAILY SABAH WITH AA
ISTANBUL | Feb 04, 2025 - 9:22 pm GMT+3

President Recep Tayyip Erdoğan on Tuesday hosted Syria's interim President Ahmed al-Sharaa in Ankara, pledging Türkiye's support for the reconstruction of Syria and its fight against terrorism.

Al-Sharaa, accompanied by Foreign Minister Asaad al-Shaibani, was welcomed by Erdoğan at the Presidential Complex. The two leaders held a one-on-one meeting followed by an inter-delegation meeting and a working dinner.

"We discussed the steps we can take to revive Syria's economy," Erdoğan told a joint press conference, adding that Türkiye was ready to cooperate in energy, infrastructure and defense.

Al-Sharaa thanked Türkiye for its support during 14 years of war and for hosting millions of Syrian refugees. He said the two countries would establish "a strategic partnership" and invited Erdoğan to visit Damascus.

Ankara is the second foreign stop for al-Sharaa since he was named interim president last week, following a visit to Saudi Arabia on Sunday.

Erdoğan said the YPG, the Syrian wing of the PKK terrorist organization, must disarm.

Türkiye was one of the first countries to reopen its embassy in Damascus after the Assad regime fell on Dec. 8.

Related
Fidan: Türkiye to help train new Syrian army
Syrian refugees begin returning from Türkiye

Daily Sabah Newsletter | Subscribe"""))

M.append(dict(id="h32-22", source="arabnews.com",
url="https://www.arabnews.com/node/2513201/saudi-arabia",
published_at="2024-05-19", body="""Arab News

Saudi crown prince receives US national security adviser in Dhahran

ARAB NEWS
May 19, 2024 14:05

DHAHRAN: Saudi Crown Prince and Prime Minister Mohammed bin Salman received US National Security Adviser Jake Sullivan in Dhahran on Saturday, the Saudi Press Agency reported.

During the meeting, they discussed "the semi-final version" of draft strategic agreements between the Kingdom and the US, which are nearly complete, SPA said. They also discussed the situation in Gaza and the need to stop the war.

The meeting was attended by Prince Khalid bin Salman, minister of defense, and Prince Faisal bin Farhan, minister of foreign affairs. Brett McGurk, White House coordinator for the Middle East, accompanied Sullivan.

The White House said the two sides reviewed a defense pact and cooperation on civil nuclear energy, as well as "a credible pathway toward a two-state solution."

Sullivan travels to Israel on Sunday, where he is expected to meet Prime Minister Benjamin Netanyahu to discuss the war in Gaza and plans for the Rafah operation.

Any deal involving Saudi recognition of Israel would need approval by the US Congress.

Related
Saudi, US officials discuss defense cooperation
KSrelief dispatches aid convoy to Gaza via Jordan

Follow Arab News on Twitter | Facebook"""))

M.append(dict(id="h32-23", source="apnews.com",
url="https://apnews.com/article/trump-jordan-king-abdullah-gaza-white-house",
published_at="2025-02-11", body="""Trump presses Jordan's king on Gaza plan; Abdullah offers to take in 2,000 sick children

By ZEKE MILLER, AAMER MADHANI and MATTHEW LEE | February 11, 2025

WASHINGTON (AP) — President Donald Trump on Tuesday pressed Jordan's King Abdullah II on his plan for the US to take over the Gaza Strip and resettle its Palestinian population, as the king offered to take in 2,000 sick Palestinian children but stopped short of endorsing the idea.

Abdullah, the first Arab leader to visit the White House since Trump took office, met the president in the Oval Office with his son, Crown Prince Hussein, at his side.

"I think the thing to do is to wait until the Egyptians can come and present" an Arab plan, the king said.

Jordan already hosts more than 2 million Palestinian refugees.

Egypt's Foreign Minister Badr Abdelatty met Secretary of State Marco Rubio in Washington on Monday and told him Arab states were working on a plan to rebuild Gaza without moving its population, according to Egypt's Foreign Ministry.

Egyptian President Abdel Fattah el-Sissi will not travel to Washington for talks that include the displacement plan, Egyptian security officials said, although the White House had extended an invitation.

Copyright 2025 The Associated Press. All Rights Reserved."""))

M.append(dict(id="h32-24", source="sis.gov.eg",
url="https://www.sis.gov.eg/Story/201477/President-El-Sisi-receives-Iranian-FM",
published_at="2024-10-17", body="""State Information Service

President El-Sisi receives Iranian FM

Thursday, 17 October 2024 - 05:12 PM

President Abdel Fattah El-Sisi received on Thursday Iranian Foreign Minister Abbas Araghchi, in the presence of Foreign Minister Badr Abdelatty.

Presidential Spokesman Ambassador Mohamed El-Shennawy said the meeting discussed the dangerous escalation in the region, and President El-Sisi stressed the need to avoid sliding into a regional war.

The President stressed the importance of an immediate ceasefire in Gaza and Lebanon, as well as of protecting maritime navigation in the Red Sea.

Araghchi conveyed the greetings of Iranian President Masoud Pezeshkian to President El-Sisi.

Araghchi arrived in Cairo from Amman, as part of a regional tour that has taken him to Saudi Arabia, Qatar, Iraq, Oman and Jordan.

Meanwhile, Foreign Minister Abdelatty received a phone call on Thursday from US Secretary of State Antony Blinken, who discussed US efforts for a ceasefire in Gaza and Lebanon, according to a statement by the Foreign Ministry spokesman.

Related
Egypt, Saudi Arabia discuss regional developments
Madbouly inaugurates new projects in Upper Egypt

Egypt SIS | Arabic | French

Share on: Facebook | Twitter"""))

M.append(dict(id="h32-25", source="addisstandard.com",
url="https://addisstandard.com/news-pm-abiy-receives-rsf-leader-dagalo-in-addis-abeba/",
published_at="2023-12-28", body="""Addis Standard

News: PM Abiy receives RSF leader Dagalo in Addis Abeba

Addis Abeba, December 28/2023 – Prime Minister Abiy Ahmed received General Mohamed Hamdan Dagalo, commander of Sudan's Rapid Support Forces (RSF), in Addis Abeba on Thursday.

In a post on X, PM Abiy said the two had discussed "the importance of peace and stability in Sudan" and that he had underlined Ethiopia's commitment to "mediate and bring an end to the conflict through dialogue."

Dagalo, known as Hemedti, arrived in Addis Abeba from Kampala, where he met Ugandan President Yoweri Museveni on Wednesday, his first publicly confirmed foreign trip since the start of the war with the Sudanese Armed Forces in April.

Sudanese media reported that Hemedti would next travel to Djibouti, which currently chairs IGAD, though this has not been confirmed.

IGAD leaders announced this month that Hemedti and army chief General Abdel Fattah al-Burhan had agreed to meet face to face, but no date has been set.

Sudan's foreign ministry in Port Sudan criticized governments hosting the RSF leader, saying it "encourages the militia."

The war has killed more than 12,000 people and displaced over seven million, according to UN estimates.

AS

Related
Ethiopia, Somaliland sign MoU on sea access
Inflation eases to 28.7 percent

Subscribe | Support Addis Standard"""))

M.append(dict(id="h32-26", source="aa.com.tr",
url="https://www.aa.com.tr/en/turkiye/erdogan-holds-phone-diplomacy-on-israel-gaza-conflict/3014532",
published_at="2023-10-10", body="""Anadolu Agency

Erdogan continues phone diplomacy with regional leaders over Israel-Gaza conflict

Turkish president speaks with Iranian President Raisi, Qatari Emir Al Thani

Burak Bir |10.10.2023 - Update : 10.10.2023

ANKARA

Turkish President Recep Tayyip Erdogan on Tuesday held phone calls with Iranian President Ebrahim Raisi and Qatar's Emir Sheikh Tamim bin Hamad Al Thani on the escalating conflict between Israel and Palestinian groups, the Turkish Communications Directorate said.

In his call with Raisi, Erdogan said Türkiye was working to stop the clashes and to open humanitarian corridors to Gaza.

Speaking with the Qatari emir, Erdogan said the two countries should cooperate to prevent the conflict from spreading.

Erdogan also spoke over the weekend with Palestinian President Mahmoud Abbas and with Israeli President Isaac Herzog.

Separately, Foreign Minister Hakan Fidan discussed the situation in a phone call with US Secretary of State Antony Blinken on Tuesday, diplomatic sources said.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."""))
