package org.ignbot.app;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.shell.AttachmentFolder;
import org.ignbot.shell.JLineChat;
import org.ignbot.shell.ShellMessenger;
import org.ignbot.shell.TerminalChat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs what the command line asked for: one-shot commands during start-up, the terminal chat after
 * it ({@link #chatAfterReady}). Without launch options (in tests) it does nothing.
 */
@Component
class Launcher implements ApplicationRunner, ExitCodeGenerator {
  private final ObjectProvider<LaunchOptions> options;
  private final CommandEngine engine;
  private final TextRenderer renderer;
  private final LetterImport letters;
  private final ObjectProvider<ShellMessenger> shellMessenger;
  private final boolean terminal;
  private volatile int exitCode;

  Launcher(
      ObjectProvider<LaunchOptions> options,
      CommandEngine engine,
      TextRenderer renderer,
      Environment environment,
      LetterImport letters,
      ObjectProvider<ShellMessenger> shellMessenger) {
    this.options = options;
    this.engine = engine;
    this.renderer = renderer;
    this.terminal = ChatPlatforms.of(environment).terminalChat();
    this.letters = letters;
    this.shellMessenger = shellMessenger;
  }

  @Override
  public void run(ApplicationArguments args) {
    LaunchOptions launch = options.getIfAvailable();
    if (launch == null) {
      return;
    }
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    if (launch.mode().oneShot()) {
      // main() answers one-shots without a context (OneShotRun); a context started with one
      // answers the same way.
      PrintStream err =
          new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
      exitCode =
          OneShotRun.answer(
              launch, engine, renderer, letters, AttachmentFolder.current(), out, err);
    } else if (launch.mode() != LaunchOptions.Mode.CHAT) {
      // USAGE and VERSION; the terminal chat starts after start-up (chatAfterReady).
      out.println(launch.usage());
    }
  }

  /**
   * Runs the terminal chat, when wanted, until {@code quit} or the end of input. Called once the
   * application is ready (after start-up has returned), so that readiness is not held up by it.
   */
  void chatAfterReady() {
    LaunchOptions launch = options.getIfAvailable();
    if (launch != null && launch.mode() == LaunchOptions.Mode.CHAT && terminal) {
      chat(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    }
  }

  private void chat(PrintStream out) {
    TerminalChat chat = new TerminalChat(engine, renderer, Asker.terminalOperator());
    ShellMessenger messenger = shellMessenger.getIfAvailable();
    try {
      if (System.console() != null && messenger != null) {
        // A person at a terminal: JLine's line editing, history and prompt redrawn after reminders.
        JLineChat.run(chat, messenger);
        return;
      }
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      chat.run(in, out, System.console() != null);
    } catch (IOException e) {
      throw new UncheckedIOException("The terminal closed", e);
    }
  }

  /** Whether the process ends once {@link #run} returns: not while it serves chat platforms. */
  boolean exitWhenDone() {
    LaunchOptions launch = options.getIfAvailable();
    return launch != null && (launch.mode() != LaunchOptions.Mode.CHAT || terminal);
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
