package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.eval.BratCorpus;
import org.newsgraph.eval.BratDocument;
import org.newsgraph.eval.BratReader;
import org.newsgraph.eval.PredictedQuote;
import org.newsgraph.eval.QuoteEvaluation;
import org.newsgraph.eval.QuoteEvaluator;
import org.newsgraph.eval.QuoteSpan;
import org.newsgraph.eval.QuoteTagger;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.ArticleAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval quotes [DIR]}: scores quote extraction on BRAT-labelled attributions.
 *
 * <p>Public so that tests elsewhere can run it with a tagger of their own.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Score quote extraction on attributions labelled in BRAT standoff format (.txt + .ann, spans"
          + " typed Source, Cue and Content linked by Attribution events, as in the PolNeAR"
          + " corpus).",
      "For direct quotes and for all attributions: content precision, recall and F1 (a match"
          + " shares >= 50%% of the longer content, one-to-one) and speaker accuracy (share of"
          + " matched attributions whose predicted speaker mention overlaps the labelled source).",
      "Without DIR, uses eval-data/quotes (the hand-labelled Wikinews set) when present."
    })
public final class EvalQuotesCommand implements Callable<Integer> {
  private static final String DEFAULT_DIR = "eval-data/quotes";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "the labelled folder")
  Path dir;

  private final Supplier<QuoteTagger> taggers;

  /** The command as the command line runs it: it scores {@link #pipelineTagger()}. */
  public EvalQuotesCommand() {
    this.taggers = EvalQuotesCommand::pipelineTagger;
  }

  /** The command scoring the given tagger (for tests and other taggers). */
  public EvalQuotesCommand(QuoteTagger tagger) {
    Objects.requireNonNull(tagger, "tagger");
    this.taggers = () -> tagger;
  }

  /**
   * The tagger that {@code newsgraph eval quotes} scores: the pipeline run on each {@code .txt} as
   * it is (annotate without cleaning, so offsets stay those of the file; then entities; then
   * quotes), its quotes turned into {@link PredictedQuote}s by {@link #predicted}. Built once per
   * run, after the labels are read, because building it loads models.
   */
  static QuoteTagger pipelineTagger() {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    return text -> {
      CleanDocument doc =
          new CleanDocument(
              "eval", "eval", null, null, null, null, "en", text, List.of(), List.of());
      return predicted(text, analyzer.extract(analyzer.annotate(doc)).quotes());
    };
  }

  /**
   * A document's quotes as attributions by the labels' rules: a quote is direct when it is quoted
   * words as a whole; a partial quote is direct when it is the whole content of its attribution,
   * and dropped when it lies inside a reported clause found too (the clause is the attribution). A
   * full quote that resumes after its speaker's attribution in the same paragraph ("“…,” Lam
   * continued. “…”": the second quote has no cue and takes the first one's speaker mention) is one
   * content with two fragments, as the labels write an interrupted quote.
   *
   * @param text the document's text
   * @param quotes its quotes in text order, as the quote stage gives them
   * @return the attributions to score
   */
  static List<PredictedQuote> predicted(String text, List<Quote> quotes) {
    List<PredictedQuote> predicted = new ArrayList<>(quotes.size());
    Quote previous = null;
    for (Quote q : quotes) {
      if (q.partial() && insideReported(q, quotes)) {
        continue;
      }
      Mention m = q.speakerMention();
      QuoteSpan content = new QuoteSpan(q.start(), q.end());
      if (previous != null && resumes(text, previous, q)) {
        PredictedQuote first = predicted.remove(predicted.size() - 1);
        List<QuoteSpan> fragments = new ArrayList<>(first.content());
        fragments.add(content);
        predicted.add(new PredictedQuote(fragments, true, first.speaker()));
        continue;
      }
      predicted.add(
          new PredictedQuote(
              List.of(content), q.direct(), m == null ? null : new QuoteSpan(m.start(), m.end())));
      previous = q;
    }
    return predicted;
  }

  /** The most characters between a quote and its resumption: an attribution, not a paragraph. */
  private static final int MAX_INTERRUPTION = 200;

  /**
   * Whether {@code next} resumes {@code first} after first's attribution (see {@link #predicted}).
   */
  private static boolean resumes(String text, Quote first, Quote next) {
    if (!first.direct()
        || !next.direct()
        || next.partial()
        || first.cue() == null
        || next.cue() != null
        || first.speakerMention() == null
        || !first.speakerMention().equals(next.speakerMention())
        || next.start() < first.end()
        || next.start() - first.end() > MAX_INTERRUPTION) {
      return false;
    }
    String between = text.substring(first.end(), next.start());
    return between.chars().anyMatch(Character::isLetter)
        && !between.matches("(?s).*\\n[ \\t\\r]*\\n.*");
  }

  private static boolean insideReported(Quote partial, List<Quote> quotes) {
    for (Quote q : quotes) {
      if (!q.direct() && q.start() <= partial.start() && partial.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Integer call() throws IOException {
    Path folder = dir != null ? dir : defaultFolder();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BratCorpus corpus = new BratReader().read(folder);
    report(err, corpus.problems());
    List<BratDocument> documents = corpus.documents();
    if (documents.isEmpty()) {
      err.println("newsgraph: no labelled document (.txt with .ann) in " + folder);
      return Main.NOTHING_PROCESSED;
    }
    QuoteEvaluation result = new QuoteEvaluator().evaluate(documents, taggers.get());
    report(err, result.problems());
    long attributions = documents.stream().mapToLong(d -> d.attributions().size()).sum();
    out.println(
        "quotes: "
            + documents.size()
            + " documents, "
            + attributions
            + " labelled attributions in "
            + folder);
    out.println(result.direct().format());
    out.println(result.all().format());
    out.flush();
    boolean problems = !corpus.problems().isEmpty() || !result.problems().isEmpty();
    return problems ? Main.SOME_PROBLEMS : Main.OK;
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

  private static void report(PrintWriter err, List<String> problems) {
    for (String problem : problems) {
      err.println("newsgraph: " + problem);
    }
    err.flush();
  }
}
