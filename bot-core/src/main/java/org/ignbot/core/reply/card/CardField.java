package org.ignbot.core.reply.card;

import java.util.List;
import java.util.Objects;
import org.ignbot.core.schedule.Sitting;

/** One field of a meeting card: labelled text, or a sitting's time range. */
public sealed interface CardField permits CardField.Text, CardField.TimeRange {

  /** What the field says, in the order the card puts them. */
  enum Kind {
    /** The meeting was announced by date only. */
    TIME,
    /** One sitting: a {@link TimeRange}. */
    SITTING,
    VENUE,
    TOPICS,
    CLUSTERS,
    /** One published change of a field, with the source that made it. */
    CHANGE,
    NOTE,
    SOURCE,
    SOURCE_NOTE,
    SESSION,
    REVISION,
    ID
  }

  Kind kind();

  /** The field's name as people read it: "Venue", "Morning". */
  String label();

  /**
   * A field of text. Empty {@code values} mean the letter did not announce it. {@code asides} runs
   * beside {@code values}: what a platform with room may add after each ("presented by Brazil"),
   * empty where there is nothing to add.
   */
  record Text(Kind kind, String label, List<String> values, List<String> asides)
      implements CardField {
    public Text {
      Objects.requireNonNull(kind);
      Objects.requireNonNull(label);
      values = List.copyOf(values);
      asides = asides.isEmpty() ? values.stream().map(value -> "").toList() : List.copyOf(asides);
      if (kind == Kind.SITTING || asides.size() != values.size()) {
        throw new IllegalArgumentException("a text field has one aside per value: " + label);
      }
    }

    Text(Kind kind, String label, List<String> values) {
      this(kind, label, values, List.of());
    }

    /** Whether the letter announced it. */
    public boolean announced() {
      return !values.isEmpty();
    }

    /** The values joined by {@code separator}, or "not announced in the letter". */
    public String joined(String separator) {
      return announced() ? String.join(separator, values) : MeetingCard.NOT_ANNOUNCED;
    }

    /** The values as one line: "Categories of membership; Regional representation". */
    public String value() {
      return joined("; ");
    }
  }

  /**
   * One sitting, the {@code number}th of {@code count}: a time range that each platform shows its
   * own way (New York time with the reader's beside it, Slack and Discord time tokens, the page's
   * script, a calendar's DTSTART).
   */
  record TimeRange(Sitting sitting, int number, int count) implements CardField {
    public TimeRange {
      Objects.requireNonNull(sitting);
      if (number < 1 || number > count) {
        throw new IllegalArgumentException("sitting " + number + " of " + count);
      }
    }

    @Override
    public Kind kind() {
      return Kind.SITTING;
    }

    /** "Morning", "Afternoon" or "Evening". */
    @Override
    public String label() {
      return sitting.partOfDay();
    }

    public boolean spillOver() {
      return sitting.spillOver();
    }
  }
}
