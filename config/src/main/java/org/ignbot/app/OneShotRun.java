package org.ignbot.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ignbot.core.calendar.CalendarFor;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.shell.AttachmentFolder;
import org.ignbot.shell.OneShot;

/**
 * One-shot runs ({@code ask}, {@code ics}, {@code import}) without a Spring application context:
 * the settings read and the objects made by {@link OneShotWiring}, the answer printed, a failure
 * told in one line ({@link FailureLine}).
 */
final class OneShotRun {
  private OneShotRun() {}

  /** Runs a one-shot from the command line; returns the exit status. */
  static int main(LaunchOptions options) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    return run(options, out, err);
  }

  /** Reads the settings, wires, answers and closes; a failure is one line on {@code err}. */
  static int run(LaunchOptions options, PrintStream out, PrintStream err) {
    return run(options, AttachmentFolder.current(), out, err);
  }

  /**
   * As {@link #run(LaunchOptions, PrintStream, PrintStream)}, saving attached files in {@code
   * files}.
   */
  static int run(LaunchOptions options, AttachmentFolder files, PrintStream out, PrintStream err) {
    try {
      BotSettings settings = BotSettings.read(options.springArguments());
      settings.startLogging();
      try (OneShotWiring run = OneShotWiring.wire(settings)) {
        return answer(options, run.engine, run.renderer, run.letters, files, out, err);
      }
    } catch (RuntimeException e) {
      err.println(FailureLine.of(e));
      return 1;
    }
  }

  /**
   * The one-shot modes' answers, whoever wired the engine: the bot's context or this class; files
   * an answer attaches (an {@code ask ics} invite) are saved in {@code files}.
   */
  static int answer(
      LaunchOptions options,
      CommandEngine engine,
      TextRenderer renderer,
      LetterImport letters,
      AttachmentFolder files,
      PrintStream out,
      PrintStream err) {
    OneShot oneShot = new OneShot(engine, renderer, files);
    return switch (options.mode()) {
      case ASK -> oneShot.ask(options.command(), out, err);
      case ICS ->
          oneShot.printFile(
              engine.perform(Asker.terminalOperator(), CalendarFor.class, options.calendar()::of),
              out,
              err);
      case IMPORT -> new LetterImportRun(letters, renderer).run(options.letter(), out, err);
      default -> throw new IllegalArgumentException(options.mode() + " is not a one-shot");
    };
  }
}
