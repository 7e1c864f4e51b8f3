package org.ignbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * One Slack message: Block Kit blocks and the plain text Slack shows in notifications and where
 * blocks cannot be shown.
 */
record SlackMessage(String text, List<LayoutBlock> blocks, boolean inChannel) {
  /** Slack's limit of blocks in one message. */
  static final int MAX_BLOCKS = 50;

  SlackMessage {
    Objects.requireNonNull(text);
    blocks = List.copyOf(blocks);
    if (blocks.size() > MAX_BLOCKS) {
      throw new IllegalArgumentException("a Slack message has at most 50 blocks");
    }
  }

  String responseType() {
    return inChannel ? "in_channel" : "ephemeral";
  }
}
