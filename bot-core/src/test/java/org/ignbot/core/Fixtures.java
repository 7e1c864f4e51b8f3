package org.ignbot.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.MeetingStatus;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Source;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.VenueTime;

/** Meetings and clocks for tests, built the way a letter would announce them. */
public final class Fixtures {
  public static final Source LETTER =
      new Source(
          "letter-test",
          "Co-Chairs' letter",
          Optional.of(LocalDate.of(2024, 10, 28)),
          List.of("Tareq Albanai", "Alexander Marschik"),
          List.of());

  private Fixtures() {}

  /** A clock fixed at a New York wall time. */
  public static Clock clockAt(String newYorkDateTime) {
    Instant instant =
        java.time.LocalDateTime.parse(newYorkDateTime).atZone(VenueTime.ZONE).toInstant();
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  public static Instant instant(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  public static Sitting sitting(LocalDate day, String from, String to) {
    return new Sitting(
        day.atTime(LocalTime.parse(from)).atZone(VenueTime.ZONE),
        day.atTime(LocalTime.parse(to)).atZone(VenueTime.ZONE),
        false);
  }

  /** A plenary with the usual morning and afternoon sittings. */
  public static Meeting plenary(String date, Cluster... clusters) {
    return meeting(date).clusters(clusters).build();
  }

  public static Builder meeting(String date) {
    return new Builder(LocalDate.parse(date));
  }

  /** Builds a meeting step by step; defaults to two sittings in the Trusteeship Council. */
  public static final class Builder {
    private final LocalDate date;
    private String id;
    private String title = "IGN Plenary";
    private final List<Sitting> sittings = new ArrayList<>();
    private boolean defaultSittings = true;
    private Optional<String> venue = Optional.of("Trusteeship Council Chamber");
    private final List<Topic> topics = new ArrayList<>();
    private Set<Cluster> clusters = EnumSet.noneOf(Cluster.class);
    private final List<String> notes = new ArrayList<>();
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    private Builder(LocalDate date) {
      this.date = date;
      this.id = date.toString();
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder sitting(String from, String to) {
      defaultSittings = false;
      sittings.add(Fixtures.sitting(date, from, to));
      return this;
    }

    public Builder spillOver(String from, String to) {
      defaultSittings = false;
      Sitting plain = Fixtures.sitting(date, from, to);
      sittings.add(new Sitting(plain.start(), plain.end(), true));
      return this;
    }

    public Builder dateOnly() {
      defaultSittings = false;
      venue = Optional.empty();
      return this;
    }

    public Builder topic(String text) {
      topics.add(Topic.of(text));
      return this;
    }

    public Builder clusters(Cluster... clusters) {
      this.clusters =
          clusters.length == 0 ? EnumSet.noneOf(Cluster.class) : EnumSet.of(clusters[0], clusters);
      return this;
    }

    public Builder note(String note) {
      notes.add(note);
      return this;
    }

    public Builder cancelled() {
      status = MeetingStatus.CANCELLED;
      return this;
    }

    public Meeting build() {
      List<Sitting> all = new ArrayList<>(sittings);
      if (defaultSittings) {
        all.add(Fixtures.sitting(date, "10:00", "13:00"));
        all.add(Fixtures.sitting(date, "15:00", "18:00"));
      }
      return new Meeting(
          id,
          79,
          title,
          date,
          all,
          venue,
          topics,
          clusters,
          notes,
          status,
          1,
          Optional.empty(),
          LETTER);
    }
  }
}
