package org.newsgraph.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.newsgraph.ingest.Ingestor;

/**
 * Inputs named by a URI ({@code hdfs://}, {@code s3a://}, {@code file:} …): listed on the driver
 * with Hadoop's file systems, and on the executors copied to a local temporary file that core's
 * readers then read (they read local files only). The Hadoop settings of the job travel with it, so
 * the executors reach the file systems the driver reaches.
 */
final class HadoopFiles implements Serializable {

  private final HashMap<String, String> settings = new HashMap<>();

  /** The settings of the given configuration (the session's, on the driver). */
  HadoopFiles(Configuration configuration) {
    for (Map.Entry<String, String> entry : configuration) {
      settings.put(entry.getKey(), entry.getValue());
    }
  }

  /** Whether a path is a URI with a scheme (read through Hadoop) rather than a local path. */
  static boolean isUri(String path) {
    int colon = path.indexOf(':');
    // "C:\..." is a Windows drive, not a scheme; schemes are at least two letters.
    return colon > 1 && path.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
  }

  /**
   * Adds the files a URI names to the list, in the order {@code extract} would read them: a folder
   * recursively in name order, hidden entries and unsupported extensions passed over.
   *
   * @throws IllegalArgumentException if nothing exists at the URI
   */
  void list(String uri, List<String> files) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
      FileSystem fs = path.getFileSystem(configuration());
      if (!fs.exists(path)) {
        throw new IllegalArgumentException("no such file or directory: " + uri);
      }
      if (fs.getFileStatus(path).isDirectory()) {
        walk(fs, path, files);
      } else {
        files.add(uri);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + uri, e);
    }
  }

  private static void walk(FileSystem fs, org.apache.hadoop.fs.Path dir, List<String> files)
      throws IOException {
    FileStatus[] entries = fs.listStatus(dir);
    Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus entry : entries) {
      String name = entry.getPath().getName();
      if (name.startsWith(".")) {
        continue;
      }
      if (entry.isDirectory()) {
        walk(fs, entry.getPath(), files);
      } else if (Ingestor.readsInFolder(name)) {
        files.add(entry.getPath().toString());
      }
    }
  }

  /**
   * Copies the file to a new local temporary folder, keeping its name (its extension tells its
   * format); the caller deletes the folder.
   */
  Path copyToLocal(String uri) throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
    Path folder = Files.createTempDirectory("newsgraph-input");
    Path local = folder.resolve(path.getName().isEmpty() ? "input" : path.getName());
    FileSystem fs = path.getFileSystem(configuration());
    try (var in = fs.open(path)) {
      Files.copy(in, local);
    }
    return local;
  }

  private Configuration configuration() {
    Configuration configuration = new Configuration(false);
    settings.forEach(configuration::set);
    return configuration;
  }
}
