package org.ignbot.shell;

import java.io.PrintStream;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;

/** {@code ask "<command>"}: one answer on standard output, for scripts. */
public final class OneShot {
  /** The exit status when the answer is an error: the command could not be answered. */
  public static final int ERROR_STATUS = 1;

  private final CommandEngine engine;
  private final TextRenderer renderer;

  public OneShot(CommandEngine engine, TextRenderer renderer) {
    this.engine = engine;
    this.renderer = renderer;
  }

  /** Answers one command; returns the process exit status (0, or 1 for an error answer). */
  public int ask(String command, PrintStream out, PrintStream err) {
    Reply reply = engine.handle(Asker.terminalOperator(), command);
    (reply.isError() ? err : out).println(renderer.render(reply));
    return reply.isError() ? ERROR_STATUS : 0;
  }
}
