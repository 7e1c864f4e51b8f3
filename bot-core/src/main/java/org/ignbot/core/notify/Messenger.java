package org.ignbot.core.notify;

import java.util.Optional;
import org.ignbot.core.reply.Reply;

/** Port: sends a message on one platform. Implementations never throw for platform failures. */
public interface Messenger {
  /** The platform this messenger serves: {@code shell}, {@code slack}, {@code discord}. */
  String platform();

  /** Sends {@code message} to {@code recipient} and says how it went. */
  DeliveryResult send(Recipient recipient, Reply message);

  /**
   * Sends {@code message} marked with {@code key} (a reminder's or notice's delivery key) where the
   * platform keeps such a mark: Slack as message metadata, Discord as the nonce it deduplicates on.
   * A platform without one sends it plainly.
   */
  default DeliveryResult send(Recipient recipient, Reply message, String key) {
    return send(recipient, message);
  }

  /**
   * The message sent earlier with {@code key}, when the platform shows that it arrived: asked
   * before sending again after an attempt whose outcome is unknown (a time-out). Empty when it did
   * not arrive, or when the platform cannot tell; a send again may then double it.
   */
  default Optional<DeliveryResult.Delivered> find(Recipient recipient, String key) {
    return Optional.empty();
  }
}
