package org.ignbot.app;

import java.util.Optional;
import java.util.function.Supplier;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.reply.Reply;

/**
 * A chat platform's messenger whose adapter connects in the background while the rest of the bot
 * starts ({@code @Bean(bootstrap = BACKGROUND)}): the reminder runners take it at once, and the
 * adapter is asked for its messenger only when a message goes out (by then it is connected:
 * start-up waits for it).
 */
final class DeferredMessenger implements Messenger {
  private final String platform;
  private final Supplier<Messenger> messenger;

  DeferredMessenger(String platform, Supplier<Messenger> messenger) {
    this.platform = platform;
    this.messenger = messenger;
  }

  @Override
  public String platform() {
    return platform;
  }

  @Override
  public DeliveryResult send(Recipient recipient, Reply message) {
    return messenger.get().send(recipient, message);
  }

  @Override
  public DeliveryResult send(Recipient recipient, Reply message, String key) {
    return messenger.get().send(recipient, message, key);
  }

  @Override
  public Optional<DeliveryResult.Delivered> find(Recipient recipient, String key) {
    return messenger.get().find(recipient, key);
  }
}
