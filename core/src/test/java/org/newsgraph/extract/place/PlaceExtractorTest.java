package org.newsgraph.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.PlaceKind;

/**
 * The place stage on hand-written sentences with hand-made entities (as the entity stage would give
 * them), over the real gazetteer: no language models, so these run fast. The pipeline as a whole is
 * checked by {@link PlaceSeedTest}.
 */
class PlaceExtractorTest {

  private static final PlaceExtractor EXTRACTOR = new PlaceExtractor();

  /** A text cut into sentences at ". ", and the entities of the given names and types. */
  private static final class Doc {
    final String text;
    final List<Entity> entities = new ArrayList<>();

    Doc(String text) {
      this.text = text;
    }

    Doc coded(EntityType type, String country, String code, String... names) {
      List<Mention> mentions = new ArrayList<>();
      for (String name : names) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          mentions.add(new Mention(at, at + name.length(), name));
        }
      }
      mentions.sort(java.util.Comparator.comparingInt(Mention::start));
      entities.add(
          new Entity(
              "e" + (entities.size() + 1), names[0], type, code, country, List.of(), mentions));
      return this;
    }

    Doc with(EntityType type, String... names) {
      return coded(type, null, null, names);
    }

    AnnotatedDocument annotated() {
      List<Sentence> sentences = new ArrayList<>();
      int start = 0;
      while (start < text.length()) {
        int end = text.indexOf(". ", start);
        end = end < 0 ? text.length() : end + 1;
        sentences.add(
            new Sentence(
                sentences.size(),
                start,
                end,
                List.of(new Token(text.substring(start, end), start, end, "NN", "x", "O"))));
        start = end + 1;
      }
      CleanDocument doc =
          new CleanDocument(
              "0123456789abcdef", "test", null, null, null, null, "en", text, List.of(), List.of());
      return new AnnotatedDocument(doc, sentences, List.of(), List.of());
    }

    DocumentPlaces locate() {
      return EXTRACTOR.locate(annotated(), entities);
    }
  }

  private static Place named(DocumentPlaces places, String name) {
    return places.places().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + places.places()));
  }

  @Test
  void countriesNamedInTheStoryPickTheCity() {
    DocumentPlaces lebanon =
        new Doc("Clashes broke out in Tripoli. Lebanon sent troops. Lebanon called for calm.")
            .coded(EntityType.CITY, "LBY", "LBY", "Tripoli")
            .coded(EntityType.COUNTRY, "LBN", "LBN", "Lebanon")
            .locate();
    assertThat(named(lebanon, "Tripoli").country()).isEqualTo("LBN");
    DocumentPlaces libya =
        new Doc("Clashes broke out in Tripoli. Libya sent troops.")
            .coded(EntityType.CITY, "LBY", "LBY", "Tripoli")
            .coded(EntityType.COUNTRY, "LBY", "LBY", "Libya")
            .locate();
    assertThat(named(libya, "Tripoli").country()).isEqualTo("LBY");
    // no country named: the capital of Libya, the larger and the capital
    DocumentPlaces alone =
        new Doc("Clashes broke out in Tripoli.").with(EntityType.CITY, "Tripoli").locate();
    assertThat(named(alone, "Tripoli").country()).isEqualTo("LBY");
  }

  @Test
  void nationalitiesAndOtherTownsAreContextToo() {
    // no country named, but Lebanese officials and a Lebanese town
    DocumentPlaces lebanese =
        new Doc("Lebanese officials said fighting in Tripoli spread to Zgharta.")
            .coded(EntityType.NATIONALITY, "LBN", "LBN", "Lebanese")
            .with(EntityType.CITY, "Tripoli")
            .with(EntityType.LOCATION, "Zgharta")
            .locate();
    assertThat(named(lebanese, "Tripoli").country()).isEqualTo("LBN");
    // towns of one country lend it to each other: Tripoli beside Misrata and Sirte
    DocumentPlaces towns =
        new Doc("Forces moved from Misurata to Sirte. Tripoli said nothing.")
            .with(EntityType.LOCATION, "Misurata")
            .with(EntityType.CITY, "Sirte")
            .with(EntityType.CITY, "Tripoli")
            .locate();
    assertThat(towns.places()).extracting(Place::country).containsOnly("LBY");
    assertThat(named(towns, "Misrata").mentions()).extracting(Mention::text).contains("Misurata");
  }

  @Test
  void parisIsParisFranceEvenInAnAmericanStory() {
    DocumentPlaces places =
        new Doc("The United States said talks in Paris would resume. The United States agreed.")
            .coded(EntityType.COUNTRY, "USA", "USA", "United States")
            .coded(EntityType.CITY, "FRA", "FRA", "Paris")
            .locate();
    assertThat(named(places, "Paris").country()).isEqualTo("FRA");
  }

  @Test
  void georgiaIsTheCountryUnlessTheStoryIsAmerican() {
    DocumentPlaces caucasus =
        new Doc("Georgia accused Russia. Russia denied it.")
            .coded(EntityType.COUNTRY, "GEO", "GEO", "Georgia")
            .coded(EntityType.COUNTRY, "RUS", "RUS", "Russia")
            .locate();
    assertThat(named(caucasus, "Georgia").kind()).isEqualTo(PlaceKind.COUNTRY);
    DocumentPlaces american =
        new Doc("Voters in Georgia waited. Atlanta counted. The United States watched.")
            .coded(EntityType.COUNTRY, "GEO", "GEO", "Georgia")
            .with(EntityType.CITY, "Atlanta")
            .coded(EntityType.COUNTRY, "USA", "USA", "United States")
            .locate();
    Place state = named(american, "Georgia");
    assertThat(state.kind()).isEqualTo(PlaceKind.REGION);
    assertThat(state.country()).isEqualTo("USA");
    assertThat(state.lat()).isNull();
  }

  @Test
  void famousRegionsBeatSmallTownsOfTheirName() {
    // England, Arkansas is a town of 2,800 in the country the story is about
    DocumentPlaces places =
        new Doc("The United States will play England. The United States won before.")
            .coded(EntityType.COUNTRY, "USA", "USA", "United States")
            .with(EntityType.LOCATION, "England")
            .locate();
    Place england = named(places, "England");
    assertThat(england.country()).isEqualTo("GBR");
    assertThat(england.kind()).isEqualTo(PlaceKind.REGION);
  }

  @Test
  void commonWordsAndLowerCaseNamesAreNoPlaces() {
    DocumentPlaces places =
        new Doc("The West and the Republic watched the buffalo. America agreed.")
            .with(EntityType.LOCATION, "West")
            .with(EntityType.LOCATION, "Republic")
            .with(EntityType.LOCATION, "buffalo")
            .coded(EntityType.COUNTRY, "USA", "USA", "America")
            .locate();
    assertThat(places.places()).extracting(Place::name).containsExactly("United States");
  }

  @Test
  void regionsAndSeasStayWithoutCoordinates() {
    DocumentPlaces places =
        new Doc("Migrants crossed the Mediterranean from North Africa. The Sahel is unstable.")
            .with(EntityType.LOCATION, "Mediterranean")
            .with(EntityType.LOCATION, "North Africa")
            .with(EntityType.LOCATION, "Sahel")
            .locate();
    assertThat(places.places())
        .extracting(Place::name, Place::kind, Place::lat, Place::country)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Mediterranean", PlaceKind.WATER, null, null),
            org.assertj.core.groups.Tuple.tuple("North Africa", PlaceKind.REGION, null, null),
            org.assertj.core.groups.Tuple.tuple("Sahel", PlaceKind.REGION, null, null));
  }

  @Test
  void aCapitalSpeakingForItsGovernmentIsTheCityOnly() {
    // the entity stage gives "Moscow" to both the city and Russia's entity
    Doc doc =
        new Doc("Moscow sent envoys to Ankara. Turkey agreed.")
            .coded(EntityType.CITY, "RUS", "RUS", "Moscow")
            .coded(EntityType.CITY, "TUR", "TUR", "Ankara")
            .coded(EntityType.COUNTRY, "RUS", "RUSGOV", "Moscow")
            .coded(EntityType.COUNTRY, "TUR", "TUR", "Turkey");
    DocumentPlaces places = doc.locate();
    assertThat(places.places())
        .extracting(Place::name)
        .containsExactly("Moscow", "Ankara", "Türkiye");
    assertThat(named(places, "Moscow").geonames()).isEqualTo(524901L);
  }

  @Test
  void aCountrysMentionThatNamesAnotherPlaceIsThatPlace() {
    // as the entity stage may merge them: Leipzig into Germany, "US$" into the United States
    String text = "Germany said Leipzig would pay. The US paid US$ 5 million.";
    Doc doc = new Doc(text).coded(EntityType.COUNTRY, "DEU", "DEU", "Germany", "Leipzig");
    int us = text.indexOf("US ");
    int dollars = text.indexOf("US$");
    doc.entities.add(
        new Entity(
            "e9",
            "United States",
            EntityType.COUNTRY,
            "USA",
            "USA",
            List.of(),
            List.of(new Mention(us, us + 2, "US"), new Mention(dollars, dollars + 3, "US$"))));
    DocumentPlaces places = doc.locate();
    assertThat(places.places())
        .extracting(Place::name, Place::kind, Place::country)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Germany", PlaceKind.COUNTRY, "DEU"),
            org.assertj.core.groups.Tuple.tuple("Leipzig", PlaceKind.CITY, "DEU"),
            org.assertj.core.groups.Tuple.tuple("United States", PlaceKind.COUNTRY, "USA"));
    assertThat(named(places, "United States").mentions())
        .extracting(Mention::text)
        .containsExactly("US");
    assertThat(places.inSentence(0).name()).isEqualTo("Leipzig");
  }

  @Test
  void institutionsAndUnknownNamesAreNoPlaces() {
    DocumentPlaces places =
        new Doc("The White House said the Pentagon and Xyzzyville agreed.")
            .coded(EntityType.LOCATION, "USA", "USAGOV", "White House")
            .with(EntityType.LOCATION, "Xyzzyville")
            .with(EntityType.PERSON, "Paris")
            .locate();
    assertThat(places.places()).isEmpty();
  }

  @Test
  void eachSentenceNamesItsMostSpecificPlace() {
    DocumentPlaces places =
        new Doc("France sent troops to Konna in Mali. Talks went on. Europe and Mali watched.")
            .coded(EntityType.COUNTRY, "FRA", "FRA", "France")
            .coded(EntityType.COUNTRY, "MLI", "MLI", "Mali")
            .with(EntityType.CITY, "Konna")
            .with(EntityType.LOCATION, "Europe")
            .locate();
    assertThat(places.sentences()).isEqualTo(3);
    assertThat(places.inSentence(0).name()).isEqualTo("Konna");
    assertThat(places.inSentence(1)).isNull();
    assertThat(places.inSentence(2).name()).isEqualTo("Mali");
    assertThatThrownBy(() -> places.inSentence(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3");
    assertThatThrownBy(() -> places.inSentence(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyDocumentsAndBadArguments() {
    DocumentPlaces none = new Doc("Nothing happened.").locate();
    assertThat(none.places()).isEmpty();
    assertThat(none.inSentence(0)).isNull();
    assertThatThrownBy(() -> EXTRACTOR.locate(null, List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EXTRACTOR.extract(new Doc("x.").annotated(), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void hugeDocumentsAndOddOffsetsAreHandled() {
    String[] towns = {
      "Sirte", "Paris", "Konna", "Springfield", "San Jose", "Tripoli", "Alexandria"
    };
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      text.append(towns[i % towns.length]).append(" again. ");
    }
    Doc doc = new Doc(text.toString());
    for (String town : towns) {
      doc.with(EntityType.CITY, town);
    }
    // a mention past the end of the text (a broken annotation) maps to no sentence
    doc.entities.add(
        new Entity(
            "odd",
            "Benghazi",
            EntityType.CITY,
            null,
            null,
            List.of(),
            List.of(new Mention(1_000_000, 1_000_008, "Benghazi"))));
    DocumentPlaces places = doc.locate();
    // Konna, a small town, needs Mali in the story
    assertThat(places.places())
        .extracting(Place::name)
        .containsExactly(
            "Sirte", "Paris", "Springfield", "San Jose", "Tripoli", "Alexandria", "Benghazi");
    assertThat(places.sentences()).isEqualTo(3_000);
    assertThat(places.inSentence(2_999)).isNotNull();
  }

  @Test
  void placeRecordsCheckThemselves() {
    List<Mention> one = List.of(new Mention(0, 5, "Sirte"));
    assertThatThrownBy(() -> new Place("Sirte", "LBY", 31.2, null, null, PlaceKind.CITY, one))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Place("Sirte", "LBY", 91.0, 16.0, null, PlaceKind.CITY, one))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Place("Sirte", "LY", 31.2, 16.6, null, PlaceKind.CITY, one))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Place("Sirte", "LBY", 31.2, 16.6, null, PlaceKind.CITY, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
