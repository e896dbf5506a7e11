package org.newsgraph.extract.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;

class ScratchProbeTest {
  @Test
  void probe() throws Exception {
    var annotator =
        new CoreNlpAnnotator(
            new CoreNlpAnnotator.Options(
                true, CoreNlpAnnotator.Options.defaults().maxCharacters()));
    var coder = EventCoder.standard();
    LocalDate date = LocalDate.of(2019, 6, 1);
    StringBuilder out = new StringBuilder();
    for (String line : Files.readAllLines(Path.of("/work/tmp/scratch/in.txt"))) {
      if (line.isBlank() || line.startsWith("#")) continue;
      var doc =
          annotator.annotate(
              new CleanDocument(
                  "t",
                  "t",
                  null,
                  null,
                  date,
                  DateSource.METADATA,
                  "en",
                  line,
                  List.of(),
                  List.of()));
      out.append("> ").append(line).append('\n');
      for (Sentence s : doc.sentences()) {
        for (CodedEvent e : coder.code(s, date)) {
          out.append("   ")
              .append(e.source().code())
              .append(' ')
              .append(e.target().code())
              .append(' ')
              .append(e.code())
              .append("  [")
              .append(e.rule())
              .append("]\n");
        }
      }
    }
    Files.writeString(Path.of("/work/tmp/scratch/out.txt"), out.toString());
  }
}
