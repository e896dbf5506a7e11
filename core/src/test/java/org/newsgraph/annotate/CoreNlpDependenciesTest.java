package org.newsgraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependency parses in the annotate records: from CoreNLP's parser ({@link
 * CoreNlpAnnotator.Options#dependencies()}) and converted from Penn trees ({@link
 * CoreNlpAnnotator#annotateTrees}), on sentences shaped like the ones an event coder matches.
 */
class CoreNlpDependenciesTest {

  private static CoreNlpAnnotator parsing;

  @BeforeAll
  static void load() {
    parsing =
        new CoreNlpAnnotator(
            new CoreNlpAnnotator.Options(true, CoreNlpAnnotator.Options.DEFAULT_MAX_CHARACTERS));
  }

  private static Sentence parsed(String text) {
    AnnotatedDocument doc =
        parsing.annotate(CoreNlpAnnotatorTest.doc(text, LocalDate.of(2013, 6, 4)));
    assertThat(doc.sentences()).hasSize(1);
    return doc.sentences().get(0);
  }

  private static Sentence fromTree(String tree) {
    AnnotatedDocument doc = parsing.annotateTrees("t", List.of(tree), null);
    assertThat(doc.document().problems()).isEmpty();
    assertThat(doc.sentences()).hasSize(1);
    return doc.sentences().get(0);
  }

  /** The edges as "relation(governor, dependent)" with token texts, "ROOT" for the root. */
  private static List<String> edges(Sentence sentence, List<Dependency> edges) {
    List<String> out = new ArrayList<>();
    for (Dependency d : edges) {
      String governor = d.isRoot() ? "ROOT" : sentence.tokens().get(d.governor()).text();
      out.add(
          d.relation() + "(" + governor + ", " + sentence.tokens().get(d.dependent()).text() + ")");
    }
    return out;
  }

  private static List<String> enhanced(Sentence s) {
    return edges(s, s.parse().enhanced());
  }

  private static List<String> basic(Sentence s) {
    return edges(s, s.parse().basic());
  }

  private static final String ACTIVE =
      "(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NNP Libya))) (. .)))";
  private static final String PASSIVE =
      "(ROOT (S (NP (NNP Libya)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP"
          + " France))))) (. .)))";
  private static final String COMPOUND =
      "(ROOT (S (NP (NNP France) (CC and) (NNP Britain)) (VP (VBD accused) (NP (NNP Turkey)))"
          + " (. .)))";

  @Test
  void aControlAdjectivesVerbWithoutToIsTaggedAndParsedAsItsComplement() {
    Sentence s = parsed("Chile is willing help Peru secure its border.");
    assertThat(s.tokens().get(3).pos()).isEqualTo("VB");
    assertThat(basic(s)).contains("xcomp(willing, help)");
    assertThat(s.tokens()).hasSize(9); // the "to" the parser read is no token
    // the selective parse of the event stage reads the same
    AnnotatedDocument plain =
        new CoreNlpAnnotator()
            .annotate(
                CoreNlpAnnotatorTest.doc(
                    "Chile is willing help Peru secure its border.", LocalDate.of(2013, 6, 4)));
    Sentence p = parsing.parse(plain, x -> true).sentences().get(0);
    assertThat(basic(p)).contains("xcomp(willing, help)");
    // a noun of time after the adjective stays a noun
    assertThat(parsed("The army is ready today.").tokens().get(4).pos()).isEqualTo("NN");
  }

  @Test
  void aSpacedHyphenIsADash() {
    Sentence s = parsed("Three nations - Chile, Peru and Bolivia - pledged to cooperate.");
    assertThat(s.tokens().get(2).pos()).isEqualTo(":");
    assertThat(s.tokens().get(9).pos()).isEqualTo("VBD");
    assertThat(basic(s)).contains("nsubj(pledged, nations)");
    // a hyphen inside a word stays one
    assertThat(parsed("A Franco-German plan was agreed.").tokens().get(2).pos()).isEqualTo("HYPH");
  }

  @Test
  void anActiveSentenceHasSubjectAndObject() {
    for (Sentence s : List.of(parsed("France attacked Libya."), fromTree(ACTIVE))) {
      assertThat(enhanced(s))
          .contains("root(ROOT, attacked)", "nsubj(attacked, France)", "obj(attacked, Libya)");
      assertThat(basic(s)).contains("punct(attacked, .)");
      assertThat(s.tokens().get(1).lemma()).isEqualTo("attack");
      assertThat(s.tokens().get(1).pos()).isEqualTo("VBD");
    }
  }

  @Test
  void aPassiveMarksItsAgent() {
    for (Sentence s : List.of(parsed("Libya was attacked by France."), fromTree(PASSIVE))) {
      assertThat(enhanced(s))
          .contains("nsubj:pass(attacked, Libya)", "obl:agent(attacked, France)");
      // The basic tree keeps the preposition as a case child.
      assertThat(basic(s)).contains("obl(attacked, France)", "case(France, by)");
    }
  }

  @Test
  void conjoinedSubjectsEachGetTheVerb() {
    for (Sentence s : List.of(parsed("France and Britain accused Turkey."), fromTree(COMPOUND))) {
      assertThat(enhanced(s))
          .contains(
              "nsubj(accused, France)",
              "nsubj(accused, Britain)",
              "conj:and(France, Britain)",
              "obj(accused, Turkey)");
      assertThat(basic(s))
          .contains("conj(France, Britain)")
          .doesNotContain("nsubj(accused, Britain)");
    }
  }

  @Test
  void prepositionsAreFoldedIntoTheRelation() {
    Sentence s = parsed("Arnor met with Gondor in Minas Tirith.");
    assertThat(enhanced(s)).contains("obl:with(met, Gondor)", "obl:in(met, Tirith)");
    // A controlled subject is made explicit.
    Sentence u = parsed("France wants to help Libya.");
    assertThat(enhanced(u)).contains("nsubj:xsubj(help, France)", "obj(help, Libya)");
    Sentence t = parsed("The minister of Mali met the leader of France.");
    assertThat(enhanced(t)).contains("nmod:of(minister, Mali)", "nmod:of(leader, France)");
  }

  @Test
  void withoutTheOptionThereIsNoParse() {
    CoreNlpAnnotator plain = new CoreNlpAnnotator();
    AnnotatedDocument doc =
        plain.annotate(CoreNlpAnnotatorTest.doc("France attacked Libya.", null));
    assertThat(doc.sentences().get(0).parse()).isSameAs(DependencyParse.NONE);
  }

  @Test
  void everyTokenHasOneHeadInTheBasicTree() {
    AnnotatedDocument doc =
        parsing.annotate(
            CoreNlpAnnotatorTest.doc(
                "Defense Minister Jean-Yves Le Drian said Sunday that France was ready to train"
                    + " Libyan soldiers.\n\nThe talks continue (in Tripoli).",
                null));
    assertThat(doc.sentences()).hasSize(2);
    for (Sentence s : doc.sentences()) {
      assertThat(s.parse().basic()).hasSize(s.tokens().size());
      assertThat(s.parse().basic()).filteredOn(Dependency::isRoot).hasSize(1);
      for (int i = 0; i < s.tokens().size(); i++) {
        assertThat(s.parse().head(i)).isGreaterThanOrEqualTo(Dependency.ROOT);
      }
    }
  }

  @Test
  void twoThreadsParseAsOneDoes() throws Exception {
    List<String> texts =
        List.of(
            "France attacked Libya.",
            "Libya was attacked by France on Sunday.",
            "France and Britain accused Turkey of arming the militias.",
            "Mali asked France for help, and France sent troops.",
            "NATO agreed to advise Libya on defence reform.",
            "Russia and Turkey backed opposite sides in the war.");
    List<List<DependencyParse>> sequential = new ArrayList<>();
    for (String text : texts) {
      sequential.add(parses(text));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<List<DependencyParse>>> futures = new ArrayList<>();
        for (String text : texts) {
          futures.add(pool.submit(() -> parses(text)));
        }
        for (int i = 0; i < texts.size(); i++) {
          assertThat(futures.get(i).get()).as(texts.get(i)).isEqualTo(sequential.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<DependencyParse> parses(String text) {
    return parsing.annotate(CoreNlpAnnotatorTest.doc(text, null)).sentences().stream()
        .map(Sentence::parse)
        .toList();
  }

  @Test
  void preTokenizedInputIsParsedToo() {
    AnnotatedDocument doc =
        parsing.annotateTokenized(
            "conll", List.of(List.of("France", "attacked", "Libya", "."), List.of()));
    assertThat(enhanced(doc.sentences().get(0))).contains("obj(attacked, Libya)");
  }

  @Test
  void treesAreReadWhateverTheirLayout() {
    String messy =
        "\n(ROOT (S  \n  (NP (NNP France)\n  )  \n    (VP \n      (VBD attacked)  (NP"
            + " \n        (NNP Libya)\n ) )  (. .)\n) )\n";
    assertThat(enhanced(fromTree(messy))).contains("obj(attacked, Libya)");
    // CoreNLP's own output form: an unlabelled outer bracket.
    String unlabelled = "( (S (NP (NNP France)) (VP (VBD attacked) (NP (NNP Libya))) (. .)))";
    assertThat(enhanced(fromTree(unlabelled))).contains("nsubj(attacked, France)");
    // No ROOT at all.
    String bare = "(S (NP (NNP France)) (VP (VBD attacked) (NP (NNP Libya))) (. .))";
    assertThat(enhanced(fromTree(bare))).contains("nsubj(attacked, France)");
  }

  @Test
  void treeTextIsTheWordsWithBracketsUnescaped() {
    AnnotatedDocument doc =
        parsing.annotateTrees(
            "t",
            List.of(
                "(ROOT (S (NP (NP (NNP European) (NNP Union)) (PRN (-LRB- -LRB-) (NP (NNP EU))"
                    + " (-RRB- -RRB-))) (VP (VBD met) (NP (NNP Gondor))) (. .)))",
                ACTIVE),
            LocalDate.of(1995, 1, 1));
    assertThat(doc.text())
        .isEqualTo("European Union ( EU ) met Gondor .\nFrance attacked Libya .\n");
    assertThat(doc.sentences()).hasSize(2);
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(doc.text().substring(t.start(), t.end())).isEqualTo(t.text());
      }
    }
    assertThat(doc.document().published()).isEqualTo(LocalDate.of(1995, 1, 1));
    assertThat(doc.mentions()).extracting(NamedMention::text).contains("France", "Libya");
    assertThat(enhanced(doc.sentences().get(0))).contains("nsubj(met, Union)");
  }

  @Test
  void oldAuxTagsAndTemporalNounPhrasesAreUnderstood() {
    Sentence s =
        fromTree(
            "( (S (NP (NNP Brazil)) (VP (AUXZ has) (VP (VBN met) (NP (NNP Chile)) (NP-TMP (NNP"
                + " Saturday)))) (. .)))");
    assertThat(s.tokens().get(1).pos()).isEqualTo("VBZ");
    assertThat(enhanced(s)).contains("aux(met, has)", "obj(met, Chile)", "obl:tmod(met, Saturday)");
  }

  @Test
  void brokenTreesAreProblemsNotExceptions() {
    AnnotatedDocument doc =
        parsing.annotateTrees(
            "t",
            List.of(
                "(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NNP Libya))) (. .))",
                "(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NNP Libya)))) (. .))))",
                "(ROOT (S (NP (NNP A)))) (ROOT (S (NP (NNP B))))",
                "",
                "()",
                ACTIVE),
            null);
    assertThat(doc.sentences()).hasSize(1);
    assertThat(doc.document().problems())
        .hasSize(5)
        .anyMatch(p -> p.startsWith("tree 1: ") && p.contains("never closed"))
        .anyMatch(p -> p.startsWith("tree 2: ") && p.contains("without its '('"))
        .anyMatch(p -> p.startsWith("tree 3: ") && p.contains("found 2"))
        .anyMatch(p -> p.startsWith("tree 4: "))
        .anyMatch(p -> p.startsWith("tree 5: "));
  }

  @Test
  void hugeAndOddTreesNeitherThrowNorHang() {
    int depth = 20_000;
    String deep = "(ROOT " + "(NP ".repeat(depth) + "(NN x)" + ")".repeat(depth) + ")";
    StringBuilder flat = new StringBuilder("(ROOT (S");
    for (int i = 0; i < 2_000; i++) {
      flat.append(" (NP (NNP Gondor)) (, ,)");
    }
    flat.append(" (VP (VBD met)) (. .)))");
    String odd =
        "(ROOT (S (NP (NNP Zoë) (NNP \u00e9l\u00e8ve)) (VP (VBD met) (NP (CD 3/4))) (. ?)))";
    long start = System.nanoTime();
    AnnotatedDocument doc =
        parsing.annotateTrees("t", List.of(deep, flat.toString(), odd, ACTIVE), null);
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(60);
    assertThat(doc.document().problems())
        .containsExactly(
            "tree 1: nested deeper than 500 brackets",
            "tree 2: more than 250 words, left without a dependency parse");
    assertThat(doc.sentences()).hasSize(3);
    assertThat(doc.sentences().get(0).parse()).isSameAs(DependencyParse.NONE);
    assertThat(doc.sentences().get(1).tokens().get(0).text()).isEqualTo("Zoë");
    assertThat(enhanced(doc.sentences().get(1))).contains("obj(met, 3/4)");
    Sentence last = doc.sentences().get(2);
    assertThat(enhanced(last)).contains("obj(attacked, Libya)");
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(doc.text().substring(t.start(), t.end())).isEqualTo(t.text());
      }
    }
    assertThat(parsing.annotateTrees("t", List.of(), null).sentences()).isEmpty();
  }
}
