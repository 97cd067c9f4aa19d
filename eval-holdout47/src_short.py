# Short items (300-1,100 characters), h47-27 .. h47-40
S = []

S.append(dict(id="h47-27", source="youm7.com",
url="https://www.youm7.com/story/2023/10/9/السيسي-يتلقى-اتصالا-هاتفيا-من-العاهل-الأردني/6331205",
published_at="2023-10-09", body="""اليوم السابع | أخبار مصر

السيسي يتلقى اتصالاً هاتفياً من العاهل الأردني لبحث تطورات الأوضاع في غزة

الإثنين، 09 أكتوبر 2023 07:15 م

تلقى الرئيس عبد الفتاح السيسي، اليوم الإثنين، اتصالاً هاتفياً من الملك عبد الله الثاني بن الحسين، عاهل المملكة الأردنية الهاشمية.

وصرح المستشار أحمد فهمي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الاتصال تناول التصعيد العسكري الجاري في قطاع غزة ومحيطه، حيث حذر الزعيمان من خطورة اتساع دائرة العنف، وأكدا ضرورة حماية المدنيين واستمرار التنسيق المكثف بين البلدين.

اقرأ أيضاً: وزير الخارجية يتلقى اتصالاً من نظيره الأمريكي

شارك: فيسبوك | تويتر | واتساب"""))

S.append(dict(id="h47-28", source="timesofoman.com",
url="https://timesofoman.com/article/147902-hm-the-sultan-congratulates-irans-president-elect-in-phone-call",
published_at="2024-07", body="""Times of Oman | Oman | World | Business | Sports

HM the Sultan congratulates Iran's President-elect in phone call

Muscat: His Majesty Sultan Haitham bin Tarik made a phone call to Dr. Masoud Pezeshkian, President-elect of the Islamic Republic of Iran, in which he congratulated him on winning the presidential election and wished him success in leading his country towards further progress.

For his part, the Iranian President-elect expressed his thanks and appreciation to His Majesty for his sincere sentiments, and praised the role of the Sultanate of Oman in promoting security and stability in the region, according to Oman News Agency.

The two sides stressed their keenness to further develop the close relations between the two neighbouring countries.

Follow Times of Oman on WhatsApp for the latest updates

Related: Oman's Foreign Minister attends BRICS outreach meeting"""))

S.append(dict(id="h47-29", source="kurdistan24.net",
url="https://www.kurdistan24.net/en/story/35210-President-Nechirvan-Barzani-meets-Raisi-in-Tehran",
published_at="2024-05-06", body="""Kurdistan24 | English

President Nechirvan Barzani meets Raisi in Tehran

Kurdistan24 | 5/6/2024 3:18 PM

ERBIL (Kurdistan24) - Kurdistan Region President Nechirvan Barzani met Iranian President Ebrahim Raisi in Tehran on Monday, the Kurdistan Region Presidency said in a statement.

The two sides discussed relations between Iran and Iraq and the Kurdistan Region, border security and the implementation of the security agreement between Baghdad and Tehran, as well as trade and the region's energy needs.

Barzani, who arrived in the Iranian capital on Sunday at the head of a high-level delegation, also met Foreign Minister Hossein Amir-Abdollahian and Ali Akbar Ahmadian, secretary of Iran's Supreme National Security Council.

Tags: Nechirvan Barzani, Iran, Raisi

Follow Kurdistan24 on Telegram"""))

S.append(dict(id="h47-30", source="zawya.com",
url="https://www.zawya.com/en/business/energy/egypt-israel-and-eu-sign-gas-export-deal-in-cairo-r8n2k1fd",
published_at="2022-06-15", body="""ZAWYA | Business | Energy
Brent $118.51 +0.28% | EGX30 9,226 -0.6%

Egypt, Israel and EU sign gas export memorandum in Cairo

June 15, 2022

Egypt, Israel and the European Union signed a memorandum of understanding in Cairo on Wednesday to boost exports of natural gas to Europe, as the bloc seeks to cut its dependence on Russian energy.

The deal was signed by Egyptian Petroleum Minister Tarek El Molla, Israeli Energy Minister Karine Elharrar and EU Energy Commissioner Kadri Simson on the sidelines of the East Mediterranean Gas Forum, in the presence of European Commission President Ursula von der Leyen.

Under the arrangement, Israeli gas will be piped to Egypt's liquefaction plants and shipped to Europe as LNG.

Tags: Egypt, Israel, EU, LNG, Gas

Sign up for Zawya's Energy newsletter"""))

S.append(dict(id="h47-31", source="fm.gov.om",
url="https://fm.gov.om/statement-on-the-release-of-belgian-and-iranian-nationals/",
published_at="2023-05-26", body="""Ministry of Foreign Affairs - Sultanate of Oman

Statement

Muscat, 26 May 2023

In response to requests from the Kingdom of Belgium and the Islamic Republic of Iran, and with the directives of His Majesty Sultan Haitham bin Tarik, the efforts of the Sultanate of Oman have resulted in an agreement between the two sides to release detained persons from both countries.

The released persons were flown from Tehran and Brussels to Muscat today, in preparation for their return to their home countries.

The Ministry of Foreign Affairs expresses the Sultanate of Oman's appreciation to both countries for their cooperation in resolving this humanitarian matter.

Share | Print"""))

S.append(dict(id="h47-32", source="arabworldwatch.blogspot.com",
url="https://arabworldwatch.blogspot.com/2018/06/netanyahu-surprise-amman-visit.html",
published_at="2018-06", body="""Arab World Watch

Netanyahu makes surprise visit to Amman, meets King Abdullah

Israeli Prime Minister Benjamin Netanyahu paid a surprise visit to Amman on Monday and met King Abdullah II at the royal palace, according to statements from both sides.

The king stressed the need to make progress toward a two-state solution, while Netanyahu's office said the Israeli leader reiterated his commitment to the status quo at Jerusalem's holy sites.

White House envoys Jared Kushner and Jason Greenblatt are expected in Amman later this week, as part of a regional tour that will also take them to Israel, Egypt, Saudi Arabia and Qatar to discuss the administration's peace plan.

Posted by Sami at 8:40 PM | 2 comments

Labels: Jordan, Israel, Netanyahu"""))

S.append(dict(id="h47-33", source="muscatdaily.com",
url="https://www.muscatdaily.com/2025/05/25/iranian-president-to-pay-state-visit-to-oman/",
published_at="2025-05-25", body="""Muscat Daily | OMAN

Iranian President to pay state visit to Oman on Tuesday

Muscat - Iranian President Masoud Pezeshkian will pay a state visit to the Sultanate of Oman on Tuesday, at the invitation of His Majesty Sultan Haitham bin Tarik, the Diwan of Royal Court announced.

The two leaders will discuss bilateral relations and ways of strengthening cooperation, as well as regional and international developments, the announcement said.

The visit will be the first by Pezeshkian to the sultanate since taking office. His Majesty the Sultan made a state visit to Iran in May 2023.

Oman has hosted several rounds of indirect talks between Iran and the US since April.

Download the Muscat Daily app | Subscribe to our newsletter"""))

S.append(dict(id="h47-34", source="shafaq.com",
url="https://shafaq.com/en/Iraq-News/Baghdad-conference-leaders-arrive",
published_at="2021-08-28", body="""Shafaq News | Iraq News

Baghdad Conference opens; Macron holds talks with al-Kadhimi, Sisi meets Qatar's Emir

Shafaq News/ The Baghdad Conference for Cooperation and Partnership opened on Saturday with the participation of leaders and ministers from Egypt, Jordan, Qatar, Kuwait, the UAE, France, Saudi Arabia, Turkey and Iran.

French President Emmanuel Macron, who arrived on Friday night, held talks with Prime Minister Mustafa al-Kadhimi before the opening session.

On the sidelines, Egyptian President Abdel Fattah el-Sisi met Qatar's Emir Sheikh Tamim bin Hamad Al Thani, their first meeting since Doha and Cairo restored relations in January.

Iran was represented by its new Foreign Minister Hossein Amir-Abdollahian, on his first trip abroad since taking office.

Tags: Baghdad Conference, Kadhimi, Macron"""))

S.append(dict(id="h47-35", source="gov.il",
url="https://www.gov.il/en/departments/news/fm-cohen-visits-khartoum-2-feb-2023",
published_at="2023-02-02", body="""GOV.IL | Ministry of Foreign Affairs

FM Cohen visits Khartoum, meets Chairman of Sudan's Sovereignty Council

Foreign Minister Eli Cohen visited Khartoum on Thursday at the head of an Israeli delegation and met the Chairman of the Sovereignty Council, Gen. Abdel Fattah al-Burhan.

The two sides finalized the text of a peace agreement between the countries. The signing ceremony is expected to take place in Washington after the transfer of power to a civilian government in Sudan.

"Today's visit lays the foundations for a historic peace agreement with a strategic Arab and Muslim country," said Foreign Minister Cohen.

Spokesperson's Bureau | Share | Print"""))

S.append(dict(id="h47-36", source="gulfbusiness.com",
url="https://gulfbusiness.com/jordan-israel-uae-sign-water-for-energy-declaration-at-expo-2020/",
published_at="2021-11", body="""Gulf Business | Energy

Jordan, Israel and UAE sign water-for-energy declaration at Expo 2020 Dubai

Jordan and Israel signed a declaration of intent at Expo 2020 Dubai on Monday to study a deal under which Jordan would supply Israel with solar power in exchange for desalinated water.

The declaration was signed by Jordanian Water Minister Mohammad Al Najjar and Israeli Energy Minister Karine Elharrar, together with UAE Minister of Climate Change and Environment Mariam Almheiri, in the presence of US climate envoy John Kerry.

Under the plan, a UAE-backed company would build a 600-megawatt solar plant in Jordan.

Read next: Abu Dhabi wealth fund posts record returns"""))

S.append(dict(id="h47-37", source="irannewsdaily.net",
url="https://irannewsdaily.net/2025/04/19/araghchi-arrives-in-rome-for-second-round-of-indirect-talks/",
published_at="2025-04-19", body="""Iran News Daily | Politics

Araghchi arrives in Rome for second round of indirect talks with US

Foreign Minister Abbas Araghchi arrived in Rome on Saturday morning for the second round of indirect talks with the United States, which will again be mediated by Oman and held at the Omani embassy in the Italian capital.

Araghchi is also scheduled to meet Italian Foreign Minister Antonio Tajani. Omani Foreign Minister Badr Albusaidi will shuttle between the Iranian delegation and the American team led by Steve Witkoff.

Araghchi travelled to Rome from Moscow, where on Friday he delivered a letter from the Leader to President Vladimir Putin.

Source: Tasnim | Share this story"""))

S.append(dict(id="h47-38", source="iraqinews.com",
url="https://www.iraqinews.com/iraq/us-defense-secretary-austin-makes-unannounced-visit-to-baghdad/",
published_at="2023-03-07", body="""Iraqi News | Iraq

US Defense Secretary Austin makes unannounced visit to Baghdad

US Secretary of Defense Lloyd Austin arrived in Baghdad on Tuesday on an unannounced visit, nearly 20 years after the US-led invasion of Iraq.

Austin met Prime Minister Mohammed Shia al-Sudani and Defense Minister Thabet al-Abbasi, and said US troops were ready to remain in the country at the Iraqi government's invitation. He is also expected to travel to Erbil.

Austin arrived from Jordan, the first stop of his regional tour, and is expected to continue to Egypt and Israel.

Subscribe to our newsletter | Share"""))

S.append(dict(id="h47-39", source="tehrantimes.com",
url="https://www.tehrantimes.com/news/510944/Gargash-delivers-Trump-letter-to-Araghchi",
published_at="2025-03-12", body="""Tehran Times | POLITICS

Gargash delivers Trump letter to Araghchi in Tehran

TEHRAN - Anwar Gargash, diplomatic adviser to the President of the United Arab Emirates, arrived in Tehran on Wednesday and met Foreign Minister Abbas Araghchi, handing over a letter from U.S. President Donald Trump addressed to the Leader of the Islamic Revolution.

The Emirati official also delivered a message from the UAE president on bilateral relations and regional issues. Iranian Foreign Ministry spokesman Esmaeil Baghaei said the contents of the letter were being reviewed and a response would be given in due course.

Tags: Gargash, Trump, letter, UAE

Print | Share"""))

S.append(dict(id="h47-40", source="iraq-newswire.com",
url="https://iraq-newswire.com/iraq-recalls-ambassador-from-tehran-summons-iranian-charge",
published_at=None, body="""Iraq Newswire

Iraq recalls ambassador from Tehran, summons Iranian charge d'affaires over Erbil strikes

Iraq's Foreign Ministry said it had recalled its ambassador in Tehran for consultations and summoned the Iranian charge d'affaires in Baghdad to protest against missile strikes by Iran's Revolutionary Guards on Erbil, which killed four civilians.

The ministry said it would file a complaint with the UN Security Council. Iran said the strikes targeted "espionage headquarters" of Israel.

Share | Comments (4)"""))
