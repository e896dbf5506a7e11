package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.eval.ReutersEventReaderTest.FIRST;
import static org.newsgraph.eval.ReutersEventReaderTest.SGML;
import static org.newsgraph.eval.ReutersEventReaderTest.THIRD;
import static org.newsgraph.eval.ReutersEventReaderTest.corpus;
import static org.newsgraph.eval.ReutersEventReaderTest.ref;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.actor.Countries;

/** {@code eval events --reuters} on a corpus file and references written here (not ../shared). */
class EvalEventsReutersCommandTest {
  @RegisterExtension final CapturedStreams streams = new CapturedStreams();

  @TempDir Path dir;

  private Path refs() throws Exception {
    Path file = dir.resolve("reuters-events.jsonl");
    Files.writeString(
        file,
        ref(
                "reuters-17001#1",
                SGML,
                FIRST,
                "[{\"source\": \"JPN\", \"target\": \"USA\", \"root\": \"04\"},"
                    + " {\"source\": \"USA\", \"target\": \"JPN\", \"root\": \"04\"}]")
            + "\n"
            + ref(
                "reuters-17002#1",
                SGML,
                THIRD,
                "[{\"source\": \"FRA\", \"target\": \"TGO\", \"root\": \"03\"}]")
            + "\n");
    return file;
  }

  @Test
  void actorsOfFormerStatesCountByTheirState() {
    Countries countries = Countries.standard();
    assertThat(EvalEventsCommand.country(countries, "SUNGOV")).contains("SUN");
    assertThat(EvalEventsCommand.country(countries, "DDR")).contains("DDR");
    assertThat(EvalEventsCommand.country(countries, "FRAMIL")).contains("FRA");
    assertThat(EvalEventsCommand.country(countries, "IGOWSTNAT")).isEmpty();
    assertThat(EvalEventsCommand.country(countries, "SU")).isEmpty();
  }

  @Test
  void anAbsentCorpusIsAUsageErrorThatSaysTheCorpusIsNeeded() throws Exception {
    int code =
        Main.run(
            "eval",
            "events",
            "--reuters",
            refs().toString(),
            "--reuters-dir",
            dir.resolve("absent").toString());
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(streams.err())
        .contains("no Reuters-21578 corpus folder at")
        .contains("needs the corpus")
        .doesNotContain("Exception");
  }

  @Test
  void aChangedCorpusIsNotScored() throws Exception {
    Path corpus = corpus(dir, SGML.replace("provide Togo", "provide Benin"));
    int code =
        Main.run(
            "eval", "events", "--reuters", refs().toString(), "--reuters-dir", corpus.toString());
    assertThat(code).isEqualTo(Main.NOTHING_PROCESSED);
    assertThat(streams.err())
        .contains("reuters-17002#1")
        .contains("hash differs")
        .contains("not scored")
        .doesNotContain("Exception");
    assertThat(streams.out()).doesNotContain("== dev2 ==");
  }

  @Test
  void optionsAreChecked() throws Exception {
    Path corpus = corpus(dir, SGML);
    assertThat(Main.run("eval", "events", "--reuters-dir", corpus.toString()))
        .isEqualTo(Main.USAGE);
    assertThat(streams.err()).contains("--reuters-dir is for --reuters only");
    assertThat(
            Main.run(
                "eval",
                "events",
                "--reuters",
                refs().toString(),
                "--reuters-dir",
                corpus.toString(),
                "--split",
                "dev"))
        .isEqualTo(Main.USAGE);
    assertThat(streams.err()).contains("--split must be [dev2, test2, all] with --reuters: dev");
  }

  @Test
  void scoresDev2Test2AndAll() throws Exception {
    Path corpus = corpus(dir, SGML);
    int code =
        Main.run(
            "eval",
            "events",
            "--reuters",
            refs().toString(),
            "--reuters-dir",
            corpus.toString(),
            "--errors");
    assertThat(code).isEqualTo(Main.OK);
    assertThat(streams.out())
        .contains("Reuters-21578 event set: 2 sentences rebuilt from")
        .contains("== dev2 ==\nevents: 1 sentences, 2 gold triples")
        .contains("== test2 ==\nevents: 1 sentences, 1 gold triples")
        .contains("== all ==\nevents: 2 sentences, 3 gold triples")
        .contains("errors of the dev2 split:");
  }
}
