# Short items (300-1,100 characters), h49-27 .. h49-40
S = []

S.append(dict(id="h49-27", source="amarujala.com",
url="https://www.amarujala.com/world/pm-modi-brunei-visit-talks-with-sultan-hassanal-bolkiah-leaves-for-singapore-2024-09-04",
published_at="2024-09-04", body="""प्रधानमंत्री मोदी का ब्रुनेई दौरा संपन्न, सुल्तान के साथ वार्ता के बाद सिंगापुर रवाना

वर्ल्ड डेस्क, अमर उजाला, बंदर सेरी बेगवान
Updated Wed, 04 Sep 2024 02:10 PM IST

प्रधानमंत्री नरेंद्र मोदी ने बुधवार को ब्रुनेई के सुल्तान हाजी हसनल बोल्किया के साथ इस्ताना नुरुल ईमान में द्विपक्षीय वार्ता की। दोनों नेताओं ने संबंधों को 'उन्नत साझेदारी' के स्तर पर ले जाने का फैसला किया और रक्षा, अंतरिक्ष, ऊर्जा तथा स्वास्थ्य के क्षेत्र में सहयोग पर चर्चा की। यह किसी भारतीय प्रधानमंत्री की ब्रुनेई की पहली द्विपक्षीय यात्रा है।

वार्ता के बाद सुल्तान ने प्रधानमंत्री के सम्मान में भोज दिया। इसके बाद मोदी सिंगापुर के लिए रवाना हो गए, जहां वह प्रधानमंत्री लॉरेंस वोंग से बातचीत करेंगे।

विज्ञापन

संबंधित खबरें
मौसम: कई राज्यों में भारी बारिश का अलर्ट

हमें फॉलो करें: फेसबुक | एक्स | व्हाट्सएप"""))

S.append(dict(id="h49-28", source="pib.gov.in",
url="https://pib.gov.in/PressReleasePage.aspx?PRID=1966337",
published_at="2023-10-10", body="""Prime Minister's Office

PM receives phone call from Prime Minister of Israel

Posted On: 10 OCT 2023 2:46PM by PIB Delhi

Prime Minister Shri Narendra Modi received a phone call today from the Prime Minister of Israel, H.E. Mr. Benjamin Netanyahu.

Prime Minister Netanyahu briefed the Prime Minister on the ongoing situation. The Prime Minister thanked him for the call and said that the people of India stand firmly with Israel in this difficult hour. He conveyed that India strongly and unequivocally condemns terrorism in all its forms and manifestations.

The two leaders also discussed the safety and security of Indian nationals in Israel.

***

DS/ST

(Release ID: 1966337) Visitor Counter : 2904

Read this release in: Urdu , Hindi , Marathi , Bengali , Gujarati"""))

S.append(dict(id="h49-29", source="lokmattimes.com",
url="https://www.lokmattimes.com/international/eam-jaishankar-speaks-to-iranian-fm-araghchi-conveys-concern-over-escalation/",
published_at="2025-06-13", body="""Lokmat Times | National | International | Business | Entertainment

EAM Jaishankar speaks to Iranian FM Araghchi, conveys concern over escalation

By ANI | Updated: June 13, 2025 22:40 IST

New Delhi [India], June 13 (ANI): External Affairs Minister S Jaishankar on Friday spoke with Iranian Foreign Minister Abbas Araghchi and conveyed the deep concern of the international community over the turn of events following Israel's strikes on Iran.

"Urged avoidance of any escalatory steps and an early return to diplomacy," Jaishankar posted on X after the call.

Earlier, the Ministry of External Affairs advised Indian nationals in Iran to remain vigilant and stay in touch with the embassy in Tehran.

Disclaimer: This post has been auto-published from an agency feed without any modifications to the text."""))

S.append(dict(id="h49-30", source="indiatvnews.com",
url="https://www.indiatvnews.com/news/india/mea-summons-canadian-charge-d-affaires-stewart-wheeler-2024-10-14-956112",
published_at="2024-10-14", body="""India TV | News | India | World | Live TV

MEA summons Canadian Charge d'Affaires, India to withdraw High Commissioner

Edited By: India TV News Desk | New Delhi | Updated on: October 14, 2024 21:02 IST

The Ministry of External Affairs on Monday summoned Canada's Charge d'Affaires Stewart Wheeler and told him that the "baseless targeting" of India's High Commissioner and other diplomats in Canada was completely unacceptable.

Shortly afterwards, the government announced it was withdrawing High Commissioner Sanjay Kumar Verma and other targeted officials from Ottawa, and said it had decided to expel six Canadian diplomats, including Wheeler.

Ottawa had named Verma a "person of interest" in the investigation into the killing of Hardeep Singh Nijjar.

Latest India News

Trending: Baba Siddique murder case: third accused arrested"""))

S.append(dict(id="h49-31", source="nenow.in",
url="https://nenow.in/north-east-news/assam/abe-guwahati-visit-deferred-anti-cab-protests.html",
published_at="2019-12-13", body="""Northeast Now | Assam | Arunachal | Manipur | Meghalaya | Mizoram | Nagaland | Tripura

Shinzo Abe's Guwahati visit deferred amid anti-CAB protests

NE Now News | Guwahati, Dec 13, 2019

The India-Japan annual summit between Prime Minister Narendra Modi and his Japanese counterpart Shinzo Abe, scheduled to be held in Guwahati from December 15 to 17, has been deferred in view of the protests against the Citizenship Amendment Act in Assam.

"In view of the proposed visit of Japanese PM Abe to India, both sides have decided to defer the visit to a mutually convenient date in the near future," MEA spokesperson Raveesh Kumar said.

On Thursday, Bangladesh Foreign Minister AK Abdul Momen and Home Minister Asaduzzaman Khan also called off their visits to India.

Curfew remains in force in Guwahati.

Also read: Internet services suspended in 10 districts of Assam"""))

S.append(dict(id="h49-32", source="bna.bh",
url="https://www.bna.bh/en/ForeignMinisterIndianExternalAffairsMinisterco-chairJointCommission.aspx",
published_at="2018-07-15", body="""Bahrain News Agency | Local | Gulf | Arab | International | Economy

Foreign Minister, Indian External Affairs Minister co-chair Joint Commission meeting

Manama, July 15 (BNA): Foreign Minister Shaikh Khalid bin Ahmed bin Mohammed Al Khalifa and Indian External Affairs Minister Sushma Swaraj co-chaired the second meeting of the Bahraini-Indian High Joint Commission in Manama today.

The meeting discussed cooperation in the political, economic, trade, energy, health and cultural fields, and ways of increasing investment between the two countries. The two ministers signed the minutes of the meeting.

The Indian minister arrived in the Kingdom yesterday on an official visit and was received by His Majesty King Hamad bin Isa Al Khalifa.

MS

Share | Print"""))

S.append(dict(id="h49-33", source="timesofoman.com",
url="https://timesofoman.com/article/139872-his-majesty-to-pay-state-visit-to-india",
published_at="2023-12", body="""Times of Oman | Oman | GCC | World | Business | Sport

His Majesty to pay state visit to India

Muscat: His Majesty Sultan Haitham bin Tarik will pay a state visit to the Republic of India starting from Saturday, the Diwan of Royal Court announced.

During the visit, His Majesty will hold talks with President Droupadi Murmu and Prime Minister Narendra Modi on bilateral relations and ways of enhancing cooperation, particularly in trade, investment and energy. The two sides are also expected to review progress in negotiations on a comprehensive economic partnership agreement.

His Majesty will be accompanied by an official delegation comprising ministers and senior officials.

This will be His Majesty's first state visit to India since his accession to the throne in January 2020.

Download the Times of Oman app | Follow us on WhatsApp"""))

S.append(dict(id="h49-34", source="en.antaranews.com",
url="https://en.antaranews.com/news/342188/prabowo-modi-witness-signing-of-five-mous-in-new-delhi",
published_at="2025-01-25", body="""ANTARA News | Indonesia | Business | World | Sports

Prabowo, Modi witness signing of five MoUs in New Delhi

New Delhi (ANTARA) - President Prabowo Subianto and Indian Prime Minister Narendra Modi on Saturday witnessed the exchange of five memoranda of understanding on health, traditional medicine, maritime security, culture and digital development, following bilateral talks at Hyderabad House.

Prabowo, who arrived in New Delhi on Thursday, will attend India's Republic Day parade on Sunday as chief guest, along with a marching contingent of the Indonesian armed forces.

After India, the President is scheduled to travel to Kuala Lumpur for a working visit to Malaysia to meet Prime Minister Anwar Ibrahim.

Reporter: Yashinta Difa | Editor: Rahmad Nasution
Copyright (c) ANTARA 2025"""))

S.append(dict(id="h49-35", source="dailymirror.lk",
url="https://www.dailymirror.lk/breaking-news/President-AKD-PM-Modi-hold-talks-in-New-Delhi/108-298114",
published_at="2024-12-16", body="""Daily Mirror | Breaking News | Business | Sports | Opinion

President AKD, PM Modi hold talks in New Delhi

16 December 2024 03:42 pm

President Anura Kumara Dissanayake and Indian Prime Minister Narendra Modi held bilateral talks at Hyderabad House in New Delhi today, on the second day of the President's state visit to India, his first overseas trip since assuming office.

Modi said the two sides had agreed to finalise a defence cooperation framework and to work on energy connectivity, while Dissanayake assured that Sri Lanka's territory would not be used in any manner inimical to India's interests. The issue of fishermen was also discussed.

Dissanayake invited Modi to visit Sri Lanka. Government sources said the President is also expected to visit China early next year.

Comments (4) | Share"""))

S.append(dict(id="h49-36", source="kuenselonline.com",
url="https://kuenselonline.com/indian-prime-minister-arrives-in-bhutan-on-state-visit/",
published_at="2024-03", body="""Kuensel | News | Business | Opinion | Sports

Indian Prime Minister arrives in Bhutan on state visit

Indian Prime Minister Narendra Modi arrived in Paro this morning on a two-day state visit, a day later than planned because of bad weather over Paro.

Lyonchhen Tshering Tobgay received the Prime Minister at the airport, and thousands of people lined the 45-kilometre route to Thimphu. His Majesty The King will confer the Order of the Druk Gyalpo on the Prime Minister, the first foreign head of government to receive the honour.

The Prime Minister will also inaugurate the Gyaltsuen Jetsun Pema Mother and Child Hospital in Thimphu, built with Government of India support.

Subscribe to Kuensel ePaper"""))

S.append(dict(id="h49-37", source="akipress.com",
url="https://akipress.com/news:669213:First_India-Central_Asia_summit_held_online/",
published_at="2022-01-27", body="""AKIpress News Agency | Kyrgyzstan | Central Asia | World | Business

First India-Central Asia summit held online

BISHKEK (AKIpress) - The first India-Central Asia summit was held in a video conference format on January 27, with Indian Prime Minister Narendra Modi and the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan taking part.

President Sadyr Japarov called for expanding trade and air links and for cooperation in healthcare and education. The leaders agreed to hold the summit every two years and to set up an India-Central Asia Centre in New Delhi.

The summit had originally been planned in person on the sidelines of India's Republic Day celebrations, to which the five presidents had been invited as chief guests, but the plan was dropped because of the Covid-19 pandemic.

Tags: India, Central Asia, Japarov"""))

S.append(dict(id="h49-38", source="businesstoday.in",
url="https://www.businesstoday.in/latest/economy/story/india-efta-sign-tepa-100-billion-investment-commitment-421337-2024-03-10",
published_at="2024-03-10", body="""Business Today | Markets | Economy | Money | Tech

India, EFTA sign trade pact with $100 billion investment commitment

BT Desk | Updated Mar 10, 2024, 4:05 PM IST

India and the four-nation European Free Trade Association signed a Trade and Economic Partnership Agreement in New Delhi on Sunday, with the EFTA states committing to investments of $100 billion in India over 15 years.

Commerce Minister Piyush Goyal signed for India. Swiss Federal Councillor Guy Parmelin and Norway's Trade Minister Jan Christian Vestre, who had separate bilateral meetings with Goyal before the ceremony, signed for their countries, as did ministers from Iceland and Liechtenstein.

Also read: Sensex ends week at record high"""))

S.append(dict(id="h49-39", source="edition.mv",
url="https://edition.mv/news/32781",
published_at="2024-05", body="""The Edition | News | Business | Sports | Opinion

FM Zameer holds talks with Jaishankar on first official visit to India

Foreign Minister Moosa Zameer held talks with Indian External Affairs Minister Dr S Jaishankar in New Delhi on Thursday, on his first official visit to India since taking office.

The two ministers discussed development projects, trade and India's budget support. Zameer requested a rollover of Indian treasury bills and thanked India for continuing exports of essential commodities.

The visit came on the eve of the May 10 deadline for the withdrawal of Indian military personnel operating aviation platforms in the Maldives.

Zameer invited Jaishankar to visit the Maldives.

Share this story"""))

S.append(dict(id="h49-40", source="mauritiusnewsdigest.blogspot.com",
url="https://mauritiusnewsdigest.blogspot.com/2025/03/modi-national-day-chief-guest.html",
published_at=None, body="""Mauritius News Digest

Modi is chief guest as Mauritius celebrates National Day

Indian Prime Minister Narendra Modi was the chief guest at the National Day celebrations at the Champ de Mars today, a day after arriving in Port Louis on a two-day state visit.

Prime Minister Navinchandra Ramgoolam, who received him at the airport, said ties had been raised to an "enhanced strategic partnership". The two sides signed eight agreements, including one on local currency settlement, and Modi was awarded the Grand Commander of the Order of the Star and Key of the Indian Ocean, the first Indian to receive it.

Posted by MND at 9:15 PM | 2 comments

Labels: India, National Day, Ramgoolam

Older Post | Home"""))
