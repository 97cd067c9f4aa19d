# Short items (300-1,100 characters), h61-27 .. h61-40
S = []

S.append(dict(id="h61-27", source="ria.ru",
url="https://ria.ru/20240820/li-tsyan-1967412208.html",
published_at="2024-08-20", body="""РИА Новости | Политика | В мире | Экономика

Премьер Госсовета КНР Ли Цян прибыл в Москву

МОСКВА, 20 авг - РИА Новости. Премьер Госсовета КНР Ли Цян прибыл в Москву с официальным визитом, передает корреспондент РИА Новости.

В аэропорту Внуково китайского премьера встретила вице-премьер Татьяна Голикова.

В среду Ли Цян проведет переговоры с председателем правительства России Михаилом Мишустиным в рамках 29-й регулярной встречи глав правительств двух стран. Стороны планируют подписать ряд межправительственных документов. Ожидается также, что китайского гостя примет президент Владимир Путин.

После Москвы Ли Цян отправится с официальным визитом в Белоруссию.

Читайте также: Лавров и Ван И провели переговоры во Вьентьяне

Подписывайтесь на РИА Новости в Telegram | Комментарии: 48"""))

S.append(dict(id="h61-28", source="oc-media.org",
url="https://oc-media.org/aliyev-pulls-out-of-granada-talks-with-pashinyan/",
published_at="2023-10-04", body="""OC Media | News | Features | Opinion | Support us

Aliyev pulls out of Granada talks with Pashinyan

by Lika Mamulashvili | 4 October 2023

Azerbaijani President Ilham Aliyev will not attend a planned meeting with Armenian Prime Minister Nikol Pashinyan in Granada on Thursday, Azerbaijani state media reported, citing sources.

The meeting, on the sidelines of the European Political Community summit in Spain, was to have been mediated by European Council President Charles Michel, French President Emmanuel Macron and German Chancellor Olaf Scholz.

According to the reports, Baku objected to the participation of France, which it accuses of a pro-Armenian bias, and to Germany's refusal to include Turkey in the talks.

Pashinyan's office said he would still travel to Granada.

Become a member of OC Media | Tags: Armenia, Azerbaijan, Granada, EPC"""))

S.append(dict(id="h61-29", source="24.kg",
url="https://24.kg/english/322108_Japarov_and_Rahmon_sign_treaty_on_Kyrgyz-Tajik_state_border/",
published_at="2025-03-13", body="""24.kg news agency | Politics | Economy | Society | Incidents

USD 87.45 | EUR 95.12 | RUB 1.01 | KZT 0.17

Japarov and Rahmon sign treaty on Kyrgyz-Tajik state border

President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon signed a treaty on the state border in Bishkek today.

Rahmon arrived in Bishkek on a state visit on Wednesday. The document ends more than three decades of disputes over the 970-kilometer border, which led to deadly armed clashes in 2021 and 2022.

"This is a historic event," Japarov said after the signing.

The leaders of Kyrgyzstan, Tajikistan and Uzbekistan are expected to meet in Khujand at the end of March to sign an agreement on the junction point of the three countries' borders.

Author: Aiperi Asanova
Follow 24.kg on Telegram | 8 comments"""))

S.append(dict(id="h61-30", source="eastwestmonitor.blogspot.com",
url="https://eastwestmonitor.blogspot.com/2023/03/lukashenko-in-beijing.html",
published_at="2023-03", body="""East-West Monitor | notes on Eurasian politics

Lukashenko in Beijing: what did Minsk get?

Posted by Pavel Zhuk

Alexander Lukashenko wrapped up his three-day state visit to China on Thursday, having been received by Xi Jinping in the Great Hall of the People on Wednesday. The two signed a joint statement, Lukashenko backed Beijing's "peace plan" for Ukraine, and ministers put their names to 16 documents on trade, industry and customs.

The timing is telling. Xi himself is widely expected to travel to Moscow later this month, though Beijing has not confirmed anything yet.

Labels: Belarus, China, Lukashenko
2 comments | Share to X | Share to Facebook"""))

S.append(dict(id="h61-31", source="mfa.gov.az",
url="https://mfa.gov.az/en/news/no06925",
published_at="2025-02-18", body="""Ministry of Foreign Affairs of the Republic of Azerbaijan | Press releases

No:069/25, Press release on the telephone conversation between Foreign Minister Jeyhun Bayramov and Foreign Minister of Georgia Maka Botchorishvili

On February 18, 2025, Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov had a telephone conversation with Minister of Foreign Affairs of Georgia Maka Botchorishvili.

The ministers discussed the current state and prospects of Azerbaijan-Georgia strategic partnership, cooperation in transport and energy, including the Baku-Tbilisi-Kars railway, as well as regional issues.

The sides also exchanged views on preparations for the next trilateral meeting of the foreign ministers of Azerbaijan, Georgia and Turkey.

Press Service Department"""))

S.append(dict(id="h61-32", source="worldnewsnow.xyz",
url="https://worldnewsnow.xyz/2024/08/05/russias-shoigu-in-tehran-meets-pezeshkian/",
published_at="2024-08-05", body="""WorldNewsNow | Home | World | Politics | Tech

Russia's Shoigu in Tehran, meets Pezeshkian amid fears of regional war

Sergei Shoigu, secretary of Russia's Security Council, held talks with Iranian President Masoud Pezeshkian in Tehran on Monday, Iranian state media said, as the region braced for possible Iranian retaliation against Israel.

Shoigu also met Armed Forces chief of staff Mohammad Bagheri and Ali Akbar Ahmadian, secretary of Iran's Supreme National Security Council. Pezeshkian told him Russia was "among the countries that stood by the Iranian nation in difficult times", IRNA reported.

Source: agencies

Advertisement | Sponsored: Top 10 VPNs for 2024

Related: Blinken holds calls with G7 counterparts on Middle East | Jordan FM makes rare visit to Tehran"""))

S.append(dict(id="h61-33", source="naturalgasworld.com",
url="https://www.naturalgasworld.com/gazprom-nigc-sign-memorandum-on-russian-gas-supplies-to-iran-112233",
published_at="2024-06-27", body="""Natural Gas World | News | Markets | Companies

Gazprom, NIGC sign memorandum on Russian gas supplies to Iran

Gazprom CEO Alexei Miller and National Iranian Gas Company (NIGC) chief executive Majid Chegeni signed a strategic memorandum in Tehran on June 26 on the supply of Russian pipeline gas to Iran, the Russian company said.

Miller, who was in the Iranian capital for the signing, also held talks with Iran's acting oil minister, Javad Owji, on the terms of the deal. Volumes and price were not disclosed, but Miller told Russian media supplies could eventually reach 300 million cubic metres a day.

Analysts said the gas would most likely transit via Azerbaijan.

TTF front month €34.35/MWh | Henry Hub $2.71/MMBtu

Subscribe to NGW's Daily | Log in to comment"""))

S.append(dict(id="h61-34", source="fmprc.gov.cn",
url="https://www.fmprc.gov.cn/eng/xw/fyrbt/202504/t20250418_11598421.html",
published_at="2025-04-18", body="""Ministry of Foreign Affairs of the People's Republic of China

Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on April 18, 2025

At the invitation of President Xi Jinping, President of the Republic of Azerbaijan Ilham Aliyev will pay a state visit to China from April 22 to 24.

Q: Can you share the arrangements for President Aliyev's visit and China's expectations?

A: During the visit, President Xi Jinping will hold talks with President Aliyev and host a welcome banquet in his honor. Premier Li Qiang and Chairman Zhao Leji will meet with him respectively. We believe the visit will inject new impetus into China-Azerbaijan relations.

Q: The US has announced further tariffs on Chinese goods. What is China's response?

A: We have made our position clear many times. There are no winners in a tariff war.

Print | Close"""))

S.append(dict(id="h61-35", source="africanews.com",
url="https://www.africanews.com/2025/06/23/mali-junta-leader-goita-in-moscow-for-talks-with-putin/",
published_at="2025-06", body="""africanews. | News | Business | Sport | Culture

Mali junta leader Goita in Moscow for talks with Putin

Mali's military leader, General Assimi Goita, held talks with Russian President Vladimir Putin in the Kremlin on Monday, his first official visit to Russia.

The two sides signed an intergovernmental agreement on the peaceful use of nuclear energy and a deal on economic cooperation. Putin said Russia would continue to help Mali "fight terrorism", weeks after the Russian mercenary group Wagner announced it was leaving the country, handing over to the defence ministry's Africa Corps.

Mali, Burkina Faso and Niger have turned away from France and Western partners since coups in the three countries.

With AFP
Share | Tweet | 12 comments"""))

S.append(dict(id="h61-36", source="asiadailybrief.top",
url="https://asiadailybrief.top/2025/01/14/sri-lanka-president-dissanayake-arrives-in-beijing/",
published_at="2025-01-14", body="""Asia Daily Brief | mirrored from regional sources

Sri Lanka President Dissanayake arrives in Beijing on state visit

Sri Lankan President Anura Kumara Dissanayake arrived in Beijing on Tuesday for a four-day state visit, his second overseas trip since taking office in September. He will hold talks with Chinese President Xi Jinping on Wednesday and meet Premier Li Qiang, officials said.

Dissanayake chose India for his first foreign trip last month, where he held talks with Prime Minister Narendra Modi.

Colombo is seeking Chinese investment, including in a Sinopec refinery in Hambantota.

Original article: Daily Mirror (Sri Lanka) | Report content | Cookie settings"""))

S.append(dict(id="h61-37", source="intellinews.com",
url="https://www.intellinews.com/mishustin-signs-deals-in-beijing-as-russia-pivots-to-china-279301/",
published_at="2023-05-24", body="""bne IntelliNews | Russia | Eurasia | Asia | Companies | Subscribe

Mishustin signs deals in Beijing as Russia pivots to China

Russian Prime Minister Mikhail Mishustin held talks with Chinese Premier Li Qiang in Beijing on May 24, the highest-level Russian visit since Xi Jinping's trip to Moscow in March. The two premiers witnessed the signing of agreements on trade in services, agricultural exports to China and patent cooperation.

Mishustin, who arrived on May 23 and spoke at a business forum in Shanghai, was also received by Xi.

Russia-China trade jumped almost 40% y/y in January-April, with energy making up the bulk of Chinese imports.

MOEX 2,629.45 -0.3% | USD/RUB 80.12 | CNY/RUB 11.38

This article is available to subscribers. Subscribe | Sign in"""))

S.append(dict(id="h61-38", source="dailyparliamenttimes.com",
url="https://dailyparliamenttimes.com/2024/04/22/iranian-president-raisi-arrives-in-islamabad/",
published_at="2024-04", body="""Daily Parliament Times | Islamabad

Iranian President Raisi arrives in Islamabad on three-day visit

Iranian President Ebrahim Raisi on Monday arrived in Islamabad on a three-day official visit, the first by a foreign head of state since Pakistan's new government took office. He was received at Nur Khan airbase by Housing Minister Riaz Hussain Pirzada.

Raisi will hold talks with Prime Minister Shehbaz Sharif and call on President Asif Ali Zardari, and is also scheduled to visit Lahore and Karachi. The two neighbours traded cross-border strikes in January.

From Pakistan, Raisi will travel to Sri Lanka on Wednesday to inaugurate the Uma Oya hydropower project.

Share: Facebook | WhatsApp"""))

S.append(dict(id="h61-39", source="president.kg",
url="https://www.president.kg/en/sobytiya/news/24318",
published_at="2024-05-17", body="""Official website of the President of the Kyrgyz Republic | News

President Sadyr Japarov held a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev

President of the Kyrgyz Republic Sadyr Japarov today had a telephone conversation with President of the Republic of Kazakhstan Kassym-Jomart Tokayev.

Sadyr Japarov congratulated Kassym-Jomart Tokayev on his birthday and wished him good health and success.

The Heads of State discussed issues of bilateral cooperation and the preparations for the next meeting of the Supreme Interstate Council, which is to be held in Kyrgyzstan later this year.

Press Service of the President of the Kyrgyz Republic

Other news: Japarov receives credentials of Ambassador of Turkey"""))

S.append(dict(id="h61-40", source="eurasiawire.site",
url=None,
published_at=None, body="""EurasiaWire | Top stories

Medvedev in Beijing, meets Xi and hands over Putin message

Dmitry Medvedev, chairman of the ruling United Russia party and deputy chairman of Russia's Security Council, met Chinese President Xi Jinping in Beijing on Wednesday, the party said. Medvedev handed over a personal message from President Vladimir Putin.

The two discussed cooperation between the United Russia party and the Communist Party of China as well as the situation in Ukraine, which Medvedev said Moscow was ready to settle through talks.

Medvedev arrived in Beijing on Tuesday at the invitation of the CPC.

Tags: Russia, China, United Russia, CPC
Share | Posted in World"""))
