package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GdeltActorCodeTest {

  @Test
  void splitsCountryAndTypes() {
    assertThat(GdeltActorCode.parse("FRAGOV"))
        .isEqualTo(new GdeltActorCode("FRAGOV", "FRA", null, List.of(), List.of("GOV")));
    assertThat(GdeltActorCode.parse("LBYMILREB"))
        .isEqualTo(new GdeltActorCode("LBYMILREB", "LBY", null, List.of(), List.of("MIL", "REB")));
  }

  @Test
  void aPartThatIsNoCountryTypeOrReligionIsAKnownGroup() {
    assertThat(GdeltActorCode.parse("IGOUNO"))
        .isEqualTo(new GdeltActorCode("IGOUNO", null, "UNO", List.of(), List.of("IGO")));
    assertThat(GdeltActorCode.parse("IGOWSTNAT"))
        .isEqualTo(new GdeltActorCode("IGOWSTNAT", "WST", "NAT", List.of(), List.of("IGO")));
  }

  @Test
  void religionsGoToTheReligionColumns() {
    GdeltActorCode code = GdeltActorCode.parse("IRQMOSSHI");
    assertThat(code.country()).isEqualTo("IRQ");
    assertThat(code.religion(0)).isEqualTo("MOS");
    assertThat(code.religion(1)).isEqualTo("SHI");
    assertThat(code.type(0)).isNull();
  }

  @Test
  void dropsTheNoCountryMarkAndKeepsOddCodesWhole() {
    assertThat(GdeltActorCode.parse("---REB"))
        .isEqualTo(new GdeltActorCode("REB", null, null, List.of(), List.of("REB")));
    assertThat(GdeltActorCode.parse("ABCD"))
        .isEqualTo(new GdeltActorCode("ABCD", null, null, List.of(), List.of()));
    assertThat(GdeltActorCode.parse("---").code()).isEmpty();
  }
}
