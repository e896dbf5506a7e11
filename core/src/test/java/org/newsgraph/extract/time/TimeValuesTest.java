package org.newsgraph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The relative-date rules, one by one, against a fixed publication date: Tuesday 4 June 2013. */
class TimeValuesTest {

  private static final LocalDate TUESDAY = LocalDate.of(2013, 6, 4);

  private static String value(String text, Tense tense) {
    return TimeValues.resolve(text, "DATE", null, tense, TUESDAY).value();
  }

  @Test
  void aBareWeekdayIsTheLatestOneOnOrBeforePublication() {
    assertThat(value("Sunday", Tense.PAST)).isEqualTo("2013-06-02");
    assertThat(value("Sunday", Tense.UNKNOWN)).isEqualTo("2013-06-02");
    assertThat(value("Tuesday", Tense.PAST)).isEqualTo("2013-06-04");
    assertThat(value("Wednesday", Tense.PAST)).isEqualTo("2013-05-29");
  }

  @Test
  void aWeekdayInAClausePointingAheadIsTheNextOne() {
    assertThat(value("Sunday", Tense.FUTURE)).isEqualTo("2013-06-09");
    assertThat(value("Wednesday", Tense.FUTURE)).isEqualTo("2013-06-05");
    assertThat(value("Tuesday", Tense.FUTURE)).isEqualTo("2013-06-04");
    // "the summit opens on Friday": a present tense with a weekday is a schedule
    assertThat(value("Friday", Tense.PRESENT)).isEqualTo("2013-06-07");
  }

  @Test
  void lastAndNextWeekdaysSkipTheDayOfPublication() {
    assertThat(value("last Tuesday", Tense.UNKNOWN)).isEqualTo("2013-05-28");
    assertThat(value("next Tuesday", Tense.UNKNOWN)).isEqualTo("2013-06-11");
    assertThat(value("next Sunday", Tense.PAST)).isEqualTo("2013-06-09");
  }

  @Test
  void partsOfDaysAreTimes() {
    TimeValues.Value v = TimeValues.resolve("Sunday night", "TIME", null, Tense.PAST, TUESDAY);
    assertThat(v).isEqualTo(new TimeValues.Value("2013-06-02TNI", "TIME"));
    assertThat(value("late Sunday", Tense.PAST)).isEqualTo("2013-06-02");
    assertThat(value("this morning", Tense.PAST)).isEqualTo("2013-06-04TMO");
    assertThat(value("yesterday afternoon", Tense.PAST)).isEqualTo("2013-06-03TAF");
    assertThat(value("last night", Tense.PAST)).isEqualTo("2013-06-03TNI");
    assertThat(value("tonight", Tense.FUTURE)).isEqualTo("2013-06-04TNI");
  }

  @Test
  void daysRelativeToPublication() {
    assertThat(value("today", Tense.PAST)).isEqualTo("2013-06-04");
    assertThat(value("yesterday", Tense.PAST)).isEqualTo("2013-06-03");
    assertThat(value("tomorrow", Tense.FUTURE)).isEqualTo("2013-06-05");
    assertThat(value("early today", Tense.PAST)).isEqualTo("2013-06-04");
  }

  @Test
  void weeksMonthsAndYearsRelativeToPublication() {
    assertThat(value("last week", Tense.PAST)).isEqualTo("2013-W22");
    assertThat(value("earlier this week", Tense.PAST)).isEqualTo("2013-W23");
    assertThat(value("next week", Tense.FUTURE)).isEqualTo("2013-W24");
    assertThat(value("last month", Tense.PAST)).isEqualTo("2013-05");
    assertThat(value("earlier this month", Tense.PAST)).isEqualTo("2013-06");
    assertThat(value("next month", Tense.FUTURE)).isEqualTo("2013-07");
    assertThat(value("last year", Tense.PAST)).isEqualTo("2012");
    assertThat(value("this year", Tense.PAST)).isEqualTo("2013");
    assertThat(value("next year", Tense.FUTURE)).isEqualTo("2014");
  }

  @Test
  void theWeekendBeforeOrAfterPublication() {
    assertThat(value("the weekend", Tense.PAST)).isEqualTo("2013-W22-WE");
    assertThat(value("over the weekend", Tense.PAST)).isEqualTo("2013-W22-WE");
    assertThat(value("this weekend", Tense.FUTURE)).isEqualTo("2013-W23-WE");
    assertThat(value("last weekend", Tense.PAST)).isEqualTo("2013-W22-WE");
  }

  @Test
  void aMonthNameIsTheMostRecentOneUnlessTheClausePointsAhead() {
    assertThat(value("January", Tense.PAST)).isEqualTo("2013-01");
    assertThat(value("in January", Tense.UNKNOWN)).isEqualTo("2013-01");
    assertThat(value("December", Tense.PAST)).isEqualTo("2012-12");
    assertThat(value("June", Tense.PAST)).isEqualTo("2013-06");
    assertThat(value("January", Tense.FUTURE)).isEqualTo("2014-01");
    assertThat(value("December", Tense.FUTURE)).isEqualTo("2013-12");
    assertThat(value("the end of June", Tense.FUTURE)).isEqualTo("2013-06");
    assertThat(value("last June", Tense.UNKNOWN)).isEqualTo("2012-06");
    assertThat(value("early December", Tense.PAST)).isEqualTo("2012-12");
    assertThat(value("this past December", Tense.PAST)).isEqualTo("2012-12");
    assertThat(value("this June", Tense.FUTURE)).isEqualTo("2013-06");
  }

  @Test
  void aDayAndMonthWithoutYear() {
    assertThat(value("June 2", Tense.PAST)).isEqualTo("2013-06-02");
    assertThat(value("June 20", Tense.PAST)).isEqualTo("2012-06-20");
    assertThat(value("June 20", Tense.FUTURE)).isEqualTo("2013-06-20");
    assertThat(value("May 30", Tense.FUTURE)).isEqualTo("2014-05-30");
    assertThat(value("4 December", Tense.UNKNOWN)).isEqualTo("2012-12-04");
    assertThat(value("Sunday, June 2", Tense.PAST)).isEqualTo("2013-06-02");
    // a written year is left to SUTime
    assertThat(
            TimeValues.resolve("June 20, 2011", "DATE", "2011-06-20", Tense.FUTURE, TUESDAY)
                .value())
        .isEqualTo("2011-06-20");
  }

  @Test
  void countsBackFromPublicationAtTheUnitsGranularity() {
    assertThat(value("two years ago", Tense.PAST)).isEqualTo("2011");
    assertThat(value("a year ago", Tense.PAST)).isEqualTo("2012");
    assertThat(value("three months ago", Tense.PAST)).isEqualTo("2013-03");
    assertThat(value("two weeks ago", Tense.PAST)).isEqualTo("2013-W21");
    assertThat(value("five days ago", Tense.PAST)).isEqualTo("2013-05-30");
  }

  @Test
  void withoutAPublicationDateWhatTheTextLeavesOpenStaysOpen() {
    assertThat(TimeValues.resolve("Sunday", "DATE", "XXXX-WXX-7", Tense.PAST, null).value())
        .isEqualTo("XXXX-WXX-7");
    assertThat(TimeValues.resolve("in January", "DATE", "XXXX-01", Tense.PAST, null).value())
        .isEqualTo("XXXX-01");
    assertThat(TimeValues.resolve("June 4", "DATE", "XXXX-06-04", Tense.PAST, null).value())
        .isEqualTo("XXXX-06-04");
    assertThat(TimeValues.resolve("last week", "DATE", null, Tense.PAST, null).value()).isNull();
    assertThat(TimeValues.resolve("two years ago", "DATE", null, Tense.PAST, null).value())
        .isNull();
    // absolute values stay
    assertThat(TimeValues.resolve("June 5, 2013", "DATE", "2013-06-05", Tense.PAST, null).value())
        .isEqualTo("2013-06-05");
  }

  @Test
  void suTimeValuesWithAnOpenYearAreFilledFromPublication() {
    assertThat(TimeValues.resolve("the 4th", "DATE", "XXXX-06-04", Tense.PAST, TUESDAY).value())
        .isEqualTo("2013-06-04");
    assertThat(TimeValues.resolve("the 1990s", "DATE", "199X", Tense.PAST, TUESDAY).value())
        .isEqualTo("199");
    assertThat(
            TimeValues.resolve("5:00 pm EDT", "TIME", "2013-06-04T17:00-0400", Tense.PAST, TUESDAY)
                .value())
        .isEqualTo("2013-06-04T17:00");
  }

  @Test
  void recentYearsIsThePast() {
    TimeValues.Value v = TimeValues.resolve("recent years", "DURATION", "PXY", Tense.PAST, TUESDAY);
    assertThat(v).isEqualTo(new TimeValues.Value("PAST_REF", "DATE"));
  }

  @Test
  void durationsKeepTheirValue() {
    TimeValues.Value v = TimeValues.resolve("18-month", "DURATION", "P18M", Tense.PAST, TUESDAY);
    assertThat(v).isEqualTo(new TimeValues.Value("P18M", "DURATION"));
  }

  @Test
  void laterAndEarlierCountFromADateOfTheText() {
    assertThat(TimeValues.shifted("Ten years later", "1965-03-18")).isEqualTo("1975");
    assertThat(TimeValues.shifted("two days later", "2020-05-25")).isEqualTo("2020-05-27");
    assertThat(TimeValues.shifted("three months earlier", "2013-06")).isEqualTo("2013-03");
    assertThat(TimeValues.shifted("two days later", "2015")).isNull();
    assertThat(TimeValues.shifted("two days later", null)).isNull();
  }

  @Test
  void weeksAreIsoWeeks() {
    assertThat(TimeValues.week(LocalDate.of(2020, 1, 3))).isEqualTo("2020-W01");
    assertThat(TimeValues.week(LocalDate.of(2021, 1, 3))).isEqualTo("2020-W53");
  }
}
