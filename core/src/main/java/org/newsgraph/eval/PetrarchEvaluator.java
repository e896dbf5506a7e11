package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.extract.actor.ActorSource;
import org.newsgraph.extract.event.CodedEvent;
import org.newsgraph.extract.event.EventCoder;
import org.newsgraph.extract.event.EventDictionaries;
import org.newsgraph.model.CleanDocument;

/**
 * Runs an event coder over the PETRARCH 2 unit-test records and compares, record by record, the set
 * of (source, target, code) triples it codes with the set the record expects. A record passes when
 * the two sets are equal; records that expect nothing (no events, an error, or nothing stated) pass
 * when nothing is coded.
 *
 * <p>The coder reads the dictionaries the suite's environment names, from the suite's folder, and
 * follows the records' {@code require_dyad} option. Each record is annotated from its own parse
 * tree ({@link CoreNlpAnnotator#annotateTrees}, converted to dependencies) or, with {@code
 * reparse}, from its text by the full annotator with the dependency parser.
 */
public final class PetrarchEvaluator {

  /** One record's outcome. */
  public record Outcome(
      PetrarchRecord record, Set<String> expected, Set<String> coded, List<String> rules) {
    public Outcome {
      Objects.requireNonNull(record, "record");
      expected = Set.copyOf(expected);
      coded = Set.copyOf(coded);
      rules = List.copyOf(rules);
    }

    /** Whether the coded triples are exactly the expected ones. */
    public boolean passed() {
      return expected.equals(coded);
    }
  }

  /** All outcomes, in file order. */
  public record Result(List<Outcome> outcomes) {
    public Result {
      outcomes = List.copyOf(outcomes);
    }

    /** How many records passed. */
    public int passed() {
      return (int) outcomes.stream().filter(Outcome::passed).count();
    }

    /** Per category: {passed, run}, categories sorted. */
    public Map<String, int[]> byCategory() {
      Map<String, int[]> out = new TreeMap<>();
      for (Outcome o : outcomes) {
        String c = o.record().category() == null ? "(none)" : o.record().category();
        int[] n = out.computeIfAbsent(c, k -> new int[2]);
        n[1]++;
        if (o.passed()) {
          n[0]++;
        }
      }
      return out;
    }
  }

  private final EventCoder coder;
  private final EventCoder withoutDyads;
  private final CoreNlpAnnotator annotator;
  private final boolean reparse;

  /**
   * An evaluator for a suite file: loads the dictionaries its environment names from its folder.
   *
   * @param suite the suite, as read
   * @param folder the folder the suite file is in
   * @param reparse annotate each record's text instead of converting its tree
   * @throws IOException when a dictionary cannot be read
   * @throws IllegalArgumentException when the environment names no verb or actor file
   */
  public PetrarchEvaluator(PetrarchSuite suite, Path folder, boolean reparse) throws IOException {
    PetrarchEnvironment env = suite.environment();
    if (env.verbFile() == null || env.actorFile() == null) {
      throw new IllegalArgumentException(
          "the suite's environment must name a verb file and an actor file");
    }
    EventDictionaries events = EventDictionaries.fromFolder(folder);
    ActorDictionary actors =
        ActorDictionary.read(
            List.of(folder.resolve(env.actorFile())),
            ActorSource.COUNTRIES,
            env.agentFile() == null ? null : folder.resolve(env.agentFile()));
    this.coder = new EventCoder(events, actors);
    this.withoutDyads = new EventCoder(events, actors, false);
    this.annotator =
        new CoreNlpAnnotator(
            new CoreNlpAnnotator.Options(
                reparse, CoreNlpAnnotator.Options.defaults().maxCharacters()));
    this.reparse = reparse;
  }

  /** Codes every record the environment includes. */
  public Result run(PetrarchSuite suite) {
    List<Outcome> outcomes = new ArrayList<>();
    for (PetrarchRecord r : suite.included()) {
      outcomes.add(code(r));
    }
    return new Result(outcomes);
  }

  /** One record's outcome with its tokens and dependency parse, for a person to read. */
  public String explain(PetrarchRecord r) {
    Outcome o = code(r);
    StringBuilder b = new StringBuilder();
    b.append(r.id()).append(": ").append(r.text().replaceAll("\\s+", " ").strip()).append('\n');
    for (Sentence s : annotate(r).sentences()) {
      for (int i = 0; i < s.tokens().size(); i++) {
        b.append(i).append(' ').append(s.tokens().get(i).text()).append('/');
        b.append(s.tokens().get(i).pos()).append(' ');
      }
      b.append('\n').append(s.parse().enhanced()).append('\n');
    }
    b.append("expected ").append(o.expected()).append('\n');
    b.append("coded    ").append(o.coded()).append('\n');
    b.append("rules    ").append(o.rules());
    return b.toString();
  }

  private AnnotatedDocument annotate(PetrarchRecord r) {
    if (reparse || r.parse() == null) {
      return annotator.annotate(
          new CleanDocument(
              r.id(),
              r.id(),
              null,
              null,
              r.date(),
              org.newsgraph.model.DateSource.METADATA,
              "en",
              r.text(),
              List.of(),
              List.of()));
    }
    return annotator.annotateTrees(r.id(), List.of(r.parse()), r.date());
  }

  /** Codes one record. */
  public Outcome code(PetrarchRecord r) {
    Set<String> expected = new TreeSet<>();
    for (PetrarchEvent e : r.events()) {
      expected.add(e.toString());
    }
    Set<String> coded = new TreeSet<>();
    List<String> rules = new ArrayList<>();
    if (r.expected() == PetrarchRecord.Expected.ERROR && r.parse() == null) {
      return new Outcome(r, expected, coded, rules);
    }
    AnnotatedDocument doc = annotate(r);
    for (Sentence s : doc.sentences()) {
      boolean requireDyad = !"false".equalsIgnoreCase(r.config().get("require_dyad"));
      for (CodedEvent e : (requireDyad ? coder : withoutDyads).code(s, r.date())) {
        coded.add(e.source().code() + " " + e.target().code() + " " + e.code());
        rules.add(e.code() + " " + e.rule());
      }
    }
    return new Outcome(r, expected, coded, rules);
  }
}
