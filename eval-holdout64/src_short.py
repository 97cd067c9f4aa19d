# Short items (300-1,100 characters), h64-27 .. h64-40
S = []

S.append(dict(id="h64-27", source="news.detik.com",
url="https://news.detik.com/internasional/d-7630215/prabowo-bertemu-xi-jinping-di-beijing",
published_at="2024-11-09", body="""Prabowo Bertemu Xi Jinping di Beijing, Saksikan Penandatanganan Kerja Sama

Jakarta - Presiden Prabowo Subianto bertemu Presiden China Xi Jinping di Balai Agung Rakyat, Beijing, Sabtu (9/11/2024). Kedua pemimpin menyaksikan pertukaran sejumlah nota kesepahaman di bidang ketahanan pangan, energi hijau dan ekonomi digital.

Prabowo tiba di Beijing pada Jumat (8/11) dalam kunjungan kenegaraan, lawatan luar negeri pertamanya sejak dilantik sebagai presiden.

Dari China, Prabowo dijadwalkan terbang ke Washington untuk bertemu Presiden Amerika Serikat Joe Biden, sebelum menghadiri KTT APEC di Peru dan KTT G20 di Brasil. Ia juga akan singgah di Inggris.

(rdp/imk)

Baca juga: Rupiah Dibuka Menguat ke Level Rp 15.600-an

Bagikan: Facebook | X | WhatsApp"""))

S.append(dict(id="h64-28", source="theedgemalaysia.com",
url="https://theedgemalaysia.com/node/740512",
published_at="2025-01-07", body="""FBM KLCI 1,617.42 ▼ -0.22% | USD/MYR 4.4930 | Brent US$77.05 | CPO RM4,312

Malaysia, Singapore ink Johor-Singapore SEZ agreement at leaders' retreat

PUTRAJAYA (Jan 7): Malaysia and Singapore on Tuesday signed the agreement on the Johor-Singapore Special Economic Zone (JS-SEZ), with Economy Minister Rafizi Ramli and Singapore's Minister for Trade and Industry Gan Kim Yong inking the deal in the presence of Prime Ministers Anwar Ibrahim and Lawrence Wong.

The signing took place at the 11th Malaysia-Singapore Leaders' Retreat, Wong's first as prime minister. The zone aims to attract 50 projects in its first five years and create 20,000 skilled jobs, with incentives including a 5% concessionary corporate tax rate for selected sectors.

The leaders also welcomed progress on the Johor Bahru-Singapore RTS Link, due to start operations by end-2026. The next retreat will be held in Singapore.

Share: Facebook | X | LinkedIn
Subscribe to The Edge Malaysia newsletter"""))

S.append(dict(id="h64-29", source="laotiantimes.com",
url="https://laotiantimes.com/2021/12/03/laos-china-railway-officially-opens-as-leaders-hold-video-talks/",
published_at="2021-12-03", body="""Laos-China Railway Officially Opens as Leaders Hold Video Talks

By Souksakhone Phommachanh | December 3, 2021

The Laos-China Railway officially opened on Friday, after Lao President Thongloun Sisoulith and Chinese President Xi Jinping held talks by video link and jointly gave the order for the first trains to depart from Vientiane and Kunming.

The 1,035-kilometer line, 422 kilometers of which run through Laos, cost about USD 5.9 billion and is expected to cut travel time between Vientiane and the Chinese border to under four hours.

During the video talks, the two leaders pledged to make the railway a "flagship project" of the Belt and Road Initiative and to step up cooperation on trade and pandemic control.

Sign up for the Laotian Times newsletter

Related: Lao kip slides to new low against US dollar"""))

S.append(dict(id="h64-30", source="khmertimeskh.com",
url="https://www.khmertimeskh.com/50688241/hun-sen-meets-xi-in-beijing-amid-virus-outbreak/",
published_at="2020-02", body="""Hun Sen meets Xi in Beijing in show of solidarity amid virus outbreak

Khmer Times | National

Prime Minister Hun Sen met Chinese President Xi Jinping in Beijing on Wednesday night, becoming the first foreign leader to visit China since the outbreak of the novel coronavirus.

Xi thanked Cambodia for its support, saying "a friend in need is a friend indeed". Hun Sen, who has refused to evacuate Cambodian students from Wuhan, said the visit was meant to show confidence in China's efforts to contain the disease.

Hun Sen also met Premier Li Keqiang before flying home on Thursday.

Like us on Facebook | Follow Khmer Times on Telegram"""))

S.append(dict(id="h64-31", source="mofa.gov.pk",
url="http://mofa.gov.pk/pakistan-and-india-sign-agreement-on-kartarpur-corridor/",
published_at="2019-10-24", body="""Ministry of Foreign Affairs, Government of Pakistan

Press Release

Pakistan and India sign Agreement on Kartarpur Corridor

Pakistan and India today signed the Agreement on the Kartarpur Sahib Corridor at Zero Point, Kartarpur.

The Agreement was signed on behalf of Pakistan by Dr. Mohammad Faisal, Director General (South Asia and SAARC) and Spokesperson of the Ministry of Foreign Affairs, and on behalf of India by Mr. S.C.L. Das, Joint Secretary (Internal Security), Ministry of Home Affairs.

Under the Agreement, Indian pilgrims will be able to visit Gurdwara Darbar Sahib, Kartarpur, visa-free, seven days a week. Up to 5,000 pilgrims will be allowed daily.

Prime Minister Imran Khan will inaugurate the Corridor on 9 November 2019, ahead of the 550th birth anniversary of Baba Guru Nanak Dev Ji.

Islamabad
24 October 2019"""))

S.append(dict(id="h64-32", source="druknotes.blogspot.com",
url="https://druknotes.blogspot.com/2024/03/modi-lands-in-paro.html",
published_at="2024-03-22", body="""Druk Notes

Modi lands in Paro, Bhutan rolls out the welcome

Indian Prime Minister Narendra Modi landed in Paro this morning for a two-day state visit, a day later than planned because of bad weather over the valley. Lyonchhen Tshering Tobgay received him at the airport, and people in gho and kira lined the road all the way to Thimphu.

In the afternoon His Majesty the King conferred the Order of the Druk Gyalpo on him, the first time it has gone to a foreign head of government. Tomorrow he is to open the Gyaltsuen Jetsun Pema Mother and Child Hospital, built with Indian help.

Tobgay was in India only last week on his first trip abroad since taking office.

Posted by Pema Wangmo at 4:12 PM | 3 comments
Labels: Bhutan, India, Modi
Share to X | Share to Facebook"""))

S.append(dict(id="h64-33", source="headlinesnow.in",
url=None,
published_at="2024-04-14", body="""Jaishankar dials Iran, Israel counterparts; raises crew of seized ship

External Affairs Minister S Jaishankar on Sunday spoke to Iranian Foreign Minister Hossein Amir-Abdollahian and took up the release of 17 Indian crew members of the MSC Aries, a container vessel seized by Iran's Revolutionary Guards near the Strait of Hormuz on Saturday.

Jaishankar later spoke to Israel's Foreign Minister Israel Katz, a day after Iran launched drones and missiles at Israel, and stressed the need to avoid escalation and return to diplomacy.

"Agreed to remain in touch," he posted on X after the calls.

(With inputs from PTI)

Trending now: Gold rate today | Sensex, Nifty open lower on West Asia tensions"""))

S.append(dict(id="h64-34", source="brecorder.com",
url="https://www.brecorder.com/news/40368211/trump-hosts-field-marshal-munir-for-white-house-lunch",
published_at="2025-06-19", body="""KSE100 121,641 Increased By 484.2 (0.4%)
KSE30 37,008 Increased By 151.9 (0.41%)
BR100 12,806 Increased By 38.7 (0.3%)

Trump hosts Field Marshal Munir for White House lunch

WASHINGTON: US President Donald Trump hosted Pakistan's Chief of Army Staff Field Marshal Syed Asim Munir for lunch at the White House on Wednesday, an unusual honour for a Pakistani army chief who is not also head of state.

Trump told reporters the two discussed Iran, saying Pakistan knew Iran "very well", and repeated that he had stopped a war between Pakistan and India last month.

A day earlier, Prime Minister Narendra Modi told Trump in a 35-minute phone call that the May ceasefire had been agreed directly between the two militaries without US mediation, according to Indian Foreign Secretary Vikram Misri.

Copyright Business Recorder, 2025"""))

S.append(dict(id="h64-35", source="myjoyonline.com",
url="https://www.myjoyonline.com/mahama-modi-hold-talks-at-jubilee-house-four-mous-signed/",
published_at="2025-07", body="""Mahama, Modi hold talks at Jubilee House; four MoUs signed

Source: myjoyonline.com | Listen to article

Indian Prime Minister Narendra Modi arrived in Accra on Wednesday for a two-day state visit, the first by an Indian prime minister in three decades, and was received at Kotoka International Airport by President John Dramani Mahama.

The two leaders held talks at Jubilee House and witnessed the signing of four MoUs on culture, standards, traditional medicine and a joint commission. Mahama conferred on Modi the Officer of the Order of the Star of Ghana.

Modi addresses Parliament on Thursday before leaving for Trinidad and Tobago, the second stop on a five-nation tour that also takes in Argentina, Brazil and Namibia.

Get the latest news: join our WhatsApp channel
Related: Cedi gains against dollar for third week"""))

S.append(dict(id="h64-36", source="mfa.go.th",
url="https://www.mfa.go.th/en/content/official-visit-to-thailand-of-the-prime-minister-of-cambodia",
published_at="2024-02-07", body="""Ministry of Foreign Affairs, Kingdom of Thailand | Press Releases

Official Visit to Thailand of Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, 7 February 2024

On 7 February 2024, Mr. Srettha Thavisin, Prime Minister of Thailand, welcomed Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, on his official visit to Thailand, at Government House.

The two Prime Ministers held a bilateral meeting and witnessed the exchange of documents on cooperation in road transport, tourism, anti-corruption and the opening of border crossings. They also agreed to continue discussions on the overlapping claims area in the Gulf of Thailand.

Department of Information
Share: Facebook | X | Line"""))

S.append(dict(id="h64-37", source="newsfirst.lk",
url="https://www.newsfirst.lk/2019/11/19/indian-eam-jaishankar-calls-on-president-gotabaya/",
published_at="2019-11-19", body="""Indian EAM Jaishankar calls on President Gotabaya; invitation to visit India accepted

COLOMBO (News 1st): Indian External Affairs Minister Dr S Jaishankar called on President Gotabaya Rajapaksa at the Presidential Secretariat on Tuesday, the first foreign dignitary to meet the new President since he was sworn in on Monday.

Jaishankar, who flew in this morning on a day-long visit, conveyed the congratulations of Prime Minister Narendra Modi together with an invitation to visit India.

The President accepted the invitation and will travel to New Delhi on November 29, his first overseas visit as head of state, the President's Media Division said.

Watch News 1st: Prime Time English News 9 PM
Share: Facebook | X"""))

S.append(dict(id="h64-38", source="gulfbriefing.substack.com",
url="https://gulfbriefing.substack.com/p/saudi-iran-beijing-deal",
published_at="2023-03-10", body="""Gulf Briefing

Riyadh and Tehran agree to restore ties in Beijing

Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen embassies within two months, in a deal signed in Beijing after four days of talks hosted by China.

The trilateral statement was signed by Iran's top security official Ali Shamkhani, Saudi national security adviser Musaed Al-Aiban and China's top diplomat Wang Yi. The two foreign ministers will meet to implement the deal and arrange the return of ambassadors.

Earlier rounds of talks were held in Baghdad and Muscat. Iran's President Ebrahim Raisi visited Beijing last month.

Subscribe for free to receive new posts | 14 comments | Share"""))

S.append(dict(id="h64-39", source="asiaheadlines.online",
url="https://asiaheadlines.online/2024/01/maldives-china-upgrade-ties-muizzu-xi/",
published_at="2024-01", body="""Maldives, China upgrade ties as Muizzu meets Xi; India row simmers

Maldivian President Mohamed Muizzu held talks with Chinese President Xi Jinping at the Great Hall of the People on Wednesday, and the two sides raised their relations to a comprehensive strategic cooperative partnership and signed 20 agreements.

Muizzu is on a five-day state visit to China. He made Turkey his first official destination after taking office in November, breaking with the tradition of new Maldivian presidents going to India first.

The trip comes amid a row with New Delhi over derogatory posts by three deputy ministers about Prime Minister Narendra Modi. India's Ministry of External Affairs summoned the Maldivian High Commissioner on Monday.

Source link | You may also like: Lakshadweep bookings surge"""))

S.append(dict(id="h64-40", source="southasiawire.net",
url=None,
published_at=None, body="""SAARC leaders hold video conference on coronavirus; India proposes emergency fund

Leaders of the South Asian Association for Regional Cooperation (SAARC) held a video conference on Sunday to coordinate their response to the coronavirus, at the suggestion of Indian Prime Minister Narendra Modi.

Modi proposed a COVID-19 Emergency Fund and pledged an initial 10 million dollars from India. Sri Lankan President Gotabaya Rajapaksa, Maldivian President Ibrahim Mohamed Solih, Afghan President Ashraf Ghani, Bangladesh Prime Minister Sheikh Hasina, Nepal Prime Minister K.P. Sharma Oli and Bhutan Prime Minister Lotay Tshering took part. Pakistan was represented by Zafar Mirza, special assistant to the prime minister on health, who raised the lockdown in Kashmir.

Tags: SAARC, COVID-19, video conference
Share | Print"""))
