package io.dyadwatch.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityTest {
  private final Similarity similarity = new Similarity(Set.of("the", "to", "in", "and", "of", "on", "with"));

  @Test
  void coverageIsTheShareOfTheFirstTextsContentWordsFoundInTheSecond() {
    // the headline's content words: chine, forei, minis, visit, pyong, this, week; the lead lacks pyong
    assertThat(similarity.coverage("Chinese foreign minister to visit Pyongyang this week",
        "Chinese Foreign Minister Wang Yi will visit North Korea later this week.")).isEqualTo(6.0 / 7);
  }

  @Test
  void wordsAgreeOnTheirFirstFiveLettersAndShortWordsAsPrefixes() {
    assertThat(similarity.coverage("Korea signs", "Korean officials signed")).isEqualTo(1.0);
    assertThat(similarity.coverage("Japan", "Japanese")).isEqualTo(1.0);
    assertThat(similarity.coverage("China talks", "Chinese officials talked")).isEqualTo(1.0);
    assertThat(similarity.coverage("Poland", "Polish")).isZero();
  }

  @Test
  void numbersFunctionWordsAndTinyWordsDoNotCount() {
    assertThat(similarity.contentWords("The 2 of us in 2024 met")).containsExactlyInAnyOrder("met");
    assertThat(similarity.coverage("in the of", "anything")).isZero();
  }
}
