package org.newsgraph.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentMatchTest {

  private static AgentMatch suffix(String code) {
    return new AgentMatch(1, "X", code, false);
  }

  @Test
  void addsTheAgentAfterTheActor() {
    assertThat(suffix("GOV").composeWith("FRA")).isEqualTo("FRAGOV");
    assertThat(suffix("MIL").composeWith("LBY")).isEqualTo("LBYMIL");
    assertThat(suffix("GOVMIL").composeWith("FRA")).isEqualTo("FRAGOVMIL");
  }

  @Test
  void addsAPrefixAgentBeforeTheActor() {
    assertThat(new AgentMatch(1, "X", "IGO", true).composeWith("FRA")).isEqualTo("IGOFRA");
    assertThat(new AgentMatch(1, "X", "IGO", true).composeWith("IGOUNO")).isEqualTo("IGOUNO");
  }

  @Test
  void doesNotRepeatWhatTheActorCodeAlreadySays() {
    assertThat(suffix("GOV").composeWith("FRAGOV")).isEqualTo("FRAGOV");
    assertThat(suffix("MIL").composeWith("USAGOVMIL")).isEqualTo("USAGOVMIL");
    assertThat(suffix("GOVMIL").composeWith("FRAGOV")).isEqualTo("FRAGOVMIL");
    // GOV inside a three-letter part boundary only: "AGO" + "VXX" is not GOV
    assertThat(suffix("GOV").composeWith("AGOVXX")).isEqualTo("AGOVXXGOV");
  }

  @Test
  void withoutAnActorGivesTheAgentAlone() {
    assertThat(suffix("REB").composeWith(null)).isEqualTo("REB");
    assertThat(suffix("REB").composeWith(" ")).isEqualTo("REB");
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> new AgentMatch(0, "X", "GOV", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    assertThatThrownBy(() -> new AgentMatch(1, "X", "", false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
