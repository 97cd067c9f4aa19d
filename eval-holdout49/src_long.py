# Long pages (2,500-4,500 characters), h49-01 .. h49-12
A = []

A.append(dict(id="h49-01", source="hindustantimes.com",
url="https://www.hindustantimes.com/india-news/pm-modi-lands-in-trinidad-and-tobago-second-leg-five-nation-tour-101751593812345.html",
published_at="2025-07-04", body="""Sensex 83,239.47 ▼ -170.22 | Nifty 50 25,405.30 ▼ -48.10 | Gold (10g) ₹97,320 ▲ +210 | USD/INR 85.37

Sign in | Subscribe to HT Premium | E-Paper

India News

PM Modi lands in Trinidad and Tobago on second leg of five-nation tour; Argentina, Brazil, Namibia next

Modi was received at Piarco airport by Prime Minister Kamla Persad-Bissessar and members of her cabinet. It is the first bilateral visit by an Indian prime minister to the Caribbean nation since 1999

By HT Correspondent, New Delhi
Updated on Jul 04, 2025 07:45 AM IST

Prime Minister Narendra Modi arrived in Port of Spain on Thursday evening (local time) on the second leg of his five-nation tour, flying in from Accra, where he had held talks with Ghana's President John Dramani Mahama a day earlier.

Persad-Bissessar, who returned to office in April, received Modi at Piarco International Airport along with cabinet colleagues, several of them dressed in Indian attire. A guard of honour was followed by a performance of chowtal and tassa drumming by members of the Indo-Trinidadian community, which makes up close to 40% of the country's 1.4 million people.

During the two-day visit, Modi is scheduled to call on President Christine Carla Kangaloo, hold delegation-level talks with Persad-Bissessar and address a joint sitting of the country's Parliament. He will also speak at a community event at Couva, where an announcement on OCI cards for descendants of indentured labourers up to the sixth generation is expected.

"Trinidad and Tobago is our gateway to the Caribbean, and the people-to-people bond built over 180 years gives us a strong foundation to build on," a senior official travelling with the Prime Minister said.

The Ghana leg

In Accra, Modi and Mahama agreed to raise the relationship to a comprehensive partnership and witnessed the exchange of four memoranda of understanding, covering culture, traditional medicine, standards and a joint commission that will now meet regularly at the level of foreign ministers. Mahama conferred on Modi the Officer of the Order of the Star of Ghana, and the Indian leader addressed Ghana's Parliament on Thursday morning before flying out.

It was the first visit by an Indian prime minister to Ghana in three decades. The two sides discussed vaccine manufacturing, defence supplies, critical minerals and India's digital payments stack, Secretary (Economic Relations) Dammu Ravi said at a media briefing in Accra.

What comes next

From Port of Spain, Modi flies to Buenos Aires on Friday for talks with Argentine President Javier Milei. Lithium, shale gas, agriculture and defence are expected to top the agenda of what officials describe as the first standalone bilateral visit to Argentina by an Indian prime minister in 57 years.

He then travels to Brazil to attend the 17th BRICS summit in Rio de Janeiro on July 6-7, followed by a state visit to Brasília, where President Luiz Inácio Lula da Silva will host him for bilateral talks. The last stop is Windhoek on July 9, where Modi is set to meet President Netumbo Nandi-Ndaitwah, who took office in March, and address the Namibian Parliament.

The eight-day tour, the longest of Modi's third term so far, is meant to deepen ties with the Global South, officials said. It also comes two months after Operation Sindoor, and New Delhi has used several recent engagements abroad to seek support for its stand on cross-border terrorism.

Also Read: Jaishankar meets Rubio in Washington; Quad ministers condemn Pahalgam attack
Also Read: Shubhanshu Shukla's ISS diary: a week in orbit
Also Read: Monsoon covers entire country nine days ahead of normal, says IMD

Topics: Narendra Modi, Trinidad and Tobago, Ghana, BRICS, Argentina, Namibia

Share via: WhatsApp | X | Facebook | LinkedIn | Copy link

Catch all the Latest India News, Breaking News and Weather updates on Hindustan Times. Get Latest Updates on the HT App - Download Now"""))

A.append(dict(id="h49-02", source="theprint.in",
url="https://theprint.in/diplomacy/modi-meets-yunus-for-first-time-on-bimstec-sidelines-flags-safety-of-hindus/2577310/",
published_at="2025-04-04", body="""ThePrint | Politics | Governance | Economy | Defence | India | World | Opinion | Features

ThePrint is now on WhatsApp. Click here to follow our channel

DIPLOMACY

Modi meets Yunus for first time on BIMSTEC sidelines, flags safety of Hindus in Bangladesh

PM also held talks with Nepal's Oli & Myanmar's Min Aung Hlaing in Bangkok, a day after his bilateral engagements with Thai PM Paetongtarn Shinawatra. He leaves for Colombo later Friday.

ThePrint Team
4 April, 2025 06:12 pm IST

Bangkok: Prime Minister Narendra Modi met Bangladesh's interim Chief Adviser Muhammad Yunus on the sidelines of the sixth BIMSTEC summit here Friday, their first sit-down since the ouster of Sheikh Hasina's government last August sent relations between New Delhi and Dhaka into a tailspin.

At the meeting, which lasted a little under 40 minutes, Modi conveyed India's concerns over the safety of Hindus and other minorities in Bangladesh and said "rhetoric that vitiates the environment is best avoided", Foreign Secretary Vikram Misri told reporters. Yunus's press secretary Shafiqul Alam said in Dhaka that the Chief Adviser had raised Bangladesh's request for Hasina's extradition, as well as border killings and the sharing of the Ganga waters.

The meeting came barely a week after Yunus returned from China, where his remarks describing India's northeastern states as "landlocked" and Bangladesh as the "guardian of the ocean" for the region drew sharp responses from Indian politicians.

Modi also held separate bilateral meetings with Nepal Prime Minister K.P. Sharma Oli, whom he had not met since Oli returned to power last July, and with Myanmar's military leader Senior General Min Aung Hlaing. Oli, who broke with tradition by making Beijing rather than New Delhi his first port of call in December, invited Modi to visit Nepal, officials in Kathmandu said. With Min Aung Hlaing, Modi discussed relief after last week's earthquake and said India would continue to help under Operation Brahma.

Thursday's bilateral

On arriving on Thursday, Modi was received by Thai Prime Minister Paetongtarn Shinawatra at Government House, where the two leaders held delegation-level talks and elevated ties to a strategic partnership. Six agreements were exchanged, covering maritime heritage, MSMEs, handicrafts and digital technology, and Thailand released a stamp marking the Ramayana murals. On Friday afternoon the Prime Minister was granted an audience by King Maha Vajiralongkorn at Dusit Palace.

At the summit itself, leaders of the seven-member grouping adopted the Bangkok Vision 2030 and signed a maritime transport cooperation agreement. Modi put forward a 21-point action plan, including a BIMSTEC chamber of commerce and a business summit every year. Bangladesh takes over the chair from Thailand.

Sri Lanka next

Modi leaves for Colombo later Friday for a three-day state visit, his first since President Anura Kumara Dissanayake took office in September. Dissanayake had chosen New Delhi for his first overseas trip as president in December. Officials said the two sides are expected to sign a memorandum on defence cooperation on Saturday, and the Prime Minister will visit the sacred city of Anuradhapura on Sunday.

Also Read: Trump's reciprocal tariffs: what the 26% duty means for Indian exporters
Also Read: Waqf Amendment Bill clears Rajya Sabha after marathon debate

Subscribe to our channels on YouTube, Telegram & WhatsApp

Support Our Journalism
India needs fair, non-hyphenated and questioning journalism, packed with on-ground reporting. ThePrint, with exceptional reporters, columnists and editors, is doing just that. Support us by contributing what you can.

Show Full Article"""))

A.append(dict(id="h49-03", source="ndtv.com",
url="https://www.ndtv.com/world-news/pm-modi-donald-trump-speak-for-35-minutes-no-mediation-on-operation-sindoor-8694213",
published_at="2025-06-18", body="""NDTV | Latest | India | World | Trends | Opinion | Videos | Live TV | NDTV Profit

Follow NDTV on WhatsApp for breaking news

PM Modi, Trump Speak For 35 Minutes; "No Mediation" On Op Sindoor, PM Tells US President

The call took place at the US President's request after he left the G7 summit in Canada early, Foreign Secretary Vikram Misri said

NDTV News Desk
World News | Updated: June 18, 2025 08:54 am IST

Kananaskis/New Delhi:

Prime Minister Narendra Modi and US President Donald Trump spoke on the phone for about 35 minutes on Tuesday, their first conversation since Operation Sindoor, and the Prime Minister told Trump that the halt in military action with Pakistan in May had been agreed directly between the two militaries at Islamabad's request, "not at the level of any mediation", Foreign Secretary Vikram Misri said.

The two leaders were to have met on the margins of the G7 summit in Kananaskis, but Trump flew back to Washington on Monday night because of the situation in West Asia. The call then took place at his request, Misri said in a video statement.

Trump asked whether Modi could stop over in the United States on his way back from Canada; the Prime Minister said he could not because of prior commitments. Modi invited Trump to India for the next Quad summit, and the President accepted the invitation, according to Misri.

In Kananaskis, Modi held his first bilateral meeting with Canadian Prime Minister Mark Carney, who had invited him as an outreach guest. The two agreed to move towards appointing new high commissioners, nearly two years after a row over the killing of a Khalistani separatist led both countries to expel diplomats. Carney called the talks "foundational".

On the summit sidelines, Modi met South Korea's new President Lee Jae-myung, who took office this month, and Mexican President Claudia Sheinbaum, inviting both to India. He also had brief exchanges with Italian Prime Minister Giorgia Meloni and French President Emmanuel Macron, with whom he shared photographs on social media.

"Had a productive conversation with President Lee on trade, shipbuilding and green hydrogen," Modi posted on X.

Modi arrived in Canada from Cyprus, where on Monday he held talks with President Nikos Christodoulides in Nicosia and was awarded the Grand Cross of the Order of Makarios III. It was the first visit by an Indian prime minister to the island in over two decades, and the two sides agreed to draw up a roadmap for cooperation over the next five years.

The Prime Minister will travel to Zagreb on Wednesday on the final leg of the tour for talks with Croatian Prime Minister Andrej Plenkovic, in the first-ever visit by an Indian premier to Croatia.

Trump has repeatedly claimed credit for the ceasefire between India and Pakistan, a claim New Delhi has consistently rejected. Misri said the Prime Minister told Trump firmly that India "does not and will never accept mediation".

Related
Pak Army Chief Asim Munir To Have Lunch With Trump At White House Today
Israel-Iran Conflict: Indian Students Moved Out Of Tehran, Says MEA
G7 Leaders' Statement Calls For De-escalation In Middle East

Track Latest News Live on NDTV.com and get news updates from India and around the world

Show full article

Comments"""))

A.append(dict(id="h49-04", source="thehindu.com",
url="https://www.thehindu.com/news/national/modi-in-astana-after-tashkent-talks-ufa-summits-next/article7395812.ece",
published_at="2015-07-07", body="""This site uses cookies to improve your experience. By continuing, you agree to our cookie policy. | Accept

The Hindu | e-Paper | Subscribe | Sign in

NATIONAL

Modi in Astana after Tashkent talks; Ufa summits next

Special Correspondent
ASTANA, July 7, 2015 23:18 IST
Updated: July 8, 2015 01:02 IST

Prime Minister Narendra Modi is received at the airport in Astana on Tuesday. Photo: PTI

Prime Minister Narendra Modi arrived in the Kazakh capital on Tuesday evening on the second leg of his eight-day, six-nation tour of Central Asia and Russia, after a day in Uzbekistan in which he and President Islam Karimov agreed to step up cooperation in defence, cyber security and counter-terrorism.

In Tashkent, the two leaders held restricted and delegation-level talks at the Oqsaroy presidential residence, and the two sides signed three agreements, among them a protocol on consultations between their foreign offices and a programme of cultural exchanges. Mr. Modi also paid tributes at the statue of Lal Bahadur Shastri, who died in Tashkent in 1966.

"Uzbekistan is an important pillar of our engagement in Central Asia," Mr. Modi said in a press statement after the talks. Mr. Karimov said he had accepted an invitation to visit India again.

In Astana, Mr. Modi will hold talks with President Nursultan Nazarbayev on Wednesday. A contract for the supply of about 5,000 tonnes of uranium over five years is expected to be signed, and the two sides will also discuss defence cooperation and hydrocarbons. Mr. Modi will address students at Nazarbayev University.

From Astana, the Prime Minister flies to Ufa, the capital of the Russian republic of Bashkortostan, for the BRICS summit on July 8-9 and the Shanghai Cooperation Organisation summit on July 9-10, where the process of admitting India as a full member is expected to begin. He will hold a bilateral meeting with President Vladimir Putin, and Foreign Secretary S. Jaishankar confirmed that a separate meeting with Chinese President Xi Jinping had also been fixed on the margins in Ufa.

Asked whether Mr. Modi would meet Pakistan's Prime Minister Nawaz Sharif, who will also be in Ufa for the SCO meeting, Mr. Jaishankar said there had been "no request" so far and that the question was "hypothetical at this stage".

After Ufa, Mr. Modi will return to Central Asia, visiting Turkmenistan on July 10-11, Kyrgyzstan on July 11-12 and Tajikistan on July 12-13. In Ashgabat, he will discuss the Turkmenistan-Afghanistan-Pakistan-India gas pipeline with President Gurbanguly Berdimuhamedov. In Bishkek, he will meet President Almazbek Atambayev, and in Dushanbe, President Emomali Rahmon.

This is the first time an Indian Prime Minister is visiting all five Central Asian republics in a single trip. Officials said connectivity was a key theme, including the International North-South Transport Corridor and India's interest in the Chabahar port in Iran.

Related Articles
Uranium supply deal high on agenda in Kazakhstan
Connectivity, energy to dominate Central Asia tour
Editorial: Reaching out to the Stans

Printable version | Jul 8, 2015 1:02:14 AM | Keywords: Narendra Modi, Central Asia, Kazakhstan, Uzbekistan, SCO, BRICS

Comments | Share: Facebook | Twitter | Email

Copyright© 2015, The Hindu"""))

A.append(dict(id="h49-05", source="wionews.com",
url="https://www.wionews.com/india-news/jaishankar-hosts-central-asian-foreign-ministers-afghanistan-connectivity-top-agenda-438211",
published_at="2021-12-19", body="""WION | World | India | South Asia | Business | Videos | Live TV

Jaishankar hosts Central Asian foreign ministers; Afghanistan, connectivity top agenda

Edited By: WION Web Team
New Delhi | Updated: Dec 19, 2021, 09:42 PM (IST)

Story highlights
- Third India-Central Asia Dialogue held in New Delhi
- Humanitarian aid to Afghanistan, Chabahar discussed
- Ministers agree to set up working groups on Chabahar

External Affairs Minister S Jaishankar hosted the foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in New Delhi on Sunday for the third meeting of the India-Central Asia Dialogue, with the situation in Afghanistan and connectivity dominating the discussions.

The ministers called for a "truly representative and inclusive government" in Kabul and agreed to continue providing humanitarian assistance to the Afghan people, according to a joint statement. They also agreed to set up working groups on the use of Chabahar port and to hold the dialogue regularly.

"Our relations with Central Asia are anchored in civilisational links. Today we want to take them to a new level with four Cs: commerce, capacity enhancement, connectivity and contacts," Jaishankar said in his opening remarks.

On Saturday, hours after the delegations arrived, Jaishankar held separate bilateral talks with Kazakh Foreign Minister Mukhtar Tileuberdi and Uzbek Foreign Minister Abdulaziz Kamilov. With Tileuberdi he discussed defence cooperation and a proposed direct air link with Almaty, and with Kamilov trade through Chabahar and the Afghan situation, the minister said on Twitter.

Kyrgyz Foreign Minister Ruslan Kazakbaev, Tajik Foreign Minister Sirojiddin Muhriddin and Turkmen Deputy Chairman of the Cabinet and Foreign Minister Rashid Meredov also attended the dialogue. No separate bilateral meetings with them were announced.

The five ministers are scheduled to call on Prime Minister Narendra Modi together on Monday. Sources said New Delhi has invited the five Central Asian presidents to be chief guests at the Republic Day parade next month, although the plans could be affected by the pandemic.

The dialogue comes a month after National Security Adviser Ajit Doval hosted his counterparts from Russia, Iran and all five Central Asian states for a regional security dialogue on Afghanistan. Pakistan and China declined to attend that meeting.

It also coincides with a special session of the Organisation of Islamic Cooperation's foreign ministers on Afghanistan in Islamabad on Sunday.

India has pledged 50,000 tonnes of wheat and medicines for Afghanistan and is in talks with Pakistan for their transit by land.

The first India-Central Asia Dialogue was held in Samarkand in 2019, and the second was held virtually last year.

Also Watch: Gravitas: Why Central Asia matters to India

Read more
Omicron: India's tally of cases rises to 145
US, Russia spar over Ukraine build-up ahead of talks

Tags: S Jaishankar, Central Asia, Kazakhstan, Uzbekistan, Afghanistan

Follow WION on Google News | Download the WION app"""))

A.append(dict(id="h49-06", source="ddnews.gov.in",
url="https://ddnews.gov.in/en/president-murmu-arrives-in-wellington-holds-talks-with-governor-general-kiro/",
published_at="2024-08-08", body="""DD News | Home | National | International | Business | Sports | Videos | Live TV

President Murmu holds talks with Governor-General Kiro in Wellington; Timor-Leste next

Last Updated: August 8, 2024 05:40 PM | DD News

Photo: President Droupadi Murmu with New Zealand Governor-General Dame Cindy Kiro at Government House, Wellington (Photo: Rashtrapati Bhavan/X)

President Droupadi Murmu on Thursday held talks with New Zealand's Governor-General Dame Cindy Kiro at Government House in Wellington, on the second leg of her state visits to Fiji, New Zealand and Timor-Leste.

The President, who arrived in Wellington on Wednesday evening from Suva, was accorded a ceremonial welcome with a traditional Maori powhiri before the talks. Prime Minister Christopher Luxon later called on the President, and the two discussed trade, education, the Indian diaspora and cooperation in the Indo-Pacific.

It is the first state visit by an Indian President to New Zealand. Speaking at a banquet hosted in her honour, President Murmu said the two democracies shared values, a love of cricket and a strong people-to-people bond. "More than 300,000 people of Indian origin have made New Zealand their home and are contributing to its progress," she said.

The President will also address an International Education Conference in Wellington and travel to Auckland on Friday, where she is expected to meet members of the Indian community.

Earlier, in Fiji, President Murmu held talks with President Ratu Wiliame Katonivere and Prime Minister Sitiveni Rabuka in Suva, and addressed the Parliament of Fiji. President Katonivere conferred on her the Companion of the Order of Fiji, the country's highest civilian honour. The two sides signed agreements on health cooperation and on visa exemption for official passport holders, and India announced support for a 100-bed super-speciality hospital in Suva.

On the final leg, the President will travel to Dili on Saturday, becoming the first Indian head of state to visit Timor-Leste. She will hold talks with President Jose Ramos-Horta and Prime Minister Xanana Gusmao. India had announced last year that it would open a resident mission in Dili.

Secretary (East) Jaideep Mazumdar said the visits reflected the importance India attached to its Act East policy and the Pacific region. Minister of State George Kurian and MPs Saumitra Khan and Jugal Kishore are accompanying the President.

Related Stories
EAM Jaishankar in Male, hands over water and sewerage projects
Paris 2024: Neeraj Chopra qualifies for javelin final
Parliament: Waqf (Amendment) Bill referred to JPC

Tags: President Droupadi Murmu, New Zealand, Fiji, Timor-Leste, Act East

Share: Facebook | X | WhatsApp | Telegram

Prasar Bharati | (C) DD News. All Rights Reserved"""))

A.append(dict(id="h49-07", source="economictimes.indiatimes.com",
url="https://economictimes.indiatimes.com/news/india/modi-xi-talks-in-tianjin-partners-not-rivals/articleshow/123618455.cms",
published_at="2025-08-31", body="""The Economic Times | ET Prime | Markets | News | Industry | Rise | Politics | Wealth

Sensex 79,809.65 ▼ -270.92 | Nifty 24,426.85 ▼ -74.05 | Brent $67.48 | Gold ₹1,02,350

India and China are "partners, not rivals", Modi and Xi agree in Tianjin

By ET Bureau | Last Updated: Aug 31, 2025, 06:55:00 PM IST

Synopsis
Prime Minister Narendra Modi held talks with Chinese President Xi Jinping in Tianjin on Sunday, his first visit to China in seven years, as both leaders sought to steady ties amid sweeping US tariffs. Modi arrived from Japan and will meet Russian President Vladimir Putin on Monday.

Prime Minister Narendra Modi and Chinese President Xi Jinping agreed on Sunday that India and China were development partners and not rivals, and that differences should not become disputes, in talks on the sidelines of the Shanghai Cooperation Organisation summit in the northern port city of Tianjin.

The meeting, which lasted just under an hour, was Modi's first on Chinese soil since 2018. The two leaders reviewed steps taken since they met in Kazan last October, including the resumption of the Kailash Mansarovar Yatra and an agreement to restore direct flights, and discussed the trade deficit, which Modi said needed to be addressed, the foreign ministry said.

"The dragon and the elephant should come together," Xi was quoted as saying by Xinhua. Modi invited Xi to the BRICS summit that India will host next year.

The talks came as Washington's 50% tariff on most Indian goods took effect last week, straining a relationship that New Delhi had spent two decades building. Analysts said the optics in Tianjin were being closely watched in Washington.

Japan leg

Modi arrived in Tianjin on Saturday evening from Tokyo, where he and Prime Minister Shigeru Ishiba held the 15th annual summit between the two countries. Japan set a target of 10 trillion yen in private investment in India over the next decade, and the two sides adopted an economic security initiative covering semiconductors, critical minerals and clean energy. Ishiba accompanied Modi on a bullet train to Sendai, where the two visited a semiconductor equipment plant.

Putin on Monday

Foreign Secretary Vikram Misri said Modi would hold a bilateral meeting with President Putin on Monday after the SCO plenary session. The Prime Minister will return to New Delhi on Monday night.

Leaders of more than 20 countries, including Turkey's Recep Tayyip Erdogan and Pakistan's Shehbaz Sharif, are in Tianjin for the summit, which China is billing as the largest in the organisation's history.

Also Read
Nepal PM Oli meets Xi in Tianjin, raises Lipulekh trade route
Putin, Kim Jong Un to attend Beijing military parade on Wednesday
Trump tariff impact: Textile exporters in Tiruppur cut shifts

(Catch all the Business News, Breaking News, Budget 2025 Events and Latest News Updates on The Economic Times.)

Download The Economic Times News App to get Daily Market Updates & Live Business News.

Subscribe to The Economic Times Prime and read the ET ePaper online."""))

A.append(dict(id="h49-08", source="gulfnews.com",
url="https://gulfnews.com/world/asia/india/modi-cuts-short-saudi-visit-after-pahalgam-attack-1.500104321",
published_at="2025-04-23", body="""Gold Rate Dubai 24K: Dh 425.50 | 22K: Dh 394.00 | AED/INR 23.21 | Prayer times Dubai: Fajr 4:32

Gulf News | UAE | Gulf | World | Business | Sport | Opinion

Modi cuts short Saudi visit after Pahalgam attack, flies home overnight

Indian Prime Minister held talks with Crown Prince Mohammed bin Salman in Jeddah before returning to New Delhi; official dinner cancelled

Published: April 23, 2025 08:10 | Gulf News Report

Jeddah: Indian Prime Minister Narendra Modi cut short his two-day state visit to Saudi Arabia and flew back to New Delhi overnight, after militants killed 26 people, most of them tourists, at a meadow near Pahalgam in Indian-administered Kashmir on Tuesday afternoon.

Modi arrived in Jeddah on Tuesday and, despite the news from Kashmir, went ahead with talks with Saudi Crown Prince and Prime Minister Mohammed bin Salman at Al Salam Palace. The two leaders co-chaired the second meeting of the India-Saudi Arabia Strategic Partnership Council, and the two sides signed agreements on space, health, postal services and anti-doping in sport.

The Crown Prince strongly condemned the attack and offered condolences, the Indian side said. India and Saudi Arabia also agreed to work together on two oil refineries in India and to move forward on a bilateral investment treaty.

An official dinner planned for Tuesday evening was cancelled, and Modi left Jeddah late at night. A visit to a factory employing Indian workers, scheduled for Wednesday, was also dropped.

It was Modi's third visit to Saudi Arabia as prime minister and his first to Jeddah. His aircraft was escorted by Royal Saudi Air Force F-15 jets as it entered Saudi airspace on Tuesday, a gesture Indian officials described as unprecedented.

"The Kingdom is one of India's most valued partners and a trusted friend," Modi had told Arab News in an interview published before the visit.

Saudi Arabia is India's fifth-largest trading partner and home to about 2.7 million Indian nationals, the largest expatriate community in the kingdom. Bilateral trade stood at about $43 billion in the last financial year.

In New Delhi, Modi chaired a meeting of the Cabinet Committee on Security soon after landing. Home Minister Amit Shah had flown to Srinagar on Tuesday night.

The attack drew condemnation from across the Gulf. The UAE, Qatar, Kuwait, Oman and Bahrain issued statements expressing solidarity with India.

Related
US Vice President Vance tours Taj Mahal with family on last day of India trip
Trump to visit Saudi Arabia, Qatar and UAE in May, White House says
Dubai Metro Blue Line: what we know so far

Most read
UAE weather: light rain expected in parts of Abu Dhabi
Dubai traffic fines: new rules from May 1

Get the latest news on your phone: download the Gulf News app. Join us on WhatsApp.

(c) Al Nisr Publishing LLC 2025. All rights reserved."""))

A.append(dict(id="h49-09", source="indianexpress.com",
url="https://indianexpress.com/article/india/putin-receives-jaishankar-in-kremlin-9085312/",
published_at="2023-12-28", body="""The Indian Express | Home | India | Explained | Opinion | Political Pulse | UPSC | Premium

Putin receives Jaishankar at Kremlin, says "glad to see" Modi in Russia next year

Jaishankar, on a five-day visit to Russia, held talks with Foreign Minister Sergei Lavrov and First Deputy PM Denis Manturov. Agreements on future units of the Kudankulam nuclear plant were signed

Written by Express News Service
New Delhi | Updated: December 28, 2023 09:15 IST

Russian President Vladimir Putin received External Affairs Minister S Jaishankar at the Kremlin on Wednesday and said Moscow would be "glad to see our friend Prime Minister Modi in Russia" next year, despite the political calendar in India.

Putin told Jaishankar that he was aware of the elections in India and wished Modi's political force success, according to a Kremlin transcript. Jaishankar handed over a personal message from the Prime Minister and briefed Putin on the India-Russia economic agenda.

Earlier in the day, Jaishankar held wide-ranging talks with Foreign Minister Sergei Lavrov, covering Ukraine, West Asia, Afghanistan, the Indo-Pacific and cooperation in multilateral forums. Addressing a joint press conference, Lavrov said the two sides had discussed "prospects for joint production of military equipment", and that Russia remained ready to help resolve the Ukraine conflict through negotiations.

"Our ties remain very steady and very strong," Jaishankar said, adding that bilateral trade had crossed $50 billion this year, driven largely by Indian purchases of Russian oil.

On Tuesday, Jaishankar met First Deputy Prime Minister Denis Manturov, and the two witnessed the signing of documents relating to the construction of future power-generating units at Kudankulam in Tamil Nadu. They also discussed the North-South transport corridor and payments in national currencies.

Jaishankar told reporters that both sides were "confident" that the annual summit between the two leaders, which did not take place this year, would be held in 2024. No dates have been set. Modi and Putin last met in person in Samarkand in September 2022, on the sidelines of the SCO summit, where Modi told Putin that "today's era is not of war".

The minister will travel to St Petersburg on Friday, where he is scheduled to meet Governor Alexander Beglov and visit the Piskaryovskoye memorial cemetery.

The visit comes as Western countries continue to press India over its oil imports from Russia. New Delhi has maintained that its purchases are driven by the need to secure affordable energy for its people.

Read Next
Jaishankar's Tehran trip likely next month, Chabahar on agenda
Red Sea attacks: Navy deploys destroyers after drone strike on merchant vessel
Opinion: What India wants from Russia in 2024

Newsletter: Sign up for the Express Explained newsletter, delivered to your inbox every morning

Express Subscription: Get unlimited access to The Indian Express exclusive and premium stories. Subscribe now

Follow us: Twitter | Facebook | Instagram | WhatsApp channel

Tags: S Jaishankar, Vladimir Putin, Russia, Sergei Lavrov"""))

A.append(dict(id="h49-10", source="indiatoday.in",
url="https://www.indiatoday.in/world/story/pm-modi-kyiv-visit-zelensky-talks-four-agreements-2586911-2024-08-23",
published_at="2024-08-23", body="""India Today | News | India | World | Business | Sports | Videos | Magazine

LIVE TV | Notifications: Allow India Today to send you latest news alerts? Allow | Later

World News

"India is not neutral, it is on the side of peace": PM Modi to Zelensky in Kyiv

PM Modi, the first Indian prime minister to visit Ukraine, travelled about 10 hours by train from the Polish border. India and Ukraine signed four agreements after the talks

India Today World Desk
Kyiv, UPDATED: Aug 23, 2024 21:35 IST

Prime Minister Narendra Modi held talks with Ukrainian President Volodymyr Zelensky in Kyiv on Friday and told him India had "never been neutral" in the war but was "firmly on the side of peace", offering to play an active role in efforts to end the conflict.

Modi, who arrived in Kyiv on Friday morning on a special train from Przemysl in Poland, became the first Indian prime minister to visit Ukraine since it gained independence in 1991. The two leaders visited an exhibition in memory of children killed in the war, where Modi placed a toy and Zelensky put his arm around him.

After delegation-level talks at the Mariinskyi Palace, India and Ukraine signed four agreements, on agriculture and food industry, medical products regulation, cultural cooperation and Indian humanitarian grant projects. Modi also handed over four BHISHM mobile health cubes.

External Affairs Minister S Jaishankar said Zelensky had been invited to visit India. "He is welcome to come at a time convenient to him," Jaishankar told reporters in Kyiv.

The visit comes six weeks after Modi's trip to Moscow for the annual summit with President Vladimir Putin, during which an image of the two leaders embracing drew criticism from Zelensky, who called it a "huge disappointment". Modi and Zelensky had last met on the sidelines of the G7 summit in Italy in June.

Polish stop

Modi reached Ukraine from Warsaw, where he spent two days in the first visit by an Indian prime minister to Poland in 45 years. He held talks with Prime Minister Donald Tusk, and the two countries upgraded ties to a strategic partnership. Modi also called on President Andrzej Duda and addressed the Indian community. Tusk said Poland supported India's bid for a permanent seat on the UN Security Council.

Modi's train journey into Ukraine took about 10 hours. He was to return to Poland by the same route later on Friday night before flying back to New Delhi.

The visit drew close attention in Western capitals, where India has faced pressure over its continued purchases of Russian crude. Indian officials said the timing had been in the works for several months.

Trending Stories
Rajnath Singh leaves for four-day US visit, to meet Defence Secretary Austin
Kolkata doctor rape-murder: CBI questions hospital's ex-principal again
Paralympics 2024: India sends its largest-ever contingent to Paris

Published By: India Today Web Desk | Published On: Aug 23, 2024

Tags: Narendra Modi, Volodymyr Zelensky, Ukraine, Poland, Russia-Ukraine War

Also Watch: Modi's Rail Force One: inside the train to Kyiv

Download the India Today app | Follow us on WhatsApp"""))

A.append(dict(id="h49-11", source="sun.mv",
url="https://sun.mv/191452",
published_at="2024-10-07", body="""We use cookies to personalise content and analyse traffic. Manage preferences | Accept all

Sun | Home | News | Business | Sports | Lifestyle | Dhivehi

Download the Sun app on iOS and Android for the latest updates

President Muizzu, PM Modi hold talks in New Delhi; India announces currency swap, RuPay launched

By Sun Online | October 7, 2024, 21:20

President Dr Mohamed Muizzu and Indian Prime Minister Narendra Modi held talks at Hyderabad House in New Delhi on Monday, on the second day of the president's first state visit to India.

Following the talks, India announced a currency swap arrangement of USD 400 million and INR 30 billion to help the Maldives ease its foreign exchange pressures, in addition to the rollover of a USD 50 million treasury bill earlier this year.

The two leaders also adopted a vision document for a Comprehensive Economic and Maritime Security Partnership, launched the RuPay card in the Maldives and jointly inaugurated the new runway at Hanimaadhoo International Airport by video link. Modi handed over 700 social housing units built with Indian assistance in Hulhumale.

"India has always acted as the Maldives' first responder," Modi said in his press statement. President Muizzu thanked India for its support and said the Maldives would "never do anything that undermines India's security".

Earlier in the morning, President Muizzu was given a ceremonial welcome at Rashtrapati Bhavan, where he was received by President Droupadi Murmu and Prime Minister Modi. He later laid a wreath at Rajghat.

Muizzu arrived in New Delhi on Sunday with First Lady Sajidha Mohamed, Foreign Minister Moosa Zameer and other cabinet ministers. Indian External Affairs Minister S Jaishankar called on him shortly after his arrival.

The president will travel to Agra on Tuesday and then to Mumbai and Bengaluru, where he will meet business leaders, before returning to Male on Thursday.

Relations between the two countries came under strain after Muizzu took office last November on a platform calling for the withdrawal of Indian military personnel. Muizzu's first state visits were to Turkiye and China. He travelled to New Delhi in June to attend Modi's swearing-in ceremony, and Jaishankar visited Male in August.

The president invited Prime Minister Modi to visit the Maldives. Officials said dates would be worked out through diplomatic channels.

Opposition MDP said it welcomed the improvement in ties but questioned why the government had "wasted a year".

Related news
Rupee card payments to begin at resorts next month
MMA says dollar shortage easing
Fuvahmulah airport expansion to be completed by March

Tags: Mohamed Muizzu, Narendra Modi, India, State Visit

Share: Facebook | X | Viber | Telegram

Comments (12)

(c) 2024 Sun Media Group. All rights reserved."""))

A.append(dict(id="h49-12", source="business-standard.com",
url="https://www.business-standard.com/external-affairs-defence-security/news/jaishankar-in-berlin-after-riyadh-gcc-meet-124091000612_1.html",
published_at="2024-09-10", body="""Business Standard | Markets | News | Companies | Opinion | Portfolio | Budget

Sensex 81,921.29 ▲ +361.75 | Nifty 25,041.10 ▲ +104.70 | Dollar 83.96 | Crude $71.84

Premium | Subscribe | Login

External Affairs | Defence | Security

Jaishankar in Berlin after first India-GCC ministerial meet in Riyadh; Geneva next

Jaishankar held talks with German Foreign Minister Annalena Baerbock on Tuesday. Chancellor Olaf Scholz is due in New Delhi next month

Press Trust of India | Berlin
Last Updated: Sep 10 2024 | 11:48 PM IST

External Affairs Minister S Jaishankar held talks with German Foreign Minister Annalena Baerbock in Berlin on Tuesday, arriving from Riyadh where he attended the first India-Gulf Cooperation Council ministerial meeting for strategic dialogue.

Jaishankar and Baerbock discussed the situation in Ukraine and West Asia, skilled migration and the Indo-Pacific, he said in a post on X. He also addressed the annual conference of German ambassadors, becoming the first Indian minister invited to do so.

The visit is part of preparations for the seventh round of India-Germany Inter-Governmental Consultations. Chancellor Olaf Scholz is scheduled to travel to New Delhi for the consultations in late October, accompanied by several cabinet ministers, and to attend the Asia-Pacific Conference of German Business.

Riyadh meeting

In Riyadh on Monday, Jaishankar co-chaired the India-GCC ministerial meeting with GCC Secretary General Jasem Mohamed Albudaiwi, where the two sides adopted a joint action plan for 2024-2028 covering trade, energy, food security and health. He also called for an early conclusion of the long-pending India-GCC free trade agreement.

The minister held bilateral talks with Saudi Foreign Minister Prince Faisal bin Farhan Al Saud, reviewing the work of the Strategic Partnership Council. On the sidelines of the ministerial, he also held separate meetings with UAE Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan and Kuwait's Foreign Minister Abdullah Ali Al-Yahya.

Gulf states are home to nearly nine million Indians, and remittances from the region account for more than a third of the total India receives.

Next stop: Switzerland

Jaishankar will travel to Geneva on Thursday for the last leg of the tour, where he is expected to meet Swiss Foreign Minister Ignazio Cassis and interact with the Indian community. He will also hold meetings with heads of international organisations based in the city.

Switzerland is part of the European Free Trade Association, which signed a trade and economic partnership agreement with India earlier this year.

Also Read
PM Modi to travel to US for Quad summit in Wilmington on Sept 21
Rupee ends flat at 83.96 against dollar amid foreign fund inflows
India's retail inflation likely at 3.5% in August: Poll

(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)

First Published: Sep 10 2024 | 11:48 PM IST

Topics: S Jaishankar, Germany, Saudi Arabia, GCC, Switzerland"""))
