package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteMarksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "“We couldn’t win,”",
        "\"We couldn't win,\"",
        "‘Nothing is decided.’",
        "'Nothing is decided.'",
        "«Nous resterons»",
        "« Nous resterons »",
        "„Wir bleiben“",
        "\"Mixed pair »",
        "  “with spaces and a period outside”. ",
        "“an act of inexplicable barbarity.”",
        "“He said ‘no’ twice.”",
        "“He called it “rubble” and left.”",
        "\"The \"United States\" is not holding anyone.\""
      })
  void directQuotes(String content) {
    assertThat(QuoteMarks.isQuoted(content)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "that the border would stay open",
        "Trump was “absolutely right”",
        "“absolutely right” when he said",
        "“absolutely right” when he said “the generals were reduced to rubble.”",
        "« oui » et « non »",
        "“",
        "\"",
        ""
      })
  void reportedSpeech(String content) {
    assertThat(QuoteMarks.isQuoted(content)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 6;15 23", "0 6", "15 23"})
  void everyFragmentMustBeQuoted(String spans) {
    String text = "“Yes,” he said “again.” and then";
    List<QuoteSpan> fragments =
        java.util.Arrays.stream(spans.split(";"))
            .map(s -> s.split(" "))
            .map(p -> new QuoteSpan(Integer.parseInt(p[0]), Integer.parseInt(p[1])))
            .toList();
    assertThat(QuoteMarks.isDirect(text, fragments)).isTrue();
    assertThat(QuoteMarks.isDirect(text, List.of(new QuoteSpan(0, 6), new QuoteSpan(24, 32))))
        .isFalse();
    assertThat(QuoteMarks.isDirect(text, List.of())).isFalse();
  }
}
