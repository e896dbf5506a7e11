package org.newsgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scores story clustering against a labelled grouping of documents (README, "Stories").
 *
 * <p>The labels are a tab-separated file, one document a line: its key (a URL, or the end of its
 * source path), its story, then free columns (date, title) for people. The story {@code -} marks a
 * document that is a story of its own, {@code ?} one the labeller could not place (left out of the
 * scores); lines starting with {@code #} are comments.
 *
 * <p>Two measures, both standard for clustering: B-cubed (per document, the share of its predicted
 * story that is in its labelled story, and the reverse, averaged over documents) and pairs (of two
 * documents in one labelled story, are they in one predicted story, and the reverse).
 */
public final class StoryEvaluator {

  /** The story that marks a document alone in its story. */
  public static final String ALONE = "-";

  /** The story that marks a document left out of the scores. */
  public static final String UNPLACED = "?";

  /** A labelled grouping: document key to story, in file order. */
  public record Labels(Map<String, String> stories) {

    /** The labelled story of a document known by any of the keys, else null. */
    public String storyOf(String... keys) {
      for (String key : keys) {
        if (key != null && stories.containsKey(key)) {
          return stories.get(key);
        }
      }
      return null;
    }
  }

  /** A document as clustered: its label key, labelled story, predicted story and date year. */
  public record Placed(String key, String gold, String predicted, Integer year) {}

  /** B-cubed and pair scores of one selection of documents. */
  public record Report(String what, int documents, Score bcubed, Counts pairs) {

    /** Two lines for the terminal. */
    public String format() {
      Score p = pairs.score();
      return String.format(
          Locale.ROOT,
          "%s: %d documents  B-cubed P=%.3f R=%.3f F1=%.3f  pairs P=%.3f R=%.3f F1=%.3f"
              + " (%d labelled pairs, %d predicted, %d both)",
          what,
          documents,
          bcubed.precision(),
          bcubed.recall(),
          bcubed.f1(),
          p.precision(),
          p.recall(),
          p.f1(),
          pairs.gold(),
          pairs.predicted(),
          pairs.correct());
    }
  }

  /**
   * Reads a label file.
   *
   * @throws IllegalArgumentException if a line has fewer than two columns or a key is repeated
   */
  public static Labels read(Path file) throws IOException {
    Map<String, String> stories = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length < 2 || columns[0].isBlank() || columns[1].isBlank()) {
          throw new IllegalArgumentException(
              file + ":" + number + ": expected KEY<TAB>STORY[<TAB>...]");
        }
        if (stories.put(columns[0].strip(), columns[1].strip()) != null) {
          throw new IllegalArgumentException(file + ":" + number + ": repeated key " + columns[0]);
        }
      }
    }
    return new Labels(stories);
  }

  /** Scores the placed documents that pass the test, unlabelled and unplaced ones left out. */
  public Report evaluate(String what, List<Placed> placed, Predicate<Placed> selected) {
    List<Placed> docs = new ArrayList<>();
    for (Placed p : placed) {
      if (p.gold() != null && !UNPLACED.equals(p.gold()) && selected.test(p)) {
        docs.add(p);
      }
    }
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> bothSize = new HashMap<>();
    for (Placed p : docs) {
      goldSize.merge(goldKey(p), 1, Integer::sum);
      predictedSize.merge(p.predicted(), 1, Integer::sum);
      bothSize.merge(goldKey(p) + "\n" + p.predicted(), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (Placed p : docs) {
      int both = bothSize.get(goldKey(p) + "\n" + p.predicted());
      precision += (double) both / predictedSize.get(p.predicted());
      recall += (double) both / goldSize.get(goldKey(p));
    }
    int n = docs.size();
    Score bcubed = Score.of("B-cubed", n, n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n);
    Counts pairs = new Counts("pairs", pairs(goldSize), pairs(predictedSize), pairs(bothSize));
    return new Report(what, n, bcubed, pairs);
  }

  /** The labelled story of a document, a document alone being its own. */
  private static String goldKey(Placed p) {
    return ALONE.equals(p.gold()) ? ALONE + p.key() : p.gold();
  }

  private static int pairs(Map<String, Integer> sizes) {
    int pairs = 0;
    for (int size : sizes.values()) {
      pairs += size * (size - 1) / 2;
    }
    return pairs;
  }
}
