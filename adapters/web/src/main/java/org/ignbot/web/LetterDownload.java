package org.ignbot.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.ignbot.core.schedule.LetterFile;
import org.ignbot.core.schedule.ScheduleStore;
import org.ignbot.core.schedule.StoredLetter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /letters/<source id>}: the letter a meeting comes from, as the file the Co-Chairs sent
 * when the import kept it, else as the text the bot read (a pasted letter). A letter never changes
 * once kept (a new letter has a new id), so it is cached for a day.
 */
@RestController
public final class LetterDownload {
  private static final MediaType PLAIN = new MediaType("text", "plain", StandardCharsets.UTF_8);

  private final ScheduleStore store;

  public LetterDownload(ScheduleStore store) {
    this.store = store;
  }

  /** The path of a letter's download. */
  static String path(String sourceId) {
    return "/letters/" + sourceId;
  }

  @GetMapping("/letters/{sourceId}")
  public ResponseEntity<?> letter(@PathVariable String sourceId) {
    return store
        .letter(sourceId)
        .<ResponseEntity<?>>map(LetterDownload::file)
        .orElseGet(
            () ->
                ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(PLAIN)
                    .body(
                        "No letter is kept under \""
                            + CalendarController.shorten(sourceId)
                            + "\". The schedule page at / links each meeting's letter.\n"));
  }

  private static ResponseEntity<byte[]> file(StoredLetter letter) {
    boolean original = letter.file().isPresent();
    String name = original ? safeName(letter.fileName()) : textFileName(letter.fileName());
    return ResponseEntity.ok()
        .contentType(original ? mediaType(name) : PLAIN)
        .eTag("\"" + letter.sha256() + (original ? "" : "-text") + "\"")
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        // A PDF or Word file must not be sniffed into something the browser runs.
        .header("X-Content-Type-Options", "nosniff")
        .body(
            letter
                .file()
                .map(LetterFile::content)
                .orElseGet(() -> letter.text().getBytes(StandardCharsets.UTF_8)));
  }

  /** How a letter's file is labelled: "PDF", "Word", "text", for the link on the page. */
  static String kind(StoredLetter letter) {
    if (letter.file().isEmpty()) {
      return "text";
    }
    MediaType type = mediaType(letter.fileName());
    if (type.equals(MediaType.APPLICATION_PDF)) {
      return "PDF";
    }
    return type.getSubtype().contains("word") ? "Word" : "file";
  }

  static MediaType mediaType(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf")) {
      return MediaType.APPLICATION_PDF;
    }
    if (lower.endsWith(".docx")) {
      return MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
    if (lower.endsWith(".txt")) {
      return PLAIN;
    }
    return MediaType.APPLICATION_OCTET_STREAM;
  }

  private static String safeName(String fileName) {
    String base = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
    return base.isEmpty() ? "letter" : base;
  }

  /** "letter.pdf" gives "letter.pdf.txt": the text of it, and plainly so. */
  static String textFileName(String fileName) {
    String base = safeName(fileName);
    return base.toLowerCase(Locale.ROOT).endsWith(".txt") ? base : base + ".txt";
  }
}
