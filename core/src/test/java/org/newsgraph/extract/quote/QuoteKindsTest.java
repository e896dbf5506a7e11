package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Quotes.direct;
import static org.newsgraph.extract.quote.Quotes.indirect;
import static org.newsgraph.extract.quote.Quotes.mention;
import static org.newsgraph.extract.quote.Quotes.starting;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Partial quotes, scare quotes and indirect speech. */
class QuoteKindsTest {

  @Test
  void partialQuoteInsideReportedSpeech() {
    String text =
        "In the north, the government “chose to keep its army at full strength, despite the"
            + " debt,” Roux said.";
    List<Quote> quotes =
        Quotes.of(text, new Annotated.Entities(text).person("Pierre Roux", "Roux"));
    Quote partial = starting(direct(quotes), "chose to keep");
    assertThat(partial.partial()).isTrue();
    assertThat(partial.speaker()).isEqualTo("Pierre Roux");
    assertThat(partial.confidence()).isEqualTo(0.85);
    Quote reported = starting(indirect(quotes), "In the north");
    assertThat(reported.speaker()).isEqualTo("Pierre Roux");
  }

  @Test
  void partialQuoteAfterTheCue() {
    String text = "President Anne Morel said the mission would last “as long as it takes.”";
    List<Quote> quotes =
        Quotes.of(text, new Annotated.Entities(text).person("Anne Morel", "Anne Morel"));
    Quote q = starting(direct(quotes), "as long as");
    assertThat(q.partial()).isTrue();
    assertThat(q.speaker()).isEqualTo("Anne Morel");
  }

  @Test
  void scareQuotesAreNoQuotes() {
    assertThat(
            Quotes.of(
                "Fearing that the port could become a “safe haven” for smugglers, the navy sent"
                    + " two ships."))
        .isEmpty();
    assertThat(
            direct(
                Quotes.of(
                    "Officials said the rebels, including a commander nicknamed “the Fox”, had"
                        + " fled. Critics described the so-called “green corridor” as a car park.")))
        .isEmpty();
  }

  @Test
  void indirectSpeechWithThat() {
    String text = "Finance Minister Raj Patel said on Monday that profits would fall this year.";
    Quote q = Quotes.of(text, new Annotated.Entities(text).person("Raj Patel", "Raj Patel")).get(0);
    assertThat(q.direct()).isFalse();
    assertThat(q.partial()).isFalse();
    assertThat(q.text()).isEqualTo("profits would fall this year");
    assertThat(q.speaker()).isEqualTo("Raj Patel");
    assertThat(q.cue()).isEqualTo("said");
    assertThat(q.confidence()).isEqualTo(0.7);
  }

  @Test
  void indirectSpeechWithoutThat() {
    List<Quote> quotes = Quotes.of("The central bank warned the recovery would be slow.");
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("the recovery would be slow");
              assertThat(q.speaker()).isEqualTo("The central bank");
              assertThat(q.cue()).isEqualTo("warned");
            });
  }

  @Test
  void reportedClauseBeforeTheCue() {
    List<Quote> quotes =
        Quotes.of("The border will stay closed until March, the interior ministry said Sunday.");
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("The border will stay closed until March");
              assertThat(mention(q)).isEqualTo("the interior ministry");
            });
    assertThat(Quotes.of("Talks will resume next week, said a senior diplomat."))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("Talks will resume next week");
              assertThat(q.speaker()).isEqualTo("a senior diplomat");
            });
  }

  @Test
  void accordingTo() {
    List<Quote> quotes =
        Quotes.of(
            "According to the weather service, the storm will reach the coast on Friday. "
                + "Thousands have left their homes, according to local officials.");
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).text()).isEqualTo("the storm will reach the coast on Friday");
    assertThat(quotes.get(0).speaker()).isEqualTo("the weather service");
    assertThat(quotes.get(0).cue()).isEqualTo("According to");
    assertThat(quotes.get(1).text()).isEqualTo("Thousands have left their homes");
    assertThat(quotes.get(1).speaker()).isEqualTo("local officials");
  }

  @Test
  void reiteratedWithAPronounSubject() {
    String text =
        "Governor Ewa Nowak visited the flooded towns. She reiterated federal aid must reach"
            + " the farmers.";
    Quote q = Quotes.of(text, new Annotated.Entities(text).person("Ewa Nowak", "Ewa Nowak")).get(0);
    assertThat(q.text()).isEqualTo("federal aid must reach the farmers");
    assertThat(q.speaker()).isEqualTo("Ewa Nowak");
    assertThat(mention(q)).isEqualTo("She");
  }

  @Test
  void aClauseStopsWhereAnotherAttributionBegins() {
    List<Quote> quotes =
        Quotes.of(
            "The ministry said in a statement that the strikes had stopped, the agency reported.");
    Quote ministry = starting(quotes, "the strikes had stopped");
    assertThat(ministry.text()).isEqualTo("the strikes had stopped");
    assertThat(ministry.cue()).isEqualTo("said in a statement");
  }

  @Test
  void notReportedSpeech() {
    assertThat(Quotes.of("The committee is said to be divided over the budget.")).isEmpty();
    assertThat(Quotes.of("The rebels vowed to fight on.")).isEmpty();
    assertThat(Quotes.of("The airline added three new routes to Asia.")).isEmpty();
    assertThat(Quotes.of("The team will identify the needs and report back in June.")).isEmpty();
  }

  @Test
  void participleTakesTheSubjectOfTheMainVerb() {
    List<Quote> quotes =
        Quotes.of("The parliament rejected the budget on Friday, saying it was too large.");
    assertThat(quotes)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo("it was too large");
              assertThat(q.speaker()).isEqualTo("The parliament");
            });
  }
}
