package dev.digest.cli;

import dev.digest.parse.DigestInputException;
import dev.digest.write.Suggestions;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code digest} command. {@link #main} only exits with what {@link #run} returns; tests call
 * {@code run} with their own streams.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    String training = System.getProperty(TrainingRun.PROPERTY);
    if (training != null && args.length == 1) {
      System.exit(TrainingRun.run(args[0], Paths.get(training)));
    }
    ProcessExit.own();
    PrintWriter err = new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8)));
    int code = run(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out), err, args);
    err.flush();
    ProcessExit.exit(code);
  }

  /**
   * Runs one command line. Data goes to {@code stdout}; warnings, errors and help for a mistaken
   * command go to {@code err}. Never throws; never closes the streams.
   */
  public static int run(InputStream stdin, OutputStream stdout, PrintWriter err, String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    try {
      ParsedArgs quick = QuickArgs.parse(args, CommandModel.COMMANDS);
      if (quick != null) {
        return CommandModel.command(quick.command()).run(quick, stdin, stdout, err);
      }
      PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
      CommandLine cl = new CommandModel().commandLine();
      cl.setOut(out);
      cl.setErr(err);
      ParseResult parsed;
      try {
        parsed = cl.parseArgs(args);
      } catch (ParameterException e) {
        return usageError(e, err);
      }
      if (CommandLine.printHelpIfRequested(parsed)) {
        out.flush();
        return ExitCode.OK;
      }
      ParseResult sub = parsed.subcommand();
      if (sub == null) {
        err.println("digest: error: name a command");
        cl.usage(err);
        return ExitCode.USAGE;
      }
      Command command = CommandModel.command(sub.commandSpec().name());
      return command.run(CommandModel.toParsedArgs(command, sub), stdin, stdout, err);
    } catch (UsageException e) {
      err.println("digest: error: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (RunStopped e) {
      return ExitCode.INPUT_OUTPUT; // the process exits with the signal's status, not this
    } catch (OutputFailure e) {
      if (e.isClosedPipe()) {
        return ExitCode.OK;
      }
      err.println("digest: error: cannot write " + e.destination() + ": " + e.getMessage() + "; check the disk and the destination");
      trace(debug, e, err);
      return ExitCode.INPUT_OUTPUT;
    } catch (DigestInputException e) {
      err.println(located(e));
      trace(debug, e, err);
      return ExitCode.INPUT_OUTPUT;
    } catch (RunFailure | java.io.IOException e) {
      err.println("digest: error: " + e.getMessage());
      trace(debug, e, err);
      return ExitCode.INPUT_OUTPUT;
    } catch (UncheckedIOException e) {
      err.println("digest: error: " + e.getCause().getMessage());
      trace(debug, e, err);
      return ExitCode.INPUT_OUTPUT;
    } catch (OutOfMemoryError e) {
      // Keys taken (and titles seen, for --dedupe and stats) are the one memory that grows with the input.
      err.println(
          "digest: error: out of memory: a run remembers the key of every distinct title (about 16 bytes each); "
              + "give Java more with JAVA_OPTS=-Xmx1g, or split the input");
      trace(debug, e, err);
      return ExitCode.INPUT_OUTPUT;
    } catch (RuntimeException | StackOverflowError e) {
      err.println("digest: internal error: " + e + "; run again with --debug and report the output");
      trace(debug, e, err);
      return ExitCode.INPUT_OUTPUT;
    } finally {
      err.flush();
    }
  }

  /** {@code FILE:LINE: error: PROBLEM; HINT}, the form editors jump to. */
  static String located(DigestInputException e) {
    String where = e.line() > 0 ? e.source() + ":" + e.line() : e.source();
    return where + ": error: " + e.problem() + (e.hint() == null ? "" : "; " + e.hint());
  }

  private static int usageError(ParameterException e, PrintWriter err) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    String message = e.getMessage();
    if (e instanceof UnmatchedArgumentException) {
      List<String> unmatched = ((UnmatchedArgumentException) e).getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      if (first.startsWith("-")) {
        String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        message = "unknown option '" + name + "'" + Suggestions.didYouMean(name, optionNames(spec));
      } else if (!spec.subcommands().isEmpty()) {
        message = "unknown command '" + first + "'" + Suggestions.didYouMean(first, spec.subcommands().keySet());
      } else {
        message = "unexpected argument '" + first + "'";
      }
    }
    err.println("digest: error: " + message);
    err.println("Try '" + spec.qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE;
  }

  private static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      names.addAll(Arrays.asList(o.names()));
    }
    return names;
  }

  private static void trace(boolean debug, Throwable t, PrintWriter err) {
    if (debug) {
      StringWriter s = new StringWriter();
      t.printStackTrace(new PrintWriter(s));
      err.print(s);
    }
  }
}
