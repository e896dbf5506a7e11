package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.eval.PetrarchEvaluator;
import org.newsgraph.eval.PetrarchRecord;
import org.newsgraph.eval.PetrarchSuite;
import org.newsgraph.eval.PetrarchSuiteReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval petrarch [FILE]}: the PETRARCH 2 conformance suite, records passed and
 * failed by category.
 */
@Command(
    name = "petrarch",
    mixinStandardHelpOptions = true,
    description = {
      "Run the event coder on the PETRARCH 2 unit-test records (PETR.UnitTest.records.xml), with"
          + " the PETR.Validate.* dictionaries its environment names from the same folder, and"
          + " compare each record's coded (source, target, code) triples with the expected set.",
      "Prints records passed by category and, with --failures, every failed record.",
      "Without FILE, uses ../shared/data/petrarch2/validation/PETR.UnitTest.records.xml when"
          + " present."
    })
final class EvalPetrarchCommand implements Callable<Integer> {
  private static final String SHARED = "data/petrarch2/validation/PETR.UnitTest.records.xml";

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "the records file")
  Path file;

  @Option(
      names = "--reparse",
      description =
          "annotate each record's text with the dependency parser instead of"
              + " converting its own parse tree")
  boolean reparse;

  @Option(names = "--failures", description = "list every failed record")
  boolean failures;

  @Option(
      names = "--record",
      paramLabel = "ID",
      description = "code only this record and print its tokens and dependency parse")
  String record;

  @Override
  public Integer call() throws IOException {
    Path input = SharedData.orShared(file, SHARED, "PETRARCH records file");
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException("no such file: " + input);
    }
    PetrarchSuite suite = new PetrarchSuiteReader().read(input);
    Path folder = input.toAbsolutePath().getParent();
    PetrarchEvaluator evaluator = new PetrarchEvaluator(suite, folder, reparse);
    PrintWriter out = spec.commandLine().getOut();
    if (record != null) {
      PetrarchRecord r =
          suite.records().stream()
              .filter(x -> x.id().equals(record))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalArgumentException("no record " + record + " in " + input));
      out.println(evaluator.explain(r));
      return Main.OK;
    }
    PetrarchEvaluator.Result result = evaluator.run(suite);
    if (failures) {
      for (PetrarchEvaluator.Outcome o : result.outcomes()) {
        if (!o.passed()) {
          out.printf(
              "FAIL %s: %s%n  expected %s%n  coded    %s%n  rules    %s%n",
              o.record().id(),
              o.record().text().replaceAll("\\s+", " ").strip(),
              o.expected(),
              o.coded(),
              o.rules());
        }
      }
    }
    out.printf("%-12s %6s %6s %7s%n", "category", "passed", "run", "share");
    for (Map.Entry<String, int[]> e : result.byCategory().entrySet()) {
      int[] n = e.getValue();
      out.printf(
          Locale.ROOT, "%-12s %6d %6d %6.1f%%%n", e.getKey(), n[0], n[1], 100.0 * n[0] / n[1]);
    }
    int run = result.outcomes().size();
    out.printf(
        Locale.ROOT,
        "%-12s %6d %6d %6.1f%%%n",
        "all",
        result.passed(),
        run,
        run == 0 ? 0.0 : 100.0 * result.passed() / run);
    return Main.OK;
  }
}
