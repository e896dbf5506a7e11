package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Extraction;

class DocumentPipelineTest {

  @Test
  void deliversResultsInInputOrderAcrossThreads(@TempDir Path dir) throws Exception {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      jsonl.append(
          "{\"title\":\"Story "
              + i
              + "\",\"published\":\"2020-01-01\",\"text\":\"Story number "
              + i
              + " says the minister met the envoy in the capital on that day.\"}\n");
    }
    Path file = dir.resolve("many.jsonl");
    Files.writeString(file, jsonl);
    List<String> titles = new ArrayList<>();
    var summary =
        new DocumentPipeline(4, new Ingestor())
            .run(
                List.of(file.toString()),
                InputStream.nullInputStream(),
                collecting(titles, new ArrayList<>()));
    assertThat(summary.documents()).isEqualTo(500);
    assertThat(summary.exitCode()).isZero();
    for (int i = 0; i < 500; i++) {
      assertThat(titles.get(i)).isEqualTo("Story " + i);
    }
  }

  @Test
  void countsFailuresAndSaysNothingWasProcessed(@TempDir Path dir) {
    List<String> failures = new ArrayList<>();
    var summary =
        new DocumentPipeline(1, new Ingestor())
            .run(
                List.of(dir.resolve("nope.txt").toString()),
                InputStream.nullInputStream(),
                collecting(new ArrayList<>(), failures));
    assertThat(failures).hasSize(1);
    assertThat(summary.documents()).isZero();
    assertThat(summary.exitCode()).isEqualTo(3);
  }

  @Test
  void rejectsNoThreads() {
    assertThatThrownBy(() -> new DocumentPipeline(0, new Ingestor()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads must be at least 1: 0");
  }

  private static DocumentPipeline.Listener collecting(List<String> titles, List<String> failures) {
    return new DocumentPipeline.Listener() {
      @Override
      public void record(Extraction extraction) {
        titles.add(extraction.document().title());
      }

      @Override
      public void duplicate(CleanDocument document) {}

      @Override
      public void failed(String source, String message) {
        failures.add(source + ": " + message);
      }
    };
  }
}
