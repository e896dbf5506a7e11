package org.newsgraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * What {@link PetrarchSuiteReader} read from one PETRARCH validation or sample file.
 *
 * @param environment the file's {@code <Environment>}, {@link PetrarchEnvironment#NONE} if it has
 *     none
 * @param records the well-formed records, in file order
 * @param problems one line per record left out (naming its id or position and why), or for the file
 *     as a whole when it could not be read as XML
 */
public record PetrarchSuite(
    PetrarchEnvironment environment, List<PetrarchRecord> records, List<String> problems) {

  public PetrarchSuite {
    Objects.requireNonNull(environment, "environment");
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }

  /** The records the environment says to run (see {@link PetrarchEnvironment#includes}). */
  public List<PetrarchRecord> included() {
    return records.stream().filter(environment::includes).toList();
  }
}
