package org.ignbot.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ignbot.core.calendar.IcsCommand;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.Command;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.admin.AdminCommands;
import org.ignbot.core.command.admin.PendingImports;
import org.ignbot.core.command.read.ReadCommands;
import org.ignbot.core.command.subscription.EmailCommands;
import org.ignbot.core.command.subscription.SubscriptionCommands;
import org.ignbot.core.digest.DigestStore;
import org.ignbot.core.knowledge.Knowledge;
import org.ignbot.core.knowledge.KnowledgeFile;
import org.ignbot.core.letter.LetterImport;
import org.ignbot.core.mail.MailSubscriptions;
import org.ignbot.core.remind.Replanner;
import org.ignbot.core.remind.SubscriptionStore;
import org.ignbot.core.reply.TextRenderer;
import org.ignbot.core.schedule.SchedulePublisher;
import org.ignbot.core.schedule.ScheduleRepository;
import org.ignbot.core.text.DataFileException;
import org.ignbot.core.user.UserSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The core's beans: the clock, the facts and the commands (the schedule:
 * ScheduleStoreConfiguration).
 */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

  /** The system clock, or one that started at {@code ign.clock.as-of} and runs on from there. */
  @Bean
  Clock clock(IgnProperties properties) {
    Clock system = Clock.systemUTC();
    if (properties.clock().asOf() == null) {
      return system;
    }
    return Clock.offset(
        system, Duration.between(system.instant(), properties.clock().asOf().toInstant()));
  }

  @Bean
  Knowledge knowledge(IgnProperties properties, ResourceLoader resources) {
    String location = properties.data().knowledge();
    return KnowledgeFile.parse(read(resources, location), location);
  }

  @Bean
  AdminList adminList(IgnProperties properties) {
    try {
      return new AdminList(properties.admins());
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException("ign.admins", e.getMessage());
    }
  }

  /** Every command, in the order {@code help} lists them. */
  @Bean
  CommandEngine commandEngine(
      ScheduleRepository schedules,
      Knowledge knowledge,
      UserSettings settings,
      Clock clock,
      LetterImport letters,
      SchedulePublisher publisher,
      SubscriptionStore subscriptions,
      ObjectProvider<Replanner> replanner,
      StoreConfiguration.DefaultLeadTimes leadTimes,
      IcsCommand ics,
      PendingImports pendingImports,
      DigestStore digests,
      ObjectProvider<MailSubscriptions> mail) {
    List<Command> commands = new ArrayList<>(ReadCommands.create(schedules, knowledge, settings));
    commands.addAll(
        SubscriptionCommands.create(
            // Looked up when used: the runner needs the messengers, which need this engine.
            subscriptions,
            settings,
            () -> replanner.getObject().replan(),
            leadTimes.leadTimes(),
            schedules,
            digests));
    commands.add(ics);
    commands.addAll(AdminCommands.create(letters, publisher, pendingImports));
    MailSubscriptions addresses = mail.getIfAvailable();
    List<Command> all =
        addresses == null
            ? EmailCommands.off(commands)
            : EmailCommands.route(commands, addresses, leadTimes.leadTimes(), digests);
    return new CommandEngine(all, clock, settings);
  }

  @Bean
  TextRenderer textRenderer() {
    return new TextRenderer();
  }

  static String read(ResourceLoader resources, String location) {
    Resource resource = resources.getResource(location);
    if (!resource.exists()) {
      throw new DataFileException(location + ": no such file — check the ign.data settings.");
    }
    try {
      return resource.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + location, e);
    }
  }
}
