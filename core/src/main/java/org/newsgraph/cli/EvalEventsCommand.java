package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.eval.CountryTriple;
import org.newsgraph.eval.EventEvaluator;
import org.newsgraph.eval.EventGold;
import org.newsgraph.eval.EventGoldReader;
import org.newsgraph.eval.EventSplit;
import org.newsgraph.eval.EventTagger;
import org.newsgraph.eval.ReutersEventReader;
import org.newsgraph.extract.actor.Countries;
import org.newsgraph.extract.actor.Country;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.pipeline.ArticleAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval events [FILE]}: (source country, target country, root code) triples of the
 * event stage against hand-labelled news sentences; {@code --reuters} scores the Reuters-21578 set,
 * whose sentences are rebuilt from a local copy of the corpus.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Score the event stage on news sentences labelled with (source country, target country,"
          + " CAMEO root code) triples (JSONL: id, published, text, events[source,target,root]).",
      "Each sentence runs through the pipeline (annotate, entities, events with the production"
          + " dictionaries); an event's actors count by their country (the first three letters"
          + " of a country's CAMEO code); events with a non-country side and same-country events"
          + " are left out, as the labels are. Prints triple, dyad and root P/R/F1.",
      "Figures are given for the dev split (sentences published in 2019), the test split"
          + " (2020) and all sentences; --errors lists the dev split's mismatches unless --split"
          + " names another. Tune on dev only: the test split measures unseen text.",
      "Without FILE, uses the bundled eval-data/events/wikinews-events.jsonl.",
      "--reuters scores the second set, 1987 Reuters-21578 newswire sentences, instead: FILE"
          + " (default eval-data/events/reuters-events.jsonl) holds references into the corpus,"
          + " not text, so the corpus is needed (--reuters-dir, default ../shared/corpora/"
          + "reuters21578). Its splits are dev2 (stories with an odd NEWID) and test2 (even)."
    })
final class EvalEventsCommand implements Callable<Integer> {
  private static final String DEFAULT_FILE = "eval-data/events/wikinews-events.jsonl";
  private static final String REUTERS_SHARED = "corpora/reuters21578";

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "the labelled sentences")
  Path file;

  @Option(names = "--errors", description = "list every miss and false alarm of the --split")
  boolean errors;

  @Option(
      names = "--split",
      paramLabel = "dev|test|dev2|test2|all",
      description =
          "whose errors --errors lists (default: dev, the 2019 sentences; with --reuters dev2)")
  String split;

  @Option(
      names = "--reuters",
      description = "score the Reuters-21578 set (1987 newswire), rebuilt from the corpus")
  boolean reuters;

  @Option(
      names = "--reuters-dir",
      paramLabel = "DIR",
      description =
          "the Reuters-21578 folder (reut2-NNN.sgm.gz) for --reuters (default: ../shared/"
              + REUTERS_SHARED
              + ")")
  Path reutersDir;

  @Override
  public Integer call() throws IOException {
    if (reutersDir != null && !reuters) {
      throw new IllegalArgumentException("--reuters-dir is for --reuters only");
    }
    Path input = file != null ? file : Path.of(reuters ? ReutersEventReader.BUNDLED : DEFAULT_FILE);
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException("no such file: " + input);
    }
    List<EventSplit> splits =
        reuters
            ? List.of(EventSplit.DEV2, EventSplit.TEST2, EventSplit.ALL)
            : List.of(EventSplit.DEV, EventSplit.TEST, EventSplit.ALL);
    EventSplit errorSplit = EventSplit.parse(split != null ? split : splits.get(0).label());
    if (!splits.contains(errorSplit)) {
      throw new IllegalArgumentException(
          "--split must be "
              + splits.stream().map(EventSplit::label).toList()
              + (reuters ? " with --reuters" : " without --reuters")
              + ": "
              + split);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EventGold gold;
    if (reuters) {
      Path corpus = reutersCorpus();
      gold = new ReutersEventReader().read(input, corpus);
      if (!gold.problems().isEmpty()) {
        for (String problem : gold.problems()) {
          err.println("newsgraph eval events: " + problem);
        }
        err.println(
            "newsgraph eval events: not scored: some sentences of "
                + input
                + " could not be rebuilt from the corpus in "
                + corpus
                + "; the set needs an unchanged copy of Reuters-21578, Distribution 1.0");
        return Main.NOTHING_PROCESSED;
      }
      out.printf(
          "Reuters-21578 event set: %d sentences rebuilt from %s%n%n",
          gold.sentences().size(), corpus);
    } else {
      gold = new EventGoldReader().read(input);
      for (String problem : gold.problems()) {
        err.println("newsgraph eval events: " + problem);
      }
    }
    EventTagger tagger = remembering(pipelineTagger());
    EventEvaluator.Report report = null;
    for (EventSplit s : splits) {
      EventEvaluator.Report r =
          EventEvaluator.betweenCountries().evaluate(s.select(gold.sentences()), tagger);
      out.println("== " + s.label() + " ==");
      out.println(r.format());
      if (s == errorSplit) {
        report = r;
      }
    }
    if (errors) {
      out.println("errors of the " + errorSplit.label() + " split:");
      for (EventEvaluator.Mismatch m : report.misses()) {
        out.println("MISS  " + m.triple() + "  " + m.id() + ": " + m.text());
      }
      for (EventEvaluator.Mismatch m : report.falseAlarms()) {
        out.println("FALSE " + m.triple() + "  " + m.id() + ": " + m.text());
      }
    }
    return Main.OK;
  }

  /** The corpus folder --reuters reads: the one given, else the shared one; never absent. */
  private Path reutersCorpus() {
    Path corpus =
        reutersDir != null
            ? reutersDir
            : SharedData.find(REUTERS_SHARED)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "the Reuters event set holds references, not text, and needs the"
                                + " Reuters-21578 corpus to rebuild its sentences: none found at"
                                + " ../shared/"
                                + REUTERS_SHARED
                                + " (it is only beside a development checkout); pass"
                                + " --reuters-dir DIR, the folder holding reut2-010.sgm.gz,"
                                + " reut2-013.sgm.gz and reut2-017.sgm.gz"));
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException(
          "no Reuters-21578 corpus folder at "
              + corpus
              + ": the Reuters event set holds references, not text, and needs the corpus"
              + " (reut2-010.sgm.gz, reut2-013.sgm.gz, reut2-017.sgm.gz) to rebuild its sentences");
    }
    return corpus;
  }

  /** The tagger, each sentence coded once however many splits score it. */
  private static EventTagger remembering(EventTagger tagger) {
    Map<String, List<CountryTriple>> answers = new HashMap<>();
    return sentence -> answers.computeIfAbsent(sentence.id(), id -> tagger.code(sentence));
  }

  /** The pipeline as {@code extract} runs it, each sentence one document dated by its label. */
  static EventTagger pipelineTagger() {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    Countries countries = Countries.standard();
    return sentence -> {
      CleanDocument doc =
          new CleanDocument(
              sentence.id(),
              sentence.id(),
              null,
              null,
              sentence.published(),
              sentence.published() == null ? null : DateSource.METADATA,
              "en",
              sentence.text(),
              List.of(),
              List.of());
      AnnotatedDocument annotated = analyzer.annotate(doc);
      List<Entity> entities = analyzer.entities(annotated);
      entities = analyzer.places(annotated, entities).placed(entities);
      List<CountryTriple> triples = new ArrayList<>();
      IntFunction<LocalDate> dates = analyzer.dates(annotated, entities)::sentenceDate;
      for (Event e : analyzer.events(annotated, entities, dates, i -> null)) {
        Optional<String> source = country(countries, e.source().code());
        Optional<String> target = country(countries, e.target().code());
        if (source.isPresent() && target.isPresent()) {
          triples.add(new CountryTriple(source.get(), target.get(), e.root()));
        }
      }
      return triples;
    };
  }

  /**
   * The country an actor code belongs to: a country of today's table, or one of the states the
   * Phoenix dictionaries still code for older text (the Soviet Union, East Germany, Czechoslovakia,
   * Yugoslavia), which the Reuters set of 1987 labels.
   */
  static Optional<String> country(Countries countries, String code) {
    Optional<String> today =
        countries.byCameo(code).map(Country::cameo).map(c -> c.substring(0, 3));
    if (today.isPresent() || code == null || code.length() < 3) {
      return today;
    }
    String head = code.substring(0, 3);
    return FORMER_STATES.contains(head) ? Optional.of(head) : Optional.empty();
  }

  private static final Set<String> FORMER_STATES = Set.of("SUN", "DDR", "CSK", "YUG");
}
