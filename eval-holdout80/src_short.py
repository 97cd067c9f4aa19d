# Short items (300-1,100 characters), h80-27 .. h80-40
S = []

S.append(dict(id="h80-27", source="antaranews.com",
url="https://www.antaranews.com/berita/2925117/presiden-jokowi-ajak-pm-albanese-bersepeda-di-kebun-raya-bogor",
published_at="2022-06-06", body="""Presiden Jokowi ajak PM Albanese bersepeda di Kebun Raya Bogor

Bogor (ANTARA) - Presiden Joko Widodo menerima kunjungan Perdana Menteri Australia Anthony Albanese di Istana Kepresidenan Bogor, Jawa Barat, Senin.

Setelah upacara penyambutan kenegaraan, kedua pemimpin bersepeda bersama dengan sepeda bambu di kompleks Istana sebelum melanjutkan pertemuan bilateral. Keduanya membahas kerja sama ekonomi dalam kerangka IA-CEPA, ketahanan pangan, transisi energi, serta persiapan KTT G20 di Bali.

Albanese, yang dilantik pada 23 Mei, menjadikan Indonesia tujuan kunjungan bilateral pertamanya sebagai perdana menteri. Ia dijadwalkan melanjutkan kunjungan ke Makassar, Sulawesi Selatan, pada Selasa.

Pewarta: Rina Kusumawati
Editor: Budi Santoso
COPYRIGHT © ANTARA 2022

Baca juga: Menlu Retno bertemu Menlu Penny Wong di Jakarta"""))

S.append(dict(id="h80-28", source="kunlengpost.com",
url="https://www.kunlengpost.com/politics/pm-hun-manet-to-pay-first-official-visit-to-china",
published_at="2023-09", body="""Kun Leng Post | Politics | Business | Region

USD/KHR 4,120 | Gold 1 chi US$196

PM Hun Manet to pay first official visit to China next week

PHNOM PENH – Samdech Moha Borvor Thipadei Hun Manet, Prime Minister of the Kingdom of Cambodia, will pay an official visit to the People's Republic of China from September 14 to 17 at the invitation of Premier Li Qiang, the Ministry of Foreign Affairs and International Cooperation said.

During the visit, the Prime Minister is scheduled to be received by President Xi Jinping and to hold official talks with Premier Li. He will also attend the opening of the 20th China-ASEAN Expo in Nanning.

It will be Hun Manet's first trip to China since he took office in August. He is expected to travel on to New York for the UN General Assembly later in the month.

Share: Facebook | Telegram

Related: Cambodia, Thailand agree to boost border trade"""))

S.append(dict(id="h80-29", source="fijivillage.com",
url="https://www.fijivillage.com/news/Indian-President-Murmu-holds-talks-with-PM-Rabuka-x5r8f4/",
published_at="2024-08-06", body="""fijivillage | News | Sports | Entertainment

Indian President Murmu holds talks with PM Rabuka

06/08/2024

Indian President Droupadi Murmu has held talks with Prime Minister Sitiveni Rabuka in Suva today on health, agriculture, climate resilience and capacity building.

President Murmu arrived in Nadi yesterday on the first state visit to Fiji by an Indian head of state and was welcomed in Suva by President Ratu Wiliame Katonivere, who conferred on her the Companion of the Order of Fiji.

Two memoranda of understanding were signed, including one on a 100-bed super-speciality cardiology hospital in Suva.

The Indian President will address Parliament before departing for New Zealand tomorrow. She will then travel to Timor-Leste.

Stay with fijivillage for more updates.

Share | Comment"""))

S.append(dict(id="h80-30", source="samoaobserver.ws",
url="https://www.samoaobserver.ws/category/samoa/109234",
published_at="2024-05-27", body="""Samoa Observer | Samoa | Pacific | Business | Sports

Prime Minister heads to Seoul for Korea-Pacific summit

By Lagi Keresoma

The Prime Minister, Afioga Fiamē Naomi Mata'afa, left for Seoul on Sunday to attend the inaugural Korea-Pacific Islands Summit, which will be held on 28 and 29 May.

According to the Ministry of the Prime Minister and Cabinet, Fiamē is scheduled to hold bilateral talks with President Yoon Suk Yeol on the margins of the summit, with fisheries, climate change and labour mobility on the agenda.

The Prime Minister is accompanied by officials of the Ministry of Foreign Affairs and Trade and is expected to return on Saturday.

Support the Samoa Observer's journalism. Subscribe today.

Comments (3)"""))

S.append(dict(id="h80-31", source="en.sun.mv",
url="https://en.sun.mv/87654",
published_at="2024-01-10", body="""Sun Online | News | Business | Sports

President Muizzu meets Xi, 20 agreements signed

President Dr Mohamed Muizzu held official talks with Chinese President Xi Jinping at the Great Hall of the People in Beijing on Wednesday, with the two sides elevating relations to a comprehensive strategic cooperative partnership.

Following the talks, 20 agreements were signed, including on tourism, disaster risk reduction, the blue economy and the digital economy.

President Muizzu is on a five-day state visit to China, his first since assuming office in November.

The visit comes amid a diplomatic row with India over derogatory remarks about Prime Minister Narendra Modi made by three deputy ministers, who have since been suspended. India's Ministry of External Affairs summoned the Maldivian High Commissioner in New Delhi on Monday.

Related: Maldivian officials' remarks: tourism bookings from India cancelled"""))

S.append(dict(id="h80-32", source="stockhead.com.au",
url="https://stockhead.com.au/resources/rare-earths-stocks-rally-after-albanese-trump-sign-critical-minerals-deal/",
published_at="2025-10-21", body="""ASX 200 9,043.5 ▲ +0.7% | AUD/USD 0.6512 | Lynas (LYC) ▲ +6.8% | Iluka (ILU) ▲ +5.2% | Arafura (ARU) ▲ +17.4%

Rare earths stocks rally after Albanese and Trump sign US$8.5b critical minerals deal

Rare earths and critical minerals stocks surged on Tuesday after Prime Minister Anthony Albanese and US President Donald Trump signed a framework agreement at the White House.

Under the deal, each government will put at least US$1 billion into projects in the next six months, with a pipeline of projects worth US$8.5 billion. The Pentagon will also invest in a gallium refinery in Western Australia.

Trump told reporters the AUKUS submarine plan was moving "full steam ahead", and said he might visit Australia at some point.

Want the latest ASX small cap news in your inbox? Sign up to the Stockhead newsletter.

Disclaimer: This is not financial advice."""))

S.append(dict(id="h80-33", source="app.com.pk",
url="https://www.app.com.pk/national/pm-shehbaz-crown-prince-sign-strategic-mutual-defence-agreement/",
published_at="2025-09-17", body="""Associated Press of Pakistan | National | Business | World

PM Shehbaz, Crown Prince sign Strategic Mutual Defence Agreement

RIYADH, Sep 17 (APP): Prime Minister Muhammad Shehbaz Sharif and Saudi Crown Prince and Prime Minister Mohammed bin Salman on Wednesday signed a Strategic Mutual Defence Agreement at Al-Yamamah Palace.

According to a joint statement, the agreement states that any aggression against either country shall be considered an aggression against both.

The Prime Minister arrived in Riyadh earlier in the day on a state visit and was received by the Deputy Governor of Riyadh Region. Field Marshal Syed Asim Munir was also present at the signing.

APP/ABC

Share | Print"""))

S.append(dict(id="h80-34", source="dailypost.vu",
url="https://www.dailypost.vu/news/nakamal-agreement-signing-on-hold-as-albanese-visits-port-vila/",
published_at="2025-09", body="""Vanuatu Daily Post | News | Business | Sports

Nakamal Agreement signing on hold as Albanese visits Port Vila

Australian Prime Minister Anthony Albanese held talks with Prime Minister Jotham Napat in Port Vila yesterday, but the two governments did not sign the Nakamal Agreement, a wide-ranging security and economic deal worth about A$500 million.

PM Napat said Vanuatu needed more time to consult on some provisions, after several ministers raised concerns about the deal's effect on the country's ability to work with other partners. "We will sign when we are ready," he said.

Mr Albanese, who arrived from Port Moresby after Papua New Guinea's 50th independence anniversary celebrations, said Australia was patient. A mutual defence treaty with PNG is also yet to be signed.

Comments (14)"""))

S.append(dict(id="h80-35", source="eastasiawatch.blogspot.com",
url="https://eastasiawatch.blogspot.com/2015/11/xi-and-ma-shake-hands-in-singapore.html",
published_at="2015-11-07", body="""East Asia Watch

Saturday, November 7, 2015

Xi and Ma shake hands in Singapore

Well, it happened. Xi Jinping and Ma Ying-jeou shook hands for more than a minute at the Shangri-La Hotel this afternoon, the first meeting between leaders of the two sides of the Taiwan Strait since 1949. They called each other "Mr", talked behind closed doors and then had dinner (reportedly splitting the bill).

Singapore was an obvious venue. Xi is here on a state visit that began yesterday, fresh from Hanoi, and held talks with Prime Minister Lee Hsien Loong this morning. Ma flew in this morning and heads back to Taipei tonight.

Whether this changes anything before Taiwan's January election is another question.

Posted by K. Tan at 11:42 PM | 3 comments

Labels: China, Taiwan, Singapore"""))

S.append(dict(id="h80-36", source="indianewsupdates.in",
url="https://indianewsupdates.in/world/modi-makes-surprise-stopover-in-lahore-meets-nawaz-sharif-51276",
published_at="2015-12-25", body="""Modi makes surprise stopover in Lahore, meets Nawaz Sharif

Prime Minister Narendra Modi made an unscheduled stop in Lahore on Friday on his way back from Kabul, where he inaugurated the new Afghan parliament building with President Ashraf Ghani.

Modi, who had phoned Sharif from Kabul to wish him on his birthday, was received at the airport by the Pakistani Prime Minister and flown by helicopter to Sharif's family home in Raiwind. It is the first visit by an Indian Prime Minister to Pakistan in more than a decade.

Pakistan's Foreign Secretary Aizaz Chaudhry said the two foreign secretaries would meet in Islamabad in mid-January.

Modi had earlier been in Moscow for the annual summit with Vladimir Putin.

Trending: Gold price today | Petrol rates | Cricket score"""))

S.append(dict(id="h80-37", source="gov.uk",
url="https://www.gov.uk/government/news/uk-secures-future-of-diego-garcia-base-with-mauritius-treaty",
published_at="2025-05-22", body="""Cookies on GOV.UK: We use some essential cookies to make this website work. Accept | Reject | View cookies

Press release

UK secures future of Diego Garcia base with Mauritius treaty

From: Prime Minister's Office, 10 Downing Street and Foreign, Commonwealth & Development Office
Published 22 May 2025

The UK today signed a treaty with Mauritius that secures the full operation of the UK-US military base on Diego Garcia for at least 99 years.

The treaty was signed at a ceremony attended by Prime Minister Keir Starmer, with the Mauritian Prime Minister Dr Navinchandra Ramgoolam joining virtually. The UK will pay an average of £101 million a year.

Share this page

Is this page useful? Yes | No"""))

S.append(dict(id="h80-38", source="solomonstarnews.com",
url="https://www.solomonstarnews.com/pm-sogavare-departs-for-china/",
published_at="2023-07", body="""Solomon Star | News | National | Business | Sports

PM Sogavare departs for China

Prime Minister Manasseh Sogavare departed Honiara yesterday for a week-long official visit to the People's Republic of China at the invitation of Premier Li Qiang.

The Prime Minister is scheduled to meet President Xi Jinping and Premier Li in Beijing, where several cooperation agreements, including on policing and civil aviation, are expected to be signed. He will also visit Guangdong Province.

The delegation includes Foreign Minister Jeremiah Manele.

Share | Tweet"""))

S.append(dict(id="h80-39", source="tbsnews.net",
url="https://www.tbsnews.net/bangladesh/modi-calls-yunus-discusses-safety-hindus-bangladesh-915214",
published_at="2024-08-16", body="""The Business Standard | Bangladesh | Economy | World

USD/BDT 117.91 | DSEX 5,906.08 ▲

Modi calls Yunus, discusses safety of Hindus in Bangladesh

Chief Adviser Professor Muhammad Yunus received a phone call from Indian Prime Minister Narendra Modi this afternoon.

Prof Yunus assured Modi that the interim government would protect Hindus and all other minorities, the Chief Adviser's press wing said. Modi later said on X that India supported a "democratic, stable, peaceful and progressive Bangladesh".

It was the first conversation between the two since Yunus took office on 8 August.

Related: Adviser says trade with India to continue as normal"""))

S.append(dict(id="h80-40", source="asiaposts.xyz",
url="https://asiaposts.xyz/south-asia/sri-lanka-president-dissanayake-meets-modi-in-new-delhi-77613",
published_at=None, body="""Sri Lanka's Dissanayake meets Modi in New Delhi

Sri Lankan President Anura Kumara Dissanayake held talks with Prime Minister Narendra Modi in New Delhi on Monday, on his first state visit abroad since taking office in September.

Dissanayake assured Modi that Sri Lanka would not allow its territory to be used in any way harmful to India's security. The two sides agreed to work on an electricity grid interconnection and a petroleum pipeline.

The President is due to visit China next month, his office said.

Source: Agencies

You may also like: Gold price today | Colombo stocks close higher"""))
