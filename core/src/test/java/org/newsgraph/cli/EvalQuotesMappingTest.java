package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.PredictedQuote;
import org.newsgraph.eval.QuoteSpan;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;

/** How {@code eval quotes} turns the quote stage's quotes into attributions to score. */
class EvalQuotesMappingTest {

  private static Quote quote(
      String text, String words, boolean direct, boolean partial, String speaker, String cue) {
    int start = text.indexOf(words);
    int at = speaker == null ? -1 : text.indexOf(speaker);
    Mention m = at < 0 ? null : new Mention(at, at + speaker.length(), speaker);
    return new Quote(
        words, start, start + words.length(), direct, partial, speaker, null, m, cue, 0.9);
  }

  @Test
  void aQuoteResumedAfterItsAttributionIsOneContentOfTwoFragments() {
    String text = "“Our citizens were hurt,” Lam continued. “There were chaotic scenes.”";
    List<PredictedQuote> predicted =
        EvalQuotesCommand.predicted(
            text,
            List.of(
                quote(text, "Our citizens were hurt", true, false, "Lam", "continued"),
                quote(text, "There were chaotic scenes.", true, false, "Lam", null)));
    assertThat(predicted).hasSize(1);
    PredictedQuote p = predicted.get(0);
    assertThat(p.direct()).isTrue();
    assertThat(p.content()).hasSize(2);
    assertThat(p.speaker()).isEqualTo(new QuoteSpan(26, 29));
  }

  @Test
  void aQuoteWithACueOfItsOwnOrInANewParagraphStaysApart() {
    String own = "“Our citizens were hurt,” Lam said. “There were chaotic scenes,” Lam added.";
    assertThat(
            EvalQuotesCommand.predicted(
                own,
                List.of(
                    quote(own, "Our citizens were hurt", true, false, "Lam", "said"),
                    new Quote(
                        "There were chaotic scenes",
                        36,
                        61,
                        true,
                        false,
                        "Lam",
                        null,
                        new Mention(26, 29, "Lam"),
                        "added",
                        0.9))))
        .hasSize(2);
    String paragraph = "“Our citizens were hurt,” Lam said.\n\n“There were chaotic scenes.”";
    assertThat(
            EvalQuotesCommand.predicted(
                paragraph,
                List.of(
                    quote(paragraph, "Our citizens were hurt", true, false, "Lam", "said"),
                    quote(paragraph, "There were chaotic scenes.", true, false, "Lam", null))))
        .hasSize(2);
  }

  @Test
  void aPartialQuoteInsideAReportedClauseIsDropped() {
    String text = "Lam said the protests were “chaotic scenes” for the city.";
    List<PredictedQuote> predicted =
        EvalQuotesCommand.predicted(
            text,
            List.of(
                quote(
                    text,
                    "the protests were “chaotic scenes” for the city",
                    false,
                    false,
                    "Lam",
                    "said"),
                quote(text, "chaotic scenes", true, true, "Lam", "said")));
    assertThat(predicted).hasSize(1);
    assertThat(predicted.get(0).direct()).isFalse();
  }
}
