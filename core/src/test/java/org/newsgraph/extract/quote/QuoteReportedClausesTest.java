package org.newsgraph.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.quote.Quotes.indirect;
import static org.newsgraph.extract.quote.Quotes.mention;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Quote;

/** Where a reported clause starts and stops, and when words after a verb are no clause at all. */
class QuoteReportedClausesTest {

  private static Quote onlyIndirect(String text) {
    List<Quote> quotes = indirect(Quotes.of(text));
    assertThat(quotes).as("reported speech in %s", text).hasSize(1);
    return quotes.get(0);
  }

  @Test
  void aNounPhraseAfterTheVerbIsNoReportedSpeech() {
    assertThat(indirect(Quotes.of("Hong Kong leader announces withdrawal of extradition bill")))
        .isEmpty();
    assertThat(
            indirect(
                Quotes.of(
                    "The minister emphasized the requirement of approval by the council, and left"
                        + " early.")))
        .isEmpty();
    assertThat(
            indirect(
                Quotes.of(
                    "He announced the change on Friday, despite criticism by the bishops who"
                        + " questioned his authority.")))
        .isEmpty();
  }

  @Test
  void aVerbThatTakesThatReportsABareClauseStartingWithItsSubject() {
    Quote q = onlyIndirect("A UN report concluded evidence supported the charges.");
    assertThat(q.text()).isEqualTo("evidence supported the charges");
    assertThat(mention(q)).isEqualTo("A UN report");
    assertThat(indirect(Quotes.of("The talks concluded the meeting early on Friday."))).isEmpty();
  }

  @Test
  void accordingToASourceWithAnApposition() {
    Quote q =
        onlyIndirect(
            "According to Dr. Ann Frey, formerly the director of the agency, the outbreak is"
                + " unprecedented.");
    assertThat(q.text()).isEqualTo("the outbreak is unprecedented");
    assertThat(mention(q)).contains("Ann Frey");
  }

  @Test
  void accordingToTwoSourcesOrADocumentWithItsDate() {
    assertThat(
            onlyIndirect("According to Reuters and NBC, the prince is the country's real ruler.")
                .text())
        .isEqualTo("the prince is the country's real ruler");
    assertThat(
            onlyIndirect(
                    "According to the agency's situation report dated March 16, the virus claimed"
                        + " 600 lives.")
                .text())
        .isEqualTo("the virus claimed 600 lives");
  }

  @Test
  void accordingToAfterALeadingAdverbial() {
    Quote q =
        onlyIndirect(
            "On Sunday in London, according to witnesses, a man entered a store and began to"
                + " stab people.");
    assertThat(q.text()).isEqualTo("a man entered a store and began to stab people");
  }

  @Test
  void aTrailingAccordingToWithARelativeClauseOrAppositionLeavesTheClauseBefore() {
    assertThat(
            indirect(
                    Quotes.of(
                        "The shooting began at 10:39 a.m., according to police, who said officers"
                            + " arrived six minutes later."))
                .get(0)
                .text())
        .isEqualTo("The shooting began at 10:39 a.m.");
    assertThat(
            onlyIndirect(
                    "Federal authorities are investigating the case, according to prosecutor"
                        + " Josh Bash, the attorney for the district.")
                .text())
        .isEqualTo("Federal authorities are investigating the case");
  }

  @Test
  void aClauseGoesOnThroughARelativeClauseAndQuoteOnlyVerbs() {
    assertThat(
            onlyIndirect(
                    "Police reported the attacker left the hall and continued to attack others.")
                .text())
        .isEqualTo("the attacker left the hall and continued to attack others");
    Quote q =
        indirect(
                Quotes.of(
                    "The president said he may declare an emergency, which he said would let him"
                        + " build the wall."))
            .get(0);
    assertThat(q.text()).startsWith("he may declare").endsWith("build the wall");
  }

  @Test
  void aClauseStopsAtAConcessiveRemarkAndBeforeAColonThatOpensAQuote() {
    assertThat(
            onlyIndirect(
                    "Police also said the man wore a suicide vest, though it was later found to be"
                        + " fake.")
                .text())
        .isEqualTo("the man wore a suicide vest");
    assertThat(
            indirect(
                    Quotes.of(
                        "Police reported the gunman had fled: “He ran toward the river,” a"
                            + " witness said."))
                .get(0)
                .text())
        .isEqualTo("the gunman had fled");
  }

  @Test
  void anAttributionAfterTheClauseEndsAtADash() {
    Quote q =
        onlyIndirect(
            "State prosecutors charged the suspect with murder, they said Sunday — a charge that"
                + " carries the death penalty.");
    assertThat(q.text()).isEqualTo("State prosecutors charged the suspect with murder");
    assertThat(mention(q)).isEqualTo("they");
  }

  @Test
  void aRequestIsReportedAsItsListenerAndInfinitive() {
    Quote q = onlyIndirect("Foreign Secretary Ann Lowe urged the embassy to reconsider.");
    assertThat(q.text()).isEqualTo("the embassy to reconsider");
    assertThat(q.cue()).isEqualTo("urged");
    Quote on =
        onlyIndirect(
            "The ministers called on Turkey to halt its drilling near the island, and left.");
    assertThat(on.text()).isEqualTo("Turkey to halt its drilling near the island");
    assertThat(on.cue()).isEqualTo("called on");
    assertThat(indirect(Quotes.of("The mayor asked about the budget."))).isEmpty();
  }

  @Test
  void aParticipleRightAfterAPersonRoleTakesItAsSubject() {
    Quote q =
        onlyIndirect(
            "The prime minister joined the calls by officials asking the United States to waive"
                + " her immunity.");
    assertThat(mention(q)).isEqualTo("officials");
  }

  @Test
  void deemedReportsAThatClause() {
    Quote q = onlyIndirect("The council deemed that the agreement goes against the resolution.");
    assertThat(q.text()).isEqualTo("the agreement goes against the resolution");
  }

  @Test
  void anOrganisationsAcronymIsNoRelativePronoun() {
    Quote q =
        onlyIndirect("WHO director-general Ana Ruiz said the name had to be easy to remember.");
    assertThat(q.text()).isEqualTo("the name had to be easy to remember");
    assertThat(mention(q)).contains("Ana Ruiz");
  }

  @Test
  void anAsideThatOpensWithAPrepositionMayHoldAVerb() {
    Quote q =
        onlyIndirect(
            "The president, in a statement delivered by his secretary, announced the troops would"
                + " leave.");
    assertThat(q.text()).isEqualTo("the troops would leave");
    assertThat(mention(q)).isEqualTo("The president");
  }

  @Test
  void coordinatedModalsAndPassivesGoOnWithTheClause() {
    assertThat(
            onlyIndirect("The president said on Friday he can and may declare an emergency.")
                .text())
        .isEqualTo("he can and may declare an emergency");
    assertThat(
            onlyIndirect(
                    "According to the report, the virus claimed 600 lives, and 9,000 cases were"
                        + " reported.")
                .text())
        .isEqualTo("the virus claimed 600 lives, and 9,000 cases were reported");
  }

  @Test
  void aRequestEndsBeforeANewVerb() {
    Quote q =
        onlyIndirect(
            "Foreign Secretary Ann Lowe urged the embassy to reconsider and spoke with the"
                + " ambassador.");
    assertThat(q.text()).isEqualTo("the embassy to reconsider");
  }

  @Test
  void aClauseFramedByAReportBelongsToIt() {
    Quote q =
        onlyIndirect(
            "The Times reported that the president might have encouraged the minister to"
                + " investigate his rival.");
    assertThat(q.cue()).isEqualTo("reported");
    assertThat(q.text()).startsWith("the president might");
  }
}
