package org.ignbot.web.violation;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.slack.api.bolt.App;
import jakarta.mail.Session;
import java.sql.Connection;
import net.dv8tion.jda.api.JDA;
import org.flywaydb.core.Flyway;
import org.ignbot.app.IgnBotApplication;
import org.ignbot.core.command.Asker;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.notify.Messenger;
import org.ignbot.discord.DiscordBot;
import org.springframework.core.env.Environment;

/**
 * Breaks every adapter rule at once from inside an adapter's package. It exists only for {@code
 * ArchitectureRulesCanFailTests}, which shows that each rule catches it.
 */
public class WebClassThatBreaksTheRules {
  JDA jda;
  App slack;
  Scheduler scheduler;
  Flyway flyway;
  Connection connection;
  Session mail;
  DiscordBot anotherAdapter;
  IgnBotApplication application;
  Messenger messenger;
  Environment environment;

  /** A button's value made into command text for the engine: the typed use case is skipped. */
  Object click(CommandEngine engine, Asker asker, String meetingId) {
    return engine.handle(asker, "remind " + meetingId);
  }
}
