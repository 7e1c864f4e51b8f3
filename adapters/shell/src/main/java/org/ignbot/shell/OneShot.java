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
  private final AttachmentFolder files;

  public OneShot(CommandEngine engine, TextRenderer renderer) {
    this(engine, renderer, AttachmentFolder.current());
  }

  /** One-shot answers that save attached files (an .ics invite) in {@code files}. */
  public OneShot(CommandEngine engine, TextRenderer renderer, AttachmentFolder files) {
    this.engine = engine;
    this.renderer = renderer;
    this.files = files;
  }

  /** Answers one command; returns the process exit status (0, or 1 for an error answer). */
  public int ask(String command, PrintStream out, PrintStream err) {
    Reply reply = engine.handle(Asker.terminalOperator(), command);
    (reply.isError() ? err : out).println(renderer.render(reply));
    files.save(reply, out);
    return reply.isError() ? ERROR_STATUS : 0;
  }

  /**
   * Prints an answer that carries a file (the calendar of {@code ics --all > ign.ics}) as the file
   * itself, and nothing else, on {@code out}; an error answer, or one without a file, goes to
   * {@code err}. Returns the exit status.
   */
  public int printFile(Reply reply, PrintStream out, PrintStream err) {
    if (reply.isError() || reply.attachments().isEmpty()) {
      err.println(renderer.render(reply));
      return ERROR_STATUS;
    }
    byte[] content = reply.attachments().get(0).content();
    out.write(content, 0, content.length);
    out.flush();
    return 0;
  }
}
