package org.ignbot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.overflowMenu;
import static org.ignbot.slack.BlockKitRenderer.escape;
import static org.ignbot.slack.BlockKitRenderer.shorten;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.OverflowMenuElement;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.ignbot.core.reply.ActionRequest;
import org.ignbot.core.reply.MeetingView;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.reply.card.CardField;
import org.ignbot.core.reply.card.MeetingCard;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/**
 * A meeting in Block Kit: its card as a section with bold labels, Slack date tokens beside New York
 * time and an "Only this cluster" menu, the small print in a context block; or one line.
 */
final class MeetingBlocks {
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private final TextRenderer text;
  private final Predicate<String> commandExists;

  MeetingBlocks(TextRenderer text, Predicate<String> commandExists) {
    this.text = text;
    this.commandExists = commandExists;
  }

  void card(List<LayoutBlock> blocks, MeetingView view, Optional<ZoneId> zone, int index) {
    MeetingCard card = view.card();
    List<String> lines = new ArrayList<>();
    lines.add(
        "*"
            + escape(card.title())
            + "* — "
            + TimeFormat.longDay(card.day())
            + (card.isCancelled() ? " — *CANCELLED*" : ""));
    List<String> about = new ArrayList<>();
    for (CardField field : card.fields()) {
      if (field instanceof CardField.TimeRange range) {
        lines.add("*" + range.label() + "* " + sitting(range.sitting(), zone));
      } else if (field instanceof CardField.Text text) {
        switch (text.kind()) {
          // Where it comes from and what it is goes in the small print below the card.
          case SOURCE -> about.add("Source: " + escape(text.value()));
          case SOURCE_NOTE, SESSION -> about.add(escape(text.value()));
          case REVISION -> about.add("revision " + text.value());
          case ID -> about.add("id `" + text.value() + "`");
          default -> lines.add("*" + text.label() + "* " + escape(text.value()));
        }
      }
    }
    Sections.add(blocks, lines, "", overflow(card.meeting(), index));
    String context = shorten(String.join(" · ", about), Sections.MAX_TEXT);
    blocks.add(context(List.of(markdownText(context))));
  }

  /** "10:00–13:00 New York · your time: Tue 19 Nov 16:00–19:00", the latter as Slack tokens. */
  private static String sitting(Sitting sitting, Optional<ZoneId> zone) {
    ZoneId fallbackZone = zone.orElse(VenueTime.ZONE);
    ZonedDateTime start = sitting.start().withZoneSameInstant(fallbackZone);
    ZonedDateTime end = sitting.end().withZoneSameInstant(fallbackZone);
    String fallbackStart = DAY_TIME.format(start);
    String fallbackEnd = CLOCK.format(end) + " " + TimeFormat.zoneName(fallbackZone);
    String text =
        TimeFormat.venueRange(sitting)
            + " New York · your time: "
            + SlackDates.dayAndTime(sitting.startInstant(), fallbackStart)
            + "–"
            + SlackDates.time(sitting.endInstant(), fallbackEnd);
    return sitting.spillOver() ? text + " _(reserved for possible spill-over)_" : text;
  }

  String line(Meeting meeting, Optional<ZoneId> zone) {
    String line = "• " + escape(text.line(meeting, zone));
    if (!meeting.isDateOnly()) {
      Sitting first = meeting.sittings().get(0);
      line +=
          " · your time: "
              + SlackDates.dayAndTime(
                  first.startInstant(), TimeFormat.venueRange(first) + " New York");
    }
    return line;
  }

  /** "Only this cluster": the meetings on one of this meeting's clusters. */
  private Optional<OverflowMenuElement> overflow(Meeting meeting, int index) {
    if (meeting.clusters().isEmpty() || !commandExists.test("topic")) {
      return Optional.empty();
    }
    List<OptionObject> options =
        meeting.clustersInOrder().stream()
            .limit(5)
            .map(
                cluster ->
                    option(
                        plainText(shorten("Only this cluster: " + cluster.key(), 75)),
                        ActionRequest.of(ActionRequest.Kind.TOPIC, cluster.key()).token()))
            .toList();
    return Optional.of(
        overflowMenu(o -> o.actionId(BlockKitRenderer.OVERFLOW_ACTION + index).options(options)));
  }
}
