package org.ignbot.core.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.letter.LetterFiles.Format;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.ScheduleFile;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.text.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Importing letters over a schedule: the preview, publishing, history and notices. */
class LetterImportTests {
  private static final Instant NOW = Instant.parse("2024-11-18T17:00:00Z");

  private final List<List<MeetingChange>> notices = new ArrayList<>();
  private InMemoryScheduleRepository store = new InMemoryScheduleRepository(Schedule.empty());
  private LetterImport letters = importer();

  private LetterImport importer() {
    return new LetterImport(
        new LetterReader(),
        new SchedulePublisher(store, notices::add),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private void startWith(Schedule schedule) {
    store = new InMemoryScheduleRepository(schedule);
    letters = importer();
  }

  private static Schedule bundled() throws IOException {
    Path file = Path.of("../config/src/main/resources/data/schedule.yml");
    return ScheduleFile.parse(Files.readString(file), file.toString());
  }

  private ImportPreview preview(String resource) {
    return letters.preview(resource, LetterFiles.as(Format.TEXT, LetterFiles.text(resource)));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void seedLetterReproducesTheBundledScheduleFieldByField(Format format) throws IOException {
    Schedule bundled = bundled();
    String text = LetterFiles.text("seed-79-first-plenary.txt");

    ImportPreview preview =
        letters.preview("seed." + format.extension, LetterFiles.as(format, text));

    assertThat(preview.count(MeetingChange.Kind.ADDED)).isEqualTo(4);
    List<Meeting> imported = preview.next().all();
    assertThat(imported)
        .extracting(Meeting::id)
        .containsExactlyElementsOf(bundled.all().stream().map(Meeting::id).toList());
    for (int i = 0; i < imported.size(); i++) {
      Meeting got = imported.get(i);
      Meeting want = bundled.all().get(i);
      assertThat(got.title()).as(want.id() + " title").isEqualTo(want.title());
      assertThat(got.session()).as(want.id() + " session").isEqualTo(want.session()).isEqualTo(79);
      assertThat(got.date()).as(want.id() + " date").isEqualTo(want.date());
      assertThat(got.sittings()).as(want.id() + " sittings").isEqualTo(want.sittings());
      assertThat(got.venue()).as(want.id() + " venue").isEqualTo(want.venue());
      assertThat(got.topics()).as(want.id() + " topics").isEqualTo(want.topics());
      assertThat(got.clusters()).as(want.id() + " clusters").isEqualTo(want.clusters());
      assertThat(got.notes()).as(want.id() + " notes").isEqualTo(want.notes());
      assertThat(got.status()).as(want.id() + " status").isEqualTo(want.status());
      assertThat(got.source().title()).isEqualTo(want.source().title());
      assertThat(got.source().date()).isEqualTo(want.source().date());
      assertThat(got.source().signatories()).isEqualTo(want.source().signatories());
      assertThat(got.source().notes()).isEqualTo(want.source().notes());
      if (format == Format.TEXT) {
        assertThat(got.source()).isEqualTo(want.source());
      }
    }
  }

  @Test
  void seedLetterOverTheBundledScheduleChangesNothing() throws IOException {
    startWith(bundled());

    ImportPreview preview = preview("seed-79-first-plenary.txt");

    assertThat(preview.changesNothing()).isTrue();
    assertThat(preview.unchanged()).hasSize(4);
    assertThat(preview.next()).isSameAs(store.current());
  }

  @Test
  void importingTheSameLetterTwiceChangesNothingTheSecondTime() {
    ImportPreview first = preview("run-together-80th.txt");
    assertThat(letters.publish(first)).isTrue();
    Schedule published = store.current();

    ImportPreview second = preview("run-together-80th.txt");

    assertThat(second.changesNothing()).isTrue();
    assertThat(letters.publish(second)).isTrue();
    assertThat(store.current()).isSameAs(published);
    assertThat(notices).hasSize(1);
  }

  @Test
  void previewOfAMoveKeepsTheIdAndShowsEachFieldWasAndNow() throws IOException {
    startWith(bundled());

    ImportPreview preview = preview("move-cancel-79th.txt");

    MeetingChange moved = change(preview, "2024-11-19");
    assertThat(moved.kind()).isEqualTo(MeetingChange.Kind.CHANGED);
    assertThat(moved.after().date()).isEqualTo(LocalDate.parse("2024-11-26"));
    assertThat(moved.after().revision()).isEqualTo(2);
    assertThat(moved.after().topics()).isEqualTo(moved.before().orElseThrow().topics());
    assertThat(moved.fields())
        .contains(
            new FieldChange("date", "Tuesday 19 November 2024", "Tuesday 26 November 2024"),
            new FieldChange("sittings", "10:00–13:00, 15:00–18:00", "15:00–18:00"),
            new FieldChange("venue", "Trusteeship Council Chamber", "General Assembly Hall"));
    assertThat(moved.source().date()).contains(LocalDate.parse("2024-11-18"));
    assertThat(store.current().byId("2024-11-19").orElseThrow().date())
        .as("nothing is written by a preview")
        .isEqualTo(LocalDate.parse("2024-11-19"));
  }

  @Test
  void previewOfACancellationSaysCancelledAndKeepsTheMeeting() throws IOException {
    startWith(bundled());

    ImportPreview preview = preview("move-cancel-79th.txt");

    MeetingChange cancelled = change(preview, "2024-11-21");
    assertThat(cancelled.kind()).isEqualTo(MeetingChange.Kind.CANCELLED);
    assertThat(cancelled.after().isCancelled()).isTrue();
    assertThat(cancelled.after().sittings()).isEqualTo(cancelled.before().orElseThrow().sittings());
    assertThat(cancelled.fields()).contains(new FieldChange("status", "scheduled", "cancelled"));
    assertThat(preview.summary()).isEqualTo("1 changed, 1 cancelled");
  }

  @Test
  void previewOfATopicChangeShowsTopicsAndClusters() throws IOException {
    startWith(bundled());

    ImportPreview preview = preview("topic-change-79th.txt");

    MeetingChange changed = change(preview, "2024-11-19");
    assertThat(changed.fields())
        .containsExactly(
            new FieldChange(
                "topics",
                "Categories of membership; Cross-regional representation",
                "The question of the veto"),
            new FieldChange(
                "clusters", "categories, veto, regional, size-methods, relationship", "veto"));
    assertThat(changed.after().clusters()).containsExactly(Cluster.VETO);
    assertThat(preview.changes()).hasSize(1);
  }

  @Test
  void publishingRecordsHistoryKeepsTheLetterAndTellsTheListenerOnce() throws IOException {
    startWith(bundled());
    ImportPreview preview = preview("move-cancel-79th.txt");

    assertThat(letters.publish(preview)).isTrue();

    assertThat(store.current().byId("2024-11-19").orElseThrow().date())
        .isEqualTo(LocalDate.parse("2024-11-26"));
    assertThat(store.current().byId("2024-11-21").orElseThrow().isCancelled()).isTrue();
    assertThat(store.history("2024-11-19"))
        .singleElement()
        .isEqualTo(change(preview, "2024-11-19"));
    assertThat(notices).containsExactly(preview.changes());
    assertThat(store.letter(preview.source().id()).orElseThrow().sha256())
        .isEqualTo(preview.letter().sha256());
    assertThat(store.letter(preview.source().id()).orElseThrow().text())
        .contains("will not take place");
  }

  @Test
  void aMovedMeetingIsFoundAgainByItsIdWhenTheSameLetterComesTwice() throws IOException {
    startWith(bundled());
    letters.publish(preview("move-cancel-79th.txt"));

    ImportPreview again = preview("move-cancel-79th.txt");

    assertThat(again.changesNothing()).isTrue();
  }

  @Test
  void aPreviewMadeBeforeAnotherPublicationIsRefusedAndWritesNothing() throws IOException {
    startWith(bundled());
    ImportPreview stale = preview("move-cancel-79th.txt");
    letters.publish(preview("topic-change-79th.txt"));
    Schedule afterFirst = store.current();

    assertThat(letters.publish(stale)).isFalse();

    assertThat(store.current()).isSameAs(afterFirst);
    assertThat(notices).hasSize(1);
  }

  @Test
  void aListenerThatFailsDoesNotUndoThePublication() {
    letters =
        new LetterImport(
            new LetterReader(),
            new SchedulePublisher(
                store,
                changes -> {
                  throw new IllegalStateException("messenger down");
                }),
            Clock.fixed(NOW, ZoneOffset.UTC));

    assertThat(letters.publish(preview("run-together-80th.txt"))).isTrue();

    assertThat(store.current().all()).hasSize(3);
  }

  @Test
  void aFailedImportLeavesTheScheduleUntouched() throws IOException {
    startWith(bundled());
    Schedule before = store.current();

    assertThatThrownBy(
            () ->
                letters.preview(
                    "no-dates.txt", LetterFiles.as(Format.TEXT, LetterFiles.text("no-dates.txt"))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> letters.preview("big.pdf", new byte[50 * 1024 * 1024]))
        .isInstanceOf(InvalidInputException.class);

    assertThat(store.current()).isSameAs(before);
    assertThat(store.history("2024-11-19")).isEmpty();
    assertThat(notices).isEmpty();
  }

  @Test
  void aLetterThatCancelsAnUnknownMeetingSaysSoInsteadOfGuessing() {
    ImportPreview preview = preview("move-cancel-79th.txt");

    assertThat(preview.warnings())
        .contains(
            "The letter cancels a meeting on Thursday 21 November 2024 that is not in the"
                + " schedule; nothing to cancel.",
            "The letter moves a meeting from Tuesday 19 November 2024, which is not in the"
                + " schedule; I added the one on Tuesday 26 November 2024 as new.");
    assertThat(preview.changes())
        .singleElement()
        .extracting(MeetingChange::kind)
        .isEqualTo(MeetingChange.Kind.ADDED);
  }

  @Test
  void previewJsonCarriesEveryMeetingWithItsChangeAndTheSource() throws IOException {
    startWith(bundled());

    String json = PreviewJson.of(preview("move-cancel-79th.txt"));

    assertThat(json)
        .contains("\"id\" : \"2024-11-19\"")
        .contains("\"date\" : \"2024-11-26\"")
        .contains("\"start\" : \"2024-11-26T15:00:00-05:00\"")
        .contains("\"change\" : \"cancelled\"")
        .contains("\"change\" : \"changed\"")
        .contains(
            "\"clusters\" : [ \"categories\", \"veto\", \"regional\", \"size-methods\","
                + " \"relationship\" ]")
        .contains(
            "\"signatories\" : [ \"Tareq Albanai (Co-Chair)\", \"Alexander Marschik (Co-Chair)\" ]")
        .contains("\"field\" : \"venue\"");
  }

  private static MeetingChange change(ImportPreview preview, String id) {
    return preview.changes().stream()
        .filter(change -> change.after().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change to " + id + ": " + preview.changes()));
  }
}
