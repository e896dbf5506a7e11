package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.Removed.Kind;

class TextLineClassifierTest {

  private static Kind kindOf(String line) {
    TextLineClassifier.Rule r = TextLineClassifier.rule(TextBlock.of(line));
    return r == null ? null : r.kind();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Read more | TEASER",
        "READ MORE » | TEASER",
        "Don't miss | TEASER",
        "Don’t miss | TEASER",
        "Read also: | TEASER",
        "Related articles | TEASER",
        "You may also like | TEASER",
        "Read more: Floods hit the coast | TEASER",
        "#THE 51% | NAVIGATION",
        "In this article | NAVIGATION",
        "Share this article | NAVIGATION",
        "Advertisement | NAVIGATION",
        "Tags: Libya, Mali, France | NAVIGATION",
        "Home > World > Africa | NAVIGATION",
        "12 Comments | NAVIGATION",
        "Click on map to enlarge | CAPTION",
        "AF Rasmussen during his statement this morning (credit: NATO) | CAPTION",
        "Photo: Reuters/John Smith | CAPTION",
        "Delegates arrive in Geneva (Photo: AFP) | CAPTION",
        "Supporters celebrate in Tripoli (AFP Photo/Mahmud Turkia) | CAPTION",
        "Fire in the frame of Notre Dame. Image: LeLaisserPasserA38. | CAPTION",
        "—Zinichev calling a temporary halt to rescue work | CAPTION",
        "██ On ballot | CAPTION",
        "Video by Clovis CASALI | BYLINE",
        "Text by FRANCE 24 | BYLINE",
        "(Reporting by Jane Roe; Editing by John Doe) | BYLINE",
        "Latest update : 2013-01-14 | BYLINE",
        "Updated: Monday, January 14 2013 | BYLINE",
        "Published on 4 March 2019 | BYLINE",
        "Date created : 2013-01-14 | FOOTER",
        "© 2013 France 24 | FOOTER",
        "Copyright Example Media | FOOTER",
        "Example Media 2019. All rights reserved. | FOOTER",
        "s2Member® | FOOTER",
        "- | FOOTER",
        "*** | FOOTER",
        "&#3; | FOOTER",
        "Reuter | FOOTER",
        "REUTER | FOOTER",
        "Sources | FOOTER",
      })
  void lexicalRules(String line, Kind kind) {
    assertThat(kindOf(line)).as(line).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The fall of Diabaly",
        "Offshore training",
        "National Guard training?",
        "‘We will strike at the heart of France’",
        "Published reports put the value of the aircraft order at 2.5 billion dlrs.",
        "More than 300 people were killed in the fighting, officials said.",
        "Related talks are due next week in Geneva, the envoy said.",
        "– 8-1/4 pct bonds due March 1, 1997 at a price of 101",
        "The minister said the copyright law would change next year.",
        "Photographs of the officers were taken by the Libyan Air Force.",
      })
  void storyLinesMatchNoRule(String line) {
    assertThat(kindOf(line)).as(line).isNull();
  }

  @Test
  void shapes() {
    assertThat(TextLineClassifier.isLabel(TextBlock.of("North Africa Libya"))).isTrue();
    assertThat(TextLineClassifier.isLabel(TextBlock.of("Libya Channel"))).isTrue();
    assertThat(TextLineClassifier.isLabel(TextBlock.of("Offshore training"))).isFalse();
    assertThat(TextLineClassifier.isLabel(TextBlock.of("COBANCO INC YEAR NET"))).isFalse();
    assertThat(TextLineClassifier.isHeadline(TextBlock.of("Talks resume in U.S."))).isTrue();
    assertThat(TextLineClassifier.isHeadline(TextBlock.of("The talks resumed today."))).isFalse();
    assertThat(TextLineClassifier.isNameLine(TextBlock.of("Nicolas Gros Verheyde"))).isTrue();
    assertThat(TextLineClassifier.isNameLine(TextBlock.of("Ursula von der Leyen"))).isTrue();
    assertThat(TextLineClassifier.isNameLine(TextBlock.of("Read the full story"))).isFalse();
    assertThat(TextLineClassifier.isBio(TextBlock.of("Journalist since 1989, correspondent.")))
        .isTrue();
    assertThat(
            TextLineClassifier.isTeaserSummary(
                TextBlock.of(
                    "Weapons are spreading and boosting the arsenals of ... Middle East -")))
        .isTrue();
    assertThat(TextLineClassifier.isTeaserSummary(TextBlock.of("He said: we will win... soon.")))
        .isFalse();
    assertThat(TextLineClassifier.isDateLine(TextBlock.of("Friday, January 4, 2019"))).isTrue();
    assertThat(TextLineClassifier.isDateLine(TextBlock.of("Elections set for June 4, 2013")))
        .isFalse();
    assertThat(TextLineClassifier.isByLine(TextBlock.of("By Clovis CASALI, FRANCE 24"))).isTrue();
    assertThat(TextLineClassifier.startsWithDateline("SANTA CRUZ, Calif., Feb 26 - Shr 34 cts"))
        .isTrue();
    assertThat(TextLineClassifier.startsWithDateline("PARIS, Jan 14 (Reuters) - France said"))
        .isTrue();
    assertThat(TextLineClassifier.startsWithDateline("ECONOMIC SPOTLIGHT - BANKAMERICA")).isFalse();
  }
}
