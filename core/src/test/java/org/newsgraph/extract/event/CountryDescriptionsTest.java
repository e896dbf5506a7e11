package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.actor.Countries;
import org.newsgraph.extract.actor.Country;

/** The region adjectives' boxes, on the country table's representative points. */
class CountryDescriptionsTest {

  private static final Countries COUNTRIES = Countries.standard();

  private static boolean in(String region, String iso3) {
    Country c = COUNTRIES.byIso3(iso3).orElseThrow();
    return CountryDescriptions.regionOf(region).contains(c);
  }

  @Test
  void regionAdjectivesHoldTheirCountries() {
    assertThat(List.of("DEU", "FRA", "GRC", "POL", "RUS", "GBR")).allMatch(c -> in("european", c));
    assertThat(List.of("IRN", "IRQ", "SAU", "ISR", "EGY", "TUR", "SYR"))
        .allMatch(c -> in("middle eastern", c));
    assertThat(List.of("SAU", "QAT", "ARE", "KWT", "BHR", "OMN", "IRN"))
        .allMatch(c -> in("gulf", c));
    assertThat(List.of("NGA", "KEN", "ZAF", "EGY", "MAR", "SOM", "ETH"))
        .allMatch(c -> in("african", c));
    assertThat(List.of("CHN", "JPN", "IND", "IDN", "PAK")).allMatch(c -> in("asian", c));
  }

  @Test
  void regionAdjectivesLeaveOutOthers() {
    assertThat(List.of("IRN", "USA", "CHN", "EGY")).noneMatch(c -> in("european", c));
    assertThat(List.of("DEU", "LBY", "PAK", "USA")).noneMatch(c -> in("middle eastern", c));
    assertThat(List.of("YEM", "JOR", "ISR")).noneMatch(c -> in("gulf", c));
    assertThat(List.of("SAU", "YEM", "FRA")).noneMatch(c -> in("african", c));
  }

  @Test
  void longerRegionNamesComeFirst() {
    assertThat(CountryDescriptions.regionOf("southeast asian").name()).isEqualTo("southeast asian");
    assertThat(CountryDescriptions.regionOf("small island")).isNull();
  }
}
