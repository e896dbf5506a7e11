package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

  private static int[] randomSignature(Random random) {
    int[] signature = new int[MinHash.HASHES];
    for (int i = 0; i < signature.length; i++) {
      signature[i] = random.nextInt(Integer.MAX_VALUE);
    }
    return signature;
  }

  @Test
  void findsTheFirstDocumentOfABandAndNothingForUnrelatedSignatures() {
    Random random = new Random(1);
    NearDuplicateIndex index = new NearDuplicateIndex();
    int[] first = randomSignature(random);
    index.add(1, first);
    int[] copy = first.clone();
    // Every band but one changed: still found through the one left.
    for (int i = NearDuplicateIndex.ROWS; i < copy.length; i++) {
      copy[i] ^= 1;
    }
    index.add(2, copy);
    assertThat(index.candidates(copy, new NearDuplicateIndex())).containsExactly(1, 2);
    assertThat(index.candidates(first, new NearDuplicateIndex())).containsExactly(1);
    assertThat(index.candidates(randomSignature(random), new NearDuplicateIndex())).isEmpty();
  }

  @Test
  void aBandFoundHereHidesTheSameBandInTheLaterDocuments() {
    Random random = new Random(2);
    int[] signature = randomSignature(random);
    NearDuplicateIndex committed = new NearDuplicateIndex();
    committed.add(7, signature);
    NearDuplicateIndex batch = new NearDuplicateIndex();
    batch.add(8, signature);
    assertThat(committed.candidates(signature, batch)).containsExactly(7);
    assertThat(new NearDuplicateIndex().candidates(signature, batch)).containsExactly(8);
  }

  @Test
  void memoryGrowsLinearlyWithTheDocuments() {
    Random random = new Random(3);
    NearDuplicateIndex index = new NearDuplicateIndex();
    long[] bytes = new long[3];
    for (int n = 1; n <= 300_000; n++) {
      index.add(random.nextLong() | 1, randomSignature(random));
      if (n % 100_000 == 0) {
        bytes[n / 100_000 - 1] = index.bytes();
      }
    }
    // 12 bands of 8 bytes in a table kept 3/8 to 3/4 full, plus 8 bytes of id: 136 to 264 bytes.
    for (int i = 0; i < 3; i++) {
      double perDocument = bytes[i] / ((i + 1) * 100_000.0);
      assertThat(perDocument).isBetween(136.0, 264.0);
    }
  }
}
