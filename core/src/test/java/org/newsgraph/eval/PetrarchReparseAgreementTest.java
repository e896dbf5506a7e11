package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.model.CleanDocument;

/**
 * How far the dependency parser's parse of a PETRARCH record's text agrees with the parse converted
 * from the record's own tree (the suite's CoreNLP constituency parse): the attachment score of the
 * basic trees and the edge F1 of the enhanced++ graphs, over the records that tokenize the same
 * way. An evaluation of what the event coder sees on re-parses, with a floor; the figures are
 * printed.
 */
class PetrarchReparseAgreementTest {

  @Test
  void reparsesAgreeWithTheSuitesOwnTrees() throws IOException {
    Path file =
        PetrarchSuiteReaderTest.shared("data/petrarch2/validation/PETR.UnitTest.records.xml");
    Assumptions.assumeTrue(file != null, "../shared/data/petrarch2 not present");
    PetrarchSuite suite = new PetrarchSuiteReader().read(file);
    CoreNlpAnnotator annotator =
        new CoreNlpAnnotator(
            new CoreNlpAnnotator.Options(true, CoreNlpAnnotator.Options.DEFAULT_MAX_CHARACTERS));
    int compared = 0;
    int otherTokens = 0;
    int tokens = 0;
    int unlabelled = 0;
    int labelled = 0;
    int enhancedBoth = 0;
    int enhancedTree = 0;
    int enhancedReparse = 0;
    for (PetrarchRecord r : suite.records()) {
      AnnotatedDocument fromTree = annotator.annotateTrees(r.id(), List.of(r.parse()), r.date());
      if (fromTree.sentences().isEmpty()) {
        continue;
      }
      AnnotatedDocument reparsed =
          annotator.annotate(
              new CleanDocument(
                  r.id(), r.id(), null, null, null, null, "en", r.text(), List.of(), List.of()));
      Sentence tree = fromTree.sentences().get(0);
      if (reparsed.sentences().size() != 1 || !sameWords(tree, reparsed.sentences().get(0))) {
        otherTokens++;
        continue;
      }
      Sentence parse = reparsed.sentences().get(0);
      compared++;
      for (int i = 0; i < tree.tokens().size(); i++) {
        tokens++;
        Dependency a = basicEdge(tree, i);
        Dependency b = basicEdge(parse, i);
        if (a.governor() == b.governor()) {
          unlabelled++;
          if (a.relation().equals(b.relation())) {
            labelled++;
          }
        }
      }
      Set<Dependency> treeEdges = new HashSet<>(tree.parse().enhanced());
      Set<Dependency> parseEdges = new HashSet<>(parse.parse().enhanced());
      enhancedTree += treeEdges.size();
      enhancedReparse += parseEdges.size();
      treeEdges.retainAll(parseEdges);
      enhancedBoth += treeEdges.size();
    }
    double uas = (double) unlabelled / tokens;
    double las = (double) labelled / tokens;
    double precision = (double) enhancedBoth / enhancedReparse;
    double recall = (double) enhancedBoth / enhancedTree;
    double f1 = 2 * precision * recall / (precision + recall);
    System.out.printf(
        Locale.ROOT,
        "PETRARCH suite, re-parse vs own tree: %d records compared (%d tokenized otherwise),"
            + " %d tokens; basic UAS %.3f LAS %.3f; enhanced++ edges P %.3f R %.3f F1 %.3f%n",
        compared,
        otherTokens,
        tokens,
        uas,
        las,
        precision,
        recall,
        f1);
    assertThat(compared).isGreaterThan(200);
    assertThat(las).isGreaterThan(0.78);
    assertThat(f1).isGreaterThan(0.75);
  }

  private static boolean sameWords(Sentence a, Sentence b) {
    if (a.tokens().size() != b.tokens().size()) {
      return false;
    }
    for (int i = 0; i < a.tokens().size(); i++) {
      Token x = a.tokens().get(i);
      Token y = b.tokens().get(i);
      if (!x.text().equals(y.text())) {
        return false;
      }
    }
    return true;
  }

  private static Dependency basicEdge(Sentence s, int token) {
    for (Dependency d : s.parse().basic()) {
      if (d.dependent() == token) {
        return d;
      }
    }
    throw new AssertionError("token " + token + " has no head in " + s.parse().basic());
  }
}
