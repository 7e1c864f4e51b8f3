package org.ignbot.core.notify;

import org.ignbot.core.reply.Reply;

/** Port: sends a message on one platform. Implementations never throw for platform failures. */
public interface Messenger {
  /** The platform this messenger serves: {@code shell}, {@code slack}, {@code discord}. */
  String platform();

  /** Sends {@code message} to {@code recipient} and says how it went. */
  DeliveryResult send(Recipient recipient, Reply message);
}
