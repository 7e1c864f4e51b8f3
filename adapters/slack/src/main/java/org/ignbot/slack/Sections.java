package org.ignbot.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.OverflowMenuElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Slack's limits on blocks: 3,000 characters per section, 50 blocks per message. */
final class Sections {
  static final int MAX_TEXT = 3000;

  private Sections() {}

  /** Lines into sections of at most 3,000 characters; the overflow goes on the first. */
  static void add(
      List<LayoutBlock> blocks,
      List<String> lines,
      String prefix,
      Optional<OverflowMenuElement> accessory) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int n = 0; n < lines.size(); n++) {
      String line = n == 0 ? prefix + lines.get(n) : lines.get(n);
      for (String piece : pieces(line)) {
        if (current.length() > 0 && current.length() + 1 + piece.length() > MAX_TEXT) {
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
    for (int start = 0; start < line.length(); start += MAX_TEXT) {
      pieces.add(line.substring(start, Math.min(line.length(), start + MAX_TEXT)));
    }
    return pieces.isEmpty() ? List.of("") : pieces;
  }

  /** Blocks into messages of at most 50 blocks; each message carries the fallback text. */
  static List<SlackMessage> messages(List<LayoutBlock> blocks, String fallback, boolean inChannel) {
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
}
