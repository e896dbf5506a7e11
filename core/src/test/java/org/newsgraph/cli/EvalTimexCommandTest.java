package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.TimeMlCorpus;
import org.newsgraph.eval.TimeMlDocument;
import org.newsgraph.eval.TimeMlReader;
import org.newsgraph.eval.TimexLabel;
import org.newsgraph.eval.TimexTagger;
import org.newsgraph.model.DateMention;
import picocli.CommandLine;

/** {@code eval timex} end to end, with taggers injected in place of the pipeline's. */
class EvalTimexCommandTest {
  private static final Path SET = Path.of("..", "eval-data", "timex");
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(TimexTagger tagger, String... args) {
    CommandLine cli = new CommandLine(new EvalTimexCommand(tagger));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** Answers each document's own labels: a perfect tagger. */
  private static TimexTagger echo(TimeMlCorpus corpus) {
    return (text, dct) -> {
      for (TimeMlDocument d : corpus.documents()) {
        if (d.text().equals(text)) {
          List<DateMention> out = new ArrayList<>();
          for (TimexLabel t : d.timexes()) {
            out.add(new DateMention(t.text(), t.value(), t.start(), t.end(), t.type()));
          }
          return out;
        }
      }
      return List.of();
    };
  }

  @Test
  void theBundledSetScoresOneForItsOwnLabels() {
    Assumptions.assumeTrue(Files.isDirectory(SET), "eval-data/timex not beside the module");
    TimeMlCorpus corpus = new TimeMlReader().read(SET);
    assertThat(corpus.problems()).isEmpty();
    // the counts in eval-data/timex/README.md: update both together
    assertThat(corpus.documents()).hasSize(36);
    assertThat(corpus.documents().stream().mapToInt(d -> d.timexes().size()).sum()).isEqualTo(224);
    int code = run(echo(corpus), SET.toString());
    assertThat(code).isEqualTo(Main.OK);
    assertThat(out.toString())
        .contains("36 documents, 224 labelled expressions")
        .contains("extent strict: 224 items  P=1.000  R=1.000  F1=1.000")
        .contains("value: 224 items  P=1.000  R=1.000  F1=1.000");
  }

  @Test
  void aTaggerThatFindsNothingScoresZero(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.tml"),
        "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-01-14\""
            + " functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>on <TIMEX3 tid=\"t1\""
            + " type=\"DATE\" value=\"2013-01-14\">Monday</TIMEX3></TEXT></TimeML>");
    assertThat(run((text, dct) -> List.of(), "--errors", dir.toString())).isEqualTo(Main.OK);
    assertThat(out.toString()).contains("value: 1 items  P=0.000  R=0.000  F1=0.000");
    assertThat(err.toString()).contains("missed \"Monday\"");
  }

  @Test
  void aFolderWithoutTimeMlIsNothingProcessed(@TempDir Path dir) {
    assertThat(run((text, dct) -> List.of(), dir.toString())).isEqualTo(Main.NOTHING_PROCESSED);
    assertThat(err.toString()).contains("no TimeML document");
  }

  @Test
  void unreadableFilesAreReportedAndTheRestScored(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.tml"), "<TimeML><TEXT>");
    Files.writeString(
        dir.resolve("good.tml"),
        "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-01-14\">x</TIMEX3></DCT>"
            + "<TEXT>nothing</TEXT></TimeML>");
    assertThat(run((text, dct) -> List.of(), dir.toString())).isEqualTo(Main.SOME_PROBLEMS);
    assertThat(err.toString()).contains("bad.tml");
  }
}
