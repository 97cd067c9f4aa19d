# Medium wire-style stories (1,200-2,000 characters), h37-13 .. h37-26
M = []

M.append(dict(id="h37-13", source="ddnews.gov.in",
url="https://ddnews.gov.in/en/pm-modi-speaks-to-president-putin-and-president-zelenskyy/",
published_at="2024-03-20", body="""DD News | Home | National | International | Business | Sports

PM Modi speaks to President Putin and President Zelenskyy

Last Updated: 20 March 2024, 08:41 PM

Prime Minister Narendra Modi on Wednesday held separate telephone conversations with Russian President Vladimir Putin and Ukrainian President Volodymyr Zelenskyy.

In his conversation with President Putin, the Prime Minister congratulated him on his re-election as President of the Russian Federation and conveyed his best wishes for the success of the Russian people. The two leaders agreed to work together to further strengthen the Special and Privileged Strategic Partnership between India and Russia in the years ahead. Prime Minister Modi reiterated India's consistent position in favour of dialogue and diplomacy as the way forward on the Russia-Ukraine conflict.

Later, in his call with President Zelenskyy, the Prime Minister discussed ways to strengthen the India-Ukraine partnership and said India would continue to support all efforts for an early end to the conflict. He also conveyed that India would continue providing humanitarian assistance in keeping with its people-centric approach.

President Zelenskyy wrote on social media that he had thanked India for its support of Ukraine's sovereignty and territorial integrity, and that it was important for the countries of the Global South to take part in the peace summit being prepared in Switzerland.

Share on: WhatsApp / X / Facebook

Other News
EAM Jaishankar to visit Singapore, Philippines and Malaysia from March 23
Lok Sabha polls: Election Commission issues notification for first phase
Sensex gains 89 points ahead of US Fed decision

Download the DD News app | Follow us on YouTube"""))

M.append(dict(id="h37-14", source="reuters.com",
url="https://www.reuters.com/world/europe/russian-ukrainian-foreign-ministers-meet-turkey-no-progress-ceasefire-2022-03-10/",
published_at="2022-03-10", body="""Russian, Ukrainian foreign ministers make no progress on ceasefire in Turkey talks

By Reuters staff
March 10, 2022 1:58 PM GMT

ANTALYA, Turkey, March 10 (Reuters) - The foreign ministers of Russia and Ukraine made no headway towards a ceasefire at talks in Turkey on Thursday, the highest-level contact between the two sides since Moscow launched its invasion two weeks ago.

Ukrainian Foreign Minister Dmytro Kuleba said he had proposed a 24-hour ceasefire to solve the most pressing humanitarian issues, but that his Russian counterpart Sergei Lavrov "was not in a position" to commit to it and that decisions appeared to be made by others in Moscow.

"I want to repeat that Ukraine has not surrendered, does not surrender and will not surrender," Kuleba told a news conference after the meeting in the southern resort of Antalya.

Lavrov, speaking separately, said Russia wanted the talks between the two countries' delegations in Belarus to continue and repeated Moscow's accusations against the West. He said President Vladimir Putin would not refuse a meeting with Ukraine's Volodymyr Zelenskiy to discuss specific issues, but gave no time frame.

The meeting, which lasted about 90 minutes, was hosted by Turkish Foreign Minister Mevlut Cavusoglu, who held separate bilateral meetings with each minister beforehand. Cavusoglu said it had been "a civilised meeting" and that it was important the two sides had come together.

The talks took place a day after a Russian strike hit a maternity hospital in the besieged city of Mariupol, which Kuleba cited as he urged Moscow to open a humanitarian corridor.

Kuleba said he was ready to meet Lavrov again in the same format if it could produce results.

NATO member Turkey shares a maritime border with both countries in the Black Sea and has good relations with both.

(Reporting by Reuters reporters in Antalya and Istanbul; Writing by Reuters staff; Editing by Alex Richardson)

Read next: Mariupol hospital strike: what we know"""))

M.append(dict(id="h37-15", source="apnews.com",
url="https://apnews.com/article/biden-putin-video-call-ukraine-troops",
published_at="2021-12-07", body="""Biden warns Putin of "strong" sanctions in two-hour video call over Ukraine

By AP staff
December 7, 2021

WASHINGTON (AP) — President Joe Biden warned Vladimir Putin on Tuesday that Russia would face "strong economic and other measures" if it invades Ukraine, as the two leaders held a secure video call amid U.S. concerns over a buildup of Russian troops near the border.

The call lasted just over two hours, the White House said. Biden, speaking from the Situation Room, "voiced the deep concerns of the United States and our European allies about Russia's escalation of forces surrounding Ukraine," according to a White House readout. It said Biden called for de-escalation and a return to diplomacy.

The Kremlin said Putin told Biden that NATO was making "dangerous attempts" to expand on Ukrainian territory and that Moscow wanted legally binding guarantees ruling out further eastward expansion of the alliance. Putin's foreign policy adviser Yuri Ushakov described the conversation as "frank and businesslike."

National security adviser Jake Sullivan said Washington was prepared to send more defensive equipment to Ukraine and to reinforce NATO's eastern flank if Russia moved in.

Biden consulted by phone on Monday with French President Emmanuel Macron, German Chancellor Angela Merkel, Italian Prime Minister Mario Draghi and British Prime Minister Boris Johnson, and he planned to update the four after the video call on Tuesday.

He will speak with Ukrainian President Volodymyr Zelenskyy on Thursday, the White House said.

The two leaders last met in person in Geneva in June. Secretary of State Antony Blinken met Russian Foreign Minister Sergey Lavrov in Stockholm last week.

AP writers in Moscow and Washington contributed.

© 2021 The Associated Press. Terms of use | Privacy"""))

M.append(dict(id="h37-16", source="tass.com",
url="https://tass.com/politics/1669735",
published_at="2023-09-04", body="""TASS | Russian News Agency

POLITICS
Putin, Erdogan hold talks in Sochi, discuss grain deal and energy

Russia will return to the grain deal as soon as the West fulfils all the obligations to Russia, Putin said

SOCHI, September 4. /TASS/. Vladimir Putin and Recep Tayyip Erdogan have met for talks in Sochi, the Kremlin press service reported on Monday.

The talks took place at the Bocharov Ruchei residence, where Putin welcomed his Turkish counterpart. "I know that you intend to raise the issue of the grain deal. We are open to negotiations on this matter," Putin said, opening the conversation.

After the talks, Putin told a joint news conference that Russia would return to the Black Sea initiative "as soon as all the agreements on lifting restrictions on the export of Russian agricultural products are fully implemented." He said Russia was close to finalising an agreement to supply up to one million tonnes of grain at reduced prices to Turkey for processing and onward shipment to the poorest countries, with financial support from Qatar.

Erdogan said Turkey believed it would be possible to reach a solution that meets expectations "in a short time" and that Ankara would continue its efforts.

The presidents also discussed cooperation in the energy sector, including the construction of the Akkuyu nuclear power plant and the project to create a gas hub in Turkey, Kremlin aide Yuri Ushakov said. The sides touched upon the situation in the South Caucasus and in Syria.

Erdogan invited Putin to pay a visit to Turkey. The date will be agreed through diplomatic channels, Ushakov said.

The leaders last held in-person talks in October 2022, in Astana.

Tags: Vladimir Putin, Recep Tayyip Erdogan, Russia-Turkey, Black Sea Grain Initiative

Subscribe to TASS news on Telegram"""))

M.append(dict(id="h37-17", source="ukrinform.net",
url="https://www.ukrinform.net/rubric-polytics/3810922-zelensky-sunak-sign-agreement-on-security-cooperation.html",
published_at="2024-01-12", body="""Ukrinform | Ukrainian National News Agency

Politics
12.01.2024 15:22

Zelensky, Sunak sign Agreement on Security Cooperation between Ukraine and UK

President of Ukraine Volodymyr Zelensky and Prime Minister of the United Kingdom Rishi Sunak have signed the Agreement on Security Cooperation between Ukraine and the United Kingdom in Kyiv.

A Ukrinform correspondent reports this.

"If there had been such security guarantees for Ukraine in 2014, I think there would have been no war," Zelensky told journalists after the signing.

Sunak, who arrived in Kyiv on Friday on his second visit as prime minister, announced that British military funding for Ukraine would increase to GBP 2.5 billion in the next financial year, including around GBP 200 million for the production and procurement of drones.

The document is the first of the bilateral agreements provided for by the joint declaration of G7 countries on support for Ukraine, adopted on the sidelines of the NATO summit in Vilnius in July 2023. It covers, among other things, cooperation in air defense, artillery, maritime security, cyber security and intelligence.

"This is not a declaration on paper. These are concrete obligations," the Ukrainian president said, adding that talks on similar documents with other partners were ongoing.

Zelensky returned to Kyiv after a tour of the Baltic states this week, during which he held talks in Vilnius, Tallinn and Riga.

Photo: Office of the President of Ukraine

Read also: Sunak: Britain will not waver in support for Ukraine

Ukrinform's Telegram channel - subscribe to get the news first

When citing and using any materials on the Internet, links to the website ukrinform.net not lower than the first paragraph are mandatory.

Tags: Sunak, Zelensky, UK, security guarantees"""))

M.append(dict(id="h37-18", source="en.kremlin.ru",
url="http://en.kremlin.ru/events/president/news/77312",
published_at="2025-07-01", body="""PRESIDENT OF RUSSIA | News | Meetings | Trips | Transcripts

Telephone conversation with President of France Emmanuel Macron

July 1, 2025 19:40

Vladimir Putin had a telephone conversation, at the French side's initiative, with President of the French Republic Emmanuel Macron.

The two leaders discussed in detail the situation in the Middle East, with a focus on the conflict between Israel and Iran and the US strikes on Iranian nuclear facilities. They noted the special responsibility of Russia and France, as permanent members of the UN Security Council, for maintaining peace and security, including in the area of nuclear non-proliferation. Vladimir Putin stressed the importance of respecting Iran's legitimate right to develop peaceful nuclear energy and to continue cooperating with the IAEA.

In discussing the situation around Ukraine, Vladimir Putin reiterated his principled assessments. He recalled that the Ukrainian conflict was a direct consequence of the policy of Western states, which for many years had ignored Russia's security interests. He stressed that any peace settlement should be comprehensive and long-term, should address the root causes of the crisis and should be based on new territorial realities.

It was agreed that foreign policy advisers would stay in contact.

Subjects: International affairs | Country: France | Person: Emmanuel Macron
Link to this page: en.kremlin.ru/d/77312 | Print version

See also
Meeting with Governor of Tver Region Igor Rudenya (1 July 2025)
Supreme Eurasian Economic Council meeting in Minsk (26 June 2025)

Materials on this site may be reproduced with a link to the source."""))

M.append(dict(id="h37-19", source="english.news.cn",
url="http://english.news.cn/20230517/3c7a2e1f4d8b4a1e9f0c6b5d2a7e1c33/c.html",
published_at="2023-05-17", body="""Chinese special representative visits Ukraine, exchanges views on political settlement of crisis

Xinhua | Updated: 2023-05-17 23:46:10

KYIV, May 17 (Xinhua) -- Li Hui, Special Representative of the Chinese Government on Eurasian Affairs, visited Ukraine from May 16 to 17, during which he met with Ukrainian Foreign Minister Dmytro Kuleba.

Li also met with officials from the Office of the President, the Ministry of Foreign Affairs and other relevant departments of the Ukrainian government, and held in-depth exchanges with them on the political settlement of the Ukraine crisis.

Li said that China's position on the Ukraine crisis is consistent and clear, and that China has always stood on the side of peace and been committed to promoting talks for peace. He said there is no panacea for resolving the crisis and that all parties should start from themselves, build mutual trust and create conditions for ending the war and starting peace talks.

Li noted that China is willing to provide assistance to Ukraine within its capacity, and that Chinese President Xi Jinping and Ukrainian President Volodymyr Zelensky held a phone call on April 26, which pointed the direction for the development of bilateral relations.

The Ukrainian side said it welcomed China's role in promoting an end to the conflict and briefed the Chinese envoy on its position.

During his trip, which started on May 15, Li is also scheduled to visit Poland, France, Germany and Russia, the Chinese Foreign Ministry said.

Photo: Li Hui meets with Ukrainian Foreign Minister Dmytro Kuleba in Kyiv, Ukraine, May 17, 2023. (Ministry of Foreign Affairs of Ukraine/Handout via Xinhua)

Back to top | Xinhua News Agency | About us | Contact us"""))

M.append(dict(id="h37-20", source="aa.com.tr",
url="https://www.aa.com.tr/en/russia-ukraine-war/russia-ukraine-sign-grain-export-deals-with-turkiye-un-in-istanbul/2644512",
published_at="2022-07-22", body="""Anadolu Agency | Türkiye | World | Politics | Economy | Energy

RUSSIA-UKRAINE WAR

Russia, Ukraine sign grain export deals with Türkiye, UN in Istanbul

Documents signed at Dolmabahce Office in presence of President Erdogan and UN chief Guterres

Anadolu staff | 22.07.2022

ISTANBUL

Russia and Ukraine on Friday signed separate agreements with Türkiye and the UN in Istanbul to reopen Ukrainian Black Sea ports for grain exports, in a ceremony attended by Turkish President Recep Tayyip Erdogan and UN Secretary-General Antonio Guterres.

Russian Defense Minister Sergey Shoigu and Ukrainian Infrastructure Minister Oleksandr Kubrakov signed identical documents with Turkish Defense Minister Hulusi Akar and Guterres at the Dolmabahce Presidential Office. The Russian and Ukrainian delegations did not sign any document with each other.

Speaking at the ceremony, Erdogan said the initiative would help ease the global food crisis and "revive hopes for peace." He thanked Russia and Ukraine for "putting aside their differences" to make the deal possible.

Under the deal, a joint coordination center with representatives from Türkiye, Russia, Ukraine and the UN will be set up in Istanbul to monitor the departure of ships and carry out inspections.

Guterres called it "a beacon of hope" and said it would bring relief to developing countries on the edge of bankruptcy and people on the edge of famine.

Earlier in the week, Erdogan discussed the grain issue with Russian President Vladimir Putin on the sidelines of a summit in Tehran.

The deal is valid for 120 days and can be extended.

Copyright Anadolu Agency. Full use of AA content requires a subscription agreement.

Share | Print"""))

M.append(dict(id="h37-21", source="rfi.fr",
url="https://www.rfi.fr/en/international/20240216-zelensky-signs-security-pacts-with-germany-and-france",
published_at="2024-02-16", body="""RFI | Listen live | Newsletter | Apps

International

Zelensky signs security pacts in Berlin and Paris as Ukraine seeks to shore up Western support

Issued on: 16/02/2024 - 21:37

Paris (AFP) - Ukrainian President Volodymyr Zelensky signed long-term security agreements with Germany and France on Friday, as Kyiv seeks to lock in Western support while US aid remains stuck in Congress.

In Berlin, Zelensky and Chancellor Olaf Scholz signed a ten-year agreement at the chancellery, and the German government announced a new military aid package worth 1.1 billion euros, including 36 howitzers and 120,000 rounds of ammunition. Scholz called the document "a historic step."

Zelensky then flew to Paris, where he was received by President Emmanuel Macron at the Elysée Palace in the evening. The two leaders signed a bilateral security agreement under which France will provide up to three billion euros in additional military support this year.

"Ukraine can count on France," Macron said at a joint press conference, condemning Russia's "new level of aggressiveness."

The signings came on the day Russian prison authorities announced the death of opposition leader Alexei Navalny, which Zelensky said was "obviously" killed by Putin.

Britain signed a similar agreement with Ukraine in January.

On Saturday, Zelensky is expected to address the Munich Security Conference, where he is due to meet US Vice President Kamala Harris on the sidelines, according to US officials.

The agreements are based on a G7 declaration from July 2023 that promised Ukraine long-term bilateral commitments pending future NATO membership.

© 2024 AFP

Also read: Denmark and Canada expected to sign security accords with Kyiv within weeks"""))

M.append(dict(id="h37-22", source="english.kyodonews.net",
url="https://english.kyodonews.net/news/2023/03/kishida-kyiv-surprise-visit.html",
published_at="2023-03-21", body="""KYODO NEWS | Japan | Politics | World

Kishida makes surprise visit to Kyiv, meets Zelenskyy

KYODO NEWS - Mar 21, 2023 - 23:54 | Japan, World, All

Prime Minister Fumio Kishida met Ukrainian President Volodymyr Zelenskyy in Kyiv on Tuesday in a surprise visit, becoming the last leader of the Group of Seven nations to travel to the war-torn country since Russia's invasion began in February last year.

Kishida, who had held talks with Indian Prime Minister Narendra Modi in New Delhi on Monday, left India on a chartered plane for Poland and then traveled to Kyiv by train, government officials said. The trip had not been announced in advance for security reasons.

Before the talks, Kishida visited Bucha near Kyiv, where Russian forces are accused of having killed hundreds of civilians, and laid flowers at a church. "I feel great anger at the atrocities," he told reporters.

In their meeting, Kishida conveyed Japan's "unwavering solidarity" with Ukraine and said Tokyo would provide $30 million through a NATO trust fund for nonlethal equipment. He also invited Zelenskyy to join online a session of the G7 summit that Japan will host in Hiroshima in May.

Kishida's visit coincides with Chinese President Xi Jinping's state visit to Moscow for talks with Russian President Vladimir Putin.

On his way home, Kishida will stop in Poland and hold talks with Prime Minister Mateusz Morawiecki in Warsaw on Wednesday, the government said.

Kishida had faced pressure to visit before the Hiroshima summit, as he was the only G7 leader who had not yet traveled to Ukraine.

Related coverage:
Japan, India leaders agree to boost cooperation for free, open Indo-Pacific
Japan to host G7 foreign ministers in Karuizawa in April"""))

M.append(dict(id="h37-23", source="eng.belta.by",
url="https://eng.belta.by/president/view/lukashenko-putin-hold-talks-in-minsk-155124-2022/",
published_at="2022-12-19", body="""BelTA | Belarusian Telegraph Agency | President | Politics | Economics | Society

19 December 2022, 17:05

Lukashenko, Putin hold talks in Minsk

MINSK, 19 December (BelTA) - President of Belarus Aleksandr Lukashenko and President of Russia Vladimir Putin held talks in Minsk on 19 December, BelTA learned from the press service of the Belarusian leader.

The Russian president arrived in the Belarusian capital in the morning. The talks began in a narrow format at the Palace of Independence and continued with the participation of the delegations, which included the foreign and defense ministers of the two countries.

"The main topic is the economy," Aleksandr Lukashenko said at the start of the meeting. He noted that Belarus and Russia had managed to withstand "unprecedented" pressure from the West and that trade was growing despite the sanctions.

Vladimir Putin said the two countries were jointly countering attempts to isolate them and were implementing the Union State integration programs. He spoke of close coordination in defense, including the joint regional grouping of troops.

Following the talks, the presidents made statements for the press. Aleksandr Lukashenko said Russia would help train Belarusian crews for Iskander missile systems and S-400 air defense systems that Belarus had received.

Separately, Foreign Minister Vladimir Makei and his Russian counterpart Sergei Lavrov discussed the coordination of foreign policy steps.

This is Vladimir Putin's first visit to Minsk since 2019. Aleksandr Lukashenko is expected to attend an informal CIS summit in St Petersburg at the end of December.

When using materials, a link to BelTA is required.

Latest news | Most read | Subscribe to BelTA on Telegram"""))

M.append(dict(id="h37-24", source="president.gov.ua",
url="https://www.president.gov.ua/en/news/ukrayina-ukladla-bezpekovi-ugodi-z-estoniyeyu-ta-litvoyu-91825",
published_at="2024-06-27", body="""Official website of the President of Ukraine

News

Ukraine concludes security agreements with Estonia and Lithuania in Brussels

27 June 2024 - 16:40

President of Ukraine Volodymyr Zelenskyy signed bilateral security agreements with Prime Minister of Estonia Kaja Kallas and President of Lithuania Gitanas Nausėda in Brussels, on the sidelines of the meeting of the European Council.

The agreement with Lithuania provides for annual military assistance to Ukraine at the level of at least 0.25% of Lithuania's GDP for ten years, as well as cooperation in demining, cyber security and the defense industry.

Under the agreement with Estonia, the country will also provide military assistance amounting to at least 0.25% of its GDP annually until 2027 and support Ukraine's reconstruction, in particular in the Zhytomyr region.

"Our Baltic friends have always been among the first to help. Today we have fixed this support for the long term," the President said.

The Head of State also signed the Joint Security Commitments between Ukraine and the European Union with President of the European Council Charles Michel and President of the European Commission Ursula von der Leyen.

Volodymyr Zelenskyy thanked the leaders of the EU member states for launching accession negotiations with Ukraine at the intergovernmental conference in Luxembourg on 25 June.

To date, Ukraine has signed security agreements with 19 states and the European Union.

Share on social media: Facebook, X, Telegram

Photo credit: President's Office

Other news
The President held a meeting with the military command on the situation in Donetsk region
Address by the President to the Ukrainians"""))

M.append(dict(id="h37-25", source="abcnews.go.com",
url="https://abcnews.go.com/International/wireStory/austrian-chancellor-meet-putin-moscow-84000215",
published_at="2022-04-10", body="""ABC News | Video | Live | Shows | Shop

International

Austrian chancellor to meet Putin in Moscow, first EU leader since invasion

By The Associated Press
April 10, 2022, 12:41 PM

VIENNA -- Austrian Chancellor Karl Nehammer will travel to Moscow on Monday to meet Russian President Vladimir Putin, his office said Sunday, a day after he visited Kyiv and the nearby town of Bucha, where hundreds of civilian bodies were found after Russian forces withdrew.

Nehammer would be the first European Union leader to meet Putin in person since Russia invaded Ukraine on Feb. 24. His spokesman said the chancellor wanted to press for a ceasefire, humanitarian corridors and an investigation of war crimes, and that the meeting was "not a friendly visit."

Nehammer met Ukrainian President Volodymyr Zelenskyy in Kyiv on Saturday. Austria, which is militarily neutral, has provided humanitarian aid and protective equipment but not weapons.

The chancellor's office said he had informed German Chancellor Olaf Scholz, European Council President Charles Michel and Zelenskyy of his plans. Kremlin spokesman Dmitry Peskov confirmed that Putin would receive Nehammer.

Also on Saturday, British Prime Minister Boris Johnson made an unannounced visit to Kyiv, walking through the city center with Zelenskyy and pledging armored vehicles and anti-ship missiles.

Russia, meanwhile, has appointed a new general to oversee its war in Ukraine, as it prepares for an offensive in the eastern Donbas region.

Copyright © 2022 ABC News Internet Ventures.

Top Stories
Ukraine braces for eastern offensive
Macron, Le Pen advance to runoff in France"""))

M.append(dict(id="h37-26", source="uk.news.yahoo.com",
url="https://uk.news.yahoo.com/trump-meets-zelenskiy-nato-summit-hague-123456789.html",
published_at="2025-06-25", body="""Yahoo News | Finance | Sport | Weather

Trump meets Zelenskiy at NATO summit, says Ukrainian leader "couldn't have been nicer"

Reuters
Wed, 25 June 2025 at 4:31 pm

THE HAGUE, June 25 (Reuters) - Donald Trump met Ukrainian President Volodymyr Zelenskiy on the sidelines of a NATO summit in The Hague on Wednesday, as allies agreed to a big increase in defence spending that Trump had demanded.

The meeting lasted about 50 minutes, a Ukrainian official said. Zelenskiy said afterwards that the two had discussed how to achieve a ceasefire and protect Ukrainians, and that Ukraine was ready to buy U.S. Patriot air defence systems. Trump told reporters it had been "a nice meeting" and said he would speak with Russian President Vladimir Putin "soon."

Trump also held talks with Turkish President Tayyip Erdogan on the margins of the summit, a Turkish presidential source said.

NATO leaders agreed to raise their defence spending target to 5% of gross domestic product by 2035. Trump criticised Spain, which has said it does not need to meet the target, and threatened to make it pay "twice as much" in trade talks.

The president spent Tuesday night at Huis ten Bosch palace as the personal guest of King Willem-Alexander and Queen Maxima, who hosted a dinner for alliance leaders. Zelenskiy also attended the dinner.

NATO Secretary-General Mark Rutte, who had praised Trump in a message the president posted online, called the summit "transformational."

(Reporting by Reuters staff; Editing by Andrew Heavens)

Yahoo News | Terms | Privacy | Your Privacy Choices"""))
