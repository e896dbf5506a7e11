package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PETRARCH 2's validation dictionaries ({@code ../shared/data/petrarch2/validation}, the small
 * fictional {@code PETR.Validate.*} files that its unit-test records are coded with). Skipped where
 * the shared data is absent (a user's clone).
 */
class ValidationDictionariesTest {

  private static Path folder() {
    return Stream.of("../shared", "../../shared", "/work/shared")
        .map(s -> Path.of(s, "data", "petrarch2", "validation"))
        .filter(p -> Files.isRegularFile(p.resolve("PETR.Validate.verbs.txt")))
        .findFirst()
        .orElse(null);
  }

  @Test
  void loadsTheValidationVerbsAndDiscards() throws Exception {
    Path dir = folder();
    assumeTrue(dir != null, "shared PETRARCH 2 validation data not present");
    EventDictionaries d = EventDictionaries.fromFolder(dir);
    VerbDictionary verbs = d.verbs();
    assertThat(verbs.blocks()).hasSize(261);
    assertThat(verbs.verbCount()).isEqualTo(269);
    assertThat(verbs.patternCount()).isEqualTo(472);
    assertThat(verbs.synsets()).hasSize(17);
    // the file tests its coder's error handling: two unreadable codes, a '#' inside brackets, a
    // header with two codes, two codes with a stray '?'
    assertThat(verbs.report().problems())
        .hasSize(6)
        .anyMatch(p -> p.endsWith("--- BLAST  [+++]  ---"))
        .anyMatch(p -> p.contains("second code in a verb block header"))
        .anyMatch(p -> p.contains("- * FXLL DIPLOMATIC  [+++]"))
        .anyMatch(p -> p.contains("- * DIPLXMATIC  ["));
    assertThat(d.discards().entries()).hasSize(9);
    assertThat(d.discards().report().badLines()).isZero();
    assertThat(d.codes()).isSameAs(CameoCodes.standard());

    // verb blocks keyed on inflected forms, phrasal verbs with words before the verb
    assertThat(verbs.verbsWithForm("said")).extracting(VerbEntry::block).contains("SAID");
    assertThat(verbs.verbs("rst").get(0).base().toString()).isEqualTo("KLM_NOP_+RST");
    assertThat(verbs.verbs("rst").get(0).code()).isEqualTo(VerbCode.of("002"));
    assertThat(verbs.verbs("abandon").get(0).code()).isEqualTo(VerbCode.of("345"));
    // nested synsets resolve
    assertThat(verbs.synset("ACCORDSYN").orElseThrow().members())
        .contains(
            new PatternElement.SynsetRef("TIETYPES"), new PatternElement.SynsetRef("CURRENCY"));
    assertThat(verbs.synset("&PREPOSIT1")).isPresent();
    List<VerbPattern> warn = verbs.patterns("warn");
    assertThat(warn)
        .extracting(VerbPattern::rule)
        .contains("- $ ^ FOR * [164]", "- NOW + HAVE BEEN * $ RECENT [165]");
    assertThat(verbs.patterns("urge"))
        .extracting(p -> p.code().toString())
        .contains("102b", "121", "122");
  }

  @Test
  void everyCodeTheUnitTestRecordsExpectIsInTheDictionary() throws Exception {
    Path dir = folder();
    assumeTrue(dir != null, "shared PETRARCH 2 validation data not present");
    Path records = dir.resolve("PETR.UnitTest.records.xml");
    assumeTrue(Files.isRegularFile(records));
    VerbDictionary verbs = VerbDictionary.read(dir.resolve("PETR.Validate.verbs.txt"));
    Set<String> codes = new TreeSet<>();
    for (VerbBlock b : verbs.blocks()) {
      add(codes, b.code());
      b.verbs().forEach(v -> add(codes, v.code()));
      b.patterns().forEach(p -> add(codes, p.code()));
    }
    Matcher m = Pattern.compile("eventcode=\"([^\"]*)\"").matcher(Files.readString(records));
    Set<String> expected = new TreeSet<>();
    while (m.find()) {
      expected.add(m.group(1));
    }
    assertThat(expected).hasSizeGreaterThan(50);
    assertThat(codes).containsAll(expected);
  }

  private static void add(Set<String> codes, VerbCode code) {
    if (code.forward() != null) {
      codes.add(code.forward());
    }
    if (code.reverse() != null) {
      codes.add(code.reverse());
    }
  }

  @Test
  void theSharedProductionFolderGivesTheBundledDictionaries() throws Exception {
    Path validation = folder();
    assumeTrue(validation != null, "shared PETRARCH 2 data not present");
    Path dictionaries = validation.resolveSibling("dictionaries");
    assumeTrue(Files.isRegularFile(dictionaries.resolve("CAMEO.2.0.txt")));
    // The bundled verb dictionary is PETRARCH's file unchanged (newsgraph's supplement beside it
    // is read on top of it, so the loaded dictionaries differ by the supplement's patterns).
    try (java.io.InputStream bundledVerbs =
        VerbDictionary.class.getResourceAsStream(VerbDictionary.BUNDLED)) {
      assertThat(bundledVerbs.readAllBytes())
          .isEqualTo(Files.readAllBytes(dictionaries.resolve("CAMEO.2.0.txt")));
    }
    EventDictionaries shared = EventDictionaries.fromFolder(dictionaries);
    EventDictionaries bundled = EventDictionaries.standard();
    assertThat(bundled.verbs().patternCount()).isGreaterThan(shared.verbs().patternCount());
    // less the years and 'years ago', which the production dictionaries leave out
    // (Discards#withoutHistory)
    assertThat(shared.discards().withoutHistory().entries())
        .isEqualTo(bundled.discards().entries());
  }

  @Test
  void aFolderMustHoldOneVerbAndOneDiscardFile(@TempDir Path tmp) throws Exception {
    assertThatThrownBy(() -> EventDictionaries.fromFolder(tmp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no verb dictionary");
    Files.writeString(tmp.resolve("CAMEO.2.0.txt"), "--- GO [010] ---\nGO\n- * HOME [011]\n");
    assertThatThrownBy(() -> EventDictionaries.fromFolder(tmp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no discard file");
    Files.writeString(tmp.resolve("Phoenix.discards.txt"), "+BASEBALL\n");
    EventDictionaries d = EventDictionaries.fromFolder(tmp);
    assertThat(d.verbs().patterns("go")).hasSize(1);
    assertThat(d.discards().entries()).hasSize(1);
    Files.writeString(tmp.resolve("Other.discards.txt"), "CRICKET\n");
    assertThatThrownBy(() -> EventDictionaries.fromFolder(tmp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than one discard file");
    assertThatThrownBy(() -> EventDictionaries.fromFolder(tmp.resolve("missing")))
        .isInstanceOf(java.io.IOException.class);
  }
}
