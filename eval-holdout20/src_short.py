# Short items (300-1,100 characters), h20-27 .. h20-40
S = []

S.append(dict(id="h20-27", source="antaranews.com",
url="https://www.antaranews.com/berita/3339212/presiden-jokowi-terima-kunjungan-resmi-pm-malaysia-di-istana-bogor",
published_at="2023-01-09", body="""Presiden Jokowi terima kunjungan resmi PM Malaysia Anwar Ibrahim di Istana Bogor

Senin, 9 Januari 2023 13:25 WIB

Bogor (ANTARA) - Presiden Joko Widodo menerima kunjungan resmi Perdana Menteri Malaysia Anwar Ibrahim di Istana Kepresidenan Bogor, Jawa Barat, Senin. Kunjungan ini merupakan lawatan luar negeri pertama Anwar sejak dilantik sebagai perdana menteri pada November lalu.

Kedua pemimpin membahas perlindungan pekerja migran Indonesia, penyelesaian batas darat dan laut, serta kerja sama menghadapi diskriminasi terhadap minyak kelapa sawit. Usai pertemuan, keduanya menyaksikan pertukaran sejumlah nota kesepahaman.

Pewarta: Indra Arief Pribadi
Editor: Fardah Assegaf
COPYRIGHT © ANTARA 2023

Baca juga: Menlu Retno terima kunjungan Menlu Timor-Leste di Jakarta"""))

S.append(dict(id="h20-28", source="rodong.rep.kp",
url="http://www.rodong.rep.kp/en/index.php?MTJAMjAyNC0wMS0xNC1IMDA1QA==",
published_at="2024-01-14", body="""Rodong Sinmun
Home | Politics | Economy | Society | World

DPRK Foreign Minister Leaves for Russia

Pyongyang, January 14 (KCNA) -- Choe Son Hui, minister of Foreign Affairs of the DPRK, left Pyongyang on Sunday to pay an official visit to the Russian Federation at the invitation of Sergei Viktorovich Lavrov, minister of Foreign Affairs of the Russian Federation.

She was seen off at the airport by officials of the Ministry of Foreign Affairs and by Alexandr Matsegora, Russian ambassador to the DPRK.

Other articles
- Local factories overfulfil January production plans"""))

S.append(dict(id="h20-29", source="en.yna.co.kr",
url="https://en.yna.co.kr/view/AEN20250110002400315",
published_at="2025-01-10", body="""Yonhap News Agency | N. KOREA | NATIONAL | ECONOMY

FM Cho to visit Japan next week for talks with Iwaya

All Headlines 10:02 January 10, 2025

SEOUL, Jan. 10 (Yonhap) -- Foreign Minister Cho Tae-yul will make a two-day trip to Japan starting Monday for talks with his Japanese counterpart, Takeshi Iwaya, the foreign ministry said Friday.

The visit comes as the two countries prepare to mark the 60th anniversary of the normalization of diplomatic ties this year. Cho is also expected to pay a courtesy call on Prime Minister Shigeru Ishiba.

(END)

Related Articles
Blinken arrives in Seoul for talks with FM Cho amid political turmoil

Keywords #Cho Tae-yul #Japan #Iwaya"""))

S.append(dict(id="h20-30", source="wam.ae",
url="https://www.wam.ae/en/details/1395302999512",
published_at="2021-12-13", body="""WAM | Emirates News Agency

Mohamed bin Zayed receives Israeli Prime Minister

ABU DHABI, 13th December, 2021 (WAM) -- His Highness Sheikh Mohamed bin Zayed Al Nahyan, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, received today Naftali Bennett, Prime Minister of Israel, who is on an official visit to the country.

During the meeting, His Highness and the Israeli Prime Minister reviewed bilateral relations and opportunities to develop them in economy, trade, investment, technology and food security within the framework of the Abraham Accord, and discussed regional developments.

WAM/Hatem Mohamed

Other news
Abdullah bin Zayed receives phone call from Egyptian Foreign Minister"""))

S.append(dict(id="h20-31", source="spa.gov.sa",
url="https://www.spa.gov.sa/w1930517",
published_at="2023-06", body="""Saudi Press Agency | Political

Foreign Minister Arrives in Tehran

Tehran, June 17, 2023, SPA -- His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, arrived in Tehran today on an official visit to the Islamic Republic of Iran.

Upon his arrival at Mehrabad International Airport, His Highness was received by officials of the Iranian foreign ministry.

During the visit, His Highness is scheduled to meet with senior Iranian officials, in implementation of the agreement reached in Beijing in March.

--SPA

Print | Share"""))

S.append(dict(id="h20-32", source="irna.ir",
url="https://en.irna.ir/news/85596044/Pezeshkian-arrives-in-Baghdad-on-first-foreign-trip-as-president",
published_at="2024-09-11", body="""IRNA English

Pezeshkian arrives in Baghdad on first foreign trip as president

Baghdad, IRNA – Iranian President Masoud Pezeshkian arrived in Baghdad on Wednesday morning at the head of a high-ranking delegation on his first foreign trip since taking office, and was officially welcomed by Iraqi Prime Minister Mohammed Shia al-Sudani.

During the three-day visit, the President will also travel to Erbil, Sulaymaniyah, Basra, Karbala and Najaf. More than a dozen memoranda of understanding are expected to be signed.

News ID 85596044"""))

S.append(dict(id="h20-33", source="presstv.ir",
url="https://www.presstv.ir/Detail/2023/01/15/697022/Iran-summons-British-ambassador-interference",
published_at="2023-01-15", body="""Press TV | Iran

Iran summons British ambassador over 'interference' in spy case

Sunday, 15 January 2023 11:20 AM

The Iranian Foreign Ministry has summoned the British ambassador in Tehran, Simon Shercliff, to protest London's "unconventional interference" in the case of Alireza Akbari, a dual national convicted of spying for British intelligence.

The director general for Western Europe at the ministry told the envoy that Britain's statements violated Iran's sovereignty and were "unacceptable."

Press TV's website can also be accessed at: www.presstv.co.uk"""))

S.append(dict(id="h20-34", source="bangkokpost.com",
url="https://www.bangkokpost.com/business/2254119/exporters-eye-gulf-as-thai-saudi-ties-restored",
published_at="2022-01-26", body="""Bangkok Post | Business

SET 1,650.12 ▼ -4.31 | USD/THB 33.21

Exporters eye Gulf as Thai-Saudi ties restored

Thailand and Saudi Arabia restored full diplomatic relations on Tuesday after Prime Minister Prayut Chan-o-cha held talks with Crown Prince Mohammed bin Salman in Riyadh, the first official visit by a Thai leader in more than three decades.

The two sides agreed to appoint ambassadors and resume direct flights, and Saudi Arabia will reopen its labour market to Thai workers. Food exporters, auto parts makers and tourism operators expect the deal to lift trade, the Commerce Ministry said.

Ties had been downgraded since a 1989 jewel theft from a Saudi palace and the unsolved killings of Saudi diplomats in Bangkok.

Most read: Baht weakens as Fed signals March hike"""))

S.append(dict(id="h20-35", source="mekongdiplomat.blogspot.com",
url="https://mekongdiplomat.blogspot.com/2023/09/hun-manet-beijing-first-official-visit.html",
published_at="2023-09", body="""Mekong Diplomat
Notes on Southeast Asian foreign policy

Hun Manet in Beijing: what the first China trip tells us

Cambodia's new Prime Minister Hun Manet chose China for one of his first official trips abroad, holding talks with President Xi Jinping and Premier Li Qiang in Beijing this week. Xi called Cambodia an "ironclad friend", and the two sides signed agreements on agriculture, infrastructure and trade.

The symbolism is obvious. Less obvious is how much room Hun Manet, a West Point graduate, will have to move away from his father's line. Next week he heads to New York for the UN General Assembly.

Posted by K. Sopheap at 9:14 PM | 3 comments
Labels: Cambodia, China, Hun Manet
Share to X | Share to Facebook"""))

S.append(dict(id="h20-36", source="mfa.go.th",
url="https://www.mfa.go.th/en/content/pm-official-visit-cambodia-28092023",
published_at="2023-09-26", body="""Ministry of Foreign Affairs, Kingdom of Thailand
Press Releases

Prime Minister to Pay Official Visit to the Kingdom of Cambodia

Prime Minister Srettha Thavisin will pay an official visit to the Kingdom of Cambodia on 28 September 2023 at the invitation of Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia. This will be the Prime Minister's first official visit abroad since taking office.

During the visit, the Prime Minister will hold talks with the Prime Minister of Cambodia and have an audience with His Majesty King Norodom Sihamoni. The two sides are expected to discuss trade, border connectivity, energy and the fight against transnational crime.

Department of Information
26 September 2023

Other news: Minister of Foreign Affairs receives courtesy call from the Ambassador of India"""))

S.append(dict(id="h20-37", source="laotiantimes.com",
url="https://laotiantimes.com/2024/07/11/vietnamese-president-to-lam-in-vientiane-on-first-foreign-trip/",
published_at="2024-07", body="""The Laotian Times
News | Business | Tourism | Opinion

Vietnamese President To Lam in Vientiane on First Foreign Trip

Vietnamese President To Lam arrived in Vientiane on Thursday for a state visit to Laos, his first trip abroad since becoming head of state in May, and held talks with Lao President and party chief Thongloun Sisoulith.

The two leaders agreed to speed up the Vientiane-Hanoi expressway and to deepen cooperation in energy, with Laos exporting more electricity to Vietnam. Lam also met Prime Minister Sonexay Siphandone.

From Vientiane, Lam will travel to Cambodia on Friday for a state visit.

Share: Facebook | X | WhatsApp
Tags: Laos-Vietnam relations, To Lam, Thongloun Sisoulith"""))

S.append(dict(id="h20-38", source="edition.mv",
url="https://edition.mv/news/31894",
published_at="2024-01", body="""Edition.mv | News

Maldives, China sign 20 agreements during Muizzu's state visit

President Dr Mohamed Muizzu and Chinese President Xi Jinping on Wednesday witnessed the signing of 20 agreements in Beijing, including on tourism, disaster risk reduction, the blue economy and digital economy, as the two countries upgraded ties to a comprehensive strategic cooperative partnership.

The visit comes amid a row with India over derogatory social media posts by three Maldivian deputy ministers about Indian Prime Minister Narendra Modi. The three were suspended, and India's Ministry of External Affairs summoned the Maldivian High Commissioner, Ibrahim Shaheeb, on Monday.

Tags: Muizzu, China, India"""))

S.append(dict(id="h20-39", source="mofa.gov.pk",
url="https://mofa.gov.pk/press-releases/dpm-fm-to-visit-bangladesh",
published_at="2025-08-20", body="""Ministry of Foreign Affairs, Pakistan
Press Release No. 312/2025

Deputy Prime Minister/Foreign Minister to visit Bangladesh

Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar will undertake an official visit to Bangladesh on 23-24 August 2025.

During the visit, the Deputy Prime Minister/Foreign Minister will call on the Chief Adviser, Professor Muhammad Yunus, and hold delegation-level talks with the Adviser for Foreign Affairs, Md. Touhid Hossain. The two sides are expected to sign agreements on trade, culture and education.

Islamabad
20 August 2025"""))

S.append(dict(id="h20-40", source="asiabrief24.net",
url=None,
published_at=None, body="""Thai PM apologises after leaked call with Hun Sen sparks uproar

Thai Prime Minister Paetongtarn Shinawatra apologised on Thursday after Cambodia's Senate President Hun Sen released a recording of their telephone conversation, in which she called him "uncle" and criticised a Thai army commander over the border dispute.

The 17-minute call took place on Sunday, as the two sides tried to ease tensions after a deadly clash at the border last month. The Bhumjaithai Party quit the coalition over the leak.

"I did not know the conversation would be made public," Paetongtarn told reporters.

Source: agencies

You may also like: Baht slides as coalition wobbles"""))
