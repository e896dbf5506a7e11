package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.ArticleEvaluator;
import org.newsgraph.eval.DateEvaluator;
import org.newsgraph.eval.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval STAGE PATH}: scores a stage on labelled data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score a pipeline stage on labelled data (precision, recall, F1).",
    subcommands = {
      EvalCommand.Articles.class,
      EvalCommand.Dates.class,
      EvalNerCommand.class,
      EvalQuotesCommand.class,
      EvalPetrarchCommand.class,
      EvalEventsCommand.class,
      EvalTimexCommand.class,
      EvalStoriesCommand.class
    })
final class EvalCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "a stage to evaluate is required");
  }

  @Command(
      name = "articles",
      mixinStandardHelpOptions = true,
      description = {
        "Score the HTML cleaner on the article-extraction benchmark: a folder with html/*.html.gz"
            + " and ground-truth.json. Metric: 4-word shingles per document, precision and recall"
            + " averaged over documents, F1 from the means.",
        "Without DIR, uses ../shared/benchmarks/article-extraction when present."
      })
  static final class Articles implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "the benchmark folder")
    Path dir;

    @Override
    public Integer call() throws IOException {
      Path benchmark =
          SharedData.orShared(dir, "benchmarks/article-extraction", "benchmark folder");
      Score score = new ArticleEvaluator().evaluate(benchmark);
      spec.commandLine().getOut().println(score.format());
      return Main.OK;
    }
  }

  @Command(
      name = "dates",
      mixinStandardHelpOptions = true,
      description = {
        "Score the publication-date finder of the text cleaner: on CSV or JSONL articles whose"
            + " published/date field is the label, the date found in the text alone is compared"
            + " with it. P: right dates among those found; R: right dates among all labelled.",
        "Without PATH, uses the bundled demo corpus demo/wikinews."
      })
  static final class Dates implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "labelled CSV or JSONL files")
    List<String> paths = List.of("demo/wikinews");

    @Override
    public Integer call() {
      spec.commandLine().getOut().println(new DateEvaluator().evaluate(paths).format());
      return Main.OK;
    }
  }
}
