package org.ignbot.core.command.subscription;

import java.time.Duration;
import java.util.List;
import org.ignbot.core.command.Command;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.mail.MailSubscriptions;

/**
 * E-mail subscriptions, when mail is on: {@code subscribe email <address> ...}, {@code confirm
 * email <code>} and {@code digest email <address> ...} go to their own commands, {@code
 * subscriptions} also lists the asker's addresses, and {@code forget me} also deletes them. The
 * other words of these commands are unchanged.
 */
public final class EmailCommands {
  private EmailCommands() {}

  /** {@code commands}, with the e-mail forms routed. */
  public static List<Command> route(
      List<Command> commands,
      MailSubscriptions mail,
      List<Duration> defaultLeadTimes,
      DigestStore digests) {
    return commands.stream()
        .map(
            command ->
                switch (command.spec().name()) {
                  case "subscribe" ->
                      new EmailRoute(
                          command, new SubscribeEmailCommand(mail, defaultLeadTimes), true);
                  case "confirm" -> new EmailRoute(command, new ConfirmEmailCommand(mail), true);
                  case "forget" -> new ForgetEmailCommand(command, mail);
                  case "digest" ->
                      new EmailRoute(command, new DigestEmailCommand(mail, digests), true);
                  case "subscriptions" -> new SubscriptionsEmailCommand(command, mail, digests);
                  default -> command;
                })
        .toList();
  }

  /**
   * {@code commands} on a bot without mail: {@code subscribe email}, {@code confirm email} and
   * {@code digest email} say so in one line, rather than taking "email" for a lead time.
   */
  public static List<Command> off(List<Command> commands) {
    Command off = new MailOffCommand();
    return commands.stream()
        .map(
            command ->
                List.of("subscribe", "confirm", "digest").contains(command.spec().name())
                    ? new EmailRoute(command, off, false)
                    : command)
        .toList();
  }
}
