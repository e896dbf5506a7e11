package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Removed.Kind;

/** One test per rule of {@link TextCleaner}, on small texts written for the purpose. */
class TextCleanerTest {

  private final TextCleaner cleaner = new TextCleaner();

  private static final String STORY =
      "The minister said on Monday that the talks would resume next week in Geneva, after a"
          + " pause of three months.\n\n"
          + "Delegates from both governments are expected to attend, along with observers from"
          + " neighbouring states and the African Union.\n\n"
          + "\"We are ready to talk,\" a spokesman for the delegation said by telephone.\n";

  private CleanedText clean(String raw) {
    return cleaner.clean(raw, null);
  }

  private static List<String> kinds(CleanedText t, Kind kind) {
    return t.removed().stream().filter(r -> r.kind() == kind).map(Removed::text).toList();
  }

  @Test
  void nullTextIsACallerMistake() {
    assertThatThrownBy(() -> cleaner.clean(null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("raw");
  }

  @Test
  void titleIsTheFirstHeadlineAndLeavesTheBody() {
    CleanedText t = clean("Talks to resume in Geneva\n\n" + STORY);
    assertThat(t.title()).isEqualTo("Talks to resume in Geneva");
    assertThat(t.text()).startsWith("The minister said on Monday").doesNotContain("Talks to");
    assertThat(t.removed()).isEmpty();
  }

  @Test
  void aLeadSentenceIsNotATitle() {
    CleanedText t = clean(STORY);
    assertThat(t.title()).isNull();
    assertThat(t.text().split("\n\n")).hasSize(3);
  }

  @Test
  void sectionLabelsAroundTheTitleAreNavigation() {
    CleanedText t = clean("World News\n\nTalks to resume in Geneva\n\nMiddle East\n\n" + STORY);
    assertThat(t.title()).isEqualTo("Talks to resume in Geneva");
    assertThat(kinds(t, Kind.NAVIGATION)).containsExactly("World News", "Middle East");
  }

  @Test
  void aWireHeadlineInCapitalsIsATitleNotALabel() {
    CleanedText t = clean("BAHIA COCOA REVIEW\n\n" + STORY);
    assertThat(t.title()).isEqualTo("BAHIA COCOA REVIEW");
  }

  @Test
  void knownTitleIsRemovedFromTheTopAndNotReDetected() {
    CleanedText t =
        cleaner.clean("Talks to resume in Geneva\n\n" + STORY, "Talks to resume in Geneva");
    assertThat(t.title()).isEqualTo("Talks to resume in Geneva");
    assertThat(t.text()).startsWith("The minister said");

    CleanedText withSite =
        cleaner.clean(
            "Talks to resume in Geneva\n\n" + STORY, "Talks to resume in Geneva - Example");
    assertThat(withSite.text()).startsWith("The minister said");
  }

  @Test
  void knownTitleStopsTheFirstLineFromBecomingTheTitle() {
    CleanedText t = cleaner.clean("A different subtitle line here\n\n" + STORY, "Known title");
    assertThat(t.title()).isEqualTo("Known title");
    assertThat(t.text()).startsWith("A different subtitle line here\n\nThe minister said");
  }

  @Test
  void knownTitleGluedToTheLeadIsCutOff() {
    CleanedText t =
        cleaner.clean(
            "Talks to resume in Geneva The minister said on Monday that the talks would resume.",
            "Talks to resume in Geneva");
    assertThat(t.text()).isEqualTo("The minister said on Monday that the talks would resume.");
  }

  @Test
  void readMoreMarkersMakeTheirHeadlinesTeasers() {
    CleanedText t =
        clean(
            "Don't miss\n\nFloods hit the coast\n\nRead more\n\nElection results are in\n\n"
                + "Read more\n\nTalks to resume in Geneva\n\n"
                + STORY);
    assertThat(kinds(t, Kind.TEASER))
        .containsExactly(
            "Don't miss",
            "Floods hit the coast",
            "Read more",
            "Election results are in",
            "Read more");
    assertThat(t.title()).isEqualTo("Talks to resume in Geneva");
  }

  @Test
  void aSitesOwnRepeatedMarkerWorksLikeReadMore() {
    CleanedText t =
        clean(
            STORY
                + "\nFloods hit the coast\nFull coverage here\nElection results are in\n"
                + "Full coverage here\nMarkets fall again\nFull coverage here\n");
    assertThat(kinds(t, Kind.TEASER)).hasSize(6);
  }

  @Test
  void repeatedSpeakerLabelsAreNotMarkers() {
    String transcript =
        "Interview with the envoy\n\nQUESTION\n\nWhen will the talks resume in Geneva?\n\n"
            + "ENVOY\n\nNext week, if both sides agree on the agenda we sent them.\n\n"
            + "QUESTION\n\nWho will attend the talks?\n\nENVOY\n\nBoth governments will.\n\n"
            + "QUESTION\n\nThank you.\n\nENVOY\n\nThank you for having me on the programme.";
    CleanedText t = clean(transcript);
    assertThat(t.text()).contains("QUESTION").contains("ENVOY");
  }

  @Test
  void creditsAndCaptionsAreRemoved() {
    CleanedText t =
        clean(
            "Talks to resume in Geneva\n\nVideo by Jane Doe\n\nText by NEWS 24\n\n"
                + STORY
                + "\nThe delegates at the palace (Photo: AFP)\n\nClick on map to enlarge\n\n"
                + "Photo: Reuters/John Smith\n\n"
                + STORY);
    assertThat(kinds(t, Kind.BYLINE)).containsExactly("Video by Jane Doe", "Text by NEWS 24");
    assertThat(kinds(t, Kind.CAPTION))
        .containsExactly(
            "The delegates at the palace (Photo: AFP)",
            "Click on map to enlarge",
            "Photo: Reuters/John Smith");
  }

  @Test
  void pullQuoteAttributionIsACaption() {
    CleanedText t = clean(STORY + "\n—Rescue chief Ivan Petrov\n\n" + STORY);
    assertThat(kinds(t, Kind.CAPTION)).containsExactly("—Rescue chief Ivan Petrov");
  }

  @Test
  void bylinesAndDatelinesAtTheTopAreBylines() {
    CleanedText t =
        clean(
            "Talks to resume in Geneva\n\nBy Jane Doe\n\nFriday, January 4, 2019\n\n"
                + "Latest update : 2019-01-04\n\n"
                + STORY);
    assertThat(kinds(t, Kind.BYLINE))
        .containsExactly("By Jane Doe", "Friday, January 4, 2019", "Latest update : 2019-01-04");
  }

  @Test
  void footerMarksAreFooters() {
    CleanedText t =
        clean(STORY + "\nDate created : 2013-01-14\n\n© 2013 Example Media\n\nPlugin®\n\n-\n");
    assertThat(kinds(t, Kind.FOOTER))
        .containsExactly("Date created : 2013-01-14", "© 2013 Example Media", "Plugin®", "-");
  }

  @Test
  void hashtagHeadersShareBarsAndInThisArticleAreNavigation() {
    CleanedText t =
        clean("#WORLD\n\nShare this article\n\nTalks resume\n\n" + STORY + "\nIn this article\n");
    assertThat(kinds(t, Kind.NAVIGATION))
        .containsExactly("#WORLD", "Share this article", "In this article");
  }

  private static final String MORE =
      "Fighting spread to the coast in the spring and thousands of families fled to camps near the"
          + " border, aid agencies said.\n\n"
          + "The United Nations has asked donors for more money to feed them through the winter.\n";

  private static final String EVEN_MORE =
      "Both sides accuse each other of breaking a truce agreed in the autumn under pressure from"
          + " their foreign backers.\n";

  @Test
  void crossheadsInsideTheStoryStay() {
    CleanedText t =
        clean(STORY + "\nThe road to Geneva\n\n" + MORE + "\nA deal by June?\n\n" + EVEN_MORE);
    assertThat(t.removed()).isEmpty();
    assertThat(t.text()).contains("\n\nThe road to Geneva\n\n").contains("\n\nA deal by June?\n\n");
  }

  @Test
  void exactRepeatsOfTheLeadAreDuplicates() {
    CleanedText t = clean(STORY + "\n" + STORY);
    assertThat(kinds(t, Kind.DUPLICATE)).hasSize(3);
  }

  @Test
  void aShortLineRepeatingTheParagraphBeforeIsAPullQuoteCaption() {
    String para =
        "The foreign minister said on Monday that France would not continue to act alone in Mali,"
            + " as the operation entered its fourth day.";
    CleanedText t =
        clean(
            para
                + "\n\nThe foreign minister says France will not continue to act alone in Mali\n\n"
                + STORY);
    assertThat(kinds(t, Kind.CAPTION))
        .containsExactly("The foreign minister says France will not continue to act alone in Mali");
  }

  @Test
  void aCrossheadAnnouncingWhatFollowsIsNotAPullQuote() {
    String next =
        "Tuareg rebels said they were ready to help the French forces in the north of the"
            + " country.";
    CleanedText t =
        clean(STORY + "\nTuareg rebels ready to help French forces in north\n\n" + next + "\n");
    assertThat(t.removed()).isEmpty();
  }

  @Test
  void theSecondOfTwoNearIdenticalLeadParagraphsIsADuplicate() {
    String first =
        "French Foreign Minister Laurent Fabius said on Monday that it was not France's intention"
            + " to continue to act alone in Mali, as a joint operation entered its fourth day.";
    String second =
        "French Foreign Minister Laurent Fabius said on Monday it was not France's role or"
            + " intention to continue to act alone in Mali, as French troops joined Malian forces.";
    CleanedText t = clean(first + "\n\n" + second + "\n\n" + STORY);
    assertThat(kinds(t, Kind.DUPLICATE)).containsExactly(second);
    assertThat(t.text()).startsWith(first);
  }

  @Test
  void listItemsThatDifferInFiguresAreNotDuplicates() {
    String a =
        "The package includes a 250 mln mark five year straight eurobond with a 5-3/8 pct"
            + " coupon priced at par, lead manager Example Bank said.";
    String b =
        "The package also includes a five year 100 mln guilder eurobond with a 5-3/4 pct"
            + " coupon priced at par, lead manager Example Bank said.";
    CleanedText t = clean(a + "\n\n" + b + "\n");
    assertThat(t.removed()).isEmpty();
  }

  @Test
  void anEndMarkerCutsTheRestWhenNoStoryFollows() {
    CleanedText t =
        clean(
            STORY
                + "\nRelated\n\nFloods hit the coast\n\nMarkets fall again as oil slides.\n\n"
                + "Jane Doe\n\nJane Doe is a correspondent based in Tunis. She has covered North"
                + " Africa since 2011.\n");
    assertThat(kinds(t, Kind.TEASER))
        .containsExactly("Related", "Floods hit the coast", "Markets fall again as oil slides.");
    assertThat(kinds(t, Kind.BYLINE)).hasSize(2);
    assertThat(t.text()).endsWith("a spokesman for the delegation said by telephone.");
  }

  @Test
  void aRelatedLineInsideALongStoryCutsNothing() {
    String longPara =
        "The minister said on Monday that the talks would resume next week in Geneva, after a"
            + " pause of three months in which fighting spread to the coast and thousands fled"
            + " their homes for the camps near the border.\n\n";
    String longPara2 =
        "Aid agencies said the camps were short of water and medicine, and that the winter would"
            + " make things worse unless donors sent more money before the roads were closed by"
            + " snow in the mountains.\n\n";
    CleanedText t = clean(longPara + "Related\n\nFloods hit the coast\n\n" + longPara2 + MORE);
    assertThat(t.text().split("\n\n")).hasSize(5);
    assertThat(t.text()).contains("Floods hit the coast");
    assertThat(kinds(t, Kind.TEASER)).containsExactly("Related");
  }

  @Test
  void authorBioAfterTheStoryIsAByline() {
    CleanedText t =
        clean(
            STORY
                + "\nNicolas Martin\n\nChief editor of the site. Journalist since 1989,"
                + " correspondent in Brussels for a regional daily.\n");
    assertThat(kinds(t, Kind.BYLINE))
        .containsExactly(
            "Nicolas Martin",
            "Chief editor of the site. Journalist since 1989, correspondent in Brussels for a"
                + " regional daily.");
  }

  @Test
  void teaserSummariesAfterTheStoryAreTeasers() {
    CleanedText t =
        clean(
            STORY
                + "-\nArms spread across the region\nWeapons are spreading at an alarming rate,"
                + " fueling conflicts and boosting the arsenals of ... Middle East -\n");
    assertThat(kinds(t, Kind.FOOTER)).containsExactly("-");
    assertThat(kinds(t, Kind.TEASER)).hasSize(2);
  }

  @Test
  void aStoryEndingInATableKeepsTheTableAndItsNotes() {
    CleanedText t =
        clean(
            "EXAMPLE CORP YEAR NET\n\nNEW YORK, March 3 - Example Corp said profits rose.\n"
                + "    Shr 34 cts vs 1.19 dlrs\n    Net 3,300,000 vs 12.1 mln\n"
                + "    Record March Two\n    NOTE: Share data adjusted for split\n Reuter\n");
    assertThat(t.text()).contains("Record March Two").contains("NOTE: Share data adjusted");
    assertThat(kinds(t, Kind.FOOTER)).containsExactly("Reuter");
  }

  @Test
  void bodyParagraphsAreNormalizedAndSeparatedByOneBlankLine() {
    CleanedText t =
        clean(
            "Title here now\r\n\r\n\r\n  The\u00a0minister   said\ton Monday that talks resume.  \r\n"
                + "“Quotes” keep ‘their’ typography.\n");
    assertThat(t.text())
        .isEqualTo(
            "The minister said on Monday that talks resume.\n\n“Quotes” keep ‘their’ typography.");
  }

  @Test
  void thePublicationDateIsFoundBeforeLinesAreRemoved() {
    CleanedText t = clean("Talks resume\n\nLatest update : 2013-01-14\n\n" + STORY);
    assertThat(t.published()).hasToString("2013-01-14");
    assertThat(t.publishedFrom()).isNotNull();
    assertThat(t.text()).doesNotContain("Latest update");
  }

  @Test
  void aSourcesSectionAtTheEndIsAFooter() {
    CleanedText t =
        clean(
            STORY
                + "\nSources\n\nExample Agency. \"Talks to resume\" — Example Agency, January 4,"
                + " 2019\n\nOther Paper. \"Geneva talks\" — Other Paper, January 3, 2019\n");
    assertThat(kinds(t, Kind.FOOTER)).hasSize(3).startsWith("Sources");
    assertThat(t.text()).endsWith("said by telephone.");
  }

  @Test
  void theOneArgumentFormHasNoKnownTitle() {
    assertThat(cleaner.clean("Talks to resume in Geneva\n\n" + STORY).title())
        .isEqualTo("Talks to resume in Geneva");
  }
}
