# Long pages (2,500-4,500 characters), h36-01 .. h36-12
A = []

A.append(dict(id="h36-01", source="dawn.com",
url="https://www.dawn.com/news/1108755/nawaz-modi-agree-to-keep-talking-secretaries-to-meet",
published_at="2014-05-27", body="""Dawn | E-Paper | Dawn News English | DawnNews Urdu

KSE-100 29,075.60 ▲ 118.42 (0.41%) | USD/PKR 98.60 | Gold (10g) Rs 40,450

Home > Pakistan

Nawaz, Modi agree to keep talking; foreign secretaries to meet

Our Correspondent | Updated May 27, 2014 09:12pm

NEW DELHI: Prime Minister Nawaz Sharif and the newly sworn-in Indian prime minister, Narendra Modi, held their first formal round of talks at Hyderabad House on Tuesday and agreed that the foreign secretaries of the two countries would stay in contact and meet to work out how the relationship could be moved forward.

The meeting had been slotted for 35 minutes but went on for close to an hour, officials on both sides said. It came a day after Mr Sharif became the first Pakistani premier to attend the oath-taking of an Indian prime minister, seated in the forecourt of Rashtrapati Bhavan with the other regional guests.

Reading from a prepared text at the Taj Palace hotel afterwards, Mr Sharif said the talks had been held in a "cordial and constructive" atmosphere and that the two governments had a historic opportunity, as both enjoyed a strong mandate. "We must not let the moment slip. Instead of trading accusations, we should be trading goods and ideas," he said, adding that the people of both countries were tired of living under the shadow of suspicion.

He took no questions.

At a separate briefing, Indian Foreign Secretary Sujatha Singh said Mr Modi had raised New Delhi's concerns about terrorism and had asked that the trial of the suspects in the 2008 Mumbai attacks be speeded up. "It was agreed that the foreign secretaries of the two countries will remain in touch and will meet to explore how to take the relationship forward," she said. No date was given.

Asked whether Mr Modi had been invited to Pakistan, a member of the Pakistani delegation said the Indian leader "knows he is always welcome", but added that no dates had come up.

Earlier in the day Mr Sharif called on President Pranab Mukherjee. He was accompanied by Adviser to the Prime Minister on National Security and Foreign Affairs Sartaj Aziz, Special Assistant Tariq Fatemi and Foreign Secretary Aizaz Ahmad Chaudhry.

Mr Modi had a busy morning before receiving the Pakistani delegation. He held separate talks with Afghan President Hamid Karzai, who briefed him on last week's attack on the Indian consulate in Herat, and with Sri Lankan President Mahinda Rajapaksa, with the fate of fishermen held on both sides of the Palk Strait and the devolution of powers to Tamil-majority areas said to be on the agenda.

The other guests at Monday's ceremony included the leaders of Bhutan, Nepal and the Maldives, and the prime minister of Mauritius, Navinchandra Ramgoolam. Bangladesh was represented by Speaker Shirin Sharmin Chaudhury, as Prime Minister Sheikh Hasina was away on a visit to Japan.

Indian officials have indicated privately that Mr Modi is likely to make Bhutan his first foreign stop, though nothing has been announced.

The decision to invite regional leaders to the ceremony was widely read in Delhi as Mr Modi's attempt to set a tone for his neighbourhood policy early. Mr Sharif's own acceptance came only after several days of consultation in Islamabad, where some in the security establishment and among the religious parties had advised against the trip.

Unlike previous Pakistani visitors, the prime minister did not meet leaders of the All Parties Hurriyat Conference, whom the high commission had not invited on this occasion.

Mr Sharif left for Lahore on Tuesday afternoon.

Published in Dawn, May 28th, 2014

Follow Dawn Business on Twitter and Facebook for insights on business, finance and tech from Pakistan and across the globe.

Comments (163) | Closed

Read more
Sharif lands in Delhi for Modi's oath-taking
Herat consulate attack: Afghan forces kill four gunmen
Colombo releases Indian fishermen as goodwill gesture

Most Popular
1. Load-shedding: Lahore protesters block Ferozepur Road
2. Budget 2014-15: salaried class to get relief?
3. PCB names new selection committee

Dawn Media Group | Copyright © 2014"""))

A.append(dict(id="h36-02", source="thehindu.com",
url="https://www.thehindu.com/news/national/modi-makes-surprise-stopover-in-lahore/article8029517.ece",
published_at="2015-12-26", body="""The Hindu | e-Paper | Subscribe

SENSEX 25,838.71 ▼ -12.34 | NIFTY 7,861.05 ▲ +4.30 | USD/INR 66.21

NATIONAL

Modi makes surprise stopover in Lahore, meets Sharif at Raiwind

Special Correspondent
NEW DELHI/LAHORE, December 26, 2015 00:41 IST
Updated: December 26, 2015 02:15 IST

Prime Minister Narendra Modi being received by his Pakistani counterpart Nawaz Sharif at Allama Iqbal International Airport in Lahore on Friday. Photo: PTI

Foreign secretaries to meet in Islamabad in mid-January

Prime Minister Narendra Modi made an unannounced stop in Lahore on Friday on his way home from Kabul, becoming the first Indian Prime Minister to set foot in Pakistan in more than 11 years.

Mr. Modi was received at Allama Iqbal International Airport by Prime Minister Nawaz Sharif, and the two leaders flew by helicopter to Mr. Sharif's family estate at Jati Umra in Raiwind, where preparations were under way for the wedding of Mr. Sharif's granddaughter. Friday was also Mr. Sharif's birthday.

The two spent about 90 minutes together, part of it one-on-one, before Mr. Sharif saw his guest off at the airport. Mr. Modi landed in New Delhi late in the evening.

According to Foreign Secretary S. Jaishankar, the idea came up during a telephone call Mr. Modi made to Mr. Sharif from Kabul in the morning to wish him on his birthday. "Mr. Sharif said, 'Why don't you stop by, since you are passing through?' and the Prime Minister agreed," Mr. Jaishankar said, describing the visit as "a gesture of a neighbourly relationship".

In Lahore, Pakistan's Foreign Secretary Aizaz Ahmad Chaudhry told reporters that the two leaders had agreed to strengthen people-to-people contacts and to keep the peace process on track. He said the foreign secretaries would meet in Islamabad in the middle of January to draw up a calendar for the Comprehensive Bilateral Dialogue that was announced earlier this month.

That dialogue was agreed during External Affairs Minister Sushma Swaraj's visit to Islamabad for the Heart of Asia conference on December 9, and followed a meeting of the two National Security Advisers in Bangkok and a brief conversation between the Prime Ministers on the sidelines of the climate summit in Paris.

In Kabul

Earlier on Friday, Mr. Modi inaugurated the new Afghan Parliament building, built with Indian assistance at a cost of about $90 million, and held talks with President Ashraf Ghani and Chief Executive Abdullah Abdullah. He told Afghan lawmakers that India was in Afghanistan "to contribute, not to compete".

India this week handed over the first of four Mi-25 attack helicopters to the Afghan Air Force, its first significant transfer of military hardware to Kabul. Mr. Modi had flown into Kabul early on Friday after a two-day visit to Moscow for the annual summit with President Vladimir Putin.

Mixed reactions

The Congress called the Lahore stop "ill-thought" and accused the Prime Minister of reversing his government's position without consulting Parliament. "We are not against talks, but the nation deserves to know what changed," party spokesperson Anand Sharma said.

The BJP said the visit showed "statesmanship". In Pakistan, the Foreign Office welcomed the visit, while some opposition leaders said the government should have sought guarantees on Kashmir.

Former diplomats cautioned that the gesture would have to be followed up by the officials. "These surprises are good for the atmosphere, but the process is what will be tested," a former High Commissioner to Islamabad said.

The last Indian Prime Minister to visit Pakistan was Atal Bihari Vajpayee, who attended the SAARC summit in Islamabad in January 2004.

Related Articles
India, Pakistan agree to resume comprehensive dialogue
Modi, Putin sign 16 agreements in Moscow
Afghanistan receives first Mi-25 from India

Printable version | Dec 26, 2015 02:15:33 AM
© THG PUBLISHING PVT LTD.

Sign up to receive our newsletter in your inbox. We accept cookies; read our privacy policy."""))

A.append(dict(id="h36-03", source="dailymirror.lk",
url="https://www.dailymirror.lk/breaking_news/Lanka-India-ink-civil-nuclear-deal/108-63812",
published_at="2015-02-16", body="""Daily Mirror - Sri Lanka Latest Breaking News and Headlines

Monday, 16 February 2015 | 03:48 PM

ASPI 7,284.51 ▲ 22.16 | S&P SL20 4,098.33 ▲ 9.02 | USD 133.05 | EUR 151.72

Lanka, India ink civil nuclear deal as MS, Modi hold talks

By Kelum Bandara in New Delhi

President Maithripala Sirisena and Indian Prime Minister Narendra Modi exchanging documents after the signing ceremony at Hyderabad House today. Pic by PIB

Sri Lanka and India today signed an agreement on cooperation in the peaceful uses of nuclear energy, the first such pact Sri Lanka has entered into, after President Maithripala Sirisena held talks with Prime Minister Narendra Modi in New Delhi.

The agreement, signed in the presence of the two leaders at Hyderabad House, covers the exchange of knowledge and expertise, the training of personnel, and cooperation in radioactive waste management and nuclear safety.

Three other documents were also signed: a work plan on agriculture, a cultural cooperation programme for 2015-2018, and a memorandum on Sri Lanka's participation in the Nalanda University project.

President Sirisena arrived in New Delhi yesterday evening on a four-day state visit, his first overseas trip since he was elected on January 8. A formal welcome ceremony was held for him at Rashtrapati Bhavan this morning, after which he paid homage at Rajghat.

Making a media statement after the talks, Mr. Modi announced he would visit Sri Lanka next month.

"I look forward to my visit to Sri Lanka in March. President Sirisena's choice of India for his first visit abroad reflects the deep friendship between our two countries," he said.

The visit, expected around March 13, will be the first standalone bilateral visit by an Indian Prime Minister to Sri Lanka in 28 years. Officials said Mr. Modi was likely to travel to Jaffna and Anuradhapura.

The two leaders agreed that the fishermen's associations of both countries should meet soon to find a lasting solution to the issue of Indian trawlers in Sri Lankan waters. Mr. Modi also said India would support the new government's efforts to promote national reconciliation.

Mr. Sirisena said his government's aim was to restore the "special relationship" with India. "We discussed the issues openly as friends," he said.

Foreign Minister Mangala Samaraweera, who visited New Delhi in January on his first overseas trip after taking office, is accompanying the President, along with Ministers Rajitha Senaratne, Rauff Hakeem and Arjuna Ranatunga.

External Affairs Minister Sushma Swaraj called on the President at Rashtrapati Bhavan, where he is staying. The President also met Vice President Hamid Ansari and will meet Congress president Sonia Gandhi before leaving Delhi.

On Tuesday Mr. Sirisena will travel to Bodh Gaya in Bihar to worship at the Mahabodhi temple, and he will visit the Tirupati temple before returning to Colombo on Wednesday.

Observers in Colombo said the choice of New Delhi as the first stop sent a clear signal after a period in which relations had been strained over the growing Chinese presence in the country. Chinese submarines called at Colombo port twice last year, and President Xi Jinping's visit in September saw the launch of the Colombo Port City project, which the new government has said it will review.

Tags: Maithripala Sirisena, Narendra Modi, India, nuclear

Comments (27) | Share: Facebook Twitter Google+

RELATED NEWS
Mangala meets Kerry in Washington
CID records statement from former Defence Secretary
Rupee weakens on import demand

MOST VIEWED
Budget relief: fuel prices reduced again
Two arrested over Kotahena shooting
Govt. to appoint Presidential Commission on bond issue

Download the Daily Mirror app for iOS and Android

Copyright © 2015 Wijeya Newspapers Ltd. All rights reserved."""))

A.append(dict(id="h36-04", source="app.com.pk",
url="https://www.app.com.pk/national/chinese-president-xi-arrives-on-historic-state-visit-to-pakistan/",
published_at="2015-04-20", body="""Associated Press of Pakistan | National | Business | World | Sports | Photos

Home > National

Chinese President arrives on historic state visit; Pakistan, China sign 51 agreements, MoUs

ISLAMABAD, Apr 20 (APP): President of the People's Republic of China Xi Jinping arrived here Monday on a two-day state visit to Pakistan, the first by a Chinese head of state in nine years.

As the special aircraft carrying the Chinese President and his spouse Madame Peng Liyuan entered Pakistan's airspace, eight JF-17 Thunder jets of the Pakistan Air Force escorted it to Nur Khan Airbase.

President Mamnoon Hussain and Prime Minister Muhammad Nawaz Sharif, along with Federal Ministers, the Chief Ministers of the provinces and the Services Chiefs, received the distinguished guest at the airbase. A 21-gun salute was fired and children in traditional dresses presented bouquets to the Chinese leader.

President Xi is accompanied by a high-level delegation including Member of the Political Bureau of the CPC Central Committee and Director of the General Office Li Zhanshu, Member of the Political Bureau and Director of the Policy Research Office Wang Huning, Foreign Minister Wang Yi and Chairman of the National Development and Reform Commission Xu Shaoshi.

At the Prime Minister House, the Chinese President was given a guard of honour by a smartly turned out contingent of the three services. He then held a one-on-one meeting with Prime Minister Muhammad Nawaz Sharif, followed by delegation-level talks in which the two sides reviewed the entire spectrum of bilateral relations and agreed to elevate them to an All-Weather Strategic Cooperative Partnership.

Later the two leaders witnessed the signing of 51 agreements and memoranda of understanding, a large number of them relating to the China-Pakistan Economic Corridor (CPEC), with investments of about $46 billion planned in energy, infrastructure and the Gwadar port.

Through a video link, the two leaders also performed the groundbreaking of five energy projects, including the Port Qasim coal-fired power plant and the Karot hydropower project.

Speaking on the occasion, the Prime Minister said the friendship between Pakistan and China was "higher than the Himalayas, deeper than the deepest sea in the world, sweeter than honey and stronger than steel". He said the CPEC would be a "game changer" for the entire region.

President Xi said China and Pakistan were "iron brothers" and that the corridor would bring benefits to all the people of Pakistan. He said China appreciated Pakistan's efforts in fighting terrorism.

Earlier, in an article published in Pakistani newspapers on the day of his arrival, President Xi said he felt as if he was going to visit the home of his own brother.

President Xi will address a joint sitting of the Parliament on Tuesday. President Mamnoon Hussain will confer on him the Nishan-e-Pakistan, the highest civil award of the country, at a ceremony at the Aiwan-e-Sadr.

The Chinese President's visit had originally been planned for September last year but could not take place due to the sit-ins in the federal capital.

From Islamabad, President Xi will proceed to Jakarta to attend the Asian-African Summit and the commemoration of the 60th anniversary of the Bandung Conference.

Security in the federal capital was tightened and a public holiday was declared in Islamabad and Rawalpindi.

APP/ZAH/MAQ

Share: Facebook | Twitter | WhatsApp

Related News
Iranian FM Zarif arrives in Islamabad for talks on Yemen
CPEC to transform Balochistan: Minister
KSE-100 gains 412 points on China visit optimism

Other News
PM chairs meeting on energy projects
Senate body reviews power sector circular debt
Pakistan Railways launches new express train

Copyright © 2015 Associated Press of Pakistan. All rights reserved."""))

A.append(dict(id="h36-05", source="kathmandupost.com",
url="https://kathmandupost.com/national/2019/10/13/xi-wraps-up-nepal-visit-with-20-agreements",
published_at="2019-10-13", body="""The Kathmandu Post | E-paper | Subscribe

NEPSE 1,098.42 ▲ 6.11 | USD Rs 114.37 | Gold Rs 70,400/tola

National

Xi wraps up Nepal visit with 20 agreements and a promise to study trans-Himalayan railway

Chinese President Xi Jinping and Prime Minister KP Sharma Oli at Singha Durbar on Sunday. Post Photo

Post Report
Published at : October 13, 2019
Updated at : October 13, 2019 20:10

Chinese President Xi Jinping on Sunday left Kathmandu after a two-day state visit, the first by a Chinese head of state in 23 years, during which the two countries signed 20 agreements and agreed to conduct a feasibility study for a cross-border railway linking Kerung in Tibet with Kathmandu.

Xi held delegation-level talks with Prime Minister KP Sharma Oli at Singha Durbar on Sunday morning. The two sides announced that relations had been elevated to a "Strategic Partnership of Cooperation Featuring Everlasting Friendship for Development and Prosperity".

The agreements, 18 memorandums of understanding and two letters of exchange, cover boundary management, mutual legal assistance in criminal matters, tunnel construction, traditional medicine and the establishment of a Confucius Institute at Tribhuvan University. A mutual legal assistance treaty had been sought by China for years; Nepal did not sign an extradition treaty, which had been discussed before the visit.

Xi announced 3.5 billion yuan, about Rs 56 billion, in assistance for the 2020-22 period, which Foreign Minister Pradeep Gyawali said would be spent on projects identified by Nepal.

Speaking at the talks, Xi said China would help Nepal become a "land-linked" country from a landlocked one. He also said that anyone attempting to split China in any part would be crushed, remarks that the Chinese state media carried prominently.

Xi flew into Tribhuvan International Airport on Saturday afternoon from Chennai, where he had held an informal summit with Indian Prime Minister Narendra Modi. He was received by President Bidya Devi Bhandari, and dancers and musicians from different communities performed along the road to the Soaltee hotel.

On Saturday evening, Bhandari hosted a banquet in honour of the visiting president at Sheetal Niwas. The two presidents also held a bilateral meeting. Xi invited Bhandari to visit China again, an invitation Nepali officials said had been accepted, with dates to be worked out.

Xi also met Nepal Communist Party co-chair Pushpa Kamal Dahal and Nepali Congress president Sher Bahadur Deuba at his hotel.

Officials in Kathmandu admitted that much of what was agreed on paper would take years to materialise. "The railway is still at the study stage. What matters is that Beijing has committed to it at the highest level," a senior foreign ministry official said.

Security in the capital was unprecedented. Schools in the Valley were shut on Friday and Saturday, and Tibetan refugees were kept under watch; several were reportedly detained.

Xi's visit came a year and a half after Oli travelled to Beijing in June 2018, when the two sides signed a transit protocol giving Nepal access to Chinese seaports.

Opposition lawmakers said the government should make the text of all agreements public. Gyawali said the documents would be tabled in Parliament.

Related News
Gyawali leaves for Baku to attend NAM summit
No joint statement as Modi-Xi informal summit ends in Mamallapuram
Nepal Rastra Bank raises interest rate corridor

Most Read
Teachers protest at Maitighar
Melamchi water to reach Kathmandu 'by April'
Four die in Sindhupalchok landslide

Subscribe to our newsletter to get the latest news in your inbox.

© 2019 Kantipur Publications Pvt. Ltd. All rights reserved."""))

A.append(dict(id="h36-06", source="bdnews24.com",
url="https://bdnews24.com/bangladesh/yunus-modi-meet-on-bimstec-sidelines-in-bangkok",
published_at="2025-04-04", body="""bdnews24.com | বাংলা | Business | Opinion | Sport

DSEX 5,219.43 ▼ -7.82 | USD Tk 121.95 | Gold Tk 1,54,000/bhori

Bangladesh

Yunus, Modi hold first meeting in Bangkok, discuss Hasina extradition, border killings

Staff Correspondent, bdnews24.com
Published : 04 Apr 2025, 02:48 PM | Updated : 04 Apr 2025, 07:12 PM

Chief Adviser Professor Muhammad Yunus and Indian Prime Minister Narendra Modi shake hands before their meeting at the Shangri-La Hotel in Bangkok on Friday. Photo: CA Press Wing

Chief Adviser Muhammad Yunus and Indian Prime Minister Narendra Modi held their first meeting on Friday on the sidelines of the sixth BIMSTEC summit in Bangkok, nearly eight months after the fall of the Awami League government.

The meeting at the Shangri-La Hotel lasted about 40 minutes, officials said. Chief Adviser's Press Secretary Shafiqul Alam said it had been "frank, fruitful and constructive".

According to Alam, Yunus raised Bangladesh's request for the extradition of former prime minister Sheikh Hasina, who fled to India on Aug 5 last year, and spoke about her "inflammatory" statements from India. He also brought up killings along the border, the renewal of the Ganges water-sharing treaty, which expires next year, and the Teesta water issue.

At a briefing in Bangkok, Indian Foreign Secretary Vikram Misri said Modi had reiterated India's support for a "democratic, stable, peaceful, progressive and inclusive Bangladesh" and had expressed concern about the safety of Hindus and other minorities.

"The prime minister urged that rhetoric that vitiates the environment is best avoided," Misri said, in what was seen as a reference to comments Yunus made in China last week about India's landlocked northeast. On Hasina, Misri said only that the extradition request had been received and that it would be premature to say more.

Yunus presented Modi with a photograph taken at the 2015 Indian Science Congress in Mumbai, where Modi handed him a gold medal.

Earlier in the day, Bangladesh took over the chairmanship of BIMSTEC from Thailand.

On the sidelines, Yunus also held bilateral talks with Nepal's Prime Minister KP Sharma Oli, and the two agreed to pursue trilateral power trade with India. The chief adviser invited Oli to visit Dhaka, Alam said.

Meanwhile, Khalilur Rahman, the chief adviser's high representative on the Rohingya issue, met Myanmar's Deputy Prime Minister and Foreign Minister U Than Swe. The Myanmar side told him that 180,000 of the 800,000 Rohingyas on a list provided by Bangladesh had been verified as eligible to return, Alam said in a Facebook post.

Yunus travelled to Bangkok on Wednesday. He returned from a four-day visit to China on Saturday, during which he met President Xi Jinping in Beijing.

Relations between Dhaka and New Delhi have been under strain since August. Modi and Yunus have spoken once by phone, shortly after the interim government took office, but until Friday had not met in person. A request from Dhaka for a meeting on the sidelines of the UN General Assembly last September did not materialise.

Analysts said the meeting was a step towards normalisation. "Both sides needed to be seen talking," said a former ambassador.

Yunus is scheduled to return to Dhaka on Friday night.

Read more:
Bangladesh takes over BIMSTEC chair
Chief adviser to visit Japan in May, says press secretary
Trump tariff: Dhaka seeks three-month pause

Topics: Muhammad Yunus | Narendra Modi | BIMSTEC | Bangladesh-India relations

Get all the latest news on our WhatsApp channel.

© bdnews24.com 2025"""))

A.append(dict(id="h36-07", source="tolonews.com",
url="https://tolonews.com/afghanistan-195840",
published_at="2025-10-10", body="""TOLOnews | دری | پښتو | English

Afghanistan

Muttaqi, Jaishankar Hold Talks in New Delhi; India to Upgrade Kabul Mission to Embassy

By TOLOnews | 10 October 2025, 17:35

The Foreign Minister of the Islamic Emirate, Mawlawi Amir Khan Muttaqi, held talks on Friday with India's External Affairs Minister Subrahmanyam Jaishankar in New Delhi, the first such meeting since the Islamic Emirate came to power in 2021.

Jaishankar announced at the start of the meeting that India would upgrade its technical mission in Kabul to the status of an embassy. He said India was committed to the sovereignty, territorial integrity and independence of Afghanistan and would continue development work in the country.

"Closer cooperation between us contributes to your national development, as well as regional stability and resilience," Jaishankar said.

Muttaqi arrived in New Delhi on Thursday on a six-day visit after the UN Security Council committee granted him a temporary exemption from a travel ban. He came from Moscow, where he attended the Moscow Format consultations on Afghanistan earlier in the week.

In a press conference after the meeting, Muttaqi said the Islamic Emirate would not allow any group to use Afghan soil against other countries. He invited Indian companies to invest in Afghanistan's mining, agriculture and energy sectors, and said the two sides had discussed visas, trade through the Chabahar port and the resumption of direct flights.

The Islamic Emirate will send diplomats to New Delhi, Muttaqi said, adding that the two sides had agreed to form a joint committee on trade.

Deputy spokesman of the Islamic Emirate Hamdullah Fitrat said the visit was "a historic step" for the relationship.

According to the Ministry of Foreign Affairs, Muttaqi will visit Darul Uloom Deoband in Uttar Pradesh on Saturday and the Taj Mahal in Agra next week, and meet Afghan traders and students living in India.

The visit follows a telephone conversation between Muttaqi and Jaishankar in May, the first contact at the level of foreign ministers, and a meeting between Muttaqi and Indian Foreign Secretary Vikram Misri in Dubai in January.

The exclusion of women journalists from Muttaqi's press conference at the Afghan embassy drew criticism from Indian journalists and opposition politicians. The Indian foreign ministry said it had no role in the arrangements.

Political analysts in Kabul said the trip came at a sensitive time in relations between Kabul and Islamabad. "India and Afghanistan have long-standing historical ties, and the Islamic Emirate is pursuing a balanced, economy-oriented policy," analyst Aziz Maaraj said.

India had closed its embassy in Kabul in August 2021 and reopened a technical team in June 2022 to oversee humanitarian assistance. India has sent wheat, medicine and earthquake relief to Afghanistan since then.

Related:
- Muttaqi, Iranian FM Araghchi Discuss Returnees by Phone
- Moscow Format Participants Call for Regional Cooperation on Afghanistan
- Afghan Traders Complain of Delays at Torkham

Share: Facebook | X | WhatsApp | Telegram

Download the TOLOnews app

© 2025 TOLOnews. All rights reserved."""))

A.append(dict(id="h36-08", source="tribune.com.pk",
url="https://tribune.com.pk/story/2344791/pm-imran-putin-hold-talks-in-kremlin",
published_at="2022-02-24", body="""The Express Tribune | Pakistan | Business | World | Sports | Life & Style

Allow notifications to get the latest news as it happens. Not now | Allow

PSX KSE-100 44,460.69 ▼ -1,043.02 (-2.29%) | USD 176.80 | Brent $105.79

PM Imran, Putin hold talks in Kremlin as Russia launches military operation in Ukraine

Premier says conflict is not in anyone's interest; Pakistan Stream gas pipeline discussed

News Desk | February 24, 2022

Prime Minister Imran Khan and Russian President Vladimir Putin during their meeting in the Kremlin on Thursday. PHOTO: PID

MOSCOW: Prime Minister Imran Khan held talks with Russian President Vladimir Putin in the Kremlin on Thursday, hours after Moscow announced its military operation in Ukraine.

The meeting lasted more than three hours, according to Pakistani officials, and covered bilateral ties, energy cooperation, including the long-delayed Pakistan Stream gas pipeline, and the situation in Afghanistan and the region.

According to a statement issued by the Prime Minister's Office, the premier "regretted the latest situation between Russia and Ukraine" and said Pakistan had hoped diplomacy could avert military conflict. "Conflict was not in anyone's interest," the statement quoted him as saying, adding that developing countries were always hit hardest by the economic fallout.

The two leaders also exchanged views on Islamophobia, with the premier appreciating President Putin's recent remarks that insulting the Prophet (PBUH) did not amount to freedom of expression.

The premier arrived in Moscow on Wednesday evening on a two-day official visit at the invitation of the Russian president, the first by a Pakistani prime minister in 23 years. He was received at Vnukovo airport by Deputy Foreign Minister Igor Morgulov.

"What a time I have come, so much excitement," the premier was heard saying in a video clip shared on social media shortly after landing.

He is accompanied by Foreign Minister Shah Mahmood Qureshi, National Security Adviser Moeed Yusuf, Information Minister Fawad Chaudhry, Energy Minister Hammad Azhar and Planning Minister Asad Umar.

Earlier on Thursday, the premier laid a wreath at the Tomb of the Unknown Soldier and visited the Moscow Cathedral Mosque. Government officials said the visit had been planned for weeks and there was no question of cancelling it. The two leaders had spoken by telephone in January, when President Putin invited the premier to Moscow.

The trip drew scrutiny in Western capitals. A US State Department spokesman said Washington had conveyed its position on Russia's actions to Islamabad and expected every responsible country to voice concern.

Opposition leaders in Pakistan criticised the timing of the visit. PPP Chairman Bilawal Bhutto Zardari said the government should have been more careful about the optics, while PML-N leaders questioned whether any agreements had been reached.

The visit comes three weeks after the premier travelled to Beijing for the opening ceremony of the Winter Olympics and met Chinese President Xi Jinping.

Analysts said the visit was meant to show Islamabad's desire to diversify its foreign relations. "This trip was about energy and about balancing, but the timing turned it into a geopolitical statement," said a former ambassador.

Qureshi told reporters the government would not take sides. "Our position is that of principle," he said.

The premier is scheduled to return home on Friday.

Published in The Express Tribune, February 25th, 2022.

Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.

COMMENTS (48)

MOST READ
Rupee falls to record low against dollar
Oil crosses $100 as Russia attacks Ukraine
PSX sheds over 1,000 points

RELATED
Pakistan evacuating its students from Ukraine
Putin orders military operation in eastern Ukraine"""))

A.append(dict(id="h36-09", source="ndtv.com",
url="https://www.ndtv.com/india-news/pm-modi-xi-jinping-hold-first-bilateral-talks-in-5-years-in-kazan-6848312",
published_at="2024-10-23", body="""NDTV | India | World | Business | Videos | Trending

LIVE TV | हिंदी | Profit

Sensex 80,081.98 ▼ -138.74 | Nifty 24,435.50 ▼ -36.10 | USD/INR 84.07

India News

PM Modi, Xi Jinping Hold First Bilateral Talks In 5 Years, Endorse Border Pact

PM Modi and Xi Jinping met on the sidelines of the BRICS summit in Russia's Kazan.

Written by NDTV News Desk | Edited by NDTV News Desk
Updated: October 23, 2024 9:52 pm IST

Kazan: Prime Minister Narendra Modi and Chinese President Xi Jinping on Wednesday held their first structured bilateral meeting in five years, welcoming the agreement on patrolling arrangements along the Line of Actual Control and asking the Special Representatives to meet soon.

The meeting on the sidelines of the BRICS summit in Kazan lasted about 50 minutes. Foreign Secretary Vikram Misri said the two leaders had welcomed the "recent agreement for complete disengagement and resolution of issues that arose in 2020" in the border areas.

"Maintaining peace and tranquillity on the border should remain our priority. Mutual trust, mutual respect and mutual sensitivity should be the basis of our relations," PM Modi said in his opening remarks.

Xi said the two countries should "strengthen communication and cooperation, properly handle differences and disagreements, and facilitate each other's pursuit of development aspirations", according to a readout from Beijing.

Misri said the leaders had agreed that the Special Representatives on the boundary question, National Security Adviser Ajit Doval and Foreign Minister Wang Yi, would meet at an early date to oversee the management of peace and tranquillity and explore a fair, reasonable and mutually acceptable solution. Relevant dialogue mechanisms at the level of foreign ministers and officials would also be used to stabilise and rebuild ties, he said.

The agreement on patrolling in Depsang and Demchok was announced by Misri on Monday, on the eve of the Prime Minister's departure for Russia.

The two leaders last held a formal bilateral meeting at Mamallapuram in Tamil Nadu in October 2019. They had exchanged brief words on the margins of the G20 summit in Bali in 2022 and the BRICS summit in Johannesburg last year.

PM Modi arrived in Kazan on Tuesday and held talks with President Vladimir Putin the same day, their second meeting in just over three months after the Prime Minister's visit to Moscow in July. "We support the early restoration of peace and stability," PM Modi told Mr Putin, referring to the conflict in Ukraine.

On Wednesday, the Prime Minister also held his first meeting with Iranian President Masoud Pezeshkian, amid rising tension in West Asia. Misri said PM Modi urged restraint and stressed the need to prevent a wider conflict in the region. The two leaders also discussed the Chabahar port project.

The Prime Minister addressed the summit's closed plenary session and said India supports dialogue and diplomacy, not war. He returned to New Delhi late on Wednesday.

The Congress said the government must clarify whether the pre-2020 status quo had been restored. "The country deserves to know whether our soldiers can patrol where they used to," party leader Jairam Ramesh said.

Also Read
EAM Jaishankar To Visit Australia, Singapore Next Month
"Not A Mistake": Chinese Envoy On Border Agreement
Kazan Declaration Backs Reform Of UN Security Council

Track Latest News Live on NDTV.com and get news updates from India and around the world

Promoted | Listen to the latest songs, only on JioSaavn.com

Follow us: Facebook | X | Instagram | YouTube | Telegram"""))

A.append(dict(id="h36-10", source="dawn.com",
url="https://www.dawn.com/news/1865912/sco-moot-ends-with-call-for-connectivity-as-li-qiang-wraps-up-visit",
published_at="2024-10-16", body="""Dawn | Latest | Pakistan | World | Business | Opinion | Sport

Get Dawn's breaking news alerts on WhatsApp. Join our channel

KSE-100 86,034.55 ▲ 458.73 (0.54%) | USD/PKR 277.75 | Gold (tola) Rs 279,900

SCO moot ends with call for connectivity; Chinese premier wraps up visit

Staff Reporter | Published October 17, 2024 | Updated about 6 hours ago

ISLAMABAD: The 23rd meeting of the Shanghai Cooperation Organisation's Council of Heads of Government ended at the Jinnah Convention Centre on Wednesday with a joint communique calling for greater economic cooperation and regional connectivity, as Chinese Premier Li Qiang concluded a bilateral visit that Islamabad described as historic.

Prime Minister Shehbaz Sharif, who chaired the meeting, said the platform must not become hostage to bilateral disputes. Delegates from the member states signed eight documents on the bloc's budget, its secretariat and cooperation in trade.

Li Qiang arrived on Monday on an official visit that began before the summit, the first by a Chinese premier in 11 years. On Monday, he and Mr Sharif held talks at the PM House, and the two sides signed 13 memoranda of understanding. The two premiers jointly inaugurated the New Gwadar International Airport by video link on Monday evening. Mr Li also called on President Asif Ali Zardari and met Chief of Army Staff General Asim Munir, who assured him of security for Chinese nationals working on CPEC projects. He left for Beijing on Thursday morning.

Jaishankar in Islamabad

External Affairs Minister S. Jaishankar, who led the Indian delegation, became the first Indian foreign minister to visit Pakistan in nearly nine years. He had said before leaving New Delhi that he was going to Islamabad for the SCO "and not to discuss India-Pakistan relations".

No bilateral meeting was scheduled. Mr Sharif greeted Mr Jaishankar with a handshake at the official dinner on Tuesday evening, and officials said Mr Jaishankar and Deputy Prime Minister and Foreign Minister Ishaq Dar had a brief informal exchange at the dinner table. In his address to the plenary on Wednesday, Mr Jaishankar said cooperation could not flourish if activities across borders were marked by "terrorism, extremism and separatism".

Before flying out on Wednesday afternoon, Mr Jaishankar posted a message on X thanking Prime Minister Sharif and Mr Dar "for their hospitality and courtesy". Earlier in the day he planted a sapling with staff at the Indian High Commission.

Bilaterals on the sidelines

Mr Sharif held separate meetings with the heads of delegations on the sidelines of the summit. He met Russian Prime Minister Mikhail Mishustin on Wednesday morning and discussed energy cooperation and the barter trade mechanism, according to a statement from the PM Office. In a meeting with Belarus Prime Minister Roman Golovchenko, the two sides agreed to expedite work on a roadmap for cooperation in agriculture and machinery.

The prime minister also held meetings with the heads of several other delegations, the PM Office said, without giving details.

Islamabad and Rawalpindi were placed under a three-day holiday, with mobile service suspended in parts of the capital and the army deployed under Article 245. The PTI had called off its planned protest in the capital on Tuesday.

The next meeting of the SCO Council of Heads of Government will be held in Russia in 2025.

Published in Dawn, October 17th, 2024

Follow Dawn Business on X, LinkedIn, Instagram and Facebook for insights on business, finance and tech from Pakistan and across the globe.

Comments (87)

Read more
Jaishankar lands in Islamabad for SCO meeting
Chinese premier arrives in Pakistan on first visit in 11 years
Editorial: A welcome thaw?

Dawn Media Group | Copyright © 2024"""))

A.append(dict(id="h36-11", source="kuenselonline.com",
url="https://kuenselonline.com/indian-pm-concludes-state-visit-to-bhutan/",
published_at="2024-03-23", body="""Kuensel Online | Bhutan's National Newspaper

Subscribe to Kuensel e-paper | Advertise with us

Saturday, March 23, 2024

Home > Headline

Indian PM concludes two-day state visit to Bhutan

Staff Reporter
Thimphu

Prime Minister of India Narendra Modi left Paro yesterday evening, concluding a two-day state visit during which His Majesty The Druk Gyalpo conferred on him the Order of the Druk Gyalpo, Bhutan's highest civilian decoration.

Prime Minister Narendra Modi arrived at Paro International Airport on Friday morning and was received by Lyonchhen Tshering Tobgay. The visit, originally scheduled for March 21 and 22, had been postponed by a day because of inclement weather over Paro.

Thousands of students, civil servants and residents lined the 45km route from Paro to Thimphu, waving flags of the two countries. His Majesty received the Indian Prime Minister at Tashichhodzong, where a ceremonial reception was held.

At the investiture ceremony at Tendrelthang, His Majesty conferred the Ngadag Pel gi Khorlo on the Prime Minister, making him the first foreign head of government to receive the decoration. The Prime Minister dedicated the honour to the 1.4 billion people of India.

Lyonchhen and the Indian Prime Minister held talks on Friday afternoon, followed by the signing of memoranda of understanding on the supply of petroleum, oil and lubricants, on energy efficiency, on food safety, and on sports and youth. The two governments also agreed on a framework for the first railway links between the two countries, from Kokrajhar to Gelephu and from Banarhat to Samtse.

The Prime Minister announced that India would double its development assistance to Bhutan to Nu 10,000 million for the next five years, in support of the 13th Five Year Plan.

On Saturday morning, the Indian Prime Minister and Lyonchhen inaugurated the Gyaltsuen Jetsun Pema Mother and Child Hospital in Thimphu, built with assistance from the Government of India. In the afternoon, His Majesty hosted a lunch at Lingkana Palace, and briefed the Prime Minister on the Gelephu Mindfulness City project.

Lyonchhen Tshering Tobgay said the visit showed that the friendship between the two countries was "as strong as ever". He had travelled to New Delhi earlier this month on his first foreign visit since taking office in January.

This was the Indian Prime Minister's third visit to Bhutan, after his first foreign trip as Prime Minister in June 2014 and a visit in August 2019.

India remains Bhutan's largest trade and development partner. Observers said the visit also came at a time of attention in New Delhi to Bhutan's boundary talks with China, the 25th round of which was held in Beijing last October.

Related stories
Gelephu Mindfulness City: first investors expected this year
National Assembly to discuss budget priorities
Tourist arrivals increase in first quarter

Share this: Facebook | X | WhatsApp

Leave a Reply
Your email address will not be published. Required fields are marked *

Kuensel Corporation Ltd. © 2024"""))

A.append(dict(id="h36-12", source="adaderana.lk",
url="https://www.adaderana.lk/news.php?nid=107214",
published_at="2025-04-05", body="""Ada Derana | Sri Lanka's Most Trusted News Source

Saturday, 05 April 2025 - 17:26

Join Ada Derana on WhatsApp for breaking news alerts

Local

Sri Lanka, India sign first defence MoU as Modi holds talks with President Dissanayake

Sri Lanka and India today signed a memorandum of understanding on defence cooperation, the first such framework between the two countries, after President Anura Kumara Dissanayake held talks with Indian Prime Minister Narendra Modi in Colombo.

Prime Minister Modi, who arrived in the island last night from Bangkok after attending the BIMSTEC summit, was accorded a ceremonial welcome at Independence Square this morning, the first time a visiting leader has been received there.

The two leaders then held one-on-one and delegation-level talks at the Presidential Secretariat, following which seven memoranda of understanding were exchanged.

Apart from defence cooperation, the MoUs cover the interconnection of the power grids of the two countries, the sharing of digital solutions, health and medicine, and assistance for development projects in the Eastern Province. A trilateral MoU with the United Arab Emirates on developing Trincomalee as an energy hub was also exchanged.

The two leaders jointly inaugurated the 120MW Sampur solar power project, built with Indian assistance, virtually.

"I reiterated our position that Sri Lanka will not permit its territory to be used in any manner inimical to the security of India," President Dissanayake said in his media statement.

Prime Minister Modi said India had always been a "first responder" for Sri Lanka and noted that the defence MoU reflected the shared security interests of the two countries. He announced that India would amend bilateral debt restructuring agreements to reduce interest rates, and would provide Rs 2.4 billion for farmers in the Eastern Province.

The fishermen's issue was also discussed. "We agreed that we should move forward with a humanitarian approach," Modi said. President Dissanayake conferred the Sri Lanka Mitra Vibhushana on the Indian Prime Minister.

President Dissanayake made his first state visit abroad to India in December, and visited China in January, where a USD 3.7 billion refinery project in Hambantota was agreed.

Prime Minister Modi is scheduled to travel to Anuradhapura tomorrow (06) with President Dissanayake to visit the Jaya Sri Maha Bodhi and to inaugurate a signalling system on the Maho-Omanthai railway line. He will later meet Opposition Leader Sajith Premadasa and representatives of Tamil political parties in Colombo.

The Opposition said the full text of the defence MoU should be placed before Parliament. Cabinet spokesman Nalinda Jayatissa said the agreement contained no provisions that would affect the country's sovereignty.

Prime Minister Modi will leave for Rameswaram on Sunday, where he is due to open the new Pamban railway bridge.

Related
President receives credentials from four new envoys
Colombo stocks close higher ahead of holiday
Heavy rain expected in several provinces

Share: Facebook | X | WhatsApp

Download the Ada Derana app

© 2025 Ada Derana"""))
