package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Quotes.direct;
import static org.newsgraph.extract.quote.Quotes.mention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Direct quotes in every typography, through the whole extractor. */
class QuoteTypographyTest {

  private static Quote single(String text) {
    List<Quote> quotes = direct(Quotes.of(text));
    assertThat(quotes).as("direct quotes in %s", text).hasSize(1);
    return quotes.get(0);
  }

  @Test
  void curlyQuotes() {
    Quote q = single("“The harvest was the best in ten years,” the farmer said.");
    assertThat(q.text()).isEqualTo("The harvest was the best in ten years");
    assertThat(q.partial()).isFalse();
    assertThat(mention(q)).isEqualTo("the farmer");
    assertThat(q.cue()).isEqualTo("said");
  }

  @Test
  void straightQuotes() {
    Quote q = single("\"The harvest was the best in ten years,\" the farmer said.");
    assertThat(q.text()).isEqualTo("The harvest was the best in ten years");
    assertThat(mention(q)).isEqualTo("the farmer");
  }

  @Test
  void singleQuotesAndApostrophes() {
    Quote q = single("‘The river’s level hasn’t dropped since Monday,’ a local official said.");
    assertThat(q.text()).isEqualTo("The river’s level hasn’t dropped since Monday");
    assertThat(q.speaker()).isEqualTo("a local official");
  }

  @Test
  void guillemetsWithInnerSpaces() {
    Quote q = single("« The border will stay open », the interior minister told reporters.");
    assertThat(q.text()).isEqualTo("The border will stay open");
    assertThat(mention(q)).isEqualTo("the interior minister");
  }

  @Test
  void guillemetsWithoutSpaces() {
    Quote q = single("«The border will stay open», the interior minister told reporters.");
    assertThat(q.text()).isEqualTo("The border will stay open");
  }

  @Test
  void mixedStraightAndGuillemetPair() {
    Quote q =
        single(
            "The port reopened on Friday. \" The ships are moving again » the harbour chief told local radio.");
    assertThat(q.text()).isEqualTo("The ships are moving again");
    assertThat(mention(q)).isEqualTo("the harbour chief");
  }

  @Test
  void mixedStraightAndCurlyPair() {
    Quote q = single("The talks ended late. \" We found no common ground” explained the mediator.");
    assertThat(q.text()).isEqualTo("We found no common ground");
    assertThat(mention(q)).isEqualTo("the mediator");
    assertThat(q.cue()).isEqualTo("explained");
  }

  @Test
  void rightQuoteGluedAfterAFullStopOpens() {
    List<Quote> quotes =
        direct(Quotes.of("The vote was close.”We will appeal,” one union leader told AFP."));
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("We will appeal");
              assertThat(q.speaker()).isEqualTo("one union leader");
            });
  }

  @Test
  void interruptedQuoteIsOneQuote() {
    String text = "“The talks were useful,” the spokesman said, “but nothing has been signed yet.”";
    Quote q = single(text);
    assertThat(q.text()).isEqualTo("The talks were useful, but nothing has been signed yet.");
    assertThat(q.start()).isEqualTo(1);
    assertThat(q.end()).isEqualTo(text.length() - 1);
    assertThat(mention(q)).isEqualTo("the spokesman");
  }

  @Test
  void multiSentenceQuote() {
    Quote q =
        single(
            "“The dam held. The water went down overnight. Nobody was hurt,” the engineer said.");
    assertThat(q.text()).isEqualTo("The dam held. The water went down overnight. Nobody was hurt");
    assertThat(mention(q)).isEqualTo("the engineer");
  }

  @Test
  void quoteOverSeveralParagraphs() {
    String text =
        "The senator spoke after the vote.\n\n“This law protects farmers. It also protects the"
            + " rivers.\n\n“We waited ten years for it,” she said.";
    Quote q = single(text);
    assertThat(q.text())
        .isEqualTo(
            "This law protects farmers. It also protects the rivers.\n\nWe waited ten years for it");
    assertThat(text.substring(q.start(), q.end())).startsWith("This law").endsWith("for it");
    assertThat(mention(q)).isEqualTo("she");
  }
}
