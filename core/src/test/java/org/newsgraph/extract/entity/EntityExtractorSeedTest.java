package org.newsgraph.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.clean.DocumentCleaner;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.RawDocument;

/**
 * Acceptance checks through the real pipeline: the five seed articles (and one wire text written
 * for the test) cleaned, annotated by CoreNLP and given to the extractor. The models are loaded
 * once for the class.
 */
class EntityExtractorSeedTest {

  private static final String[] SEEDS = {
    "000_12343c3d830a70f3",
    "001_685518e8b4fb9881",
    "002_b4ef9e226a05196e",
    "003_1989d84ef5c30114",
    "004_ac167c2f0acffaec"
  };

  private static final Map<String, List<Entity>> ENTITIES = new LinkedHashMap<>();
  private static DocumentCleaner cleaner;
  private static CoreNlpAnnotator annotator;
  private static EntityExtractor extractor;

  @BeforeAll
  static void runPipeline() throws IOException {
    cleaner = new DocumentCleaner();
    annotator = new CoreNlpAnnotator();
    extractor = new EntityExtractor();
    for (String seed : SEEDS) {
      ENTITIES.put(seed, entitiesOf(seed, read("seeds/" + seed + ".txt")));
    }
  }

  private static List<Entity> entitiesOf(String source, String raw) {
    return extractor.extract(annotator.annotate(cleaner.clean(RawDocument.text(source, raw))));
  }

  private static String read(String name) throws IOException {
    try (InputStream in =
        EntityExtractorSeedTest.class.getResourceAsStream("/extract/entity/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  private static Stream<Entity> all() {
    return ENTITIES.values().stream().flatMap(List::stream);
  }

  /** The entity of a seed whose name ends with {@code name} (accents and case ignored). */
  private static Entity in(String seed, String name) {
    return find(seed, name)
        .orElseThrow(
            () -> new AssertionError("no " + name + " in " + seed + ": " + ENTITIES.get(seed)));
  }

  private static Optional<Entity> find(String seed, String name) {
    return ENTITIES.get(seed).stream().filter(e -> fold(e.name()).endsWith(fold(name))).findFirst();
  }

  private static List<String> texts(Entity e) {
    return e.mentions().stream().map(Mention::text).toList();
  }

  @Test
  void aliasesAreMerged() {
    Entity leDrian = in(SEEDS[0], "Le Drian");
    assertThat(leDrian.name()).isEqualTo("Jean-Yves Le Drian");
    assertThat(texts(leDrian)).contains("Jean-Yves Le Drian", "Le Drian").hasSize(5);
    assertThat(texts(in(SEEDS[1], "Le Drian"))).contains("Jean-Yves Le Drian", "LE Drian");
    Entity is = in(SEEDS[1], "Islamic State");
    assertThat(texts(is)).contains("Islamic State", "IS", "ISIL", "ISIS");
    assertThat(is.type()).isEqualTo(EntityType.GROUP);
    assertThat(texts(in(SEEDS[3], "Government of National Accord"))).contains("GNA");
    assertThat(texts(in(SEEDS[3], "Libyan National Army"))).contains("LNA");
    assertThat(texts(in(SEEDS[2], "Economic Community of West African States"))).contains("ECOWAS");
    assertThat(texts(in(SEEDS[4], "Rasmussen"))).contains("AF Rasmussen", "Rasmussen");
    assertThat(texts(in(SEEDS[2], "Laurent Fabius"))).contains("Fabius");
    // one entity per person: no second entity ending with the same surname
    for (String seed : SEEDS) {
      List<String> people =
          ENTITIES.get(seed).stream()
              .filter(e -> e.type() == EntityType.PERSON)
              .map(e -> fold(e.name()).replaceAll(".* ", ""))
              .toList();
      assertThat(people).as(seed).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyPersonNamedIsAPerson() {
    for (String surname :
        List.of(
            "Le Drian",
            "Hollande",
            "Obama",
            "Baldanza",
            "Mattarella",
            "Kerry",
            "Carter",
            "Cook",
            "Haftar",
            "Fabius",
            "Dardar",
            "Ag Assarid",
            "Traore",
            "Cavu",
            "Lavrov",
            "Rasmussen",
            "Clinton",
            "Ryan",
            "Geze",
            "Mabin")) {
      assertThat(
              all()
                  .filter(e -> e.type() == EntityType.PERSON)
                  .anyMatch(e -> fold(e.name()).contains(fold(surname))))
          .as(surname)
          .isTrue();
    }
  }

  @Test
  void reportersAreNoActors() {
    assertThat(all().map(e -> fold(e.name())))
        .noneMatch(n -> n.contains("casali") || n.contains("verheyde"));
  }

  @Test
  void creditLinesOfAWireStoryAreNoActors() {
    String wire =
        "France urges talks on Libya\n\n"
            + "PARIS, June 3 (Reuters) - French Foreign Minister Laurent Fabius said on Monday that"
            + " Libya needed help to secure its borders.\n\n"
            + "\"We are ready to help,\" Fabius told reporters in Paris.\n\n"
            + "(Reporting by John Irish; Editing by Mark Heinrich)\n";
    List<Entity> es = entitiesOf("wire", wire);
    assertThat(es).extracting(e -> e.name()).doesNotContain("John Irish", "Mark Heinrich");
    assertThat(es.stream().filter(e -> e.type() == EntityType.PERSON))
        .extracting(Entity::name)
        .containsExactly("Laurent Fabius");
  }

  @Test
  void titlesOfTheMainPeople() {
    assertThat(in(SEEDS[0], "Le Drian").titles()).contains("Defense Minister");
    assertThat(in(SEEDS[2], "Fabius").titles()).contains("Foreign Minister");
    Entity cavusoglu =
        ENTITIES.get(SEEDS[3]).stream()
            .filter(e -> fold(e.name()).contains("cavu"))
            .findFirst()
            .orElseThrow();
    assertThat(cavusoglu.titles()).contains("Foreign Minister");
    assertThat(cavusoglu.country()).isEqualTo("TUR");
    assertThat(in(SEEDS[4], "Rasmussen").titles()).contains("Secretary General");
    assertThat(in(SEEDS[1], "Baldanza").titles()).contains("Lieutenant Colonel");
    assertThat(in(SEEDS[2], "Fabius").country()).isEqualTo("FRA");
    assertThat(in(SEEDS[2], "Fabius").code()).isEqualTo("FRAGOV");
  }

  @Test
  void codesOfTheMainActors() {
    assertThat(in(SEEDS[0], "France").code()).isEqualTo("FRA");
    assertThat(in(SEEDS[0], "Libya").code()).isEqualTo("LBY");
    assertThat(in(SEEDS[2], "Mali").code()).isEqualTo("MLI");
    Entity turkey = in(SEEDS[3], "Turkey");
    assertThat(turkey.code()).isEqualTo("TUR");
    assertThat(turkey.type()).isEqualTo(EntityType.COUNTRY);
    Entity russia = in(SEEDS[3], "Russia");
    assertThat(russia.code()).isEqualTo("RUS");
    assertThat(texts(russia)).contains("Moscow"); // "Moscow meanwhile sent"
    assertThat(in(SEEDS[3], "Moscow").type()).isEqualTo(EntityType.CITY);
    assertThat(in(SEEDS[4], "NATO").code()).isEqualTo("IGOWSTNAT");
    assertThat(in(SEEDS[2], "Malian").type()).isEqualTo(EntityType.NATIONALITY);
  }
}
