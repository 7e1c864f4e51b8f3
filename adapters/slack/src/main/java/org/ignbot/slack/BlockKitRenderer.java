package org.ignbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.overflowMenu;

import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.OverflowMenuElement;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.ignbot.core.reply.Action;
import org.ignbot.core.reply.MeetingView;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.reply.card.CardField;
import org.ignbot.core.reply.card.MeetingCard;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Sitting;
import org.ignbot.core.time.TimeFormat;
import org.ignbot.core.time.VenueTime;

/**
 * Renders the core's reply as Block Kit: a header, the lines, one section per meeting with Slack
 * date tokens beside New York time, and the actions as buttons. Long replies are split within
 * Slack's limits: 3,000 characters per section, 50 blocks per message.
 */
final class BlockKitRenderer {
  /** Buttons carry this action id prefix; their value is the command to run. */
  static final String RUN_ACTION = "ign-run-";

  /** The "Only this cluster" overflow menus carry this prefix. */
  static final String OVERFLOW_ACTION = "ign-overflow-";

  static final int MAX_SECTION_TEXT = 3000;
  private static final int MAX_HEADER = 150;
  private static final int MAX_BUTTON_LABEL = 75;
  private static final int MAX_BUTTONS = 25;
  private static final int MAX_FALLBACK = 3000;

  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private final TextRenderer text = new TextRenderer();
  private final Predicate<String> commandExists;

  /** {@code commandExists} says whether a command word runs here, for the overflow menus. */
  BlockKitRenderer(Predicate<String> commandExists) {
    this.commandExists = commandExists;
  }

  /** The reply as one or more messages, in order. */
  List<SlackMessage> render(Reply reply) {
    return split(blocks(reply), fallback(reply), reply.visibility() == Reply.Visibility.PUBLIC);
  }

  /** The reply's blocks, not yet split into messages (for App Home, which takes 100). */
  List<LayoutBlock> blocks(Reply reply) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (!reply.title().isEmpty()) {
      blocks.add(header(h -> h.text(plainText(shorten(reply.title(), MAX_HEADER)))));
    }
    if (!reply.lines().isEmpty()) {
      String prefix = reply.isError() ? ":warning: " : "";
      sections(
          blocks,
          reply.lines().stream().map(BlockKitRenderer::escape).toList(),
          prefix,
          Optional.empty());
    }
    List<String> summaries = new ArrayList<>();
    int index = 0;
    for (MeetingView view : reply.meetings()) {
      if (view.detail() == MeetingView.Detail.LINE) {
        summaries.add(line(view.meeting(), reply.viewerZone()));
        continue;
      }
      flushLines(blocks, summaries);
      if (!blocks.isEmpty() && !(blocks.get(blocks.size() - 1) instanceof HeaderBlock)) {
        blocks.add(divider());
      }
      card(blocks, view, reply.viewerZone(), index++);
    }
    flushLines(blocks, summaries);
    List<BlockElement> buttons = new ArrayList<>();
    for (Action action : reply.actions()) {
      if (buttons.size() == MAX_BUTTONS) {
        break;
      }
      int number = buttons.size();
      buttons.add(
          button(
              b ->
                  b.text(plainText(shorten(action.label(), MAX_BUTTON_LABEL)))
                      .actionId(RUN_ACTION + number)
                      .value(action.command())));
    }
    if (!buttons.isEmpty()) {
      blocks.add(actions(buttons));
    }
    return blocks;
  }

  /**
   * The plain text beside the blocks: notifications and old clients show it. Slack reads mrkdwn
   * there too, so letter text is escaped as in the sections (shortened first, so that no entity is
   * cut in half).
   */
  String fallback(Reply reply) {
    return escape(shorten(text.render(reply), MAX_FALLBACK));
  }

  private void flushLines(List<LayoutBlock> blocks, List<String> summaries) {
    if (!summaries.isEmpty()) {
      sections(blocks, summaries, "", Optional.empty());
      summaries.clear();
    }
  }

  private void card(List<LayoutBlock> blocks, MeetingView view, Optional<ZoneId> zone, int index) {
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
    sections(blocks, lines, "", overflow(card.meeting(), index));
    String context = shorten(String.join(" · ", about), MAX_SECTION_TEXT);
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

  private String line(Meeting meeting, Optional<ZoneId> zone) {
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
                        "topic " + cluster.key()))
            .toList();
    return Optional.of(overflowMenu(o -> o.actionId(OVERFLOW_ACTION + index).options(options)));
  }

  /** Lines into sections of at most 3,000 characters; the overflow goes on the first. */
  private static void sections(
      List<LayoutBlock> blocks,
      List<String> lines,
      String prefix,
      Optional<OverflowMenuElement> accessory) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int n = 0; n < lines.size(); n++) {
      String line = n == 0 ? prefix + lines.get(n) : lines.get(n);
      for (String piece : pieces(line)) {
        if (current.length() > 0 && current.length() + 1 + piece.length() > MAX_SECTION_TEXT) {
          chunks.add(current.toString());
          current.setLength(0);
        }
        if (current.length() > 0) {
          current.append('\n');
        }
        current.append(piece);
      }
    }
    if (!current.toString().isBlank()) {
      chunks.add(current.toString());
    }
    for (int i = 0; i < chunks.size(); i++) {
      String chunk = chunks.get(i);
      boolean first = i == 0;
      blocks.add(
          section(
              s -> {
                s.text(markdownText(chunk));
                if (first) {
                  accessory.ifPresent(s::accessory);
                }
                return s;
              }));
    }
  }

  /** A line longer than a section, cut into pieces that fit. */
  private static List<String> pieces(String line) {
    List<String> pieces = new ArrayList<>();
    for (int start = 0; start < line.length(); start += MAX_SECTION_TEXT) {
      pieces.add(line.substring(start, Math.min(line.length(), start + MAX_SECTION_TEXT)));
    }
    return pieces.isEmpty() ? List.of("") : pieces;
  }

  /** Blocks into messages of at most 50 blocks; each message carries the fallback text. */
  private static List<SlackMessage> split(
      List<LayoutBlock> blocks, String fallback, boolean inChannel) {
    List<SlackMessage> messages = new ArrayList<>();
    for (int start = 0; start < blocks.size(); start += SlackMessage.MAX_BLOCKS) {
      List<LayoutBlock> part =
          blocks.subList(start, Math.min(blocks.size(), start + SlackMessage.MAX_BLOCKS));
      messages.add(new SlackMessage(fallback, part, inChannel));
    }
    if (messages.isEmpty()) {
      messages.add(
          new SlackMessage(fallback.isEmpty() ? "(no answer)" : fallback, List.of(), inChannel));
    }
    return messages;
  }

  /** Slack's mrkdwn gives &, < and > a meaning; text from letters must not. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
