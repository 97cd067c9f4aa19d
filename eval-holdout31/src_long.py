# Long pages (2,500-4,500 characters), h31-01 .. h31-12
A = []

A.append(dict(id="h31-01", source="theguardian.com",
url="https://www.theguardian.com/politics/2023/mar/10/sunak-macron-paris-summit-small-boats-package",
published_at="2023-03-10", body="""Skip to main content
Skip to navigation

Support the Guardian
Fund independent journalism with $5 per month
Support us →

News | Opinion | Sport | Culture | Lifestyle

Politics

Sunak and Macron agree £480m small boats package at first UK-France summit in five years

Britain to help pay for a new detention site in northern France as leaders promise a 'fresh start' after the Brexit years

Helen Ashdown in Paris
Fri 10 Mar 2023 17.48 GMT

Rishi Sunak and Emmanuel Macron have agreed a three-year arrangement under which Britain will contribute close to half a billion pounds towards stopping small boat crossings of the Channel, as the two leaders used the first Franco-British summit since 2018 to put years of post-Brexit bickering behind them.

The prime minister arrived in Paris on Friday morning with a group of cabinet ministers and was greeted by the French president in the courtyard of the Élysée Palace, where the two men embraced before sitting down for talks that ran on into a working lunch.

Under the package, the UK will provide £478m over three years. The money will help pay for a detention centre on French soil, a new command post bringing together British and French officers, and several hundred additional gendarmes and border police on the beaches of the north coast.

At a joint press conference in the palace's ballroom, Sunak described the day as "a new beginning" and said the entente between the two countries had been "renewed for a new era". Macron, switching between French and English, said the relationship had gone through "a few years of misunderstandings" but that both sides had chosen "to look forward".

He made clear, however, that any agreement to return people who cross the Channel would have to involve the whole of the EU. "This is not a question that can be settled bilaterally between France and the UK," he said.

Much of the questioning turned to other capitals. Both leaders said they would keep arming Ukraine for as long as necessary, and announced that British and French instructors would jointly train Ukrainian marines. Asked about China, Macron, who has said he intends to travel to Beijing in the spring, said he wanted Xi Jinping to use his influence on Moscow, adding that Europe had to speak to China "with a single voice". Sunak said Britain would set out a tougher line on Beijing in its updated security and defence review next week.

The summit also cleared the way for the first state visit of King Charles's reign. The King is due to arrive in Paris on 26 March for three days in France, including a stop in Bordeaux, Buckingham Palace confirmed.

Sunak will leave for the United States on Sunday. On Monday in San Diego he will join Joe Biden and the Australian prime minister, Anthony Albanese, to set out the next stage of the Aukus submarine pact, and is expected to hold separate talks with the US president while there.

Labour said the deal was "another expensive announcement" that had yet to show results, while the Refugee Council said it would do nothing to create safe routes.

This article was amended on 11 March 2023 to correct the spelling of a French minister's name.

Explore more on these topics
Rishi Sunak | Emmanuel Macron | Immigration and asylum | France | Foreign policy | news

Share
Reuse this content

Most viewed
Xi Jinping handed third term as China's president by rubber-stamp parliament
Saudi Arabia and Iran agree to restore ties after talks brokered by Beijing
Silicon Valley Bank collapses in biggest US bank failure since 2008
Gary Lineker to step back from Match of the Day, BBC says
Weather warning as snow and ice sweep northern England

Sign up to First Edition, our free daily newsletter – every weekday morning at 7am GMT"""))

A.append(dict(id="h31-02", source="bbc.co.uk",
url="https://www.bbc.co.uk/news/uk-politics-44816102",
published_at="2018-07-13", body="""BBC Homepage
Skip to content
Accessibility Help
Your account
Home | News | Sport | Weather | iPlayer | Sounds

NEWS
Home | UK | World | Business | Politics | Tech | Science | Health

Politics

Trump visit: US-UK ties at 'highest level of special', says president

13 July 2018
Share this with Facebook | Messenger | Twitter | Email

Image copyright Reuters
Image caption The two leaders took questions in the grounds of Chequers

Donald Trump has said the relationship between the US and UK is at "the highest level of special", hours after a newspaper interview in which he said Theresa May's Brexit plans would probably kill off a trade deal with America.

At a joint news conference at Chequers, the prime minister's country residence in Buckinghamshire, the US president said he had "a lot of respect" for Mrs May and that the interview in the Sun had not reflected the warm things he had said about her. He called the story "fake news", although he did not deny the remarks attributed to him.

"Whatever you do is OK with me," Mr Trump said of Brexit. "Just make sure we can trade together, that's all that matters." Mrs May said the two had agreed to pursue an "ambitious" trade agreement once the UK had left the EU.

The two leaders spent the morning at the Royal Military Academy Sandhurst, where they watched a demonstration of joint working by British and American special forces, before travelling on to Chequers for lunch and talks on trade, Nato, Iran and counter-terrorism.

Much of the news conference was taken up with Monday's summit in Helsinki between Mr Trump and the Russian President, Vladimir Putin. Mr Trump said he would "absolutely" raise allegations of Russian interference in the 2016 election, but added that he did not expect Mr Putin to admit to anything. He would also discuss Syria and Ukraine, he said.

Mrs May said she had welcomed the meeting, but said Mr Trump should go into it "from a position of strength and unity", pointing to the Novichok attack in Salisbury, which the UK has blamed on the Russian state.

Asked about immigration, Mr Trump repeated his view that it had been "very bad for Europe" and was "changing the culture". He also returned to his complaints about Germany and defence spending, which had dominated his two days at the Nato summit in Brussels.

Later on Friday Mr Trump and his wife Melania joined the Queen for tea at Windsor Castle after she inspected a guard of honour with the president. The couple were then flown to Scotland, where they are expected to spend the weekend at his Turnberry golf resort before he leaves for Finland on Sunday.

Thousands of people marched through central London in protest against the visit, and a giant balloon depicting the president as a baby was flown over Parliament Square.

The US president arrived in the UK on Thursday afternoon and was guest of honour at a black-tie dinner at Blenheim Palace in Oxfordshire.

Related Topics
Donald Trump's UK visit | Theresa May | Brexit | UK-US relations

More on this story
Trump baby balloon takes to the skies over Westminster
Trump's UK visit: What you need to know
Netanyahu meets Putin in Moscow ahead of World Cup final

Top Stories
Twelve Russian intelligence officers charged with hacking Democrats
Thai cave boys 'getting stronger' in hospital

Share this story About sharing"""))

A.append(dict(id="h31-03", source="cnn.com",
url="https://www.cnn.com/2021/06/16/politics/biden-putin-geneva-summit-ambassadors/index.html",
published_at="2021-06-16", body="""Live TV
Edition: US
Search CNN

Politics

Biden and Putin agree to send ambassadors back after brief Geneva summit

By Laura Whitfield and Matthew Keane, CNN
Updated 5:02 PM ET, Wed June 16, 2021

(CNN) President Joe Biden and Russian President Vladimir Putin agreed on Wednesday to return their ambassadors to each other's capitals and to open talks on arms control, after a summit in Geneva that lasted about three hours, much shorter than US officials had planned for.

The two leaders met at Villa La Grange, an 18th-century mansion in a park overlooking Lake Geneva, first in a small session with their top diplomats, Secretary of State Antony Blinken and Foreign Minister Sergey Lavrov, and then with wider delegations. There was no shared meal and no joint news conference.

Speaking first, Putin told reporters the talks had been "constructive" and free of hostility. He said Anatoly Antonov, Russia's ambassador to Washington, and his US counterpart John Sullivan, both recalled to their capitals earlier this year, would return to their posts. Moscow and Washington also released a joint statement on strategic stability, repeating that a nuclear war "cannot be won and must never be fought".

Biden, speaking separately on the lakeside an hour later, said the tone of the meeting had been "good, positive" and that he had done what he came to do. He said he handed Putin a list of 16 kinds of critical infrastructure, from energy to water, that should be off-limits to cyberattacks, and warned of consequences if ransomware attacks from Russian soil continued.

He said he had told Putin that the consequences would be "devastating" if jailed opposition leader Alexey Navalny died in prison. He also raised the cases of Paul Whelan and Trevor Reed, two Americans held in Russia.

Putin, asked about Navalny, deflected, comparing the crackdown on his movement to the prosecution of people who stormed the US Capitol on January 6. On Ukraine, he said there was "nothing to discuss" about its possible membership of NATO.

Biden, who spoke to Ukrainian President Volodymyr Zelensky by phone last week and has invited him to Washington this summer, said he had made clear US support for Ukraine's sovereignty.

The Swiss president, Guy Parmelin, greeted the two leaders on the steps of the villa on Wednesday afternoon and wished them "a fruitful dialogue". Biden had held talks with Parmelin and Foreign Minister Ignazio Cassis on Tuesday, after arriving from Brussels, where he attended his first NATO summit as president and met Turkish President Recep Tayyip Erdogan on the sidelines.

Putin flew back to Moscow straight after his news conference. Biden left Geneva on Wednesday evening, ending an eight-day trip that began at the G7 summit in Cornwall.

Hide Caption
Photos: The Biden-Putin summit in Geneva
Photos: Denis Balibouse/Reuters; Saul Loeb/AFP/Getty Images

Paid Content

More from CNN
Biden calls Bennett to congratulate Israel's new prime minister
Fed signals two rate hikes by end of 2023
Juneteenth to become federal holiday

Terms of Use | Privacy Policy | Cookie Settings | Ad Choices
© 2021 Cable News Network. A Warner Media Company. All Rights Reserved."""))

A.append(dict(id="h31-04", source="apnews.com",
url="https://apnews.com/article/biden-macron-state-visit-ukraine-putin-inflation-reduction-act-4d1b7c55f0e94e3a",
published_at="2022-12-01", body="""AP NEWS
Top Stories | Topics | Video | Listen

ADVERTISEMENT

Biden says he's open to talking with Putin, but only with allies' blessing

By RUTH MERCER and JONAH PEREZ
December 1, 2022

WASHINGTON (AP) — President Joe Biden said Thursday he is prepared to speak with Vladimir Putin if the Russian leader shows he is looking for a way to end the war in Ukraine, but made clear he would only do so after consulting NATO allies, as he rolled out the pageantry of a state visit for French President Emmanuel Macron.

"I'm prepared to speak with Mr. Putin if in fact there is an interest in him deciding he's looking for a way to end the war. He hasn't done that yet," Biden told a joint news conference in the East Room of the White House. Macron said he would keep talking to Putin himself to avoid escalation and to protect the Zaporizhzhia nuclear plant, but said any settlement had to be accepted by Ukrainians.

Macron's trip is the first state visit of Biden's presidency. He and his wife, Brigitte, were welcomed on the South Lawn on Thursday morning with a 21-gun salute and a military review before the two presidents moved into the Oval Office for talks that ran well past their scheduled time.

Trade tensions hung over the visit. Macron has spent much of his time in Washington criticizing the subsidies for American-made electric vehicles and clean energy in the Inflation Reduction Act, which he told lawmakers on Wednesday were "super aggressive" toward European companies.

Biden acknowledged there were "glitches" in the law and said there were "tweaks we can make" so that European countries could take part. "The United States makes no apology, and I make no apology since I wrote it," he said, but added the law was never meant to exclude allies.

The two leaders also said they would coordinate on China's rising assertiveness, on the protests in Iran and on shipments of grain and fertilizer to Africa.

Macron arrived Tuesday night. On Wednesday he visited NASA headquarters with Vice President Kamala Harris, and the Bidens took the Macrons to dinner at an Italian seafood restaurant in Georgetown.

The visit closes with a state dinner on Thursday evening in a pavilion on the South Lawn, with Maine lobster on the menu and Grammy winner Jon Batiste performing. Macron travels on Friday to New Orleans, where he will highlight French language programs in Louisiana.

Associated Press writers Sylvie Corbet in Paris and Aamer Madhani contributed to this report.

Copyright 2022 The Associated Press. All Rights Reserved.

RELATED COVERAGE
What's on the menu at Biden's first state dinner
Pope calls for peace in Ukraine at Advent audience
Macron's wife Brigitte tours school with Jill Biden

ADVERTISEMENT"""))

A.append(dict(id="h31-05", source="independent.co.uk",
url="https://www.independent.co.uk/news/uk/politics/obama-brexit-back-of-the-queue-cameron-press-conference-a6996231.html",
published_at="2016-04-22", body="""Independent
Subscribe | Register | Log in

UK Politics

Obama warns Britain would be at 'back of the queue' for US trade deal if it leaves EU

The US president used a Foreign Office press conference with David Cameron to make his strongest intervention yet in the referendum campaign

Tom Ridley, Political Correspondent
Friday 22 April 2016 18:31 BST
Comments

Barack Obama has warned that Britain would go to "the back of the queue" for a trade deal with the United States if it votes to leave the European Union, in a blunt intervention that delighted Downing Street and infuriated Brexit campaigners.

Speaking alongside David Cameron at a press conference in the Foreign Office after the two leaders held talks in Downing Street, the US president said Washington's focus would be on negotiating with the EU as a whole. "It could be five years from now, 10 years from now, before we're able to actually get something done," he said.

Mr Obama insisted he was offering the advice of a friend. "The outcome of this decision is a matter of deep interest to the United States, because it affects our prospects as well," he said. Mr Cameron said the special relationship had "never been stronger" and that the president's warning should be heard by every voter.

Leave campaigners reacted angrily. Nigel Farage called the comments "monstrous interference", while Boris Johnson, the mayor of London, who had used a newspaper column on Friday morning to question the president's attitude to Britain, said the US would never accept the kind of rules imposed on the UK by Brussels.

The two leaders also discussed the fight against Isis, the migrant crisis in the Mediterranean and the formation of a unity government in Libya. Mr Obama said the fragile cessation of hostilities in Syria was under strain and that he had urged Vladimir Putin to press the Assad government to observe it when the two spoke by telephone on Monday.

Earlier in the day the president and Michelle Obama had lunch with the Queen and the Duke of Edinburgh at Windsor Castle, a day after the monarch's 90th birthday. The Duke drove the couple the short distance from the helicopter landing site to the castle. In the evening they were due to dine with the Duke and Duchess of Cambridge and Prince Harry at Kensington Palace.

Mr Obama arrived in London late on Thursday from Riyadh, where he had attended a summit with Gulf leaders. He will hold a town hall meeting with young people on Saturday before flying to Germany on Sunday. In Hanover he will be received by Angela Merkel and open the city's trade fair, and on Monday he is due to hold talks with the Chancellor, Mr Cameron, François Hollande and Matteo Renzi.

Your support makes all the difference
At a time when the referendum debate is full of noise, we are committed to bringing you independent reporting. Your donation helps us keep our journalism free for everyone to read.
Donate now

More about
Barack Obama | David Cameron | EU referendum | Brexit | US-UK relations

Join our commenting forum
Join thought-provoking conversations, follow other Independent readers and see their replies

Most popular
Prince, pop icon, dies aged 57
Junior doctors' strike: talks to resume next week
Kerry signs Paris climate agreement at UN ceremony in New York"""))

A.append(dict(id="h31-06", source="rfi.fr",
url="https://www.rfi.fr/en/france/20170713-trump-macron-paris-talks-climate-syria",
published_at="2017-07-13", body="""Listen to RFI live | Download the app
EN | FR | ES | PT | RU | ZH

France

Trump hints at climate shift as Macron rolls out red carpet in Paris

Issued on: 13/07/2017 - 20:55

US President Donald Trump held talks with President Emmanuel Macron in Paris on Thursday and suggested that "something could happen" on the Paris climate agreement he pulled out of last month, on the eve of the Bastille Day parade at which American troops will lead the march down the Champs-Élysées.

Trump and his wife Melania landed at Orly airport in the morning. The Macrons welcomed them at the Hôtel des Invalides with a military ceremony, and the two couples toured the tomb of Napoleon before the presidents went to the Élysée Palace for talks on counter-terrorism, Syria and trade.

At a joint news conference, Trump was asked whether he might reconsider his decision to withdraw from the Paris accord. "Something could happen with respect to the Paris accord. We'll see what happens," he said, without giving details. Macron said the two men had "disagreements" on the issue but respected each other's positions.

On Syria, Macron said France no longer regarded the departure of Bashar al-Assad as a precondition for a political settlement and wanted to work with Washington on a roadmap for after the war. Trump praised the ceasefire in southwestern Syria that he agreed with Russia's Vladimir Putin at their meeting at the G20 summit in Hamburg last week, and said a second one could follow.

The American president, asked about his son's meeting with a Russian lawyer during the 2016 campaign, defended Donald Trump Jr. as "a wonderful young man" and said most people would have taken the meeting.

Macron has made a point of inviting foreign leaders to France with the trappings of state. Six weeks ago he received Putin at the palace of Versailles, where he publicly criticised Russian state media. The French president's office has confirmed that Israeli Prime Minister Benjamin Netanyahu will join him in Paris on Sunday to mark the 75th anniversary of the Vel d'Hiv roundup of Jews in 1942.

The Trumps and the Macrons were to dine on Thursday evening at the Jules Verne restaurant on the second floor of the Eiffel Tower. On Friday, American and French soldiers will open the parade to mark a hundred years since the United States entered the First World War.

A heavy security operation was in place across the capital, with 12,000 police and gendarmes deployed.

Related
Bastille Day: US troops to march on Champs-Élysées
Macron and Merkel hold joint cabinet meeting in Paris
Nice marks one year since Promenade des Anglais attack

Tags: France, United States, Emmanuel Macron, Donald Trump, Diplomacy

Share: Facebook | Twitter | WhatsApp | Email

Newsletter: Receive all the international news directly in your inbox
Subscribe"""))

A.append(dict(id="h31-07", source="reuters.com",
url="https://www.reuters.com/article/us-britain-eu-france-johnson/macron-tells-johnson-irish-backstop-indispensable-idUSKCN1VC0L2",
published_at="2019-08-22", body="""Business | Markets | World | Politics | Tech | Breakingviews | Wealth | Life

World News
August 22, 2019 / 3:14 PM / Updated

Macron tells Johnson Irish backstop is 'indispensable' but leaves door ajar

By Marine Dupuis, Elizabeth Piper
4 Min Read

PARIS (Reuters) - French President Emmanuel Macron told Boris Johnson on Thursday that the Irish border backstop was indispensable to protecting the European single market, but said he was open to alternatives if Britain could come up with workable ones within a month.

Johnson, on his first foreign trip since becoming prime minister last month, was greeted by Macron at the Elysee Palace with a military guard of honour before the two men held a working lunch.

"We will not find a new withdrawal agreement in 30 days that is very far from the original," Macron told reporters before the talks, standing beside Johnson. He said the backstop, an insurance policy to prevent a hard border on the island of Ireland, was "not just a technical constraint or a legal whim".

Johnson said he had been "powerfully encouraged" by his talks in Berlin on Wednesday, where Chancellor Angela Merkel suggested a solution to the Irish border problem might be found "in the next 30 days". He said Britain would not put checks at the Irish border "under any circumstances" and that there were "abundant technical solutions".

"Let's get it done. Let's get Brexit done sensibly and pragmatically," Johnson said, adding that he wanted a deal but was ready to leave without one on Oct. 31.

A photograph of Johnson resting his foot on a coffee table during the talks was widely shared on social media. Elysee officials said it had been a friendly meeting.

The two leaders will see each other again within days. Macron is hosting Group of Seven leaders in the Atlantic resort of Biarritz from Saturday to Monday, where Johnson is expected to hold his first talks as prime minister with U.S. President Donald Trump, a strong supporter of Brexit.

Macron, who received Russian President Vladimir Putin at his summer residence at Bregancon on Monday, has said Europe needs to rethink its relationship with Moscow, while Trump has called for Russia to be readmitted to the group.

Sterling rose after Merkel's comments on Wednesday and held most of its gains on Thursday.

Reporting by Marine Dupuis and Michel Rose in Paris, Elizabeth Piper in London; Editing by Alison Williams

Our Standards | Reuters Trust Principles

MORE FROM REUTERS
Trump calls off Denmark trip after PM rejects Greenland sale idea
Merkel, Johnson agree to work on backstop alternatives
Amazon fires: Macron calls for G7 to discuss 'international crisis'

Apps | Newsletters | Advertise with Us | Advertising Guidelines | Cookies | Terms of Use | Privacy"""))

A.append(dict(id="h31-08", source="cbc.ca",
url="https://www.cbc.ca/news/politics/trudeau-trump-white-house-meeting-trade-1.3980412",
published_at="2017-02-13", body="""CBC | Menu | Search | Sign In

News | Top Stories | Local | Climate | World | Canada | Politics | Indigenous | Business

Politics

Trudeau, Trump pledge to 'tweak' rather than tear up trade at 1st White House meeting

Prime minister avoids public clash over refugees as president says Canada-U.S. trade far less troubled than with Mexico

Alison Mercier · CBC News · Posted: Feb 13, 2017 4:09 PM ET | Last Updated: February 13, 2017

Social Sharing

Prime Minister Justin Trudeau and U.S. President Donald Trump held their first face-to-face meeting at the White House on Monday, with the president saying he would be "tweaking" the trade relationship with Canada but reserving his criticism for Mexico.

Trump greeted Trudeau at the door of the West Wing with a handshake, and the two leaders spent part of the day in a roundtable on women entrepreneurs, co-chaired with the president's daughter Ivanka Trump, before a working lunch with senior ministers.

At a joint news conference afterward, Trump said the trade relationship with Canada was "much less severe" than the one with the country's southern neighbour. "We'll be tweaking it. We'll be doing certain things that are going to benefit both of our countries," he said of the North American Free Trade Agreement.

Asked about Trump's travel ban on people from seven Muslim-majority countries, Trudeau said "the last thing Canadians expect is for me to come down and lecture another country on how they choose to govern themselves," while adding that Canada would continue its own policies on refugees.

Trump, who spoke to Mexican President Enrique Peña Nieto in a tense phone call last month after the Mexican leader scrapped a planned trip to Washington, said he wanted a "fair" border and that the U.S. would be "much more secure".

The two governments issued a joint statement covering energy, border security, defence and the fight against ISIS, and announced a council for the advancement of women entrepreneurs and business leaders.

Foreign Affairs Minister Chrystia Freeland and Finance Minister Bill Morneau were among the ministers who accompanied Trudeau.

From Washington, the prime minister returns to Ottawa before heading to Europe. He is scheduled to address the European Parliament in Strasbourg on Thursday, a day after MEPs vote on the Canada-EU trade agreement, and will travel to Berlin on Friday for talks with German Chancellor Angela Merkel.

The visit coincided with questions about the future of Trump's national security adviser, Michael Flynn, over his contacts with Russia's ambassador in Washington.

With files from The Canadian Press

CBC's Journalistic Standards and Practices | About CBC News
Corrections and clarifications | Submit a news tip | Report error

Popular Now
1. Trudeau and Trump: What they said, and what they didn't
2. Ottawa family stuck at Vermont border after travel ban
3. Snowstorm closes schools across Ottawa region
4. Kevin O'Leary leads in new Conservative poll

Related Stories
Tillerson and Kelly to travel to Mexico City next week"""))

A.append(dict(id="h31-09", source="telegraph.co.uk",
url="https://www.telegraph.co.uk/news/worldnews/asia/china/11947210/Xi-Jinping-and-David-Cameron-hail-golden-era-as-40bn-deals-signed.html",
published_at="2015-10-21", body="""The Telegraph
News | Sport | Business | Opinion | Politics | Money | Travel

Subscribe now - Free for one month
Accept cookies: We use cookies to personalise your experience. Find out more.

World News » Asia » China

Xi Jinping and David Cameron hail 'golden era' as £40bn of deals signed

Chinese president defends steel exports and brushes off human rights questions at Downing Street press conference

By Rosalind Carter, Political Correspondent, and Ian Porteous in Beijing
7:41PM BST 21 Oct 2015

David Cameron and Xi Jinping declared the start of a "golden era" in relations between Britain and China on Wednesday, as the two governments announced deals worth almost £40 billion on the second day of the Chinese president's state visit.

Mr Xi and the Prime Minister held two hours of talks in Downing Street, after which Mr Cameron said the agreements, which range from nuclear power and rail to financial services and the creative industries, would create thousands of jobs in Britain.

The centrepiece was the deal under which China General Nuclear will take a one-third stake in EDF's planned £18bn reactor at Hinkley Point in Somerset. Executives from the two companies signed the agreement in the presence of both leaders later in the day, paving the way for Chinese-designed reactors at Bradwell in Essex.

At a joint press conference, Mr Xi was asked about the collapse of British steel jobs, which unions blame on cheap Chinese exports. He said overcapacity was "a global issue" and that China was also cutting production. Asked about human rights, he said that China had "found a development path suited to its national conditions" and that there was "always room for improvement".

Mr Cameron said he had raised steel "very directly" and that a strong relationship with Beijing allowed Britain to discuss difficult issues. Both leaders said they had discussed the Iran nuclear deal, North Korea and climate talks in Paris later this year.

The Chinese leader, who arrived on Monday evening, was welcomed by the Queen at Horse Guards Parade on Tuesday and rode with her in the state coach along the Mall. He addressed MPs and peers in the Royal Gallery of the Palace of Westminster and was guest of honour at a state banquet at Buckingham Palace that night.

On Thursday Mr Cameron will host him at Chequers, his official country residence, and the two men are expected to stop at a local pub. The president ends his visit in Manchester on Friday, where he will tour the Manchester City football academy and visit a university research centre.

Mr Xi's stay in Britain follows a state visit to Washington last month, where he and Barack Obama announced an understanding on cyber theft.

Labour leader Jeremy Corbyn, who met the president briefly at Buckingham Palace, said he had raised human rights. Protesters supporting Tibetan independence gathered on Whitehall.

Related Articles
Queen hosts state banquet for Chinese president
The Plough at Cadsden prepares for a very important visitor
Netanyahu to meet Kerry in Berlin as Jerusalem violence flares

Share this article: Facebook | Twitter | Email | LinkedIn

Most Viewed
1. Back to the Future day: what the film got right
2. China's growth slows to 6.9pc
3. Hinkley Point: what the deal means for bills

© Copyright of Telegraph Media Group Limited"""))

A.append(dict(id="h31-10", source="nbcnews.com",
url="https://www.nbcnews.com/politics/donald-trump/trump-leaves-nato-meeting-early-after-trudeau-hot-mic-video-n1095841",
published_at="2019-12-04", body="""NBC NEWS
Politics | U.S. News | World | Business | Tech | Health | Shopping

Get the Morning Rundown newsletter
Sign up

POLITICS

Trump cuts NATO trip short, calls Trudeau 'two-faced' after hot-mic video

The president canceled a closing news conference after leaders at a palace reception appeared to joke about his lengthy remarks to reporters.

Dec. 4, 2019, 12:48 PM EST
By Carla Benson and Rafael Ortiz

WATFORD, England — President Donald Trump cut short his trip to the NATO leaders' meeting outside London on Wednesday, scrapping a planned news conference hours after a video surfaced showing Canadian Prime Minister Justin Trudeau and other leaders apparently mocking his marathon press appearances.

"He's two-faced," Trump said of Trudeau on Wednesday morning, before a meeting with German Chancellor Angela Merkel on the sidelines of the summit at a golf resort in Hertfordshire. "Honestly, with Trudeau, he's a nice guy. I find him to be a very nice guy. But, you know, the truth is that I called him out on the fact that he's not paying 2 percent."

The video, recorded at a reception hosted by Queen Elizabeth II at Buckingham Palace on Tuesday evening, shows Trudeau, French President Emmanuel Macron, British Prime Minister Boris Johnson and Dutch Prime Minister Mark Rutte chatting with Princess Anne. "He was late because he takes a 40-minute press conference off the top," Trudeau could be heard saying.

Trump had met Trudeau a few hours earlier at Winfield House, the U.S. ambassador's residence in London, where he pressed the Canadian leader on defense spending in front of cameras.

On Tuesday he also held a prickly meeting with Macron at the residence, in which he called the French leader's recent description of NATO as suffering "brain death" very insulting and offered him "some nice ISIS fighters" from Syria. Macron shot back that the priority should be the fighters from Europe still in the region.

After meeting Merkel on Wednesday, Trump also held talks with Danish Prime Minister Mette Frederiksen, whom he had called "nasty" in August when she dismissed his idea of buying Greenland as absurd and he canceled a state visit to Copenhagen. Both sides said the meeting had gone well.

Separately, Johnson hosted Macron, Merkel and Turkey's Recep Tayyip Erdogan at Downing Street on Tuesday for talks on Syria, which ended without a breakthrough. Trump did not hold formal talks with Johnson, who is in the middle of an election campaign and was keen to keep his distance, though the president attended a reception at Downing Street on Tuesday night.

"I think we've done a lot," Trump said as he left for Washington, telling reporters there was no need for another news conference because he had given so many.

The summit, marking the alliance's 70th anniversary, ended with a declaration that for the first time referred to the challenges posed by China.

Related
Macron stands by NATO 'brain death' remarks
Legal scholars testify at first impeachment hearing
Erdogan drops objection to NATO Baltic defense plan

Sponsored Stories

© 2019 NBC UNIVERSAL"""))

A.append(dict(id="h31-11", source="theguardian.com",
url="https://www.theguardian.com/world/2022/apr/10/austrian-chancellor-karl-nehammer-to-meet-putin-in-moscow",
published_at="2022-04-10", body="""Skip to main content
Skip to navigation

Support the Guardian
Available for everyone, funded by readers
Contribute → Subscribe →

News | Opinion | Sport | Culture | Lifestyle

Russia-Ukraine war

Austrian chancellor to meet Putin in Moscow, first EU leader to do so since invasion

Karl Nehammer's trip announced a day after he and Boris Johnson made separate visits to Kyiv

Lydia Marsh in Vienna and Dan Okafor in Kyiv
Sun 10 Apr 2022 16.05 BST

Austria's chancellor, Karl Nehammer, will travel to Moscow on Monday for talks with Vladimir Putin, his office said on Sunday, becoming the first leader of an EU country to meet the Russian president face to face since the invasion of Ukraine began in February.

Nehammer, whose country is militarily neutral but a member of the EU, said he wanted to "do everything" to help end the war. His spokesperson said the trip had been coordinated with Berlin, Brussels and Kyiv and that the chancellor would raise the killings of civilians in Bucha.

On Saturday Nehammer visited Bucha, where he said he had seen "unimaginable suffering", and held talks with Volodymyr Zelenskiy in Kyiv. He told the Ukrainian president that Austria would send more humanitarian aid and protective equipment and would support further sanctions.

Hours later, the British prime minister, Boris Johnson, appeared in the Ukrainian capital in a visit kept secret until he was inside Zelenskiy's office. After their talks the two men walked through the deserted centre of Kyiv, past the Maidan, escorted by soldiers and security staff, and stopped to speak to passersby.

Johnson announced that Britain would send 120 armoured vehicles and new anti-ship missile systems, and would guarantee an extra $500m of World Bank lending to Ukraine. "It is because of President Zelenskiy's resolute leadership and the invincible heroism and courage of the Ukrainian people that Putin's monstrous aims are being thwarted," he said.

At a news conference with Johnson, Zelenskiy urged other democracies to follow Britain's example and called for a full embargo on Russian oil and gas. He said some European governments were still holding back tougher measures.

Johnson had hosted the German chancellor, Olaf Scholz, in Downing Street on Friday, when the two leaders discussed weapons deliveries and ending European dependence on Russian energy. On the same day the European Commission president, Ursula von der Leyen, and the EU's foreign policy chief, Josep Borrell, travelled to Kyiv by train with the Slovak prime minister, Eduard Heger.

The Kremlin did not immediately confirm Nehammer's meeting.

Ukraine war: what we know on day 46
Russia appoints new commander for Ukraine operation
Kramatorsk station attack death toll rises to 57

Most viewed
French voters go to the polls in first round of presidential election
Pakistan's Imran Khan ousted as prime minister in no-confidence vote
Ukraine: what we know on day 46 of the Russian invasion

Topics
Ukraine | Russia | Austria | Boris Johnson | Volodymyr Zelenskiy | Europe | news

Reuse this content"""))

A.append(dict(id="h31-12", source="bbc.com",
url="https://www.bbc.com/news/articles/c4g2y7k3x9lo",
published_at="2025-02-27", body="""BBC
Home | News | Sport | Business | Innovation | Culture | Travel

Trump accepts King's state visit invitation as Starmer makes Ukraine case in Oval Office

27 February 2025
Share | Save

Becky Lorimer
Political correspondent, reporting from Washington

Getty Images
Sir Keir Starmer handed the President a letter from the King during the meeting in the Oval Office

Donald Trump has accepted an invitation from King Charles for an "unprecedented" second state visit to the UK, after Sir Keir Starmer handed him a letter from the monarch in front of the cameras in the Oval Office.

"This is really special. This has never happened before," the president said, reading the letter. No date has been set.

The prime minister travelled to Washington for his first White House meeting with Trump since the president's return to office, with the war in Ukraine and the threat of US tariffs at the top of his agenda.

Sir Keir pressed the case for a US "backstop" to any European peacekeeping force sent to Ukraine after a ceasefire. Trump did not commit to that, but said Britain and France could "take care of themselves".

At a news conference in the East Room, the president said he believed Vladimir Putin would "keep his word" if a deal was reached. He said the two had spoken at length this month and again raised the prospect of meeting him, without setting any timetable.

Trump said Ukrainian President Volodymyr Zelensky would come to the White House on Friday to sign an agreement giving the US a share of revenue from Ukraine's mineral resources. "We're going to have a very good meeting," he said.

On trade, Trump said the two countries could reach "a real trade deal" in which tariffs would not be necessary. He also said he was "inclined to go along" with the UK's plan to hand sovereignty over the Chagos Islands to Mauritius.

Sir Keir's visit comes three days after French President Emmanuel Macron was at the White House with a similar message on Ukraine. Earlier this week the prime minister announced that the UK would raise defence spending to 2.5% of GDP by 2027, a move officials believe helped set a positive tone.

Labour MPs welcomed the outcome, while the Conservatives renewed their criticism of the Chagos deal.

Sir Keir flies back to London on Friday morning. He will host European leaders at Lancaster House on Sunday for a summit on Ukraine.

More on this story
What is the Ukraine minerals deal?
Who is going to the London summit on Ukraine?
Macron tells Trump peace must not mean Ukraine's surrender

Related
Starmer speaks to Zelensky ahead of Washington trip
Reeves hints at further cuts to spending

Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites. Read about our approach to external linking."""))
