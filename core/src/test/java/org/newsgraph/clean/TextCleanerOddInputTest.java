package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Empty, blank, huge, many-line and random inputs: the cleaner must answer, and fast. */
class TextCleanerOddInputTest {

  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void emptyText() {
    CleanedText t = cleaner.clean("", null);
    assertThat(t.text()).isEmpty();
    assertThat(t.title()).isNull();
    assertThat(t.removed()).isEmpty();
    assertThat(t.published()).isNull();
  }

  @Test
  void onlyWhitespace() {
    CleanedText t = cleaner.clean(" \n\n\t\u00a0\r\n  \u2028 ", "  ");
    assertThat(t.text()).isEmpty();
    assertThat(t.title()).isNull();
  }

  @Test
  void aSingleLine() {
    assertThat(cleaner.clean("Hello", null).text()).isEqualTo("Hello");
    assertThat(cleaner.clean("Hello", null).title()).isNull();
  }

  @Test
  @Timeout(20)
  void oneHugeLineOfFiveMegabytes() {
    StringBuilder sb = new StringBuilder(5_300_000);
    String sentence = "The minister said on Tuesday (June 4) that talks in 2012 went well. ";
    while (sb.length() < 5_000_000) {
      sb.append(sentence);
    }
    String raw = sb.toString();
    long start = System.nanoTime();
    CleanedText t = cleaner.clean(raw, null);
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    assertThat(t.text()).hasSize(raw.trim().length());
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  @Timeout(20)
  void oneHundredThousandShortLines() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      sb.append(i % 7 == 0 ? "Read more" : "Line " + (i % 13) + " of a list").append('\n');
    }
    long start = System.nanoTime();
    CleanedText t = cleaner.clean(sb.toString(), null);
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    assertThat(t.text().length() + t.removed().size()).isPositive();
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  @Timeout(20)
  void manyParagraphsOfProseStayLinear() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      sb.append("Paragraph ")
          .append(i)
          .append(" says the minister spoke on Monday about the talks.\n\nRelated\n\n");
    }
    CleanedText t = cleaner.clean(sb.toString(), null);
    assertThat(t.text()).isNotEmpty();
  }

  @Test
  void randomCharactersNeverThrow() {
    Random random = new Random(42);
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(400);
      for (int i = 0; i < len; i++) {
        int pick = random.nextInt(10);
        sb.append(
            switch (pick) {
              case 0 -> '\n';
              case 1 -> ' ';
              case 2 -> '.';
              case 3 -> (char) ('0' + random.nextInt(10));
              case 4 -> "–—“”‘’…©®\u00a0\u200b\ufeff\r".charAt(random.nextInt(13));
              default -> (char) ('A' + random.nextInt(58));
            });
      }
      String raw = sb.toString();
      assertThatCode(() -> cleaner.clean(raw, "A title")).doesNotThrowAnyException();
      assertThatCode(() -> cleaner.clean(raw, null)).doesNotThrowAnyException();
    }
  }

  @Test
  void controlCharactersAndBrokenSurrogatesAreHandled() {
    CleanedText t =
        cleaner.clean("Title line\u0000\n\nText \ud800 with \u0007 junk here today.", null);
    assertThat(t.text()).doesNotContain("\u0000").doesNotContain("\u0007");
  }
}
