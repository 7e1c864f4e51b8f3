package org.ignbot.app;

import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.calendar.PublicAddress;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.mail.InvitationLedger;
import org.ignbot.core.mail.Invitations;
import org.ignbot.core.mail.MailSubscriptionStore;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.mail.MailMessenger;
import org.ignbot.store.remind.Deliveries;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * E-mail in a one-shot run, when {@code spring.mail.host} is set as for the bot: the subscriptions
 * by address and the invitations, made by {@link MailConfiguration}'s own factory methods. A round
 * of invitations started by the answer (a publication's updates) finishes before the run closes;
 * the timed rounds are the bot's.
 */
final class OneShotMail implements AutoCloseable {
  /** How long closing waits for a round of invitations the answer started. */
  private static final long ROUND_WAIT_SECONDS = 60;

  final MailSubscriptions subscriptions;
  final Supplier<Invitations> invitations;
  private final MailConfiguration.MailThread thread;

  private OneShotMail(
      MailSubscriptions subscriptions,
      Supplier<Invitations> invitations,
      MailConfiguration.MailThread thread) {
    this.subscriptions = subscriptions;
    this.invitations = invitations;
    this.thread = thread;
  }

  /** Null when mail is off ({@code spring.mail.host} not set). */
  static OneShotMail wire(
      BotSettings settings,
      DataSource dataSource,
      Deliveries deliveries,
      Clock clock,
      ScheduleRepository schedules,
      PublicAddress address,
      IcsWriter writer,
      DigestStore digests) {
    MailProperties server = settings.bindOnto("spring.mail", new MailProperties());
    if (!StringUtils.hasText(server.getHost())) {
      return null;
    }
    MailConfiguration.MailSettings mail = settings.bind(MailConfiguration.MailSettings.class);
    MailConfiguration configuration = new MailConfiguration();
    MailSubscriptionStore store = configuration.mailSubscriptionStore(dataSource);
    InvitationLedger ledger = configuration.invitationLedger(dataSource, deliveries);
    MailConfiguration.MailThread thread = configuration.mailThread();
    MailSubscriptions[] made = new MailSubscriptions[1];
    MailMessenger messenger =
        configuration.mailMessenger(sender(server), mail, Providers.provider(() -> made[0]), clock);
    Supplier<Invitations> invitations =
        Providers.once(
            () ->
                configuration.invitations(
                    schedules, store, ledger, messenger, made[0], writer, mail, clock, thread));
    made[0] =
        configuration.mailSubscriptions(
            store, ledger, messenger, address, digests, Providers.provider(invitations));
    return new OneShotMail(made[0], invitations, thread);
  }

  /** The sender Spring Boot makes from {@code spring.mail.*} (without SSL bundles). */
  private static JavaMailSenderImpl sender(MailProperties server) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(server.getHost());
    if (server.getPort() != null) {
      sender.setPort(server.getPort());
    }
    sender.setUsername(server.getUsername());
    sender.setPassword(server.getPassword());
    sender.setProtocol(server.getProtocol());
    if (server.getDefaultEncoding() != null) {
      sender.setDefaultEncoding(server.getDefaultEncoding().name());
    }
    Properties properties = new Properties();
    properties.putAll(server.getProperties());
    if (server.getSsl().isEnabled()) {
      properties.setProperty("mail." + server.getProtocol() + ".ssl.enable", "true");
    }
    sender.setJavaMailProperties(properties);
    return sender;
  }

  /** Lets a round the answer started finish, then stops the mail thread. */
  @Override
  public void close() {
    thread.executor().shutdown();
    try {
      if (!thread.executor().awaitTermination(ROUND_WAIT_SECONDS, TimeUnit.SECONDS)) {
        thread.shutdown();
      }
    } catch (InterruptedException e) {
      thread.shutdown();
      Thread.currentThread().interrupt();
    }
  }
}
