package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlockSplitterTest {

  private static List<String> texts(String raw) {
    return TextBlockSplitter.split(raw).stream().map(TextBlock::text).toList();
  }

  @Test
  void everyLineIsAParagraphInScrapedText() {
    assertThat(texts("First paragraph here.\nSecond one here.\n\n\nThird after blanks.\n"))
        .containsExactly("First paragraph here.", "Second one here.", "Third after blanks.");
  }

  @Test
  void aBrokenSentenceIsJoined() {
    assertThat(texts("The minister said that the talks\nwould resume on Monday.\nNext one."))
        .containsExactly("The minister said that the talks would resume on Monday.", "Next one.");
  }

  @Test
  void hardWrappedWireCopyIsJoinedIntoParagraphs() {
    String raw =
        "SALVADOR, Feb 26 - Showers continued throughout the week in\n"
            + "the Bahia cocoa zone, alleviating the drought since early\n"
            + "January and improving prospects for the coming temporao.\n"
            + "    The dry period means the temporao will be late this year.\n"
            + "    Arrivals for the week ended February 22 were 155,221 bags\n"
            + "of 60 kilos making a cumulative total for the season of 5.93\n"
            + "mln against 5.81 at the same stage last year, in\n"
            + "1987.\n"
            + " Reuter\n"
            + "&#3;";
    assertThat(texts(raw))
        .containsExactly(
            "SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone,"
                + " alleviating the drought since early January and improving prospects for the"
                + " coming temporao.",
            "The dry period means the temporao will be late this year.",
            "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a"
                + " cumulative total for the season of 5.93 mln against 5.81 at the same stage"
                + " last year, in 1987.",
            "Reuter",
            "&#3;");
  }

  @Test
  void wrappedHyphenatedWordsStayWhole() {
    String raw =
        "The ministry said the cease-fire would hold in the north-\n"
            + "western provinces until the talks resume in the spring of\n"
            + "next year, officials said on Monday in a statement.\n"
            + "    A second paragraph starts here and runs on for a while\n"
            + "until it ends.";
    assertThat(texts(raw).get(0)).contains("north-western provinces");
  }

  @Test
  void whitespaceIsNormalizedAndEmptyTextHasNoParagraphs() {
    assertThat(texts(" \u00a0a\u2009b\t\tc \u200b\ufeff")).containsExactly("a b c");
    assertThat(texts("")).isEmpty();
    assertThat(texts(" \n\t\r\n\u00a0\n")).isEmpty();
  }

  @Test
  void wordCountIsCounted() {
    assertThat(TextBlock.of("one two  three").words()).isEqualTo(3);
  }
}
