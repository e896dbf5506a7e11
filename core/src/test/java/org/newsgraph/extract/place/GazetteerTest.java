package org.newsgraph.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.PlaceKind;

/** Lookups in the bundled gazetteer: the real resources, loaded once per process. */
class GazetteerTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  private static GazetteerEntry first(String name) {
    List<GazetteerEntry> found = GAZETTEER.lookup(name);
    assertThat(found).as(name).isNotEmpty();
    return found.get(0);
  }

  @Test
  void holdsTheCitiesCountriesAndRegions() {
    assertThat(GAZETTEER.size()).isGreaterThan(135_000);
    assertThat(GAZETTEER.standard()).isSameAs(GAZETTEER);
    GazetteerEntry sirte = GAZETTEER.byGeonames(2210554).orElseThrow();
    assertThat(sirte.name()).isEqualTo("Sirte");
    assertThat(sirte.country()).isEqualTo("LBY");
    assertThat(sirte.kind()).isEqualTo(PlaceKind.CITY);
    assertThat(sirte.lat()).isCloseTo(31.2, org.assertj.core.data.Offset.offset(0.1));
    assertThat(GAZETTEER.country("lby").orElseThrow().name()).isEqualTo("Libya");
  }

  @Test
  void lookupIgnoresCaseAccentsAndPunctuation() {
    assertThat(first("Bamako").country()).isEqualTo("MLI");
    assertThat(first("BAMAKO")).isSameAs(first("bamako"));
    assertThat(first("Sévaré")).isSameAs(first("Sevare"));
    assertThat(first("Sevare").country()).isEqualTo("MLI");
    assertThat(first("Ségou")).isSameAs(first("SEGOU"));
    assertThat(first("N'Djamena")).isSameAs(first("NDjamena"));
    assertThat(first("N’Djamena").country()).isEqualTo("TCD");
    assertThat(first("Ti n Essako")).isSameAs(first("Ti-n-Essako"));
    assertThat(first("the Hague")).isSameAs(first("The Hague"));
  }

  @Test
  void alternateNamesFindTheSamePlace() {
    GazetteerEntry misrata = first("Misrata");
    assertThat(misrata.geonames()).isEqualTo(2214846L);
    assertThat(misrata.name()).isEqualTo("Misrata");
    assertThat(first("Misurata")).isSameAs(misrata);
    assertThat(first("Mişrātah")).isSameAs(misrata);
    // an Arabic article and a final "h" are optional
    assertThat(first("Raqqah")).isSameAs(first("Ar Raqqah"));
    assertThat(first("Raqqa").country()).isEqualTo("SYR");
    assertThat(first("Kiev")).isSameAs(first("Kyiv"));
    // St. Louis, Missouri under both spellings (and Saint-Louis, Senegal too)
    assertThat(GAZETTEER.lookup("Saint Louis"))
        .extracting(GazetteerEntry::geonames)
        .contains(4407066L, 2246452L);
    assertThat(GAZETTEER.lookup("St Louis"))
        .extracting(GazetteerEntry::geonames)
        .contains(4407066L);
    // countries by their names and alternative spellings from the country table
    assertThat(first("Burma").country()).isEqualTo("MMR");
    assertThat(first("Ivory Coast")).isSameAs(first("Côte d'Ivoire"));
  }

  @Test
  void withoutContextTheLikeliestComesFirst() {
    assertThat(first("Tripoli").country()).isEqualTo("LBY");
    assertThat(GAZETTEER.lookup("Tripoli")).extracting(GazetteerEntry::country).contains("LBN");
    assertThat(first("Paris").country()).isEqualTo("FRA");
    assertThat(first("Georgia").kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(GAZETTEER.lookup("Georgia"))
        .extracting(GazetteerEntry::kind, GazetteerEntry::country)
        .contains(org.assertj.core.groups.Tuple.tuple(PlaceKind.REGION, "USA"));
    assertThat(first("New York").geonames()).isEqualTo(5128581L);
    assertThat(first("Washington").country()).isEqualTo("USA");
  }

  @Test
  void regionsAndSeasHaveNoPointUnlessOneStandsForThem() {
    GazetteerEntry sahel = first("the Sahel");
    assertThat(sahel.kind()).isEqualTo(PlaceKind.REGION);
    assertThat(sahel.country()).isNull();
    assertThat(sahel.lat()).isNull();
    assertThat(first("North Africa").lat()).isNull();
    assertThat(first("Middle East").kind()).isEqualTo(PlaceKind.REGION);
    GazetteerEntry med = first("the Mediterranean");
    assertThat(med.kind()).isEqualTo(PlaceKind.WATER);
    assertThat(med.lat()).isNull();
    assertThat(first("Strait of Hormuz").lat()).isNotNull();
    assertThat(first("Darfur").country()).isEqualTo("SDN");
  }

  @Test
  void unknownAndOddNamesFindNothing() {
    assertThat(GAZETTEER.lookup(null)).isEmpty();
    assertThat(GAZETTEER.lookup("")).isEmpty();
    assertThat(GAZETTEER.lookup("---")).isEmpty();
    assertThat(GAZETTEER.lookup("Xyzzyville")).isEmpty();
    assertThat(GAZETTEER.lookup("x".repeat(100_000))).isEmpty();
  }

  @Test
  void keysFoldLikeTheText() {
    assertThat(PlaceKey.of("Mişrātah")).isEqualTo("misratah");
    assertThat(PlaceKey.of("  Sévaré ")).isEqualTo("sevare");
    assertThat(PlaceKey.of("Łódź")).isEqualTo("lodz");
    assertThat(PlaceKey.of("Washington, D.C.")).isEqualTo("washington dc");
    assertThat(PlaceKey.of("The Sahel")).isEqualTo("sahel");
    assertThat(PlaceKey.of("Theodore")).isEqualTo("theodore");
    assertThat(PlaceKey.of("‘Ayn al ‘Arab")).isEqualTo("ayn al arab");
  }
}
