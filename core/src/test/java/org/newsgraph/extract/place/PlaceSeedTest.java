package org.newsgraph.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.clean.DocumentCleaner;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Place;
import org.newsgraph.model.PlaceKind;
import org.newsgraph.model.RawDocument;

/**
 * Acceptance through the real pipeline: the five seed articles (those of the entity stage's seed
 * test) and a few short texts written for this test, cleaned, annotated by CoreNLP, given to the
 * entity stage and then to the place stage. The models load once for the class.
 */
class PlaceSeedTest {

  private static final String[] SEEDS = {
    "000_12343c3d830a70f3",
    "001_685518e8b4fb9881",
    "002_b4ef9e226a05196e",
    "003_1989d84ef5c30114",
    "004_ac167c2f0acffaec"
  };

  private static final Map<String, DocumentPlaces> PLACES = new LinkedHashMap<>();

  private static DocumentCleaner cleaner;
  private static CoreNlpAnnotator annotator;
  private static EntityExtractor entities;
  private static PlaceExtractor places;

  @BeforeAll
  static void runPipeline() throws IOException {
    cleaner = new DocumentCleaner();
    annotator = new CoreNlpAnnotator();
    entities = new EntityExtractor();
    places = new PlaceExtractor();
    for (String seed : SEEDS) {
      PLACES.put(seed, locate(seed, read(seed)));
    }
  }

  private static DocumentPlaces locate(String source, String text) {
    AnnotatedDocument doc = annotator.annotate(cleaner.clean(RawDocument.text(source, text)));
    List<Entity> found = entities.extract(doc);
    return places.locate(doc, found);
  }

  private static String read(String seed) throws IOException {
    try (InputStream in =
        PlaceSeedTest.class.getResourceAsStream("/extract/entity/seeds/" + seed + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The place that a mention written {@code text} resolved to, in any seed. */
  private static Place placeOf(String text) {
    return PLACES.values().stream()
        .flatMap(p -> p.places().stream())
        .filter(p -> p.mentions().stream().anyMatch(m -> m.text().equals(text)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no place written " + text + ": " + PLACES));
  }

  /** Great-circle distance in km. */
  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371 * Math.asin(Math.sqrt(a));
  }

  @ParameterizedTest
  @CsvSource({
    // written as in the seeds; the true coordinates, from reference maps (not the gazetteer)
    "Bamako, MLI, 12.64, -8.00",
    "Diabaly, MLI, 14.69, -6.02",
    "Konna, MLI, 14.95, -3.89",
    "Kidal, MLI, 18.44, 1.41",
    "Sevare, MLI, 14.53, -4.10",
    "Tripoli, LBY, 32.89, 13.19",
    "Misrata, LBY, 32.38, 15.09",
    "Sirte, LBY, 31.21, 16.59",
    "Benghazi, LBY, 32.12, 20.07",
    "Tobruk, LBY, 32.08, 23.96"
  })
  void seedPlacesResolveToTheirCountryWithin25Km(
      String written, String country, double lat, double lon) {
    Place place = placeOf(written);
    assertThat(place.country()).as(written).isEqualTo(country);
    assertThat(place.kind()).isEqualTo(PlaceKind.CITY);
    assertThat(place.hasPoint()).as(written).isTrue();
    assertThat(km(place.lat(), place.lon(), lat, lon)).as(written + " km off").isLessThan(25);
  }

  @Test
  void institutionsAndMisspellingsAreNoPlaces() {
    // "White House" (USAGOV) is not White House, Tennessee; "Goa" (for Gao) not the Philippine town
    assertThat(PLACES.values().stream().flatMap(p -> p.places().stream()).map(Place::name))
        .doesNotContain("White House", "Goa")
        .contains("North Africa", "West Africa", "Europe");
    Place northAfrica = placeOf("North Africa");
    assertThat(northAfrica.kind()).isEqualTo(PlaceKind.REGION);
    assertThat(northAfrica.hasPoint()).isFalse();
    assertThat(northAfrica.country()).isNull();
  }

  @Test
  void theSentencePlaceIsTheMostSpecificPlaceInIt() {
    DocumentPlaces mali = PLACES.get(SEEDS[2]);
    int withKonna = sentenceOf(mali, "Konna");
    assertThat(mali.inSentence(withKonna).name()).isEqualTo("Konna");
    long none =
        java.util.stream.IntStream.range(0, mali.sentences())
            .filter(i -> mali.inSentence(i) == null)
            .count();
    assertThat(none).isPositive();
  }

  private static int sentenceOf(DocumentPlaces doc, String written) {
    for (int i = 0; i < doc.sentences(); i++) {
      Place p = doc.inSentence(i);
      if (p != null && p.mentions().stream().anyMatch(m -> m.text().equals(written))) {
        return i;
      }
    }
    throw new AssertionError("no sentence names " + written);
  }

  @Test
  void tripoliIsLibyanInALibyaStoryAndLebaneseInALebanonStory() {
    Place libyan =
        only(
            locate(
                "libya",
                "Fighting resumed in Tripoli on Sunday.\n\nLibya's government said the capital"
                    + " was calm by evening, and Libyan officials blamed the militias."),
            "Tripoli");
    assertThat(libyan.country()).isEqualTo("LBY");
    Place lebanese =
        only(
            locate(
                "lebanon",
                "Clashes broke out in Tripoli on Sunday.\n\nLebanon's army deployed in the"
                    + " northern city, and Lebanese officials in Beirut called for calm. Lebanon"
                    + " has seen such fighting before."),
            "Tripoli");
    assertThat(lebanese.country()).isEqualTo("LBN");
    assertThat(lebanese.geonames()).isNotEqualTo(libyan.geonames());
  }

  @Test
  void parisIsInFranceAndGeorgiaDependsOnTheStory() {
    assertThat(only(locate("paris", "The minister flew to Paris on Monday."), "Paris").country())
        .isEqualTo("FRA");
    Place country =
        only(
            locate(
                "tbilisi",
                "Georgia's president met European envoys in Tbilisi on Friday, officials said."),
            "Georgia");
    assertThat(country.kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(country.country()).isEqualTo("GEO");
    Place state =
        only(
            locate(
                "atlanta",
                "Voters in Georgia lined up for hours on Tuesday as officials in Atlanta counted"
                    + " ballots. Across the United States, turnout was high."),
            "Georgia");
    assertThat(state.kind()).isEqualTo(PlaceKind.REGION);
    assertThat(state.country()).isEqualTo("USA");
    assertThat(state.hasPoint()).isFalse();
  }

  private static Place only(DocumentPlaces doc, String written) {
    List<Place> named =
        doc.places().stream()
            .filter(p -> p.mentions().stream().anyMatch(m -> m.text().equals(written)))
            .toList();
    assertThat(named).as(written + " in " + doc.places()).hasSize(1);
    return named.get(0);
  }
}
