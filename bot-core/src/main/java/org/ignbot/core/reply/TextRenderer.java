package org.ignbot.core.reply;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ignbot.core.reply.card.CardField;
import org.ignbot.core.reply.card.MeetingCard;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.schedule.Topic;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/** Renders a reply as plain text: the terminal chat, and any platform's fallback text. */
public final class TextRenderer {
  private static final String INDENT = "  ";

  /** The whole reply, one line per entry, without a trailing newline. */
  public String render(Reply reply) {
    List<String> out = new ArrayList<>();
    if (!reply.title().isEmpty()) {
      out.add(reply.title());
    }
    out.addAll(reply.lines());
    for (MeetingView view : reply.meetings()) {
      if (view.detail() == MeetingView.Detail.LINE) {
        out.add(INDENT + line(view.meeting(), reply.viewerZone()));
      } else {
        if (!out.isEmpty()) {
          out.add("");
        }
        out.addAll(card(view.meeting(), reply.viewerZone(), view.detail()));
      }
    }
    if (!reply.actions().isEmpty()) {
      out.add("");
      out.add(
          "Next: "
              + reply.actions().stream()
                  .map(action -> action.label() + " (" + action.command() + ")")
                  .collect(Collectors.joining(" · ")));
    }
    return String.join("\n", out);
  }

  /** "Tue 19 Nov 2024 · 10:00–13:00, 15:00–18:00 New York · 1st IGN Plenary: topics [id]". */
  public String line(Meeting meeting, Optional<ZoneId> zone) {
    StringBuilder text = new StringBuilder(TimeFormat.shortDay(meeting.date())).append(" · ");
    if (meeting.isDateOnly()) {
      text.append("time not announced");
    } else {
      text.append(
              meeting.sittings().stream()
                  .map(sitting -> TimeFormat.venueRange(sitting) + (sitting.spillOver() ? "*" : ""))
                  .collect(Collectors.joining(", ")))
          .append(" New York");
      if (zone.isPresent() && !zone.get().equals(VenueTime.ZONE)) {
        text.append(" = ").append(TimeFormat.rangesIn(meeting.sittings(), zone.get()));
      }
    }
    text.append(" · ").append(meeting.title());
    if (!meeting.topics().isEmpty()) {
      text.append(": ").append(topics(meeting));
    }
    if (meeting.isCancelled()) {
      text.append(" (").append(cancelled(meeting)).append(')');
    }
    return text.append("  [").append(meeting.id()).append(']').toString();
  }

  /** The meeting as a block of labelled lines. */
  public List<String> card(Meeting meeting, Optional<ZoneId> zone, MeetingView.Detail detail) {
    MeetingCard card = new MeetingView(meeting, detail).card();
    List<String> out = new ArrayList<>();
    out.add(
        card.title()
            + " — "
            + TimeFormat.longDay(card.day())
            + (card.isCancelled() ? " — CANCELLED" : ""));
    for (CardField field : card.fields()) {
      if (field instanceof CardField.TimeRange range) {
        out.add(field(range.label(), sittingText(range.sitting(), zone)));
      } else if (field instanceof CardField.Text text) {
        // A source's notes read on under "Source".
        out.add(field(text.kind() == CardField.Kind.SOURCE_NOTE ? "" : text.label(), text.value()));
      }
    }
    return out;
  }

  /**
   * "CANCELLED by an admin: no quorum." from the note that says why and on whose word; "CANCELLED"
   * when no note says.
   */
  public static String cancelled(Meeting meeting) {
    return MeetingCard.cancellation(meeting)
        .map(MeetingCard.Cancellation::shout)
        .orElse("CANCELLED");
  }

  private static String sittingText(Sitting sitting, Optional<ZoneId> zone) {
    String text = TimeFormat.venueRange(sitting) + " New York";
    if (zone.isPresent() && !zone.get().equals(VenueTime.ZONE)) {
      text += " · " + TimeFormat.rangeIn(sitting, zone.get());
    }
    if (sitting.spillOver()) {
      text += " (reserved for possible spill-over)";
    }
    return text;
  }

  private static String topics(Meeting meeting) {
    return meeting.topics().stream().map(Topic::text).collect(Collectors.joining("; "));
  }

  private static String field(String label, String value) {
    return INDENT + String.format("%-10s %s", label, value).stripTrailing();
  }
}
