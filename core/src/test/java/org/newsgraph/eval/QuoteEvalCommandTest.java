package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.EvalQuotesCommand;
import org.newsgraph.cli.Main;
import picocli.CommandLine;

/**
 * {@code newsgraph eval quotes DIR} end to end on a tiny labelled folder, with stand-in taggers.
 */
class QuoteEvalCommandTest {
  private static final Path FOLDER = Path.of("src/test/resources/eval/quotes");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(QuoteTagger tagger, String... args) {
    CommandLine cli = new CommandLine(new EvalQuotesCommand(tagger));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** Answers each labelled text with its own labels, as a perfect tagger would. */
  private static QuoteTagger goldEcho(Path folder) throws Exception {
    Map<String, List<PredictedQuote>> byText = new HashMap<>();
    for (BratDocument doc : new BratReader().read(folder).documents()) {
      byText.put(
          doc.text(),
          doc.attributions().stream()
              .map(
                  a ->
                      new PredictedQuote(
                          a.content().spans(),
                          a.direct(),
                          a.source() == null ? null : a.source().spans().get(0)))
              .toList());
    }
    return text -> byText.getOrDefault(text, List.of());
  }

  @Test
  void aPerfectTaggerScoresOne() throws Exception {
    int code = run(goldEcho(FOLDER), FOLDER.toString());

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .contains("quotes: 2 documents, 6 labelled attributions")
        .contains(
            "quotes (direct): 2 gold, 2 predicted, P=1.000 R=1.000 F1=1.000"
                + "  speaker accuracy=1.000 (2/2)")
        .contains(
            "quotes (all): 6 gold, 6 predicted, P=1.000 R=1.000 F1=1.000"
                + "  speaker accuracy=1.000 (5/5)");
  }

  @Test
  void aTaggerThatFindsNothingScoresZero() {
    int code = run(text -> List.of(), FOLDER.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("quotes (direct): 2 gold, 0 predicted, P=0.000 R=0.000 F1=0.000")
        .contains("quotes (all): 6 gold, 0 predicted, P=0.000 R=0.000 F1=0.000");
  }

  @Test
  void problemsInTheLabelsAreReportedAndExitOne() throws Exception {
    for (String name : List.of("minister.txt", "minister.ann")) {
      Files.copy(FOLDER.resolve(name), dir.resolve(name));
    }
    Files.writeString(
        dir.resolve("minister.ann"),
        "T99\tContent 5\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    int code = run(goldEcho(dir), dir.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("minister.ann:16: T99: malformed span '5'");
    assertThat(out.toString()).contains("quotes (all): 3 gold, 3 predicted, P=1.000");
  }

  @Test
  void aFolderWithoutLabelsProcessesNothing() {
    assertThat(run(text -> List.of(), dir.toString())).isEqualTo(3);
    assertThat(err.toString()).contains("no labelled document");
  }

  @Test
  void aMissingFolderIsAUsageError() {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.run("eval", "quotes", dir.resolve("missing").toString())).isEqualTo(2);
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("not a folder");
  }
}
