package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;

/**
 * The coder's mechanisms for the most frequent errors of an audit on 1987 Reuters newswire (places,
 * goods and compound subjects), on sentences written for the purpose, parsed by CoreNLP's
 * dependency parser, coded with the bundled production dictionaries.
 */
class EventCoderAuditTest {

  private static CoreNlpAnnotator annotator;
  private static EventCoder coder;

  @BeforeAll
  static void load() {
    annotator =
        new CoreNlpAnnotator(
            new CoreNlpAnnotator.Options(
                true, CoreNlpAnnotator.Options.defaults().maxCharacters()));
    coder = EventCoder.standard();
  }

  private static AnnotatedDocument annotate(String text, LocalDate date) {
    return annotator.annotate(
        new CleanDocument(
            "t", "t", null, null, date, DateSource.METADATA, "en", text, List.of(), List.of()));
  }

  /** The coded events of a one-sentence text as "SOURCE TARGET ROOT" strings. */
  private static List<String> code(String text) {
    LocalDate date = LocalDate.of(1987, 3, 15);
    Sentence s = annotate(text, date).sentences().get(0);
    return coder.code(s, date).stream()
        .map(e -> e.source().code() + " " + e.target().code() + " " + e.code().substring(0, 2))
        .toList();
  }

  @Test
  void aCapitalModifyingANounIsAPlaceNotItsGovernment() {
    assertThat(code("Under the Moscow agreement, India promised to cut its tariffs on machinery."))
        .noneMatch(e -> e.contains("RUS"));
    assertThat(code("Canada said the Ottawa talks had brought no progress.")).isEmpty();
    // a capital of its own, or with a role word, is still the government
    assertThat(code("Iraq accused Tehran of shelling the border town."))
        .containsExactly("IRQ IRN 11");
    assertThat(code("The Ankara government criticised Athens for the new tariffs."))
        .containsExactly("TURGOV GRC 11");
  }

  @Test
  void aPlaceJoinedToBasedIsNoActor() {
    assertThat(code("A London-based newsletter said Iran was producing more oil than its quota."))
        .noneMatch(e -> e.startsWith("GBR"));
  }

  @Test
  void anAbbreviatedNameOnGoodsIsTheirOriginNotATradingPartner() {
    // "U.S." before a noun is the country's adjective: goods from there are no party to the trade
    assertThat(code("Egypt has bought 200,000 tonnes of U.S. wheat this year.")).isEmpty();
    assertThat(code("Peru has bought 50,000 tonnes of U.K. barley this month.")).isEmpty();
    // before a noun of people it still names the actor
    assertThat(code("U.S. officials accused Japan of dumping chips."))
        .containsExactly("USA JPN 11");
  }

  @Test
  void coordinatedSubjectsAgreeAmongThemselvesWhenNoOtherPartyIsNamed() {
    assertThat(code("Spain and Portugal agreed on Monday to cut tariffs on farm goods."))
        .containsExactlyInAnyOrder("ESP PRT 03", "PRT ESP 03");
    assertThat(code("Chile and Peru agreed last week to the new fishing quota."))
        .containsExactlyInAnyOrder("CHL PER 05", "PER CHL 05");
    // a place is no party: the flights are over Siberia, the agreement between the two
    assertThat(code("Sweden and Italy agreed to run four flights a week over Siberia."))
        .containsExactlyInAnyOrder("SWE ITA 03", "ITA SWE 03");
    // another party named in the act agreed on is its target
    assertThat(code("France and Germany agreed to send aid to Chad."))
        .containsExactlyInAnyOrder("FRA TCD 03", "DEU TCD 03");
    // producers of two countries agreeing on a price is commerce, not an agreement of the countries
    assertThat(code("Greek and Turkish producers agreed on a minimum price for cotton."))
        .noneMatch(e -> e.startsWith("GRC") && e.contains(" TUR"));
  }

  @Test
  void aFrontedReportWithNoEventIsAStatementOnItsSubject() {
    assertThat(
            code(
                "Mexico's wheat harvest this year is forecast at four mln tonnes, the U.S."
                    + " Agriculture Department's attache in Mexico City said in a report."))
        .containsExactly("USA MEX 01");
    assertThat(code("Brazil's coffee exports fell sharply in March, U.S. officials said."))
        .containsExactly("USA BRA 01");
    // the speaker's own country is no target
    assertThat(code("Kenya's tea crop will rise this year, Kenyan officials said.")).isEmpty();
    // an event reported is coded, and its speakers are only its source
    assertThat(code("Iraq launched new attacks on Iranian cities, Iranian officials said."))
        .containsExactly("IRQ IRN 19");
  }

  @Test
  void aWordOfAProperNameIsNoFormOfAPatternWord() {
    // "Agreement" in the organisation's name is not the verb AGREE of a pattern
    assertThat(
            code(
                "Thailand told the General Agreement on Tariffs and Trade that Malaysia's new"
                    + " quotas broke its rules."))
        .noneMatch(e -> e.endsWith(" 03"));
  }

  @Test
  void aidBetweenThingsMarkedByCountriesNeedsAnActor() {
    // a firm and a project marked by their countries are no donor and recipient
    assertThat(
            code(
                "A Japanese consortium will supply turbines worth some 10 billion yen to a"
                    + " Brazilian dam project."))
        .isEmpty();
  }
}
