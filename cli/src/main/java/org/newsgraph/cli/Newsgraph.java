package org.newsgraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command. Exit status: 0 success, 1 failure of the work, 2 bad usage. */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    version = "newsgraph 0.1.0",
    description = "Turns news articles into traceable event data: actors, quotes, times, places, events.",
    subcommands = {
      DemoCommand.class, IngestCommand.class, AnnotateCommand.class, ServeCommand.class, ExportCommand.class,
      EvalCommand.class,
      BenchCommand.class, CommandLine.HelpCommand.class
    })
public final class Newsgraph implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status instead of exiting (for tests). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Newsgraph());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println("newsgraph " + commandLine.getCommandName() + ": " + oneLine(e));
      err.flush();
      return e instanceof IllegalArgumentException ? 2 : 1;
    });
    cli.setParameterExceptionHandler((e, args1) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("newsgraph: " + e.getMessage() + " (try: newsgraph " + e.getCommandLine().getCommandName()
          + " --help)");
      err.flush();
      return 2;
    });
    return cli.execute(args);
  }

  static String oneLine(Throwable e) {
    StringBuilder sb = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    Throwable cause = e.getCause();
    while (cause != null && cause != e) {
      if (cause.getMessage() != null && !sb.toString().contains(cause.getMessage())) {
        sb.append(": ").append(cause.getMessage());
      }
      e = cause;
      cause = cause.getCause();
    }
    return sb.toString().replaceAll("\\s*\\R\\s*", " ");
  }
}
