package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateValuesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2013-01-14",
        " 2013-01-14 ",
        "2013/01/14",
        "2013-1-14",
        "20130114",
        "2013-01-14T09:30:00Z",
        "2013-01-14T23:30:00-05:00",
        "2013-01-14 09:30",
        "2013-01-14T09:30:00.000+0100",
        "Mon, 14 Jan 2013 09:30:00 GMT"
      })
  void datesAsWritten(String value) {
    assertThat(DateValues.parse(value)).isEqualTo(LocalDate.of(2013, 1, 14));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"yesterday", "2013-02-30", "14/01/2013", "2013-01-14 at noon", "123", "Monday"})
  void notDates(String value) {
    assertThat(DateValues.parse(value)).isNull();
  }

  @org.junit.jupiter.api.Test
  void epochSecondsAndMilliseconds() {
    assertThat(DateValues.fromEpoch(1358155800L)).isEqualTo(LocalDate.of(2013, 1, 14));
    assertThat(DateValues.fromEpoch(1358155800000L)).isEqualTo(LocalDate.of(2013, 1, 14));
  }
}
