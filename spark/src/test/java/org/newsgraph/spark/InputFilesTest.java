package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.DocumentSink;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.RawDocument;

/** The job's input files are those core's Ingestor reads, in its order, local or by URI. */
class InputFilesTest {

  @TempDir Path dir;

  @Test
  void listsWhatTheIngestorReadsInItsOrder() throws Exception {
    for (String name :
        List.of("b.txt", "a.jsonl", ".hidden.txt", "notes.md", "sub/c.html", "sub/d.warc.gz")) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, name.endsWith(".jsonl") ? "{\"text\":\"x\"}\n" : "x");
    }
    // Passed over in a folder, read when named.
    Path alone = Files.writeString(dir.resolve("named.md"), "x");
    HadoopFiles hadoop = new HadoopFiles(new Configuration());

    List<String> files = InputFiles.list(List.of(dir.toString(), alone.toString()), hadoop);

    assertThat(files)
        .containsExactly(
            dir.resolve("a.jsonl").toString(),
            dir.resolve("b.txt").toString(),
            dir.resolve("sub/c.html").toString(),
            dir.resolve("sub/d.warc.gz").toString(),
            alone.toString());
    List<String> sources = new ArrayList<>();
    new Ingestor()
        .read(
            List.of(dir.toString()),
            InputStream.nullInputStream(),
            new DocumentSink() {
              @Override
              public void accept(RawDocument document) {
                sources.add(document.source().replaceAll("[:@]\\d+$", ""));
              }

              @Override
              public void failed(String source, String message) {
                sources.add(source);
              }
            });
    assertThat(sources.stream().distinct().toList()).isEqualTo(files.subList(0, 4));

    String uri = dir.toUri().toString();
    List<String> byUri = InputFiles.list(List.of(uri), hadoop);
    assertThat(byUri).hasSize(4).allMatch(f -> f.startsWith("file:"));
    assertThat(byUri.stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList())
        .containsExactly("a.jsonl", "b.txt", "c.html", "d.warc.gz");
  }

  @Test
  void aMissingInputIsAUsageError() {
    HadoopFiles hadoop = new HadoopFiles(new Configuration());
    assertThatThrownBy(() -> InputFiles.list(List.of(dir.resolve("nope").toString()), hadoop))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no such file or directory: ");
    assertThatThrownBy(() -> InputFiles.list(List.of(dir.resolve("nope").toUri() + ""), hadoop))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void urisAreToldFromPaths() {
    assertThat(HadoopFiles.isUri("hdfs://namenode/news")).isTrue();
    assertThat(HadoopFiles.isUri("s3a://bucket/a.warc.gz")).isTrue();
    assertThat(HadoopFiles.isUri("file:/tmp/a.jsonl")).isTrue();
    assertThat(HadoopFiles.isUri("news/a.jsonl")).isFalse();
    assertThat(HadoopFiles.isUri("/data/x:1.jsonl")).isFalse();
    assertThat(HadoopFiles.isUri("C:\\news")).isFalse();
  }
}
