package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateEvaluatorTest {

  @TempDir Path dir;

  private static final String BODY =
      "The council met on the matter and voted to approve the plan after a long debate.";

  @Test
  void scoresDatesFoundInTheTextAgainstTheContainerDate() throws Exception {
    Path csv = dir.resolve("labelled.csv");
    Files.writeString(
        csv,
        "url,date,title,text\n"
            + "u1,2019-01-04,Right,\"Friday, January 4, 2019\n\n"
            + BODY
            + "\"\n"
            + "u2,2019-01-05,Wrong,\"Friday, January 4, 2019\n\n"
            + BODY
            + "\"\n"
            + "u3,2019-01-06,None,\""
            + BODY
            + "\"\n"
            + "u4,,Unlabelled,\"Friday, January 4, 2019\n\n"
            + BODY
            + "\"\n");
    Score score = new DateEvaluator().evaluate(List.of(csv.toString()));
    assertThat(score.items()).isEqualTo(3);
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isEqualTo(1.0 / 3);
  }

  @Test
  void refusesInputWithoutLabels() throws Exception {
    Path txt = dir.resolve("a.txt");
    Files.writeString(txt, BODY);
    assertThatThrownBy(() -> new DateEvaluator().evaluate(List.of(txt.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no text document with a publication date");
  }
}
