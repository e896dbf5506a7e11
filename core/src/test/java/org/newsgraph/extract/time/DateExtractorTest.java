package org.newsgraph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.DateSource;

/**
 * The time stage on hand-tagged sentences (Penn Treebank tags as CoreNLP gives them, time mentions
 * as SUTime finds them without a document date), so that each rule is checked without loading
 * CoreNLP. The publication date is Tuesday 4 June 2013.
 */
class DateExtractorTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2013, 6, 4);
  private final DateExtractor extractor = new DateExtractor();

  private static String valueOf(DocumentDates dates, String text) {
    return dates.expressions().stream()
        .filter(d -> d.text().equals(text))
        .map(DateMention::value)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + text + " in " + dates.expressions()));
  }

  @Test
  void theTenseOfTheClauseDecidesWhichSunday() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence(
                "Le/NNP Drian/NNP said/VBD/say Sunday/NNP that/IN he/PRP will/MD meet/VB"
                    + " Hollande/NNP on/IN Sunday/NNP ./.")
            .time("Sunday", "DATE", "XXXX-WXX-7")
            .build(PUBLISHED);
    // the second Sunday: mark it by its own offset
    AnnotatedDocument withBoth =
        new TaggedText()
            .sentence("Le/NNP Drian/NNP said/VBD/say Sunday/NNP ./.")
            .time("Sunday", "DATE", "XXXX-WXX-7")
            .sentence("He/PRP will/MD meet/VB Hollande/NNP on/IN Sunday/NNP ./.")
            .time("Sunday", "DATE", "XXXX-WXX-7")
            .sentence("On/IN Sunday/NNP ,/, the/DT minister/NN met/VBD/meet him/PRP ./.")
            .time("Sunday", "DATE", "XXXX-WXX-7")
            .sentence("They/PRP plan/VBP to/TO meet/VB on/IN Friday/NNP ./.")
            .time("Friday", "DATE", "XXXX-WXX-5")
            .sentence("He/PRP did/VBD/do n't/RB come/VB to/TO work/VB on/IN Monday/NNP ./.")
            .time("Monday", "DATE", "XXXX-WXX-1")
            .build(PUBLISHED);
    assertThat(extractor.extract(doc, PUBLISHED).dates().get(0).value()).isEqualTo("2013-06-02");
    List<DateMention> dates = extractor.extract(withBoth, PUBLISHED).dates();
    assertThat(dates)
        .extracting(DateMention::value)
        .containsExactly("2013-06-02", "2013-06-09", "2013-06-02", "2013-06-07", "2013-06-03");
  }

  @Test
  void monthsAndRelativePeriodsThroughTheStage() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence("France/NNP sent/VBD/send troops/NNS in/IN January/NNP ./.")
            .time("January", "DATE", "XXXX-01")
            .sentence("Talks/NNS will/MD resume/VB in/IN January/NNP ./.")
            .time("January", "DATE", "XXXX-01")
            .sentence(
                "Hollande/NNP said/VBD/say earlier/RBR this/DT week/NN that/IN the/DT deal/NN"
                    + " signed/VBD/sign last/JJ month/NN holds/VBZ/hold ./.")
            .time("earlier this week", "DATE", null)
            .time("last month", "DATE", null)
            .sentence(
                "The/DT war/NN began/VBD/begin two/CD years/NNS ago/RB in/IN December/NNP ./.")
            .time("two years ago", "DATE", null)
            .time("December", "DATE", "XXXX-12")
            .build(PUBLISHED);
    assertThat(extractor.extract(doc, PUBLISHED).dates())
        .extracting(DateMention::value)
        .containsExactly("2013-01", "2014-01", "2013-W23", "2013-05", "2011", "2012-12");
  }

  @Test
  void durationsAreNotDates() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence("It/PRP would/MD end/VB an/DT 18-month/JJ civil/JJ war/NN ./.")
            .time("18-month", "DURATION", "P18M")
            .sentence("They/PRP talked/VBD/talk for/IN three/CD days/NNS on/IN Sunday/NNP ./.")
            .time("three days", "DURATION", "P3D")
            .time("Sunday", "DATE", "XXXX-WXX-7")
            .build(PUBLISHED);
    DocumentDates dates = extractor.extract(doc, PUBLISHED);
    assertThat(dates.dates()).extracting(DateMention::text).containsExactly("Sunday");
    assertThat(dates.expressions())
        .extracting(DateMention::type)
        .containsExactly("DURATION", "DURATION", "DATE");
  }

  @Test
  void withoutAPublicationDateAbsoluteValuesStayAndRelativeOnesStayOpen() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence(
                "He/PRP spoke/VBD/speak on/IN Sunday/NNP and/CC last/JJ week/NN ,/, and/CC on/IN"
                    + " June/NNP 5/CD ,/, 2013/CD ./.")
            .time("Sunday", "DATE", "XXXX-WXX-7")
            .time("last week", "DATE", null)
            .time("June 5 , 2013", "DATE", "2013-06-05")
            .build(null);
    DocumentDates dates = new DateExtractor().extract(doc, List.of());
    assertThat(dates.published()).isNull();
    assertThat(dates.publishedFrom()).isNull();
    assertThat(dates.dates())
        .extracting(DateMention::value)
        .containsExactly("XXXX-WXX-7", null, "2013-06-05");
  }

  @Test
  void aSentencesDateIsItsOwnDayElseThePublicationDate() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence("Rebels/NNS attacked/VBD/attack Konna/NNP on/IN Sunday/NNP ./.")
            .time("Sunday", "DATE", "XXXX-WXX-7")
            .sentence("France/NNP sent/VBD/send troops/NNS ./.")
            .sentence("They/PRP met/VBD/meet in/IN January/NNP ./.")
            .time("January", "DATE", "XXXX-01")
            .sentence("He/PRP said/VBD/say Monday/NNP he/PRP will/MD go/VB on/IN Friday/NNP ./.")
            .time("Friday", "DATE", "XXXX-WXX-5")
            .time("Monday", "DATE", "XXXX-WXX-1")
            .build(PUBLISHED);
    DocumentDates dates = extractor.extract(doc, PUBLISHED);
    assertThat(dates.sentenceDate(0)).isEqualTo(LocalDate.of(2013, 6, 2));
    assertThat(dates.sentenceDate(1)).isEqualTo(PUBLISHED);
    assertThat(dates.sentenceDate(2)).isEqualTo(PUBLISHED); // a month is no day
    // a day the clause looks ahead to gives way to one it reports
    assertThat(dates.sentenceDate(3)).isEqualTo(LocalDate.of(2013, 6, 3));
    assertThatThrownBy(() -> dates.sentenceDate(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no sentence 4");

    DocumentDates undated =
        extractor.extract(
            new TaggedText().sentence("France/NNP sent/VBD/send troops/NNS ./.").build(null),
            (LocalDate) null);
    assertThat(undated.sentenceDate(0)).isNull();
  }

  @Test
  void clockTimesTakeTheDayTheirSentenceOrStoryNames() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence(
                "At/IN 12:20/CD p.m./RB on/IN Wednesday/NNP (/-LRB- 1620/CD UTC/NNP )/-RRB- he/PRP"
                    + " set/VBD himself/PRP on/IN fire/NN ./.")
            .time("12:20 p.m.", "TIME", "2013-06-04T12:20")
            .time("Wednesday", "DATE", "XXXX-WXX-3")
            .time("1620", "DATE", "1620")
            .sentence("He/PRP died/VBD/die that/DT night/NN ./.")
            .time("night", "TIME", "2013-06-04TNI")
            .build(PUBLISHED);
    assertThat(extractor.extract(doc, PUBLISHED).dates())
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("12:20 p.m.", "2013-05-29T12:20"),
            org.assertj.core.groups.Tuple.tuple("Wednesday", "2013-05-29"),
            org.assertj.core.groups.Tuple.tuple("1620 UTC", "2013-05-29T16:20"),
            org.assertj.core.groups.Tuple.tuple("that night", "2013-05-29TNI"));
  }

  @Test
  void wordsSuTimeTakesForTimesThatAreNot() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence(
                "Winds/NNS reached/VBD/reach 75/CD miles/NNS per/IN hour/NN and/CC cases/NNS"
                    + " may/MD exceed/VB 1000/CD ./.")
            .time("hour", "DURATION", "PT1H")
            .time("1000", "DATE", "1000")
            .sentence(
                "He/PRP was/VBD/be once/RB in/IN his/PRP$ forties/NNS ,/, the/DT current/JJ"
                    + " champion/NN ,/, as/IN the/DT offensive/NN entered/VBD/enter its/PRP$ fourth/JJ"
                    + " day/NN ./.")
            .time("once", "DATE", "PAST_REF")
            .time("forties", "DATE", "XX4X")
            .time("current", "DATE", "PRESENT_REF")
            .time("fourth day", "DATE", "2013-06-07")
            .build(PUBLISHED);
    assertThat(extractor.extract(doc, PUBLISHED).expressions()).isEmpty();
  }

  @Test
  void aDurationJoinedToADateGivesTheDate() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence(
                "The/DT Queen/NNP suspended/VBD/suspend parliament/NN for/IN five/CD weeks/NNS"
                    + " yesterday/NN ./.")
            .time("five weeks yesterday", "DATE", null)
            .sentence(
                "The/DT court/NN heard/VBD/hear arguments/NNS for/IN three/CD days/NNS last/JJ"
                    + " week/NN ./.")
            .time("three days last week", "DATE", null)
            .build(PUBLISHED);
    assertThat(extractor.extract(doc, PUBLISHED).dates())
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("yesterday", "2013-06-03"),
            org.assertj.core.groups.Tuple.tuple("last week", "2013-W22"));
  }

  @Test
  void laterCountsFromTheLatestDateNamedBefore() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence("He/PRP walked/VBD/walk in/IN space/NN on/IN March/NNP 18/CD ,/, 1965/CD ./.")
            .time("March 18 , 1965", "DATE", "1965-03-18")
            .sentence("Ten/CD years/NNS later/RB he/PRP led/VBD/lead the/DT mission/NN ./.")
            .time("Ten years later", "DATE", "2023-06-04")
            .build(PUBLISHED);
    assertThat(extractor.extract(doc, PUBLISHED).dates())
        .extracting(DateMention::value)
        .containsExactly("1965-03-18", "1975");
  }

  @Test
  void yearsSuTimeMissedBeforeANameAreAdded() {
    AnnotatedDocument doc =
        new TaggedText()
            .sentence(
                "He/PRP was/VBD/be charged/VBN/charge after/IN the/DT 2006/CD pro-democracy/JJ riots/NNS"
                    + " and/CC the/DT 1500/CD troops/NNS left/VBD/leave ./.")
            .build(PUBLISHED);
    assertThat(extractor.extract(doc, PUBLISHED).dates())
        .extracting(DateMention::text, DateMention::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2006", "2006"));
  }

  @Test
  void theDocumentsOwnDateIsKeptWithItsSource() {
    AnnotatedDocument doc = new TaggedText().sentence("Nothing/NN ./.").build(PUBLISHED);
    DocumentDates dates = extractor.extract(doc, List.of());
    assertThat(dates.published()).isEqualTo(PUBLISHED);
    assertThat(dates.publishedFrom()).isEqualTo(DateSource.METADATA);
    assertThat(dates.dates()).isEmpty();
  }

  @Test
  void oddInputs() {
    AnnotatedDocument empty = new TaggedText().sentence("x/NN").build(PUBLISHED);
    AnnotatedDocument none =
        new AnnotatedDocument(empty.document(), List.of(), List.of(), List.of());
    assertThat(extractor.extract(none, List.of()).expressions()).isEmpty();
    // a mention naming a sentence that is not there is skipped, not thrown on
    AnnotatedDocument stray =
        new AnnotatedDocument(
            empty.document(),
            empty.sentences(),
            List.of(),
            List.of(new org.newsgraph.annotate.TimeMention(0, 1, "x", "DATE", "2013", 7)));
    assertThat(extractor.extract(stray, List.of()).expressions()).isEmpty();
    // a huge document: linear work
    TaggedText big = new TaggedText();
    for (int i = 0; i < 20_000; i++) {
      big.sentence("They/PRP met/VBD/meet on/IN Sunday/NNP in/IN 2012/CD ./.")
          .time("Sunday", "DATE", "XXXX-WXX-7")
          .time("2012", "DATE", "2012");
    }
    long start = System.nanoTime();
    DocumentDates dates = extractor.extract(big.build(null), List.of());
    assertThat(dates.dates()).hasSize(40_000);
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> extractor.extract(null, List.of()))
        .isInstanceOf(NullPointerException.class);
    AnnotatedDocument doc = new TaggedText().sentence("Nothing/NN ./.").build(PUBLISHED);
    assertThatThrownBy(() -> extractor.extract(doc, (List<org.newsgraph.model.Entity>) null))
        .isInstanceOf(NullPointerException.class);
  }
}
