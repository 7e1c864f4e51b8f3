package org.ignbot.core.letter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.schedule.StoredLetter;
import org.ignbot.core.text.InvalidInputException;

/**
 * Use case: import a Co-Chairs' letter. {@link #preview} reads it and works out what it would add,
 * change and cancel, writing nothing; {@link #publish} publishes a preview, all of it or nothing.
 * The chat's {@code import} and the command line's {@code import} both come here.
 */
public final class LetterImport {
  private final LetterReader reader;
  private final SchedulePublisher publisher;
  private final Clock clock;

  public LetterImport(LetterReader reader, SchedulePublisher publisher, Clock clock) {
    this.reader = Objects.requireNonNull(reader);
    this.publisher = Objects.requireNonNull(publisher);
    this.clock = Objects.requireNonNull(clock);
  }

  /** Reads a letter file (PDF, .docx or text) and previews it against the current schedule. */
  public ImportPreview preview(String fileName, byte[] content) {
    ImportPreview preview = preview(LetterLayouts.read(fileName, content));
    // The file is kept too, so that the schedule page offers the letter as it was sent.
    return preview.withLetter(preview.letter().withFile(content));
  }

  /** Previews a letter's text (pasted, or extracted from a file called {@code name}). */
  public ImportPreview previewText(String text, String name) {
    if (text.length() > LetterText.MAX_CHARS) {
      throw new InvalidInputException(
          "That letter is " + text.length() + " characters long; a letter is far shorter.");
    }
    return preview(LetterLayouts.ofText(text, name));
  }

  private ImportPreview preview(LetterLayout layout) {
    LetterReading reading = reader.read(layout);
    Instant now = clock.instant();
    Schedule basis = publisher.store().current();
    ScheduleMerge merge = new ScheduleMerge(basis, reading.source(), now);
    reading.meetings().forEach(merge::apply);
    List<String> warnings = new ArrayList<>(reading.warnings());
    warnings.addAll(merge.warnings());
    StoredLetter letter =
        new StoredLetter(
            reading.source().id(),
            layout.name(),
            reading.sha256(),
            LetterReader.normalise(layout.text()),
            now);
    return new ImportPreview(
        letter,
        reading.source(),
        basis,
        merge.next(),
        merge.changes(),
        merge.unchanged(),
        warnings);
  }

  /**
   * Publishes the preview. False, writing nothing, when the schedule changed since the preview was
   * made: preview the letter again.
   */
  public boolean publish(ImportPreview preview) {
    return publisher.publish(preview.publication());
  }
}
