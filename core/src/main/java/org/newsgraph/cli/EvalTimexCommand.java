package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.annotate.TimeMention;
import org.newsgraph.eval.TimeMlCorpus;
import org.newsgraph.eval.TimeMlDocument;
import org.newsgraph.eval.TimeMlReader;
import org.newsgraph.eval.TimexEvaluation;
import org.newsgraph.eval.TimexEvaluator;
import org.newsgraph.eval.TimexTagger;
import org.newsgraph.extract.time.DateExtractor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.DateSource;
import org.newsgraph.pipeline.ArticleAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval timex [DIR]}: scores the time stage on TimeML files.
 *
 * <p>Public so that tests elsewhere can run it with a tagger of their own.
 */
@Command(
    name = "timex",
    mixinStandardHelpOptions = true,
    description = {
      "Score time expressions on TimeML files (TempEval-3 format: .tml files with inline TIMEX3"
          + " tags in <TEXT> and the document creation time in <DCT>). The pipeline annotates each"
          + " text with the creation time as its publication date and the time stage normalizes"
          + " what SUTime finds.",
      "Prints extent precision, recall and F1, strict (same span) and relaxed (overlapping"
          + " span), value precision/recall/F1 (right values among those found / among those"
          + " labelled) and value accuracy (right values among relaxed matches).",
      "Without DIR, uses eval-data/timex (the hand-labelled Wikinews set) when present."
    })
public final class EvalTimexCommand implements Callable<Integer> {
  private static final String DEFAULT_DIR = "eval-data/timex";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "the folder of .tml files")
  Path dir;

  @Option(
      names = "--errors",
      description = "also list every miss, false alarm, extent and value error on stderr")
  boolean errors;

  @Option(
      names = "--sutime",
      description =
          "score SUTime's own expressions and values (the annotate stage alone) instead of the"
              + " time stage: the baseline the time stage corrects")
  boolean sutime;

  private final Supplier<TimexTagger> taggers;
  private boolean custom;

  /** The command as the command line runs it: it scores {@link #pipelineTagger()}. */
  public EvalTimexCommand() {
    this.taggers = EvalTimexCommand::pipelineTagger;
  }

  /** The command scoring the given tagger (for tests and other taggers). */
  public EvalTimexCommand(TimexTagger tagger) {
    Objects.requireNonNull(tagger, "tagger");
    this.taggers = () -> tagger;
    this.custom = true;
  }

  /**
   * The tagger that {@code newsgraph eval timex} scores: the annotate stage on the text as it is
   * (no cleaning, so offsets stay those of the file) with the creation time as the publication
   * date, then the time stage's expressions, durations and sets included (TimeML labels them too).
   * Built once per run, after the files are read, because building it loads models.
   */
  static TimexTagger pipelineTagger() {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    DateExtractor dates = new DateExtractor();
    return (text, creationTime) ->
        dates.extract(analyzer.annotate(document(text, creationTime)), creationTime).expressions();
  }

  /** SUTime alone, as the annotate stage runs it: the baseline that the time stage corrects. */
  static TimexTagger sutimeTagger() {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    return (text, creationTime) -> {
      List<DateMention> out = new ArrayList<>();
      for (TimeMention t : analyzer.annotate(document(text, creationTime)).times()) {
        out.add(new DateMention(t.text(), t.value(), t.start(), t.end(), t.type()));
      }
      return out;
    };
  }

  private static CleanDocument document(String text, LocalDate creationTime) {
    return new CleanDocument(
        "eval",
        "eval",
        null,
        null,
        creationTime,
        creationTime == null ? null : DateSource.METADATA,
        "en",
        text,
        List.of(),
        List.of());
  }

  @Override
  public Integer call() {
    Path folder = dir != null ? dir : defaultFolder();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TimeMlCorpus corpus = new TimeMlReader().read(folder);
    for (String problem : corpus.problems()) {
      err.println("newsgraph: " + problem);
    }
    err.flush();
    List<TimeMlDocument> documents = corpus.documents();
    if (documents.isEmpty()) {
      err.println("newsgraph: no TimeML document (.tml) in " + folder);
      return Main.NOTHING_PROCESSED;
    }
    TimexTagger tagger = sutime && !custom ? sutimeTagger() : taggers.get();
    TimexEvaluation result = new TimexEvaluator().evaluate(documents, tagger);
    if (errors) {
      for (String e : result.errors()) {
        err.println(e);
      }
      err.flush();
    }
    out.println(
        "timex: "
            + documents.size()
            + " documents, "
            + result.labels()
            + " labelled expressions, "
            + result.found()
            + " found, in "
            + folder);
    for (String line : result.format()) {
      out.println(line);
    }
    out.flush();
    return corpus.problems().isEmpty() ? Main.OK : Main.SOME_PROBLEMS;
  }

  private static Path defaultFolder() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve(DEFAULT_DIR);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "no DIR given and no " + DEFAULT_DIR + " in this folder or its parents: pass its path");
  }
}
