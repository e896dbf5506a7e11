package org.newsgraph.eval;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code <Environment>} of a PETRARCH validation file: which dictionaries code it, which
 * records to run, and the starting options.
 *
 * @param verbFile the verb dictionary's file name ({@code PETR.Validate.verbs.txt}), or null
 * @param actorFile the actor dictionary's file name, or null
 * @param agentFile the agent dictionary's file name, or null
 * @param discardFile the discard list's file name, or null
 * @param errorFile where PETRARCH wrote its errors, or null
 * @param include the {@code <Include>} words, in order: the categories to run, and {@code valid}
 *     for "only records whose {@code sentence} attribute is true"; empty means every record
 * @param pause the {@code <Pause>} value ({@code Stop}), or null
 * @param config the {@code <Config>} options given in the environment, name to value as written
 */
public record PetrarchEnvironment(
    String verbFile,
    String actorFile,
    String agentFile,
    String discardFile,
    String errorFile,
    List<String> include,
    String pause,
    Map<String, String> config) {

  /** No environment (a file of records only, like the GigaWord sample). */
  public static final PetrarchEnvironment NONE =
      new PetrarchEnvironment(null, null, null, null, null, List.of(), null, Map.of());

  public PetrarchEnvironment {
    include = List.copyOf(include);
    config = Collections.unmodifiableMap(new TreeMap<>(config));
  }

  /**
   * Whether PETRARCH would run a record under this environment: its category is among the {@code
   * include} words (or there are none), and, if {@code valid} is one of them, the record is valid.
   */
  public boolean includes(PetrarchRecord record) {
    if (include.isEmpty()) {
      return true;
    }
    if (include.contains("valid") && !record.valid()) {
      return false;
    }
    return record.category() != null && include.contains(record.category());
  }
}
