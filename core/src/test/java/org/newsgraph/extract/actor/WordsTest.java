package org.newsgraph.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Words.split(s, out);
    return out;
  }

  @Test
  void dictionaryAndTextSpellingsMeet() {
    assertThat(words("AL-QAEDA_")).isEqualTo(words("Al Qaeda")).containsExactly("AL", "QAEDA");
    assertThat(words("Al-Qaeda")).containsExactly("AL", "QAEDA");
    assertThat(words("AL_QA'IDA")).isEqualTo(words("al Qa’ida")).containsExactly("AL", "QAIDA");
    assertThat(words("U.N.")).containsExactly("UN");
    assertThat(words("Erdoğan")).containsExactly("ERDOGAN");
    assertThat(words("Côte d'Ivoire")).containsExactly("COTE", "DIVOIRE");
    assertThat(words("AT&T")).containsExactly("ATT");
  }

  @Test
  void possessivesSplitOff() {
    assertThat(words("SYRIA'S_GOVERNMENT")).containsExactly("SYRIA", "S", "GOVERNMENT");
    assertThat(words("Syria's")).containsExactly("SYRIA", "S");
    assertThat(words("'s")).containsExactly("S");
    assertThat(words("’s")).containsExactly("S");
    assertThat(Words.endsWithPossessive("Turkey's")).isTrue();
    assertThat(Words.endsWithPossessive("Turkeys")).isFalse();
  }

  @Test
  void punctuationAloneHasNoWords() {
    assertThat(words(",")).isEmpty();
    assertThat(words("(")).isEmpty();
    assertThat(words("\"")).isEmpty();
    assertThat(words("")).isEmpty();
    assertThat(words("-")).isEmpty();
  }

  @Test
  void separators() {
    assertThat(words("TZIPORA_\"TIPPY\"_BAGGINS_")).containsExactly("TZIPORA", "TIPPY", "BAGGINS");
    assertThat(words("MAZAR-I-SHARIF")).containsExactly("MAZAR", "I", "SHARIF");
    assertThat(words("  two   words ")).containsExactly("TWO", "WORDS");
    assertThat(words("A/B")).containsExactly("A", "B");
  }
}
