package org.ignbot.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The terminal chat at a real terminal, through JLine: history and line editing, and a reminder or
 * notice printed above the prompt, which is then drawn again with what was being typed.
 */
public final class JLineChat {
  private JLineChat() {}

  /** Chats at the process's own terminal until {@code quit} or Ctrl-D. */
  public static void run(TerminalChat chat, ShellMessenger messenger) throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      run(chat, messenger, terminal);
    }
  }

  /** Chats on {@code terminal}; reminders go above its prompt meanwhile. */
  static void run(TerminalChat chat, ShellMessenger messenger, Terminal terminal)
      throws IOException {
    LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("ign").build();
    PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
    messenger.printAbove(reader::printAbove);
    try {
      chat.run(
          prompt -> {
            try {
              return reader.readLine(prompt == null ? "" : prompt);
            } catch (UserInterruptException e) {
              return ""; // Ctrl-C drops the line being typed, as in a shell.
            } catch (EndOfFileException e) {
              return null;
            }
          },
          out,
          true);
    } finally {
      messenger.printAbove(null);
    }
  }
}
