package org.ignbot.app;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.ignbot.core.DaemonThreads;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.calendar.PublicAddress;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.mail.InvitationLedger;
import org.ignbot.core.mail.Invitations;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.MailSubscriptionStore;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.mail.MailMessenger;
import org.ignbot.store.mail.JdbcInvitationLedger;
import org.ignbot.store.mail.JdbcMailSubscriptionStore;
import org.ignbot.store.remind.Deliveries;
import org.ignbot.web.MailLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail (docs/mail.md): on when {@code spring.mail.host} is set, as Spring Boot's mail sender is.
 * The messenger, the subscriptions by address, the invitations with their timed rounds, and the
 * confirm and unsubscribe links on the web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
@EnableConfigurationProperties(MailConfiguration.MailSettings.class)
class MailConfiguration {
  private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

  /**
   * Mail settings under {@code ign.mail.}; the server is {@code spring.mail.*}.
   *
   * @param from the sender address, also the invitations' organizer (required with mail on)
   * @param perDomainPerMinute messages a minute at most to one recipient domain
   * @param roundInterval how often invitations due (and passing failures) are sent
   */
  @ConfigurationProperties("ign.mail")
  record MailSettings(
      @DefaultValue("") String from,
      @DefaultValue("30") int perDomainPerMinute,
      @DefaultValue("1m") Duration roundInterval) {
    MailAddress sender() {
      try {
        return new MailAddress(from);
      } catch (IllegalArgumentException e) {
        throw new InvalidSettingException(
            "ign.mail.from",
            "is \""
                + from
                + "\"; with spring.mail.host set, the bot needs its sender address, e.g."
                + " ign-bot@mission.example");
      }
    }
  }

  @Bean
  MailSubscriptionStore mailSubscriptionStore(DataSource dataSource) {
    return new JdbcMailSubscriptionStore(dataSource);
  }

  @Bean
  InvitationLedger invitationLedger(DataSource dataSource, Deliveries deliveries) {
    return new JdbcInvitationLedger(dataSource, deliveries, Duration.ofMinutes(10));
  }

  /** Also a {@code Messenger}, platform {@code mail}. */
  @Bean
  MailMessenger mailMessenger(
      JavaMailSender sender,
      MailSettings settings,
      ObjectProvider<MailSubscriptions> subscriptions,
      Clock clock) {
    return new MailMessenger(
        sender,
        settings.sender(),
        address -> subscriptions.getObject().unsubscribeLink(address),
        clock);
  }

  /**
   * The thread that sends invitations. Held in a type of its own: an {@code Executor} bean would
   * stand in for Spring Boot's application task executor.
   */
  record MailThread(ScheduledExecutorService executor) {
    void shutdown() {
      executor.shutdownNow();
    }
  }

  @Bean(destroyMethod = "shutdown")
  MailThread mailThread() {
    return new MailThread(
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("ign-mail")));
  }

  @Bean
  MailSubscriptions mailSubscriptions(
      MailSubscriptionStore store,
      InvitationLedger ledger,
      MailMessenger messenger,
      PublicAddress address,
      DigestStore digests,
      ObjectProvider<Invitations> invitations) {
    return new MailSubscriptions(
        store, ledger, messenger, address, digests, () -> invitations.getObject().soon());
  }

  /** Also the {@code ScheduleListener} that sends updates and cancellations on publication. */
  @Bean
  Invitations invitations(
      ScheduleRepository schedules,
      MailSubscriptionStore store,
      InvitationLedger ledger,
      MailMessenger messenger,
      MailSubscriptions subscriptions,
      IcsWriter writer,
      MailSettings settings,
      Clock clock,
      MailThread mailThread) {
    return new Invitations(
        schedules,
        store,
        ledger,
        messenger,
        subscriptions,
        writer,
        settings.sender(),
        clock,
        settings.perDomainPerMinute(),
        mailThread.executor());
  }

  /** A round of invitations every {@code ign.mail.round-interval}, while the bot runs. */
  @Bean
  SmartLifecycle mailRounds(Invitations invitations, MailSettings settings, MailThread mailThread) {
    return new SmartLifecycle() {
      private volatile java.util.concurrent.ScheduledFuture<?> rounds;

      @Override
      public void start() {
        long every = Math.max(1, settings.roundInterval().toSeconds());
        rounds =
            mailThread
                .executor()
                .scheduleWithFixedDelay(
                    () -> {
                      try {
                        invitations.round();
                      } catch (RuntimeException e) {
                        log.warn(
                            "A round of invitations failed; the next one tries again: {}",
                            e.toString());
                      }
                    },
                    0,
                    every,
                    TimeUnit.SECONDS);
      }

      @Override
      public void stop() {
        if (rounds != null) {
          rounds.cancel(false);
        }
      }

      @Override
      public boolean isRunning() {
        return rounds != null && !rounds.isCancelled();
      }
    };
  }

  @Bean
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  MailLinks mailLinks(
      MailSubscriptions subscriptions, Clock clock, StoreConfiguration.DefaultLeadTimes leadTimes) {
    return new MailLinks(subscriptions, clock, leadTimes.leadTimes());
  }
}
