package org.ignbot.core.reply.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.reply.card.CardField.Kind;
import org.ignbot.core.reply.card.CardField.Text;
import org.ignbot.core.reply.card.CardField.TimeRange;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.FieldChange;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.GaSession;

/**
 * A meeting as it is presented everywhere: its title, day and status, then its fields in order.
 * What each field says, what is "not announced", and why a meeting is cancelled are decided here
 * once; each platform only styles the fields.
 *
 * @param cancellation empty unless the meeting is cancelled
 */
public record MeetingCard(
    Meeting meeting,
    String title,
    LocalDate day,
    Optional<Cancellation> cancellation,
    List<CardField> fields) {

  /** What a card says of what the letter left out. */
  public static final String NOT_ANNOUNCED = "not announced in the letter";

  /** Where every venue is. */
  public static final String HEADQUARTERS = "UN Headquarters";

  public MeetingCard {
    Objects.requireNonNull(meeting);
    Objects.requireNonNull(title);
    Objects.requireNonNull(day);
    Objects.requireNonNull(cancellation);
    fields = List.copyOf(fields);
  }

  /**
   * Why a cancelled meeting is off: the note that says so, or the source of the cancellation, or
   * neither when nothing says.
   *
   * @param note the meeting's note that announced it, shown once, as the reason
   */
  public record Cancellation(Optional<String> note, Optional<String> reason) {
    public Cancellation {
      Objects.requireNonNull(note);
      Objects.requireNonNull(reason);
    }

    /** "CANCELLED by an admin: no quorum.", "CANCELLED: the room is needed", or "CANCELLED". */
    public String shout() {
      if (reason.isEmpty()) {
        return "CANCELLED";
      }
      String text = reason.get().strip();
      return startsWithCancelled(text)
          ? "CANCELLED" + text.substring("cancelled".length())
          : "CANCELLED: " + text;
    }

    static boolean startsWithCancelled(String text) {
      return text.regionMatches(true, 0, "cancelled", 0, "cancelled".length());
    }
  }

  /** The card: day, sittings, venue, topics, clusters, notes, source and id. */
  public static MeetingCard of(Meeting meeting) {
    return build(meeting, false, List.of());
  }

  /** The card with the source's notes, the session and the revision: one meeting in full. */
  public static MeetingCard full(Meeting meeting) {
    return build(meeting, true, List.of());
  }

  /**
   * The card with what {@code history} says changed, each change with its source, and a
   * cancellation without a note explained by the source that made it.
   */
  public static MeetingCard of(Meeting meeting, List<MeetingChange> history) {
    return build(meeting, false, history);
  }

  /** Why {@code meeting} is cancelled, if it is. */
  public static Optional<Cancellation> cancellation(Meeting meeting) {
    return cancellation(meeting, List.of());
  }

  public boolean isCancelled() {
    return cancellation.isPresent();
  }

  /** The fields in runs of one kind, in order: the sittings together, the notes together. */
  public List<List<CardField>> runs() {
    List<List<CardField>> runs = new ArrayList<>();
    for (CardField field : fields) {
      if (runs.isEmpty() || runs.get(runs.size() - 1).get(0).kind() != field.kind()) {
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(field);
    }
    return runs.stream().map(List::copyOf).toList();
  }

  private static MeetingCard build(Meeting meeting, boolean full, List<MeetingChange> history) {
    List<CardField> fields = new ArrayList<>();
    if (meeting.isDateOnly()) {
      fields.add(new Text(Kind.TIME, "Time", List.of()));
    }
    List<Sitting> sittings = meeting.sittings();
    for (int i = 0; i < sittings.size(); i++) {
      fields.add(new TimeRange(sittings.get(i), i + 1, sittings.size()));
    }
    fields.add(
        new Text(
            Kind.VENUE,
            "Venue",
            meeting.venue().map(venue -> List.of(venue + ", " + HEADQUARTERS)).orElse(List.of())));
    if (!meeting.topics().isEmpty()) {
      fields.add(
          new Text(
              Kind.TOPICS,
              "Topics",
              meeting.topics().stream().map(Topic::text).toList(),
              meeting.topics().stream().map(MeetingCard::presenter).toList()));
    }
    if (!meeting.clusters().isEmpty()) {
      fields.add(
          new Text(
              Kind.CLUSTERS,
              "Clusters",
              meeting.clustersInOrder().stream().map(Cluster::officialName).toList()));
    }
    for (MeetingChange change : history) {
      if (change.kind() == MeetingChange.Kind.CHANGED) {
        for (FieldChange field : change.fields()) {
          fields.add(new Text(Kind.CHANGE, "Changed", List.of(changed(field, change))));
        }
      }
    }
    meeting.notes().forEach(note -> fields.add(new Text(Kind.NOTE, "Note", List.of(note))));
    fields.add(new Text(Kind.SOURCE, "Source", List.of(meeting.source().citation())));
    if (full) {
      meeting
          .source()
          .notes()
          .forEach(note -> fields.add(new Text(Kind.SOURCE_NOTE, "Source note", List.of(note))));
      fields.add(
          new Text(
              Kind.SESSION,
              "Session",
              List.of(GaSession.ordinal(meeting.session()) + " session of the General Assembly")));
      fields.add(new Text(Kind.REVISION, "Revision", List.of(String.valueOf(meeting.revision()))));
    }
    fields.add(new Text(Kind.ID, "Id", List.of(meeting.id())));
    return new MeetingCard(
        meeting, meeting.title(), meeting.date(), cancellation(meeting, history), fields);
  }

  /**
   * The last note that speaks of the cancellation; else the source of the last cancellation in
   * {@code history}.
   */
  private static Optional<Cancellation> cancellation(Meeting meeting, List<MeetingChange> history) {
    if (!meeting.isCancelled()) {
      return Optional.empty();
    }
    Optional<String> note =
        meeting.notes().stream()
            .filter(text -> text.toLowerCase(Locale.ROOT).contains("cancel"))
            .reduce((a, b) -> b);
    Optional<String> reason =
        note.isPresent()
            ? note
            : history.stream()
                .filter(change -> change.kind() == MeetingChange.Kind.CANCELLED)
                .reduce((a, b) -> b)
                .map(change -> "On the word of the " + change.source().citation() + ".");
    return Optional.of(new Cancellation(note, reason));
  }

  /** "Time: was 15:00–18:00, now 10:00–13:00 (Co-Chairs' letter of 5 November 2024)". */
  private static String changed(FieldChange field, MeetingChange change) {
    String name = field.field();
    return (name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1))
        + ": was "
        + field.was()
        + ", now "
        + field.now()
        + " ("
        + change.source().citation()
        + ")";
  }

  /** "presented by Brazil" where the topic does not already name its presenter. */
  private static String presenter(Topic topic) {
    return topic
        .presenter()
        .filter(presenter -> !topic.text().contains(presenter))
        .map(presenter -> "presented by " + presenter)
        .orElse("");
  }
}
