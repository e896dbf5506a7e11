package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownIdsTest {

  @Test
  void holdsExactlyWhatWasAddedThroughGrowth() {
    KnownIds ids = new KnownIds();
    Set<String> added = new HashSet<>();
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      String id = String.format("%016x", random.nextLong());
      ids.add(id);
      added.add(id);
    }
    ids.add("0000000000000000");
    added.add("0000000000000000");
    assertThat(ids.size()).isEqualTo(added.size());
    for (String id : added) {
      assertThat(ids.contains(id)).isTrue();
    }
    assertThat(ids.contains(String.format("%016x", new Random(8).nextLong()))).isFalse();
  }

  @Test
  void rejectsWhatIsNotADocumentId() {
    assertThatThrownBy(() -> new KnownIds().contains("abc"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
