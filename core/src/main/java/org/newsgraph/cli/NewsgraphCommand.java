package org.newsgraph.cli;

import picocli.CommandLine.Command;

/** The top-level command; every verb is a subcommand. */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    version = "newsgraph 0.1.0",
    description =
        "Who said what, who did what to whom, where and when: records from news articles.",
    subcommands = {
      ExtractCommand.class,
      IngestCommand.class,
      ExportCommand.class,
      DemoCommand.class,
      QueryCommands.Search.class,
      QueryCommands.Quotes.class,
      QueryCommands.Events.class,
      QueryCommands.Entities.class,
      QueryCommands.Stories.class,
      ServeCommand.class,
      EvalCommand.class,
      BenchCommand.class
    })
final class NewsgraphCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
