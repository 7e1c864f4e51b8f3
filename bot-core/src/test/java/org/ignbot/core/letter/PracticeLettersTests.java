package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ignbot.core.command.admin.PreviewReply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.time.VenueTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The ten practice letters (P01-prose-same-time-and-venue and the others, with their expected.json)
 * read field by field: every meeting's sittings in New York time, venue, clusters and spill-over,
 * every date that is no meeting, and every mention in the admin's preview.
 */
class PracticeLettersTests {
  private static final Path DIR = Path.of("src/test/resources/letters/practice");

  static Stream<String> letters() throws IOException {
    JsonNode expected = expected();
    List<String> names = new ArrayList<>();
    expected.propertyNames().forEach(names::add);
    return names.stream();
  }

  private static JsonNode expected() throws IOException {
    return new YAMLMapper().readTree(Files.readString(DIR.resolve("expected.json")));
  }

  @ParameterizedTest
  @MethodSource("letters")
  void practiceLetterReadsAsExpected(String name) throws IOException {
    JsonNode want = expected().get(name);
    byte[] bytes = Files.readAllBytes(DIR.resolve(name));

    LetterReading reading = new LetterReader().readFile(name, bytes);

    for (JsonNode meeting : want.get("meetings")) {
      LocalDate day = LocalDate.parse(meeting.get("date").asString());
      MeetingDraft got =
          reading.meetings().stream()
              .filter(draft -> draft.date().equals(day) && !draft.cancelled())
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError(name + ": no meeting on " + day + "\n" + reading));
      List<String> sittings = new ArrayList<>();
      for (JsonNode sitting : meeting.get("sittings")) {
        sittings.add(sitting.get(0).asString() + "-" + sitting.get(1).asString());
      }
      assertThat(got.sittings().stream().map(PracticeLettersTests::newYork).toList())
          .as(name + " " + day + " sittings")
          .isEqualTo(sittings);
      assertThat(got.venue().orElse(""))
          .as(name + " " + day + " venue")
          .containsIgnoringCase(meeting.get("venue").asString());
      for (JsonNode key : meeting.get("clusters")) {
        assertThat(got.clusters())
            .as(name + " " + day + " clusters")
            .contains(Cluster.fromKey(key.asString()).orElseThrow());
      }
      boolean spill = meeting.has("spillover") && meeting.get("spillover").asBoolean();
      assertThat(got.sittings().stream().anyMatch(Sitting::spillOver))
          .as(name + " " + day + " spill-over")
          .isEqualTo(spill);
    }
    if (want.has("absent")) {
      for (JsonNode absent : want.get("absent")) {
        assertThat(reading.meetings())
            .as(name + " absent")
            .noneMatch(
                draft ->
                    draft.date().equals(LocalDate.parse(absent.asString())) && !draft.inPassing());
      }
    }
    if (want.has("mentions")) {
      String preview = preview(name, bytes);
      for (JsonNode mention : want.get("mentions")) {
        assertThat(preview).as(name + " preview").contains(mention.asString());
      }
    }
  }

  private static String preview(String name, byte[] bytes) {
    LetterImport letters =
        new LetterImport(
            new LetterReader(),
            new SchedulePublisher(new InMemoryScheduleRepository(Schedule.empty()), changes -> {}),
            Clock.fixed(Instant.parse("2026-01-20T12:00:00Z"), ZoneOffset.UTC));
    return new TextRenderer().render(PreviewReply.of(letters.preview(name, bytes), true));
  }

  private static String newYork(Sitting sitting) {
    return String.format(
        Locale.ROOT,
        "%s-%s",
        sitting.start().withZoneSameInstant(VenueTime.ZONE).toLocalTime(),
        sitting.end().withZoneSameInstant(VenueTime.ZONE).toLocalTime());
  }
}
