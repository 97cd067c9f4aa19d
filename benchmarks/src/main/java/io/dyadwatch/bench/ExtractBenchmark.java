package io.dyadwatch.bench;

import io.dyadwatch.enrich.extract.Contact;
import io.dyadwatch.enrich.extract.Document;
import io.dyadwatch.enrich.extract.Extractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extraction alone, one article per operation, on clean English text as the cleaner hands it over:
 * four wire-style articles of 3 to 5 KB (visits, talks, a call, a signing, background, quotes and
 * paragraphs with no contact at all), taken in turn. Results are articles per second.
 *
 * <pre>
 * java -jar benchmarks/target-extract/benchmarks.jar ExtractBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s -t 1 -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractBenchmark {
  static final String VISIT = """
      SEOUL, Jan 15 (Reuters) - North Korean Foreign Minister Choe Son Hui left Pyongyang on Sunday for a visit \
      to Russia, state media KCNA said, as the two countries deepen military ties that Washington and Seoul say \
      violate United Nations sanctions.

      Choe will hold talks with Russian Foreign Minister Sergei Lavrov in Moscow, the report said, without giving \
      further details of her schedule or how long she would stay.

      Russian President Vladimir Putin visited Pyongyang in June last year, when he and North Korean leader Kim \
      Jong Un signed a mutual defence treaty that obliges each side to help the other if attacked.

      The United States and South Korea have accused North Korea of supplying artillery shells and ballistic \
      missiles to Russia for use in the war in Ukraine. Moscow and Pyongyang deny arms transfers but have vowed \
      to deepen military cooperation.

      "The friendship between our two countries has reached a new, higher level," Choe was quoted as saying \
      before her departure by the official news agency, which did not say whether she would also meet Putin.

      South Korea's unification ministry said on Monday it was closely watching the trip. A ministry spokesman \
      told a briefing that Seoul would respond firmly to any cooperation that violated Security Council resolutions.

      North Korea has stepped up its diplomatic activity since reopening its borders after the COVID-19 pandemic. \
      A delegation led by Vice Foreign Minister Pak Myong Ho travelled to China in September, and the country \
      sent a sports delegation to the Asian Games in Hangzhou.

      Analysts say Pyongyang is seeking food, energy and advanced military technology in exchange for its \
      weapons. "Both sides need each other right now," said a professor of North Korean studies in Seoul. \
      "Russia needs munitions, and North Korea needs hard currency and technology."

      Japan's chief cabinet secretary said Tokyo was gathering information about the visit and would continue \
      to work closely with the United States and South Korea on the North's weapons programmes.

      Satellite imagery published by a U.S. think tank last week showed a sharp increase in rail traffic at a \
      border crossing between the two countries, which the researchers said was consistent with arms shipments.
      The foreign ministry in Moscow confirmed the visit in a brief statement on its website, saying the \
      ministers would discuss "the implementation of agreements reached at the highest level" as well as \
      regional security and the situation on the Korean Peninsula.

      Choe, a veteran diplomat who handled nuclear negotiations with Washington before becoming foreign \
      minister in 2022, accompanied Kim on his trip to Russia's Far East in September, when he toured a space \
      launch centre and a fighter jet factory.

      During that trip Kim invited Putin to visit Pyongyang, an invitation the Kremlin said Putin accepted. \
      Russian Defence Minister Sergei Shoigu travelled to Pyongyang in July to attend a military parade, where \
      Kim showed him new intercontinental ballistic missiles.

      Officials in Seoul expect the two countries to sign further agreements on economic cooperation, including \
      on fisheries, tourism and the use of the port of Rajin, which Russia has used to ship coal to other markets.

      The U.S. State Department said it was concerned by the deepening ties and that any transfer of arms from \
      North Korea to Russia would violate resolutions that Russia itself voted for as a permanent member of the \
      Security Council.

      China, North Korea's main ally and largest trading partner, has not commented on the visit. Chinese \
      officials have said they want to maintain peace and stability on the peninsula.

      North Korea's state media have given wide coverage to the relationship with Russia in recent months, \
      including reports of cultural exchanges and of delegations from Russian regions visiting Pyongyang.
      """;

  static final String CALL = """
      WASHINGTON (AP) - U.S. President Joe Biden and Chinese President Xi Jinping spoke by phone on Tuesday for \
      the first time since their meeting in California in November, the White House said.

      The two leaders discussed Taiwan, the South China Sea, artificial intelligence and the flow of fentanyl \
      precursors from China, according to a readout of the call released by the White House.

      "Candid and constructive" was how a senior administration official described the conversation, which \
      lasted nearly two hours. The official, who spoke on condition of anonymity, said Biden raised concerns \
      about China's support for Russia's defence industry.

      Chinese state broadcaster CCTV said Xi told Biden that the Taiwan question was the first red line that \
      must not be crossed in China-U.S. relations, and that the United States should not suppress China's \
      technological development.

      Secretary of State Antony Blinken is expected to travel to China in the coming weeks, and Treasury \
      Secretary Janet Yellen visited Beijing last year, when she met Chinese Vice Premier He Lifeng.

      Trade between the world's two largest economies fell sharply last year, as Washington tightened export \
      controls on advanced semiconductors and Beijing restricted exports of some critical minerals.

      Republican lawmakers criticised the call, saying the administration should take a tougher line with \
      Beijing. "Talking is not a strategy," one senator said in a statement posted on social media.

      The Chinese foreign ministry said in a separate statement that the two sides agreed to maintain \
      communication at all levels and to hold further talks on military-to-military channels, which were \
      restored after the November summit.

      Analysts said the call was intended to keep relations stable ahead of the U.S. presidential election in \
      November, when trade policy toward China is expected to be a major campaign issue.
      The White House said Biden also urged Xi to use China's influence with North Korea to curb its weapons \
      programmes and pressed for the release of American citizens detained in China.

      Xi told Biden that the two countries should "respect each other, coexist in peace and pursue win-win \
      cooperation," CCTV reported, adding that the Chinese leader warned against protectionist measures that \
      would hurt both economies and the world.

      The call came days after Chinese Premier Li Qiang met a delegation of American business executives in \
      Beijing and promised to improve the business environment for foreign companies.

      U.S. officials said the leaders agreed that their national security advisers and senior military officers \
      would stay in regular contact, and that a working group on counter-narcotics would meet next month.

      Beijing has repeatedly criticised U.S. arms sales to Taiwan and visits to the island by American \
      lawmakers, which it regards as interference in its internal affairs. Taiwan's government says only its \
      people can decide their future.

      Markets in Asia were little changed after the call. Investors have been watching for signs of an easing \
      in trade tensions, which weighed on technology shares for much of last year.

      The two presidents last met in person in Woodside, California, on the sidelines of the Asia-Pacific \
      Economic Cooperation summit, where they agreed to resume military communications and to cooperate on \
      curbing the production of fentanyl.
      """;

  static final String SIGNING = """
      NEW DELHI, Dec 17 (PTI) - Bangladesh and India signed seven memorandums of understanding on Thursday on \
      cooperation in trade, energy, agriculture and border management, after a virtual summit between Prime \
      Minister Sheikh Hasina and her Indian counterpart Narendra Modi.

      The agreements were signed at the state guest house in Dhaka by secretaries of the ministries concerned \
      and India's High Commissioner Vikram Kumar Doraiswami, the foreign ministry said.

      Modi said India considered Bangladesh a pillar of its Neighbourhood First policy. Hasina thanked India \
      for its support during the pandemic, including the supply of vaccines and medical equipment.

      The two leaders also inaugurated a railway link between Haldibari in India and Chilahati in Bangladesh, \
      which was closed in 1965, and unveiled a commemorative stamp on the 50th anniversary of diplomatic relations.

      Bangladesh's foreign minister said the agreements would help reduce the trade deficit with India, which \
      stood at nearly $8 billion last year. Exports from Bangladesh to India rose 12 percent in the first half.

      Indian External Affairs Minister S. Jaishankar is due to visit Dhaka early next year to prepare for a visit \
      by Modi, officials said. Hasina last visited New Delhi in 2019, when the two countries signed agreements \
      on coastal shipping and water sharing.

      Opposition politicians in Dhaka criticised the government for failing to secure a deal on sharing the \
      waters of the Teesta river, an issue that has been pending for more than a decade.

      The two countries share a 4,096-kilometre border, the fifth longest in the world, and have resolved most \
      disputes over enclaves through a land boundary agreement that came into force in 2015.

      Business leaders from both countries welcomed the agreements and called for faster approval of investment \
      projects in the special economic zones set aside for Indian companies in Bangladesh.
      The memorandums cover cooperation in hydrocarbons, elephant conservation, sewage treatment in the \
      capital, agriculture, and the establishment of a CEO forum to bring together business leaders from both \
      countries.

      Hasina called for an early conclusion of the Teesta water-sharing treaty and for an end to killings at \
      the border, which she said had caused deep concern among the people of Bangladesh.

      Modi said India was ready to help Bangladesh build infrastructure and to expand connectivity by road, rail \
      and inland waterways, and that New Delhi would provide a further line of credit for power projects.

      The leaders agreed to hold the next meeting of the joint consultative commission, chaired by their \
      foreign ministers, in New Delhi in the first quarter of next year, officials said.

      Economists said closer links with India's northeastern states could turn Bangladesh's ports into a \
      gateway for trade in the region, but warned that non-tariff barriers continued to limit exports.

      India is Bangladesh's second-largest trading partner after China, and the two countries are negotiating \
      a comprehensive economic partnership agreement that would cut tariffs on most goods.

      Relations between the two neighbours have improved since Hasina returned to power in 2009, with \
      cooperation on security along the border and the handover of militants wanted in India.
      """;

  static final String NO_CONTACT = """
      TEHRAN, Oct 13 (Xinhua) -- Iran's Foreign Ministry on Sunday condemned the latest U.S. sanctions on its \
      energy sector, calling them an illegal and unjustified move in response to Iran's missile strikes against \
      Israel earlier this month.

      In a statement, ministry spokesman Esmaeil Baghaei criticized the U.S. measures, describing them as a form \
      of ransom to Israel. The sanctions, announced Friday, target Iran's energy trade in response to its \
      October 1 ballistic missile attacks.

      Baghaei defended the missile strikes as a legal action under international law, asserting that Iran was \
      exercising its right to self-defense. He accused the United States of playing a destructive and negative \
      role in the region.

      The U.S. Treasury Department said the sanctions targeted more than 20 tankers that carry Iranian oil to \
      buyers in Asia, and companies in the United Arab Emirates and Hong Kong that manage the ships.

      Oil prices rose more than 2 percent on Monday as traders weighed the risk of supply disruptions in the \
      Middle East. Brent crude futures climbed to $79 a barrel before easing in afternoon trading in London.

      Israel has vowed to respond to the attack, and U.S. officials have urged restraint. European Union foreign \
      ministers are expected to discuss new measures against Iran at a meeting in Luxembourg next week.

      Iran's president said on Saturday that the country did not seek war but would respond to any aggression. \
      Russian and Chinese officials called on all sides to avoid steps that could widen the conflict.

      Shipping companies reported that insurance premiums for vessels crossing the Strait of Hormuz had doubled \
      since the start of the month, and several carriers said they would reroute ships around Africa.

      The International Atomic Energy Agency said its inspectors had not observed any change at Iran's nuclear \
      facilities, and that it remained in contact with Iranian officials about the resumption of inspections.
      Analysts in Tehran said the sanctions would have a limited effect on Iran's oil exports, most of which \
      go to independent refiners in China that are not exposed to the U.S. financial system.

      Iran's oil minister said on Monday that exports had remained above 1.5 million barrels a day despite \
      years of sanctions, and that the country had found new customers in Asia and Africa.

      The rial fell to a record low against the dollar on the open market in Tehran on Sunday, traders said, \
      as fears of a wider regional war prompted Iranians to buy foreign currency and gold.

      Israel's military said its air defences had intercepted most of the 180 missiles fired on October 1, \
      with some impacts on air bases in the centre and south of the country that caused light damage.

      Iran has said its strike was in retaliation for the killing of leaders of Hamas and Hezbollah as well as \
      a commander of the Revolutionary Guards, and that it would not hesitate to respond to any new attack.

      Gulf Arab states have said they will not allow their airspace to be used for attacks on Iran, according \
      to Iranian officials, who have warned neighbouring countries against helping Israel.

      The United Nations Secretary-General called on all parties to step back from the brink, warning that \
      the escalation threatened to draw the whole region into a war with devastating consequences.
      """;

  private Extractor extractor;
  private List<Document> documents;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    extractor = new Extractor();
    documents = List.of(
        new Document("visit", null, VISIT, "2024-01-15", "en"),
        new Document("call", null, CALL, "2024-04-02", "en"),
        new Document("signing", null, SIGNING, "2020-12-17", "en"),
        new Document("none", null, NO_CONTACT, "2024-10-13", "en"));
    for (Document d : documents) {
      if (d.text().length() < 3_000 || d.text().length() > 5_000) {
        throw new IllegalStateException(d.articleId() + " is " + d.text().length() + " chars, not 3-5 KB");
      }
    }
  }

  @Benchmark
  public List<Contact> extract() {
    Document d = documents.get(next);
    next = (next + 1) % documents.size();
    return extractor.extract(d);
  }
}
