# Long pages (2,500-4,500 characters), h61-01 .. h61-12
A = []

A.append(dict(id="h61-01", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3214388/xi-putin-sign-pledges-new-era-kremlin-talks",
published_at="2023-03-21", body="""Subscribe | Log in | Search

SCMP Global Edition | Today's Paper | Newsletters

China / Diplomacy

Xi and Putin sign pledges for 'new era' after Kremlin talks, as Japan's Kishida makes surprise trip to Kyiv

Chinese leader says Beijing stands 'on the right side of history' over Ukraine; Putin says Chinese peace plan could be a basis for a settlement
Japanese PM arrives in Ukrainian capital by train hours before formal Moscow talks

Finbarr O'Kane and Lu Wenjing in Beijing
Published: 9:58pm, 21 Mar 2023 | Updated: 11:40pm, 21 Mar 2023

Chinese President Xi Jinping and Russian President Vladimir Putin during the official welcome ceremony in the Kremlin on Tuesday. Photo: AP

Chinese President Xi Jinping and his Russian counterpart Vladimir Putin signed two joint statements in Moscow on Tuesday, pledging to deepen what they called their comprehensive strategic partnership "for a new era" and setting out a plan for economic cooperation up to 2030.

The documents were signed after a round of formal talks in the Kremlin's St George's Hall, the second day of Xi's three-day state visit, his first trip abroad since he secured a third term as president earlier this month.

The Chinese leader landed at Vnukovo airport on Monday afternoon and was met by Deputy Prime Minister Dmitry Chernyshenko. He went straight into an informal one-on-one with Putin that, with a dinner of pheasant and venison, ran for four and a half hours, according to the Kremlin.

On Tuesday morning Xi also sat down with Prime Minister Mikhail Mishustin, who told him Russian energy exports to China would keep growing.

At a joint press appearance Putin said many provisions of Beijing's 12-point position paper on the Ukraine war "can be taken as the basis for a peaceful settlement when the West and Kyiv are ready for it". Xi said China's position was "objective and impartial" and that it stood "on the right side of history".

No agreement was announced on the proposed Power of Siberia 2 gas pipeline through Mongolia, a project Moscow has been pushing for years. Putin said the sides had agreed "practically all parameters", but the Chinese readout did not mention it.

Xi invited Putin to visit China this year for the third Belt and Road Forum, Chinese state media reported. The Kremlin did not give a date.

Western officials had urged Xi to speak to Ukrainian President Volodymyr Zelensky as well. The Wall Street Journal reported last week that Xi was expected to hold his first call with Zelensky after the Moscow trip, but neither Beijing nor Kyiv has confirmed any plans.

Hundreds of kilometres away, Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday in an unannounced visit, travelling by train from Poland. Kishida, whose country holds the G7 presidency this year, was due to hold talks with Zelensky and lay flowers in Bucha.

Kishida had been in New Delhi on Monday, where he held talks with Indian Prime Minister Narendra Modi and unveiled a new plan for a "free and open Indo-Pacific". He left India without announcing where he was going next.

Japanese officials said the prime minister would travel on to Warsaw on Wednesday for talks with his Polish counterpart Mateusz Morawiecki before flying home.

The two trips, Tokyo's to Kyiv and Beijing's to Moscow, were seen by analysts as a snapshot of the choices facing Asia over the war. "It is hard to imagine a starker contrast," said a Tokyo-based diplomat.

The US State Department said China's proposal for a ceasefire would simply "ratify Russian conquest". White House spokesman John Kirby said Washington was not encouraged by the talks.

Xi and Putin last met in person in Samarkand in September, on the sidelines of the Shanghai Cooperation Organisation summit.

Additional reporting by Reuters

Read more
Belarus' Lukashenko wraps up Beijing trip with pledge of 'new impetus'
What is in China's 12-point plan for Ukraine?
Yuan overtakes dollar in Russian trading volumes

USD/CNY 6.8846 | Hang Seng 19,258.76 +258.10 | Shanghai Comp 3,255.65 +21.53

Topics: Xi Jinping, Vladimir Putin, China-Russia relations, Ukraine war
Share: Facebook | X | LinkedIn | WhatsApp
Comments (312)"""))

A.append(dict(id="h61-02", source="aljazeera.com",
url="https://www.aljazeera.com/news/2025/4/13/iran-us-hold-first-round-of-talks-in-oman-agree-to-meet-again",
published_at="2025-04-13", body="""Skip to Content | Live | News | Middle East | Explained | Opinion | Sport | Video

Iran and US hold first round of talks in Oman, agree to meet again next week

Araghchi and Witkoff speak directly for several minutes after more than two hours of mediated exchanges in Muscat.

By Reem Al-Haddad
Published On 13 Apr 2025 | 13 Apr 2025

Iranian Foreign Minister Abbas Araghchi, centre, arrives for talks in Muscat on Saturday [Handout/Iranian Foreign Ministry via AP]

Iran and the United States held their first round of talks on Tehran's nuclear programme in the Omani capital on Saturday and agreed to reconvene next week, in the highest-level contact between the two adversaries since Donald Trump returned to the White House.

Iranian Foreign Minister Abbas Araghchi and Steve Witkoff, Trump's special envoy for the Middle East, sat in separate rooms at a palace in Muscat while Omani Foreign Minister Badr Albusaidi carried messages between them for more than two and a half hours.

At the end, the two men "spoke directly for a few minutes in the presence of the Omani foreign minister", Iran's Foreign Ministry said. The White House described the discussions as "very positive and constructive" and said Witkoff had stressed Trump's instructions to resolve differences "through dialogue and diplomacy, if that is possible".

Before the talks began, Araghchi was received by Albusaidi, and Witkoff also held a separate meeting with the Omani minister, according to Oman's Foreign Ministry.

"We are very close to a framework for negotiations," Araghchi told Iranian state television afterwards. "Neither side wants fruitless talks."

Both sides said they would meet again on April 19. Albusaidi said the next round could again be hosted by Oman, although Italian officials said on Sunday that Rome had offered to host.

Witkoff reached Muscat from Russia, where on Friday he met President Vladimir Putin in St Petersburg for more than four hours to discuss the war in Ukraine.

Araghchi, meanwhile, is set to travel to Moscow later this week, Foreign Ministry spokesman Esmaeil Baghaei told reporters in Tehran on Sunday, without giving further details.

The talks follow a letter Trump sent to Supreme Leader Ali Khamenei in March proposing negotiations. The letter was handed to Iranian officials in Tehran by Anwar Gargash, a senior diplomatic adviser to the UAE president. Tehran replied through Oman.

Trump has warned that Iran will face military action if no deal is reached. Israeli Prime Minister Benjamin Netanyahu, who met Trump at the White House on Monday, has said any agreement must see Iran's nuclear facilities dismantled "under American supervision".

Iran insists its programme is peaceful. Under the 2015 deal with world powers, which Trump abandoned in 2018, Tehran was allowed to enrich uranium to 3.67 percent; the UN nuclear watchdog says it is now enriching to up to 60 percent.

"The fact that they met at all, and that both sides are describing it positively, is significant," said Ali Vaez of the International Crisis Group.

Oil prices edged up in early Asian trade on Monday.

Brent $64.76 +0.21% | WTI $61.50 +0.18%

Read next
Trump hosts Netanyahu, says Iran talks 'direct'
Houthis claim attack on US warship in Red Sea
What's in Iran's 60 percent stockpile?

Source: Al Jazeera and news agencies
Sign up for Al Jazeera | Middle East Weekly: get the region's news in your inbox"""))

A.append(dict(id="h61-03", source="ndtv.com",
url="https://www.ndtv.com/world-news/pm-modi-putin-talks-kremlin-highest-civilian-honour-6072418",
published_at="2024-07-09", body="""Live TV | Latest | India | World | Business | Trending

Sensex 80,351.64 ▲ 391.26 | Nifty 24,433.20 ▲ 112.65 | USD/INR 83.51

PM Modi Holds Talks With Putin At Kremlin, Gets Russia's Highest Civilian Honour

Reported by Anirban Sengupta, Edited by Priya Nair
World News | Updated: July 09, 2024 8:47 pm IST

Moscow: Prime Minister Narendra Modi on Tuesday held formal talks with Russian President Vladimir Putin in the Kremlin and was conferred the Order of St Andrew the Apostle, Russia's highest civilian honour, on the second day of his two-day visit to Moscow.

The delegation-level talks, part of the 22nd India-Russia annual summit, covered trade, energy, defence and the conflict in Ukraine, officials said. The two sides set a goal of raising bilateral trade to $100 billion by 2030 and exchanged agreements on climate, polar research and investment.

"As a friend, I have always said that for a bright future for our next generations, peace is most essential. Solutions are not possible on the battlefield," PM Modi told Mr Putin at the start of the talks.

Mr Putin thanked PM Modi for "paying attention to the most acute problems, including trying to find ways to resolve the Ukrainian crisis".

It was PM Modi's first visit to Russia since the start of the war in February 2022 and his first bilateral trip abroad after taking office for a third term. He arrived on Monday evening and was received at the airport by First Deputy Prime Minister Denis Manturov before a private dinner with Mr Putin at Novo-Ogaryovo, the President's residence outside the capital.

Foreign Secretary Vinay Kwatra told reporters that the Indian side had raised the issue of Indian nationals "misled" into serving with the Russian army, and that Moscow had agreed to discharge them.

Mr Putin accepted an invitation to visit India for next year's annual summit, the Foreign Secretary said. No dates were announced.

In Kyiv, President Volodymyr Zelensky called it "a huge disappointment and a devastating blow to peace efforts" to see the leader of the world's largest democracy "hug the world's most bloody criminal" on the day a Russian missile struck a children's hospital in the Ukrainian capital. PM Modi and Mr Zelensky had last met on the sidelines of the G7 summit in Italy in June.

The visit also coincided with the start of the NATO summit in Washington. US State Department spokesperson Matthew Miller said Washington had made its concerns about India's relationship with Russia clear to New Delhi.

From Moscow, PM Modi will fly to Vienna on Tuesday evening. It will be the first visit by an Indian Prime Minister to Austria in 41 years, and he is scheduled to hold talks with Chancellor Karl Nehammer on Wednesday.

"Looking forward to my discussions with Chancellor Nehammer on how India and Austria can further deepen their partnership," PM Modi posted on X before departing Moscow.

(With inputs from agencies)

Also Read
Orban In Beijing After Trips To Kyiv, Moscow, Calls China "Key Power" For Peace
"Fruitful Talks": What PM Modi And Putin Discussed Over Dinner
Indian Army Men Missing In Russia? Families Seek Answers

Tags: PM Modi, Vladimir Putin, India-Russia Ties, PM Modi In Russia, PM Modi Austria Visit

Track Latest News Live on NDTV.com and get news updates from India and around the world
Download the NDTV app | Follow us on WhatsApp"""))

A.append(dict(id="h61-04", source="eurasianet.org",
url="https://eurasianet.org/armenia-and-azerbaijan-initial-peace-deal-at-white-house-summit",
published_at="2025-08-09", body="""Eurasianet | Caucasus | Central Asia | Russia | Donate

Armenia and Azerbaijan initial peace deal at White House summit

Trump-brokered declaration creates a US-branded transit route across southern Armenia.

Narine Avagyan and Ramil Gasimov | Aug 9, 2025

Support independent journalism in Eurasia. Donate today.

Azerbaijani President Ilham Aliyev, US President Donald Trump and Armenian Prime Minister Nikol Pashinyan at the White House on August 8. (photo: White House)

The leaders of Armenia and Azerbaijan signed a joint declaration at the White House on August 8 committing to end nearly four decades of conflict, as their foreign ministers initialed the text of a peace treaty that the two sides had agreed in March.

President Donald Trump, who hosted Ilham Aliyev and Nikol Pashinyan for a trilateral summit, called it "a historic day" and said the two countries had "put an end to the fighting, forever".

The documents were signed by Aliyev, Pashinyan and Trump as a witness. Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan initialed the peace agreement itself, which will not be formally signed until, Baku insists, Armenia removes territorial claims from its constitution. Pashinyan has promised a referendum on a new constitution, but no date has been set.

The centrepiece of the declaration is a transit route across Armenia's southern Syunik province linking mainland Azerbaijan with its Nakhchivan exclave. It is to be called the Trump Route for International Peace and Prosperity, or TRIPP, and developed by US companies under Armenian jurisdiction.

Each leader also held a separate meeting with Trump in the Oval Office before the ceremony. Washington and Baku agreed to draw up a charter on strategic partnership, and Trump waived restrictions on defence cooperation with Azerbaijan under Section 907 of the Freedom Support Act. Armenia and the United States signed memorandums on artificial intelligence and energy security.

The two leaders also sent a joint appeal to the OSCE to dissolve the Minsk Group, the mediation format co-chaired by France, Russia and the United States since 1992.

Moscow, which brokered the 2020 ceasefire and until recently saw itself as the main arbiter in the South Caucasus, reacted cautiously. Foreign Ministry spokeswoman Maria Zakharova said any settlement should be worked out "by the countries of the region themselves" with the help of their neighbours.

Iran was more hostile. Ali Akbar Velayati, an adviser to Supreme Leader Ali Khamenei, warned the route would not become "a passage owned by Trump". The Iranian Foreign Ministry said it welcomed the peace deal but was concerned about "any foreign intervention" near its border.

Turkey welcomed the outcome. President Recep Tayyip Erdogan phoned Aliyev on Saturday to congratulate him, the Azerbaijani presidential press service said.

Aliyev and Pashinyan had met in Abu Dhabi on July 10 without mediators, a meeting both sides described as constructive but which produced no agreement.

In Yerevan, opposition groups accused Pashinyan of making too many concessions. "We signed a peace with no guarantees for Karabakh Armenians," said one opposition MP.

Related
Georgia's Kobakhidze meets Li Qiang in Tianjin, seeks more Chinese investment
Kazakhstan Weighs In on Abraham Accords Talk
Azerbaijan: Russian-language media crackdown deepens

Tags: Armenia, Azerbaijan, United States, Peace process
Share | Tweet | Email
Comments are moderated. 14 comments"""))

A.append(dict(id="h61-05", source="dw.com",
url="https://www.dw.com/en/putin-visits-uae-and-saudi-arabia-in-rare-trip-abroad/a-67644119",
published_at="2023-12-06", body="""Accept cookies | DW uses cookies to improve your experience. Settings | Accept

Live TV | Europe | Germany | World | Business

Putin visits UAE and Saudi Arabia in rare trip abroad

Russian President Vladimir Putin has held talks with the leaders of the UAE and Saudi Arabia on a one-day Gulf tour. The Kremlin chief is set to host Iran's president in Moscow on Thursday.

Lukas Brandt (Reuters, AFP, AP)
12/06/2023

Putin was greeted with a gun salute and an air show in Abu Dhabi. Image: Andrey Gorshkov/Sputnik/AP/picture alliance

Russian President Vladimir Putin made a rare trip outside the former Soviet Union on Wednesday, flying to the United Arab Emirates and Saudi Arabia for talks on oil, Ukraine and the war in Gaza.

In Abu Dhabi, Putin was welcomed by UAE President Sheikh Mohamed bin Zayed Al Nahyan at the Qasr Al Watan palace, where jets painted the sky in the colours of the Russian flag. Putin told his host that relations between the two countries had reached "an unprecedentedly high level".

He then flew on to Riyadh, where he was received by Crown Prince Mohammed bin Salman. The two men shook hands warmly in front of the cameras before their talks, which the Kremlin said would cover cooperation within the OPEC+ oil producers' group.

"Nothing can prevent the development of our friendly relations," Putin told the crown prince, inviting him to Moscow.

It was Putin's first trip to the Gulf since 2019. Russian fighter jets escorted his plane for parts of the journey, the Kremlin said.

Neither the UAE nor Saudi Arabia is a party to the Rome Statute of the International Criminal Court, which issued an arrest warrant for Putin in March over the deportation of Ukrainian children.

The Russian leader has travelled little since the start of the full-scale invasion of Ukraine. In October he visited Kyrgyzstan and China, and last month he was in Kazakhstan.

Raisi due in Moscow

Putin is set to hold talks with Iranian President Ebrahim Raisi in the Kremlin on Thursday, his spokesman Dmitry Peskov said. The Kremlin said the two would discuss the Middle East, where Iran backs Hamas, and their growing economic ties.

Western governments accuse Iran of supplying Russia with drones used in attacks on Ukrainian cities, a charge Tehran rejects.

Analysts said the Gulf tour underlined how Moscow had managed to keep ties with regional powers despite Western sanctions. "Riyadh and Abu Dhabi have been careful not to choose sides," said Anna Borshchevskaya of the Washington Institute.

Oil prices dipped on Wednesday despite OPEC+ output cuts announced last week, with Brent trading below $75 a barrel.

Brent crude $74.30 -2.06% | EUR/USD 1.0764 | DAX 16,656.44 +0.82%

Related topics: Vladimir Putin, Saudi Arabia, United Arab Emirates, Iran, OPEC

Send | Facebook | X | Print
Permalink https://p.dw.com/p/4Zq9R

More from DW
Biden and Xi agree to resume military talks after California summit
Germany's Scholz hosts Nigeria's Tinubu for energy talks
COP28: Draft deal leaves door open to fossil fuels"""))

A.append(dict(id="h61-06", source="rferl.org",
url="https://www.rferl.org/a/china-central-asia-summit-xian-xi-jinping/32418090.html",
published_at="2023-05-19", body="""RFE/RL | Radio Free Europe Radio Liberty | Languages | Search

In Xi'an, Xi Courts Central Asia With Pipeline Pledge And $3.7 Billion As G7 Meets In Hiroshima

By Bruce Tulebayev | May 19, 2023 14:12 GMT

Chinese leader Xi Jinping (center) with the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, and Uzbekistan in Xi'an on May 19.

Chinese leader Xi Jinping has pledged 26 billion yuan ($3.7 billion) in financing and grants to the five former Soviet republics of Central Asia and called for faster construction of a gas pipeline from Turkmenistan, as he hosted the region's presidents at a summit in the ancient capital of Xi'an.

The first in-person China-Central Asia summit, which ended on May 19 with the signing of a Xi'an Declaration and the creation of a permanent secretariat, was preceded by two days of bilateral talks in which Xi met each of his guests separately.

Kazakh President Qasym-Zhomart Toqaev, who was on a state visit to China, was the first to arrive. He held talks with Xi on May 17, and the two sides agreed to a mutual visa waiver and signed deals on trade and transport.

On May 18, Xi met in turn with Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon, Turkmen President Serdar Berdimuhamedov, and Uzbek President Shavkat Mirziyoev. Chinese state media said dozens of documents were signed, including on a China-Kyrgyzstan-Uzbekistan railway that has been discussed for more than two decades.

Japarov invited Xi to visit Kyrgyzstan, according to the Kyrgyz presidential press service. No date was mentioned.

Xi urged the speedy completion of Line D of the Central Asia-China gas pipeline, which would bring more Turkmen gas through Uzbekistan, Tajikistan, and Kyrgyzstan.

"China is ready to help Central Asian countries strengthen their law-enforcement, security, and defense capabilities," Xi said, adding that Beijing opposed "external forces interfering" in the region's internal affairs.

The summit's timing was not lost on observers. While Xi was welcoming his guests with a Tang Dynasty-style banquet, leaders of the Group of Seven rich democracies were gathering in the Japanese city of Hiroshima, where they discussed China's "economic coercion" and fresh sanctions on Russia.

Ukrainian President Volodymyr Zelenskiy will travel to Hiroshima to attend the G7 summit in person, his office confirmed on May 19. He was in Jeddah on May 19 for an Arab League summit, where he met with Saudi Crown Prince Muhammad bin Salman and urged Arab leaders not to "turn a blind eye" to Russia's occupation of Crimea.

Russia has long regarded Central Asia as its backyard, but its influence has been dented by its war in Ukraine. "Xi'an shows that Beijing is no longer content to play second fiddle to Moscow in the region," said Temur Umarov of the Carnegie Russia Eurasia Center.

Kremlin spokesman Dmitry Peskov said Moscow had "no reason" to be concerned about the summit.

The next China-Central Asia summit will be held in Kazakhstan in 2025.

RFE/RL's Kazakh, Kyrgyz, Tajik, Turkmen, and Uzbek services contributed to this report.

Related
Toqaev, Xi Announce Visa-Free Regime
Lavrov Heads To Tashkent For Afghanistan Talks With Neighbors
Tajik Opposition Figure Deported From Turkey

Copyright (c) 2023. RFE/RL, Inc. All rights reserved.
Share | Print | Comments"""))

A.append(dict(id="h61-07", source="bbc.com",
url="https://www.bbc.com/news/articles/c0e4jp2r7wzo",
published_at="2024-09-03", body="""BBC | Home | News | Sport | Business | Innovation | Culture | Travel

Mongolia rolls out red carpet for Putin despite ICC arrest warrant

3 September 2024

Kelly Ng and Anastasia Orlova
BBC News

Getty Images
Putin and Mongolian President Ukhnaagiin Khurelsukh inspect an honour guard in Sukhbaatar Square

Mongolia has given Russian President Vladimir Putin a full ceremonial welcome in its capital, Ulaanbaatar, ignoring calls from Ukraine and human rights groups to arrest him on a warrant issued by the International Criminal Court.

Putin, who landed late on Monday, was greeted on Tuesday by President Ukhnaagiin Khurelsukh and horse-mounted guards in traditional red and blue uniforms in the city's main square. The two leaders then held talks.

It is Putin's first visit to a member state of the ICC since the court issued a warrant for his arrest in March last year, accusing him of the unlawful deportation of children from Ukraine. Members are in theory obliged to detain suspects if they set foot on their territory.

The Kremlin had said it had "no worries" about the trip. A Mongolian government spokesman told Politico last week that the country was dependent on Russia for 95% of its fuel and over 20% of its electricity, and that it had "always maintained a policy of neutrality".

The visit marks the 85th anniversary of the Battle of Khalkhin Gol, in which Soviet and Mongolian forces defeated Japanese troops in 1939.

Ukraine's foreign ministry said Mongolia had "allowed the accused criminal to escape justice" and said it would work with partners to ensure there were consequences. The European Commission also said it regretted that Mongolia had not complied with its obligations.

During the talks, Putin said Moscow continued to work on the Power of Siberia 2 gas pipeline that would carry Russian gas to China through Mongolia. The two sides also signed agreements on fuel supplies to Mongolia and on the modernisation of a power plant in Ulaanbaatar.

Mongolia, a landlocked democracy of 3.4 million people sandwiched between Russia and China, has also sought to build ties with what it calls "third neighbours". US Secretary of State Antony Blinken visited last year, as did French President Emmanuel Macron.

From Ulaanbaatar, Putin will fly to Vladivostok for the Eastern Economic Forum. Malaysian Prime Minister Anwar Ibrahim is due to attend the forum, and the Kremlin said Putin would hold talks with him on Thursday.

Putin has made only a handful of trips abroad since the full-scale invasion of Ukraine. In June he visited North Korea and Vietnam, neither of which is an ICC member.

"Mongolia has made a choice based on its geography," said one Ulaanbaatar-based analyst, who asked not to be named. "It cannot afford to anger either of its neighbours."

Related
Ukraine war: Zelensky replaces top ministers in major reshuffle
What is the ICC and how does it work?
Putin and Kim sign mutual defence pact

More on this story
Mongolia urged to arrest Putin ahead of visit
Why does Putin travel so little?

Copyright 2024 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking."""))

A.append(dict(id="h61-08", source="tehrantimes.com",
url="https://www.tehrantimes.com/news/508812/Iran-Russia-sign-comprehensive-strategic-partnership-treaty",
published_at="2025-01-18", body="""Tehran Times | Politics | Economy | Sports | Culture | Tourism | International

Saturday, January 18, 2025 | Dey 29, 1403

USD 820,500 rials (open market) | Gold coin 61,200,000 | TEDPIX 2,395,116 ▲

Iran, Russia sign comprehensive strategic partnership treaty

TEHRAN - Iran and Russia on Friday signed a treaty on comprehensive strategic partnership, a 20-year document that Tehran says marks a new chapter in relations between the two neighbours of the Caspian Sea.

The treaty was signed in the Kremlin by President Masoud Pezeshkian and Russian President Vladimir Putin after talks in narrow and expanded formats that lasted several hours. Pezeshkian was on his first official visit to Russia since taking office in July.

The 47-article document covers defence and security, counter-terrorism, energy, finance, transport, industry, agriculture, culture, and science. Unlike Russia's treaty with North Korea, it does not include a mutual defence clause, though both sides undertake not to help any aggressor against the other.

"This treaty is a turning point in the relations between the two countries," Pezeshkian told reporters at a joint press conference, adding that the sides were seeking to "neutralise" Western sanctions.

Putin said that Russian gas supplies to Iran via Azerbaijan could start at 2 billion cubic metres a year and eventually reach 55 billion cubic metres. He also said work on the Rasht-Astara railway, a missing link of the North-South Transport Corridor, should be accelerated.

The two presidents met twice last year, on the sidelines of a forum in Ashgabat in October and at the BRICS summit in Kazan.

Pezeshkian arrived in Moscow on Friday morning from Dushanbe, where he had paid a two-day state visit to Tajikistan on Wednesday and Thursday. In the Tajik capital he held talks with President Emomali Rahmon, and the two sides signed 23 cooperation documents, including on visa-free travel for citizens of both countries.

Foreign Minister Abbas Araghchi, who accompanied the president, said on the flight back that Tehran did not seek military alliances. "We have a strategic partnership, not a bloc," he told reporters.

Araghchi visited Beijing last month for talks with his Chinese counterpart Wang Yi, as Tehran seeks to shore up ties with both Russia and China ahead of the return of US President-elect Donald Trump on Monday.

Western analysts noted that the treaty was signed three days before Trump's inauguration, and that the absence of a defence pact suggested limits to the relationship.

By Tehran Times staff

Photo: President Pezeshkian and President Putin shake hands after the signing ceremony in the Kremlin on Friday. (president.ir)

Read more
Iran, E3 hold new round of nuclear talks in Geneva
Araghchi: West must choose between confrontation and cooperation
Tehran stock market up for fifth day

Tags: Iran, Russia, Pezeshkian, Putin, Treaty, Tajikistan
Share: Facebook | Twitter | Telegram | WhatsApp
Join Tehran Times Telegram channel"""))

A.append(dict(id="h61-09", source="politico.eu",
url="https://www.politico.eu/article/viktor-orban-vladimir-putin-moscow-visit-eu-presidency/",
published_at="2024-07-05", body="""POLITICO Europe | Newsletters | Podcasts | Events | Pro

We use cookies to personalise content and analyse our traffic. Manage preferences | Accept all

Orbán meets Putin in Moscow, infuriating EU leaders

The Hungarian prime minister's 'peace mission' comes four days into Budapest's presidency of the Council of the EU.

By Jakub Wiśniewski and Clea Mantel
July 5, 2024 1:15 pm CET

Hungarian Prime Minister Viktor Orbán on Friday sat down with Russian President Vladimir Putin in the Kremlin, in a trip that EU leaders said he had undertaken without any mandate from the bloc and that Ukraine said it had not been told about.

Orbán, who took over the EU's rotating presidency on July 1, called the visit the "second stop" of a "peace mission". On Tuesday he had travelled to Kyiv, his first visit to Ukraine since the start of Russia's full-scale invasion, where he urged President Volodymyr Zelenskyy to consider a quick ceasefire.

"The number of countries that can talk to both warring sides is running out," Orbán wrote on X after landing at Vnukovo airport, where he was greeted by a deputy foreign minister.

Putin told his guest at the start of their talks that he understood Orbán had come "not only as our long-standing partner, but as the President of the Council of the European Union". At a news conference afterward, he said Russia was ready for a ceasefire only if Ukraine withdrew from four regions Moscow claims.

European Council President Charles Michel said the rotating presidency had "no mandate to engage with Russia on behalf of the EU". Commission President Ursula von der Leyen wrote that "appeasement will not stop Putin". Several capitals, including Warsaw and Vilnius, called for Hungary to be stripped of the presidency.

Zelenskyy's office said Kyiv had not been consulted. Ukraine's Foreign Ministry reminded that "no decisions about Ukraine without Ukraine" remained the principle.

It was Orbán's first meeting with Putin since they met in Beijing in October, when Orbán became the only EU leader to shake the Russian president's hand that year.

Hungarian officials refused to say where the "peace mission" would go next. Diplomats in Budapest speculated that Orbán might head to China, which Hungary considers a key partner, but no trip had been announced by Friday afternoon.

NATO Secretary-General Jens Stoltenberg, speaking ahead of next week's alliance summit in Washington, said Orbán was "not representing NATO" in Moscow.

Orbán has consistently opposed sending weapons to Ukraine and delayed EU aid packages, while insisting that Hungary remains a loyal member of both the EU and NATO.

Read next
Starmer speaks to Biden and Zelenskyy on first day in Downing Street
EU budget hawks brace for Hungary's presidency
Playbook: Who's really in charge in Budapest?

Most read
1. Le Pen's National Rally falls short in polls ahead of runoff
2. Starmer's Labour wins landslide
3. Orbán in Moscow: live updates

Share: Facebook | X | LinkedIn | Email
CLARIFICATION: An earlier version of this article misstated the date of Orbán's Kyiv visit."""))

A.append(dict(id="h61-10", source="arabnews.com",
url="https://www.arabnews.com/node/2266946/saudi-arabia",
published_at="2023-03-11", body="""Arab News | Saudi Arabia | Middle East | World | Business | Opinion

Tadawul TASI 10,189.47 ▼ -0.52% | Brent $82.78 | Gold $1,867 | USD/SAR 3.7508

Saudi Arabia, Iran agree to restore ties in China-brokered deal

Embassies to reopen within two months; foreign ministers to meet to arrange exchange of ambassadors

ARAB NEWS
Updated 11 March 2023

RIYADH: Saudi Arabia and Iran on Friday agreed to resume diplomatic relations and reopen their embassies within two months, in an agreement signed in Beijing after four days of talks hosted by China.

The agreement was signed by Minister of State and National Security Adviser Musaed Al-Aiban and Ali Shamkhani, secretary of Iran's Supreme National Security Council, with Chinese Foreign Minister Wang Yi, the Communist Party's top diplomat, also putting his name to a joint trilateral statement.

According to the statement, carried by the Saudi Press Agency, the two countries agreed to respect each other's sovereignty and not interfere in each other's internal affairs, and to activate a security cooperation agreement signed in 2001 and a general agreement on economy, trade and investment signed in 1998.

"The foreign ministers of the two countries will meet to implement this and arrange the return of their ambassadors and discuss means of enhancing bilateral relations," the statement said.

The talks in Beijing, which ran from March 6 to 10, followed several rounds of dialogue in 2021 and 2022 hosted by Iraq and Oman.

Saudi Foreign Minister Prince Faisal bin Farhan welcomed the deal, writing on Twitter that "the countries of the region share one fate". Prince Faisal, who held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Thursday, said the Kingdom's choice was "good neighborliness".

Iranian officials said the delegation led by Shamkhani had traveled to Beijing at the invitation of China and had also held meetings with Chinese officials. Iranian President Ebrahim Raisi paid a state visit to Beijing last month; Chinese President Xi Jinping visited Riyadh in December.

The White House said it was aware of the talks and welcomed any effort to end the war in Yemen. National Security Council spokesman John Kirby said Riyadh had kept Washington informed.

"This is a big win for Chinese diplomacy, which until now had been largely absent from the region's security issues," said Ali Shihabi, a Saudi analyst.

Relations between Riyadh and Tehran were cut in 2016 after protesters stormed Saudi diplomatic missions in Iran following the Kingdom's execution of Shiite cleric Nimr Al-Nimr.

Iraq, Oman, the UAE, Qatar and the Gulf Cooperation Council welcomed the announcement. Houthi spokesman Mohammed Abdulsalam said the region needed a return to normal relations.

Also read
Saudi crown prince receives call from Iraqi PM
Yemen truce talks gain momentum after Beijing deal
Riyadh's tech summit draws record investment

Most popular
1- Saudi Arabia, Iran agree to restore ties
2- New airline Riyadh Air unveiled
3- Kingdom hosts Formula E double-header

Share: Facebook | Twitter | WhatsApp | Email
Follow Arab News on Google News"""))

A.append(dict(id="h61-11", source="astanatimes.com",
url="https://astanatimes.com/2024/07/xi-putin-erdogan-meet-on-sco-summit-sidelines-in-astana/",
published_at="2024-07-04", body="""The Astana Times | Nation | Business | World | Opinion | Culture

USD/KZT 474.10 | EUR/KZT 511.35 | RUB/KZT 5.39 | Brent 86.34

Xi, Putin, Erdogan Meet on SCO Summit Sidelines in Astana

By Aigerim Seisembayeva in Diplomacy on 4 July 2024

Kazakh President Kassym-Jomart Tokayev welcomed Chinese President Xi Jinping at Akorda. Photo credit: Akorda press service

ASTANA - The Shanghai Cooperation Organization (SCO) summit in the Kazakh capital closed on July 4 with the adoption of the Astana Declaration and the admission of Belarus as the organization's tenth full member, capping a busy two days of bilateral diplomacy on the sidelines.

Chinese President Xi Jinping, who arrived on July 2 for a state visit to Kazakhstan before the summit, held talks with President Kassym-Jomart Tokayev at Akorda on July 3. The leaders signed a joint statement and witnessed the signing of more than 30 documents, including on a new cargo terminal in Xi'an and cooperation in the green economy. Together they launched a new Kazakhstan-China transit route via video link.

Russian President Vladimir Putin arrived in Astana on the afternoon of July 3 and was received by Tokayev for talks at Akorda before the summit dinner. The two presidents discussed energy supplies, the Caspian Pipeline Consortium and preparations for the Russian leader's next visit, the Kremlin said.

On the same day, Putin and Xi held a separate meeting at the Palace of Independence, their second in two months after Putin's state visit to China in May. Putin called the relations between Moscow and Beijing "at their best in history" and invited Xi to attend the BRICS summit in Kazan in October.

Putin also held talks with Turkish President Recep Tayyip Erdogan, who attended the summit as a dialogue partner. The Kremlin said the two leaders discussed the situation in Ukraine and the Middle East.

India's Prime Minister Narendra Modi did not attend the summit. Foreign Minister S. Jaishankar, who represented India, met Chinese Foreign Minister Wang Yi on July 4 and discussed the situation along their disputed border in the Himalayas. "Agreed to redouble efforts to achieve early resolution of remaining issues," Jaishankar wrote on X.

After the summit, Xi will pay a state visit to Tajikistan from July 4 to July 6 at the invitation of President Emomali Rahmon, the Chinese Foreign Ministry announced.

In his address to the summit, Tokayev called for SCO member states to step up cooperation on water, energy and transport, and proposed an initiative on "world unity for just peace and harmony".

Kazakhstan handed over the rotating SCO chairmanship to China, which will host the next summit in 2025.

The Astana Times is an English-language newspaper published in Kazakhstan since 2010.

Related posts
Tokayev, Xi Launch Kazakhstan-China Transit Route
SCO Summit: What Belarus' Membership Means
Kazakhstan, Azerbaijan Sign Agreement on Green Energy Corridor

Tags: SCO, Xi Jinping, Putin, Tokayev, Erdogan, Jaishankar
Share: Facebook | Twitter | Telegram | WhatsApp
Subscribe to our newsletter"""))

A.append(dict(id="h61-12", source="e.vnexpress.net",
url="https://e.vnexpress.net/news/news/politics/xi-jinping-wraps-up-vietnam-visit-heads-to-malaysia-4874015.html",
published_at="2025-04-15", body="""VnExpress International | News | Business | Travel | Life | Sports | World

VN-Index 1,162.37 ▲ 2.31% | USD/VND 25,940 | Gold SJC 107,000,000

Xi Jinping wraps up Vietnam visit, heads to Malaysia

By Duong Tam, Hoang Thuy
April 15, 2025 | 04:20 pm GMT+7

General Secretary To Lam (R) and Chinese President Xi Jinping review the guard of honor in Hanoi on April 14, 2025. Photo by VnExpress/Giang Huy

Chinese President Xi Jinping concluded a two-day state visit to Vietnam on Tuesday and was due to fly to Kuala Lumpur in the afternoon, the second leg of a Southeast Asian tour that will also take him to Cambodia.

Xi arrived in Hanoi on Monday afternoon and held talks with General Secretary To Lam, head of the Communist Party of Vietnam, the same day. The two sides signed 45 cooperation documents, including on railway links between the two countries, supply chains, AI, and customs and quarantine for agricultural exports.

On Tuesday morning, Xi met President Luong Cuong, Prime Minister Pham Minh Chinh and National Assembly Chairman Tran Thanh Man. He also attended a Vietnam-China people's exchange event with young people.

In an article published in Nhan Dan newspaper before his arrival, Xi wrote that "there is no winner in a trade war, and no winner in a tariff war", urging the two countries to "firmly safeguard the multilateral trading system".

The visit came days after the U.S. announced a 46% tariff on Vietnamese goods, since paused for 90 days. General Secretary To Lam held a phone call with U.S. President Donald Trump on April 4 and offered to cut tariffs on American goods to zero.

Asked about Xi's tour, Trump told reporters in the Oval Office that the meeting was "a lovely meeting" between two countries trying to "figure out how do we screw the United States of America".

Xi will be in Malaysia from April 15 to 17 at the invitation of King Sultan Ibrahim, and will hold talks with Prime Minister Anwar Ibrahim. He will then pay a state visit to Cambodia from April 17 to 18, his first since 2016.

Vietnam and China have long-running disputes in the South China Sea but are each other's largest trading partners in Southeast Asia. Bilateral trade reached over $205 billion last year.

"Hanoi is trying to keep all doors open: to Beijing, to Washington, to everybody," said a Hanoi-based economist.

Xi's last visit to Vietnam was in December 2023.

Related news
PM Chinh receives delegation of Chinese businesses in Hanoi
Vietnam seeks to buy more US goods to narrow trade surplus
Hanoi traffic restrictions during state visit

Tags: Xi Jinping, To Lam, Vietnam-China relations
Share: Facebook | Twitter | Email | Print
Comments (23) | Most commented"""))
