# Short items (300-1,100 characters), h36-27 .. h36-40
S = []

S.append(dict(id="h36-27", source="amarujala.com",
url="https://www.amarujala.com/world/jaishankar-maldives-visit-meets-president-muizzu-2024-08-10",
published_at="2024-08-10", body="""विदेश मंत्री जयशंकर मालदीव दौरे पर, राष्ट्रपति मुइज्जू से की मुलाकात

वर्ल्ड डेस्क, अमर उजाला, माले
Published by: अभिषेक दीक्षित | Updated Sat, 10 Aug 2024 06:15 PM IST

विदेश मंत्री एस. जयशंकर तीन दिवसीय यात्रा पर शुक्रवार को माले पहुंचे। शनिवार को उन्होंने राष्ट्रपति मोहम्मद मुइज्जू से मुलाकात की और द्विपक्षीय संबंधों को और मजबूत करने पर चर्चा की।

जयशंकर ने मालदीव के विदेश मंत्री मूसा जमीर के साथ प्रतिनिधिमंडल स्तर की वार्ता भी की। इस दौरान 28 द्वीपों में भारत की मदद से बनी जल और सीवरेज परियोजनाएं मालदीव को सौंपी गईं।

मुइज्जू सरकार के सत्ता में आने के बाद भारत के किसी वरिष्ठ मंत्री की यह पहली मालदीव यात्रा है।

विज्ञापन

ये भी पढ़ें: शेयर बाजार में तेजी, सेंसेक्स 800 अंक चढ़ा

अमर उजाला ऐप डाउनलोड करें"""))

S.append(dict(id="h36-28", source="geo.tv",
url="https://www.geo.tv/latest/84513-nsa-talks-called-off",
published_at="2015-08-23", body="""Geo News | Latest | Pakistan | World | Sports

Pakistan calls off NSA-level talks with India

Web Desk | Sunday Aug 23, 2015

ISLAMABAD: Pakistan on Saturday night called off the talks between the national security advisers of the two countries, saying they would serve no purpose under the conditions set by New Delhi.

Adviser to the Prime Minister on National Security and Foreign Affairs Sartaj Aziz had been due to travel to New Delhi on Sunday for talks with his Indian counterpart Ajit Doval, agreed upon when the two prime ministers met in Ufa last month.

India had insisted that Aziz must not meet Hurriyat leaders during the visit and that the agenda be limited to terrorism.

Earlier this week the Foreign Office summoned Indian Deputy High Commissioner J.P. Singh to protest ceasefire violations along the Working Boundary.

Related: PSX closes flat | Rain forecast for Lahore"""))

S.append(dict(id="h36-29", source="bssnews.net",
url="https://www.bssnews.net/news-flash/23781",
published_at="2021-03-26", body="""BSS | Bangladesh Sangbad Sangstha

Modi arrives in Dhaka on two-day state visit

DHAKA, March 26, 2021 (BSS) - Indian Prime Minister Narendra Modi arrived here this morning on a two-day state visit to join the celebrations of the golden jubilee of Bangladesh's independence and the birth centenary of Father of the Nation Bangabandhu Sheikh Mujibur Rahman.

Prime Minister Sheikh Hasina received him at Hazrat Shahjalal International Airport. A guard of honour was presented and a 19-gun salute fired.

It is Modi's first trip abroad since the coronavirus pandemic began. He will hold talks with Sheikh Hasina tomorrow and visit Tungipara and Orakandi.

Modi is the fifth foreign leader to come to Dhaka during the ten-day celebrations, after the presidents of the Maldives and Nepal and the prime ministers of Sri Lanka and Bhutan.

BSS/SR/1105 hrs"""))

S.append(dict(id="h36-30", source="bbs.bt",
url="https://www.bbs.bt/news/?p=195012",
published_at="2023-10-25", body="""BBS | Bhutan Broadcasting Service

Bhutan, China sign cooperation agreement on boundary delimitation

October 25, 2023

Bhutan and China have signed a cooperation agreement on the responsibilities and functions of the Joint Technical Team on the delimitation and demarcation of the boundary.

The agreement was signed during the 25th round of the Bhutan-China boundary talks in Beijing on Monday, led by Foreign Minister Dr Tandi Dorji and Chinese Foreign Minister Wang Yi.

Lyonpo also called on Vice President Han Zheng. The two sides agreed to hold the 26th round in Bhutan at a mutually convenient time.

Share: Facebook | X | WhatsApp"""))

S.append(dict(id="h36-31", source="mofa.gov.bd",
url="https://mofa.gov.bd/site/press_release/pakistan-deputy-pm-fm-visit-dhaka-2025",
published_at="2025-08-24", body="""Ministry of Foreign Affairs | Government of the People's Republic of Bangladesh

Press Release

Visit of the Deputy Prime Minister and Foreign Minister of Pakistan to Bangladesh

Dhaka, 24 August 2025

H.E. Mr. Mohammad Ishaq Dar, Deputy Prime Minister and Minister for Foreign Affairs of the Islamic Republic of Pakistan, arrived in Dhaka on 23 August 2025 on a two-day official visit.

He held bilateral talks with Foreign Adviser Md. Touhid Hossain at State Guest House Padma today. One agreement and five memoranda of understanding were signed, including on visa exemption for holders of diplomatic and official passports.

The Deputy Prime Minister also called on Chief Adviser Professor Muhammad Yunus at State Guest House Jamuna.

Print | Share"""))

S.append(dict(id="h36-32", source="brecorder.com",
url="https://www.brecorder.com/news/512345/trump-offers-kashmir-mediation-as-imran-visits-white-house",
published_at="2019-07-23", body="""Business Recorder

KSE100 32,126.48 ▼ -219.50 | USD/PKR 160.40 | Gold Rs 81,900

Trump offers Kashmir mediation as Imran visits White House

WASHINGTON: US President Donald Trump on Monday offered to mediate between Pakistan and India on Kashmir as he received Prime Minister Imran Khan at the White House.

Trump said Indian Prime Minister Narendra Modi had asked him two weeks ago whether he would act as a mediator. India's external affairs ministry denied that any such request had been made.

Khan is on a three-day official visit to the United States, his first since taking office. He was accompanied by Army Chief General Qamar Javed Bajwa and Foreign Minister Shah Mahmood Qureshi.

Copyright Business Recorder, 2019"""))

S.append(dict(id="h36-33", source="ariananews.af",
url="https://www.ariananews.af/muttaqi-meets-indian-foreign-secretary-misri-in-dubai/",
published_at="2025-01-08", body="""Ariana News | Afghanistan

Muttaqi meets Indian Foreign Secretary Misri in Dubai

The Islamic Emirate's Foreign Minister Amir Khan Muttaqi met India's Foreign Secretary Vikram Misri in Dubai on Wednesday, the highest-level meeting between the two sides since 2021.

The two discussed trade, the use of Chabahar port, humanitarian assistance and visas for Afghan businessmen and patients, the Afghan foreign ministry said.

India's foreign ministry said New Delhi would consider engaging in development projects in Afghanistan. Indian official J.P. Singh visited Kabul in November and met Afghan ministers.

Share: Facebook | X | Telegram"""))

S.append(dict(id="h36-34", source="thenews.com.pk",
url="https://www.thenews.com.pk/latest/1066312-bilawal-meets-lavrov-qin-gang-in-goa",
published_at="2023-05-05", body="""The News International | Latest

Bilawal meets Lavrov, Qin Gang on SCO sidelines in Goa

GOA: Foreign Minister Bilawal Bhutto Zardari, who arrived in Goa on Thursday for the meeting of the Shanghai Cooperation Organisation Council of Foreign Ministers, met his Russian and Chinese counterparts, Sergey Lavrov and Qin Gang, on the sidelines.

He also met Uzbekistan's Foreign Minister Bakhtiyor Saidov.

Bilawal is the first Pakistani foreign minister to visit India since 2011. No bilateral meeting with Indian External Affairs Minister S Jaishankar was scheduled.

Share: Facebook | Twitter | WhatsApp"""))

S.append(dict(id="h36-35", source="edition.mv",
url="https://edition.mv/news/34521",
published_at="2024-10", body="""Edition.mv

President Muizzu to embark on state visit to India on Sunday

President Dr Mohamed Muizzu will undertake a state visit to India from 6 to 10 October at the invitation of Indian President Droupadi Murmu, the President's Office announced.

During the visit, the President will hold talks with Prime Minister Narendra Modi and meet President Murmu. He will also travel to Mumbai and Bengaluru.

The President visited New Delhi in June to attend Prime Minister Modi's swearing-in ceremony.

Share: Facebook | X | Viber"""))

S.append(dict(id="h36-36", source="mofa.gov.np",
url="https://mofa.gov.np/official-visit-of-the-external-affairs-minister-of-india-2/",
published_at="2024-01-03", body="""Ministry of Foreign Affairs | Government of Nepal

Press Release

Official Visit of the External Affairs Minister of India

His Excellency Dr. S. Jaishankar, External Affairs Minister of the Republic of India, is paying an official visit to Nepal from 4 to 5 January 2024 at the invitation of Hon. Mr. N. P. Saud, Minister for Foreign Affairs of Nepal.

The two Foreign Ministers will co-chair the seventh meeting of the Nepal-India Joint Commission in Kathmandu. The External Affairs Minister is also scheduled to call on Rt. Hon. President Ram Chandra Paudel and Rt. Hon. Prime Minister Pushpa Kamal Dahal 'Prachanda'.

Ministry of Foreign Affairs
Kathmandu
3 January 2024"""))

S.append(dict(id="h36-37", source="khaama.com",
url="https://www.khaama.com/pakistans-dar-arrives-in-kabul-meets-akhund-and-muttaqi/",
published_at="2025-04-19", body="""Khaama Press | Afghanistan

Pakistan's Dar arrives in Kabul, meets Akhund and Muttaqi

Pakistan's Deputy Prime Minister and Foreign Minister Ishaq Dar arrived in Kabul on Saturday on a one-day visit and met Mullah Mohammad Hassan Akhund, the Islamic Emirate's prime minister, and Foreign Minister Amir Khan Muttaqi.

The talks focused on the deportation of Afghan refugees from Pakistan, trade and transit, and security, the Islamic Emirate's foreign ministry said.

Muttaqi accepted an invitation to visit Islamabad, Pakistani officials said.

Comments | Share"""))

S.append(dict(id="h36-38", source="livemint.com",
url="https://www.livemint.com/economy/india-australia-sign-interim-trade-deal-11648887045123.html",
published_at="2022-04-02", body="""Mint | Economy

Sensex 59,276.69 ▲ 708.18 | Nifty 17,670.45 ▲ 205.70

India, Australia sign interim trade pact; tariffs on most goods to go

India and Australia on Saturday signed an Economic Cooperation and Trade Agreement, India's first trade deal with a developed country in over a decade.

Commerce Minister Piyush Goyal and Australian Trade Minister Dan Tehan signed the agreement at a virtual ceremony attended by Prime Ministers Narendra Modi and Scott Morrison.

The pact will remove duties on over 96% of India's exports to Australia and on about 85% of Australian goods.

Catch all the Business News, Market News and Latest News Updates on Live Mint."""))

S.append(dict(id="h36-39", source="lankadiaries.blogspot.com",
url="https://lankadiaries.blogspot.com/2019/11/gotabaya-to-choose-delhi-for-first-trip.html",
published_at="2019-11", body="""Lanka Diaries

Gotabaya picks Delhi for first trip abroad

President Gotabaya Rajapaksa will leave for New Delhi on Thursday on a three-day state visit, his first abroad since winning the presidential election, and hold talks with Prime Minister Narendra Modi on Friday.

The invitation was delivered by Indian External Affairs Minister S. Jaishankar, who flew to Colombo two days after the new president was sworn in.

Modi had telephoned Rajapaksa to congratulate him on the day the results were announced.

Posted by Lanka Diaries at 9:14 PM | 3 comments"""))

S.append(dict(id="h36-40", source="southasiawire.info",
url="https://southasiawire.info/india/modi-yunus-phone-call-minorities",
published_at=None, body="""South Asia Wire | India

Modi speaks to Yunus, seeks safety of Hindus in Bangladesh

Prime Minister Narendra Modi on Friday received a telephone call from Professor Muhammad Yunus, chief adviser of Bangladesh's interim government, and stressed the need to ensure the safety and security of Hindus and other minorities.

"Reaffirmed India's support for a democratic, stable, peaceful and progressive Bangladesh," Modi wrote on X after the call.

Yunus assured him that the interim government would protect minority communities, his office said.

Tags: Narendra Modi, Muhammad Yunus, Bangladesh"""))
