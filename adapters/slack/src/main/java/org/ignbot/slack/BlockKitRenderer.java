package org.ignbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.ignbot.core.reply.Action;
import org.ignbot.core.reply.MeetingView;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.reply.TextRenderer;

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

  private static final int MAX_HEADER = 150;
  private static final int MAX_BUTTON_LABEL = 75;
  private static final int MAX_BUTTONS = 25;
  private static final int MAX_FALLBACK = 3000;

  private final TextRenderer text = new TextRenderer();
  private final MeetingBlocks meetings;

  /** {@code commandExists} says whether a command word runs here, for the overflow menus. */
  BlockKitRenderer(Predicate<String> commandExists) {
    this.meetings = new MeetingBlocks(text, commandExists);
  }

  /** The reply as one or more messages, in order. */
  List<SlackMessage> render(Reply reply) {
    return Sections.messages(
        blocks(reply), fallback(reply), reply.visibility() == Reply.Visibility.PUBLIC);
  }

  /** The reply's blocks, not yet split into messages (for App Home, which takes 100). */
  List<LayoutBlock> blocks(Reply reply) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (!reply.title().isEmpty()) {
      blocks.add(header(h -> h.text(plainText(shorten(reply.title(), MAX_HEADER)))));
    }
    if (!reply.lines().isEmpty()) {
      String prefix = reply.isError() ? ":warning: " : "";
      Sections.add(
          blocks,
          reply.lines().stream().map(BlockKitRenderer::escape).toList(),
          prefix,
          Optional.empty());
    }
    List<String> summaries = new ArrayList<>();
    int index = 0;
    for (MeetingView view : reply.meetings()) {
      if (view.detail() == MeetingView.Detail.LINE) {
        summaries.add(meetings.line(view.meeting(), reply.viewerZone()));
        continue;
      }
      flushLines(blocks, summaries);
      if (!blocks.isEmpty() && !(blocks.get(blocks.size() - 1) instanceof HeaderBlock)) {
        blocks.add(divider());
      }
      meetings.card(blocks, view, reply.viewerZone(), index++);
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
                      .value(action.request().token())));
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
      Sections.add(blocks, summaries, "", Optional.empty());
      summaries.clear();
    }
  }

  /** Slack's mrkdwn gives &, < and > a meaning; text from letters must not. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
