package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllSpanTest {

  private static List<ConllSpan> decode(String tags) {
    return ConllSpan.decode(tags.isEmpty() ? List.of() : List.of(tags.split(" ")));
  }

  @Test
  void iob2StartsEveryEntityWithB() {
    assertThat(decode("B-PER I-PER O B-LOC B-LOC I-LOC"))
        .containsExactly(
            new ConllSpan(0, 2, "PER"), new ConllSpan(3, 4, "LOC"), new ConllSpan(4, 6, "LOC"));
  }

  @Test
  void iob1StartsWithIAndUsesBOnlyBetweenNeighboursOfOneType() {
    assertThat(decode("I-PER I-PER O I-LOC B-LOC I-LOC"))
        .containsExactly(
            new ConllSpan(0, 2, "PER"), new ConllSpan(3, 4, "LOC"), new ConllSpan(4, 6, "LOC"));
  }

  @Test
  void aChangeOfTypeEndsAnEntity() {
    assertThat(decode("I-ORG I-LOC B-PER I-MISC"))
        .containsExactly(
            new ConllSpan(0, 1, "ORG"),
            new ConllSpan(1, 2, "LOC"),
            new ConllSpan(2, 3, "PER"),
            new ConllSpan(3, 4, "MISC"));
  }

  @Test
  void bioesAndBilouEndAtEAndS() {
    assertThat(decode("B-PER E-PER S-PER O S-LOC B-ORG I-ORG E-ORG"))
        .containsExactly(
            new ConllSpan(0, 2, "PER"),
            new ConllSpan(2, 3, "PER"),
            new ConllSpan(4, 5, "LOC"),
            new ConllSpan(5, 8, "ORG"));
    assertThat(decode("B-PER L-PER U-PER")).isEqualTo(decode("B-PER E-PER S-PER"));
    // an I after E starts anew: E closed the entity
    assertThat(decode("B-PER E-PER I-PER"))
        .containsExactly(new ConllSpan(0, 2, "PER"), new ConllSpan(2, 3, "PER"));
  }

  @Test
  void bareClassesAreMaximalRunsSoNeighboursOfOneTypeMerge() {
    assertThat(decode("PER PER O LOC ORG ORG"))
        .containsExactly(
            new ConllSpan(0, 2, "PER"), new ConllSpan(3, 4, "LOC"), new ConllSpan(4, 6, "ORG"));
  }

  @Test
  void emptyAndAllOutside() {
    assertThat(decode("")).isEmpty();
    assertThat(decode("O O O")).isEmpty();
  }

  @Test
  void badTagsAreRejected() {
    assertThat(ConllSpan.isTag("B-PER")).isTrue();
    assertThat(ConllSpan.isTag("MISC")).isTrue();
    assertThat(ConllSpan.isTag("B_PER")).isFalse();
    assertThat(ConllSpan.isTag("B-")).isFalse();
    assertThat(ConllSpan.isTag("-")).isFalse();
    assertThat(ConllSpan.isTag("")).isFalse();
    assertThatThrownBy(() -> decode("O I-PER X-Y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'X-Y'");
    assertThatThrownBy(() -> new ConllSpan(2, 2, "PER"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
