package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.store.Articles.article;

import java.io.IOException;
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

/** Story clusters: the France–Libya reports of {@link StoriesTest} and a sports article. */
public class StoryClustersTest {

  @TempDir Path tmp;

  static final String SPORTS =
      "Real Madrid beat Barcelona 3-1 at the Bernabeu on Saturday, with Cristiano Ronaldo scoring"
          + " twice to take his side four points clear at the top of La Liga.\n\nLionel Messi had"
          + " levelled for Barcelona before half-time, but Ronaldo struck from the penalty spot"
          + " and again in stoppage time as the home crowd celebrated.";

  static Extraction sports() {
    return article("clasico", "2013-06-03", SPORTS)
        .url("https://sport.example/clasico")
        .entity("Real Madrid", EntityType.ORGANIZATION, null, "ESP", List.of(), "Real Madrid")
        .entity("Barcelona", EntityType.ORGANIZATION, null, "ESP", List.of(), "Barcelona")
        .entity("Cristiano Ronaldo", EntityType.PERSON, null, "PRT", List.of(), "Ronaldo")
        .build();
  }

  public static List<Extraction> corpus() {
    List<Extraction> all = new ArrayList<>(StoriesTest.corpus());
    all.add(3, sports());
    return all;
  }

  @Test
  void reportsOfOneStoryClusterAndASportsArticleStaysApart() throws IOException {
    try (Store store = Store.open(tmp)) {
      store.add(corpus());
      Map<String, String> story = storyByTitle(store);
      assertThat(story.get("agency")).isEqualTo(story.get("wire"));
      assertThat(story.get("paper")).isEqualTo(story.get("wire"));
      assertThat(story.get("portal")).isEqualTo(story.get("wire"));
      assertThat(story.get("clasico")).isNotEqualTo(story.get("wire"));
      assertThat(story.get("flights")).isNotEqualTo(story.get("wire"));
      assertThat(story.get("later")).isEqualTo(story.get("wire"));
    }
  }

  @Test
  void theSameWhateverTheBatchesAndAcrossReopening() throws IOException {
    List<Extraction> all = corpus();
    for (Extraction extraction : all) {
      try (Store store = Store.open(tmp)) {
        store.add(List.of(extraction));
      }
    }
    Path together = tmp.resolve("together");
    try (Store store = Store.open(together)) {
      store.add(all);
    }
    try (Store a = Store.openReadOnly(together);
        Store b = Store.openReadOnly(tmp)) {
      assertThat(storyByTitle(b)).isEqualTo(storyByTitle(a));
      assertThat(dump(b, "story_documents")).isEqualTo(dump(a, "story_documents"));
      assertThat(spans(b)).isEqualTo(spans(a));
    }
  }

  /** The wire report, its copy and a rewrite, dated as given, with France and Libya as actors. */
  private static Extraction dated(String title, String published, String text) {
    return article(title, published, text)
        .url("https://" + title + ".example/" + published)
        .entity("France", EntityType.COUNTRY, "FRA", "FRA", List.of(), "France")
        .entity("Libya", EntityType.COUNTRY, "LBY", "LBY", List.of(), "Libya")
        .build();
  }

  @Test
  void aStoryClosesWhenTheNewsMovesOnButStillTakesCopies() throws IOException {
    List<Extraction> all =
        List.of(
            dated("wire", "2013-06-02", StoriesTest.WIRE),
            article("clasico", "2014-01-10", SPORTS).url("https://sport.example/1").build(),
            dated("portal", "2014-01-11", StoriesTest.COPY),
            dated("agency", "2014-01-12", StoriesTest.REWRITE));
    Path oneByOne = tmp.resolve("one-by-one");
    for (Extraction extraction : all) {
      try (Store store = Store.open(oneByOne)) {
        store.add(List.of(extraction));
      }
    }
    try (Store store = Store.open(tmp.resolve("together"))) {
      store.add(all);
      Map<String, String> story = storyByTitle(store);
      // The copy joins the closed story; the rewrite, seven months on, starts another.
      assertThat(story.get("portal")).isEqualTo(story.get("wire"));
      assertThat(story.get("agency")).isNotEqualTo(story.get("wire"));
      assertThat(
              rows(
                  store,
                  "SELECT documents, first_date, last_date FROM stories WHERE id = '"
                      + story.get("wire")
                      + "'"))
          .containsExactly("2|2013-06-02|2013-06-02|");
      assertThat(rows(store, "SELECT label FROM stories WHERE id = '" + story.get("wire") + "'"))
          .singleElement()
          .asString()
          .contains("France");
      try (Store other = Store.openReadOnly(oneByOne)) {
        assertThat(dump(other, "story_documents")).isEqualTo(dump(store, "story_documents"));
        assertThat(dump(other, "stories")).isEqualTo(dump(store, "stories"));
      }
    }
  }

  @Test
  void anUndatedArticleNeedsMoreLikenessThanADatedOne() throws IOException {
    // A follow-up shares less with the first report than a rewrite does: dated within the window
    // it joins; undated, nothing tells it is of the same weeks, and it stays apart. The rewrite is
    // close enough to join undated.
    String followUp =
        "Libya closed two crossings on its southern border on Tuesday after gunmen attacked a"
            + " patrol near Ghat, where Islamist fighters and arms smugglers cross, officials said. Trucks carrying fuel and food"
            + " were turned back, and traders in Ubari protested against the closure, which France"
            + " had urged.";
    for (String published : new String[] {"2013-06-20", null}) {
      try (Store store = Store.open(tmp.resolve(String.valueOf(published)))) {
        store.add(
            List.of(
                dated("wire", "2013-06-02", StoriesTest.WIRE),
                dated("later", published, followUp),
                dated("agency", null, StoriesTest.REWRITE)));
        Map<String, String> story = storyByTitle(store);
        assertThat(story.get("agency")).isEqualTo(story.get("wire"));
        if (published == null) {
          assertThat(story.get("later")).isNotEqualTo(story.get("wire"));
        } else {
          assertThat(story.get("later")).isEqualTo(story.get("wire"));
        }
      }
    }
  }

  @Test
  void aLabelLeavesOutTheWordsOfItsActorsNamesAccentsIncluded() throws IOException {
    String text =
        "Governor Ricardo Rosselló resigned on Friday after two weeks of protests in San Juan."
            + " Rosselló said the protests had shown him that the island wanted a new governor,"
            + " and Rosselló named Pedro Pierluisi as secretary of state to succeed him.";
    try (Store store = Store.open(tmp)) {
      store.add(
          List.of(
              article("resigns", "2019-07-26", text)
                  .url("https://news.example/resigns")
                  .entity(
                      "Ricardo Rosselló",
                      EntityType.PERSON,
                      null,
                      "PRI",
                      List.of(),
                      "Ricardo Rosselló",
                      "Rosselló")
                  .build()));
      String label = rows(store, "SELECT label FROM stories").get(0);
      assertThat(label).startsWith("Ricardo Rosselló");
      assertThat(label.substring(label.indexOf(':'))).doesNotContain("rosselló", "ricardo");
    }
  }

  private static Map<String, String> storyByTitle(Store store) throws IOException {
    return store.query(
        db -> {
          Map<String, String> result = new HashMap<>();
          try (ResultSet rs =
              db.createStatement()
                  .executeQuery(
                      "SELECT d.title, s.story FROM story_documents s"
                          + " JOIN documents d ON d.id = s.doc_id")) {
            while (rs.next()) {
              result.put(rs.getString(1), rs.getString(2));
            }
          }
          return result;
        });
  }

  private static List<String> spans(Store store) throws IOException {
    return rows(store, "SELECT id, first_date, last_date, documents FROM stories ORDER BY id");
  }

  static List<String> dump(Store store, String table) throws IOException {
    return rows(store, "SELECT * FROM " + table + " ORDER BY ALL");
  }

  private static List<String> rows(Store store, String sql) throws IOException {
    return store.query(
        db -> {
          List<String> result = new ArrayList<>();
          try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              StringBuilder row = new StringBuilder();
              for (int i = 1; i <= columns; i++) {
                row.append(rs.getString(i)).append('|');
              }
              result.add(row.toString());
            }
          }
          return result;
        });
  }
}
