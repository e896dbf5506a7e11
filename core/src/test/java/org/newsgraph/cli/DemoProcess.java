package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code newsgraph demo --corpus DIR --data DIR --port 0} in a JVM of its own (this test JVM's
 * classpath), its output in a log file. {@link #close()} always ends it: SIGTERM, then forcibly; a
 * shutdown hook does the same should the test JVM itself be stopped first.
 */
public final class DemoProcess implements AutoCloseable {

  private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)\\n");

  private final Process process;
  private final Path log;
  private final Thread hook;

  private DemoProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
    this.hook = new Thread(process::destroyForcibly, "demo-process-killer");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Starts the demo over {@code corpus} into {@code data}, on a free port of 127.0.0.1. */
  public static DemoProcess start(Path corpus, Path data, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "demo",
                "--corpus",
                corpus.toString(),
                "--data",
                data.toString(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return new DemoProcess(process, log);
  }

  /**
   * Waits until the demo prints the URL it serves at.
   *
   * @return the URL, ending in a slash
   * @throws AssertionError when the demo ends or the time runs out first (with its output)
   */
  public String awaitUrl(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (process.isAlive() && System.nanoTime() < deadline) {
      Matcher url = SERVING.matcher(log());
      if (url.find()) {
        return url.group(1);
      }
      Thread.sleep(100);
    }
    Matcher url = SERVING.matcher(log());
    if (url.find()) {
      return url.group(1);
    }
    throw new AssertionError(
        (process.isAlive()
                ? "the demo did not serve within " + timeout
                : "the demo ended with " + process.exitValue() + " before serving")
            + "; its output:\n"
            + log());
  }

  /** What the demo has printed so far. */
  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * SIGTERM, as Ctrl-C: the store closes cleanly.
   *
   * @return whether the demo ended within the time
   */
  public boolean stop(Duration timeout) throws InterruptedException {
    process.destroy();
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Ends the demo if it still runs: SIGTERM, 30 seconds' grace, then forcibly. */
  @Override
  public void close() throws InterruptedException {
    try {
      if (process.isAlive() && !stop(Duration.ofSeconds(30))) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } finally {
      process.destroyForcibly();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook runs anyway.
      }
    }
  }
}
