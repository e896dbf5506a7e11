package org.newsgraph.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

  private static final Countries C = Countries.standard();

  private static String byName(String s) {
    return C.byName(s).map(Country::iso3).orElse("<none>");
  }

  private static String byDemonym(String s) {
    return C.byDemonym(s).map(Country::iso3).orElse("<none>");
  }

  private static String byCapital(String s) {
    return C.byCapital(s).map(Country::iso3).orElse("<none>");
  }

  @Test
  void holdsTheIsoList() {
    assertThat(Countries.standard()).isSameAs(C);
    assertThat(C.all()).hasSizeGreaterThan(240);
    assertThat(C.all()).extracting(Country::iso3).doesNotHaveDuplicates();
    Country france = C.byIso3("FRA").orElseThrow();
    assertThat(france.name()).isEqualTo("France");
    assertThat(france.iso2()).isEqualTo("FR");
    assertThat(france.cameo()).isEqualTo("FRA");
    assertThat(france.capital()).isEqualTo("Paris");
    assertThat(france.demonym()).isEqualTo("French");
    assertThat(france.lat()).isBetween(41.0, 51.0);
    assertThat(france.lon()).isBetween(-5.0, 10.0);
    assertThat(C.byIso3("fra")).contains(france);
    assertThat(C.byIso2("fr")).contains(france);
    assertThat(C.byIso3("XYZ")).isEmpty();
    assertThat(C.byIso3(null)).isEmpty();
  }

  @Test
  void namesAndAlternativeSpellings() {
    assertThat(byName("France")).isEqualTo("FRA");
    assertThat(byName("French Republic")).isEqualTo("FRA");
    assertThat(byName("Libya")).isEqualTo("LBY");
    assertThat(byName("Burma")).isEqualTo("MMR");
    assertThat(byName("Ivory Coast")).isEqualTo("CIV");
    assertThat(byName("Côte d'Ivoire")).isEqualTo("CIV");
    assertThat(byName("Cote d'Ivoire")).isEqualTo("CIV");
    assertThat(byName("united states")).isEqualTo("USA");
    assertThat(byName("Britain")).isEqualTo("GBR");
  }

  @Test
  void shortAcronymsNeedCapitals() {
    assertThat(byName("UK")).isEqualTo("GBR");
    assertThat(byName("US")).isEqualTo("USA");
    assertThat(byName("U.S.")).isEqualTo("USA");
    assertThat(byName("UAE")).isEqualTo("ARE");
    assertThat(byName("us")).isEqualTo("<none>");
    assertThat(byName("Uk")).isEqualTo("<none>");
  }

  @Test
  void demonyms() {
    assertThat(byDemonym("French")).isEqualTo("FRA");
    assertThat(byDemonym("Libyan")).isEqualTo("LBY");
    assertThat(byDemonym("Libyans")).isEqualTo("LBY");
    assertThat(byDemonym("Malian")).isEqualTo("MLI");
    assertThat(byDemonym("Turkish")).isEqualTo("TUR");
    assertThat(byDemonym("American")).isEqualTo("USA");
    assertThat(byDemonym("British")).isEqualTo("GBR");
    assertThat(byDemonym("Saudi")).isEqualTo("SAU");
    // shared demonyms go to the independent, larger state
    assertThat(byDemonym("Dutch")).isEqualTo("NLD");
    assertThat(byDemonym("Indian")).isEqualTo("IND");
    assertThat(byDemonym("Congolese")).isEqualTo("COD");
    assertThat(byDemonym("France")).isEqualTo("<none>");
  }

  @Test
  void capitals() {
    assertThat(byCapital("Moscow")).isEqualTo("RUS");
    assertThat(byCapital("Ankara")).isEqualTo("TUR");
    assertThat(byCapital("Paris")).isEqualTo("FRA");
    assertThat(byCapital("Tripoli")).isEqualTo("LBY");
    assertThat(byCapital("Bamako")).isEqualTo("MLI");
    assertThat(byCapital("Washington")).isEqualTo("USA");
    assertThat(byCapital("Marseille")).isEqualTo("<none>");
  }

  @Test
  void cameoCodes() {
    assertThat(C.byIso3("UNK").orElseThrow().cameo()).isEqualTo("KSV");
    assertThat(C.byIso3("TLS").orElseThrow().cameo()).isEqualTo("TMP");
    assertThat(C.byIso3("PRI").orElseThrow().cameo()).isEqualTo("USAPRI");
    assertThat(C.byCameo("KSV").map(Country::iso3)).contains("UNK");
    assertThat(C.byCameo("FRAGOV").map(Country::iso3)).contains("FRA");
    assertThat(C.byCameo("USAPRI").map(Country::iso3)).contains("PRI");
    assertThat(C.byCameo("IGOUNO")).isEmpty();
    // every independent state's CAMEO code leads back to it
    for (Country c : C.all()) {
      assertThat(C.byCameo(c.cameo())).as(c.iso3()).isPresent();
    }
  }

  @Test
  void agreesWithTheActorDictionaryOnStates() {
    ActorDictionary d = ActorDictionary.standard();
    for (String iso3 : new String[] {"FRA", "LBY", "MLI", "TUR", "RUS", "USA", "GBR", "DEU"}) {
      Country c = C.byIso3(iso3).orElseThrow();
      assertThat(d.lookup(c.name(), null).map(ActorMatch::code)).as(c.name()).contains(c.cameo());
      assertThat(d.lookup(c.demonym(), null).map(ActorMatch::code))
          .as(c.demonym())
          .contains(c.cameo());
    }
  }
}
