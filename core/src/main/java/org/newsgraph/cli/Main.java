package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Entry point of the {@code newsgraph} command. The one place where failures become exit codes: 0
 * all documents processed, 1 some had problems, 2 usage error, 3 nothing could be processed.
 *
 * <p>Users see one-line errors, never stack traces; {@code NEWSGRAPH_DEBUG=1} adds the trace.
 */
public final class Main {
  static final int OK = 0;
  static final int SOME_PROBLEMS = 1;
  static final int USAGE = 2;
  static final int NOTHING_PROCESSED = 3;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code, without exiting (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new NewsgraphCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (System.getenv("NEWSGRAPH_DEBUG") != null) {
            e.printStackTrace();
          }
          if (e instanceof IllegalArgumentException) {
            commandLine.getErr().println("newsgraph: " + e.getMessage());
            return USAGE;
          }
          String what =
              e instanceof IOException || e instanceof UncheckedIOException
                  ? "input/output error"
                  : "internal error";
          commandLine.getErr().println("newsgraph: " + what + ": " + e.getMessage());
          return NOTHING_PROCESSED;
        });
    return cli.execute(args);
  }
}
