package org.newsgraph.eval;

import java.util.List;

/**
 * What {@link BratReader} read from a folder: the documents it could read and, as data, one line
 * per problem met (a malformed line, a missing text file), each naming the file and line.
 */
public record BratCorpus(List<BratDocument> documents, List<String> problems) {

  public BratCorpus {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
