package org.ignbot.discord;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.subscription.ConfirmEmail;
import org.ignbot.core.command.subscription.DigestByEmail;
import org.ignbot.core.command.subscription.SubscribeByEmail;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Cluster;

/**
 * The e-mail forms of {@code /ign} (listed when mail is on), each calling its typed use case: the
 * address is one value, so words after it in the option are no lead time or cluster, only a wrong
 * address.
 */
final class TypedEmailSubcommands {
  private final CommandEngine engine;

  private TypedEmailSubcommands(CommandEngine engine) {
    this.engine = engine;
  }

  /** The e-mail subcommands by name, answered through {@code engine}. */
  static Map<String, BiFunction<Asker, SubcommandOptions, Optional<Reply>>> routes(
      CommandEngine engine) {
    TypedEmailSubcommands email = new TypedEmailSubcommands(engine);
    return Map.of(
        "subscribe-email", email::subscribe,
        "digest-email", email::digest,
        "confirm-email", email::confirm);
  }

  private Optional<Reply> confirm(Asker asker, SubcommandOptions options) {
    String code = options.text("code").orElse("");
    return Optional.of(
        engine.perform(
            asker, ConfirmEmail.class, (confirm, call) -> confirm.confirmEmail(call, code)));
  }

  private Optional<Reply> digest(Asker asker, SubcommandOptions options) {
    String address = options.text("address").orElse("");
    String word = options.text("frequency").orElse("");
    return Optional.of(
        engine.perform(
            asker,
            DigestByEmail.class,
            (digest, call) -> {
              MailAddress to = MailAddress.parse(address);
              if (word.isEmpty()) {
                return digest.showEmailDigest(call, to);
              }
              return word.equalsIgnoreCase("off")
                  ? digest.stopEmailDigest(call, to)
                  : digest.startEmailDigest(call, to, DigestByEmail.frequency(to, word));
            }));
  }

  private Optional<Reply> subscribe(Asker asker, SubcommandOptions options) {
    Optional<Cluster> cluster = options.cluster();
    if (options.has("cluster") && cluster.isEmpty()) {
      return Optional.empty();
    }
    String address = options.text("address").orElse("");
    return Optional.of(
        engine.perform(
            asker,
            SubscribeByEmail.class,
            (subscribe, call) ->
                subscribe.subscribeByEmail(
                    call, MailAddress.parse(address), options.leadTimes(), cluster)));
  }
}
