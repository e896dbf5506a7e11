package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyTermsTest {

  @Test
  void wordsOfOneStemAreOneTermNamedByTheFirst() {
    Map<String, Integer> counts =
        KeyTerms.counts(
            "Guards secured the borders. Securing the border is what the guard said he secures.");

    assertThat(counts)
        .containsEntry("guards", 2)
        .containsEntry("secured", 3)
        .containsEntry("borders", 2)
        .doesNotContainKeys("guard", "border", "securing", "secures", "said", "the");
    assertThat(KeyTerms.hash("borders")).isEqualTo(KeyTerms.hash("border"));
    assertThat(KeyTerms.hash("securing")).isEqualTo(KeyTerms.hash("secured"));
    assertThat(KeyTerms.hash("border")).isNotEqualTo(KeyTerms.hash("guard"));
  }

  @Test
  void numbersAndShortOrCommonWordsAsBefore() {
    Map<String, Integer> counts =
        KeyTerms.counts("In 2013 about 40 of the 5 units went to Mali and Chad.");

    assertThat(counts.keySet())
        .containsExactlyInAnyOrder("2013", "40", "units", "went", "mali", "chad");
  }

  @Test
  void rewordedReportsOverlapMoreThanTheirSurfaceWords() {
    int[] a = KeyTerms.hashes("Ministers discussed securing the borders against smugglers.");
    int[] b = KeyTerms.hashes("The minister discusses border security and smuggling.");

    assertThat(KeyTerms.overlap(a, b)).isGreaterThanOrEqualTo(0.5);
  }
}
