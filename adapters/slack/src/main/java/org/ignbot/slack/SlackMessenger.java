package org.ignbot.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;

/**
 * Sends the bot's own messages (reminders, change notices) to Slack: to a user's direct messages or
 * to a channel, with the same blocks as answers. A rate limit or a passing failure is "retry later"
 * (with Slack's Retry-After); a recipient Slack will never accept is "refused".
 */
final class SlackMessenger implements Messenger {
  /** Errors that will not go away by trying again. */
  private static final Set<String> FOR_GOOD =
      Set.of(
          "channel_not_found",
          "user_not_found",
          "is_archived",
          "not_in_channel",
          "user_disabled",
          "cannot_dm_bot",
          "messages_tab_disabled",
          "restricted_action",
          "access_denied",
          "account_inactive",
          "invalid_auth",
          "not_authed",
          "token_revoked",
          "missing_scope",
          "team_access_not_granted",
          "msg_too_long",
          "invalid_blocks",
          "no_text");

  private final Outboxes outboxes;
  private final BlockKitRenderer renderer;

  /**
   * {@code outboxes} know the workspaces the bot may write to: the bot token's one, or every
   * workspace that installed the bot; each message goes with that workspace's token.
   */
  SlackMessenger(Outboxes outboxes, BlockKitRenderer renderer) {
    this.outboxes = outboxes;
    this.renderer = renderer;
  }

  @Override
  public String platform() {
    return "slack";
  }

  @Override
  public DeliveryResult send(Recipient recipient, Reply message) {
    return send(recipient, message, Optional.empty());
  }

  /** Each part of the message carries {@code key} in its metadata; see {@link #find}. */
  @Override
  public DeliveryResult send(Recipient recipient, Reply message, String key) {
    return send(recipient, message, Optional.of(key));
  }

  /**
   * Whether a message with {@code key} in its metadata is among the recent ones of the recipient's
   * conversation. Empty also when Slack cannot be asked (no history scope, an error).
   */
  @Override
  public Optional<DeliveryResult.Delivered> find(Recipient recipient, String key) {
    if (!recipient.platform().equals(platform())) {
      return Optional.empty();
    }
    try {
      return outboxes
          .of(recipient.workspace())
          .findByKey(recipient.id(), key)
          .map(DeliveryResult.Delivered::new);
    } catch (IOException | SlackApiException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private DeliveryResult send(Recipient recipient, Reply message, Optional<String> key) {
    if (!recipient.platform().equals(platform())) {
      return new DeliveryResult.Refused("not a Slack recipient: " + recipient.platform());
    }
    Outbox outbox;
    try {
      outbox = outboxes.of(recipient.workspace());
    } catch (Outboxes.NotInstalledException e) {
      return new DeliveryResult.Refused(e.getMessage());
    } catch (RuntimeException e) {
      // The installations are in the database; it may be down for a moment.
      return new DeliveryResult.RetryLater(
          Duration.ZERO, "cannot look up the workspace's token: " + e.getClass().getSimpleName());
    }
    List<SlackMessage> messages = renderer.render(message);
    String firstId = null;
    for (SlackMessage part : messages) {
      DeliveryResult result = post(outbox, recipient.id(), part, key);
      if (!(result instanceof DeliveryResult.Delivered delivered)) {
        return result;
      }
      if (firstId == null) {
        firstId = delivered.messageId();
      }
    }
    return new DeliveryResult.Delivered(firstId);
  }

  private DeliveryResult post(
      Outbox outbox, String channel, SlackMessage message, Optional<String> key) {
    ChatPostMessageResponse response;
    try {
      response =
          key.isPresent()
              ? outbox.post(channel, message, key.get())
              : outbox.post(channel, message);
    } catch (SlackApiException e) {
      if (e.getResponse().code() == 429) {
        return new DeliveryResult.RetryLater(retryAfter(e), "rate limited by Slack");
      }
      return new DeliveryResult.RetryLater(
          Duration.ZERO, "Slack answered HTTP " + e.getResponse().code());
    } catch (IOException e) {
      return new DeliveryResult.RetryLater(Duration.ZERO, "Slack unreachable: " + e.getMessage());
    } catch (RuntimeException e) {
      return new DeliveryResult.RetryLater(
          Duration.ZERO, "Slack call failed: " + e.getClass().getSimpleName());
    }
    if (response.isOk()) {
      return new DeliveryResult.Delivered(response.getChannel() + "/" + response.getTs());
    }
    String error = String.valueOf(response.getError());
    if ("ratelimited".equals(error)) {
      return new DeliveryResult.RetryLater(Duration.ZERO, "rate limited by Slack");
    }
    return FOR_GOOD.contains(error)
        ? new DeliveryResult.Refused(error)
        : new DeliveryResult.RetryLater(Duration.ZERO, error);
  }

  private static Duration retryAfter(SlackApiException e) {
    String header = e.getResponse().header("Retry-After");
    try {
      return header == null ? Duration.ZERO : Duration.ofSeconds(Long.parseLong(header.strip()));
    } catch (NumberFormatException notSeconds) {
      return Duration.ZERO;
    }
  }
}
