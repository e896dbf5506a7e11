package org.newsgraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTriggersTest {

  @Test
  void timeWordsAndTimeShapedNumbersAreTriggers() {
    for (String token :
        List.of(
            "Monday",
            "SUNDAY",
            "Jan.",
            "Sept",
            "mid-December",
            "days",
            "centuries",
            "a.m.",
            "tonight",
            "ago",
            "Christmas",
            "1987",
            "1980s",
            "mid-1960s",
            "'87",
            "12:30",
            "3/4/87",
            "2013-06-02",
            "20130602",
            "5pm",
            "$2000",
            "semi-annual",
            "weekend",
            "quarterly")) {
      assertThat(TimeTriggers.isTrigger(token)).as(token).isTrue();
    }
  }

  @Test
  void otherWordsAndNumbersAreNot() {
    for (String token :
        List.of(
            "pct",
            "500",
            "1,500",
            "3000",
            "12.5",
            "Paris",
            "the",
            "said",
            "mln",
            "dlrs",
            "'s",
            "-",
            "a",
            "",
            "30,000,000",
            "ministers",
            "mayor")) {
      assertThat(TimeTriggers.isTrigger(token)).as(token).isFalse();
    }
  }

  @Test
  void windowsSurroundTriggersAndMergeWhenTheyMeet() {
    List<String> words = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      words.add("x");
    }
    words.set(3, "Monday");
    words.set(10, "week");
    words.set(30, "1987");

    List<int[]> windows = TimeTriggers.windows(words);

    assertThat(windows).hasSize(2);
    assertThat(windows.get(0)).containsExactly(0, 10 + TimeTriggers.WINDOW + 1);
    assertThat(windows.get(1))
        .containsExactly(30 - TimeTriggers.WINDOW, 30 + TimeTriggers.WINDOW + 1);
    assertThat(TimeTriggers.windows(List.of("no", "time", "here")).get(0)).containsExactly(0, 3);
    assertThat(TimeTriggers.windows(List.of("nothing", "at", "all"))).isEmpty();
    assertThat(TimeTriggers.windows(List.of())).isEmpty();
  }
}
