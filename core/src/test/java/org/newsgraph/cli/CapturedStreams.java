package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Standard output and error captured for each test (commands run in process print there), and the
 * standard streams, input included, put back after it. Register with {@code @RegisterExtension}.
 */
final class CapturedStreams implements BeforeEachCallback, AfterEachCallback {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;
  private InputStream savedIn;

  @Override
  public void beforeEach(ExtensionContext context) {
    savedOut = System.out;
    savedErr = System.err;
    savedIn = System.in;
    out.reset();
    err.reset();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(savedOut);
    System.setErr(savedErr);
    System.setIn(savedIn);
  }

  /** What was printed to standard output since the test began or the last {@link #resetOut}. */
  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What was printed to standard error since the test began or the last {@link #resetErr}. */
  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  void resetOut() {
    out.reset();
  }

  void resetErr() {
    err.reset();
  }
}
