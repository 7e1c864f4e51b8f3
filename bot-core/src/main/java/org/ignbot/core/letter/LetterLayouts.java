package org.ignbot.core.letter;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.ignbot.core.letter.LetterLayout.Block;
import org.ignbot.core.text.InvalidInputException;

/**
 * Stage 1 of reading a letter: a file (PDF, Word .docx, text) or pasted text laid out as paragraphs
 * and tables ({@link LetterLayout}). Every letter is read within a budget — its size, what its
 * parts inflate to, its characters and its time — and a file over one is refused with one line
 * naming the limit, as is a file that is no letter (encrypted, scanned, another format).
 */
public final class LetterLayouts {
  /** Letters are a few pages; ten megabytes leaves room for embedded logos and scans. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** Text beyond this many characters is no letter (a 10-page letter is about 40 000). */
  public static final int MAX_CHARS = 400_000;

  /** The time one letter may take to lay out; a letter takes well under a second. */
  public static final Duration MAX_TIME = Duration.ofSeconds(10);

  private static final String PASTED = "the pasted letter";

  private LetterLayouts() {}

  /** The layout of the file named {@code fileName}, whatever its kind, or one line why not. */
  public static LetterLayout read(String fileName, byte[] content) {
    return read(fileName, content, MAX_TIME);
  }

  static LetterLayout read(String fileName, byte[] content, Duration time) {
    String name = shown(fileName);
    if (content.length > MAX_BYTES) {
      throw tooBig(name, content.length);
    }
    if (content.length == 0) {
      throw new InvalidInputException(name + " is empty. Send the letter as PDF, .docx or text.");
    }
    LayoutBudget budget = new LayoutBudget(name, time, MAX_CHARS);
    List<Block> blocks;
    if (startsWith(content, "%PDF")) {
      blocks = PdfLayout.blocks(content, budget);
    } else if (startsWith(content, "PK")) {
      blocks = DocxLayout.blocks(content, budget);
    } else if (startsWith(content, "\u00d0\u00cf\u0011\u00e0")) {
      throw new InvalidInputException(
          name
              + " is an old Word .doc file or a password-protected .docx; save it as .docx (without"
              + " a password) or PDF and send it again.");
    } else {
      blocks = text(plain(name, content), budget);
    }
    budget.checkTime();
    if (blocks.isEmpty()) {
      throw new InvalidInputException(
          name + " holds no text. Send the letter as PDF, .docx or text.");
    }
    return new LetterLayout(name, blocks);
  }

  /** The layout of pasted text; {@code name} is used in messages. */
  public static LetterLayout ofText(String text, String name) {
    String shown = name == null || name.isBlank() ? PASTED : name.strip();
    LayoutBudget budget = new LayoutBudget(shown, MAX_TIME, MAX_CHARS);
    List<Block> blocks = text(text, budget);
    if (blocks.isEmpty()) {
      throw new InvalidInputException(
          "There is no letter text to read. Paste the letter's text after `import`.");
    }
    return new LetterLayout(shown, blocks);
  }

  /**
   * The one-line refusal of a file of {@code bytes} bytes, over {@link #MAX_BYTES}: callers that
   * see a file's size before reading it (a path, an upload) say it without loading the file.
   */
  public static InvalidInputException tooBig(String fileName, long bytes) {
    return new InvalidInputException(
        shown(fileName)
            + " is "
            + megabytes(bytes)
            + "; a letter is at most "
            + MAX_BYTES / (1024 * 1024)
            + " MB. Send the letter itself as PDF, .docx or text.");
  }

  private static String megabytes(long bytes) {
    if (bytes % (1024 * 1024) == 0 || bytes >= 100L * 1024 * 1024) {
      return bytes / (1024 * 1024) + " MB";
    }
    String shown = String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024));
    // Just over the limit must not read as the limit itself ("10.0 MB; at most 10 MB").
    return shown.endsWith(".0")
        ? "just over " + shown.substring(0, shown.length() - 2) + " MB"
        : shown + " MB";
  }

  private static List<Block> text(String text, LayoutBudget budget) {
    if (text.length() > MAX_CHARS) {
      throw new InvalidInputException(
          budget.name()
              + " holds "
              + text.length()
              + " characters of text; a letter is far shorter.");
    }
    return TextLayout.blocks(LayoutText.clean(text));
  }

  private static String plain(String name, byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(content, StandardCharsets.ISO_8859_1);
    }
    long control =
        text.chars()
            .filter(c -> Character.isISOControl(c) && "\n\r\t\u000b\f\u0085".indexOf(c) < 0)
            .count();
    if (control > text.length() / 100) {
      throw new InvalidInputException(
          name + " is not a letter: not PDF, Word .docx or text. Send the letter in one of those.");
    }
    return text;
  }

  private static boolean startsWith(byte[] content, String magic) {
    if (content.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if ((content[i] & 0xff) != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static String shown(String fileName) {
    String name = fileName == null || fileName.isBlank() ? "The file" : fileName.strip();
    name = LayoutText.clean(name).replace('\n', ' ').replace('\t', ' ');
    return name.length() > 60 ? name.substring(0, 60) + "…" : name;
  }
}
