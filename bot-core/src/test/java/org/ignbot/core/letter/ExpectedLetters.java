package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ignbot.core.command.admin.PreviewReply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.time.VenueTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A folder of letters with an {@code expected.json} (format in {@code
 * /work/shared/letters/README.md}), checked field by field: every meeting's sittings in New York
 * time, venue, clusters and spill-over, every date that is no meeting, and every mention in the
 * admin's preview. Optional fields: {@code cancelled} (dates the letter cancels), {@code
 * onlyClusters} (on a meeting: its clusters are exactly those listed), {@code warnings} (words some
 * warning must contain, such as the day of a meeting the letter leaves unclear) and {@code refused}
 * (the text is no letter and is refused). Shared by the practice and the unseen letters so both are
 * judged alike.
 */
final class ExpectedLetters {
  private final Path dir;
  private final JsonNode expected;

  ExpectedLetters(Path dir) {
    this(dir, "expected.json");
  }

  /** The letters of {@code dir} that the file {@code expectations} there describes. */
  ExpectedLetters(Path dir, String expectations) {
    this.dir = dir;
    try {
      this.expected = new YAMLMapper().readTree(Files.readString(dir.resolve(expectations)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the letters the folder's expected.json describes. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    expected.propertyNames().forEach(names::add);
    return names;
  }

  /** The letter's bytes: the file itself. */
  byte[] bytes(String name) throws IOException {
    return Files.readAllBytes(dir.resolve(name));
  }

  /** Reads the letter and checks it against what expected.json says of it. */
  void check(String name, byte[] bytes) {
    JsonNode want = expected.get(name);
    if (want.has("refused") && want.get("refused").asBoolean()) {
      assertThatThrownBy(() -> new LetterReader().readFile(name, bytes))
          .as(name + " refused")
          .isInstanceOf(InvalidInputException.class);
      return;
    }
    LetterReading reading = new LetterReader().readFile(name, bytes);
    for (JsonNode meeting : want.get("meetings")) {
      checkMeeting(name, meeting, reading);
    }
    for (LocalDate absent : dates(want, "absent")) {
      assertThat(reading.meetings())
          .as(name + " absent " + absent + "\n" + reading)
          .noneMatch(draft -> draft.date().equals(absent) && !draft.inPassing());
    }
    for (LocalDate cancelled : dates(want, "cancelled")) {
      assertThat(reading.meetings())
          .as(name + " cancelled " + cancelled + "\n" + reading)
          .anyMatch(draft -> draft.date().equals(cancelled) && draft.cancelled());
    }
    for (JsonNode warning : list(want, "warnings")) {
      assertThat(reading.warnings())
          .as(name + " warnings")
          .anyMatch(text -> text.contains(warning.asString()));
    }
    List<JsonNode> mentions = list(want, "mentions");
    if (!mentions.isEmpty()) {
      String preview = preview(name, bytes);
      for (JsonNode mention : mentions) {
        assertThat(preview).as(name + " preview").contains(mention.asString());
      }
    }
  }

  private static void checkMeeting(String name, JsonNode meeting, LetterReading reading) {
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
    assertThat(got.sittings().stream().map(ExpectedLetters::newYork).toList())
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
    if (meeting.has("onlyClusters") && meeting.get("onlyClusters").asBoolean()) {
      assertThat(got.clusters())
          .as(name + " " + day + " only clusters")
          .hasSize(meeting.get("clusters").size());
    }
    boolean spill = meeting.has("spillover") && meeting.get("spillover").asBoolean();
    assertThat(got.sittings().stream().anyMatch(Sitting::spillOver))
        .as(name + " " + day + " spill-over")
        .isEqualTo(spill);
  }

  private static List<JsonNode> list(JsonNode want, String field) {
    List<JsonNode> values = new ArrayList<>();
    if (want.has(field)) {
      want.get(field).forEach(values::add);
    }
    return values;
  }

  private static List<LocalDate> dates(JsonNode want, String field) {
    return list(want, field).stream().map(node -> LocalDate.parse(node.asString())).toList();
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
