package org.ignbot.core.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ignbot.core.text.InvalidInputException;

/**
 * The text of a letter file: PDF (PDFBox), Word .docx (POI) or plain text. Files that cannot be a
 * letter — too big, a zip bomb, encrypted, scanned without a text layer, some other format — are
 * refused with one line that says what was wrong and what would work.
 */
public final class LetterText {
  /** Letters are a few pages; ten megabytes leaves room for embedded logos and scans. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** Text beyond this many characters is no letter (a 10-page letter is about 40 000). */
  public static final int MAX_CHARS = 400_000;

  private static final int MAX_PAGES = 100;

  static {
    // A .docx is a zip: refuse entries that inflate more than 100 times (zip bombs) or to more
    // than 50 MB, before POI builds anything from them.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
  }

  private LetterText() {}

  /** The text of the file named {@code fileName}, whatever its kind, or one line why not. */
  public static String extract(String fileName, byte[] content) {
    String name = shown(fileName);
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException(
          name
              + " is "
              + content.length / (1024 * 1024)
              + " MB; a letter is at most 10 MB. Send the letter itself as PDF, .docx or text.");
    }
    if (content.length == 0) {
      throw new InvalidInputException(name + " is empty. Send the letter as PDF, .docx or text.");
    }
    String text;
    if (startsWith(content, "%PDF")) {
      text = pdf(name, content);
    } else if (startsWith(content, "PK")) {
      text = docx(name, content);
    } else if (startsWith(content, "\u00d0\u00cf\u0011\u00e0")) {
      throw new InvalidInputException(
          name
              + " is an old Word .doc file or a password-protected .docx; save it as .docx (without"
              + " a password) or PDF and send it again.");
    } else {
      text = plain(name, content);
    }
    if (text.length() > MAX_CHARS) {
      throw new InvalidInputException(
          name + " holds " + text.length() + " characters of text; a letter is far shorter.");
    }
    if (text.isBlank()) {
      throw new InvalidInputException(
          name + " holds no text. Send the letter as PDF, .docx or text.");
    }
    return text;
  }

  private static String pdf(String name, byte[] content) {
    try (PDDocument document = Loader.loadPDF(content)) {
      if (document.getNumberOfPages() > MAX_PAGES) {
        throw new InvalidInputException(
            name + " has " + document.getNumberOfPages() + " pages; a letter has a few.");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(document);
      if (text.isBlank()) {
        throw new InvalidInputException(
            name
                + " has no text layer (a scan?). Send the letter as a PDF with text, a .docx,"
                + " or paste its text after `import`.");
      }
      return text;
    } catch (InvalidPasswordException e) {
      throw new InvalidInputException(
          name + " is an encrypted PDF. Send it without a password, or paste its text.");
    } catch (IOException e) {
      throw new InvalidInputException(
          name + " is not a PDF I can read. Send the letter as PDF, .docx or text.");
    }
  }

  private static String docx(String name, byte[] content) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    } catch (EncryptedDocumentException e) {
      throw new InvalidInputException(
          name + " is password-protected. Send it without a password, or paste its text.");
    } catch (IOException | RuntimeException e) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb") || message.contains("max entry size")) {
        throw new InvalidInputException(
            name + " inflates far beyond its size (a zip bomb?); it was not read.");
      }
      throw new InvalidInputException(
          name + " is not a Word .docx file I can read. Send the letter as PDF, .docx or text.");
    }
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
            .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
            .count();
    if (control > text.length() / 100) {
      throw new InvalidInputException(
          name + " is not a letter: not PDF, Word .docx or text. Send the letter in one of those.");
    }
    return text.startsWith("\ufeff") ? text.substring(1) : text;
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

  private static String shown(String fileName) {
    String name = fileName == null || fileName.isBlank() ? "The file" : fileName.strip();
    return name.length() > 60 ? name.substring(0, 60) + "…" : name;
  }
}
