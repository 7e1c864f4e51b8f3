package org.ignbot.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.admin.ImportLetter;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;

/**
 * The chat in the terminal: a prompt when a person is typing, plain answers line by line when
 * commands come from a pipe. {@code quit} (or the end of input) ends it. {@code import <path>}
 * reads a letter's file; {@code import} alone takes a pasted letter up to a line holding a single
 * {@code .}, and no line of the paste runs as a command.
 */
public final class TerminalChat {
  private static final Set<String> QUIT = Set.of("quit", "exit", "/ign quit", "bye");
  private static final Pattern IMPORT = Pattern.compile("(?i)(?:/ign\\s+)?import(?:\\s+(.*))?");
  private static final Pattern LOOKS_LIKE_A_FILE =
      Pattern.compile("(?i)\\S*([/\\\\]\\S*|\\.(txt|pdf|docx?|md))");
  private static final String END_OF_PASTE = ".";
  private static final String PROMPT = "ign> ";
  private static final String PASTE_PROMPT = "... ";

  /** Where the chat's lines come from: a reader for pipes and tests, JLine at a terminal. */
  public interface Lines {
    /** The next line, after showing {@code prompt} when it is not null; null at the end. */
    String readLine(String prompt) throws IOException;
  }

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
    run(
        prompt -> {
          if (prompt != null) {
            out.print(prompt);
            out.flush();
          }
          return in.readLine();
        },
        out,
        interactive);
  }

  /** Talks until {@code quit} or the end of {@code in}; prompts only when {@code interactive}. */
  public void run(Lines in, PrintStream out, boolean interactive) throws IOException {
    if (interactive) {
      out.println("IGN Bot — the Security Council reform negotiations schedule.");
      out.println("Type `next`, `schedule` or `help` (with or without /ign); `quit` to leave.");
    }
    Deque<String> pending = new ArrayDeque<>();
    Lines lines = prompt -> next(in, pending, interactive ? prompt : null);
    while (true) {
      String line = lines.readLine(PROMPT);
      if (line == null || QUIT.contains(line.strip().toLowerCase(Locale.ROOT))) {
        break;
      }
      if (line.isBlank() && !interactive) {
        continue;
      }
      Reply reply = answer(line, lines, out, interactive);
      out.println(renderer.render(reply));
      files.save(reply, out);
      out.println();
      out.flush();
    }
    if (interactive) {
      out.println("Goodbye.");
    }
  }

  /** One line at a time, even when a paste brings several at once. */
  private static String next(Lines in, Deque<String> pending, String prompt) throws IOException {
    if (pending.isEmpty()) {
      String read = in.readLine(prompt);
      if (read == null) {
        return null;
      }
      pending.addAll(List.of(read.split("\\r?\\n", -1)));
    }
    return pending.poll();
  }

  private Reply answer(String line, Lines lines, PrintStream out, boolean interactive)
      throws IOException {
    Matcher command = IMPORT.matcher(line.strip());
    if (!command.matches()) {
      return engine.handle(asker, line);
    }
    String argument = command.group(1) == null ? "" : command.group(1).strip();
    if (argument.isEmpty()) {
      return pasted(lines, out, interactive);
    }
    Path file = path(argument);
    if (file != null && Files.isRegularFile(file)) {
      byte[] content = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      Attachment letter = new Attachment(name, mediaType(name), content);
      return engine.perform(
          asker, ImportLetter.class, (letters, call) -> letters.importFile(call, letter));
    }
    if (LOOKS_LIKE_A_FILE.matcher(argument).matches()) {
      return Reply.error(
          "There is no file at "
              + argument
              + ". Give the letter's path, or type `import` alone, paste the letter and end with a"
              + " line holding a single `.`.");
    }
    return engine.handle(asker, line);
  }

  /** The letter pasted after {@code import}, up to a line holding a single dot. */
  private Reply pasted(Lines lines, PrintStream out, boolean interactive) throws IOException {
    if (interactive) {
      out.println("Paste the letter, then a line with a single `.` to end it.");
    }
    List<String> letter = new ArrayList<>();
    while (true) {
      String line = lines.readLine(PASTE_PROMPT);
      if (line == null) {
        return Reply.error(
            "The letter ended without a line holding a single `.`, so nothing was read; type"
                + " `import`, paste the letter, then a line with a single `.`.");
      }
      if (line.strip().equals(END_OF_PASTE)) {
        break;
      }
      letter.add(line);
    }
    if (letter.stream().allMatch(String::isBlank)) {
      return Reply.error("Nothing was pasted: type `import`, paste the letter, then a single `.`.");
    }
    String text = String.join("\n", letter);
    return engine.perform(
        asker, ImportLetter.class, (letters, call) -> letters.importText(call, text));
  }

  private static Path path(String text) {
    try {
      String unquoted = text.replaceAll("^[\"']|[\"']$", "");
      return Path.of(
          unquoted.startsWith("~/")
              ? System.getProperty("user.home") + unquoted.substring(1)
              : unquoted);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String mediaType(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (lower.endsWith(".docx")) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    return "text/plain";
  }
}
