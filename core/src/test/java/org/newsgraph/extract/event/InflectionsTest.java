package org.newsgraph.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectionsTest {

  @Test
  void regularForms() {
    assertThat(Inflections.regular("WARN")).containsExactly("WARN", "WARNS", "WARNED", "WARNING");
    assertThat(Inflections.regular("DENY")).containsExactly("DENY", "DENIES", "DENIED", "DENYING");
    assertThat(Inflections.regular("OBEY")).containsExactly("OBEY", "OBEYS", "OBEYED", "OBEYING");
    assertThat(Inflections.regular("TIE")).containsExactly("TIE", "TIES", "TIED", "TYING");
    assertThat(Inflections.regular("FREE")).containsExactly("FREE", "FREES", "FREED", "FREEING");
    assertThat(Inflections.regular("FIX")).containsExactly("FIX", "FIXES", "FIXED", "FIXING");
    assertThat(Inflections.regular("TOUCH"))
        .containsExactly("TOUCH", "TOUCHES", "TOUCHED", "TOUCHING");
    assertThat(Inflections.regular("RE-ESTABLISH"))
        .containsExactly("RE-ESTABLISH", "RE-ESTABLISHES", "RE-ESTABLISHED", "RE-ESTABLISHING");
    // words not ending in a letter get no forms
    assertThat(Inflections.regular("F-16")).containsExactly("F-16");
  }
}
