package org.ignbot.core.remind;

import java.util.Comparator;
import java.util.Optional;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.user.UserKey;

/** Helpers on recipients and subscriptions shared by the planner, the commands and the stores. */
public final class Subscriptions {
  /** Every-meeting subscriptions first, then by cluster, then reminders for one meeting. */
  public static final Comparator<Subscription> ORDER =
      Comparator.comparing(
              (Subscription s) ->
                  s.meeting().isPresent()
                      ? Integer.MAX_VALUE
                      : s.cluster().map(c -> c.ordinal() + 1).orElse(0))
          .thenComparing(s -> s.meeting().orElse(""));

  private Subscriptions() {}

  /** A user's direct messages. */
  public static Recipient directTo(UserKey user) {
    return new Recipient(
        user.platform(), user.workspace(), Recipient.Kind.DIRECT_MESSAGE, user.userId());
  }

  /** A channel in the user's workspace. */
  public static Recipient channel(UserKey user, String channel) {
    return new Recipient(user.platform(), user.workspace(), Recipient.Kind.CHANNEL, channel);
  }

  /** The user behind a direct-message recipient, for their time zone. */
  public static Optional<UserKey> user(Recipient recipient) {
    return recipient.kind() == Recipient.Kind.DIRECT_MESSAGE
        ? Optional.of(new UserKey(recipient.platform(), recipient.workspace(), recipient.id()))
        : Optional.empty();
  }
}
