package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bundled Reuters-21578 event set ({@code eval-data/events/reuters-events.jsonl}) has the
 * counts its README ({@code README-reuters.md}) states. The references are counted without the
 * corpus; where the shared corpus is beside the checkout, every sentence is also rebuilt from it.
 * Neither test runs an event coder.
 */
class ReutersEventSetTest {
  private static final Path SET = Path.of("..", ReutersEventReader.BUNDLED);
  private static final String FIRST_FILE = "reut2-017.sgm.gz";
  private static final String SECOND_FILE = "reut2-013.sgm.gz";
  private static final String THIRD_FILE = "reut2-010.sgm.gz";

  private static List<JsonNode> references() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> refs = new ArrayList<>();
    for (String line : Files.readAllLines(SET)) {
      if (!line.isBlank()) {
        refs.add(mapper.readTree(line));
      }
    }
    return refs;
  }

  /** Sentences, sentences with events, triples and stories of the references given. */
  private static int[] counts(List<JsonNode> refs) {
    int withEvents = 0;
    int triples = 0;
    Set<Integer> stories = new HashSet<>();
    for (JsonNode ref : refs) {
      int n = ref.get("events").size();
      withEvents += n > 0 ? 1 : 0;
      triples += n;
      stories.add(ref.get("newid").intValue());
    }
    return new int[] {refs.size(), withEvents, triples, stories.size()};
  }

  @Test
  void referencesMatchTheReadme() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SET), "eval-data/events not beside the module");
    List<JsonNode> refs = references();

    // the figures in eval-data/events/README-reuters.md: update both together
    assertThat(counts(refs)).containsExactly(810, 168, 264, 489);
    // reut2-017 first, as it was when it was the only file, then reut2-013, then reut2-010
    assertThat(refs.subList(0, 270))
        .allSatisfy(r -> assertThat(r.get("file").asText()).isEqualTo(FIRST_FILE));
    assertThat(refs.subList(270, 540))
        .allSatisfy(r -> assertThat(r.get("file").asText()).isEqualTo(SECOND_FILE));
    assertThat(refs.subList(540, 810))
        .allSatisfy(r -> assertThat(r.get("file").asText()).isEqualTo(THIRD_FILE));
    assertThat(counts(refs.subList(0, 270))).containsExactly(270, 49, 64, 181);
    assertThat(counts(refs.subList(270, 540))).containsExactly(270, 56, 102, 148);
    assertThat(counts(refs.subList(540, 810))).containsExactly(270, 63, 98, 160);

    List<JsonNode> dev2 = refs.stream().filter(r -> r.get("newid").intValue() % 2 == 1).toList();
    List<JsonNode> test2 = refs.stream().filter(r -> r.get("newid").intValue() % 2 == 0).toList();
    assertThat(counts(dev2)).containsExactly(421, 90, 132, 252);
    assertThat(counts(test2)).containsExactly(389, 78, 132, 237);

    Set<String> ids = new HashSet<>();
    Map<String, Integer> perRoot = new TreeMap<>();
    for (JsonNode ref : refs) {
      String id = ref.get("id").asText();
      assertThat(ids.add(id)).as("unique id %s", id).isTrue();
      assertThat(ReutersEventReader.newId(id)).isEqualTo(ref.get("newid").intValue());
      for (JsonNode e : ref.get("events")) {
        assertThat(e.get("source").asText()).as(id).isNotEqualTo(e.get("target").asText());
        perRoot.merge(e.get("root").asText(), 1, Integer::sum);
      }
    }
    assertThat(perRoot)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.ofEntries(
                    Map.entry("01", 47),
                    Map.entry("02", 20),
                    Map.entry("03", 65),
                    Map.entry("04", 46),
                    Map.entry("05", 12),
                    Map.entry("06", 7),
                    Map.entry("08", 3),
                    Map.entry("10", 6),
                    Map.entry("11", 17),
                    Map.entry("12", 7),
                    Map.entry("13", 14),
                    Map.entry("14", 6),
                    Map.entry("15", 3),
                    Map.entry("16", 3),
                    Map.entry("17", 1),
                    Map.entry("19", 7))));
  }

  @Test
  void everySentenceIsRebuiltFromTheSharedCorpus() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SET), "eval-data/events not beside the module");
    Path corpus =
        Stream.of("../../shared", "../shared", "/work/shared")
            .map(p -> Path.of(p, "corpora", "reuters21578"))
            .filter(p -> Files.isRegularFile(p.resolve(FIRST_FILE)))
            .filter(p -> Files.isRegularFile(p.resolve(SECOND_FILE)))
            .filter(p -> Files.isRegularFile(p.resolve(THIRD_FILE)))
            .findFirst()
            .orElse(null);
    Assumptions.assumeTrue(corpus != null, "Reuters-21578 not beside the checkout");

    EventGold gold = new ReutersEventReader().read(SET, corpus);

    assertThat(gold.problems()).isEmpty();
    assertThat(gold.sentences()).hasSize(810);
    assertThat(gold.triples()).isEqualTo(264);
    assertThat(EventSplit.DEV2.select(gold.sentences())).hasSize(421);
    assertThat(EventSplit.TEST2.select(gold.sentences())).hasSize(389);
  }
}
