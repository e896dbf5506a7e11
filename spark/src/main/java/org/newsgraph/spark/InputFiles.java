package org.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.ingest.Ingestor;

/**
 * The files an input list names, in the order {@code extract} reads them: a file as given, a folder
 * recursively in file-name order, hidden entries and unsupported extensions passed over (the rules
 * of {@link Ingestor#read}). Each file's path is spelled as the ingestor spells it, so that records
 * name the same {@code source}.
 *
 * <p>Paths are read on the executors: on a cluster they must be on a file system every node mounts
 * at the same place.
 */
final class InputFiles {

  private InputFiles() {}

  /**
   * The files, in reading order.
   *
   * @throws IllegalArgumentException if a path does not exist
   */
  static List<String> list(List<String> paths, HadoopFiles hadoop) {
    List<String> files = new ArrayList<>();
    Set<Path> visited = new HashSet<>();
    for (String p : paths) {
      if (HadoopFiles.isUri(p)) {
        hadoop.list(p, files);
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        walk(path, files, visited);
      } else if (Files.exists(path)) {
        files.add(p);
      } else {
        throw new IllegalArgumentException("no such file or directory: " + p);
      }
    }
    return files;
  }

  private static void walk(Path dir, List<String> files, Set<Path> visited) {
    List<Path> entries;
    try {
      if (!visited.add(dir.toRealPath())) {
        return; // a link back up the tree
      }
      try (Stream<Path> list = Files.list(dir)) {
        entries =
            new ArrayList<>(
                list.sorted(Comparator.comparing(e -> e.getFileName().toString())).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        walk(entry, files, visited);
      } else if (Files.isRegularFile(entry) && Ingestor.readsInFolder(name)) {
        files.add(entry.toString());
      }
    }
  }
}
