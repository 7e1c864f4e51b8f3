package org.ignbot.core.command.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ignbot.core.letter.ImportPreview;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.user.UserKey;

/**
 * A preview waiting for {@code confirm}, as kept between instances: the letter as the admin gave it
 * (a file's bytes, or the pasted text), and the changes they were shown. {@code confirm} reads the
 * letter again and publishes only if it still makes exactly those changes.
 *
 * @param pasted whether {@code content} is pasted text (UTF-8) rather than a file
 * @param changes the preview's changes, one line each, as the admin saw them
 */
public record PendingImport(
    UserKey admin,
    String fileName,
    byte[] content,
    boolean pasted,
    String citation,
    List<String> changes,
    Instant expires) {
  /** How long a preview waits for {@code confirm}. */
  public static final Duration LIFETIME = Duration.ofHours(24);

  public PendingImport {
    Objects.requireNonNull(admin);
    Objects.requireNonNull(fileName);
    Objects.requireNonNull(citation);
    Objects.requireNonNull(expires);
    content = content.clone();
    changes = List.copyOf(changes);
  }

  static PendingImport of(
      UserKey admin,
      String fileName,
      byte[] content,
      boolean pasted,
      ImportPreview preview,
      Instant now) {
    return new PendingImport(
        admin,
        fileName,
        content,
        pasted,
        preview.source().citation(),
        changesOf(preview),
        now.plus(LIFETIME));
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The letter previewed again, against the schedule as it is now. */
  ImportPreview previewAgain(LetterImport letters) {
    return pasted
        ? letters.previewText(
            new String(content, java.nio.charset.StandardCharsets.UTF_8), fileName)
        : letters.preview(fileName, content);
  }

  static List<String> changesOf(ImportPreview preview) {
    return preview.changes().stream().map(PreviewReply::line).toList();
  }
}
