package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSplitTest {

  private static EventSentence s(String id, LocalDate published) {
    return new EventSentence(id, published, "text of " + id, List.of());
  }

  private static final List<EventSentence> SET =
      List.of(
          s("a", LocalDate.of(2019, 1, 4)),
          s("b", LocalDate.of(2020, 1, 1)),
          s("c", LocalDate.of(2019, 12, 31)),
          s("d", null),
          s("e", LocalDate.of(2021, 6, 1)),
          s("f", LocalDate.of(2020, 12, 26)));

  private static List<String> ids(List<EventSentence> sentences) {
    return sentences.stream().map(EventSentence::id).toList();
  }

  @Test
  void devIs2019AndTestIs2020InTheirOrder() {
    assertThat(ids(EventSplit.DEV.select(SET))).containsExactly("a", "c");
    assertThat(ids(EventSplit.TEST.select(SET))).containsExactly("b", "f");
    assertThat(ids(EventSplit.ALL.select(SET))).containsExactly("a", "b", "c", "d", "e", "f");
  }

  @Test
  void undatedSentencesBelongToAllOnly() {
    EventSentence undated = s("d", null);
    assertThat(EventSplit.DEV.contains(undated)).isFalse();
    assertThat(EventSplit.TEST.contains(undated)).isFalse();
    assertThat(EventSplit.ALL.contains(undated)).isTrue();
  }

  @Test
  void reutersSentencesSplitByTheParityOfTheirNewId() {
    List<EventSentence> set =
        List.of(
            s("reuters-17001#3", LocalDate.of(1987, 4, 21)),
            s("reuters-17002#1", LocalDate.of(1987, 4, 21)),
            s("reuters-17003#12", null),
            s("a", LocalDate.of(2019, 1, 4)),
            s("reuters-x#1", null));
    assertThat(ids(EventSplit.DEV2.select(set)))
        .containsExactly("reuters-17001#3", "reuters-17003#12");
    assertThat(ids(EventSplit.TEST2.select(set))).containsExactly("reuters-17002#1");
    assertThat(EventSplit.DEV.select(set)).extracting(EventSentence::id).containsExactly("a");
    assertThat(EventSplit.parse("dev2")).isEqualTo(EventSplit.DEV2);
    assertThat(EventSplit.parse("test2")).isEqualTo(EventSplit.TEST2);
  }

  @Test
  void namesParseAndUnknownOnesAreRejected() {
    assertThat(EventSplit.parse("dev")).isEqualTo(EventSplit.DEV);
    assertThat(EventSplit.parse("test")).isEqualTo(EventSplit.TEST);
    assertThat(EventSplit.parse("all")).isEqualTo(EventSplit.ALL);
    assertThatThrownBy(() -> EventSplit.parse("2020"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020");
  }
}
