package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Removed.Kind;

/**
 * The acceptance checks on the five seed articles, stated one by one (the golden files hold the
 * whole output; these say which parts of it matter and why).
 */
class TextCleanerSeedTest {

  private final TextCleaner cleaner = new TextCleaner();

  private static String seed(String name) throws IOException {
    try (InputStream in =
        TextCleanerSeedTest.class.getResourceAsStream(
            "/golden/clean-text/" + name + "/input.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> paragraphs(CleanedText t) {
    return Arrays.asList(t.text().split("\n\n"));
  }

  private static List<String> removed(CleanedText t, Kind kind) {
    return t.removed().stream().filter(r -> r.kind() == kind).map(Removed::text).toList();
  }

  @Test
  void alArabiyaKeepsEveryLeadLineAndDropsTheRelatedList() throws IOException {
    CleanedText t = cleaner.clean(seed("seed-000-alarabiya"), null);

    // the first line is a full lead sentence ending with a full stop: no title line
    assertThat(t.title()).isNull();
    assertThat(paragraphs(t)).hasSize(10);
    assertThat(paragraphs(t).get(0)).startsWith("France is willing help Libya secure its borders");
    assertThat(paragraphs(t).get(9)).startsWith("In Libya, Mali and Afghanistan");
    assertThat(removed(t, Kind.FOOTER)).containsExactly("-");
    assertThat(removed(t, Kind.TEASER))
        .containsExactly(
            "Libya arms fueling conflicts in Syria, Mali and beyond: U.N. experts",
            "Weapons are spreading from Libya at an “alarming rate,” fueling conflicts in Mali,"
                + " Syria and elsewhere and boosting the arsenals of ... Middle East -",
            "Libya against British warning on Benghazi; wants peacekeepers in Mali",
            "Libya said on Thursday that nothing justifies a British warning of an imminent"
                + " threat to Westerners in the country’s second city of Benghazi. ... News -",
            "Libya’s track to security challenged by militias and the Mali nexus",
            "Travel warnings by Western nations on the situation in Benghazi have complicated"
                + " Libya’s first elected government’s task as it strives to ... Analysis");
    assertThat(t.published()).isNull();
  }

  @Test
  void libyaChannelDropsSectionLabelAndArticleMarker() throws IOException {
    String raw = seed("seed-001-libya-channel");
    CleanedText t = cleaner.clean(raw, null);

    assertThat(t.title())
        .isEqualTo(
            "France warns of IS crossing the Med to Europe, US mulls military action in Libya");
    assertThat(removed(t, Kind.NAVIGATION)).containsExactly("Libya Channel", "In this article");
    assertThat(t.removed()).hasSize(2);
    // every other non-empty line is a story paragraph, kept, with whitespace normalized
    long storyLines = raw.lines().filter(l -> !l.isBlank()).count() - 3;
    assertThat(paragraphs(t)).hasSize((int) storyLines);
    assertThat(t.text()).doesNotContain("\u00a0").doesNotContain("  ");
    assertThat(paragraphs(t).get(0))
        .isEqualTo(
            "US President Barack Obama has instructed key advisors to explore military action"
                + " against Islamic State group in Libya, as top French defense officials warned"
                + " the militants could hide amongst refugees crossing the Mediterranean to"
                + " Europe.");
    assertThat(paragraphs(t).get(paragraphs(t).size() - 1))
        .isEqualTo(
            "“We’ll see whether this is just more talk or if it will be backed up with the will"
                + " and the resources necessary for victory.”");
  }

  @Test
  void france24DropsTeasersCreditsAndTheRepeatedLeadButKeepsCrossheads() throws IOException {
    CleanedText t = cleaner.clean(seed("seed-002-france24"), null);

    assertThat(t.title()).isEqualTo("France seeks allies in Mali operation");
    assertThat(t.published()).isEqualTo(LocalDate.of(2013, 1, 14));
    assertThat(t.publishedFrom()).isEqualTo(DateSource.TEXT);

    List<String> teasers = removed(t, Kind.TEASER);
    assertThat(teasers).contains("Don't miss", "Prominent Iraqi women in danger");
    assertThat(teasers).contains("French pilot dies in Mali military operation");
    assertThat(teasers).filteredOn("Read more"::equals).hasSize(12);
    assertThat(removed(t, Kind.NAVIGATION)).containsExactly("#THE 51%");
    assertThat(removed(t, Kind.BYLINE))
        .containsExactly(
            "Video by Clovis CASALI", "Text by FRANCE 24", "Latest update : 2013-01-14");
    assertThat(removed(t, Kind.FOOTER)).containsExactly("Date created : 2013-01-14");
    assertThat(removed(t, Kind.CAPTION))
        .containsExactly(
            "French Foreign Minister Laurent Fabius says France will not continue to act alone"
                + " in Mali",
            "Click on map to enlarge");

    // the repeated lead: the second of the two near-identical paragraphs goes, once
    List<String> dup = removed(t, Kind.DUPLICATE);
    assertThat(dup).hasSize(1);
    assertThat(dup.get(0))
        .startsWith(
            "French Foreign Minister Laurent Fabius said on Monday it was not France’s role");
    assertThat(paragraphs(t).get(0))
        .startsWith("French Foreign Minister Laurent Fabius said on Monday that it was not");
    assertThat(t.text()).containsOnlyOnce("French Foreign Minister Laurent Fabius");

    // crossheads inside the story stay
    assertThat(paragraphs(t))
        .contains(
            "‘We will strike at the heart of France’",
            "The fall of Diabaly",
            "Building up before ground campaign",
            "Mali’s separatist Tuareg rebels ‘ready to help’ French forces");
    assertThat(paragraphs(t).get(paragraphs(t).size() - 1))
        .isEqualTo(
            "Mali's interim president, Dioncounda Traore, said that 11 Malian soldiers had died"
                + " in fighting over the weekend.");
    assertThat(paragraphs(t)).hasSize(29); // 25 story paragraphs and four crossheads
  }

  @Test
  void middleEastArticleIsKeptWhole() throws IOException {
    String raw = seed("seed-003-middle-east");
    CleanedText t = cleaner.clean(raw, null);

    assertThat(t.title()).isEqualTo("France seeks NATO talks about Turkey’s involvement in Libya");
    assertThat(t.removed()).isEmpty();
    assertThat(paragraphs(t)).hasSize((int) raw.lines().filter(l -> !l.isBlank()).count() - 1);
  }

  @Test
  void bruxelles2DropsLabelCaptionBioAndFooterButKeepsCrossheads() throws IOException {
    CleanedText t = cleaner.clean(seed("seed-004-bruxelles2"), null);

    assertThat(t.title()).isEqualTo("NATO prepares training mission in Libya");
    assertThat(t.published()).isEqualTo(LocalDate.of(2013, 6, 4));
    assertThat(t.publishedFrom()).isEqualTo(DateSource.INFERRED);
    assertThat(removed(t, Kind.NAVIGATION)).containsExactly("North Africa Libya");
    assertThat(removed(t, Kind.CAPTION))
        .containsExactly(
            "AF Rasmussen during his \"Doorstep\" statement this morning (credit: NATO)");
    assertThat(removed(t, Kind.TEASER)).containsExactly("Read also:");
    assertThat(removed(t, Kind.BYLINE)).hasSize(2);
    assertThat(removed(t, Kind.BYLINE).get(0)).isEqualTo("Nicolas Gros Verheyde");
    assertThat(removed(t, Kind.BYLINE).get(1)).startsWith("Chief editor of the B2 site.");
    assertThat(removed(t, Kind.FOOTER)).containsExactly("s2Member®");
    assertThat(paragraphs(t))
        .contains("A report for the end of June", "Offshore training", "National Guard training?");
    assertThat(paragraphs(t)).hasSize(9); // six story paragraphs and three crossheads
    assertThat(paragraphs(t).get(0)).startsWith("(BRUSSELS2) The announcement was made");
  }
}
