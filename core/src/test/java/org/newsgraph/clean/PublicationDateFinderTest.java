package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.DateSource;

class PublicationDateFinderTest {

  private final PublicationDateFinder finder =
      new PublicationDateFinder(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));

  private Optional<PublicationDateFinder.Found> find(String text) {
    return finder.find(text);
  }

  private void assertText(String text, String iso) {
    assertThat(find(text))
        .as(text)
        .contains(new PublicationDateFinder.Found(LocalDate.parse(iso), DateSource.TEXT));
  }

  private void assertInferred(String text, String iso) {
    assertThat(find(text))
        .as(text)
        .contains(new PublicationDateFinder.Found(LocalDate.parse(iso), DateSource.INFERRED));
  }

  @Test
  void nullIsACallerMistake() {
    assertThatThrownBy(() -> finder.find(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Latest update : 2013-01-14 | 2013-01-14",
        "Date created : 2013-01-14 | 2013-01-14",
        "Published: January 14, 2013 | 2013-01-14",
        "Published on 14 January 2013 | 2013-01-14",
        "Posted on Jan. 14, 2013 at 10:30 | 2013-01-14",
        "Updated 14/01/2013 | 2013-01-14",
        "Updated: 01/14/2013 | 2013-01-14",
        "Last updated: 14.01.2013 09:00 | 2013-01-14",
        "First published: Monday 14th of January 2013 | 2013-01-14",
        "published: 2013/01/14 | 2013-01-14",
        "Posted: 2013-01-14T08:15:00Z | 2013-01-14",
      })
  void explicitMarks(String text, String iso) {
    assertText("Some story text.\n" + text + "\nMore text.", iso);
  }

  @Test
  void creationWinsOverUpdate() {
    assertText("Latest update : 2013-01-16\n\nStory.\n\nDate created : 2013-01-14\n", "2013-01-14");
  }

  @Test
  void ambiguousSlashDatesAreRefused() {
    assertThat(find("Updated: 03/04/2013\n\nThe story says nothing else.")).isEmpty();
  }

  @Test
  void impossibleDatesAreRefused() {
    assertThat(find("Published: 2013-02-30\n\nStory.")).isEmpty();
  }

  @Test
  void aMarkWithoutADateIsNotEnough() {
    assertThat(find("Published reports put the value of the order at 2.5 billion dlrs.")).isEmpty();
  }

  @Test
  void datelineAtTheTop() {
    assertText("Friday, January 4, 2019\u00a0\n\n\nAn apartment building collapsed.", "2019-01-04");
    assertText("Talks resume\nBy Jane Doe | 4 Jan 2019\n\nStory text.", "2019-01-04");
    assertText("PARIS, January 14, 2013 (Reuters) - France said on Monday.", "2013-01-14");
  }

  @Test
  void aDatelineWithoutAYearIsNotEnough() {
    assertThat(find("PARIS, Jan 14 (Reuters) - France said on Monday it would act.")).isEmpty();
  }

  @Test
  void aHeadlineWithADateIsNoDateline() {
    assertThat(find("Elections set for June 4, 2013\n\nVoters will choose a parliament."))
        .isEmpty();
  }

  @Test
  void eventDatesInRunningTextAreNotPublicationDates() {
    assertThat(find("The offensive began on January 11, 2013, officials said.")).isEmpty();
  }

  @Test
  void weekdayWithDayAndMonthIsResolvedAfterTheLatestPastYearMentioned() {
    // June 4 fell on a Tuesday in 2002, 2013, 2019 and 2024; the text names 1989 and 2008
    assertInferred(
        "The announcement was made before the meeting on Tuesday (June 4). Journalist since"
            + " 1989, founded the site in 2008.",
        "2013-06-04");
    assertInferred(
        "Rebels retook the town on Friday, 14 June. They lost it in 2012.", "2013-06-14");
    assertInferred(
        "Ministers met on Monday January 14 after the offensive launched in April 2012.",
        "2013-01-14");
  }

  @Test
  void aWeekdayDateWithAYearIsTakenWhenTheWeekdayAgrees() {
    assertInferred("Ministers met on Monday, January 14, 2013 in Paris.", "2013-01-14");
    assertThat(find("Ministers met on Tuesday, January 14, 2013 in Paris.")).isEmpty();
  }

  @Test
  void futureYearsDoNotSetTheFloor() {
    // "by 2030" is a target, not the past: the floor stays 2012
    assertInferred(
        "Talks opened on Monday, January 14, a year after the 2012 coup. The goal is peace by"
            + " 2030.",
        "2013-01-14");
  }

  @Test
  void aWeekdayInTheFutureIsNoPublicationDay() {
    assertThat(
            find(
                "The trial could possibly commence on Tuesday, January 21. Clinton was tried in"
                    + " 1998."))
        .isEmpty();
  }

  @Test
  void withoutAnyYearNothingIsInferred() {
    assertThat(find("The announcement was made on Tuesday (June 4) in Brussels.")).isEmpty();
  }

  @Test
  void noDateAtAll() {
    assertThat(find("")).isEmpty();
    assertThat(find("France seeks NATO talks about Turkey.\n\nTalks were held on Monday."))
        .isEmpty();
  }

  @Test
  void yearsAfterNextYearAreNotTrusted() {
    assertThat(find("Published: 2099-01-01\n\nStory.")).isEmpty();
  }

  @Test
  void latestPastYearSkipsFiguresAndFutures() {
    assertThat(PublicationDateFinder.latestPastYear("In 2011 and since 2012, 2,013 troops", 2025))
        .isEqualTo(2012);
    assertThat(PublicationDateFinder.latestPastYear("It will end in 2020. It began in 2011.", 2025))
        .isEqualTo(2011);
    assertThat(PublicationDateFinder.latestPastYear("no years here", 2025)).isNull();
  }

  @Test
  void hugeTextsAreSearchedQuickly() {
    String filler = "Nothing to see on this line, Tuesday or otherwise. ".repeat(200_000);
    long start = System.nanoTime();
    Optional<PublicationDateFinder.Found> found = find(filler + "\nDate created : 2013-01-14\n");
    assertThat(found).map(PublicationDateFinder.Found::date).contains(LocalDate.of(2013, 1, 14));
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }
}
