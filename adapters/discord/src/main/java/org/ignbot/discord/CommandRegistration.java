package org.ignbot.discord;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers the commands (in one guild when configured, else globally) and mirrors events. */
final class CommandRegistration extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(CommandRegistration.class);

  private final DiscordSettings settings;
  private final CommandCatalog catalog;
  volatile Optional<ScheduledEventSync> events = Optional.empty();

  CommandRegistration(DiscordSettings settings, CommandCatalog catalog) {
    this.settings = settings;
    this.catalog = catalog;
  }

  @Override
  public void onReady(ReadyEvent event) {
    JDA jda = event.getJDA();
    if (settings.guildId().isPresent()) {
      Guild guild = jda.getGuildById(settings.guildId().get());
      if (guild == null) {
        log.warn(
            "The bot is not in the Discord server {} (DISCORD_GUILD_ID): invite it with the"
                + " README's link",
            settings.guildId().get());
      } else {
        guild
            .updateCommands()
            .addCommands(catalog.commands())
            .queue(
                done -> log.info("Discord commands registered in server {}", guild.getId()),
                failure ->
                    log.warn("Could not register the Discord commands: {}", failure.toString()));
      }
    } else {
      jda.updateCommands()
          .addCommands(catalog.commands())
          .queue(
              done -> log.info("Discord commands registered globally"),
              failure ->
                  log.warn("Could not register the Discord commands: {}", failure.toString()));
    }
    events.ifPresent(sync -> sync.published(List.of()));
  }
}
