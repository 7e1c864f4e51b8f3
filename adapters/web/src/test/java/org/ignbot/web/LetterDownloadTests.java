package org.ignbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.StoredLetter;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class LetterDownloadTests {

  @Test
  void aPastedLetterDownloadsAsItsTextUnderATextFileName() {
    InMemoryScheduleRepository store = new InMemoryScheduleRepository(Schedule.empty());
    store.publish(
        new Publication(
            store.current(),
            Schedule.empty(),
            List.of(),
            Optional.of(
                new StoredLetter(
                    "letter-pasted",
                    "pasted/letter",
                    "0".repeat(64),
                    "Excellency,",
                    Instant.parse("2024-11-18T17:00:00Z")))));

    ResponseEntity<?> answer = new LetterDownload(store).letter("letter-pasted");

    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    assertThat(new String((byte[]) answer.getBody(), StandardCharsets.UTF_8))
        .isEqualTo("Excellency,");
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/plain");
    assertThat(answer.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("pasted_letter.txt");
  }
}
