package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.store.Articles.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.query.Queries;
import org.newsgraph.query.Queries.SearchFilter;
import org.newsgraph.query.Results.Activity;
import org.newsgraph.query.Results.ActorRow;
import org.newsgraph.query.Results.CoActor;
import org.newsgraph.query.Results.DocumentHit;
import org.newsgraph.query.Results.Dossier;
import org.newsgraph.query.Results.EventRow;
import org.newsgraph.query.Results.QuoteRow;
import org.newsgraph.query.Results.Stats;
import org.newsgraph.query.Results.TitleSpan;

/**
 * Stories across documents: one report rewritten by several outlets (our own rewrites: same event,
 * other words), a republished copy, and unrelated articles on the same two countries.
 */
class StoriesTest {

  @TempDir Path tmp;

  /** The first report. */
  static final String WIRE =
      "France signed a defence cooperation agreement with Libya on Sunday, pledging to train"
          + " Libyan army officers and help secure the country's southern border, French Defence"
          + " Minister Jean-Yves Le Drian said after talks with Prime Minister Ali Zeidan in"
          + " Tripoli.\n\nThe accord covers training for 1,000 soldiers and police officers, the"
          + " supply of surveillance equipment and joint patrols near the borders with Niger and"
          + " Algeria, where arms smugglers and Islamist fighters cross freely.\n\nLe Drian said"
          + " the deal showed that Paris remained committed to the stability of Libya two years"
          + " after the uprising that toppled Muammar Gaddafi. Zeidan welcomed French support and"
          + " said his government needed help to rebuild an army gutted by the war.";

  /** The same report in other words, by another agency. */
  static final String REWRITE =
      "Paris and Tripoli agreed on Sunday to work together on defence: France will train Libyan"
          + " officers and help guard the desert frontier in the south of Libya.\n\nJean-Yves Le"
          + " Drian, the French defence minister, met Libyan Prime Minister Ali Zeidan in Tripoli,"
          + " where the two men signed the agreement. Under the deal, French instructors will"
          + " train some 1,000 Libyan soldiers and police and provide surveillance equipment for"
          + " patrols along the borders with Niger and Algeria.\n\nSmugglers and Islamist"
          + " militants have moved across the southern border almost unhindered since the fall of"
          + " Muammar Gaddafi two years ago.";

  /** The same event told the next day by a newspaper, from Libya's side. */
  static final String NEXT_DAY =
      "Libya's government has welcomed a defence agreement with France under which French"
          + " trainers will prepare 1,000 soldiers and police officers to patrol the country's"
          + " porous southern border with Niger and Algeria.\n\nThe accord, signed in Tripoli on"
          + " Sunday by Jean-Yves Le Drian and the prime minister, Ali Zeidan, also provides"
          + " surveillance equipment. Since Gaddafi was toppled two years ago, weapons smugglers"
          + " and Islamist fighters have moved through the southern desert.";

  /** The first report republished by a portal: a byline and a credit line added. */
  static final String COPY =
      "By Staff Writers\n\n" + WIRE + "\n\n(Reporting by John Irish; Editing by Tom Heneghan)";

  /** Another agreement between the same countries in the same days: another story. */
  static final String FLIGHTS =
      "France and Libya signed an agreement on Monday to restore direct flights between Paris and"
          + " Tripoli and to reopen the French cultural centre in Benghazi, the transport"
          + " ministers of both countries announced.\n\nAir France will resume three weekly"
          + " flights from September, the first since the airline suspended its service in 2011."
          + " The cultural centre, closed after an attack on its building, will offer French"
          + " language classes again in the autumn.";

  /** The same two countries and the same kind of event, three weeks later. */
  static final String LATER =
      "France and Libya signed a second defence agreement on Thursday, extending the training of"
          + " Libyan soldiers and police officers to the navy and coast guard, French Defence"
          + " Minister Jean-Yves Le Drian said in Tripoli.\n\nFrench instructors will train 500"
          + " sailors to patrol the coast against migrant smugglers.";

  private static Extraction report(
      String title, String url, String published, String text, String words) {
    return article(title, published, text)
        .url(url)
        .entity("France", EntityType.COUNTRY, "FRA", "FRA", List.of(), "France")
        .entity("Libya", EntityType.COUNTRY, "LBY", "LBY", List.of(), "Libya")
        .event("e1", "FRA", "e2", "LBY", "057", 1, 8.0, words)
        .build();
  }

  static List<Extraction> corpus() {
    return List.of(
        report(
            "wire",
            "https://www.wire.example/france-libya",
            "2013-06-02",
            WIRE,
            "France signed a defence cooperation agreement with Libya"),
        report(
            "agency",
            "https://agency.example/2013/06/02/defence",
            "2013-06-02",
            REWRITE,
            "the two men signed the agreement"),
        report(
            "paper",
            "https://paper.example/world/libya-france",
            "2013-06-03",
            NEXT_DAY,
            "Libya's government has welcomed a defence agreement with France"),
        report(
            "portal",
            "https://portal.example/news/123",
            "2013-06-02",
            COPY,
            "France signed a defence cooperation agreement with Libya"),
        report(
            "flights",
            "https://www.wire.example/flights",
            "2013-06-03",
            FLIGHTS,
            "France and Libya signed an agreement on Monday"),
        report(
            "later",
            "https://www.wire.example/navy",
            "2013-06-20",
            LATER,
            "France and Libya signed a second defence agreement"));
  }

  @Test
  void rewritesOfOneReportShareKeyTermsAndUnrelatedArticlesDoNot() {
    Map<String, int[]> terms = new HashMap<>();
    for (Extraction e : corpus()) {
      terms.put(e.document().title(), KeyTerms.hashes(e.document().text()));
    }
    for (String other : List.of("agency", "paper", "portal")) {
      assertThat(KeyTerms.overlap(terms.get("wire"), terms.get(other)))
          .as(other)
          .isGreaterThanOrEqualTo(KeyTerms.SAME_STORY);
    }
    assertThat(KeyTerms.overlap(terms.get("agency"), terms.get("paper")))
        .isGreaterThanOrEqualTo(KeyTerms.SAME_STORY);
    for (String story : List.of("wire", "agency", "paper")) {
      assertThat(KeyTerms.overlap(terms.get(story), terms.get("flights")))
          .as(story)
          .isLessThan(KeyTerms.SAME_STORY);
    }
  }

  @Test
  void copiesAreNearDuplicatesAndRewritesAreNot() {
    int[] wire = MinHash.signature(WIRE);
    assertThat(MinHash.similarity(wire, MinHash.signature(COPY)))
        .isGreaterThanOrEqualTo(StoryLinker.DUPLICATE);
    // The last sentence dropped, a dateline added, one sentence reworded: still copies.
    String trimmed = WIRE.substring(0, WIRE.lastIndexOf(" Zeidan welcomed"));
    String datelined = "TRIPOLI, June 2 (Reuters) - " + WIRE;
    String edited =
        WIRE.replace(
            "where arms smugglers and Islamist fighters cross freely",
            "which armed smugglers and jihadists cross at will");
    for (String copy : List.of(trimmed, datelined, edited)) {
      assertThat(MinHash.similarity(wire, MinHash.signature(copy)))
          .as(copy)
          .isGreaterThanOrEqualTo(StoryLinker.DUPLICATE);
    }
    // Half of the report, the rest another text: not a copy.
    String half = WIRE.substring(0, WIRE.indexOf("\n\nLe Drian")) + "\n\n" + FLIGHTS;
    assertThat(MinHash.similarity(wire, MinHash.signature(half))).isLessThan(StoryLinker.DUPLICATE);
    for (String other : List.of(REWRITE, NEXT_DAY, FLIGHTS, LATER)) {
      assertThat(MinHash.similarity(wire, MinHash.signature(other))).isLessThan(0.2);
    }
    assertThat(MinHash.signature(WIRE)).isEqualTo(wire);
    assertThat(MinHash.signature("... !!! ---")).isEmpty();
  }

  @Test
  void textsWithoutWordsAreNoCopiesOfEachOther() throws IOException {
    try (Store store = Store.open(tmp)) {
      store.add(
          List.of(
              article("dots", "2013-06-02", "... !!!").build(),
              article("dashes", "2013-06-02", "--- ???").build(),
              article("one", "2013-06-02", "Hello.").build(),
              article("two", "2013-06-02", "Hello!").build()));
      assertThat(duplicateOf(store, "dots")).isNull();
      assertThat(duplicateOf(store, "dashes")).isNull();
      assertThat(duplicateOf(store, "two")).isEqualTo(id(store, "one"));
      assertThat(store.storyIndexSize().documents()).isEqualTo(2);
    }
  }

  @Test
  void rewritesMergeIntoOneEventAndUnrelatedArticlesStayApart() throws IOException {
    try (Store store = Store.open(tmp)) {
      assertThat(store.add(corpus())).isEqualTo(6);
      assertMerged(store);
    }
  }

  @Test
  void theSameWhateverTheBatchesAndAcrossReopening() throws IOException {
    List<Extraction> all = corpus();
    for (int i = 0; i < all.size(); i++) {
      try (Store store = Store.open(tmp)) {
        store.add(List.of(all.get(i)));
        assertThat(store.storyIndexSize().documents()).isEqualTo(i + 1);
      }
    }
    try (Store store = Store.openReadOnly(tmp)) {
      assertMerged(store);
    }
    Path together = tmp.resolve("together");
    try (Store a = Store.open(together)) {
      a.add(all);
    }
    try (Store a = Store.openReadOnly(together);
        Store b = Store.openReadOnly(tmp)) {
      for (String table : List.of("document_stories", "event_clusters")) {
        assertThat(dump(b, table)).as(table).isEqualTo(dump(a, table));
      }
    }
  }

  private static void assertMerged(Store store) throws IOException {
    Queries queries = new Queries(store);
    Map<String, EventRow> byTitle = new HashMap<>();
    for (EventRow row :
        queries.events(new Queries.EventQuery(null, null, null, null, null, null, 100))) {
      byTitle.put(title(store, row.document()), row);
    }
    EventRow wire = byTitle.get("wire");
    for (String title : List.of("wire", "agency", "paper", "portal")) {
      EventRow row = byTitle.get(title);
      assertThat(row.cluster()).as(title).isEqualTo(wire.cluster());
      assertThat(List.of(row.mentions(), row.sources(), row.articles()))
          .as(title)
          .containsExactly(4, 4, 4);
    }
    for (String title : List.of("flights", "later")) {
      EventRow row = byTitle.get(title);
      assertThat(row.cluster()).as(title).isNotEqualTo(wire.cluster());
      assertThat(List.of(row.mentions(), row.sources(), row.articles()))
          .as(title)
          .containsExactly(1, 1, 1);
    }
    assertThat(byTitle.get("flights").cluster()).isNotEqualTo(byTitle.get("later").cluster());
    assertThat(wire.tone()).isPositive(); // "cooperation", "help": AFINN positive words

    assertThat(duplicateOf(store, "portal")).isEqualTo(id(store, "wire"));
    for (String title : List.of("wire", "agency", "paper", "flights", "later")) {
      assertThat(duplicateOf(store, title)).as(title).isNull();
    }
    Stats stats = queries.stats();
    assertThat(stats.documents()).isEqualTo(5);
    assertThat(stats.duplicates()).isEqualTo(1);
    assertThat(stats.events()).isEqualTo(5);
    long timeline = 0;
    for (var period : queries.timeline(Queries.EventQuery.within(null, null, 100), "month")) {
      timeline += period.events();
    }
    assertThat(timeline).as("the copy's event is not counted").isEqualTo(5);
  }

  /** The wire report or its copy, with the minister, the prime minister and a quote. */
  private static Extraction withMinister(String title, String url, String published, String text) {
    return article(title, published, text)
        .url(url)
        .entity("France", EntityType.COUNTRY, "FRA", "FRA", List.of(), "France")
        .entity("Libya", EntityType.COUNTRY, "LBY", "LBY", List.of(), "Libya")
        .entity(
            "Jean-Yves Le Drian",
            EntityType.PERSON,
            "FRAGOV",
            "FRA",
            List.of("Defence Minister"),
            "Le Drian")
        .entity("Ali Zeidan", EntityType.PERSON, "LBYGOV", "LBY", List.of(), "Zeidan")
        .quote("the deal showed that Paris remained committed", "Le Drian", "e3")
        .event("e1", "FRA", "e2", "LBY", "057", 1, 8.0, "France signed a defence cooperation")
        .build();
  }

  @Test
  void statisticsCountACopyOnceAndListsKeepIt() throws IOException {
    try (Store store = Store.open(tmp)) {
      Extraction wire =
          withMinister("wire", "https://www.wire.example/france-libya", "2013-06-02", WIRE);
      // Republished a month later: the copy's date must not show in the actor's activity.
      Extraction copy =
          withMinister("portal", "https://portal.example/news/123", "2013-07-01", COPY);
      store.add(List.of(wire, copy));
      String wireId = wire.document().id();
      String copyId = copy.document().id();
      assertThat(duplicateOf(store, "portal")).isEqualTo(wireId);
      Queries queries = new Queries(store);

      List<ActorRow> ministers = queries.actors(EntityType.PERSON, "Le Drian", 10);
      assertThat(ministers).hasSize(1);
      ActorRow minister = ministers.get(0);
      assertThat(List.of(minister.documents(), minister.mentions())).containsExactly(1L, 2L);
      assertThat(queries.actors(EntityType.COUNTRY, null, 10))
          .extracting(ActorRow::name, ActorRow::documents)
          .containsExactlyInAnyOrder(tuple("France", 1L), tuple("Libya", 1L));

      Dossier dossier = queries.dossier(minister.id(), 100).orElseThrow();
      assertThat(List.of(dossier.actor().documents(), dossier.actor().mentions()))
          .containsExactly(1L, 2L);
      assertThat(dossier.titles())
          .containsExactly(new TitleSpan("Defence Minister", "2013-06-02", "2013-06-02", 1));
      assertThat(dossier.activity()).containsExactly(new Activity("2013-06", 1, 1, 0));
      assertThat(dossier.quotes()).extracting(QuoteRow::document).containsExactly(wireId);
      assertThat(dossier.coActors())
          .extracting(c -> c.actor().name(), CoActor::documents)
          .containsExactlyInAnyOrder(
              tuple("France", 1L), tuple("Libya", 1L), tuple("Ali Zeidan", 1L));

      long france = queries.actors(EntityType.COUNTRY, "France", 1).get(0).id();
      Dossier ofFrance = queries.dossier(france, 100).orElseThrow();
      assertThat(ofFrance.activity()).containsExactly(new Activity("2013-06", 1, 0, 1));
      assertThat(ofFrance.asSource()).extracting(EventRow::document).containsExactly(wireId);

      // Where documents are listed, the copy is one of them.
      assertThat(queries.search("Zeidan", null, null, 10))
          .extracting(DocumentHit::id)
          .containsExactlyInAnyOrder(wireId, copyId);
      assertThat(
              queries.search(
                  "Zeidan", null, null, new SearchFilter(minister.id(), null, null, null), 10))
          .extracting(DocumentHit::id)
          .containsExactlyInAnyOrder(wireId, copyId);
      assertThat(queries.quotes(new Queries.QuoteQuery("Le Drian", null, null, null, 10)))
          .extracting(QuoteRow::document)
          .containsExactlyInAnyOrder(wireId, copyId);
      assertThat(queries.record(copyId)).isPresent();
      assertThat(queries.entityLinks(copyId).orElseThrow()).hasSize(4);
    }
  }

  @Test
  void theGdeltEventTableHoldsAMergedEventOnceWithItsCounts() throws IOException {
    try (Store store = Store.open(tmp)) {
      store.add(corpus());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StoreExport.GdeltCount count = new StoreExport(store).gdeltEvents(out);
      assertThat(count.rows()).isEqualTo(3);
      assertThat(count.skipped()).as("later reports of the merged event").isEqualTo(3);
      List<String[]> rows = new ArrayList<>();
      for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
        rows.add(line.split("\t", -1));
      }
      String[] merged = rows.get(0);
      assertThat(merged[60]).isEqualTo("https://www.wire.example/france-libya");
      assertThat(List.of(merged[31], merged[32], merged[33])).containsExactly("4", "4", "4");
      assertThat(Double.parseDouble(merged[34])).isPositive();
      for (String[] row : rows.subList(1, 3)) {
        assertThat(List.of(row[31], row[32], row[33])).containsExactly("1", "1", "1");
        assertThat(row[34]).isNotEmpty();
      }
    }
  }

  @Test
  void storesWithoutStoriesCountEachEventAlone() throws IOException {
    try (Store store = Store.open(tmp, false)) {
      store.add(corpus());
      assertThat(store.storyIndexSize().documents()).isZero();
      Queries queries = new Queries(store);
      for (EventRow row :
          queries.events(new Queries.EventQuery(null, null, null, null, null, null, 100))) {
        assertThat(row.cluster()).isNull();
        assertThat(List.of(row.mentions(), row.sources(), row.articles())).containsExactly(1, 1, 1);
      }
      assertThat(queries.stats().documents()).isEqualTo(6);
      assertThat(new StoreExport(store).gdeltEvents(new ByteArrayOutputStream()).rows())
          .isEqualTo(6);
    }
  }

  @Test
  void aStoreMadeBeforeStoriesIsQueriedAndExportedReadOnly() throws IOException {
    try (Store store = Store.open(tmp)) {
      store.add(corpus());
      store.query(
          db -> {
            try (var st = db.createStatement()) {
              st.execute("DROP TABLE document_stories");
              st.execute("DROP TABLE event_clusters");
            }
            return null;
          });
    }
    try (Store store = Store.openReadOnly(tmp)) {
      assertThat(store.hasStoryTables()).isFalse();
      Queries queries = new Queries(store);
      var all = Queries.EventQuery.within(null, null, 100);
      assertThat(queries.events(all))
          .hasSize(6)
          .allSatisfy(row -> assertThat(row.cluster()).isNull());
      assertThat(queries.stats().documents()).isEqualTo(6);
      assertThat(queries.stats().duplicates()).isZero();
      assertThat(queries.timeline(all, "day")).isNotEmpty();
      assertThat(queries.network(all).edges()).hasSize(1);
      List<ActorRow> countries = queries.actors(EntityType.COUNTRY, null, 10);
      assertThat(countries).extracting(ActorRow::documents).containsOnly(6L);
      assertThat(queries.dossier(countries.get(0).id(), 10).orElseThrow().activity())
          .containsExactly(new Activity("2013-06", 6, 0, 6));
      assertThat(new StoreExport(store).gdeltEvents(new ByteArrayOutputStream()).rows())
          .isEqualTo(6);
      Path parquet = java.nio.file.Files.createDirectories(tmp.resolve("parquet-out"));
      assertThat(new StoreExport(store).parquet(parquet)).isPositive();
    }
    try (Store store = Store.open(tmp)) {
      assertThat(store.hasStoryTables()).isTrue(); // opening for adding creates them
    }
  }

  private static String title(Store store, String id) throws IOException {
    return store.query(
        db -> {
          try (var ps = db.prepareStatement("SELECT title FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getString(1);
            }
          }
        });
  }

  private static String id(Store store, String title) throws IOException {
    return store.query(
        db -> {
          try (var ps = db.prepareStatement("SELECT id FROM documents WHERE title = ?")) {
            ps.setString(1, title);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getString(1);
            }
          }
        });
  }

  private static String duplicateOf(Store store, String title) throws IOException {
    return store.query(
        db -> {
          try (var ps =
              db.prepareStatement(
                  "SELECT s.duplicate_of FROM document_stories s JOIN documents d"
                      + " ON d.id = s.doc_id WHERE d.title = ?")) {
            ps.setString(1, title);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getString(1);
            }
          }
        });
  }

  private static List<String> dump(Store store, String table) throws IOException {
    return store.query(
        db -> {
          List<String> rows = new ArrayList<>();
          try (ResultSet rs =
              db.createStatement().executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
            while (rs.next()) {
              StringBuilder row = new StringBuilder();
              for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getString(i)).append('|');
              }
              rows.add(row.toString());
            }
          }
          return rows;
        });
  }
}
