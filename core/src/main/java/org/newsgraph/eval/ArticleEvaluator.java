package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsgraph.clean.HtmlArticleExtractor;

/**
 * Scores the HTML cleaner on the article-extraction benchmark (a folder with {@code html/*.html.gz}
 * and {@code ground-truth.json}) with the benchmark's own metric: 4-word shingles per document,
 * precision and recall averaged over documents, F1 from the two means.
 *
 * <p>The metric follows the benchmark's reference {@code evaluate.py} (Scrapinghub
 * article-extraction-benchmark) rather than a simplified reading of it:
 *
 * <ul>
 *   <li>tokens are runs of word characters (letters, digits, underscore), case kept as written —
 *       the reference does not lower-case;
 *   <li>shingles are counted as a multiset (a repeated shingle must be predicted as often as it
 *       occurs); a text with fewer than four tokens is one shingle of all its tokens;
 *   <li>a document with no predicted shingles has no precision and is left out of the precision
 *       mean (its recall of 0 still counts); one whose truth is empty is left out of the recall
 *       mean; both empty counts for neither;
 *   <li>F1 is the harmonic mean of mean precision and mean recall.
 * </ul>
 *
 * <p>Thread-safe: holds no state besides the (thread-safe) extractor.
 */
public final class ArticleEvaluator {

  private static final int SHINGLE = 4;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{2,40})");

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
  private final ObjectMapper json = new ObjectMapper();

  /**
   * One document's figures.
   *
   * @param id the benchmark id
   * @param precision shingle precision, or NaN when nothing was predicted
   * @param recall shingle recall, or NaN when the truth is empty
   */
  public record DocumentScore(String id, double precision, double recall) {}

  /**
   * Runs the benchmark.
   *
   * @throws IOException if the folder cannot be read
   * @throws IllegalArgumentException if the folder is not a benchmark folder
   */
  public Score evaluate(Path benchmarkDir) throws IOException {
    return summarize(evaluateDocuments(benchmarkDir));
  }

  /**
   * Runs the benchmark and returns each document's precision and recall, in ground-truth order.
   *
   * @throws IOException if the folder cannot be read
   * @throws IllegalArgumentException if the folder is not a benchmark folder
   */
  public List<DocumentScore> evaluateDocuments(Path benchmarkDir) throws IOException {
    Path truthFile = benchmarkDir.resolve("ground-truth.json");
    Path htmlDir = benchmarkDir.resolve("html");
    if (!Files.isRegularFile(truthFile) || !Files.isDirectory(htmlDir)) {
      throw new IllegalArgumentException(
          "not an article-extraction benchmark folder (needs ground-truth.json and html/): "
              + benchmarkDir);
    }
    JsonNode truth = json.readTree(truthFile.toFile());
    List<DocumentScore> scores = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      String expected = entry.getValue().path("articleBody").asText("");
      String url = entry.getValue().path("url").asText(null);
      Path page = htmlDir.resolve(id + ".html.gz");
      String predicted = "";
      if (Files.isRegularFile(page)) {
        predicted = extractor.extract(decode(readGzip(page)), url).text();
      }
      double[] pr = precisionRecall(expected, predicted);
      scores.add(new DocumentScore(id, pr[0], pr[1]));
    }
    return scores;
  }

  /** Averages per-document figures the way the benchmark does (NaN entries left out). */
  public static Score summarize(List<DocumentScore> documents) {
    double p = 0;
    double r = 0;
    int np = 0;
    int nr = 0;
    for (DocumentScore d : documents) {
      if (!Double.isNaN(d.precision())) {
        p += d.precision();
        np++;
      }
      if (!Double.isNaN(d.recall())) {
        r += d.recall();
        nr++;
      }
    }
    return Score.of("articles", documents.size(), np == 0 ? 0 : p / np, nr == 0 ? 0 : r / nr);
  }

  /**
   * Shingle precision and recall of one prediction against its truth; an undefined figure is NaN
   * (precision when nothing was predicted, recall when the truth is empty).
   */
  static double[] precisionRecall(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      int tc = t.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, e.getValue());
      fp += Math.max(0, e.getValue() - tc);
    }
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    return new double[] {ratio(tp, fp, fn), ratio(tp, fn, fp)};
  }

  // The reference's precision_score/recall_score, with its "left out of the mean" case as NaN.
  private static double ratio(long tp, long wrong, long other) {
    if (tp + wrong == 0) {
      return Double.NaN;
    }
    if (wrong == 0 && other == 0) {
      return 1;
    }
    return (double) tp / (tp + wrong);
  }

  /** The text's 4-token shingles with their counts. */
  static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokenize(text);
    Map<String, Integer> counts = new HashMap<>();
    int last = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < last && i < tokens.size(); i++) {
      String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      counts.merge(shingle, 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Runs of word characters: letters, digits (all numeric kinds) and underscore, as Python's \w.
   */
  static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean word = isWordChar(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  private static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static byte[] readGzip(Path page) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  /** UTF-8 unless a meta charset near the top names another charset that Java knows. */
  static String decode(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        Charset cs = Charset.forName(m.group(1));
        if (!cs.equals(StandardCharsets.UTF_8)) {
          return new String(bytes, cs);
        }
      } catch (IllegalArgumentException unknown) {
        // unknown or illegal charset name: fall back to UTF-8
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
