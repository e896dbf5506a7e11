package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.JsonlRecordWriter;
import org.newsgraph.model.Extraction;
import org.newsgraph.store.StoryClustersTest;

/** {@code eval stories} end to end: records into a fresh store, scored against labels. */
class EvalStoriesCommandTest {
  @RegisterExtension final CapturedStreams streams = new CapturedStreams();

  @TempDir Path dir;

  private Path records(List<Extraction> extractions) throws Exception {
    Path file = dir.resolve("records.jsonl");
    try (OutputStream out = Files.newOutputStream(file);
        JsonlRecordWriter writer = new JsonlRecordWriter(out)) {
      for (Extraction e : extractions) {
        writer.write(e);
      }
    }
    return file;
  }

  private Path labels(String... lines) throws Exception {
    Path file = dir.resolve("labels.tsv");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  @Test
  void rewritesOfOneReportScoreAsOneStory() throws Exception {
    List<Extraction> corpus = StoryClustersTest.corpus();
    Path records = records(corpus);
    // The reader's grouping: the defence reports and the later agreement one story; the flights
    // agreement and the football match each alone. The store groups them so.
    Path labels =
        labels(
            label(corpus, "wire", "defence"),
            label(corpus, "agency", "defence"),
            label(corpus, "paper", "defence"),
            label(corpus, "portal", "defence"),
            label(corpus, "later", "defence"),
            label(corpus, "flights", "-"),
            label(corpus, "clasico", "-"));
    int code =
        Main.run("eval", "stories", labels.toString(), "--records", records.toString(), "--errors");
    assertThat(code).isEqualTo(Main.OK);
    assertThat(streams.out())
        .contains("all: 7 documents  B-cubed P=1.000 R=1.000 F1=1.000  pairs P=1.000 R=1.000")
        .contains("(10 labelled pairs, 10 predicted, 10 both)");
  }

  @Test
  void aWrongGroupingScoresBelowOne() throws Exception {
    List<Extraction> corpus = StoryClustersTest.corpus();
    Path records = records(corpus);
    // Labelled as if the flights agreement were part of the defence story.
    Path labels =
        labels(
            label(corpus, "wire", "defence"),
            label(corpus, "flights", "defence"),
            label(corpus, "clasico", "-"));
    assertThat(
            Main.run(
                "eval", "stories", labels.toString(), "--records", records.toString(), "--errors"))
        .isEqualTo(Main.OK);
    assertThat(streams.out())
        .contains("all: 3 documents  B-cubed P=1.000 R=0.667 F1=0.800  pairs P=0.000 R=0.000")
        .contains("labelled stories split:\n  defence: [1, 1]")
        .contains("4 documents have no label (left out)");
  }

  @Test
  void aMissingLabelFileIsAUsageError() {
    assertThat(Main.run("eval", "stories", dir.resolve("none.tsv").toString()))
        .isEqualTo(Main.USAGE);
    assertThat(streams.err()).contains("no such file");
  }

  private static String label(List<Extraction> corpus, String title, String story) {
    Extraction e =
        corpus.stream().filter(x -> x.document().title().equals(title)).findFirst().orElseThrow();
    return e.document().url() + "\t" + story;
  }
}
