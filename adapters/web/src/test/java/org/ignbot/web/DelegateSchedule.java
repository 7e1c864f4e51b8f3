package org.ignbot.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Publication;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.StoredLetter;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.VenueTime;

/**
 * A schedule as a delegate would meet it on Monday 18 November 2024 at noon in New York (the test
 * clock): a meeting this afternoon, two this week (one moved), a cancelled one, one with no time
 * yet, one past; all from one imported letter. Invented for the tests.
 */
final class DelegateSchedule {
  static final String LETTER_TEXT =
      "Excellency,\n\nWe have the honour to inform you of the IGN meetings in November 2024.\n";

  /** Stands for the PDF the Co-Chairs sent: the page serves these bytes back as they are. */
  static final String LETTER_FILE = "%PDF-1.4\n% the letter as the Co-Chairs sent it\n%%EOF\n";

  static final Source LETTER =
      new Source(
          "letter-a10df2dd6f53",
          "Co-Chairs' letter",
          Optional.of(LocalDate.of(2024, 11, 5)),
          List.of("Tareq Albanai", "Alexander Marschik"),
          List.of());
  static final String CANCEL_REASON =
      "Cancelled in the Co-Chairs' letter of 15 November 2024: the room is needed for another"
          + " meeting.";

  private DelegateSchedule() {}

  static InMemoryScheduleRepository repository() {
    Meeting moved = meeting("2024-11-21", "2nd IGN Plenary", 21, "10:00-13:00", "15:00-18:00+");
    Meeting movedFrom =
        new Meeting(
            moved.id(),
            79,
            moved.title(),
            LocalDate.of(2024, 11, 21),
            List.of(sitting(21, "15:00-18:00")),
            moved.venue(),
            moved.topics(),
            moved.clusters(),
            moved.notes(),
            MeetingStatus.SCHEDULED,
            1,
            Optional.empty(),
            LETTER);
    Meeting cancelled =
        meeting("2024-11-26", "3rd IGN Plenary", 26, "10:00-13:00").cancelled(CANCEL_REASON);
    Schedule next =
        new Schedule(
            List.of(
                meeting(
                    "2024-11-12", "General debate on Security Council reform", 12, "10:00-13:00"),
                new Meeting(
                    "2024-11-18",
                    79,
                    "Informal consultations with the groups",
                    LocalDate.of(2024, 11, 18),
                    List.of(sitting(18, "15:00-17:00")),
                    Optional.of("Conference Room 4"),
                    List.of(Topic.of("Size of an enlarged Council and working methods")),
                    Set.of(Cluster.SIZE_METHODS),
                    List.of(),
                    MeetingStatus.SCHEDULED,
                    1,
                    Optional.empty(),
                    LETTER),
                meeting("2024-11-19", "1st IGN Plenary", 19, "10:00-13:00", "15:00-18:00"),
                moved,
                cancelled,
                new Meeting(
                    "2024-12-10",
                    79,
                    "4th IGN Plenary",
                    LocalDate.of(2024, 12, 10),
                    List.of(),
                    Optional.empty(),
                    List.of(),
                    Set.of(Cluster.RELATIONSHIP),
                    List.of("Named in the letter; it gives no time or venue."),
                    MeetingStatus.SCHEDULED,
                    1,
                    Optional.empty(),
                    LETTER)));
    Schedule basis = new Schedule(List.of());
    InMemoryScheduleRepository repository = new InMemoryScheduleRepository(basis);
    repository.publish(
        new Publication(
            basis,
            next,
            List.of(
                new MeetingChange(
                    MeetingChange.Kind.CHANGED,
                    Optional.of(movedFrom),
                    moved,
                    List.of(new FieldChange("time", "15:00–18:00", "10:00–13:00, 15:00–18:00")),
                    LETTER)),
            Optional.of(
                new StoredLetter(
                        LETTER.id(),
                        "IGN letter November 2024.pdf",
                        sha256(LETTER_TEXT),
                        LETTER_TEXT,
                        WebTestApplication.NOW)
                    .withFile(LETTER_FILE.getBytes(StandardCharsets.US_ASCII)))));
    return repository;
  }

  private static Meeting meeting(String id, String title, int day, String... sittings) {
    boolean plenary = title.contains("Plenary");
    return new Meeting(
        id,
        79,
        title,
        LocalDate.of(2024, 11, day),
        java.util.Arrays.stream(sittings).map(times -> sitting(day, times)).toList(),
        Optional.of(plenary ? "Trusteeship Council Chamber" : "General Assembly Hall"),
        plenary
            ? List.of(
                Topic.of("Categories of membership"), Topic.of("Cross-regional representation"))
            : List.of(),
        plenary ? Set.of(Cluster.CATEGORIES, Cluster.REGIONAL) : Set.of(),
        plenary ? List.of("Delegations are encouraged to focus on the two topics.") : List.of(),
        MeetingStatus.SCHEDULED,
        1,
        Optional.empty(),
        LETTER);
  }

  /** "10:00-13:00" on a November 2024 day; a trailing + marks a possible spill-over. */
  private static Sitting sitting(int day, String times) {
    boolean spillOver = times.endsWith("+");
    String[] parts = times.replace("+", "").split("-");
    LocalDate date = LocalDate.of(2024, 11, day);
    return new Sitting(
        date.atTime(LocalTime.parse(parts[0])).atZone(VenueTime.ZONE),
        date.atTime(LocalTime.parse(parts[1])).atZone(VenueTime.ZONE),
        spillOver);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
