# Short items (300-1,100 characters), h43-27 .. h43-40
S = []

S.append(dict(id="h43-27", source="thefirstnews.com",
url="https://www.thefirstnews.com/article/german-president-asks-poles-for-forgiveness-on-warsaw-uprising-anniversary",
published_at="2024-07-31", body="""TFN | The First News

German president asks Poles for forgiveness on Warsaw Uprising anniversary

German President Frank-Walter Steinmeier on Wednesday asked Poles for forgiveness for the crimes committed by Germans during the 1944 Warsaw Uprising, speaking at a ceremony in Warsaw marking its 80th anniversary.

Steinmeier, who was invited by President Andrzej Duda, said he was ashamed that the suffering of the insurgents and the civilians of Warsaw had been "forgotten for too long" in Germany. About 200,000 people, most of them civilians, were killed.

Duda thanked his guest but said the question of compensation remained open.

Source: PAP
Share: Facebook | X | Email"""))

S.append(dict(id="h43-28", source="presidentti.fi",
url="https://www.presidentti.fi/en/news/president-niinistos-telephone-discussion-with-president-putin/",
published_at="2022-05-14", body="""The President of the Republic of Finland

Press release 14.5.2022

President Niinistö's telephone discussion with President Putin

President of the Republic of Finland Sauli Niinistö and President of the Russian Federation Vladimir Putin had a telephone discussion on Saturday 14 May. The discussion was held at the initiative of Finland.

President Niinistö explained to President Putin that Russia's demands at the end of 2021 on closing NATO's door, and its full-scale attack on Ukraine in February, had changed Finland's security situation. He told President Putin that Finland would decide on applying for NATO membership within days.

According to President Niinistö, the conversation was frank and to the point, and it stayed calm.

Other news
14.5.2022 President Niinistö's telephone discussion with President Zelensky
12.5.2022 Joint statement by the President and the Prime Minister on Finland's NATO membership

Print | Share"""))

S.append(dict(id="h43-29", source="regeringen.se",
url="https://www.regeringen.se/pressmeddelanden/2023/12/sverige-och-usa-undertecknar-avtal-om-forsvarssamarbete/",
published_at="2023-12-05", body="""Government Offices of Sweden
Press release from Ministry of Defence
Published 05 December 2023

Sweden and the United States sign Defence Cooperation Agreement

Today, Minister for Defence Pål Jonson and US Secretary of Defense Lloyd J. Austin III signed a Defence Cooperation Agreement (DCA) between Sweden and the United States at the Pentagon in Washington, D.C.

The agreement makes it easier for the US to operate in Sweden, for example by allowing prepositioning of equipment and making it possible to deploy support to Sweden in a crisis. It covers 17 areas and facilities in Sweden.

"The agreement strengthens Sweden's security," said Minister for Defence Pål Jonson.

The agreement will be submitted to the Riksdag for approval.

Contact: Press secretary to the Minister for Defence
Share: Facebook | X | LinkedIn"""))

S.append(dict(id="h43-30", source="svt.se",
url="https://www.svt.se/nyheter/inrikes/danska-kungaparet-pa-statsbesok-i-stockholm",
published_at="2024-05-06", body="""SVT Nyheter

Danska kungaparet på statsbesök i Stockholm

Kung Frederik X och drottning Mary anlände till Stockholm på måndagen med kungaskeppet Dannebrog. Det är parets första statsbesök sedan Frederik blev kung i januari.

Kung Carl XVI Gustaf och drottning Silvia tog emot gästerna vid Logården på Stockholms slott. På kvällen väntar en galamiddag.

Under tisdagen ska kungaparen besöka bland annat ett företag inom grön energi. Statsminister Ulf Kristersson och flera ministrar deltar i programmet.

Nästa vecka reser det danska kungaparet vidare till Norge.

Dela artikeln: Facebook | X | Kopiera länk
Läs också: Så blir vädret i helgen"""))

S.append(dict(id="h43-31", source="kyivindependent.com",
url="https://kyivindependent.com/danish-spanish-prime-ministers-visit-kyiv/",
published_at="2022-04-21", body="""The Kyiv Independent

Become a member: support independent journalism in Ukraine

Danish and Spanish prime ministers visit Kyiv, pledge more weapons

April 21, 2022 8:52 pm

Danish Prime Minister Mette Frederiksen and Spanish Prime Minister Pedro Sánchez arrived in Kyiv on April 21 and met President Volodymyr Zelensky.

Both leaders visited Borodianka, a town outside Kyiv heavily damaged during the Russian occupation, before their talks with Zelensky.

Frederiksen announced additional military aid of about 600 million kroner. Sánchez said Spain would send another 200 tons of military material and reopen its embassy in Kyiv.

Share: Twitter | Facebook | Telegram"""))

S.append(dict(id="h43-32", source="thelocal.de",
url="https://www.thelocal.de/20150623/queen-arrives-in-berlin-for-state-visit",
published_at="2015-06-23", body="""The Local Germany | News in English

Queen arrives in Berlin for fifth state visit

Published: 23 Jun 2015 17:12 GMT+02:00

Queen Elizabeth II and Prince Philip arrived in Berlin on Tuesday for a four-day state visit, her fifth to Germany.

The couple were welcomed by President Joachim Gauck at Bellevue Palace on Wednesday morning, and the Queen is then due to meet Chancellor Angela Merkel. She will also take a boat trip on the River Spree and visit Frankfurt and the site of the former concentration camp at Bergen-Belsen.

Berliners are expected to line the streets around Pariser Platz.

Share | Comments (8)"""))

S.append(dict(id="h43-33", source="polandin.com",
url="https://polandin.com/prince-william-meets-president-duda-in-warsaw",
published_at="2023-03-23", body="""PolandIn

Prince William meets President Duda in Warsaw

The UK's Prince William, the Prince of Wales, met Polish President Andrzej Duda at the Presidential Palace in Warsaw on Thursday, on the second day of a visit to thank British and Polish troops and to pay tribute to Poland's support for Ukrainian refugees.

On Wednesday the prince visited a logistics hub in Rzeszów, near the border with Ukraine, and met soldiers from the British Army and the Polish 18th Mechanised Division.

In Warsaw he also visited a centre for Ukrainian refugees and had lunch with Ukrainian women.

Source: PAP | Share"""))

S.append(dict(id="h43-34", source="ukrinform.net",
url="https://www.ukrinform.net/rubric-polytics/3734125-zelensky-and-duda-honor-victims-of-volyn-tragedy-in-lutsk.html",
published_at="2023-07-09", body="""Ukrinform

Zelensky and Duda honor victims of Volyn tragedy in Lutsk

09.07.2023 13:27

President of Ukraine Volodymyr Zelensky and President of Poland Andrzej Duda on Sunday honored the victims of the Volyn tragedy at the Cathedral of Saints Peter and Paul in Lutsk.

"Together we honor all innocent victims of Volyn! Memory unites us! Together we will be stronger," Zelensky wrote on Telegram.

The Polish president's visit marks the 80th anniversary of the massacres of 1943.

Read also: Zelensky holds talks with Erdogan in Istanbul

Photo: Office of the President of Ukraine"""))

S.append(dict(id="h43-35", source="yle.fi",
url="https://yle.fi/a/74-20151143",
published_at="2025-03", body="""Yle News

Stubb plays golf with Trump in Florida, discusses Ukraine

President Alexander Stubb spent Saturday with US President Donald Trump in Florida, where the two played golf and discussed the war in Ukraine, according to the Office of the President.

Stubb travelled to Florida at Trump's invitation. The two also talked about icebreakers and Arctic security.

Stubb said he had told Trump that Finland was "not a naive" neighbour of Russia and that a ceasefire must be followed by security guarantees for Ukraine.

Read next: Finland to leave Ottawa landmine treaty
Share | Copy link"""))

S.append(dict(id="h43-36", source="euobserver.com",
url="https://euobserver.com/nordics/157029",
published_at="2023-06-05", body="""EUobserver

Nordics

Frederiksen meets Biden amid Nato top job speculation

Danish prime minister Mette Frederiksen met US president Joe Biden at the White House on Monday, amid speculation that she could succeed Jens Stoltenberg as Nato secretary general.

Biden praised Denmark's support for Ukraine, including its role in training pilots on F-16 jets. Neither leader commented on the Nato post.

British prime minister Rishi Sunak is due at the White House on Thursday.

Subscribe to EUobserver for full access | Share"""))

S.append(dict(id="h43-37", source="royal-house.nl",
url="https://www.royal-house.nl/news/2022/10/11/state-visit-to-sweden",
published_at="2022-10-11", body="""The Royal House of the Netherlands

State visit to Sweden

King Willem-Alexander and Queen Máxima today began a three-day state visit to Sweden at the invitation of King Carl XVI Gustaf and Queen Silvia.

The King and Queen were welcomed in Stockholm with a ceremony at the Royal Palace. They are accompanied by Minister of Foreign Affairs Wopke Hoekstra and Minister for Foreign Trade and Development Cooperation Liesje Schreinemacher.

The programme focuses on innovation, the energy transition and life sciences.

Photos: RVD / Patrick van Katwijk

Other news
King visits Eindhoven Brainport | Queen Máxima attends UN meeting in New York"""))

S.append(dict(id="h43-38", source="wbj.pl",
url="https://wbj.pl/duda-at-white-house-trump-says-us-troops-may-move-from-germany-to-poland/",
published_at="2020-06", body="""Warsaw Business Journal

WIG20 1,763.40 ▲ +1.2% | EUR/PLN 4.4521 | USD/PLN 3.9610

Duda at White House: Trump says some US troops may move from Germany to Poland

President Andrzej Duda met US President Donald Trump at the White House on Wednesday, the first foreign leader to visit since the coronavirus pandemic began, four days before Poland's presidential election.

Trump said some of the US troops he plans to withdraw from Germany could be moved to Poland. The two leaders also discussed energy, including LNG supplies and nuclear power.

Critics in Poland accused Trump of helping Duda's campaign.

Related: PGNiG signs LNG deal with US supplier

Subscribe to WBJ Premium"""))

S.append(dict(id="h43-39", source="sverigesradio.se",
url="https://sverigesradio.se/artikel/kristersson-at-the-white-house",
published_at="2023-07", body="""Radio Sweden

Kristersson at the White House: Biden backs Sweden's Nato bid

Prime Minister Ulf Kristersson met US President Joe Biden at the White House on Wednesday, ahead of next week's Nato summit in Vilnius.

Biden said the United States backed Sweden's membership without reservation and urged Turkey to approve it.

Biden travels to London, Vilnius and Helsinki next week. In London he will meet Prime Minister Rishi Sunak and King Charles, and in Helsinki he is due to hold a summit with the Nordic leaders.

Share | Listen in the Sveriges Radio Play app"""))

S.append(dict(id="h43-40", source="eu-newswire.top",
url="https://eu-newswire.top/world/sweden-officially-joins-nato-kristersson-washington",
published_at=None, body="""EU NEWSWIRE

Sweden officially becomes NATO's 32nd member

Sweden formally joined NATO on Thursday when Prime Minister Ulf Kristersson handed over the country's instrument of accession to US Secretary of State Antony Blinken at a ceremony at the State Department in Washington.

Blinken called it a historic moment for the alliance. Kristersson said Sweden would carry its share of the burden.

Kristersson is also due to attend President Joe Biden's State of the Union address as a guest of the first lady.

Source: Agencies | Trending: Gold hits record high | Bitcoin tops $67,000"""))
