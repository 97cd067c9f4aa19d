# Short items (300-1,100 characters), h24-27 .. h24-40
S = []

S.append(dict(id="h24-27", source="aps.sn",
url="https://aps.sn/le-president-bassirou-diomaye-faye-a-nouakchott-pour-sa-premiere-visite-a-letranger/",
published_at="2024-04-18", body="""Le président Bassirou Diomaye Faye à Nouakchott pour sa première sortie à l'étranger

Nouakchott, 18 avr (APS) - Le chef de l'Etat, Bassirou Diomaye Faye, est arrivé jeudi matin à Nouakchott, où il a été accueilli à sa descente d'avion par son homologue mauritanien, Mohamed Ould Cheikh El Ghazouani.

Cette visite d'amitié et de travail, la première du président Faye hors du Sénégal depuis son investiture le 2 avril, doit permettre aux deux chefs d'Etat d'échanger sur le projet gazier Grand Tortue Ahmeyim, la pêche et la sécurité dans la sous-région.

Le président de la République est attendu samedi à Banjul, selon la présidence.

ADL/OID

Partager : Facebook | X | WhatsApp"""))

S.append(dict(id="h24-28", source="kathmandupost.com",
url="https://kathmandupost.com/national/2020/08/15/oli-dials-modi-on-independence-day-first-conversation-since-map-row",
published_at="2020-08-15", body="""Oli dials Modi on Independence Day, first conversation since map row

Prime Minister KP Sharma Oli telephoned his Indian counterpart Narendra Modi on Saturday to extend greetings on India's 74th Independence Day, in the first conversation between the two leaders since Nepal issued a new political map in May that includes Lipulekh, Kalapani and Limpiyadhura.

Oli also congratulated India on its election to the UN Security Council as a non-permanent member, according to the Prime Minister's Office. Modi thanked Oli and said India stood ready to help Nepal fight Covid-19.

The call comes two days before Indian Ambassador Vinay Mohan Kwatra and Foreign Secretary Shanker Das Bairagi are scheduled to hold a meeting of the bilateral oversight mechanism in Kathmandu.

Read More
Nepal Rastra Bank eases loan rules for tourism
Covid-19 cases cross 25,000

Published at: August 15, 2020"""))

S.append(dict(id="h24-29", source="darmtazamo.blogspot.com",
url="https://darmtazamo.blogspot.com/2021/04/samia-museveni-sign-eacop-agreements.html",
published_at="2021-04", body="""SAMIA, MUSEVENI SIGN EACOP AGREEMENTS IN ENTEBBE

President Samia Suluhu Hassan and her Ugandan counterpart Yoweri Kaguta Museveni have today witnessed the signing of key agreements for the East African Crude Oil Pipeline (EACOP) at State House, Entebbe.

The 1,443-km pipeline will carry crude oil from the Lake Albert fields in western Uganda to the port of Tanga. The agreements signed include the host government agreement for the Tanzanian section of the line and the shareholding agreement between the two countries' national oil companies, Total and CNOOC.

Mama Samia is on a two-day visit to Uganda, her first trip abroad since being sworn in last month.

Posted by Dar Mtazamo at 6:10 PM  2 comments:
Labels: Samia, Uganda, Mafuta, EACOP"""))

S.append(dict(id="h24-30", source="pakobserver.net",
url="https://pakobserver.net/no-khan-modi-meeting-in-bishkek-fo/",
published_at="2019-06-13", body="""No Khan-Modi meeting in Bishkek: FO

Observer Report | Islamabad

Prime Minister Imran Khan arrived in Bishkek on Thursday to attend the two-day summit of the Shanghai Cooperation Organisation and held talks with Kyrgyz President Sooronbay Jeenbekov shortly after his arrival.

The prime minister is scheduled to meet Chinese President Xi Jinping on the sidelines of the summit on Friday. A meeting with Russian President Vladimir Putin is also possible, officials said.

Foreign Office spokesman Dr Mohammad Faisal said no meeting between Imran Khan and Indian Prime Minister Narendra Modi was scheduled in Bishkek, adding that "India is not ready for dialogue".

Share: Facebook | Twitter | WhatsApp"""))

S.append(dict(id="h24-31", source="businessday.ng",
url="https://businessday.ng/news/article/nigeria-morocco-agree-atlantic-gas-pipeline-king-visit/",
published_at="2016-12-03", body="""NSE ASI 26,049.80 ▼ -0.4% | Naira (parallel) N485/$ | Brent $54.46

Nigeria, Morocco agree on Atlantic gas pipeline as King visits Abuja

President Muhammadu Buhari on Friday hosted King Mohammed VI of Morocco at the Presidential Villa in Abuja, where the two countries agreed to build a gas pipeline along the West African coast linking Nigeria to Morocco and, eventually, Europe.

The king, who arrived in Abuja on Thursday on a two-day state visit, also signed an agreement with the Nigerian government on fertiliser production, under which Morocco's OCP will supply phosphate to local blenders.

The visit comes as Morocco seeks to rejoin the African Union.

Share | Comments (7)"""))

S.append(dict(id="h24-32", source="ukrinform.net",
url="https://www.ukrinform.net/rubric-polytics/3587664-zelensky-modi-discuss-grain-initiative-and-nuclear-safety.html",
published_at="2022-10-04", body="""Zelensky, Modi discuss grain initiative and nuclear safety

President of Ukraine Volodymyr Zelensky held a telephone conversation with Prime Minister of India Narendra Modi.

The leaders discussed the implementation of the Black Sea Grain Initiative and the safety of the Zaporizhzhia nuclear power plant. Modi said there could be "no military solution" to the conflict and that India was ready to contribute to any peace efforts.

Zelensky thanked India for its humanitarian aid and support for Ukraine's sovereignty.

When citing and using any materials on the Internet, a hyperlink to ukrinform.net is required."""))

S.append(dict(id="h24-33", source="www3.nhk.or.jp",
url="https://www3.nhk.or.jp/nhkworld/en/news/20191213_15/",
published_at="2019-12-13", body="""NHK WORLD-JAPAN News

Abe postpones India visit amid protests

Japanese Prime Minister Abe Shinzo has postponed a visit to India that was scheduled to start on Sunday, government sources say.

Abe was to hold a summit with Prime Minister Narendra Modi in the northeastern city of Guwahati, where protests against a new citizenship law have turned violent.

The sources say the two governments will look for a new date. Bangladesh's foreign minister also called off a trip to New Delhi this week.

Dec. 13, 2019 | Share"""))

S.append(dict(id="h24-34", source="akipress.com",
url="https://akipress.com/news:685902:Japarov,_Rahmon_meet_in_Samarkand/",
published_at="2022-09-16", body="""AKIpress News Agency

Japarov, Rahmon meet in Samarkand amid border clashes

President Sadyr Japarov met with President of Tajikistan Emomali Rahmon on the sidelines of the SCO summit in Samarkand on Friday, the presidential press service reported.

The two leaders discussed the situation on the Kyrgyz-Tajik border, where fighting broke out earlier this week, and agreed to instruct the relevant agencies to ensure a ceasefire and withdrawal of forces.

Kyrgyz authorities said on Friday that several people had been killed in the clashes.

Share | Comments"""))

S.append(dict(id="h24-35", source="en.mercopress.com",
url="https://en.mercopress.com/2022/04/05/boric-in-buenos-aires-on-first-trip-abroad-as-president",
published_at="2022-04-05", body="""MercoPress

Boric in Buenos Aires on first trip abroad as president

Chilean President Gabriel Boric was received at Casa Rosada on Monday by Argentina's Alberto Fernández, on the first foreign trip of his presidency.

The two leaders signed a joint declaration and several agreements on cooperation in gender policy, science and energy. Boric also met Vice President Cristina Fernández de Kirchner and paid homage at the memorial to the victims of the dictatorship.

Related: Chile's foreign minister Urrejola to visit Uruguay

Share | Comments (4)"""))

S.append(dict(id="h24-36", source="sun.mv",
url="https://sun.mv/178412",
published_at="2023-11", body="""President Muizzu departs for Türkiye on first official trip abroad

President Dr Mohamed Muizzu departed to Türkiye this morning on his first official trip abroad since taking office.

He is scheduled to meet President Recep Tayyip Erdoğan in Ankara, the President's Office said. Following the visit, President Muizzu will travel to Dubai to attend the UN climate conference, COP28.

Previous Maldivian presidents have traditionally made India their first port of call.

Share | 14 comments"""))

S.append(dict(id="h24-37", source="libyaobserver.ly",
url="https://libyaobserver.ly/news/foreign-ministry-mangoush-meeting-israeli-fm-was-unplanned",
published_at="2023-08-28", body="""Foreign Ministry: Mangoush's encounter with Israeli FM was "unplanned"

Libya's Foreign Ministry said on Sunday that Foreign Minister Najla Mangoush had refused to meet any representative of Israel, and that what happened in Rome last week was "an unplanned, casual encounter" during a meeting at the Italian foreign ministry that did not involve any discussions or agreements.

The statement came after Israeli Foreign Minister Eli Cohen announced that he had met Mangoush in Rome in a meeting hosted by Italian Foreign Minister Antonio Tajani.

Prime Minister Abdul Hamid Dbeibah suspended Mangoush and referred her to an investigation. Protests broke out in Tripoli and other cities overnight.

Share | Tags: Mangoush, Israel"""))

S.append(dict(id="h24-38", source="africa-newswire.top",
url="https://africa-newswire.top/zelensky-ramaphosa-pretoria-talks-cut-short/",
published_at=None, body="""Zelensky meets Ramaphosa in Pretoria, cuts visit short after Kyiv strike

Ukrainian President Volodymyr Zelensky held talks with President Cyril Ramaphosa at the Union Buildings in Pretoria on Thursday, but cut short his state visit after a deadly Russian missile attack on Kyiv overnight.

Ramaphosa told reporters he had spoken to US President Donald Trump by phone before the talks and that the two had agreed to meet "soon". He said South Africa was ready to support efforts toward a lasting peace.

Zelensky said he had planned to stay longer but would return home immediately.

Source: Agencies | 0 comments | Trending: Rand, Eskom, Budget"""))

S.append(dict(id="h24-39", source="tccb.gov.tr",
url="https://www.tccb.gov.tr/en/news/542/150321/president-erdogan-to-visit-the-uae-and-egypt",
published_at="2024-02", body="""Presidency of the Republic of Türkiye | Directorate of Communications

President Erdoğan to visit the UAE and Egypt

President Recep Tayyip Erdoğan will pay an official visit to the United Arab Emirates on February 13 to attend the World Governments Summit in Dubai as the guest of honour, where he will also hold talks with UAE President Sheikh Mohamed bin Zayed Al Nahyan.

On February 14, President Erdoğan will travel to Egypt at the invitation of President Abdel Fattah el-Sisi, his first visit to the country since 2012. The two presidents will review bilateral relations and discuss the situation in Gaza.

Share | Print"""))

S.append(dict(id="h24-40", source="lusakatimes.com",
url="https://www.lusakatimes.com/2023/09/15/hichilema-xi-agree-to-elevate-ties-as-zambia-pursues-debt-deal/",
published_at="2023-09-15", body="""Kwacha K20.88/$ | Copper (LME) $8,360/t

Business

Hichilema, Xi agree to elevate ties as Zambia pursues debt deal

President Hakainde Hichilema and Chinese President Xi Jinping on Friday agreed to raise relations to a comprehensive strategic cooperative partnership, after talks at the Great Hall of the People in Beijing.

President Hichilema, who is in China on a state visit, said he had asked for China's help to conclude Zambia's debt restructuring with bondholders. The two sides signed agreements on trade, the digital economy and agriculture.

Zambia owes Chinese lenders about $4 billion.

Share this: Facebook | WhatsApp | X | Email"""))
