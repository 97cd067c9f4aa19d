# Long pages (2,500-4,500 characters), h57-01 .. h57-12
A = []

A.append(dict(id="h57-01", source="euronews.com",
url="https://www.euronews.com/my-europe/2023/06/01/aliyev-and-pashinyan-meet-again-as-moldova-hosts-european-leaders",
published_at="2023-06-01", body="""Euronews uses cookies and similar technologies to improve your experience. Accept all | Refuse | Customise

BRENT $72.41 ▼ -1.3% | EUR/USD 1.0762 ▲ +0.6% | STOXX 600 455.20 ▲ +0.4% | DAX 15,853 ▲ +0.9%

My Europe / Moldova

Aliyev and Pashinyan meet again as Moldova hosts Europe's leaders a few miles from the war

By Ioana Dragomir & Tom Wheelwright  •  Updated: 01/06/2023 - 20:14

Moldovan President Maia Sandu greets arriving leaders at Mimi Castle in Bulboaca. Copyright Vadim Ghirda/AP

Almost fifty European leaders descended on a restored wine estate in Bulboaca, some 20 kilometres from the Ukrainian border, on Thursday for the second summit of the European Political Community, in what the host called the biggest diplomatic gathering ever held on Moldovan soil.

The format, dreamt up by Emmanuel Macron and launched in Prague last October, has no budget, no secretariat and no final declaration. Its value, diplomats say, lies in the side rooms.

The most closely watched of those was a five-way session of more than an hour in which Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan sat down together with European Council President Charles Michel, the French president and German Chancellor Olaf Scholz. It was their second encounter in less than three weeks, after talks in Brussels on 14 May.

Speaking to reporters afterwards, Michel said the discussion had been "frank" and that Baku and Yerevan had reaffirmed their recognition of each other's territorial integrity. He said Aliyev and Pashinyan would meet again in Brussels in July, and that the five would reconvene on the margins of the next EPC gathering in Granada in October.

Ukrainian President Volodymyr Zelensky arrived by surprise in the morning and was greeted on the red carpet by Sandu, with whom he held talks on energy security and the defence of Moldovan airspace before the plenary opened. "Ukraine and Moldova will be members of the European Union, and I am sure of it," he told leaders in the main hall, pressing again for a clear signal on NATO membership at next month's alliance summit in Vilnius.

Tensions in the western Balkans also made their way to Bulboaca. Macron and Scholz held a joint session with Serbian President Aleksandar Vučić and Kosovo's President Vjosa Osmani after violent clashes in northern Kosovo this week left dozens of NATO peacekeepers injured. Both leaders urged Pristina to organise new municipal elections in the north, a French official said.

British Prime Minister Rishi Sunak used his trip to promote closer European cooperation against people smuggling, while the European Commission's Ursula von der Leyen announced an additional support package for Moldova's energy sector and plans to cut roaming charges between the country and the EU.

Turkish President Recep Tayyip Erdoğan, who is due to be sworn in for a new term on Saturday, stayed away, as did the leaders of Russia and Belarus, which were not invited.

The gathering will move to Spain in October and to the United Kingdom in 2024.

"Just hosting this is a message," said a Moldovan official at the entrance to the estate. "A year ago people were asking if we would be next."

Read more:
Macron in Bratislava: "We did not always listen to Central Europe"
Kosovo clashes: what we know about the unrest in Zvečan
Moldova sets date for EU accession referendum debate

Share this article | Comments (14)

Tags: European Political Community, Moldova, Maia Sandu, Ilham Aliyev, Nikol Pashinyan, Volodymyr Zelensky

Most viewed
Download the Euronews app to get daily alerts on the latest news"""))

A.append(dict(id="h57-02", source="dw.com",
url="https://www.dw.com/en/hungarys-orban-meets-putin-in-moscow-on-peace-mission/a-69569112",
published_at="2024-07-05", body="""Your privacy settings: We use cookies and similar technologies. Accept all | Settings

DW | Europe | Hungary

Hungary's Orbán meets Putin in Moscow on self-styled 'peace mission'

Hungarian Prime Minister Viktor Orban has held talks with Russian President Vladimir Putin in the Kremlin, days after visiting Kyiv. EU leaders said he was not speaking for the bloc.

Jakob Reinhardt (with Reuters, AFP, dpa)
07/05/2024 July 5, 2024

Orban and Putin shook hands at the start of talks in the Kremlin on Friday. Image: Valeriy Sharifulin/AP/picture alliance

Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin in Moscow on Friday, a trip that drew swift condemnation from Brussels, Kyiv and several European capitals only days after Hungary took over the rotating presidency of the Council of the European Union.

The meeting, which lasted about two and a half hours according to the Kremlin, was the first visit by an EU head of government to Russia since Austrian Chancellor Karl Nehammer traveled to Moscow in April 2022. Orban was accompanied by Foreign Minister Peter Szijjarto.

At a joint news conference, Putin said he had explained his conditions for a settlement, including a Ukrainian withdrawal from four partially occupied regions. Orban said the positions of Moscow and Kyiv remained "very far apart" but that he had wanted to find out the "shortest path" to ending the fighting.

"Europe needs peace," he said. "The number of countries that can still talk to both sides is running out."

On Tuesday, Orban had made his first visit to Kyiv since the start of the full-scale invasion, meeting Ukrainian President Volodymyr Zelensky and proposing that Ukraine consider a quick ceasefire before peace talks. Zelensky did not publicly respond to the idea, and officials in Kyiv said on Friday they had not been told in advance of the Moscow leg.

'No mandate'
European Council President Charles Michel wrote that the rotating presidency "has no mandate to engage with Russia on behalf of the EU." Commission chief Ursula von der Leyen said appeasement would not stop Putin.

Polish Prime Minister Donald Tusk and Estonian Prime Minister Kaja Kallas, the EU's designated next foreign policy chief, also criticized the trip. In Berlin, a government spokesperson said Chancellor Olaf Scholz had not been informed beforehand.

Kremlin spokesman Dmitry Peskov said Moscow had "no great expectations" from the talks and did not rule out further contacts between the two leaders, "if necessary."

Orban, who has repeatedly blocked or delayed EU aid to Ukraine, is scheduled to attend the NATO summit in Washington next week. Diplomats in Brussels said his trip would be discussed by EU ambassadors on Monday.

Budapest has kept closer ties with Moscow than any other EU capital since 2022, continuing to buy Russian gas and oil and pressing ahead with the Russian-built expansion of the Paks nuclear power plant.

Analysts said the visit was aimed partly at a domestic audience. "He presents himself as the only adult in the room," said a political scientist at a Budapest university. "Whether anyone in Moscow or Kyiv is listening is another question."

DW recommends
Modi heads to Moscow for first visit since Ukraine invasion
Hungary takes over EU presidency under 'Make Europe Great Again' slogan
Zelensky says Ukraine needs more air defense systems

Date 05.07.2024
Related subjects: Viktor Orban, Vladimir Putin, Hungary, Russia
Keywords: Orban, Putin, Moscow, Kyiv, EU presidency, Ukraine war

Send Facebook X Telegram WhatsApp | Print
Permalink https://p.dw.com/p/4hXw2"""))

A.append(dict(id="h57-03", source="theguardian.com",
url="https://www.theguardian.com/politics/2019/oct/10/johnson-and-varadkar-see-pathway-to-possible-brexit-deal",
published_at="2019-10-10", body="""Support the Guardian: Available for everyone, funded by readers. Contribute | Subscribe

Politics | Brexit

Johnson and Varadkar say they can see 'pathway to a possible deal'

Leaders issue upbeat joint statement after three hours of talks at country house on the Wirral

Rowena Castleford and Declan Moorhouse in Dublin
Thu 10 Oct 2019 17.05 BST

Boris Johnson and Leo Varadkar at Thornton Manor on Thursday. Photograph: Noel Mullen/PA

Boris Johnson and the Irish taoiseach, Leo Varadkar, have said they can see "a pathway to a possible deal" on Brexit after unexpectedly positive talks at a wedding venue in north-west England, lifting hopes of an agreement a week before a crucial EU summit.

Varadkar flew to Liverpool on Thursday morning and was driven to Thornton Manor on the Wirral, where the two leaders and their officials spent about two hours together before continuing one to one over a walk in the grounds.

In a joint statement issued afterwards, they said they had had "a detailed and constructive discussion" and agreed that "both countries want a deal that is in everybody's interests". The main sticking points remained customs and consent for Northern Ireland, officials on both sides said.

Varadkar told reporters at Liverpool airport that he believed it was possible to reach an agreement, and a treaty, by the end of October, though "there's many a slip between cup and lip".

The tone was in stark contrast to Tuesday, when Downing Street briefed that a deal was "essentially impossible" after a telephone call between Johnson and the German chancellor, Angela Merkel. A No 10 source claimed Merkel had said a deal was "overwhelmingly unlikely" unless Northern Ireland stayed in the EU customs union. Berlin did not confirm that account of the call.

The Brexit secretary, Stephen Barclay, is due to meet the EU's chief negotiator, Michel Barnier, in Brussels on Friday morning. The European commission said it would take stock of the outcome of the Wirral talks with the Irish government before deciding whether to enter so-called "tunnel" negotiations.

Downing Street said the prime minister may speak to Emmanuel Macron again before the European council on 17 and 18 October, but no call had yet been scheduled. A spokesman declined to say whether Johnson and Varadkar would meet again before the summit.

The two leaders last met in Dublin in September, when Varadkar told Johnson at a joint press conference that there was "no such thing as a clean break".

In Dublin, the tánaiste, Simon Coveney, struck a cautious note. "We are not there yet," he told the Dáil. Sinn Féin and Fianna Fáil said they would wait to see the detail.

Sterling jumped more than 1% against the dollar on news of the statement.

Topics
Brexit
Boris Johnson
Leo Varadkar
Ireland
European Union
Foreign policy
news

Share on Facebook | Share on Twitter | Share via Email

Reuse this content

Most popular
Labour conference: what we learned
Extinction Rebellion protesters block London City airport
Brexit: what happens if there is no deal by 31 October?

Comments (1,284)"""))

A.append(dict(id="h57-04", source="france24.com",
url="https://www.france24.com/en/20200806-macron-visits-devastated-beirut-promises-aid-will-not-go-into-corrupt-hands",
published_at="2020-08-06", body="""Cookie settings | France 24 uses cookies to improve your experience. I accept

LIVE | Watch FRANCE 24 English

MIDDLE EAST

Macron tours devastated Beirut, promises aid will not go 'into corrupt hands'

French President Emmanuel Macron speaks with residents in the Gemmayzeh neighbourhood of Beirut on August 6, 2020. © Thibault Camus, AFP

Issued on: 06/08/2020 - 18:22  Modified: 06/08/2020 - 21:40

Text by: FRANCE 24 | 3 min

French President Emmanuel Macron walked through the ruined streets of Beirut on Thursday, two days after a massive explosion at the city's port killed more than 130 people, promising that French aid would reach ordinary Lebanese directly and warning the country's leaders that without reform "Lebanon will continue to sink".

Macron was the first foreign head of state to visit since Tuesday's blast, which was caused by some 2,750 tonnes of ammonium nitrate stored for years in a port warehouse. He was greeted at the airport by President Michel Aoun before heading to the port and then to the Gemmayzeh district, where crowds chanted against the political class.

He later held talks at the Baabda palace with Aoun, Prime Minister Hassan Diab and parliament speaker Nabih Berri, and met political party leaders at the Pine Residence, the French ambassador's residence.

"I guarantee you, this aid will not go into corrupt hands," Macron told residents. He said France would organise an international aid conference for Lebanon, with European, American, Arab and other partners, in the coming days.

Asked whether he would come back, Macron said he would return to Beirut on September 1, the centenary of the proclamation of Greater Lebanon, to check on progress. "If these reforms are not made, I will take my political responsibilities," he said.

Search teams, including French civil security specialists flown in on Wednesday, continued to comb the rubble. Lebanese authorities have placed port officials under house arrest pending an investigation.

Messages of support poured in from across the region. The Lebanese presidency said Aoun had received a telephone call on Wednesday from Egyptian President Abdel Fattah al-Sisi, who offered condolences and said Cairo would send medical aid. Qatar and Kuwait flew in field hospitals.

Turkey's Anadolu news agency reported that a Turkish delegation could travel to Beirut in the coming days, but Ankara gave no details.

Israel, which remains technically at war with Lebanon, offered humanitarian help through intermediaries; Beirut did not respond.

The explosion has compounded an economic collapse that has seen the Lebanese pound lose around 80 percent of its value since October, and left as many as 300,000 people homeless, according to the governor of Beirut.

Read also
Beirut blast: What is ammonium nitrate?
Lebanese foreign minister Nassif Hitti resigns, citing 'absence of will' to reform
Trump says explosion 'looks like a terrible attack'

Daily newsletter: Receive essential international news every morning. Subscribe

Keywords: Lebanon, Beirut, Emmanuel Macron, Michel Aoun, France

© 2020 Copyright France 24 - All rights reserved."""))

A.append(dict(id="h57-05", source="rte.ie",
url="https://www.rte.ie/news/ukraine/2022/0411/1291651-austria-nehammer-putin/",
published_at="2022-04-11", body="""RTÉ uses cookies. To learn more about cookies and how we use them, click here. Accept | Settings

News | Ukraine

Austrian chancellor says talks with Putin were 'very direct, open and tough'

Updated / Monday, 11 Apr 2022 19:52

Karl Nehammer is the first EU leader to meet Vladimir Putin in person since the invasion of Ukraine began

Austrian Chancellor Karl Nehammer has said his talks with Russian President Vladimir Putin at the Novo-Ogaryovo residence outside Moscow were "very direct, open and tough" and that he came away with no optimistic impression.

Mr Nehammer is the first European Union leader to meet Mr Putin face to face since Russian troops invaded Ukraine on 24 February. The meeting lasted about 75 minutes and took place behind closed doors, with no photographs released.

"This is not a friendly visit," Mr Nehammer said in a statement issued after the talks. He said he had told Mr Putin that the war "must end" and had raised the killings of civilians in Bucha and other towns near Kyiv, which Moscow denies carrying out.

On Saturday, the Austrian leader travelled to Kyiv, where he met Ukrainian President Volodymyr Zelensky and visited Bucha, promising further support and more EU sanctions against Russia.

Vienna said the trip had been coordinated with Berlin, Brussels and Kyiv. Mr Nehammer said he had informed German Chancellor Olaf Scholz and European Council President Charles Michel in advance, as well as Mr Zelensky.

Kremlin spokesman Dmitry Peskov said earlier that Mr Putin was open to the meeting but had no great expectations of it.

Austria is militarily neutral and not a member of NATO, though it has supported all EU sanctions. Its chancellery said Mr Nehammer did not bring a message from other European leaders and was not acting as a mediator.

In Luxembourg, EU foreign ministers, meeting for their monthly council, discussed a possible sixth package of sanctions including measures on oil, while the bloc's foreign policy chief Josep Borrell said the war would be "decided on the battlefield".

Minister for Foreign Affairs Simon Coveney said Ireland supported the strongest possible measures but that any embargo on Russian oil had to be agreed by all member states.

Ukraine's foreign ministry said it respected Austria's decision to speak to Mr Putin but that "any contact" should be used to press Moscow to stop its attacks on civilians.

Separately, Russia appointed General Alexander Dvornikov to take overall command of its forces in Ukraine, according to Western officials.

Related Stories
Johnson makes surprise walk through Kyiv with Zelensky
Russia 'preparing new offensive in the east', Ukraine warns
Irish humanitarian aid to Ukraine to rise to €20m

Tags
Ukraine
Russia
Austria
Karl Nehammer

Share | Email | Print

Download the RTÉ News app: iOS | Android

© RTÉ 2022"""))

A.append(dict(id="h57-06", source="english.elpais.com",
url="https://english.elpais.com/spain/2022-04-08/sanchez-and-mohammed-vi-seal-new-era-in-spain-morocco-relations.html",
published_at="2022-04-08", body="""We and our partners use cookies. By clicking Accept, you consent to the use of cookies. ACCEPT | MORE INFO

EL PAÍS English Edition | SPAIN

Sánchez and Mohammed VI seal 'new stage' in Spain-Morocco relations over iftar dinner in Rabat

The Spanish prime minister and the Moroccan king agreed a 16-point roadmap including the gradual reopening of land borders in Ceuta and Melilla

FRANCISCO PERALES | Rabat - APR 08, 2022 - 12:41 CEST

King Mohammed VI and Pedro Sánchez at the royal palace in Rabat on Thursday night. MOROCCAN ROYAL PALACE

Spanish Prime Minister Pedro Sánchez and King Mohammed VI of Morocco on Thursday opened what both governments are calling "a new stage" in relations between the two countries, after a year-long diplomatic crisis.

Sánchez was received by the king at the royal palace in Rabat for an iftar, the meal that breaks the Ramadan fast, in a gesture that Spanish officials described as exceptional. He was accompanied by Foreign Minister José Manuel Albares.

Following the meeting, the two governments published a joint declaration that includes the full restoration of maritime connections between the two countries, the gradual reopening of the land borders around Ceuta and Melilla, which have been closed since 2020, and cooperation on migration. Rabat and Madrid also agreed to set up working groups on the delimitation of maritime spaces off the Atlantic coast.

The two sides agreed to hold a high-level meeting before the end of the year, but no date was set.

The trip comes three weeks after Sánchez backed Morocco's autonomy plan for Western Sahara as "the most serious, realistic and credible basis" for resolving the dispute, a turn that ended the crisis sparked last year when Spain allowed Polisario Front leader Brahim Ghali to be treated for Covid-19 in a Spanish hospital. In the weeks that followed, around 10,000 people crossed into Ceuta from Morocco.

The shift angered Algeria, which backs the Polisario Front and recalled its ambassador from Madrid for consultations in March. Algeria supplies a large share of Spain's natural gas.

It also left Sánchez isolated at home. All the parties in Congress except the Socialists criticized the decision, and his coalition partner, Unidas Podemos, said it had not been consulted.

Meanwhile, Algeria is preparing to receive Italian Prime Minister Mario Draghi, who is due in Algiers on Monday to sign an agreement for additional gas supplies as Rome seeks to reduce its dependence on Russian imports. Italian media said Eni and the Algerian state energy company Sonatrach would increase flows through the Transmed pipeline.

Sánchez returned to Madrid on Friday morning.

MORE INFORMATION
Algeria's anger at Spain over Western Sahara: what is at stake
Zelensky to address Spanish Congress by video link

Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition

Tags: Pedro Sánchez, Morocco, Mohammed VI, Western Sahara, Algeria

Archived In | Share on Whatsapp | Share on Facebook | Share on Twitter | Share on Linkedin | Copy link

Comments 43"""))

A.append(dict(id="h57-07", source="rferl.org",
url="https://www.rferl.org/a/serbia-xi-jinping-visit-belgrade-vucic/32937841.html",
published_at="2024-05-08", body="""RFE/RL | Balkan Service

Xi Gets Red-Carpet Welcome In Belgrade On 25th Anniversary Of NATO Embassy Bombing

By Marko Stanojević
May 08, 2024 15:26 GMT

Serbian President Aleksandar Vucic (right) and Chinese President Xi Jinping at the Palace of Serbia in Belgrade on May 8.

BELGRADE -- Chinese President Xi Jinping was greeted by thousands of flag-waving supporters in front of the Palace of Serbia on May 8, as Belgrade rolled out the red carpet for the second stop of his first European tour in five years.

Xi, who landed late on May 7, held talks with Serbian President Aleksandar Vucic, after which the two sides signed a joint statement on building "a community with a shared future" and some 28 agreements on trade, infrastructure and media cooperation.

"Taiwan is China," Vucic told a crowd that had gathered outside, adding that Serbia had "no limits" to its friendship with China. Xi said the friendship had been "forged in blood", a reference to the NATO bombing of the Chinese Embassy in Belgrade on May 7, 1999, which killed three Chinese journalists.

The visit comes after two days in France, which ended on May 7. In Paris, French President Emmanuel Macron pressed Xi on trade imbalances and on China's support for Russia's war economy, and held a three-way meeting with him and European Commission President Ursula von der Leyen. Macron then took his guest to the Tourmalet pass in the Pyrenees, where he spent summers as a child.

Beijing has been Serbia's largest investor in recent years, with Chinese companies running a copper mine in Bor and a steel mill in Smederevo and building highways and a railway linking Belgrade and Budapest.

Serbia, which is a candidate for EU membership, has not joined Western sanctions against Russia. A free trade agreement between Belgrade and Beijing came into force last year.

Xi is due to travel to Budapest later on May 8 for a three-day visit, his only other stop. Hungarian Prime Minister Viktor Orban, a fellow skeptic of EU policies toward Beijing, is expected to sign agreements on Chinese investment in electric-vehicle and battery plants.

Critics in Serbia said the government had used the visit to distract from protests over environmental damage linked to Chinese-owned mines. Rights groups said Tibetan and Uyghur activists had been kept away from the city center.

Copyright (c) 2024. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.

Related
Scholz Visits Xi In Beijing With Trade On The Agenda
Explainer: What Does China Want From Europe?
Serbian Opposition Calls For Boycott Of Belgrade Vote

Comments | Share

Most Popular
Support RFE/RL's independent journalism"""))

A.append(dict(id="h57-08", source="politico.eu",
url="https://www.politico.eu/article/ulf-kristersson-viktor-orban-budapest-sweden-nato-gripen/",
published_at="2024-02-23", body="""POLITICO uses cookies to provide a better reading experience. Manage preferences | Accept

Brussels Playbook | Sign up

HUNGARY

Kristersson flies to Budapest, clears last hurdle for Sweden's NATO bid

Hungary's Orbán hails 'rebuilding of trust' and announces Gripen deal as parliament readies Monday vote.

February 23, 2024 4:12 pm CET
By Lili Halász and Erik Lindqvist

Swedish Prime Minister Ulf Kristersson (left) and Hungarian Prime Minister Viktor Orbán at the Carmelite Monastery in Budapest. | Attila Kisbenedek/AFP via Getty Images

BUDAPEST - Swedish Prime Minister Ulf Kristersson traveled to Budapest on Friday for talks with his Hungarian counterpart Viktor Orbán, removing the last political obstacle to Sweden's accession to NATO more than 20 months after Stockholm applied.

After a meeting at the Carmelite Monastery, Orbán's office, the two leaders announced that Hungary will buy four more Saab Gripen fighter jets and extend a support contract for the 14 already in service. The agreement was signed by Hungarian Defense Minister Kristóf Szalay-Bobrovniczky and his Swedish counterpart, Pål Jonson.

"Trust is not ordered, trust is built," Orbán told a joint press conference, calling the visit an important step toward rebuilding ties. Kristersson said the two countries did not agree on everything, "but as allies we will be bound to defend each other."

Hungary's parliament is expected to ratify the accession protocol on Monday, when lawmakers return from their winter break. Turkey completed its ratification in January, leaving Budapest as the only holdout among NATO's 31 members.

Orbán's Fidesz party had for months said it was waiting for an invitation to talks and complained about Swedish politicians' criticism of the state of Hungarian democracy. In January Orbán wrote to Kristersson inviting him to visit.

The pressure on Budapest had grown in recent weeks. Earlier this week, a bipartisan group of U.S. senators traveled to Budapest and urged the government to ratify without further delay, although they were not received by Orbán. U.S. Ambassador David Pressman said Washington had been "waiting patiently" for long enough.

In Brussels, diplomats said the episode was another example of Orbán extracting attention for Hungary's vetoes. The European Commission declined to comment, noting that NATO membership was a matter for the alliance.

Once Hungary ratifies and President Tamás Sulyok signs the law, Sweden can deposit its accession documents in Washington and become NATO's 32nd member.

Read next
Macron hosts Ukraine support conference in Paris on Monday
EU agrees 13th package of sanctions against Russia
Hungary's new president elected after clemency scandal

This article is part of POLITICO Pro | Share | 27 comments"""))

A.append(dict(id="h57-09", source="abc.net.au",
url="https://www.abc.net.au/news/2022-07-01/anthony-albanese-emmanuel-macron-paris-relationship-reset/101201566",
published_at="2022-07-01", body="""ABC News | Just In | World | Politics

Anthony Albanese and Emmanuel Macron declare 'new beginning' in Paris after submarine row

By Europe correspondent Hannah Whitcombe in Paris
Posted Fri 1 Jul 2022 at 10:02pm, updated Sat 2 Jul 2022 at 6:15am

Photo: French President Emmanuel Macron welcomed Anthony Albanese to the Élysée Palace on Friday. (AP: Michel Euler)

Key points:
The Prime Minister met the French President for lunch at the Élysée Palace
It is the first meeting between the leaders of both countries since the AUKUS deal caused a rift last year
Mr Macron says he is ready to look ahead

Prime Minister Anthony Albanese says Australia and France have opened "a new beginning" in their relationship after he met French President Emmanuel Macron in Paris, nine months after the cancellation of a multi-billion-dollar submarine contract plunged ties into crisis.

Mr Albanese was welcomed by Mr Macron on the steps of the Élysée Palace on Friday for a working lunch.

Speaking to reporters afterwards, Mr Macron said trust would have to be rebuilt over time, but that the two countries shared interests in the Indo-Pacific and on climate change. He did not repeat his claim that former prime minister Scott Morrison had lied to him.

Mr Albanese said the two leaders had agreed to work on a new defence, climate and energy agenda, and that he had invited Mr Macron to visit Australia "at a time that suits him".

Last month the government agreed to pay French shipbuilder Naval Group 555 million euros ($830 million) to settle the cancelled contract for 12 Attack-class submarines.

The Prime Minister arrived in Paris from Madrid, where he attended the NATO leaders' summit as one of four Asia-Pacific partner countries.

On the sidelines there, Mr Albanese took part in a meeting with the leaders of Japan, South Korea and New Zealand, the first such gathering of the so-called AP4, and briefly spoke with US President Joe Biden. Mr Albanese said Australia's NATO partnership was about "defending the rules-based order".

He used the summit to announce a further $100 million in military support to Ukraine, and said Australia would send 14 more armoured personnel carriers.

The Opposition welcomed the thaw in relations with Paris but warned against any rethink of AUKUS.

Mr Albanese's office did not say where he would travel next, other than that he would return to Australia early next week.

Related Stories
Penny Wong makes first visit to Solomon Islands as foreign minister
Naval Group settlement: what taxpayers paid
NATO names China a 'challenge' for first time

Topics: federal-government, foreign-affairs, defence-and-national-security, france, australia

Share | Facebook | Twitter | Email

Download the ABC News app: Get the top stories on your phone"""))

A.append(dict(id="h57-10", source="news.err.ee",
url="https://news.err.ee/1609220712/zelenskyy-in-tallinn-estonia-has-shown-how-to-defend-freedom",
published_at="2024-01-11", body="""ERR uses cookies to provide a better browsing experience. OK | Read more

ERR NEWS | Politics | News feed | Opinion

Zelenskyy in Tallinn: Estonia has shown how to defend freedom

BNS, ERR News
01.11.2024 13:37

Presidents Alar Karis and Volodymyr Zelenskyy at Kadriorg on Thursday. Source: Ken Mürk/ERR

Ukrainian President Volodymyr Zelenskyy was received by President Alar Karis in Tallinn on Thursday, on the second day of a tour of the three Baltic states that is his first visit to Estonia since Russia's full-scale invasion.

The two presidents met at the Kadriorg presidential palace before Zelenskyy held talks with Prime Minister Kaja Kallas at Stenbock House and addressed the Riigikogu.

"Estonia is a small country, but it has shown how to defend freedom," Zelenskyy told MPs, thanking Estonia for military aid that now totals more than 1 percent of GDP. He said Ukraine needed more artillery ammunition and air defense to get through the winter.

Kallas said Estonia would keep providing 0.25 percent of its GDP annually in military assistance to Ukraine for the next four years. The prime minister also called on other NATO members to follow the Estonian example.

The talks also covered Ukraine's path to the European Union, after EU leaders in Brussels agreed last month to open accession negotiations, and the use of frozen Russian assets.

Zelenskyy arrived in Tallinn from Vilnius, where on Wednesday he met Lithuanian President Gitanas Nausėda, announced a new package of support and visited a monument to the victims of the Soviet occupation. He is due in Riga on Thursday afternoon for talks with Latvian President Edgars Rinkēvičs and Prime Minister Evika Siliņa.

Security was tight in the Estonian capital, with parts of the Old Town closed to traffic. The visit had not been announced in advance.

Estonia has been one of Ukraine's strongest supporters in the EU and has pushed for the bloc to seize frozen Russian central bank assets. Officials from both countries also discussed joint production of ammunition and drones, according to the president's office.

Editor: Mari-Liis Tamberg, Andrew Whyte

Follow ERR News on Facebook and X and never miss an update!

Related
Kallas: Defense spending to rise to 3.2 percent of GDP
Tallinn Airport passenger numbers recover to pre-pandemic level
Government approves new Rail Baltica financing plan

Tags: Volodymyr Zelenskyy, Alar Karis, Kaja Kallas, Ukraine

Most read
Weather: Cold snap to continue into next week
Over 20 centimeters of snow fall in Tallinn overnight"""))

A.append(dict(id="h57-11", source="aljazeera.com",
url="https://www.aljazeera.com/news/2023/11/24/spanish-belgian-pms-visit-rafah-crossing-call-for-lasting-ceasefire",
published_at="2023-11-24", body="""Al Jazeera | News | Israel-Palestine conflict

Spanish, Belgian PMs visit Rafah crossing, call for lasting ceasefire

Pedro Sanchez and Alexander De Croo wrap up a regional tour that took in Israel, the occupied West Bank and Egypt.

Published On 24 Nov 2023 | 24 Nov 2023

Spanish PM Pedro Sanchez, Belgian PM Alexander De Croo and Egyptian officials at the Rafah crossing on Friday [Handout/Egyptian Presidency]

The prime ministers of Spain and Belgium have visited the Rafah crossing on Egypt's border with Gaza, calling for the truce that began on Friday morning to become a permanent ceasefire and for the unimpeded entry of humanitarian aid into the besieged enclave.

Pedro Sanchez, whose country currently holds the rotating presidency of the Council of the European Union, and Alexander De Croo, whose country takes it over in January, spoke to reporters on the Egyptian side of the crossing after talks in Cairo earlier in the day with Egyptian President Abdel Fattah el-Sisi.

"The indiscriminate killing of innocent civilians, including thousands of children, is completely unacceptable," Sanchez said. He said that if the EU did not act together, Spain would consider recognising the Palestinian state on its own.

On Thursday, the two leaders were in Israel, where they met Prime Minister Benjamin Netanyahu and President Isaac Herzog in Jerusalem and visited Kibbutz Be'eri, one of the communities attacked on October 7. They then travelled to Ramallah in the occupied West Bank for talks with Palestinian President Mahmoud Abbas.

Israel's Foreign Minister Eli Cohen accused the two leaders of "giving support to terrorism" and ordered the Spanish and Belgian ambassadors summoned for a reprimand. Israel's embassy in Madrid called the remarks "outrageous".

The four-day pause in fighting, brokered by Qatar, Egypt and the United States, began at 7am local time (05:00 GMT). Thirteen Israeli captives held in Gaza and 39 Palestinian prisoners were due to be released on Friday.

More than 14,800 Palestinians have been killed in Gaza since October 7, according to the Gaza health ministry. About 1,200 people were killed in Israel in the Hamas-led attack, according to revised Israeli figures.

De Croo said Belgium would provide an additional 25 million euros in humanitarian aid, and that those who violated international humanitarian law "must be held accountable". Both leaders said the EU should play a larger role in efforts to revive a political process leading to a two-state solution.

The visit was made in coordination with the European Commission, Spanish officials said, but the two leaders did not speak on behalf of all 27 member states, several of which have taken a more strongly pro-Israel line.

Source: Al Jazeera and news agencies

Related
Qatar says truce to begin Friday morning
Who are the Palestinian prisoners being freed by Israel?
Map: Tracking the war in Gaza day by day

Listen to our podcast | Share | Follow Al Jazeera English"""))

A.append(dict(id="h57-12", source="lemonde.fr",
url="https://www.lemonde.fr/en/international/article/2024/05/27/in-dresden-macron-urges-germans-to-defend-european-democracy_6672789_4.html",
published_at="2024-05-27", body="""Subscribe | Log in | Le Monde in English

Lire en français | Cookie preferences

INTERNATIONAL | FRANCE-GERMANY

In Dresden, Macron urges Germans to stand up for European democracy

The French president is on the first state visit to Germany by a French head of state in 24 years. He and German Chancellor Olaf Scholz are due to hold a joint Council of Ministers on Tuesday.

By Thomas Weisbrod (Berlin, correspondent)
Published on May 27, 2024, at 8:41 pm (Paris) | 4 min read

French President Emmanuel Macron and German President Frank-Walter Steinmeier at the Frauenkirche in Dresden, on May 27, 2024. LUDOVIC MARIN / AFP

Speaking in front of tens of thousands of people gathered in front of Dresden's Frauenkirche on Monday evening, Emmanuel Macron urged Germans, and in particular the young, to "wake up" to the threat posed by the rise of the far right, less than two weeks before the European elections.

The French president arrived in Berlin on Sunday for a three-day state visit, the first of its kind since Jacques Chirac's in 2000. It had originally been scheduled for July 2023 but was postponed at the last minute because of the riots that followed the death of a teenager in Nanterre.

On Sunday afternoon, Macron was welcomed by his host, Federal President Frank-Walter Steinmeier, at Bellevue Palace, before the two men mingled with the crowds at a "democracy festival" near the Chancellery. The visit has been intentionally staged around symbols of the Franco-German friendship rather than negotiations.

The schedule still reserves a day for politics. On Tuesday, after a stop in Münster, where he will receive the Westphalian Peace Prize, Macron will join Olaf Scholz and both governments' ministers at the Meseberg castle, the German government's guesthouse north of Berlin, for a Franco-German Council of Ministers. Defence, the financing of European rearmament and the EU's competitiveness are expected to dominate.

Those issues have exposed differences between Paris and Berlin in recent months, from the debate over sending Western troops to Ukraine to the question of joint borrowing for defence. Five years after the signing of the Aachen treaty, which was supposed to give new momentum to cooperation, officials on both sides acknowledge that the "couple" has often struggled to speak with one voice.

Macron, who hosted Chinese President Xi Jinping in Paris earlier this month, will receive US President Joe Biden for a state visit in early June, after D-Day commemorations in Normandy.

In Dresden, Macron switched between French and German. "Europe can die," he said, repeating the warning he issued at the Sorbonne in April. Steinmeier, for his part, hailed "a friendship that has become a matter of course, but must not be taken for granted".

Read more Subscribers only
European elections: In France, the RN's lead widens
Scholz and Macron at odds over defence eurobonds
Why the postponed state visit mattered to Berlin

Le Monde with AFP

Share | Copy link | Gift article

Newsletter: Le Monde in English. Every morning, our selection of news. Subscribe

Reactions (12)"""))
