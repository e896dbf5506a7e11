package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void tellsLatinScriptLanguagesByFunctionWords() {
    assertThat(
            detector.detect(
                "The minister said on Monday that the government would not send troops to the"
                    + " region, and that it was working with its allies."))
        .isEqualTo("en");
    assertThat(
            detector.detect(
                "Le ministre a déclaré lundi que le gouvernement ne va pas envoyer de troupes dans"
                    + " la région et qu'il travaille avec ses alliés pour la paix."))
        .isEqualTo("fr");
    assertThat(
            detector.detect(
                "Der Minister sagte am Montag, dass die Regierung keine Truppen in die Region"
                    + " schicken wird und mit den Verbündeten für den Frieden arbeitet."))
        .isEqualTo("de");
    assertThat(
            detector.detect(
                "El ministro dijo el lunes que el gobierno no enviará tropas a la región y que"
                    + " trabaja con sus aliados por la paz de los pueblos."))
        .isEqualTo("es");
  }

  @Test
  void tellsNonLatinScripts() {
    assertThat(detector.detect("قال وزير الدفاع الفرنسي إن فرنسا مستعدة لمساعدة ليبيا"))
        .isEqualTo("ar");
    assertThat(detector.detect("Министр обороны Франции заявил в воскресенье")).isEqualTo("ru");
  }

  @Test
  void saysNothingWhenUnsure() {
    assertThat(detector.detect("")).isNull();
    assertThat(detector.detect("Libya")).isNull();
    assertThat(detector.detect("12345 67890")).isNull();
  }
}
