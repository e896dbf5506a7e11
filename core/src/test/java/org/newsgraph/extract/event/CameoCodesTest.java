package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The bundled CAMEO tables: names, roots, QuadClass, Goldstein values, PLOVER categories. */
class CameoCodesTest {

  private static final CameoCodes CODES = CameoCodes.standard();

  @Test
  void theStandardTableHasEveryCodeOnce() {
    assertThat(CameoCodes.standard()).isSameAs(CODES);
    assertThat(CODES.all()).hasSize(311);
    assertThat(CODES.all().get(0).code()).isEqualTo("01");
    assertThat(CODES.all().get(310).code()).isEqualTo("2042");
    Map<String, Integer> perRoot = new TreeMap<>();
    for (CameoCode c : CODES.all()) {
      perRoot.merge(c.root(), 1, Integer::sum);
      assertThat(c.name()).isNotBlank();
    }
    assertThat(perRoot).hasSize(20);
    // the one problem is the mapping's second heading for root 08 (CONCEDE, then RETREAT)
    assertThat(CODES.report().problems())
        .singleElement()
        .asString()
        .contains("CAMEO2PLOVER-2021.txt:82")
        .contains("08: RETREAT");
  }

  @Test
  void namesRootsAndGoldsteinValues() {
    CameoCode c = CODES.get("0332").orElseThrow();
    assertThat(c.name()).isEqualTo("Express intent to provide military aid");
    assertThat(c.root()).isEqualTo("03");
    assertThat(c.quadClass()).isEqualTo(1);
    assertThat(c.goldstein()).isEqualTo(5.2);
    assertThat(CODES.get("057").orElseThrow().goldstein()).isEqualTo(8.0);
    assertThat(CODES.get("0874").orElseThrow().goldstein()).isEqualTo(10.0);
    assertThat(CODES.get("190").orElseThrow().goldstein()).isEqualTo(-10.0);
    assertThat(CODES.get("011").orElseThrow().goldstein()).isEqualTo(-0.1);
    assertThat(CODES.get("044").orElseThrow().name()).isEqualTo("Meet at a 'third' location");
    assertThat(CODES.get("108").orElseThrow().name()).isEqualTo("Demand mediation");
    assertThat(CODES.get("18").orElseThrow().name()).isEqualTo("ASSAULT");
    assertThat(CODES.get("0215")).isEmpty();
    assertThat(CODES.get("174K")).isEmpty();
  }

  @Test
  void quadClassFollowsTheRoot() {
    for (CameoCode c : CODES.all()) {
      int root = Integer.parseInt(c.root());
      int expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
      assertThat(c.quadClass()).as(c.code()).isEqualTo(expected);
    }
    assertThat(CameoCodes.quadClass("05")).isEqualTo(1);
    assertThat(CameoCodes.quadClass("06")).isEqualTo(2);
    assertThat(CameoCodes.quadClass("09")).isEqualTo(2);
    assertThat(CameoCodes.quadClass("10")).isEqualTo(3);
    assertThat(CameoCodes.quadClass("14")).isEqualTo(3);
    assertThat(CameoCodes.quadClass("15")).isEqualTo(4);
    assertThat(CameoCodes.quadClass("20")).isEqualTo(4);
    assertThatThrownBy(() -> CameoCodes.quadClass("21"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CameoCodes.quadClass("00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ploverTypeModeAndContext() {
    assertThat(CODES.plover("0332").orElseThrow())
        .isEqualTo(new PloverCategory("AGREE", null, java.util.List.of("military")));
    assertThat(CODES.plover("042").orElseThrow().mode()).isEqualTo("visit");
    assertThat(CODES.plover("0841").orElseThrow())
        .isEqualTo(new PloverCategory("RETREAT", "release", java.util.List.of("legal")));
    assertThat(CODES.plover("091").orElseThrow().contexts()).containsExactly("crime", "corruption");
    assertThat(CODES.plover("1322").orElseThrow().mode()).isEqualTo("ban");
    assertThat(CODES.get("0332").orElseThrow().plover().type()).isEqualTo("AGREE");
    // statements and appeals have no PLOVER category
    assertThat(CODES.plover("01")).isEmpty();
    assertThat(CODES.plover("0231")).isEmpty();
    assertThat(CODES.get("010").orElseThrow().plover()).isNull();
  }

  @Test
  void ploverFallsBackToTheParentThenTheRoot() {
    // not listed: 155 takes root 15's heading, 0315 its parent 031's entry
    assertThat(CODES.plover("155").orElseThrow().type()).isEqualTo("MOBILIZE");
    assertThat(CODES.plover("0315")).isEqualTo(CODES.plover("031"));
    // listed codes win over their root's heading
    assertThat(CODES.plover("191").orElseThrow().type()).isEqualTo("COERCE");
    assertThat(CODES.plover("193").orElseThrow().type()).isEqualTo("ASSAULT");
    assertThat(CODES.plover("163").orElseThrow().type()).isEqualTo("COERCE");
    // the first of the two headings of root 08 is kept
    assertThat(CODES.plover("08").orElseThrow().type()).isEqualTo("CONCEDE");
    assertThat(CODES.plover("0871").orElseThrow().type()).isEqualTo("RETREAT");
    assertThat(CODES.plover("abc")).isEmpty();
    assertThat(CODES.plover("21")).isEmpty();
  }

  @Test
  void describeGivesCodesOutsideTheTableTheirParentsValues() {
    CameoCode c = CODES.describe("1213").orElseThrow();
    assertThat(c.code()).isEqualTo("1213");
    assertThat(c.name()).isEqualTo(CODES.get("121").orElseThrow().name());
    assertThat(c.goldstein()).isEqualTo(-4.0);
    assertThat(c.quadClass()).isEqualTo(3);
    // the mapping lists 1213 itself
    assertThat(c.plover().contexts()).containsExactly("legal");
    assertThat(CODES.describe("176").orElseThrow().goldstein()).isEqualTo(-7.0);
    assertThat(CODES.describe("042")).isEqualTo(CODES.get("042"));
    assertThat(CODES.describe("174K")).isEmpty();
    assertThat(CODES.describe("---")).isEmpty();
    assertThat(CODES.describe("2101")).isEmpty();
    assertThatThrownBy(() -> CODES.describe(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CODES.get(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordsCheckTheirParts() {
    assertThatThrownBy(() -> new CameoCode("21", "x", "21", 4, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CameoCode("042", "x", "05", 1, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CameoCode("042", "x", "04", 2, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CameoCode("042", "x", "04", 1, 11, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PloverCategory("agree", null, java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
