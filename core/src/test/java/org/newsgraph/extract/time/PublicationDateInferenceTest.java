package org.newsgraph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.extract.actor.Tenure;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/** Publication-date inference from hand-tagged texts: a date only with evidence. */
class PublicationDateInferenceTest {

  private static final ActorDictionary DICTIONARY = ActorDictionary.standard();
  private final PublicationDateInference inference = new PublicationDateInference(DICTIONARY);

  private static Entity person(String name, String title) {
    return new Entity(
        "e1",
        name,
        EntityType.PERSON,
        null,
        null,
        title == null ? List.of() : List.of(title),
        List.of(new Mention(0, 1, "x")));
  }

  private Optional<LocalDate> infer(AnnotatedDocument doc, Entity... entities) {
    return inference.infer(doc, List.of(entities));
  }

  @Test
  void aWeekdayBesideADayAndMonthPinsTheYearAfterTheLatestYearNamed() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence("Le/NNP Drian/NNP spoke/VBD/speak on/IN Sunday/NNP ,/, June/NNP 2/CD ./.")
            .time("Sunday , June 2", "DATE", "XXXX-06-02")
            .sentence("Libya/NNP has/VBZ/have been/VBN/be unstable/JJ since/IN 2011/CD ./.")
            .time("2011", "DATE", "2011")
            .build(null);
    assertThat(infer(doc)).contains(LocalDate.of(2013, 6, 2));
  }

  @Test
  void aWeekdayAndABracketedDateAreOnePair() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence(
                "Ministers/NNS met/VBD/meet on/IN Tuesday/NNP (/-LRB- June/NNP 4/CD )/-RRB- ./.")
            .time("Tuesday", "DATE", "XXXX-WXX-2")
            .time("June 4", "DATE", "XXXX-06-04")
            .sentence("The/DT mission/NN began/VBD/begin in/IN April/NNP 2012/CD ./.")
            .time("April 2012", "DATE", "2012-04")
            .build(null);
    assertThat(infer(doc)).contains(LocalDate.of(2013, 6, 4));
  }

  @Test
  void noYearAndNoOfficeHolderMeansNoDate() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence(
                "Ministers/NNS met/VBD/meet on/IN Tuesday/NNP (/-LRB- June/NNP 4/CD )/-RRB- ./.")
            .time("Tuesday", "DATE", "XXXX-WXX-2")
            .time("June 4", "DATE", "XXXX-06-04")
            .build(null);
    assertThat(infer(doc)).isEmpty();
  }

  @Test
  void yearsAndOfficeHoldersWithoutAPairMeanNoDate() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence(
                "Le/NNP Drian/NNP said/VBD/say Sunday/NNP that/IN troops/NNS arrived/VBD/arrive"
                    + " in/IN 2013/CD ./.")
            .time("Sunday", "DATE", "XXXX-WXX-7")
            .time("2013", "DATE", "2013")
            .build(null);
    assertThat(infer(doc, person("Ashton Carter", "Defense Secretary"))).isEmpty();
  }

  @Test
  void theTermsOfOfficeHoldersNamedWithTheirTitleNarrowTheYears() {
    assertThat(DICTIONARY.tenures("Condoleezza Rice"))
        .contains(new Tenure("USAGOV", LocalDate.of(2005, 1, 26), LocalDate.of(2009, 1, 20)));
    AnnotatedDocument doc =
        new TaggedText()
            .sentence("Rice/NNP spoke/VBD/speak on/IN Tuesday/NNP ,/, June/NNP 4/CD ./.")
            .time("Tuesday , June 4", "DATE", "XXXX-06-04")
            .build(null);
    // June 4 was a Tuesday in 1996, 2002 and 2013; only 2002 lies in her government terms
    // (2001-2009; her elite code from 1972 is no office).
    assertThat(infer(doc, person("Condoleezza Rice", "Secretary of State")))
        .contains(LocalDate.of(2002, 6, 4));
    // "former" says nothing about the day of writing
    assertThat(infer(doc, person("Condoleezza Rice", "former Secretary of State"))).isEmpty();
    // a name without a title may be history
    assertThat(infer(doc, person("Condoleezza Rice", null))).isEmpty();
    // a record with an undated code is coded on any day: no terms
    assertThat(DICTIONARY.tenures("Hillary Clinton")).isEmpty();
  }

  @Test
  void aTermStillOpenWhenTheDictionaryWasMadeBoundsNothingAbove() {
    assertThat(DICTIONARY.tenures("Ashton Carter"))
        .contains(new Tenure("USAGOVMIL", LocalDate.of(2015, 2, 17), null));
    AnnotatedDocument doc =
        new TaggedText()
            .sentence("Carter/NNP spoke/VBD/speak on/IN Tuesday/NNP ,/, June/NNP 4/CD ./.")
            .time("Tuesday , June 4", "DATE", "XXXX-06-04")
            .build(null);
    // June 4 was a Tuesday in 2013 (first term) and 2019, 2024 (the open one): no date.
    assertThat(infer(doc, person("Ashton Carter", "Defense Secretary"))).isEmpty();
  }

  @Test
  void aDayTheClauseLooksAheadToIsNoEvidence() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence(
                "They/PRP will/MD meet/VB on/IN Sunday/NNP ,/, June/NNP 9/CD ,/, after/IN the/DT"
                    + " 2012/CD vote/NN ./.")
            .time("Sunday , June 9", "DATE", "XXXX-06-09")
            .time("2012", "DATE", "2012")
            .build(null);
    assertThat(infer(doc)).isEmpty();
  }

  @Test
  void pairsThatDisagreeGiveNoDate() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence(
                "They/PRP met/VBD/meet on/IN Sunday/NNP ,/, June/NNP 2/CD and/CC on/IN"
                    + " Friday/NNP ,/, December/NNP 20/CD ,/, after/IN the/DT 2012/CD vote/NN ./.")
            .time("Sunday , June 2", "DATE", "XXXX-06-02")
            .time("Friday , December 20", "DATE", "XXXX-12-20")
            .time("2012", "DATE", "2012")
            .build(null);
    assertThat(infer(doc)).isEmpty();
  }

  @Test
  void theStageResolvesAgainstTheInferredDateAndSaysSo() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence("Le/NNP Drian/NNP spoke/VBD/speak on/IN Sunday/NNP ,/, June/NNP 2/CD ./.")
            .time("Sunday , June 2", "DATE", "XXXX-06-02")
            .sentence(
                "He/PRP met/VBD/meet Hollande/NNP earlier/RBR this/DT week/NN ,/, a/DT year/NN"
                    + " after/IN the/DT 2012/CD vote/NN ./.")
            .time("earlier this week", "DATE", null)
            .time("2012", "DATE", "2012")
            .build(null);
    DocumentDates dates = new DateExtractor(DICTIONARY).extract(doc, List.of());
    assertThat(dates.published()).isEqualTo(LocalDate.of(2013, 6, 2));
    assertThat(dates.publishedFrom()).isEqualTo(DateSource.INFERRED);
    assertThat(dates.dates())
        .extracting(DateMention::value)
        .containsExactly("2013-06-02", "2013-W22", "2012");
  }
}
