# Medium wire-style stories (1,200-2,000 characters), h56-13 .. h56-26
M = []

M.append(dict(id="h56-13", source="armenpress.am",
url="https://armenpress.am/eng/news/1031562/",
published_at="2020-10-10", body="""ARMENPRESS | News | Politics | Economy | Society | Exchange rates: USD 487.15 | EUR 575.62 | RUB 6.32

Armenia, Azerbaijan agree humanitarian ceasefire after talks in Moscow

YEREVAN, OCTOBER 10, ARMENPRESS. Armenia and Azerbaijan have agreed on a humanitarian ceasefire from 12:00 on October 10, following more than ten hours of talks in Moscow between Foreign Minister of Armenia Zohrab Mnatsakanyan and Foreign Minister of Azerbaijan Jeyhun Bayramov, mediated by Russian Foreign Minister Sergey Lavrov.

Lavrov read out a joint statement shortly after 3 a.m. Moscow time. Under the statement, the ceasefire is declared for the exchange of prisoners of war and other detained persons and of the bodies of the dead, with the mediation of the International Committee of the Red Cross. The specific parameters are to be agreed additionally.

The sides also agreed to begin substantive negotiations on a peaceful settlement, with the mediation of the OSCE Minsk Group co-chairs.

The trilateral meeting was convened at the initiative of Russian President Vladimir Putin, who had held telephone conversations with Prime Minister Nikol Pashinyan and President Ilham Aliyev earlier this week and called for a halt to the fighting.

The Armenian foreign minister arrived in Moscow on Friday. It was the first meeting of the two ministers since the start of the Azerbaijani offensive on September 27.

Armenian Defence Ministry spokesperson Shushan Stepanyan said later on Saturday that the situation on the front line remained tense.

Editor: Narek Sargsyan

© 2020 ARMENPRESS. Reproduction of materials is allowed only with a hyperlink to armenpress.am

Most read: Pashinyan addresses the nation | Armenian diaspora rallies in Los Angeles"""))

M.append(dict(id="h56-14", source="trtworld.com",
url="https://www.trtworld.com/africa/ethiopia-and-somalia-agree-to-end-dispute-in-ankara-declaration-18245612",
published_at="2024-12-12", body="""TRT World | Türkiye | Africa | Middle East | Live

Ethiopia and Somalia agree to end dispute in 'Ankara Declaration' brokered by Erdogan

Agreement after hours of talks in the Turkish capital ends a year-long row over Ethiopia's access to the sea

Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud have agreed to put their differences aside after talks in Ankara hosted by Turkish President Recep Tayyip Erdogan, the three leaders announced late on Wednesday.

Erdogan met each leader separately at the Presidential Complex before bringing them together for a trilateral session. The two leaders then signed what officials called the Ankara Declaration, and appeared with their host at a joint news conference close to midnight.

Under the declaration, Addis Ababa and Mogadishu reaffirmed respect for each other's sovereignty and territorial integrity, and agreed to work on arrangements that would give landlocked Ethiopia reliable commercial access to the sea under Somalia's sovereign authority.

The two sides will begin technical negotiations by the end of February 2025 at the latest, with Türkiye's facilitation, and aim to conclude them within four months.

Erdogan called the agreement "historic" and said Türkiye would continue to stand by both countries. Abiy said his country sought access to the sea only through peaceful means, while Hassan Sheikh said the deal had ended the misunderstanding of the past year.

Relations soured in January after Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland, which Mogadishu called an attack on its sovereignty. Two earlier rounds of talks at the level of foreign ministers were held in Ankara in July and August.

Source: TRT World and agencies

Related: Fidan holds phone call with Egyptian counterpart on regional issues

Share: Facebook | X | WhatsApp"""))

M.append(dict(id="h56-15", source="vaticannews.va",
url="https://www.vaticannews.va/en/vatican-city/news/2023-06/cardinal-zuppi-concludes-moscow-mission.html",
published_at="2023-06-29", body="""Vatican News | Pope | Vatican | Church | World | Radio

Cardinal Zuppi concludes Moscow mission focused on humanitarian initiatives

The Holy See Press Office said the Pope's envoy met senior Russian officials during his two-day visit, with a particular focus on the situation of children.

By Vatican News

Cardinal Matteo Zuppi, Archbishop of Bologna and President of the Italian Bishops' Conference, concluded on Thursday his two-day visit to Moscow as Pope Francis's envoy, the Holy See Press Office said in a statement.

On Wednesday, the Cardinal, accompanied by an official of the Secretariat of State, met Yuri Ushakov, foreign policy adviser to President Vladimir Putin. On Thursday he was received by Maria Lvova-Belova, the Russian Presidential Commissioner for Children's Rights, and later met Patriarch Kirill of Moscow and All Russia.

The results of the visit will be brought to the attention of the Holy Father, the statement said, with a view to further steps on the humanitarian level and in the search for paths to peace.

Kremlin spokesman Dmitry Peskov told reporters that no meeting between the Cardinal and President Putin was planned, but said Moscow valued the Vatican's efforts.

Earlier this month, on 5 and 6 June, Cardinal Zuppi visited Kyiv, where he met President Volodymyr Zelensky and other officials. The mission, announced by the Pope in May, aims to help ease tensions in the conflict and to bring home Ukrainian children taken to Russia.

Listen to our report | Share

Other news: Pope Francis receives delegation of the Ecumenical Patriarchate for the Feast of Saints Peter and Paul"""))

M.append(dict(id="h56-16", source="globaltimes.cn",
url="https://www.globaltimes.cn/page/202305/1290915.shtml",
published_at="2023-05-17", body="""Global Times | China | Source | Opinion | In-Depth | World

Chinese special envoy Li Hui visits Ukraine, to travel on to Poland, France, Germany and Russia

By Global Times | Published: May 17, 2023 11:42 PM

Li Hui, the Chinese government's Special Representative on Eurasian Affairs, visited Ukraine on Tuesday and Wednesday and met Ukrainian Foreign Minister Dmytro Kuleba, according to China's Foreign Ministry, the first trip to the country by a senior Chinese official since the Russia-Ukraine conflict escalated.

Li and Kuleba exchanged views on the political settlement of the crisis, the ministry said. The envoy told his host that there is no panacea for resolving the crisis and that all parties should start from themselves to build mutual trust and create conditions for ending the conflict and starting peace talks.

The Ukrainian side said Kuleba had briefed the Chinese envoy on Kyiv's peace formula and stressed that Ukraine would not accept any proposal involving the loss of its territories.

Li will continue his trip to Poland, France and Germany, and will also visit Russia, the ministry said. He served as Chinese ambassador to Moscow for a decade until 2019.

The tour follows a telephone conversation between President Xi Jinping and President Volodymyr Zelensky on April 26, their first since the conflict began.

Chinese experts told the Global Times that the trip showed Beijing's sincerity in promoting peace talks, and that Western media should avoid hyping China's position.

Global Times

Related: Chinese, Russian militaries pledge closer coordination | Yuan steadies against dollar

Share: Weibo | WeChat | Twitter | Facebook"""))

M.append(dict(id="h56-17", source="kuna.net.kw",
url="https://www.kuna.net.kw/ArticleDetails.aspx?id=2953648&language=en",
published_at="2021-01-04", body="""KUNA | Kuwait News Agency | Arabic | English

Kuwait FM: Saudi Arabia, Qatar to reopen borders, airspace from tonight

KUWAIT, Jan 4 (KUNA) -- Deputy Prime Minister and Foreign Minister Sheikh Dr. Ahmad Nasser Al-Mohammad Al-Sabah announced on Monday that the Kingdom of Saudi Arabia and the State of Qatar had agreed to reopen their airspace and land and sea borders from this evening.

In a statement broadcast on Kuwait Television, the minister said the agreement was reached following a proposal by His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah, made in telephone calls His Highness held today with His Highness Sheikh Tamim bin Hamad Al-Thani, the Amir of the State of Qatar, and His Royal Highness Prince Mohammad bin Salman bin Abdulaziz, Crown Prince of Saudi Arabia.

Sheikh Dr. Ahmad Nasser said the Gulf Cooperation Council summit to be held in Al-Ula on Tuesday would witness the signing of a statement that opens a new page in Gulf relations.

The minister recalled the efforts of the late Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah to mend the rift, and expressed appreciation for the support of the United States.

Qatar's Amiri Diwan said later that Sheikh Tamim would head his country's delegation to the summit. US presidential adviser Jared Kushner is expected to attend.

Saudi Arabia, the UAE, Bahrain and Egypt cut diplomatic and trade ties with Qatar in June 2017.

(end) ab.gb

KUNA 041958 GMT Jan 21

Other news: Kuwait reports 257 new COVID-19 cases | Kuwait oil price up to USD 51.8 pb"""))

M.append(dict(id="h56-18", source="ukrinform.net",
url="https://www.ukrinform.net/rubric-polytics/3993381-ukrainerussia-talks-in-istanbul-agreement-reached-on-1000for1000-prisoner-exchange.html",
published_at="2025-05-16", body="""Ukrinform | Ukraine | War | Politics | Economy | Subscribe to our Telegram

Ukraine-Russia talks in Istanbul: agreement reached on 1,000-for-1,000 prisoner exchange

16.05.2025 17:28

The Ukrainian and Russian delegations meeting in Istanbul on Friday agreed to exchange 1,000 prisoners of war each, Defense Minister Rustem Umerov, who led the Ukrainian side, told journalists.

The talks at Dolmabahce Palace, the first direct negotiations between the two countries since spring 2022, lasted less than two hours. They were opened by Turkish Foreign Minister Hakan Fidan. The Russian delegation was headed by presidential aide Vladimir Medinsky.

Umerov said the sides had also discussed a ceasefire and a possible meeting between the heads of state. The Russian side said it had "taken note" of the request for a leaders' meeting and was ready to continue contacts.

Earlier on Friday, a trilateral meeting of the Ukrainian, US and Turkish delegations took place in Istanbul with the participation of US Secretary of State Marco Rubio.

On Thursday, President Volodymyr Zelensky held talks with President Recep Tayyip Erdogan in Ankara and sent the delegation to Istanbul with a mandate to seek a ceasefire. Zelensky then flew to Tirana for the European Political Community summit.

US President Donald Trump said he would meet Russian President Vladimir Putin "as soon as we can set it up".

Zelensky said Ukraine was ready for any format of negotiations to achieve peace.

When citing and using any materials on the Internet, links to the website ukrinform.net not lower than the first paragraph are mandatory.

Read also: Sybiha discusses sanctions with Finnish counterpart by phone"""))

M.append(dict(id="h56-19", source="libyaobserver.ly",
url="https://www.libyaobserver.ly/news/haftar-leaves-moscow-without-signing-ceasefire-deal-sarraj-signs",
published_at="2020-01-14", body="""The Libya Observer | News | Politics | Economy | Opinion

Haftar leaves Moscow without signing ceasefire deal, Sarraj signs

The Libya Observer with agencies | Tuesday, 14 January 2020

Khalifa Haftar left Moscow on Tuesday morning without signing a ceasefire agreement drafted during talks brokered by Russia and Turkey, Russian Foreign Minister Sergey Lavrov said, while the head of the UN-recognised Government of National Accord, Fayez al-Sarraj, had signed the document on Monday.

Sarraj and Haftar spent about seven hours in the Russian capital on Monday without meeting face to face. Lavrov and Defence Minister Sergei Shoigu hosted the talks with Turkish Foreign Minister Mevlut Cavusoglu and Defence Minister Hulusi Akar, who moved between the delegations.

Lavrov said Haftar had asked for more time to study the text and that Moscow would continue its efforts. The head of the High Council of State, Khalid al-Mishri, and the eastern-based parliament's speaker, Aguila Saleh, were also in Moscow.

Turkish President Recep Tayyip Erdogan said Haftar had "run away" and warned he would be taught a lesson if attacks on Tripoli resumed.

A fragile truce has been in place since Sunday, after Erdogan and Russian President Vladimir Putin called for a ceasefire at a meeting in Istanbul last week.

German Chancellor Angela Merkel has invited the leaders of the countries involved to an international conference on Libya in Berlin on Sunday. Sarraj said he would attend.

Related: GNA says Haftar forces shelled Abu Salim overnight | Oil output falls as blockade continues

Share | Comments (14)"""))

M.append(dict(id="h56-20", source="app.com.pk",
url="https://www.app.com.pk/national/pakistan-afghanistan-agree-to-immediate-ceasefire-in-doha-talks/",
published_at="2025-10-19", body="""Associated Press of Pakistan | National | World | Business | Sports

Pakistan, Afghanistan agree to immediate ceasefire in Doha talks mediated by Qatar, Türkiye

DOHA, Oct 19 (APP): Pakistan and Afghanistan have agreed to an immediate ceasefire following talks in Doha mediated by the State of Qatar and the Republic of Türkiye, the Qatari Ministry of Foreign Affairs said early on Sunday.

The Pakistani delegation was led by Defence Minister Khawaja Muhammad Asif and included the Director General of Inter-Services Intelligence, Lt Gen Asim Malik. The Afghan side was headed by Defence Minister of the Interim Afghan Government Mullah Muhammad Yaqoob.

The delegations were received on arrival by Qatar's Minister of State at the Ministry of Foreign Affairs, Dr Mohammed bin Abdulaziz Al-Khulaifi.

Khawaja Asif said the agreement had been signed and that cross-border terrorism from Afghan soil would stop immediately. The two sides will meet again in Istanbul on October 25 to discuss the details, he said.

According to the Qatari statement, the parties agreed to establish mechanisms to consolidate lasting peace and stability between the two countries.

The talks followed a week of heavy clashes along the border, the worst in years, after Islamabad accused Kabul of sheltering militants who carried out attacks in Pakistan.

Prime Minister Muhammad Shehbaz Sharif welcomed the agreement and thanked the Amir of Qatar and the President of Türkiye for their role.

APP/ftm/sbz

Share: Facebook | X | WhatsApp | LinkedIn

Also read: PSX gains 1,100 points on ceasefire news"""))

M.append(dict(id="h56-21", source="barbadostoday.bb",
url="https://barbadostoday.bb/2023/10/18/venezuelan-government-opposition-sign-election-deal-in-barbados/",
published_at="2023-10-18", body="""Barbados Today | Local News | Business | Sports | Opinion

Venezuelan government, opposition sign election deal in Barbados

by Barbados Today with Reuters | October 18, 2023

Representatives of the Venezuelan government and the opposition Unitary Platform signed an agreement in Bridgetown on Tuesday on guarantees for next year's presidential election, in talks facilitated by Norway and hosted by Barbados.

Under the deal, the election will be held in the second half of 2024, with international observers from the European Union and the United Nations invited. Each side will be free to choose its candidate.

National Assembly President Jorge Rodríguez signed for the government of President Nicolás Maduro and Gerardo Blyde for the opposition. Prime Minister Mia Mottley welcomed both delegations at the Hilton hotel, where the ceremony took place, and said Barbados was honoured to host the process.

Norwegian facilitator Dag Nylander said the agreement showed that dialogue could produce results. The two sides also signed a second, partial agreement on the protection of the country's vital interests, including its claim to Guyana's Essequibo region.

The talks, which began in Mexico City in 2021, had been suspended for almost a year.

Washington welcomed the deal and was expected to ease some sanctions on Venezuela's oil sector, according to sources familiar with the matter.

Opposition candidate María Corina Machado, who won the opposition primary on Sunday, is barred from holding office.

Diplomats from several countries attended the signing as observers.

Share | 4 comments

Read more: BL&P says power restored to most customers"""))

M.append(dict(id="h56-22", source="naharnet.com",
url="https://www.naharnet.com/stories/en/309482-hochstein-meets-berri-again-says-deal-closer-than-ever-heads-to-israel",
published_at="2024-11-20", body="""Naharnet | Lebanon | Region | World | Most read

Hochstein meets Berri again, says deal 'closer than ever', heads to Israel

by Naharnet Newsdesk | 20 November 2024, 14:32

U.S. envoy Amos Hochstein met Speaker Nabih Berri again in Ain el-Tineh on Wednesday, a day after two hours of talks with him on a U.S. plan for a ceasefire between Israel and Hezbollah.

"We are closer than ever," Hochstein told reporters after Tuesday's meeting, adding that the decision ultimately rested with the parties. He also met caretaker Prime Minister Najib Mikati at the Grand Serail on Tuesday.

Berri, an ally of Hezbollah who has been negotiating on the group's behalf, described Tuesday's meeting as "good" and said Lebanon's remarks on the draft had been handed to the U.S. side.

The U.S. envoy is set to travel to Israel on Thursday to meet Prime Minister Benjamin Netanyahu, a source familiar with the talks said.

The draft, delivered to Berri last week by U.S. Ambassador Lisa Johnson, provides for a 60-day truce during which Israeli forces would withdraw from south Lebanon and the Lebanese army would deploy south of the Litani River.

Israeli Strategic Affairs Minister Ron Dermer held talks in Washington last week on the proposal.

Israeli strikes continued overnight on Beirut's southern suburbs, and Hezbollah fired rockets at northern Israel.

Naharnet

Most read: Lebanese pound stable at 89,500 per dollar | Schools in Beirut switch to online classes

Comments (23) | Share"""))

M.append(dict(id="h56-23", source="ina.iq",
url="https://ina.iq/eng/18655-fifth-round-of-saudi-iranian-talks-held-in-baghdad.html",
published_at="2022-04-24", body="""Iraqi News Agency | Politics | Security | Economy | Local

Fifth round of Saudi-Iranian talks held in Baghdad

Baghdad-INA

Iraq hosted a fifth round of talks between delegations from the Kingdom of Saudi Arabia and the Islamic Republic of Iran in Baghdad on Thursday, under the auspices of Prime Minister Mustafa Al-Kadhimi, a government source told the Iraqi News Agency (INA).

The Prime Minister received the two delegations separately before the session, the source said, and stressed Iraq's keenness to continue supporting dialogue between the two neighbouring countries in a way that serves the security and stability of the region.

Iranian Foreign Ministry spokesman Saeed Khatibzadeh confirmed on Saturday that the round had taken place and described it as positive. The Iranian delegation was led by a senior official of the Supreme National Security Council, while the Saudi delegation was headed by the head of the General Intelligence Presidency, Khalid Al-Humaidan.

Khatibzadeh said a meeting of the two countries' foreign ministers was possible in the future, but gave no date.

Baghdad has hosted the talks since April 2021. Iran suspended its participation last month, without giving reasons.

Riyadh severed relations with Tehran in 2016.

Foreign Minister Fuad Hussein said in an interview that the two sides were getting closer and that Iraq would continue its role.

Print | Share

Other news: Al-Kadhimi receives phone call from Kuwaiti Crown Prince | Central Bank sells $205 million at auction"""))

M.append(dict(id="h56-24", source="egyptindependent.com",
url="https://www.egyptindependent.com/egypt-ethiopia-sudan-agree-on-gerd-filling-principles-in-washington/",
published_at="2020-01-16", body="""Egypt Independent | Egypt | Region | World | Business

Egypt, Ethiopia, Sudan agree on GERD filling principles in Washington; final deal due end of month

Egypt Independent | January 16, 2020

The foreign and water ministers of Egypt, Ethiopia and Sudan agreed in Washington on Wednesday on a set of principles for filling the Grand Ethiopian Renaissance Dam, after three days of talks hosted by US Treasury Secretary Steven Mnuchin and attended by World Bank President David Malpass.

Egypt was represented by Foreign Minister Sameh Shoukry and Irrigation Minister Mohamed Abdel Aty. Ethiopian Foreign Minister Gedu Andargachew and Water Minister Seleshi Bekele led their country's delegation, while Sudan's team was headed by Foreign Minister Asma Mohamed Abdalla and Irrigation Minister Yasser Abbas.

According to a joint statement, the reservoir will be filled in stages, mainly during the rainy season from July to August, taking into account the downstream countries, and mitigation measures will be agreed for droughts.

The ministers agreed to meet again in Washington on January 28 and 29 to finalize a comprehensive agreement, which is to be signed by the end of the month, the statement said.

The six ministers had met US President Donald Trump at the White House in November, when the Washington track was launched at Cairo's request.

Egypt depends on the Nile for almost all its fresh water and fears the dam will reduce its share. Addis Ababa says the project is vital for its development.

(MENA)

Tags: GERD, Nile, Ethiopia, Sudan, Washington talks

Share | Comments

Read next: Sisi receives Jordanian King's envoy in Cairo"""))

M.append(dict(id="h56-25", source="themoscowtimes.com",
url="https://www.themoscowtimes.com/2025/02/13/trump-and-putin-agree-to-start-ukraine-talks-in-first-call-a88012",
published_at="2025-02-13", body="""The Moscow Times | News | Opinion | Business | Ukraine War | Donate

Trump and Putin agree to start Ukraine talks in first call; Trump then calls Zelensky

By The Moscow Times, AFP | Feb. 13, 2025

U.S. President Donald Trump and Russian President Vladimir Putin spoke by phone for about an hour and a half on Wednesday and agreed that their teams would begin negotiations "immediately" on ending the war in Ukraine, Trump said.

Kremlin aide Yury Ushakov said Putin had invited Trump to visit Moscow. Trump told reporters the two would "probably" meet first in Saudi Arabia, without giving a date.

Trump said he then informed Ukrainian President Volodymyr Zelensky in a separate call. Zelensky described the conversation as "meaningful" and said Kyiv wanted peace more than anyone.

The call came a day after Trump's envoy Steve Witkoff flew to Moscow to bring home American teacher Marc Fogel, who was released from a Russian prison.

U.S. Treasury Secretary Scott Bessent was in Kyiv on Wednesday for talks with Zelensky on a minerals deal. Vice President JD Vance and envoy Keith Kellogg are due to meet Zelensky at the Munich Security Conference on Friday.

In Brussels, Defense Secretary Pete Hegseth said a return to Ukraine's pre-2014 borders was unrealistic.

European governments expressed alarm at being sidelined.

The ruble strengthened sharply against the dollar on the news.

Donate to The Moscow Times: we are an independent newsroom, declared "undesirable" by Russian authorities.

Read more: Russia sentences journalist to 5 years | Moscow Exchange index jumps 6%"""))

M.append(dict(id="h56-26", source="qna.org.qa",
url="https://www.qna.org.qa/en/News-Area/News/2025-03/18/0061-hh-the-amir-hosts-tripartite-meeting",
published_at="2025-03-18", body="""Qatar News Agency | Arabic | English | French | Spanish

HH the Amir Hosts Tripartite Meeting with Presidents of DR Congo and Rwanda

Doha, March 18 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani hosted a tripartite meeting in Doha on Tuesday with HE President of the Democratic Republic of the Congo Felix Tshisekedi and HE President of the Republic of Rwanda Paul Kagame.

Prior to the meeting, HH the Amir held separate talks with each of the two presidents.

In a joint statement issued after the meeting, the three heads of state reaffirmed the commitment of the two countries to an immediate and unconditional ceasefire, as agreed at the joint summit of the East African Community and the Southern African Development Community held in Dar es Salaam last month.

The two presidents thanked HH the Amir for his efforts and for the constructive role played by the State of Qatar in facilitating the meeting, and agreed on the need to continue the discussions begun in Doha to lay solid foundations for lasting peace.

The meeting was attended by HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani.

Direct talks between the Congolese government and the M23 rebel group, which Angola had planned to host in Luanda on the same day, did not take place after the rebels withdrew.

QNA

Related News: HH the Amir Receives Phone Call from US President | Qatar Airways adds flights to Kigali

Print | Share"""))
