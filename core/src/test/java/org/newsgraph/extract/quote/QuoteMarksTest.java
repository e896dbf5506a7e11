package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  /** The quoted words of each span. */
  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void curlyDoubleQuotes() {
    assertThat(quoted("“We will stay,” she said. “The work is not done.”"))
        .containsExactly("We will stay,", "The work is not done.");
  }

  @Test
  void straightDoubleQuotes() {
    assertThat(quoted("\"Prices will fall,\" he said. He called it \"a good year\" for farmers."))
        .containsExactly("Prices will fall,", "a good year");
  }

  @Test
  void singleQuotesAreToldFromApostrophes() {
    String text =
        "The council’s chair said: ‘We can’t wait for the ministers’ decision.’ It's late.";
    assertThat(quoted(text)).containsExactly("We can’t wait for the ministers’ decision.");
    assertThat(quoted("Rock'n'roll isn't dead, the '90s fans said.")).isEmpty();
    assertThat(quoted("The players’ union met the owners’ lawyers.")).isEmpty();
  }

  @Test
  void straightSingleQuotes() {
    assertThat(quoted("'The roads are closed,' the police said."))
        .containsExactly("The roads are closed,");
  }

  @Test
  void guillemetsWithAndWithoutInnerSpaces() {
    assertThat(quoted("« Nous restons », a dit le maire. «Tout va bien», a-t-il ajouté."))
        .containsExactly("Nous restons", "Tout va bien");
  }

  @Test
  void mixedPairsFromScrapedPages() {
    assertThat(quoted("The envoy said \" We will come back » before leaving."))
        .containsExactly("We will come back");
    assertThat(quoted("He said \" the talks failed ” and left."))
        .containsExactly("the talks failed");
    // A right quotation mark glued after a full stop opens the next quote.
    assertThat(quoted("The meeting ended.”Nothing was agreed,” a diplomat said."))
        .containsExactly("Nothing was agreed,");
    // A left quotation mark used as the closer.
    assertThat(quoted("“The ships are ready, “ the admiral said."))
        .containsExactly("The ships are ready,");
  }

  @Test
  void aQuoteLeftOpenContinuesIntoTheNextParagraphThatReopensIt() {
    String text = "“The first part.\n\n“The second part,” he said.\n\nNo quote here.";
    List<QuotedSpan> spans = QuoteMarks.find(text);
    assertThat(spans).hasSize(1);
    assertThat(text.substring(spans.get(0).start(), spans.get(0).end()))
        .isEqualTo("The first part.\n\n“The second part,");
    assertThat(spans.get(0).clean()).isTrue();
  }

  @Test
  void aQuoteLeftOpenEndsWithItsParagraphWhenTheNextDoesNotReopen() {
    String text = "“The first part is never closed.\n\nThe reporter went on.";
    List<QuotedSpan> spans = QuoteMarks.find(text);
    assertThat(spans).hasSize(1);
    assertThat(text.substring(spans.get(0).start(), spans.get(0).end()))
        .isEqualTo("The first part is never closed.");
    assertThat(spans.get(0).closed()).isFalse();
  }

  @Test
  void aNewOpenerEndsAQuoteThatWasNotClosed() {
    assertThat(quoted("“We stay. “We fight,” he said.")).containsExactly("We stay.", "We fight,");
  }

  @Test
  void anOrphanCloserAfterAColonRecoversTheQuote() {
    List<QuotedSpan> spans =
        QuoteMarks.find("Two rules, he said: first, no troops; second, no bases \". Then he left.");
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).opened()).isFalse();
    assertThat(quoted("Two rules, he said: first, no troops; second, no bases \". Then he left."))
        .containsExactly("first, no troops; second, no bases");
    assertThat(quoted("No colon here \". And nothing recovered.")).isEmpty();
  }

  @Test
  void nestedQuotesStayInsideTheOuterOne() {
    assertThat(quoted("“They called it ‘a disaster’ and left,” she said."))
        .containsExactly("They called it ‘a disaster’ and left,");
    assertThat(quoted("‘He told me “never again” twice,’ she said."))
        .containsExactly("He told me “never again” twice,");
  }

  @Test
  void aQuoteThatOpensWithANestedOne() {
    assertThat(
            quoted(
                "He cited rugby: \"'one in, all in'. I did what anyone would do.\" Then he left."))
        .containsExactly("'one in, all in'. I did what anyone would do.");
    assertThat(quoted("“‘Stay home’ is the advice,” she said."))
        .containsExactly("‘Stay home’ is the advice,");
  }

  @Test
  void texStyleQuotes() {
    assertThat(quoted("``We are ready,'' the coach said.")).containsExactly("We are ready,");
  }

  @Test
  void oddInputs() {
    assertThat(QuoteMarks.find("")).isEmpty();
    assertThat(QuoteMarks.find("\"")).isEmpty();
    assertThat(QuoteMarks.find("“”")).isEmpty();
    assertThat(QuoteMarks.find("\" \" \" \" ” “ « » ' ‘ ’"))
        .allSatisfy(
            s -> {
              assertThat(s.start()).isLessThanOrEqualTo(s.end());
            });
    StringBuilder noise = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    String alphabet = "ab \n\"“”‘’'«».,:";
    for (int i = 0; i < 200_000; i++) {
      noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    List<QuotedSpan> spans = QuoteMarks.find(noise.toString());
    for (int i = 1; i < spans.size(); i++) {
      assertThat(spans.get(i).open()).isGreaterThanOrEqualTo(spans.get(i - 1).close());
    }
  }
}
