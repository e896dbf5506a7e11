package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Quotes.direct;
import static org.newsgraph.extract.quote.Quotes.indirect;
import static org.newsgraph.extract.quote.Quotes.mention;
import static org.newsgraph.extract.quote.Quotes.starting;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Sentence shapes met in wire copy: asides, colons, participles, listeners, parentheticals. */
class QuoteSentenceShapesTest {

  @Test
  void aQuoteAfterAColonBelongsToTheSubjectBeforeIt() {
    String text =
        "Former army chief Omar Salim praised the soldiers on the radio: “They did their duty."
            + " Nobody can say otherwise.”";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Omar Salim", "Omar Salim")),
            "They did");
    assertThat(q.speaker()).isEqualTo("Omar Salim");
    assertThat(q.cue()).isEqualTo("praised");
    assertThat(q.partial()).isFalse();
  }

  @Test
  void anAsideBetweenSpeakerAndVerb() {
    String text = "Senator Ruth Kane, in an interview with the BBC, said: “We will vote no.”";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).person("Ruth Kane", "Ruth Kane")),
            "We will vote");
    assertThat(q.speaker()).isEqualTo("Ruth Kane");
  }

  @Test
  void aRelativeClauseBetweenSpeakerAndVerb() {
    List<Quote> quotes =
        Quotes.of(
            "The agency reported a government source, whom it did not name, said the ban was"
                + " temporary.");
    Quote q = starting(quotes, "the ban was temporary");
    assertThat(q.speaker()).isEqualTo("a government source");
  }

  @Test
  void aCueAFewWordsBeforeMakesTheQuoteFull() {
    Quote q =
        starting(Quotes.of("The mayor said on Friday “We will rebuild the school.”"), "We will");
    assertThat(q.partial()).isFalse();
    assertThat(q.speaker()).isEqualTo("The mayor");
    assertThat(indirect(Quotes.of("The mayor said on Friday “We will rebuild the school.”")))
        .isEmpty();
  }

  @Test
  void twoPartialQuotesShareTheirSentencesCue() {
    List<Quote> quotes =
        direct(Quotes.of("The minister said the reform was “overdue” and “fair to all workers”."));
    assertThat(quotes).extracting(Quote::text).containsExactly("overdue", "fair to all workers");
    assertThat(quotes)
        .allSatisfy(
            q -> {
              assertThat(q.partial()).isTrue();
              assertThat(q.speaker()).isEqualTo("The minister");
            });
  }

  @Test
  void withXSaying() {
    Quote q =
        starting(
            Quotes.of(
                "The airport closed for an hour, with police saying a suspicious bag had been"
                    + " found."),
            "a suspicious bag");
    assertThat(q.speaker()).isEqualTo("police");
  }

  @Test
  void theAuthorOfAStatement() {
    Quote q =
        starting(
            Quotes.of("“The port is closed,” according to a statement by the harbour authority."),
            "The port");
    assertThat(q.speaker()).isEqualTo("the harbour authority");
    assertThat(q.cue()).isEqualTo("according to");
  }

  @Test
  void parentheticalAttributions() {
    Quote engineers = Quotes.of("The bridge was, the engineers said, never safe.").get(0);
    assertThat(engineers.text()).isEqualTo("The bridge was, the engineers said, never safe");
    assertThat(engineers.speaker()).isEqualTo("the engineers");
    Quote service =
        Quotes.of("One child was, according to the fire service, trapped on the roof.").get(0);
    assertThat(service.text()).startsWith("One child was").endsWith("on the roof");
    Quote split =
        Quotes.of("The dam is safe, the governor said, and the roads will reopen soon.").get(0);
    assertThat(split.text()).isEqualTo("The dam is safe");
  }

  @Test
  void theListenerIsCutBeforeTheReportedClause() {
    Quote q =
        Quotes.of("A police spokesman told the Associated Press four people were arrested.").get(0);
    assertThat(q.text()).isEqualTo("four people were arrested");
    assertThat(q.speaker()).isEqualTo("A police spokesman");
  }

  @Test
  void aRelativeThatIsNoReportedClause() {
    assertThat(Quotes.of("The senator proposed a law that would ban the sale of the drug."))
        .isEmpty();
  }

  @Test
  void butSaidTakesTheSubjectOfTheReportingVerbBefore() {
    List<Quote> quotes =
        Quotes.of(
            "The governor said the dam held where the river turned, but said the roads would stay"
                + " closed.");
    assertThat(starting(quotes, "the roads would").speaker()).isEqualTo("The governor");
  }

  @Test
  void anOrganisationDescriptionIsNotTheOrganisationThatSpokeLongBefore() {
    String text =
        "Radio Tehran said the crash involved pilot error. The lone survivor was a flight"
            + " engineer who had worked for the airline for twenty years and more. All of the crew"
            + " were Iranians, the army said.";
    Quote q =
        starting(
            Quotes.of(text, new Annotated.Entities(text).org("Radio Tehran", "Radio Tehran")),
            "All of the crew");
    assertThat(q.speakerEntity()).isNull();
    assertThat(mention(q)).isEqualTo("the army");
  }
}
