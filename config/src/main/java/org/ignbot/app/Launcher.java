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
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.shell.OneShot;
import org.ignbot.shell.TerminalChat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * Runs what the command line asked for once the application is ready. Without launch options (in
 * tests) it does nothing.
 */
@Component
class Launcher implements ApplicationRunner, ExitCodeGenerator {
  private final ObjectProvider<LaunchOptions> options;
  private final CommandEngine engine;
  private final TextRenderer renderer;
  private volatile int exitCode;

  Launcher(ObjectProvider<LaunchOptions> options, CommandEngine engine, TextRenderer renderer) {
    this.options = options;
    this.engine = engine;
    this.renderer = renderer;
  }

  @Override
  public void run(ApplicationArguments args) {
    LaunchOptions launch = options.getIfAvailable();
    if (launch == null) {
      return;
    }
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    switch (launch.mode()) {
      case ASK -> {
        PrintStream err =
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        exitCode = new OneShot(engine, renderer).ask(launch.command(), out, err);
      }
      case ICS -> {
        PrintStream err =
            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        exitCode = new OneShot(engine, renderer).printFile("ics " + launch.command(), out, err);
      }
      case CHAT -> chat(out);
      case USAGE -> out.println(launch.usage());
    }
  }

  private void chat(PrintStream out) {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try {
      new TerminalChat(engine, renderer, Asker.terminalOperator())
          .run(in, out, System.console() != null);
    } catch (IOException e) {
      throw new UncheckedIOException("The terminal closed", e);
    }
  }

  /** Whether the process ends once {@link #run} returns: true for every mode so far. */
  boolean exitWhenDone() {
    return options.getIfAvailable() != null;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
