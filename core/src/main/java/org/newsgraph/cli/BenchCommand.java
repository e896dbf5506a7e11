package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.bench.AnalyzeBench;
import org.newsgraph.bench.EventCoderBench;
import org.newsgraph.bench.GazetteerBench;
import org.newsgraph.bench.PipelineBench;
import org.newsgraph.bench.QueryBench;
import org.newsgraph.bench.ReutersSgml;
import org.newsgraph.bench.StoriesBench;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench [PATH]}: throughput of the pipeline and of each stage. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure throughput (documents/s, medians) of the whole pipeline and of each stage, and peak"
          + " memory.",
      "PATH: any input extract accepts, or a folder of Reuters-21578 reut2-*.sgm.gz files"
          + " (converted to JSONL first). Without PATH, uses ../shared/corpora/reuters21578 when"
          + " present."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "PATH", description = "the corpus to measure")
  Path path;

  @Option(
      names = "--runs",
      description = "timed runs after one warm-up (default: ${DEFAULT-VALUE})")
  int runs = 3;

  @Option(
      names = "--threads",
      description = "threads for the whole pipeline (default: the number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--sample",
      paramLabel = "N",
      description =
          "documents for the language stages (annotate, entities, quotes), which run about 100x"
              + " slower than cleaning; 0 skips them (default: ${DEFAULT-VALUE})")
  int sample = 2_000;

  @Option(
      names = "--dependencies",
      description =
          "also run the dependency parser in the annotate stage (as the event coder needs), to"
              + " measure its cost")
  boolean dependencies;

  @Option(
      names = "--events",
      paramLabel = "N",
      description =
          "parse N sentences of the corpus once, then time the event coder alone on them on one"
              + " thread (0 skips it; default: ${DEFAULT-VALUE})")
  int events;

  @Option(
      names = "--gazetteer",
      description =
          "measure the place gazetteer alone (resource size, load time, lookups/s on one thread)"
              + " instead of the pipeline; PATH is not read")
  boolean gazetteer;

  @Option(
      names = "--queries",
      description =
          "measure query latency (search, quotes by speaker, events by dyad, dossier) over the"
              + " store in --data instead of the pipeline; the store is first filled (ingest,"
              + " resumable) with every Reuters item, briefs included, from PATH or"
              + " ../shared/corpora/reuters21578")
  boolean queries;

  @Option(
      names = "--stories",
      description =
          "measure the store's ingest with and without stories (near-duplicates, merged events,"
              + " story clusters, tone) on the first --sample documents instead of the pipeline,"
              + " the time of a batch early and late, and the size of the near-duplicate index"
              + " and of the story summaries")
  boolean stories;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "the store --queries measures (default: ${DEFAULT-VALUE})")
  Path data = Path.of("newsgraph-bench-data");

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "timed queries per kind for --queries (default: ${DEFAULT-VALUE})")
  int rounds = 500;

  @Override
  public Integer call() throws IOException {
    if (sample < 0 || events < 0) {
      throw new IllegalArgumentException("--sample and --events must not be negative");
    }
    if (gazetteer) {
      new GazetteerBench(runs, spec.commandLine().getOut()).run();
      return Main.OK;
    }
    Path corpus = SharedData.orShared(path, "corpora/reuters21578", "corpus");
    PrintWriter out = spec.commandLine().getOut();
    if (queries) {
      return benchQueries(corpus, out);
    }
    if (stories) {
      return benchStories(corpus, out);
    }
    List<Path> reuters = ReutersSgml.files(corpus);
    Path converted = null;
    try {
      String input = corpus.toString();
      if (!reuters.isEmpty()) {
        converted = Files.createTempFile("newsgraph-reuters-", ".jsonl");
        int stories;
        try (OutputStream jsonl = new BufferedOutputStream(Files.newOutputStream(converted))) {
          stories = ReutersSgml.convert(reuters, jsonl);
        }
        out.printf("converted %d Reuters stories with a body to %s%n", stories, converted);
        input = converted.toString();
      }
      new PipelineBench(threads, runs, out).run(List.of(input));
      if (sample > 0) {
        List<CleanDocument> documents = AnalyzeBench.cleanDocuments(List.of(input), sample);
        CoreNlpAnnotator.Options options =
            new CoreNlpAnnotator.Options(
                dependencies, CoreNlpAnnotator.Options.DEFAULT_MAX_CHARACTERS);
        new AnalyzeBench(threads, runs, out, options).run(documents);
      }
      if (events > 0) {
        new EventCoderBench(runs, out)
            .run(AnalyzeBench.cleanDocuments(List.of(input), events), events);
      }
    } finally {
      if (converted != null) {
        Files.deleteIfExists(converted);
      }
    }
    return Main.OK;
  }

  private int benchStories(Path corpus, PrintWriter out) throws IOException {
    if (sample < 1) {
      throw new IllegalArgumentException("--stories needs --sample of at least 1");
    }
    List<Path> reuters = ReutersSgml.files(corpus);
    Path converted = null;
    try {
      String input = corpus.toString();
      if (!reuters.isEmpty()) {
        converted = Files.createTempFile("newsgraph-reuters-", ".jsonl");
        try (OutputStream jsonl = new BufferedOutputStream(Files.newOutputStream(converted))) {
          ReutersSgml.convert(reuters, jsonl);
        }
        input = converted.toString();
      }
      new StoriesBench(runs, out).run(AnalyzeBench.cleanDocuments(List.of(input), sample));
    } finally {
      if (converted != null) {
        Files.deleteIfExists(converted);
      }
    }
    return Main.OK;
  }

  private int benchQueries(Path corpus, PrintWriter out) throws IOException {
    if (rounds < 20) {
      throw new IllegalArgumentException("--rounds must be at least 20");
    }
    List<Path> reuters = ReutersSgml.files(corpus);
    if (!reuters.isEmpty()) {
      Path converted = Files.createTempFile("newsgraph-reuters-", ".jsonl");
      try {
        int stories;
        try (OutputStream jsonl = new BufferedOutputStream(Files.newOutputStream(converted))) {
          stories = ReutersSgml.convert(reuters, jsonl, true);
        }
        out.printf("filling the store in %s with %d Reuters items (resumable)%n", data, stories);
        out.flush();
        int code =
            Main.run(
                "ingest",
                converted.toString(),
                "--data",
                data.toString(),
                "--threads",
                Integer.toString(threads));
        if (code > Main.SOME_PROBLEMS) {
          return code;
        }
      } finally {
        Files.deleteIfExists(converted);
      }
    }
    try (Store store = Store.openReadOnly(data)) {
      new QueryBench(store, rounds, out).run();
    }
    return Main.OK;
  }
}
