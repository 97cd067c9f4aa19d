# Long pages (2,500-4,500 characters), h27-01 .. h27-12
A = []

A.append(dict(id="h27-01", source="ndtv.com",
url="https://www.ndtv.com/world-news/pm-modi-xi-jinping-talk-on-brics-sidelines-agree-to-intensify-disengagement-4326711",
published_at="2023-08-24", body="""Track Latest News Live on NDTV.com and get news from India and around the world

Sensex 65,252.34 ▼ -180.96 | Nifty 19,386.70 ▼ -57.30 | USD/INR 82.59 ▲ +0.06 | Gold 58,860 ▲ +210

World News | Press Trust of India | Updated: August 24, 2023 11:41 pm IST

PM Modi, Xi Jinping Talk On BRICS Sidelines, Agree To Step Up Border Disengagement

Johannesburg: Prime Minister Narendra Modi and Chinese President Xi Jinping spoke on the sidelines of the BRICS summit here and agreed that their officials should step up efforts to pull back troops along the Line of Actual Control, Foreign Secretary Vinay Kwatra said on Thursday.

Addressing a media briefing as the three-day summit drew to a close, Mr Kwatra said the Prime Minister had flagged India's concerns over the "unresolved issues" in the western sector of the border and stressed that peace and tranquillity in the border areas was the basis for normal relations.

"The two leaders agreed to direct their relevant officials to intensify efforts at expeditious disengagement and de-escalation," the foreign secretary said. He declined to say whether the conversation had been requested by New Delhi or Beijing.

A statement posted by the Chinese foreign ministry said President Xi had a "candid and in-depth exchange of views" with Mr Modi on the current relationship and "other questions of shared interest", and that both sides should keep the border situation under control. It was the first substantive conversation between the two since a brief handshake at the G20 dinner in Bali last November.

Earlier on Thursday, PM Modi held bilateral talks with South African President Cyril Ramaphosa, the summit host, covering defence, trade, agriculture and skills. Mr Ramaphosa congratulated India on the Chandrayaan-3 landing near the Moon's south pole, which the Prime Minister had watched live from Johannesburg on Wednesday evening.

The summit itself ended with an announcement that Argentina, Egypt, Ethiopia, Iran, Saudi Arabia and the United Arab Emirates had been invited to become full members of the bloc from January 1 next year, the first expansion since South Africa joined in 2010. Mr Ramaphosa, reading out the Johannesburg II declaration, said the leaders had agreed on "the guiding principles, standards, criteria and procedures" for enlargement.

Russian President Vladimir Putin, who faces an International Criminal Court arrest warrant, took part by video link. Foreign Minister Sergei Lavrov led the Russian delegation in person.

Mr Xi came to Johannesburg on a state visit that began on Monday night. On Tuesday he held talks with Mr Ramaphosa at the Union Buildings in Pretoria, where the two presidents looked on as ministers signed agreements on energy, the new-energy vehicle industry and infrastructure. Mr Xi skipped a business forum on the opening day of the summit, where his speech was delivered by Commerce Minister Wang Wentao.

Brazilian President Luiz Inacio Lula da Silva, who argued at the summit for a common BRICS unit for trade settlements, flies to Luanda on Friday for a state visit to Angola, his office said.

PM Modi will leave for Athens on Friday morning at the invitation of his Greek counterpart Kyriakos Mitsotakis. It will be the first visit by an Indian prime minister to Greece in four decades.

(With inputs from agencies)

Promoted
Listen to the latest songs, only on JioSaavn.com

Read next:
Chandrayaan-3's Pragyan rover rolls out, begins moonwalk
Putin, Erdogan to meet in Sochi next month, says Kremlin
Rupee ends flat ahead of US Fed chief's Jackson Hole speech

Topics mentioned in this article: BRICS Summit, PM Modi, Xi Jinping, India China border, Johannesburg

Share | Tweet | WhatsApp | Email

Comments
Get Breaking news, live coverage, and Latest News from India and around the world on NDTV.com."""))

A.append(dict(id="h27-02", source="channelnewsasia.com",
url="https://www.channelnewsasia.com/world/xi-jinping-lula-brasilia-state-visit-agreements-g20-4761882",
published_at="2024-11-20", body="""Get the CNA app for breaking news alerts | Not now

WORLD

Xi and Lula sign 37 agreements as Chinese leader rounds off Latin America trip in Brasilia

Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva attend a welcome ceremony at the Alvorada Palace in Brasilia on Nov 20, 2024. (Photo: Reuters/Adriano Machado)

20 Nov 2024 09:52PM (Updated: 20 Nov 2024 10:34PM)

BRASILIA: Chinese President Xi Jinping and his Brazilian counterpart Luiz Inacio Lula da Silva on Wednesday (Nov 20) signed 37 agreements covering trade, agriculture, technology and infrastructure, as the two countries marked 50 years of diplomatic ties with a state visit that followed the Group of 20 summit in Rio de Janeiro.

Lula greeted the Chinese leader with a military guard of honour at the Alvorada Palace, the presidential residence, before the two held talks lasting more than two hours. They announced that relations would be lifted to a "community with a shared future for a more just world and a more sustainable planet", in a joint statement read out by aides.

Brazil did not formally sign up to Beijing's Belt and Road Initiative, a step some in Lula's government had pushed for. Instead, officials said the two sides would look for "synergies" between the programme and Brazilian investment plans, including the country's new growth acceleration programme.

"China and Brazil are good friends who share weal and woe," Xi said in a statement distributed to reporters. Lula said the world needed both countries to work for peace, citing a joint proposal they put forward in May for talks to end the war in Ukraine.

China has been Brazil's biggest trading partner since 2009, buying vast quantities of soybeans, iron ore and oil. Agreements signed on Wednesday opened the Chinese market to Brazilian grapes, sorghum, sesame and fish flour, according to Brazil's agriculture ministry.

Xi had spent two days in Rio for the G20, where the summit was dominated by disputes over the wording of the leaders' declaration on Ukraine and the Middle East.

On the sidelines on Monday, he held his first meeting with British Prime Minister Keir Starmer, the first face-to-face talks between the leaders of the two countries since 2018. Starmer said he wanted "a consistent, durable" relationship and raised the case of jailed Hong Kong media tycoon Jimmy Lai, Downing Street said.

Xi also met Australian Prime Minister Anthony Albanese in Rio the same day. Albanese told reporters afterwards that the talks had been "constructive" and that trade blockages on Australian exports had now been largely removed.

The Chinese leader arrived in Brazil from Peru, where he attended the Asia-Pacific Economic Cooperation summit in Lima, inaugurated a Chinese-funded megaport at Chancay and met US President Joe Biden on Saturday in what was likely their last meeting before Donald Trump returns to the White House.

Lula, who visited China last year, accepted an invitation from Xi to travel to Beijing again in 2025, Brazilian officials said, without giving a date.

Xi is due to fly home on Thursday.

Source: Agencies/ec

Related Topics
China | Brazil | Xi Jinping | Lula da Silva | G20

Also worth reading
G20 leaders call for ceasefires in Gaza, Lebanon in Rio declaration
Biden visits Amazon rainforest, first sitting US president to do so
Peru's Boluarte, Xi open Chancay megaport

Newsletter
Receive essential world news, delivered to your inbox every Saturday. Sign up

Share this article: Facebook | X | WhatsApp | Telegram

Copyright© Mediacorp 2024. Mediacorp Pte Ltd. All rights reserved."""))

A.append(dict(id="h27-03", source="gulfnews.com",
url="https://gulfnews.com/world/gulf/saudi/qatar-emir-arrives-in-al-ula-as-gcc-summit-ends-rift-1.76452210",
published_at="2021-01-05", body="""Subscribe to Gulf News' newsletters | Get Gulf News on WhatsApp

Gold 24K AED 236.25 | USD/AED 3.6725 | Brent $53.60 ▲

Gulf | Saudi

Qatar's Emir arrives in AlUla as GCC summit moves to end three-year rift

Saudi crown prince greets Sheikh Tamim at the airport with an embrace; leaders sign AlUla declaration

Published: January 05, 2021 18:22 | Last updated: January 05, 2021 21:07

By Gulf News Report

Dubai: Qatar's Emir Sheikh Tamim bin Hamad Al Thani landed in the Saudi desert city of AlUla on Tuesday for the 41st summit of the Gulf Cooperation Council, and was greeted at the foot of the aircraft steps with an embrace by Saudi Crown Prince Mohammed bin Salman, in scenes broadcast live on Saudi state television.

It was the Emir's first trip to the kingdom since June 2017, when Saudi Arabia, the UAE, Bahrain and Egypt cut diplomatic, trade and transport links with Doha, accusing it of backing extremist groups and being too close to Iran. Qatar has always denied the charges.

After the greeting, the two leaders rode together to the summit venue, the mirrored Maraya concert hall, where they held talks before the opening session, Saudi state news agency SPA said.

The breakthrough came a day earlier. In a statement read on Kuwaiti state television on Monday evening, Kuwait's Foreign Minister Sheikh Ahmad Nasser Al Mohammad Al Sabah said Riyadh had agreed to reopen its airspace and land and sea border with Qatar from that night.

The minister said the Emir of Kuwait, Sheikh Nawaf Al Ahmad Al Jaber Al Sabah, had spoken by telephone on Monday with Sheikh Tamim and with the Saudi Crown Prince, and that both leaders had stressed their keenness on unity and on closing the file. Kuwait, with help from the United States, has mediated between the two sides since the dispute began.

Leaders and delegations of the six GCC states and Egypt signed the AlUla declaration at the end of the session. Egypt was represented by Foreign Minister Sameh Shoukry.

"We are in dire need today to unite our efforts to promote our region," Prince Mohammed said in his opening speech, naming the challenges posed by Iran's nuclear and ballistic missile programmes.

White House senior adviser Jared Kushner, who shuttled between Riyadh and Doha in the final weeks of the Trump administration to broker the deal, attended the signing ceremony.

Saudi Foreign Minister Prince Faisal bin Farhan told a news conference after the summit that all the measures taken against Qatar would be lifted and that diplomatic ties between the kingdom and Qatar would be fully restored. He said the three other boycotting states had also signed up.

Analysts cautioned that the underlying differences, including over Qatar's Al Jazeera network and its relations with Turkey, had not gone away. "This is a reconciliation at the top, and the technical work will take months," said one Gulf-based analyst.

Qatar Airways said it would begin rerouting flights through Saudi airspace from Wednesday.

Most Popular
01 UAE announces new COVID-19 testing rules for Dubai arrivals
02 Photos: Sheikh Tamim's arrival in AlUla
03 Saudi Arabia's first wave of vaccinations under way

Tags: GCC | Qatar | Saudi Arabia | AlUla | Mohammed bin Salman

Share: Facebook | Twitter | LinkedIn | WhatsApp

Copyright 2021 Al Nisr Publishing LLC. All rights reserved."""))

A.append(dict(id="h27-04", source="garoweonline.com",
url="https://www.garoweonline.com/en/news/somalia/somalia-and-ethiopia-reach-deal-in-ankara-talks-hosted-by-erdogan",
published_at="2024-12-12", body="""Garowe Online
Somalia | Puntland | Region | Opinion | Business | Videos

Donate to independent Somali journalism. Support Garowe Online.

Somalia and Ethiopia reach deal in Ankara talks hosted by Erdogan

GAROWE ONLINE | Thursday December 12, 2024

ANKARA, Turkey - Somalia and Ethiopia have agreed to set aside the dispute that has strained relations for nearly a year, after President Hassan Sheikh Mohamud and Prime Minister Abiy Ahmed held face-to-face talks in the Turkish capital late on Wednesday under the mediation of President Recep Tayyip Erdogan.

The two leaders signed what Turkish officials called the Ankara Declaration, in which they pledged to respect each other's sovereignty and territorial integrity and to work together for Ethiopia's "reliable, secure and sustainable access to and from the sea" under the sovereign authority of the Federal Republic of Somalia.

The declaration says technical negotiations will begin before the end of February, with Turkey's facilitation, and should be concluded within four months. Neither side gave details of how the sea access would work in practice.

Erdogan, standing between the two leaders at a joint appearance at the presidential complex, called the accord a "historic step" and said he hoped it would be the first in a new era of peace and cooperation in the Horn of Africa.

Each leader had earlier held separate talks with Erdogan before the trilateral session, which Turkish officials said went on for several hours. The Turkish president first met the Somali leader, who arrived in Ankara on Tuesday, and then received the Ethiopian premier.

Hassan Sheikh said the deal ended the tension caused by the memorandum of understanding Ethiopia signed with the breakaway region of Somaliland on January 1, under which Addis Ababa would have leased a stretch of coastline in exchange for possible recognition. Mogadishu called the memorandum an attack on its sovereignty, expelled Ethiopia's ambassador and threatened to push Ethiopian troops out of the African Union mission in the country.

Abiy said Ethiopia had no intention of harming Somalia. "We have no problem, and we have no interest in creating problems," he said, speaking in Amharic.

Two earlier rounds of indirect talks in Ankara in July and August ended without progress. This time, according to a diplomat briefed on the process, Turkish officials shuttled between the delegations for much of the day before the leaders sat down together.

Somaliland's government said it had not been consulted and that the memorandum with Ethiopia "remains valid". Officials in Hargeisa have repeatedly said the region is an independent state, although no country has recognised it.

Egypt, which signed a defence pact with Somalia in August and has sent weapons to Mogadishu, has not commented. Cairo and Addis Ababa are locked in a separate dispute over the Grand Ethiopian Renaissance Dam on the Nile.

The declaration was welcomed by the African Union Commission, IGAD and the United States.

Related:
- Sisi hosts Hassan Sheikh in Cairo as Egypt-Somalia ties deepen
- AUSSOM mission: troop contributors still undecided
- Puntland rejects federal election timetable

Tags: Somalia, Ethiopia, Turkey, Ankara Declaration, Hassan Sheikh, Abiy Ahmed

Share this: WhatsApp | Facebook | X

(c) 2024 Garowe Online. All rights reserved."""))

A.append(dict(id="h27-05", source="en.mercopress.com",
url="https://en.mercopress.com/2023/05/29/lula-welcomes-maduro-to-brasilia-ahead-of-south-american-summit",
published_at="2023-05-29", body="""MercoPress, en Español

Montevideo, May 29th 2023 - 22:14 UTC

Lula welcomes Maduro to Brasília ahead of South American summit

Brazilian President Luiz Inácio Lula da Silva on Monday received his Venezuelan counterpart Nicolás Maduro at the Planalto Palace, the first visit by the Venezuelan leader to Brazil since 2015, on the eve of a gathering of South American heads of state in Brasília.

Maduro, who arrived on Sunday night with his wife Cilia Flores, was greeted with military honours before the two presidents met privately and then with their delegations. Lula said he wanted to restore the ties that were cut under his predecessor Jair Bolsonaro, who did not recognise Maduro's government and withdrew Brazil's diplomats from Caracas.

At a joint press conference, Lula said Venezuela had been the victim of a "narrative" of anti-democracy and authoritarianism built against it, and that it was up to Maduro to present his own version so people could change their minds. The remark drew criticism in Brazil, including from allies in Congress, and from opposition groups in Venezuela.

"Our relationship is about to change its quality," Maduro said, inviting Brazilian companies to return to his country and proposing that Venezuela join the BRICS group.

The two governments discussed Venezuela's debts to Brazil's development bank BNDES, energy supply to the northern state of Roraima and the resumption of direct flights. No agreements were signed.

Tuesday's meeting at Itamaraty, the foreign ministry, was called by Lula to try to revive regional integration after years of ideological divisions that paralysed the Unasur bloc. All South American presidents except Peru's Dina Boluarte are expected to attend. Boluarte, who cannot leave the country under Peruvian rules without Congress approval, will be represented by cabinet chief Alberto Otárola.

Among those due in Brasília on Monday night are Chile's Gabriel Boric and Uruguay's Luis Lacalle Pou, both of whom have been critical of the Maduro government.

Before the summit opens, Lula will hold separate bilateral meetings on Tuesday morning with Argentina's Alberto Fernández and Colombia's Gustavo Petro, Brazilian officials said. Fernández is expected to raise his country's shortage of dollars and a possible Brazilian financing line for exports to Argentina.

Foreign ministry officials said they did not expect a joint declaration to be signed by all participants, but hoped for a statement committing the countries to meet again.

The visit was the latest in a series of steps by Lula to restore Brazil's relations with Caracas. In January the government reopened the Brazilian embassy in the Venezuelan capital, and Lula's chief foreign policy adviser Celso Amorim travelled to Caracas in March to meet Maduro.

Categories: Brazil, Venezuela, Politics.

Top Comments
Disclaimer & comment rules

Commenting for this story is now closed.

Related News
Mercosur summit set for Puerto Iguazú in July
Argentina's inflation hits 108.8% year-on-year
Falklands: fishing licence revenues rise

Please login or register to read the full comments."""))

A.append(dict(id="h27-06", source="miamiherald.com",
url="https://www.miamiherald.com/news/nation-world/world/americas/haiti/article291234567.html",
published_at="2024-09-05", body="""Sign up for the Americas newsletter | Subscribe for $1

HAITI

In Port-au-Prince, Blinken pledges more aid and pushes for a UN peacekeeping mission

By Jacqueline Charles and Michael Wilner
Updated September 05, 2024 5:47 PM

Secretary of State Antony Blinken, right, is greeted by Haiti's Prime Minister Garry Conille in Port-au-Prince on Thursday. ROBERTO SCHMIDT/AFP via Getty Images

Secretary of State Antony Blinken flew into Haiti's capital on Thursday, the most senior American official to set foot in the country since the gang violence that toppled its government this year, and announced an additional $45 million in humanitarian aid.

Blinken met Prime Minister Garry Conille and members of the Transitional Presidential Council, including its president Edgard Leblanc Fils, at a government building near the airport, under heavy security. He later visited the base where Kenyan officers who lead the Multinational Security Support mission are housed and met their commander, Godfrey Otunge.

Speaking to reporters, Blinken said Washington would support turning the Kenyan-led mission, which is short of both money and personnel, into a formal United Nations peacekeeping operation when its mandate comes up for renewal. "We need to make sure that there is sustained, assured funding," he said.

Conille told reporters the mission had made progress in retaking key infrastructure, including the main airport and the national port, but that gangs still controlled most of the capital. He urged partners to send the rest of the promised 2,500 officers. Only around 400, almost all from Kenya, have arrived.

Blinken also pressed the transitional leaders to set up the provisional electoral council and to hold elections by the end of next year, as they have pledged. A US official said the secretary had conveyed concern about infighting within the council.

Kenyan President William Ruto has said he intends to visit the officers in Haiti, and Kenyan media have reported that a trip could come before the end of the month. His office has not confirmed a date.

The US has provided more than $300 million to the mission, but it depends largely on voluntary contributions to a UN trust fund that has received only a fraction of what is needed.

Haitian community leaders in Miami said the visit was overdue. "We have heard many promises," said one advocate in Little Haiti. "People in Port-au-Prince want to go home to their neighbourhoods."

From Port-au-Prince, Blinken was due to fly on Thursday evening to Santo Domingo, where he is expected to meet Dominican President Luis Abinader on Friday to discuss security cooperation and Haiti.

This story was originally published September 5, 2024, 1:12 PM.

Related stories from Miami Herald
Haitians fleeing gang violence face deportation from the Dominican Republic
Kenyan police chief says reinforcements needed
Haiti's transitional council picks new electoral body

Take Us With You: real-time updates, digital newspaper replica and more. Download the app.

Comments"""))

A.append(dict(id="h27-07", source="thenationalnews.com",
url="https://www.thenationalnews.com/news/gulf/2025/05/14/trump-meets-syrias-al-shara-in-riyadh-before-heading-to-doha/",
published_at="2025-05-14", body="""Sign up for our newsletter | Download The National app

GULF | 14 May, 2025

Trump meets Syria's Al Shara in Riyadh before heading to Doha

US president holds first meeting between leaders of the two countries in 25 years, a day after announcing end to sanctions

Nada AlTaher and Khaled Yacoub Oweis
May 14, 2025

US President Donald Trump met Syria's President Ahmad Al Shara in Riyadh on Wednesday, the first meeting between American and Syrian heads of state in a quarter of a century, a day after he announced that Washington would lift sanctions on Damascus.

The meeting, which lasted just over half an hour, was held at a royal palace with Saudi Crown Prince Mohammed bin Salman present. Turkish President Recep Tayyip Erdogan joined by telephone, according to Syria's presidency.

Mr Al Shara, who flew in from Damascus that morning, was received separately by the crown prince, Saudi state media reported. Saudi Arabia has led the Arab push to bring the new Syrian government in from the cold since the fall of Bashar Al Assad in December.

Mr Trump told reporters on Air Force One later that the Syrian leader was "a young, attractive guy, tough guy" with "a real shot" at holding his country together. The White House said the president urged Mr Al Shara to join the Abraham Accords, to tell foreign militants to leave Syria and to help prevent a resurgence of ISIS.

The US president arrived in Riyadh on Tuesday on the first stop of his first major foreign trip of his second term. He was met on the tarmac by Prince Mohammed, and the two held talks at Al Yamamah Palace before signing a strategic economic partnership. The White House said Saudi commitments amounted to $600 billion of investment in the US, including a defence sales package worth nearly $142 billion.

In a speech at the Saudi-US Investment Forum on Tuesday, Mr Trump said he would order "the cessation of sanctions against Syria in order to give them a chance at greatness", drawing a standing ovation.

On Wednesday he also attended a summit with leaders of the Gulf Co-operation Council states before leaving for Qatar, where he was due to be received by Emir Sheikh Tamim bin Hamad in Doha in the afternoon.

The president is scheduled to travel to Abu Dhabi on Thursday for talks with President Sheikh Mohamed bin Zayed, the last leg of the tour.

Mr Trump also raised the possibility of a detour to Istanbul, where Russian and Ukrainian delegations could meet this week. "If something happened, I'd go on Friday, if it was appropriate," he said, adding that he did not know whether Russian President Vladimir Putin would attend.

Syrians took to the streets of Damascus and other cities on Tuesday night to celebrate the sanctions announcement. Syria's Foreign Minister Asaad Al Shaibani called it "a new beginning".

Gulf markets
DFM 5,398.12 ▲ +0.6% | ADX 9,607.44 ▲ +0.3% | Tadawul 11,491.27 ▲ +0.8% | Brent $66.10

More from The National
- What Trump's Gulf tour means for the region's AI ambitions
- Saudi Arabia and US sign record arms deal
- Who is Ahmad Al Shara?

Topics: Donald Trump, Syria, Saudi Arabia, Qatar

Updated: May 14, 2025, 3:55 PM"""))

A.append(dict(id="h27-08", source="rfi.fr",
url="https://www.rfi.fr/en/africa/20230304-macron-and-tshisekedi-exchange-sharp-words-in-kinshasa",
published_at="2023-03-04", body="""Accept cookies | Manage settings | This site uses cookies to measure audience and offer personalised content.

RFI | Africa

Macron and Tshisekedi exchange sharp words in Kinshasa at end of Africa tour

Issued on: 04/03/2023 - 19:16 | Modified: 04/03/2023 - 20:02

French President Emmanuel Macron and DR Congo President Felix Tshisekedi at a news conference at the Palais de la Nation in Kinshasa on 4 March, 2023. © Ludovic Marin/AFP

French President Emmanuel Macron held talks with his Congolese counterpart Félix Tshisekedi in Kinshasa on Saturday, the last stop of a four-nation tour of Central Africa, in a visit overshadowed by the conflict in the country's east and by public anger at France's perceived closeness to Rwanda.

At a joint press conference at the Palais de la Nation, the two men clashed openly. Macron said that since 1994 the Democratic Republic of Congo had "not been able to restore the sovereignty, neither military, nor security, nor administrative" of its own territory, and that the blame could not always be placed on outsiders.

Tshisekedi replied that the relationship between France and Africa had to change, and urged Paris to "look at us differently, by respecting us, by considering us as true partners and not always with a paternalistic look".

The Congolese government accuses Rwanda of backing the M23 rebel group, which has seized large parts of North Kivu province since late 2021. Kigali denies the charge, although UN experts have documented the presence of Rwandan troops. Macron said those responsible for the violence should face sanctions if a ceasefire agreed in Luanda was not respected, but he did not name Rwanda directly.

Macron announced 34 million euros in humanitarian aid for the east of the country and said a French airlift would help deliver supplies to Goma.

Several hundred demonstrators gathered outside the French embassy earlier in the week, some waving Russian flags. Police kept protesters away from the presidential palace on Saturday.

The French leader arrived in Kinshasa on Saturday morning by ferry from Brazzaville, across the Congo River, where he had spent Friday evening with President Denis Sassou Nguesso. The tour began on Wednesday in Libreville, Gabon, where he attended the One Forest Summit, before a stop in Luanda, Angola.

In a speech in Paris before leaving, Macron had promised a new era of "humility" in France's relations with the continent, with a reduced military footprint and co-managed bases.

Several Congolese opposition figures criticised the visit as giving legitimacy to Tshisekedi ahead of the general election scheduled for December. Presidential hopeful Martin Fayulu said France should stop "being ambiguous".

Macron was due to fly back to Paris on Saturday night after visiting a cultural centre in the capital.

Read also
Macron wants "humility" in new Africa policy, reduced troop presence
DR Congo: M23 rebels ignore ceasefire deadline
Gabon: Macron and Bongo co-host One Forest Summit

Newsletter: Receive international news straight to your inbox every morning

Tags: France, DR Congo, Emmanuel Macron, Félix Tshisekedi, Africa

Share on: Facebook | Twitter | LinkedIn | Email"""))

A.append(dict(id="h27-09", source="brazilian.report",
url="https://brazilian.report/liveblog/politics-insider/2023/09/20/lula-biden-zelensky-new-york/",
published_at="2023-09-20", body="""The Brazilian Report
Politics | Economy | Environment | Society | Newsletters | Podcast

Subscribe to read unlimited stories. Already a subscriber? Log in.

POLITICS INSIDER

Lula sits down with Biden and, finally, Zelensky in New York

By Brenno Grillo and Gustavo Ribeiro
September 20, 2023 • 6 min read

Photo: Ricardo Stuckert/PR

President Luiz Inácio Lula da Silva packed two of his most closely watched meetings of the year into a single afternoon in New York on Wednesday, a day after opening the UN General Assembly debate.

First came U.S. President Joe Biden. The two leaders met at a Manhattan hotel on the margins of the General Assembly and launched a joint initiative on workers' rights, which they pitched as an effort to put labor at the center of the transition to clean energy. "The two largest democracies in the Americas are standing up for workers' rights," Mr. Biden said.

Brazilian officials said the pair also talked about Amazon protection and Haiti. Mr. Biden had hosted Lula at the White House in February, weeks after the Brazilian took office.

Then, a few hours later, came Volodymyr Zelensky. The Ukrainian president met Lula for about an hour at the hotel where the Brazilian delegation was staying, their first face-to-face encounter after months of misunderstanding. A planned meeting at the G7 summit in Hiroshima in May never materialized, with each side blaming the other's schedule.

"It was a good conversation," Lula wrote on social media afterwards. "We talked about the importance of building paths to peace and to keep an open dialogue between our countries." Mr. Zelensky thanked Brazil for its support for Ukraine's territorial integrity and invited Lula to attend a peace summit, which the Brazilian did not commit to.

Lula had irritated Kyiv and Western allies earlier in the year by suggesting that Ukraine and the U.S. shared responsibility for prolonging the war, remarks he later softened.

Brazilian diplomats described both meetings as positive. Foreign Minister Mauro Vieira and special adviser Celso Amorim attended the meeting with the Ukrainian leader.

Why it matters. Lula has made peace mediation a signature of his third term, but his positions on the war have been met with suspicion in Washington and Kyiv. Sitting down with both Mr. Biden and Mr. Zelensky on the same day gives him the chance to show he can talk to all sides.

Before reaching New York, Lula stopped in Havana, where Cuba hosted a summit of the G77 plus China group of developing countries. He met Cuban President Miguel Díaz-Canel there and called for an end to the U.S. embargo.

Lula will return to Brasília on Thursday. He is due to undergo hip surgery at the end of the month, which will keep him away from travel for several weeks.

What else we're tracking
Biden meets Netanyahu on UNGA sidelines, invites him to the US
Senate committee advances Supreme Court nominee hearing
Central bank expected to cut Selic by 50 bps

Tags: Lula, Joe Biden, Volodymyr Zelensky, UNGA, Foreign policy

Share: X | LinkedIn | WhatsApp | Email"""))

A.append(dict(id="h27-10", source="addisstandard.com",
url="https://addisstandard.com/news-abiy-al-sisi-agree-to-resume-gerd-technical-talks-after-sochi-meeting/",
published_at="2019-10-24", body="""Addis Standard
News | Politics | Economy | Opinion | Interviews | Addis Standard Amharic

Support independent journalism in Ethiopia. Subscribe or donate.

News: Abiy, al-Sisi agree to resume GERD technical talks after Sochi meeting

Addis Standard Staff
October 24/2019

Addis Abeba - Prime Minister Abiy Ahmed and Egyptian President Abdel Fattah al-Sisi met on Thursday on the sidelines of the first Russia-Africa Summit in the Russian Black Sea resort of Sochi, and agreed that the technical committee on the Grand Ethiopian Renaissance Dam would resume its work, the Office of the Prime Minister said.

According to the statement, the two leaders discussed the dam and other bilateral issues and "agreed to resume the work of the tripartite technical committee" made up of Ethiopia, Egypt and Sudan. An Egyptian presidency spokesman, Bassam Radi, said in Cairo that the leaders had "affirmed their commitment to the negotiating track" and would work to reach an agreement.

The meeting came after a week of heightened rhetoric. On Tuesday, Abiy told parliament that "no force can stop Ethiopia from building the dam" and that, if there was need to go to war, Ethiopia could mobilise millions of people, although he added that negotiations were the only way forward. Egypt's foreign ministry called the remarks "unacceptable" and said it was surprised by them.

Speaking to journalists in Sochi after the meeting, the prime minister said his words in parliament had been "taken out of context" and that Ethiopia had no intention of harming Egypt's interests.

The last round of talks between the water ministers of the three countries ended in Khartoum earlier this month without agreement, with Egypt calling for international mediation. Ethiopia has rejected the idea of an outside mediator, saying that the three countries are able to resolve their differences.

Abiy also held talks on Wednesday with Russian President Vladimir Putin, who hosted the summit, where the two discussed cooperation in energy, including the peaceful use of nuclear energy, and defence. On the same day, ministers from the two countries signed an intergovernmental agreement on cooperation in the use of atomic energy.

Al-Sisi, who co-chairs the summit with Putin as current chairperson of the African Union, held talks with the Russian leader on Wednesday ahead of the opening plenary, the Kremlin said.

More than 40 African heads of state and government are attending the two-day summit, during which Russia has pledged to double its trade with the continent within five years.

The dam, on the Blue Nile near the Sudanese border, is around 68 per cent complete, according to officials.

Related:
Ethiopia's parliament passes controversial election law
Putin meets Mozambique's Nyusi, pledges gas cooperation
Ethiopia, Eritrea: border crossings remain closed

Share this: Facebook | Twitter | Telegram

Leave a Reply. Your email address will not be published.
Addis Standard (c) 2019"""))

A.append(dict(id="h27-11", source="scmp.com",
url="https://www.scmp.com/news/china/diplomacy/article/3215034/honduras-cuts-taiwan-ties-establishes-relations-beijing",
published_at="2023-03-26", body="""South China Morning Post
China | Diplomacy

Honduras switches recognition from Taiwan to Beijing as Tsai prepares to fly to Central America

Foreign ministers Qin Gang and Eduardo Enrique Reina sign a joint communique in Beijing establishing diplomatic ties

Taiwan now has only 13 formal diplomatic allies

Published: 8:30pm, 26 Mar, 2023 | Updated: 10:44pm, 26 Mar, 2023

Why you can trust SCMP

China and Honduras established diplomatic relations on Sunday, hours after the Central American country severed its decades-long ties with Taiwan, leaving the self-ruled island with just 13 official allies.

Chinese Foreign Minister Qin Gang and his Honduran counterpart Eduardo Enrique Reina signed a joint communique at the Diaoyutai State Guesthouse in Beijing, in which Honduras recognised that there is only one China and that Taiwan is an inalienable part of Chinese territory.

Reina flew to Beijing last week, days after President Xiomara Castro announced on Twitter on March 14 that she had instructed him to seek official relations with the People's Republic. He told reporters after the signing that the president would make a visit to China in the coming months, but gave no date.

Qin said the establishment of ties was "a correct choice" that "conforms to the trend of history". He said China would not attach political conditions to its cooperation.

In Taipei, Foreign Minister Joseph Wu said the island would not engage in "dollar diplomacy" with Beijing and accused Honduras of asking for billions of US dollars in aid. Taiwan closed its embassy in Tegucigalpa and recalled its ambassador.

Honduran officials have cited the country's debt and the need for investment, including for a hydroelectric project, as reasons for the change.

The announcement came days before Taiwanese leader Tsai Ing-wen sets off on a 10-day trip on Wednesday to the island's remaining allies Guatemala and Belize. She is due to meet Guatemalan President Alejandro Giammattei and Belizean Prime Minister John Briceno.

Tsai will stop over in New York and Los Angeles on the way. She is expected to meet US House Speaker Kevin McCarthy in California on her return leg, a move Beijing has warned would provoke a "serious confrontation".

Beijing has now won over nine of Taiwan's allies since Tsai took office in 2016. The others include Panama, El Salvador, the Dominican Republic and, in 2021, Nicaragua.

Paraguay, Taiwan's only ally in South America, holds a presidential election next month. Its main opposition candidate, Efrain Alegre, has said he would consider switching ties to Beijing if elected.

Analysts said the Honduras switch would add to pressure on the Paraguayan government, which depends on soybean and beef exports that Beijing could open up.

More from SCMP
Guatemala reaffirms support for Taiwan after Honduras switch
China's Qin Gang calls Taiwan the 'first red line' in US ties
Explained: why Central America keeps switching sides

Topics: Taiwan, Honduras, China-Taiwan relations, Latin America

Sign up now and get a 10% discount on an annual plan | Subscribe

Share: Facebook | Twitter | Email | LinkedIn

This article appeared in the South China Morning Post print edition."""))

A.append(dict(id="h27-12", source="arabnews.com",
url="https://www.arabnews.com/node/2266376/saudi-arabia",
published_at="2023-03-10", body="""ARAB NEWS
Saudi Arabia | Middle East | World | Business | Opinion

Saudi Arabia and Iran agree to resume relations in China-brokered deal

Embassies to reopen within two months, foreign ministers to meet, joint statement says

ARAB NEWS | March 10, 2023 16:18

RIYADH: Saudi Arabia and Iran agreed on Friday to resume diplomatic relations and reopen their embassies within two months, ending a seven-year rupture, after talks in Beijing hosted by China.

A joint trilateral statement issued by the Kingdom, Iran and China said the agreement was signed by Dr. Musaed bin Mohammed Al-Aiban, Saudi Minister of State, Cabinet member and national security adviser, and Admiral Ali Shamkhani, secretary of Iran's Supreme National Security Council.

Both countries agreed to respect each other's sovereignty and not to interfere in each other's internal affairs, the statement said. They also agreed to activate a security cooperation agreement signed in 2001 and a general agreement on economy, trade, investment, technology, science, culture, sports and youth signed in 1998.

"The foreign ministers of both countries will meet to implement this and arrange for the return of their ambassadors and discuss means of enhancing bilateral relations," the statement said.

The talks took place in Beijing from March 6 to 10 under the sponsorship of Chinese President Xi Jinping. Wang Yi, director of the office of the Central Foreign Affairs Commission, attended the signing and described the outcome as "a victory for dialogue and a victory for peace".

Saudi Foreign Minister Prince Faisal bin Farhan wrote on Twitter that the Kingdom's choice of "a political solution and dialogue" reflected its approach. In Tehran, Foreign Minister Hossein Amir-Abdollahian said the neighbourhood policy of the Iranian government was "moving firmly in the right direction".

The statement thanked Iraq and Oman for hosting rounds of dialogue between the two sides in 2021 and 2022.

Riyadh cut ties with Tehran in January 2016 after protesters stormed its embassy in the Iranian capital in response to the Kingdom's execution of a Shiite cleric.

China's role in brokering the deal underscores its growing influence in the Gulf. President Xi visited Riyadh in December for a state visit and summits with Gulf and Arab leaders, and Iranian President Ebrahim Raisi was in Beijing last month.

The White House said it had been kept informed by Saudi officials but was not directly involved. National Security Council spokesman John Kirby said Washington welcomed any efforts to help end the war in Yemen.

Oil prices were little changed on the news, with Brent crude trading near $82 a barrel.

Most Popular
Saudi Arabia announces new national airline, Riyadh Air
Who's Who: Musaed Al-Aiban
Houthis say Yemen truce talks continue

Tags: Saudi Arabia, Iran, China, Diplomacy

Share: Twitter | Facebook | WhatsApp | Linkedin

Arab News newsletter: Subscribe to receive the latest news

Copyright: Arab News © 2023 All rights reserved"""))
