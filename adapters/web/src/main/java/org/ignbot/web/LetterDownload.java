package org.ignbot.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
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
 * {@code /letters/<source id>}: the letter a meeting comes from, as imported. A letter never
 * changes once kept (a new letter has a new id), so it is cached for a day.
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
    return ResponseEntity.ok()
        .contentType(PLAIN)
        .eTag("\"" + letter.sha256() + "\"")
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(textFileName(letter.fileName()), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(letter.text().getBytes(StandardCharsets.UTF_8));
  }

  /** "letter.pdf" gives "letter.pdf.txt": the text of it, and plainly so. */
  static String textFileName(String fileName) {
    String base = fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
    if (base.isEmpty()) {
      base = "letter";
    }
    return base.toLowerCase(Locale.ROOT).endsWith(".txt") ? base : base + ".txt";
  }
}
