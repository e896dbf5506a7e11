package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.event.PatternElement.Alternatives;
import org.newsgraph.extract.event.PatternElement.Joined;
import org.newsgraph.extract.event.PatternElement.NounPhrase;
import org.newsgraph.extract.event.PatternElement.PrepositionalPhrase;
import org.newsgraph.extract.event.PatternElement.Slot;
import org.newsgraph.extract.event.PatternElement.SlotKind;
import org.newsgraph.extract.event.PatternElement.SynsetRef;
import org.newsgraph.extract.event.PatternElement.Word;

/** Every form of the verb dictionary format, on small dictionaries written for the test. */
class VerbDictionaryReaderTest {

  private static VerbDictionary read(String... lines) {
    return VerbDictionary.read("test.verbs", new StringReader(String.join("\n", lines) + "\n"));
  }

  private static VerbPattern onlyPattern(String... lines) {
    VerbDictionary d = read(lines);
    assertThat(d.report().problems()).isEmpty();
    assertThat(d.patternCount()).isEqualTo(1);
    return d.blocks().get(0).patterns().get(0);
  }

  private static Word w(String text) {
    return new Word(text, false);
  }

  private static Word exact(String text) {
    return new Word(text, true);
  }

  private static Slot slot(SlotKind kind) {
    return new Slot(kind);
  }

  private static List<String> problems(VerbDictionary d) {
    return d.report().problems();
  }

  // --- synsets ---

  @Test
  void synsetMembersAreWordsPhrasesAndNestedSets() {
    VerbDictionary d =
        read(
            "&CURRENCY_",
            "+DOLLAR",
            "+CASH_",
            "+AUSTRIAN FLORIN",
            "+GOLDEN_GOBLIN_GALLEONS_",
            "+DID N'T",
            "",
            "&MONEY",
            "+&CURRENCY",
            "+GOLD");
    assertThat(problems(d)).isEmpty();
    Synset currency = d.synset("CURRENCY").orElseThrow();
    assertThat(currency.members())
        .containsExactly(
            w("DOLLAR"),
            exact("CASH"),
            new Joined(List.of(w("AUSTRIAN"), w("FLORIN"))),
            new Joined(List.of(w("GOLDEN"), w("GOBLIN"), exact("GALLEONS"))),
            new Joined(List.of(w("DID"), w("N'T"))));
    assertThat(currency.line()).isEqualTo(1);
    // the name is found with or without '&' and the trailing '_', in any case
    assertThat(d.synset("&currency_")).contains(currency);
    assertThat(d.synset("&MONEY").orElseThrow().members())
        .containsExactly(new SynsetRef("CURRENCY"), w("GOLD"));
    assertThat(d.synsets()).hasSize(2);
  }

  @Test
  void synsetsMayStandBetweenVerbBlocksAndBeReferredToLater() {
    VerbDictionary d =
        read(
            "--- ABANDON [345] ---",
            "ABANDON",
            "- * &TIES [903]",
            "&TIES",
            "+MILITARY",
            "+ECONOMIC",
            "--- ACCORD [---] ---",
            "ACCORD",
            "- INCHING &TIES * [083]");
    assertThat(problems(d)).isEmpty();
    assertThat(d.blocks()).extracting(VerbBlock::name).containsExactly("ABANDON", "ACCORD");
    assertThat(d.patterns("abandon").get(0).after()).containsExactly(new SynsetRef("TIES"));
    assertThat(d.patterns("accord").get(0).before())
        .containsExactly(w("INCHING"), new SynsetRef("TIES"));
  }

  @Test
  void badSynsetsAreReported() {
    VerbDictionary d =
        read(
            "&EMPTY",
            "&TWICE",
            "+ONE",
            "&TWICE",
            "+TWO",
            "&LOOP",
            "+&LOOP",
            "&DANGLING",
            "+&NOWHERE",
            "&SET",
            "NOPLUS",
            "--- GO [010] ---",
            "GO",
            "- * &MISSING [011]");
    assertThat(problems(d))
        .anyMatch(p -> p.contains(":1: synset without members"))
        .anyMatch(p -> p.contains(":4: synset defined twice"))
        .anyMatch(p -> p.contains("synset contains itself through &LOOP"))
        .anyMatch(p -> p.contains("undefined synset &NOWHERE"))
        .anyMatch(p -> p.contains(":11: synset member without '+'"))
        .anyMatch(p -> p.contains(":14: reference to an undefined synset &MISSING"));
    assertThat(d.synset("TWICE").orElseThrow().members()).containsExactly(w("ONE"));
    // the pattern is kept: the reference may be resolved by a matcher that ignores it
    assertThat(d.patterns("go")).hasSize(1);
  }

  // --- verb blocks and verbs ---

  @Test
  void blockHeadersGiveNameAndDefaultCode() {
    VerbDictionary d =
        read(
            "---  ACCELERATE   [042]  ---",
            "RUSH",
            "--- LASH OUT  [122] ---",
            "LASH OUT",
            "--- TROUBLED  [---] # NOUN ---",
            "TROUBLED",
            "---  DISGRACE   [110]---  ---",
            "DISGRACE");
    assertThat(problems(d)).isEmpty();
    assertThat(d.blocks())
        .extracting(VerbBlock::name, b -> b.code().toString(), VerbBlock::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ACCELERATE", "042", 1),
            org.assertj.core.groups.Tuple.tuple("LASH OUT", "122", 3),
            org.assertj.core.groups.Tuple.tuple("TROUBLED", "---", 5),
            org.assertj.core.groups.Tuple.tuple("DISGRACE", "110", 7));
    // a verb without its own code takes the block's
    assertThat(d.verbs("rush").get(0).code()).isEqualTo(VerbCode.of("042"));
    // a multi-word verb without '+': the first word is the verb
    VerbEntry lash = d.verbs("lash").get(0);
    assertThat(lash.base().words()).containsExactly("LASH", "OUT");
    assertThat(lash.forms()).extracting(VerbForm::toString).contains("LASHED_OUT", "LASHING_OUT");
  }

  @Test
  void badHeadersAreReportedAndKeepWhatCanBeRead() {
    VerbDictionary d =
        read(
            "--- DELAY [120]  [031:031]  ---",
            "DELAY",
            "--- BLAST  [+++]  ---",
            "BLAST",
            "--- SAYS  [023?]  ---",
            "SAYS",
            "--- NOCODE ---",
            "NOCODE");
    assertThat(problems(d))
        .hasSize(4)
        .anyMatch(p -> p.contains(":1: second code in a verb block header"))
        .anyMatch(p -> p.contains(":3: unreadable code in verb block header"))
        .anyMatch(p -> p.contains(":5: code with a stray '?' (read as 023)"))
        .anyMatch(p -> p.contains(":7: verb block header without a code"));
    assertThat(d.verbs("delay").get(0).code()).isEqualTo(VerbCode.of("120"));
    assertThat(d.verbs("blast").get(0).code()).isEqualTo(VerbCode.NONE);
    assertThat(d.verbs("says").get(0).code()).isEqualTo(VerbCode.of("023"));
    assertThat(d.verbs("nocode").get(0).code().isNone()).isTrue();
  }

  @Test
  void verbsWithoutBracesGetTheirRegularForms() {
    VerbDictionary d =
        read(
            "--- X [010] ---", "ATTACK", "CARRY", "CEASE", "DIE", "PUSH", "VETO", "AGREE", "DELAY");
    assertThat(problems(d)).isEmpty();
    assertThat(forms(d, "attack")).containsExactly("ATTACK", "ATTACKS", "ATTACKED", "ATTACKING");
    assertThat(forms(d, "carry")).containsExactly("CARRY", "CARRIES", "CARRIED", "CARRYING");
    assertThat(forms(d, "cease")).containsExactly("CEASE", "CEASES", "CEASED", "CEASING");
    assertThat(forms(d, "die")).containsExactly("DIE", "DIES", "DIED", "DYING");
    assertThat(forms(d, "push")).containsExactly("PUSH", "PUSHES", "PUSHED", "PUSHING");
    assertThat(forms(d, "veto")).containsExactly("VETO", "VETOES", "VETOED", "VETOING");
    assertThat(forms(d, "agree")).containsExactly("AGREE", "AGREES", "AGREED", "AGREEING");
    assertThat(forms(d, "delay")).containsExactly("DELAY", "DELAYS", "DELAYED", "DELAYING");
    assertThat(d.verbs("attack").get(0).formsListed()).isFalse();
  }

  private static List<String> forms(VerbDictionary d, String lemma) {
    return d.verbs(lemma).get(0).forms().stream().map(VerbForm::toString).toList();
  }

  @Test
  void formsInBracesReplaceTheGeneratedOnes() {
    VerbDictionary d =
        read(
            "--- BRING [070] ---",
            "BRING {BRINGS BRINGING BROUGHT }",
            "STAB { STABS STABBED}   # pas",
            "ANGER {}",
            "SYMBOLIZE {SYMBOLISE }",
            "+IS_DETERMINED {+WAS_DETERMINED , +BE_DETERMINED} [030]",
            "SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93");
    assertThat(problems(d)).isEmpty();
    assertThat(forms(d, "bring")).containsExactly("BRING", "BRINGS", "BRINGING", "BROUGHT");
    assertThat(forms(d, "stab")).containsExactly("STAB", "STABS", "STABBED");
    assertThat(forms(d, "anger")).containsExactly("ANGER");
    assertThat(d.verbs("anger").get(0).formsListed()).isTrue();
    assertThat(forms(d, "symbolize")).containsExactly("SYMBOLIZE", "SYMBOLISE");
    assertThat(forms(d, "is")).containsExactly("IS_DETERMINED", "WAS_DETERMINED", "BE_DETERMINED");
    assertThat(forms(d, "scrap")).containsExactly("SCRAP", "SCRAPPING", "SCRAPS", "SCRAPPED");
    // lookup by a written form
    assertThat(d.verbsWithForm("Brought")).extracting(VerbEntry::lemma).containsExactly("BRING");
    assertThat(d.verbsWithForm("was")).extracting(VerbEntry::lemma).containsExactly("IS");
    assertThat(d.verbsWithForm("nothing")).isEmpty();
  }

  @Test
  void phrasalVerbsMarkTheVerbWordWithPlus() {
    VerbDictionary d =
        read(
            "--- ASK [---] ---",
            "+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]",
            "+CALL_OFF [160]",
            "WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }",
            "KLM_NOP_+RST [002]",
            "ASK     [020]",
            "GRILL [110]",
            "QUESTION");
    assertThat(problems(d)).isEmpty();
    VerbEntry askFor = d.verbs("ask").get(0);
    assertThat(askFor.base()).isEqualTo(new VerbForm(List.of("ASK", "FOR"), 0));
    assertThat(askFor.code()).isEqualTo(VerbCode.of("020"));
    assertThat(askFor.block()).isEqualTo("ASK");
    assertThat(d.verbs("ASK")).hasSize(2);
    assertThat(forms(d, "call"))
        .containsExactly("CALL_OFF", "CALLS_OFF", "CALLED_OFF", "CALLING_OFF");
    VerbEntry tap = d.verbs("tap").get(0);
    assertThat(tap.base().words()).containsExactly("WIRE", "TAP");
    assertThat(tap.base().verb()).isEqualTo(1);
    assertThat(tap.base().toString()).isEqualTo("WIRE_+TAP");
    assertThat(forms(d, "tap")).containsExactly("WIRE_+TAP", "WIRE_+TAPPED", "WIRE_+TAPPING");
    assertThat(d.verbs("rst").get(0).base().words()).containsExactly("KLM", "NOP", "RST");
    assertThat(d.verbs("grill").get(0).code()).isEqualTo(VerbCode.of("110"));
    assertThat(d.verbs("question").get(0).code()).isEqualTo(VerbCode.NONE);
    assertThat(d.verbCount()).isEqualTo(7);
    assertThat(d.lemmas())
        .containsExactlyInAnyOrder("ASK", "CALL", "TAP", "RST", "GRILL", "QUESTION");
  }

  @Test
  void badVerbLinesAreReported() {
    VerbDictionary d =
        read(
            "LOOSE",
            "--- X [010] ---",
            "+TWO_+PLUSES",
            "FALL (FALLS FELL)",
            "OPEN {OPENS",
            "GOOD [abc!x]",
            "ODD } [010]");
    assertThat(problems(d))
        .hasSize(6)
        .anyMatch(p -> p.contains(":1: line outside any verb block or synset"))
        .anyMatch(p -> p.contains(":3: verb form with two '+' verb words"))
        .anyMatch(p -> p.contains(":4: unreadable verb form"))
        .anyMatch(p -> p.contains(":5: unclosed '{'"))
        .anyMatch(p -> p.contains(":6: unreadable verb code (the block's is used)"))
        .anyMatch(p -> p.contains(":7: unreadable verb line"));
    assertThat(d.verbs("good").get(0).code()).isEqualTo(VerbCode.of("010"));
  }

  @Test
  void aLemmaInTwoBlocksGetsThePatternsOfBoth() {
    VerbDictionary d =
        read(
            "--- SHOT [---] ---",
            "SHOT",
            "- *_AND_WOUND  [223]",
            "--- SHOT  [223] ---",
            "SHOT",
            "- + WAS * DEAD IN $ [224]");
    assertThat(d.verbs("shot")).hasSize(2);
    assertThat(d.patterns("shot"))
        .extracting(p -> p.code().toString())
        .containsExactly("223", "224");
    assertThat(d.blocks()).hasSize(2);
    assertThat(d.patterns("unknown")).isEmpty();
    assertThat(d.verbs("unknown")).isEmpty();
  }

  // --- patterns ---

  @Test
  void wordsAfterTheVerb() {
    VerbPattern p = onlyPattern("--- RUSH [---] ---", "RUSH", "- * AID  [070]   # RUSH");
    assertThat(p.before()).isEmpty();
    assertThat(p.after()).containsExactly(w("AID"));
    assertThat(p.verbJoinedBefore()).isFalse();
    assertThat(p.verbJoinedAfter()).isFalse();
    assertThat(p.code()).isEqualTo(VerbCode.of("070"));
    assertThat(p.rule()).isEqualTo("- * AID [070]");
    assertThat(p.comment()).isEqualTo("RUSH");
    assertThat(p.block()).isEqualTo("RUSH");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.size()).isEqualTo(1);
  }

  @Test
  void prepositionalAndNounPhrases() {
    VerbPattern p =
        onlyPattern(
            "--- ALERT [---] ---",
            "ALERT",
            "- * &SECURITY (OVER {&WEAPON ATTACK}) (TO) {ARMS SHIPMENT} [151]",
            "&SECURITY",
            "+SECURITY_",
            "&WEAPON",
            "+GUN");
    assertThat(p.after())
        .containsExactly(
            new SynsetRef("SECURITY"),
            new PrepositionalPhrase(
                w("OVER"), List.of(new NounPhrase(List.of(new SynsetRef("WEAPON"), w("ATTACK"))))),
            new PrepositionalPhrase(w("TO"), List.of()),
            new NounPhrase(List.of(w("ARMS"), w("SHIPMENT"))));
    assertThat(p.after().get(1).toString()).isEqualTo("(OVER {&WEAPON ATTACK})");
  }

  @Test
  void slotsForSourceTargetCompoundAndSkip() {
    VerbPattern p =
        onlyPattern("--- X [---] ---", "EXTRADITE", "- + WAS_ * TO_ ^ FROM $  [174]  # BK");
    assertThat(p.before()).containsExactly(slot(SlotKind.TARGET), exact("WAS"));
    assertThat(p.after())
        .containsExactly(exact("TO"), slot(SlotKind.SKIP), w("FROM"), slot(SlotKind.SOURCE));
    VerbPattern q = onlyPattern("--- X [---] ---", "AGREE", "- % * (WITH +) [030:030]");
    assertThat(q.before()).containsExactly(slot(SlotKind.COMPOUND));
    assertThat(q.after())
        .containsExactly(new PrepositionalPhrase(w("WITH"), List.of(slot(SlotKind.TARGET))));
    assertThat(q.code()).isEqualTo(new VerbCode("030", "030"));
    VerbPattern r = onlyPattern("--- X [---] ---", "SET", "- * OFF (FROM ^) [042]");
    assertThat(r.after())
        .containsExactly(
            w("OFF"), new PrepositionalPhrase(w("FROM"), List.of(slot(SlotKind.SKIP))));
  }

  @Test
  void underscoreJoinsElementsAndMayJoinThemToTheVerb() {
    VerbPattern p =
        onlyPattern("--- X [---] ---", "ACKNOWLEDGE", "- SO IN_AND_*_OUT_AGAIN NOW [074]");
    assertThat(p.before()).containsExactly(w("SO"), new Joined(List.of(w("IN"), w("AND"))));
    assertThat(p.verbJoinedBefore()).isTrue();
    assertThat(p.after()).containsExactly(new Joined(List.of(w("OUT"), w("AGAIN"))), w("NOW"));
    assertThat(p.verbJoinedAfter()).isTrue();

    VerbPattern joinedBefore = onlyPattern("--- X [---] ---", "ACCORD", "- IN_*  [075]");
    assertThat(joinedBefore.before()).containsExactly(w("IN"));
    assertThat(joinedBefore.verbJoinedBefore()).isTrue();
    // "IN_ *": an exact word, not joined to the verb
    VerbPattern spaced = onlyPattern("--- X [---] ---", "ACCORD", "- IN_ *  [075A]");
    assertThat(spaced.before()).containsExactly(exact("IN"));
    assertThat(spaced.verbJoinedBefore()).isFalse();
    assertThat(spaced.code()).isEqualTo(VerbCode.of("075A"));

    VerbPattern syn =
        onlyPattern(
            "&GENINT",
            "+GENEVA",
            "--- X [---] ---",
            "SHOULD",
            "- SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS  [161]");
    assertThat(syn.before())
        .containsExactly(new Joined(List.of(w("SUGGESTED"), slot(SlotKind.TARGET))));
    assertThat(syn.after())
        .containsExactly(
            new Joined(List.of(w("DEMAND"), new SynsetRef("GENINT"), w("CONVENTIONS"))));
    assertThat(syn.after().get(0).toString()).isEqualTo("DEMAND_&GENINT_CONVENTIONS");
  }

  @Test
  void slashesSeparateAlternativesInPatternsButNotInSynsets() {
    VerbDictionary d =
        read(
            "&WEAPON",
            "+F/A-18_FIGHTER_JET",
            "--- HIT [---] ---",
            "HIT",
            "- * (BY/WITH &WEAPON) [194]",
            "- BOMBING/EXPLOSION * [183]");
    assertThat(problems(d)).isEmpty();
    List<VerbPattern> ps = d.patterns("hit");
    assertThat(ps.get(0).after())
        .containsExactly(
            new PrepositionalPhrase(
                new Alternatives(List.of(w("BY"), w("WITH"))), List.of(new SynsetRef("WEAPON"))));
    assertThat(ps.get(1).before())
        .containsExactly(new Alternatives(List.of(w("BOMBING"), w("EXPLOSION"))));
    assertThat(ps.get(1).before().get(0).toString()).isEqualTo("BOMBING/EXPLOSION");
    assertThat(d.synset("WEAPON").orElseThrow().members())
        .containsExactly(new Joined(List.of(w("F/A-18"), w("FIGHTER"), w("JET"))));
  }

  @Test
  void codesOneWayBothWaysReverseOnlyAndNull() {
    VerbDictionary d =
        read(
            "--- X [---] ---",
            "APPEAR",
            "- * (TO) [042:043]",
            "- * (BEFORE COURT) [:173]",
            "- * INCIDENTS [---]",
            "- * DOWN (FROM) [080!]",
            "- * THE FULL  [xxy]");
    List<VerbPattern> ps = d.patterns("appear");
    assertThat(ps)
        .extracting(VerbPattern::code)
        .containsExactly(
            new VerbCode("042", "043"),
            new VerbCode(null, "173"),
            VerbCode.NONE,
            VerbCode.of("080"),
            VerbCode.of("xxy"));
    assertThat(ps.get(1).code().toString()).isEqualTo(":173");
    assertThat(ps.get(2).code().isNone()).isTrue();
    assertThat(problems(d)).singleElement().asString().contains(":6: code with a stray '!'");
  }

  @Test
  void badPatternsAreSkippedAndReported() {
    VerbDictionary d =
        read(
            "- * OUTSIDE [010]",
            "--- X [---] ---",
            "GO",
            "- *SCEPTICAL [012]",
            "- * TWO * [012]",
            "- * VENTURE (WITH VISIT)   VISIT)[042:043]",
            "- * (UNCLOSED [012]",
            "- * {IN_*} [012]",
            "- * NOCODE",
            "- * DIPLXMATIC  [###]",
            "- * FXLL  [+++]",
            "- * () [012]",
            "- * ($ X) [012]",
            "- * FINE [012]");
    assertThat(problems(d))
        .hasSize(11)
        .anyMatch(p -> p.contains(":1: pattern outside a verb block"))
        .anyMatch(p -> p.contains(":4: pattern without a verb '*'"))
        .anyMatch(p -> p.contains(":5: pattern with more than one verb '*'"))
        .anyMatch(p -> p.contains(":6: unbalanced ')'"))
        .anyMatch(p -> p.contains(":7: unclosed '('"))
        .anyMatch(p -> p.contains(":8: verb '*' inside a phrase group"))
        .anyMatch(p -> p.contains(":9: pattern without a code"))
        // '#' starts a comment, so the code's bracket is never closed
        .anyMatch(p -> p.contains(":10: pattern without a code"))
        .anyMatch(p -> p.contains(":11: unreadable pattern code"))
        .anyMatch(p -> p.contains(":12: empty prepositional phrase"))
        .anyMatch(p -> p.contains(":13: a prepositional phrase starts with its preposition"));
    assertThat(d.patterns("go")).extracting(VerbPattern::rule).containsExactly("- * FINE [012]");
    assertThat(d.report().badLines()).isEqualTo(11);
    assertThat(d.report().entries()).isEqualTo(1);
  }

  // --- transformations, comments ---

  @Test
  void transformations() {
    VerbDictionary d =
        read(
            "~ a (a b ATTACK) SAY = a b 015",
            "~ a (b . ATTACK ) WANT = a b 021",
            "~ a (a b Q) SAY = a b Q",
            "#~ a (a b WILL_ATTACK) SAY = a b 138",
            "~ a (broken = a b");
    assertThat(d.transformations()).extracting(Transformation::toString).hasSize(3);
    Transformation t = d.transformations().get(1);
    assertThat(t.source()).isEqualTo("a");
    assertThat(t.innerSource()).isEqualTo("b");
    assertThat(t.innerTarget()).isEqualTo(".");
    assertThat(t.innerVerb()).isEqualTo("ATTACK");
    assertThat(t.verb()).isEqualTo("WANT");
    assertThat(t.resultSource()).isEqualTo("a");
    assertThat(t.resultTarget()).isEqualTo("b");
    assertThat(t.resultCode()).isEqualTo("021");
    assertThat(t.rule()).isEqualTo("~ a (b . ATTACK ) WANT = a b 021");
    assertThat(t.keepsInnerCode()).isFalse();
    assertThat(d.transformations().get(2).keepsInnerCode()).isTrue();
    assertThat(problems(d)).singleElement().asString().contains(":5: unreadable transformation");
  }

  @Test
  void xmlAndSemicolonCommentsAndBlankLines() {
    VerbDictionary d =
        read(
            "<!-- PETRARCH VALIDATION SUITE VERBS DICTIONARY -->",
            "<!-- a comment",
            "--- NOT [010] --- that spans lines -->",
            "",
            "--- GO [010] --- ; legacy comment",
            "",
            "GO   ;shan 8/30/93",
            "",
            "- * HOME <!-- inline --> [011]");
    assertThat(problems(d)).isEmpty();
    assertThat(d.blocks()).extracting(VerbBlock::name).containsExactly("GO");
    assertThat(d.patterns("go")).extracting(VerbPattern::rule).containsExactly("- * HOME [011]");
  }

  // --- records ---

  @Test
  void recordsCheckTheirParts() {
    assertThatThrownBy(() -> new Word("TWO WORDS", false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Word("A_B", false)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Word("lower", false).text()).isEqualTo("LOWER");
    assertThatThrownBy(() -> new Joined(List.of(w("A"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VerbForm(List.of("ASK"), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VerbForm(List.of("ask"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VerbCode("04 2", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new VerbPattern("X", List.of(), true, List.of(), false, VerbCode.NONE, "r", "", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Synset("S", List.of(slot(SlotKind.SOURCE)), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VerbDictionary.read("x", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> read("--- X [1] ---", "GO").verbs(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verbCodesParseAsWritten() {
    assertThat(VerbCode.parse("042")).isEqualTo(VerbCode.of("042"));
    assertThat(VerbCode.parse(" 042:043 ")).isEqualTo(new VerbCode("042", "043"));
    assertThat(VerbCode.parse(":173")).isEqualTo(new VerbCode(null, "173"));
    assertThat(VerbCode.parse("---")).isEqualTo(VerbCode.NONE);
    assertThat(VerbCode.parse("174K")).isEqualTo(VerbCode.of("174K"));
    assertThat(VerbCode.parse("")).isNull();
    assertThat(VerbCode.parse(":")).isNull();
    assertThat(VerbCode.parse("+++")).isNull();
    assertThat(VerbCode.parse("023?")).isNull();
    assertThat(new VerbCode("042", "043").toString()).isEqualTo("042:043");
    assertThat(VerbCode.NONE.toString()).isEqualTo("---");
  }

  @Test
  void malformedUtf8CostsAWordNotTheFile(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("latin1.verbs.txt");
    byte[] text =
        "--- GO [010] ---\nGO\n- * CAF\u00c9 [011]\n- * HOME [012]\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, text);
    VerbDictionary d = VerbDictionary.read(file);
    assertThat(d.patterns("go")).hasSize(2);
    assertThat(d.patterns("go").get(0).after().get(0).toString()).isEqualTo("CAF\uFFFD");
    assertThat(d.report().source()).endsWith("latin1.verbs.txt");
    assertThatThrownBy(() -> VerbDictionary.read(tmp.resolve("missing.txt")))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void aLargeDictionaryLoads() {
    StringBuilder b = new StringBuilder();
    for (int block = 0; block < 2_000; block++) {
      b.append("--- V").append(block).append(" [010] ---\n");
      b.append("V").append(block).append('\n');
      for (int p = 0; p < 25; p++) {
        b.append("- * (TO {W").append(p).append(" &S}) $ [0").append(10 + p % 80).append("]\n");
      }
    }
    b.append("&S\n+X\n");
    VerbDictionary d = VerbDictionary.read("large", new StringReader(b.toString()));
    assertThat(d.report().problems()).isEmpty();
    assertThat(d.patternCount()).isEqualTo(50_000);
    assertThat(d.patterns("v1999")).hasSize(25);
  }

  @Test
  void emptyInputGivesAnEmptyDictionary() {
    VerbDictionary d = read("");
    assertThat(d.blocks()).isEmpty();
    assertThat(d.patternCount()).isZero();
    assertThat(d.report().badLines()).isZero();
  }
}
