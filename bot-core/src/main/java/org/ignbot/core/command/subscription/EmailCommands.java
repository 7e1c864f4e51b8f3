package org.ignbot.core.command.subscription;

import java.time.Duration;
import java.util.List;
import org.ignbot.core.command.Command;
import org.ignbot.core.mail.MailSubscriptions;

/**
 * E-mail subscriptions, when mail is on: {@code subscribe email <address> ...} and {@code confirm
 * email <code>} go to their own commands, and {@code forget me} also deletes the addresses the
 * asker subscribed. The other words of {@code subscribe}, {@code confirm} and {@code forget} are
 * unchanged.
 */
public final class EmailCommands {
  private EmailCommands() {}

  /** {@code commands}, with the e-mail forms routed. */
  public static List<Command> route(
      List<Command> commands, MailSubscriptions mail, List<Duration> defaultLeadTimes) {
    return commands.stream()
        .map(
            command ->
                switch (command.spec().name()) {
                  case "subscribe" ->
                      new EmailRoute(
                          command, new SubscribeEmailCommand(mail, defaultLeadTimes), true);
                  case "confirm" -> new EmailRoute(command, new ConfirmEmailCommand(mail), true);
                  case "forget" -> new ForgetEmailCommand(command, mail);
                  default -> command;
                })
        .toList();
  }

  /**
   * {@code commands} on a bot without mail: {@code subscribe email} and {@code confirm email} say
   * so in one line, rather than taking "email" for a lead time.
   */
  public static List<Command> off(List<Command> commands) {
    Command off = new MailOffCommand();
    return commands.stream()
        .map(
            command ->
                command.spec().name().equals("subscribe") || command.spec().name().equals("confirm")
                    ? new EmailRoute(command, off, false)
                    : command)
        .toList();
  }
}
