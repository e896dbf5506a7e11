package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** How a supplement ({@code newsgraph.verbs.txt}) changes the verb dictionary it is read after. */
class VerbSupplementTest {

  private static final String BASE =
      String.join(
          "\n",
          "&PAPER",
          "+TREATY",
          "---  PROHIBIT   [172]  ---",
          "FORBID",
          "PROSCRIBE",
          "- * BOOKS  [1721]",
          "---  SIGN   [---]  ---",
          "SIGN",
          "- * &PAPER  [057:057]",
          "");

  private static VerbDictionary read(String... supplement) {
    return VerbDictionary.read(
        "base.txt",
        new StringReader(BASE),
        "extra.txt",
        new StringReader(String.join("\n", supplement) + "\n"));
  }

  @Test
  void aListedVerbLeavesItsBlockForTheSupplements() {
    VerbDictionary d = read("---  FORBID_ABROAD   [163]  ---", "FORBID");
    assertThat(d.report().problems()).isEmpty();
    VerbEntry forbid = d.verbs("FORBID").get(0);
    assertThat(d.verbs("FORBID")).hasSize(1);
    assertThat(forbid.code().forward()).isEqualTo("163");
    assertThat(d.block(forbid).name()).isEqualTo("FORBID_ABROAD");
    assertThat(d.patterns("FORBID")).isEmpty();
    // the rest of the old block is as it was
    VerbEntry proscribe = d.verbs("PROSCRIBE").get(0);
    assertThat(proscribe.code().forward()).isEqualTo("172");
    assertThat(d.patterns("PROSCRIBE")).hasSize(1);
  }

  @Test
  void aBlockNamedTwiceInTheSupplementIsAProblem() {
    VerbDictionary d =
        read("---  SIGN   [---]  ---", "- * DEAL  [057:057]", "---  SIGN   [---]  ---", "INK");
    assertThat(d.report().problems())
        .singleElement()
        .satisfies(p -> assertThat(p).contains("extra.txt:3").contains("named twice"));
  }

  @Test
  void aPhrasalVerbOnTheListedWordIsAnotherVerbAndStays() {
    VerbDictionary d =
        VerbDictionary.read(
            "base.txt",
            new StringReader("---  SEIZE   [171]  ---\nTAKE\n+TAKE_OVER\n- * TOWN  [192]\n"),
            "extra.txt",
            new StringReader("---  TAKE   [---]  ---\nTAKE\n"));
    assertThat(d.report().problems()).isEmpty();
    assertThat(d.verbs("TAKE"))
        .extracting(v -> v.base().toString() + " " + d.block(v).name())
        .containsExactlyInAnyOrder("TAKE TAKE", "TAKE_OVER SEIZE");
  }

  @Test
  void aBlockOfTheSameNameIsExtendedItsPatternsFirst() {
    VerbDictionary d = read("---  SIGN   [---]  ---", "- * DEAL  [057:057]", "INK");
    assertThat(d.report().problems()).isEmpty();
    assertThat(d.blocks()).hasSize(2);
    VerbBlock sign = d.block(d.verbs("SIGN").get(0));
    assertThat(sign.code().isNone()).isTrue();
    assertThat(sign.patterns()).extracting(VerbPattern::rule).hasSize(2);
    assertThat(sign.patterns().get(0).rule()).contains("DEAL");
    assertThat(d.block(d.verbs("INK").get(0))).isSameAs(sign);
  }

  @Test
  void theExtendedBlocksOwnVerbsKeepTheirCodes() {
    VerbDictionary d = read("---  PROHIBIT   [163]  ---", "OUTLAW");
    assertThat(d.verbs("PROSCRIBE").get(0).code().forward()).isEqualTo("172");
    assertThat(d.verbs("OUTLAW").get(0).code().forward()).isEqualTo("163");
    assertThat(d.block(d.verbs("OUTLAW").get(0)).name()).isEqualTo("PROHIBIT");
  }

  @Test
  void supplementPatternsMayUseTheBaseSynsets() {
    VerbDictionary d = read("---  SEAL   [---]  ---", "SEAL", "- * &PAPER  [057]");
    assertThat(d.report().problems()).isEmpty();
    assertThat(d.patterns("SEAL")).hasSize(1);
  }
}
