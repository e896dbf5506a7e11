package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Sentence;

/**
 * Every tree of the PETRARCH validation suite converts to our records with a full dependency parse,
 * except the two the suite itself marks as broken ({@code bad_input_parse}).
 */
class PetrarchSuiteParsesTest {

  @Test
  void everyWellFormedTreeOfTheSuiteConverts() throws IOException {
    Path file =
        PetrarchSuiteReaderTest.shared("data/petrarch2/validation/PETR.UnitTest.records.xml");
    Assumptions.assumeTrue(file != null, "../shared/data/petrarch2 not present");
    PetrarchSuite suite = new PetrarchSuiteReader().read(file);
    CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    List<String> refused = new ArrayList<>();
    int converted = 0;
    for (PetrarchRecord r : suite.records()) {
      AnnotatedDocument doc = annotator.annotateTrees(r.id(), List.of(r.parse()), r.date());
      if (doc.sentences().isEmpty()) {
        assertThat(doc.document().problems()).as(r.id()).isNotEmpty();
        refused.add(r.id() + " " + r.error());
        continue;
      }
      assertThat(doc.document().problems()).as(r.id()).isEmpty();
      Sentence s = doc.sentences().get(0);
      assertThat(s.parse().isEmpty()).as(r.id()).isFalse();
      assertThat(s.parse().basic()).as(r.id()).hasSize(s.tokens().size());
      assertThat(s.parse().basic()).as(r.id()).filteredOn(Dependency::isRoot).hasSize(1);
      assertThat(s.parse().enhanced()).as(r.id()).anyMatch(Dependency::isRoot);
      converted++;
    }
    assertThat(refused).containsExactly("ERROR-02 bad_input_parse", "ERROR-03 bad_input_parse");
    assertThat(converted).isEqualTo(282);
  }
}
