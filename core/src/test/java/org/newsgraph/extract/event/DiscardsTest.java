package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Discard dictionaries: the format on hand-written lines, then the bundled Phoenix file. */
class DiscardsTest {

  private static Discards read(String... lines) {
    return Discards.read("test.discards", new StringReader(String.join("\n", lines) + "\n"));
  }

  private static List<String> tokens(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  @Test
  void storyAndSentenceLevels() {
    Discards d =
        read(
            "# Story-level discards are indicated with a '+'.",
            "MONTHS LATER",
            "+World Golf Championships   # pas 26-Feb-2014",
            "+ Manchester United",
            "AFRICAN NATIONS CUP   # ab 13 Jun 2005 ;AB 13 JUN 2005",
            "BASEBALL\t",
            "GROUP A_",
            "QUEEN'S ICONIC ANTHEM",
            "1914");
    assertThat(d.report().badLines()).isZero();
    assertThat(d.entries())
        .extracting(Discard::phrase, Discard::story)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MONTHS LATER", false),
            org.assertj.core.groups.Tuple.tuple("WORLD GOLF CHAMPIONSHIPS", true),
            org.assertj.core.groups.Tuple.tuple("MANCHESTER UNITED", true),
            org.assertj.core.groups.Tuple.tuple("AFRICAN NATIONS CUP", false),
            org.assertj.core.groups.Tuple.tuple("BASEBALL", false),
            org.assertj.core.groups.Tuple.tuple("GROUP A", false),
            org.assertj.core.groups.Tuple.tuple("QUEEN'S ICONIC ANTHEM", false),
            org.assertj.core.groups.Tuple.tuple("1914", false));
    assertThat(d.entries().get(1).line()).isEqualTo(3);
  }

  @Test
  void findsWholeWordsCaseInsensitively() {
    Discards d = read("MONTHS LATER", "+MANCHESTER UNITED", "BASEBALL", "GROUP A_", "1914");
    DiscardMatch m = d.find(tokens("Two months later , the rebels attacked")).orElseThrow();
    assertThat(m.discard().phrase()).isEqualTo("MONTHS LATER");
    assertThat(m.start()).isEqualTo(1);
    assertThat(m.end()).isEqualTo(3);
    assertThat(m.discard().story()).isFalse();
    assertThat(d.find(tokens("Manchester United beat Chelsea")).orElseThrow().discard().story())
        .isTrue();
    // whole words only: no stems, no parts of words
    assertThat(d.find(tokens("The baseballs were seized"))).isEmpty();
    assertThat(d.find(tokens("Months of talks followed later"))).isEmpty();
    assertThat(d.find(tokens("The group agreed"))).isEmpty();
    assertThat(d.find(tokens("In Group A , France won")).orElseThrow().start()).isEqualTo(1);
    assertThat(d.find(tokens("The war of 1914 ended"))).isPresent();
    assertThat(d.find(List.of())).isEmpty();
  }

  @Test
  void possessivesMatchWrittenOrSplit() {
    Discards d = read("QUEEN'S ICONIC ANTHEM", "CHAMPION");
    assertThat(d.find(tokens("The Queen's iconic anthem played"))).isPresent();
    assertThat(d.find(tokens("The Queen 's iconic anthem played")).orElseThrow().end())
        .isEqualTo(5);
    assertThat(d.find(tokens("The Queen\u2019s iconic anthem played"))).isPresent();
    // a possessive still contains its word
    assertThat(d.find(tokens("The champion's speech"))).isPresent();
  }

  @Test
  void longestPhraseAtATokenWins() {
    Discards d = read("CHAMPION", "CHAMPION CLUB CUP", "CHAMPION CLUB");
    assertThat(d.find(tokens("the Champion Club Cup final")).orElseThrow().discard().phrase())
        .isEqualTo("CHAMPION CLUB CUP");
    assertThat(d.find(tokens("the Champion Club met")).orElseThrow().discard().phrase())
        .isEqualTo("CHAMPION CLUB");
  }

  @Test
  void textIsSplitOnBlanksWithPunctuationDropped() {
    Discards d = read("BASEBALL", "+TYPHOON");
    DiscardMatch m = d.find("Rain stopped the (baseball) game.").orElseThrow();
    assertThat(m.start()).isEqualTo(3);
    assertThat(d.find("A typhoon.").orElseThrow().discard().story()).isTrue();
    assertThat(d.find("  ")).isEmpty();
  }

  @Test
  void aPhraseAtBothLevelsIsAStoryDiscardAndReported() {
    Discards d = read("MANCHESTER UNITED", "BASEBALL", "+Manchester United", "BASEBALL", "+");
    assertThat(d.entries())
        .extracting(Discard::phrase, Discard::story)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MANCHESTER UNITED", true),
            org.assertj.core.groups.Tuple.tuple("BASEBALL", false));
    assertThat(d.report().problems())
        .hasSize(2)
        .anyMatch(p -> p.contains(":3: phrase also listed on line 1 at the other level"))
        .anyMatch(p -> p.contains(":5: discard without a phrase"));
  }

  @Test
  void argumentsAreChecked() {
    Discards d = read("BASEBALL");
    assertThatThrownBy(() -> d.find((List<String>) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.find(Arrays.asList("a", null)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.find((String) null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Discard(List.of(), false, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bundledPhoenixDiscards() {
    Discards d = Discards.standard();
    assertThat(Discards.standard()).isSameAs(d);
    assertThat(d.entries()).hasSize(505);
    assertThat(d.entries().stream().filter(Discard::story).count()).isEqualTo(64);
    // MANCHESTER UNITED is listed as a story and as a sentence discard
    assertThat(d.report().badLines()).isEqualTo(1);
    assertThat(d.find(tokens("Andre Agassi won the Australian Open on Sunday")).orElseThrow())
        .satisfies(m -> assertThat(m.discard().story()).isTrue());
    assertThat(d.find(tokens("Bird flu spread across Asia"))).isPresent();
    assertThat(d.find(tokens("France offered to help Libya secure its borders"))).isEmpty();
  }

  @Test
  void withoutHistoryKeepsEveryOtherPhrase() {
    Discards d = read("1914", "YEARS LATER", "FIFTY YEARS AGO", "+2014 COMPETITION", "BASEBALL");
    assertThat(d.find(tokens("Britain declared war in 1914"))).isPresent();
    assertThat(d.find(tokens("Peru returned the envoy two years later"))).isPresent();
    Discards news = d.withoutHistory();
    assertThat(news.entries())
        .extracting(Discard::phrase)
        .containsExactly("2014 COMPETITION", "BASEBALL");
    assertThat(news.find(tokens("Britain declared war in 1914"))).isEmpty();
    assertThat(news.find(tokens("Peru returned the envoy two years later"))).isEmpty();
    assertThat(news.find(tokens("Chile left the talks fifty years ago"))).isEmpty();
    assertThat(news.report().entries()).isEqualTo(2);
    // the production dictionaries read the bundled file without its 99 years (1914 to 2013 but
    // 2000) and its 7 stretches of time ago or later
    assertThat(EventDictionaries.standard().discards().entries()).hasSize(399);
  }
}
