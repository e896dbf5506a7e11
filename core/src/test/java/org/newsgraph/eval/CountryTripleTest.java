package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryTripleTest {

  @Test
  void checksItsCodes() {
    CountryTriple t = new CountryTriple("FRA", "LBY", "03");
    assertThat(t.dyad()).isEqualTo("FRA->LBY");
    assertThat(t.domestic()).isFalse();
    assertThat(new CountryTriple("USA", "USA", "20").domestic()).isTrue();
    assertThat(t).hasToString("FRA LBY 03");
    assertThat(new CountryTriple("FRA", "LBY", "10")).isNotEqualTo(t);
    for (String root : List.of("01", "09", "10", "19", "20")) {
      assertThat(new CountryTriple("FRA", "LBY", root).root()).isEqualTo(root);
    }
    for (String bad : List.of("fra", "FR", "FRAN", "F1A", "")) {
      assertThatThrownBy(() -> new CountryTriple(bad, "LBY", "03"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("source must be a country code of three upper-case letters: " + bad);
      assertThatThrownBy(() -> new CountryTriple("FRA", bad, "03"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("target must be");
    }
    for (String bad : List.of("00", "21", "1", "010", "3 ", "ab")) {
      assertThatThrownBy(() -> new CountryTriple("FRA", "LBY", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("root must be a two-digit CAMEO root code from 01 to 20: " + bad);
    }
    assertThatThrownBy(() -> new CountryTriple(null, "LBY", "03"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CountryTriple("FRA", "LBY", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rootOfAFullCameoCode() {
    assertThat(CountryTriple.rootOf("0332")).isEqualTo("03");
    assertThat(CountryTriple.rootOf("190")).isEqualTo("19");
    assertThat(CountryTriple.rootOf("2042")).isEqualTo("20");
    for (String bad : List.of("03", "2100", "0012", "03a2", "12345")) {
      assertThatThrownBy(() -> CountryTriple.rootOf(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad);
    }
    assertThatThrownBy(() -> CountryTriple.rootOf(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sentencesCheckTheirPartsAndCopyTheirEvents() {
    var events = new java.util.ArrayList<>(List.of(new CountryTriple("FRA", "LBY", "03")));
    EventSentence s = new EventSentence("a#1", null, "France offered Libya help.", events);
    events.clear();
    assertThat(s.events()).hasSize(1);
    assertThatThrownBy(() -> new EventSentence(" ", null, "T.", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EventSentence("a#1", null, "", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EventSentence("a#1", null, "T.", null))
        .isInstanceOf(IllegalArgumentException.class);
    var withNull = new java.util.ArrayList<CountryTriple>();
    withNull.add(null);
    assertThatThrownBy(() -> new EventSentence("a#1", null, "T.", withNull))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
