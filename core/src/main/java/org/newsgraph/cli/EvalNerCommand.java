package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.Token;
import org.newsgraph.eval.ConllCorpus;
import org.newsgraph.eval.ConllReader;
import org.newsgraph.eval.NerEvaluator;
import org.newsgraph.eval.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval ner [FILE]}: entity-level precision, recall and F1 of the named-entity
 * tagger on CoNLL-2003-style data. Malformed lines are reported on stderr and their sentences left
 * out; the rest is scored (exit code 1 then).
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Score the named-entity tagger on CoNLL-2003-style data: one 'token POS chunk tag' (or"
          + " 'token tag') line per token, blank lines between sentences, -DOCSTART- lines"
          + " between documents, tags in IOB1, IOB2 or BIOES.",
      "Metric as conlleval: an entity is found only if its type and both boundaries match;"
          + " P/R/F1 per type and micro-averaged overall.",
      "Without FILE, uses eval-data/ner/wikinews-ner.conll of the checkout when present."
    })
final class EvalNerCommand implements Callable<Integer> {
  static final String DEFAULT_SET = "eval-data/ner/wikinews-ner.conll";

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "the labelled CoNLL file")
  Path file;

  private final Supplier<NerTagger> taggers;

  EvalNerCommand() {
    this(EvalNerCommand::tagger);
  }

  /** With the tagger to score made by {@code taggers} (tests inject one here). */
  EvalNerCommand(Supplier<NerTagger> taggers) {
    this.taggers = taggers;
  }

  /**
   * The tagger that {@code eval ner} scores: the pipeline's named-entity recognition, answering
   * CoNLL classes. The one place to change when the pipeline changes.
   *
   * <p>For now the annotate stage's raw CoNLL classes (the 4-class CRF on the given tokens); the
   * entity stage's type refinement, mapped back through {@code EntityType.conll()}, belongs here
   * once it exists.
   */
  static NerTagger tagger() {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    return sentences ->
        annotator.annotateTokens(sentences).stream()
            .map(tokens -> tokens.stream().map(Token::ner).toList())
            .toList();
  }

  @Override
  public Integer call() throws IOException {
    Path input = file != null ? file : findDefaultSet();
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException("no such file: " + input);
    }
    ConllCorpus corpus = new ConllReader().read(input);
    var err = spec.commandLine().getErr();
    for (String problem : corpus.problems()) {
      err.println("newsgraph eval ner: " + input + ": " + problem);
    }
    if (corpus.sentences().isEmpty()) {
      err.println("newsgraph eval ner: no sentences to score in " + input);
      return Main.NOTHING_PROCESSED;
    }
    NerEvaluator.Report report = new NerEvaluator().evaluate(corpus.sentences(), taggers.get());
    spec.commandLine().getOut().print(report.format());
    spec.commandLine().getOut().flush();
    return corpus.problems().isEmpty() ? Main.OK : Main.SOME_PROBLEMS;
  }

  /** The bundled labelled set, looked for in the working directory and its parents. */
  private static Path findDefaultSet() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(DEFAULT_SET);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "no FILE given and no " + DEFAULT_SET + " found here or above: pass the CoNLL file");
  }
}
