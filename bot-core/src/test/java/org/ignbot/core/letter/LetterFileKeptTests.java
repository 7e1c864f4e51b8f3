package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.ignbot.core.letter.LetterFiles.Format;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.junit.jupiter.api.Test;

/** The file a letter came in is kept with it, so that delegates can download it as sent. */
class LetterFileKeptTests {
  private final InMemoryScheduleRepository store = new InMemoryScheduleRepository(Schedule.empty());
  private final LetterImport letters =
      new LetterImport(
          new LetterReader(),
          new SchedulePublisher(store, changes -> {}),
          Clock.fixed(Instant.parse("2024-11-18T17:00:00Z"), ZoneOffset.UTC));

  @Test
  void anImportedPdfIsKeptAsTheFileThatWasSent() {
    byte[] pdf = LetterFiles.as(Format.PDF, LetterFiles.text("seed-79-first-plenary.txt"));

    ImportPreview preview = letters.preview("IGN letter.pdf", pdf);
    letters.publish(preview);

    assertThat(store.letter(preview.source().id()).orElseThrow().file())
        .hasValueSatisfying(file -> assertThat(file.content()).isEqualTo(pdf));
  }

  @Test
  void aPastedLetterHasNoFile() {
    ImportPreview preview =
        letters.previewText(LetterFiles.text("seed-79-first-plenary.txt"), "pasted");

    assertThat(preview.letter().file()).isEmpty();
  }
}
