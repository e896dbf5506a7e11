package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.eval.ConllCorpus;
import org.newsgraph.eval.ConllReader;
import org.newsgraph.eval.NerEvaluator;
import org.newsgraph.eval.NerTagger;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
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
   * <p>The annotate stage tags the given tokens, the entity stage turns its names into typed
   * entities, and every mention of an entity tags its tokens with the entity type's CoNLL class
   * ({@link EntityType#conll()}): PERSON is PER; ORGANIZATION and GROUP are ORG; COUNTRY, CITY and
   * LOCATION are LOC; NATIONALITY and OTHER are MISC. A batch of sentences is one document to the
   * entity stage, so a name's short form ("Le Drian") takes the type of its full form.
   */
  static NerTagger tagger() {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    EntityExtractor extractor = new EntityExtractor();
    return sentences -> {
      AnnotatedDocument doc = annotator.annotateTokenized("conll", sentences);
      List<List<String>> tags = new ArrayList<>(sentences.size());
      Map<Integer, TokenSlot> byStart = new HashMap<>();
      Iterator<Sentence> annotated = doc.sentences().iterator();
      for (List<String> sentence : sentences) {
        String[] row = new String[sentence.size()];
        Arrays.fill(row, "O");
        tags.add(Arrays.asList(row));
        if (!sentence.isEmpty()) {
          List<Token> tokens = annotated.next().tokens();
          for (int i = 0; i < tokens.size(); i++) {
            byStart.put(tokens.get(i).start(), new TokenSlot(tokens, row, i));
          }
        }
      }
      for (Entity entity : extractor.extract(doc)) {
        String type = entity.type().conll();
        for (Mention mention : entity.mentions()) {
          TokenSlot slot = byStart.get(mention.start());
          if (slot == null || !"O".equals(slot.row[slot.index])) {
            continue; // not on a token boundary, or already tagged by an overlapping mention
          }
          for (int i = slot.index;
              i < slot.tokens.size() && slot.tokens.get(i).start() < mention.end();
              i++) {
            slot.row[i] = (i == slot.index ? "B-" : "I-") + type;
          }
        }
      }
      return tags;
    };
  }

  /** A token of a sentence, with the sentence's tokens and answer row. */
  private record TokenSlot(List<Token> tokens, String[] row, int index) {}

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
