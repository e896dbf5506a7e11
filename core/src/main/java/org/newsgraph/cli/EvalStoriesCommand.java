package org.newsgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.eval.StoryEvaluator;
import org.newsgraph.eval.StoryEvaluator.Labels;
import org.newsgraph.eval.StoryEvaluator.Placed;
import org.newsgraph.export.JsonlRecordReader;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Extraction;
import org.newsgraph.pipeline.ArticleAnalyzer;
import org.newsgraph.pipeline.DocumentPipeline;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval stories [FILE]}: the store's story clustering against a labelled grouping
 * of the demo corpus and the seed articles.
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Score story clustering on a labelled grouping of documents (TSV: KEY, STORY, free"
          + " columns; KEY a URL or the end of a source path; STORY '-' for a story of its"
          + " own, '?' to leave a document out).",
      "The documents (the bundled demo corpus, plus ../shared/corpora/seeds when present, or"
          + " the records of --records) are added to a fresh store in a temporary folder, in"
          + " order, as ingest adds them; prints B-cubed and pair P/R/F1 for 2019, 2020 and all"
          + " labelled documents, and the stories of the Libya articles.",
      "Without FILE, uses the bundled eval-data/stories/stories.tsv."
    })
final class EvalStoriesCommand implements Callable<Integer> {
  private static final String DEFAULT_FILE = "eval-data/stories/stories.tsv";

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "the labelled grouping")
  Path file;

  @Option(
      names = "--records",
      paramLabel = "JSONL",
      description =
          "document records to cluster (the output of extract, .jsonl or .jsonl.gz) instead of"
              + " extracting the demo corpus and the seeds again")
  Path records;

  @Option(names = "--errors", description = "list the labelled stories split and the wrong merges")
  boolean errors;

  @Override
  public Integer call() throws IOException {
    Path input = file != null ? file : Path.of(DEFAULT_FILE);
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException("no such file: " + input);
    }
    Labels labels = StoryEvaluator.read(input);
    PrintWriter out = spec.commandLine().getOut();
    List<Extraction> documents = records != null ? readRecords(records) : extract(out);
    List<Placed> placed = cluster(documents, labels);
    StoryEvaluator evaluator = new StoryEvaluator();
    out.println(evaluator.evaluate("2019", placed, p -> isYear(p, 2019)).format());
    out.println(evaluator.evaluate("2020", placed, p -> isYear(p, 2020)).format());
    out.println(evaluator.evaluate("all", placed, p -> true).format());
    int unlabelled = 0;
    for (Placed p : placed) {
      unlabelled += p.gold() == null ? 1 : 0;
    }
    if (unlabelled > 0) {
      out.println(unlabelled + " documents have no label (left out)");
    }
    printLibya(out, placed);
    if (errors) {
      printErrors(out, placed);
    }
    return Main.OK;
  }

  private static boolean isYear(Placed p, int year) {
    return p.year() != null && p.year() == year;
  }

  /** The demo corpus and the seeds when present, extracted as extract does. */
  private List<Extraction> extract(PrintWriter out) {
    List<String> paths = new ArrayList<>();
    paths.add(DemoCommand.bundledCorpus().toString());
    SharedData.find("corpora/seeds")
        .ifPresentOrElse(
            seeds -> paths.add(seeds.toString()),
            () -> out.println("../shared/corpora/seeds not found: the seed articles are left out"));
    List<Extraction> extracted = new ArrayList<>();
    DocumentPipeline pipeline =
        new DocumentPipeline(
            Runtime.getRuntime().availableProcessors(), new Ingestor(), new ArticleAnalyzer());
    DocumentPipeline.Summary summary =
        pipeline.run(
            paths,
            InputStream.nullInputStream(),
            new DocumentPipeline.Listener() {
              @Override
              public void record(Extraction extraction) {
                extracted.add(extraction);
              }

              @Override
              public void duplicate(CleanDocument document) {}

              @Override
              public void failed(String source, String message) {
                spec.commandLine().getErr().println("newsgraph: " + source + ": " + message);
              }
            });
    spec.commandLine().getErr().println("newsgraph eval stories: " + summary.format());
    return extracted;
  }

  private static List<Extraction> readRecords(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no such file: " + path);
    }
    List<Extraction> extracted = new ArrayList<>();
    try (BufferedReader lines = IngestCommand.open(path)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          extracted.add(JsonlRecordReader.read(line));
        }
      }
    }
    return extracted;
  }

  /** Adds the documents to a fresh store and reads back each one's story. */
  private static List<Placed> cluster(List<Extraction> documents, Labels labels)
      throws IOException {
    Path folder = Files.createTempDirectory("newsgraph-eval-stories");
    try {
      try (Store store = Store.open(folder)) {
        for (int i = 0; i < documents.size(); i += 64) {
          store.add(documents.subList(i, Math.min(documents.size(), i + 64)));
        }
        return store.query(
            db -> {
              List<Placed> placed = new ArrayList<>();
              try (Statement st = db.createStatement();
                  ResultSet rs =
                      st.executeQuery(
                          "SELECT d.url, d.source, year(d.published), s.story"
                              + " FROM story_documents s JOIN documents d ON d.id = s.doc_id"
                              + " ORDER BY d.seq")) {
                while (rs.next()) {
                  String url = rs.getString(1);
                  String source = rs.getString(2);
                  String key = url != null ? url : sourceKey(source);
                  int year = rs.getInt(3);
                  placed.add(
                      new Placed(
                          key,
                          labels.storyOf(url, sourceKey(source)),
                          rs.getString(4),
                          rs.wasNull() ? null : year));
                }
              }
              return placed;
            });
      }
    } finally {
      deleteTree(folder);
    }
  }

  /** A source path's last two parts ("seeds/000_x.txt"), as the label file names files. */
  private static String sourceKey(String source) {
    String path = source.replace('\\', '/');
    int last = path.lastIndexOf('/');
    int before = last <= 0 ? -1 : path.lastIndexOf('/', last - 1);
    return before < 0 ? path : path.substring(before + 1);
  }

  /** Where the Libya documents of the labels went: the grouping check. */
  private static void printLibya(PrintWriter out, List<Placed> placed) {
    Map<String, List<Placed>> byStory = byPredicted(placed);
    out.println("Libya documents (labelled story -> predicted story, its size):");
    for (Placed p : placed) {
      if (p.gold() != null && (p.gold().contains("libya") || p.key().startsWith("seeds/"))) {
        out.printf(
            "  %-24s %-26s story %s (%d documents)%n",
            p.gold(), shorten(p.key()), p.predicted(), byStory.get(p.predicted()).size());
      }
    }
  }

  private static void printErrors(PrintWriter out, List<Placed> placed) {
    Map<String, List<Placed>> byStory = byPredicted(placed);
    out.println("predicted stories mixing labelled stories:");
    for (Map.Entry<String, List<Placed>> story : byStory.entrySet()) {
      List<String> golds =
          story.getValue().stream()
              .filter(p -> p.gold() != null && !StoryEvaluator.UNPLACED.equals(p.gold()))
              .map(p -> StoryEvaluator.ALONE.equals(p.gold()) ? p.key() : p.gold())
              .distinct()
              .toList();
      if (golds.size() > 1) {
        out.println("  " + story.getKey() + ": " + golds.stream().map(s -> shorten(s)).toList());
      }
    }
    out.println("labelled stories split:");
    Map<String, Map<String, Integer>> parts = new LinkedHashMap<>();
    for (Placed p : placed) {
      if (p.gold() != null
          && !StoryEvaluator.ALONE.equals(p.gold())
          && !StoryEvaluator.UNPLACED.equals(p.gold())) {
        parts
            .computeIfAbsent(p.gold(), k -> new LinkedHashMap<>())
            .merge(p.predicted(), 1, Integer::sum);
      }
    }
    parts.forEach(
        (gold, stories) -> {
          if (stories.size() > 1) {
            out.println("  " + gold + ": " + stories.values());
          }
        });
  }

  private static Map<String, List<Placed>> byPredicted(List<Placed> placed) {
    Map<String, List<Placed>> byStory = new LinkedHashMap<>();
    for (Placed p : placed) {
      byStory.computeIfAbsent(p.predicted(), k -> new ArrayList<>()).add(p);
    }
    return byStory;
  }

  private static String shorten(String key) {
    String k = key.replace("https://en.wikinews.org//wiki/", "");
    return k.length() > 60 ? k.substring(0, 60) : k;
  }

  private static void deleteTree(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
