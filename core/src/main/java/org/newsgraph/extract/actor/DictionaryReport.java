package org.newsgraph.extract.actor;

import java.util.List;

/**
 * What loading the dictionaries gave: counts, and the lines that could not be read.
 *
 * @param actors actor records read
 * @param actorPhrases distinct actor phrases indexed (synonyms, variants and aliases included)
 * @param duplicatePhrases phrases stated by more than one record (the later record wins)
 * @param agentPhrases distinct agent phrases indexed (plurals and substitutions included)
 * @param badLines malformed lines, skipped in whole or in part (a record's good codes are kept when
 *     stray text follows them)
 * @param problems the first few bad lines, as {@code file:line: why: text}
 * @param loadMillis wall-clock time the load took
 */
public record DictionaryReport(
    int actors,
    int actorPhrases,
    int duplicatePhrases,
    int agentPhrases,
    int badLines,
    List<String> problems,
    long loadMillis) {

  public DictionaryReport {
    problems = List.copyOf(problems);
  }
}
