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
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.eval.CountryTriple;
import org.newsgraph.eval.EventEvaluator;
import org.newsgraph.eval.EventGold;
import org.newsgraph.eval.EventGoldReader;
import org.newsgraph.eval.EventSplit;
import org.newsgraph.eval.EventTagger;
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
 * event stage against hand-labelled news sentences.
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
      "Without FILE, uses the bundled eval-data/events/wikinews-events.jsonl."
    })
final class EvalEventsCommand implements Callable<Integer> {
  private static final String DEFAULT_FILE = "eval-data/events/wikinews-events.jsonl";

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "the labelled sentences")
  Path file;

  @Option(names = "--errors", description = "list every miss and false alarm of the --split")
  boolean errors;

  @Option(
      names = "--split",
      paramLabel = "dev|test|all",
      description = "whose errors --errors lists (default: dev, the 2019 sentences)")
  String split = "dev";

  @Override
  public Integer call() throws IOException {
    Path input = file != null ? file : Path.of(DEFAULT_FILE);
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException("no such file: " + input);
    }
    EventSplit errorSplit = EventSplit.parse(split);
    EventGold gold = new EventGoldReader().read(input);
    PrintWriter out = spec.commandLine().getOut();
    for (String problem : gold.problems()) {
      spec.commandLine().getErr().println("newsgraph eval events: " + problem);
    }
    EventTagger tagger = remembering(pipelineTagger());
    EventEvaluator.Report report = null;
    for (EventSplit s : List.of(EventSplit.DEV, EventSplit.TEST, EventSplit.ALL)) {
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

  private static Optional<String> country(Countries countries, String code) {
    return countries.byCameo(code).map(Country::cameo).map(c -> c.substring(0, 3));
  }
}
