package org.ignbot.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;

/**
 * The chat in the terminal: a prompt when a person is typing, plain answers line by line when
 * commands come from a pipe. {@code quit} (or the end of input) ends it.
 */
public final class TerminalChat {
  private static final Set<String> QUIT = Set.of("quit", "exit", "/ign quit", "bye");

  private final CommandEngine engine;
  private final TextRenderer renderer;
  private final Asker asker;
  private final AttachmentFolder files;

  public TerminalChat(CommandEngine engine, TextRenderer renderer, Asker asker) {
    this(engine, renderer, asker, AttachmentFolder.current());
  }

  /** A chat that saves attached files (an .ics invite) in {@code files}. */
  public TerminalChat(
      CommandEngine engine, TextRenderer renderer, Asker asker, AttachmentFolder files) {
    this.engine = engine;
    this.renderer = renderer;
    this.asker = asker;
    this.files = files;
  }

  /**
   * Talks until {@code quit} or the end of input.
   *
   * @param interactive a person at a terminal: greet them and show a prompt
   */
  public void run(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
    if (interactive) {
      out.println("IGN Bot — the Security Council reform negotiations schedule.");
      out.println("Type `next`, `schedule` or `help` (with or without /ign); `quit` to leave.");
    }
    while (true) {
      if (interactive) {
        out.print("ign> ");
        out.flush();
      }
      String line = in.readLine();
      if (line == null || QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
        break;
      }
      if (line.isBlank() && !interactive) {
        continue;
      }
      Reply reply = engine.handle(asker, line);
      out.println(renderer.render(reply));
      files.save(reply, out);
      out.println();
      out.flush();
    }
    if (interactive) {
      out.println("Goodbye.");
    }
  }
}
