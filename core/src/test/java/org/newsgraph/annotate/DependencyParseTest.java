package org.newsgraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parse records alone, without CoreNLP. */
class DependencyParseTest {

  private static Token token(String text, int start) {
    return new Token(text, start, start + text.length(), "NNP", text, "O");
  }

  // "France attacked Libya ."
  private static final List<Dependency> BASIC =
      List.of(
          new Dependency(Dependency.ROOT, 1, "root"),
          new Dependency(1, 0, "nsubj"),
          new Dependency(1, 2, "obj"),
          new Dependency(1, 3, "punct"));

  @Test
  void aDependencySplitsItsRelation() {
    Dependency d = new Dependency(2, 4, "obl:according_to");
    assertThat(d.baseRelation()).isEqualTo("obl");
    assertThat(d.subtype()).isEqualTo("according_to");
    assertThat(new Dependency(1, 0, "nsubj").subtype()).isEmpty();
    assertThat(BASIC.get(0).isRoot()).isTrue();
  }

  @Test
  void theRootConventionIsChecked() {
    assertThatThrownBy(() -> new Dependency(Dependency.ROOT, 1, "nsubj"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("root");
    assertThatThrownBy(() -> new Dependency(0, 1, "root"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Dependency(0, -1, "obj"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Dependency(-2, 1, "obj"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBasicTreeHasOneGovernorPerToken() {
    assertThatThrownBy(
            () ->
                new DependencyParse(
                    List.of(new Dependency(1, 0, "nsubj"), new Dependency(2, 0, "obj")),
                    List.of(new Dependency(1, 0, "nsubj"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one governor");
  }

  @Test
  void theEnhancedGraphMayGiveATokenTwoGovernors() {
    DependencyParse parse =
        new DependencyParse(
            BASIC,
            List.of(
                new Dependency(Dependency.ROOT, 1, "root"),
                new Dependency(1, 0, "nsubj"),
                new Dependency(3, 0, "nsubj"),
                new Dependency(1, 2, "obj")));
    assertThat(parse.governors(0)).extracting(Dependency::governor).containsExactly(1, 3);
    assertThat(parse.dependents(1))
        .extracting(Dependency::relation)
        .containsExactly("nsubj", "obj");
  }

  @Test
  void basicAndEnhancedAreBothEmptyOrBothNot() {
    assertThat(DependencyParse.NONE.isEmpty()).isTrue();
    assertThatThrownBy(() -> new DependencyParse(BASIC, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void headsAndSubtreesComeFromTheBasicTree() {
    // "the French army attacked Libya": army <- the, French; attacked <- army, Libya
    DependencyParse parse =
        new DependencyParse(
            List.of(
                new Dependency(2, 0, "det"),
                new Dependency(2, 1, "amod"),
                new Dependency(3, 2, "nsubj"),
                new Dependency(Dependency.ROOT, 3, "root"),
                new Dependency(3, 4, "obj")),
            List.of(new Dependency(Dependency.ROOT, 3, "root")));
    assertThat(parse.head(2)).isEqualTo(3);
    assertThat(parse.head(3)).isEqualTo(Dependency.ROOT);
    assertThat(parse.subtree(2)).containsExactly(0, 1, 2);
    assertThat(parse.subtree(3)).containsExactly(0, 1, 2, 3, 4);
    assertThat(parse.subtree(4)).containsExactly(4);
    assertThat(DependencyParse.NONE.head(0)).isEqualTo(-2);
  }

  @Test
  void aSentenceRejectsAParseOverTokensItDoesNotHave() {
    List<Token> tokens = List.of(token("France", 0), token("attacked", 7), token("Libya", 16));
    assertThatThrownBy(() -> new Sentence(0, 0, 21, tokens, new DependencyParse(BASIC, BASIC)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token 3");
    Sentence plain = new Sentence(0, 0, 21, tokens);
    assertThat(plain.parse()).isSameAs(DependencyParse.NONE);
    List<Dependency> three = BASIC.subList(0, 3);
    assertThat(plain.withParse(new DependencyParse(three, three)).parse().basic()).hasSize(3);
  }
}
