# Short items (300-1,100 characters), h32-27 .. h32-40
S = []

S.append(dict(id="h32-27", source="aa.com.tr",
url="https://www.aa.com.tr/tr/politika/cumhurbaskani-erdogan-bae-devlet-baskani-al-nahyan-ile-telefonda-gorustu/3188201",
published_at="2024-04-10", body="""Cumhurbaşkanı Erdoğan, BAE Devlet Başkanı Al Nahyan ile telefonda görüştü

Ahmet Furkan Mercan |10.04.2024

ANKARA

Cumhurbaşkanı Recep Tayyip Erdoğan, Birleşik Arap Emirlikleri (BAE) Devlet Başkanı Şeyh Muhammed bin Zayed Al Nahyan ile telefonda görüştü.

İletişim Başkanlığının açıklamasına göre, Cumhurbaşkanı Erdoğan, Ramazan Bayramı'nı tebrik ettiği Al Nahyan ile Türkiye-BAE ilişkilerini ve Gazze'deki insani durumu ele aldı.

Erdoğan, görüşmede Gazze'ye insani yardımların kesintisiz ulaştırılması için çaba gösterilmesi gerektiğini vurguladı.

Erdoğan, gün içinde Katar Emiri Şeyh Temim bin Hamed Al Sani ile de bayram telefonu görüşmesi yaptı.

Etiketler: Erdoğan, BAE, Katar, Bayram

Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır."""))

S.append(dict(id="h32-28", source="qna.org.qa",
url="https://www.qna.org.qa/en/News-Area/News/2025-01/30/amir-arrives-in-damascus",
published_at="2025-01-30", body="""Qatar News Agency

HH the Amir Arrives in Damascus

Damascus, January 30 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani arrived in Damascus on Thursday on an official visit to the Syrian Arab Republic.

HH the Amir was welcomed upon arrival at Damascus International Airport by HE President of the Syrian Arab Republic Ahmed Al-Sharaa.

During the visit, HH the Amir will hold talks with HE the Syrian President on bilateral relations and ways to support the Syrian people.

HH the Amir is accompanied by an official delegation.

QNA

Share | Print"""))

S.append(dict(id="h32-29", source="state.gov",
url="https://www.state.gov/special-envoy-for-yemen-lenderking-travels-to-saudi-arabia-and-oman/",
published_at="2023-02", body="""U.S. DEPARTMENT of STATE

Special Envoy for Yemen Lenderking Travels to Saudi Arabia and Oman

MEDIA NOTE
OFFICE OF THE SPOKESPERSON

U.S. Special Envoy for Yemen Tim Lenderking will travel to Saudi Arabia and Oman this week to continue efforts to secure a durable resolution to the conflict in Yemen.

Special Envoy Lenderking will meet with Saudi and Omani officials, Yemeni government officials and international partners to discuss urgent steps to expand the UN-mediated truce and launch an inclusive political process under UN auspices.

The Special Envoy will also address the economic crisis and the need to ensure that humanitarian assistance reaches Yemenis in need.

Related Articles
Deputy Secretary Sherman's Meeting with Qatari Minister of State

TAGS: Oman | Saudi Arabia | Yemen"""))

S.append(dict(id="h32-30", source="wam.ae",
url="https://www.wam.ae/en/details/1395303108514",
published_at="2022-12-05", body="""Emirates News Agency - WAM

UAE President arrives in Doha

DOHA, 5th December, 2022 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan arrived in Doha today on a working visit to the State of Qatar.

His Highness was received upon arrival at the airport by His Highness Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar.

The two leaders held talks on fraternal relations and ways to enhance them, as well as regional and international issues.

WAM/Hatem Mohamed"""))

S.append(dict(id="h32-31", source="kuna.net.kw",
url="https://www.kuna.net.kw/ArticleDetails.aspx?id=3128764&language=en",
published_at="2024-01-30", body="""Kuwait News Agency (KUNA)

Amir arrives in Riyadh on first official visit abroad

RIYADH, Jan 30 (KUNA) -- His Highness the Amir of Kuwait Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah arrived in Riyadh on Tuesday on a state visit to the Kingdom of Saudi Arabia, his first trip abroad since assuming power.

His Highness was received at King Khalid International Airport by Saudi Crown Prince and Prime Minister Mohammed bin Salman bin Abdulaziz Al Saud, who later held official talks with His Highness the Amir at Al-Yamamah Palace.

The talks reviewed historic fraternal ties between the two countries and regional developments.

(end) mj.ys

Share: Facebook | X | WhatsApp"""))

S.append(dict(id="h32-32", source="timesofisrael.com",
url="https://www.timesofisrael.com/in-first-israel-signs-defense-mou-with-morocco/",
published_at="2021-11-24", body="""The Times of Israel

In first, Israel signs defense memorandum with Morocco during Gantz visit to Rabat

By Judah Ari Gross | 24 November 2021, 1:30 pm

Defense Minister Benny Gantz signed a memorandum of understanding with Morocco on security cooperation on Wednesday, the first such agreement between Israel and an Arab country.

Gantz signed the document in Rabat with Abdellatif Loudiyi, the Moroccan minister delegate in charge of national defense administration. The deal provides a framework for intelligence sharing, joint training and arms sales.

"This is a very significant thing," Gantz said.

Share | 7 Comments"""))

S.append(dict(id="h32-33", source="bna.bh",
url="https://www.bna.bh/en/HRHCrownPrincePrimeMinisterreceivesIsraeliForeignMinister.aspx",
published_at="2021-09-30", body="""Bahrain News Agency

HRH the Crown Prince and Prime Minister receives Israeli Foreign Minister

Manama, Sep. 30 (BNA): His Royal Highness Prince Salman bin Hamad Al Khalifa, the Crown Prince and Prime Minister, received today at Gudaibiya Palace the Foreign Minister of the State of Israel, Yair Lapid, who is on a visit to the Kingdom of Bahrain.

HRH the Crown Prince and Prime Minister said the opening of Israel's embassy in Manama is a step towards further cooperation, in line with the Abraham Accords.

The meeting was attended by Foreign Minister Dr Abdullatif bin Rashid Al Zayani.

LA

Related: Foreign Minister receives Japanese envoy"""))

S.append(dict(id="h32-34", source="presstv.ir",
url="https://www.presstv.ir/Detail/2024/12/19/740211/Pezeshkian-Sisi-meet-D-8-Cairo",
published_at="2024-12-19", body="""Press TV

Pezeshkian, Sisi meet on D-8 sidelines in Cairo

Thursday, 19 December 2024 4:47 PM

Iranian President Masoud Pezeshkian has met Egypt's President Abdel Fattah el-Sisi on the sidelines of the D-8 summit in Cairo, the first trip by an Iranian president to Egypt in more than a decade.

Pezeshkian said Tehran and Cairo should expand relations, and both stressed the need to end Israel's aggression on Gaza and Lebanon.

On the sidelines of the summit, Pezeshkian also met Pakistan's Prime Minister Shehbaz Sharif.

Press TV's website can also be accessed at alternate addresses. Follow us on Telegram"""))

S.append(dict(id="h32-35", source="english.alarabiya.net",
url="https://english.alarabiya.net/News/middle-east/2024/01/28/gaza-hostage-talks-paris-cia-mossad-qatar-egypt",
published_at="2024-01-28", body="""Al Arabiya English

'Constructive' Paris talks on Gaza truce to continue, says Israel

Al Arabiya English | Published: 28 January ,2024

CIA Director William Burns, Mossad chief David Barnea, Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and Egyptian intelligence chief Abbas Kamel met in Paris on Sunday to discuss a framework for a new hostage release deal and a pause in Gaza fighting.

Netanyahu's office described the talks as "constructive" but said "significant gaps" remained, adding that discussions would continue in the coming week.

Hamas was not represented at the talks.

Most Read
Houthis target US ship in Gulf of Aden
Saudi Arabia opens first alcohol store for diplomats"""))

S.append(dict(id="h32-36", source="trtworld.com",
url="https://www.trtworld.com/turkiye/erdogan-offers-to-mediate-between-sudan-and-uae-in-call-with-burhan-18245131",
published_at="2024-12-13", body="""TRT World

Erdogan offers to mediate between Sudan and UAE in call with Burhan

Erdogan told Sudan's Sovereignty Council chairman Abdel Fattah al-Burhan that Türkiye could step in to resolve disputes between Sudan and the United Arab Emirates.

President Recep Tayyip Erdogan held a phone call on Friday with Abdel Fattah al-Burhan, head of Sudan's Sovereignty Council, the Turkish Communications Directorate said.

Erdogan said Türkiye was ready to help end the conflict and that it could mediate between Sudan and the UAE, which Sudan's army accuses of arming the Rapid Support Forces.

Burhan welcomed the offer. Any talks between Khartoum and Abu Dhabi would be a first since the war began.

Sudan's army says the UAE backs the RSF, a charge Abu Dhabi denies.

Share | TRT World Newsletter"""))

S.append(dict(id="h32-37", source="khaleejtimes.com",
url="https://www.khaleejtimes.com/uae/israeli-president-herzog-visits-expo-2020-dubai-after-abu-dhabi-talks",
published_at="2022-01-31", body="""Khaleej Times

Israeli President Herzog visits Expo 2020 Dubai after Abu Dhabi talks

Monday, January 31, 2022

Israeli President Isaac Herzog toured Expo 2020 Dubai on Monday, a day after he held talks with Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, on the first visit to the UAE by an Israeli head of state.

The UAE Ministry of Defence said a ballistic missile launched by the Houthi militia towards the UAE was intercepted early on Monday, while Herzog was in the country. There were no casualties.

Herzog was also received by Sheikh Mohammed bin Rashid Al Maktoum, Vice-President and Ruler of Dubai, at Expo.

Weather | Gold rates | Prayer timings"""))

S.append(dict(id="h32-38", source="gulfaffairsmonitor.blogspot.com",
url="https://gulfaffairsmonitor.blogspot.com/2021/12/tahnoun-in-tehran.html",
published_at=None, body="""Gulf Affairs Monitor

Tahnoun in Tehran: the UAE hedges its bets

Posted by GAM

The UAE's national security adviser, Sheikh Tahnoun bin Zayed Al Nahyan, met Iranian President Ebrahim Raisi in Tehran on Monday, in the most senior Emirati visit to Iran in years. He also held talks with Ali Shamkhani, secretary of the Supreme National Security Council.

Iranian media said Tahnoun delivered an invitation for Raisi to visit the UAE. No date was announced.

The visit came a week before Israeli Prime Minister Naftali Bennett's own trip to Abu Dhabi.

Labels: UAE, Iran, Gulf
2 comments:"""))

S.append(dict(id="h32-39", source="spa.gov.sa",
url="https://www.spa.gov.sa/w1700422",
published_at="2022-03", body="""Saudi Press Agency

HRH Crown Prince Receives Phone Calls from Russian President and Ukrainian President

Riyadh, SPA -- His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud, Crown Prince, Deputy Prime Minister and Minister of Defense, received a phone call today from President Vladimir Putin of the Russian Federation.

During the call, HRH the Crown Prince stressed the Kingdom's support for efforts leading to a political solution to the crisis in Ukraine, and affirmed the Kingdom's keenness on the balance and stability of oil markets.

HRH the Crown Prince also received a phone call from President Volodymyr Zelensky of Ukraine, during which he expressed the Kingdom's readiness to make efforts to mediate between all parties.

--SPA"""))

S.append(dict(id="h32-40", source="egyptindependent.com",
url="https://www.egyptindependent.com/sisi-qatar-emir-discuss-gaza-truce-efforts-in-phone-call/",
published_at="2024-05", body="""Egypt Independent

Sisi, Qatar's emir discuss Gaza truce efforts in phone call

President Abdel Fattah al-Sisi received a phone call on Saturday from Qatar's Emir Sheikh Tamim bin Hamad Al Thani, in which they discussed joint Egyptian-Qatari efforts to reach a ceasefire in Gaza and a hostage-prisoner exchange, presidential spokesman Ahmed Fahmy said.

The two leaders agreed to continue close coordination and stressed their rejection of an Israeli military operation in Rafah.

Fahmy said Sisi also warned of the catastrophic humanitarian consequences of the closure of the Rafah crossing.

Tags: Sisi, Qatar, Gaza
Share: Facebook | Twitter"""))
