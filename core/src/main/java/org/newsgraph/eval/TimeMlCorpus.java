package org.newsgraph.eval;

import java.util.List;

/**
 * What {@link TimeMlReader} read from a folder: the documents it could read and, as data, one line
 * per problem met (a file that is not well-formed XML, one without a creation time).
 */
public record TimeMlCorpus(List<TimeMlDocument> documents, List<String> problems) {
  public TimeMlCorpus {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
