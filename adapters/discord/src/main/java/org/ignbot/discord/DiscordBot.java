package org.ignbot.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import okhttp3.OkHttpClient;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.schedule.MeetingChange;
import org.ignbot.core.schedule.ScheduleListener;
import org.ignbot.core.schedule.ScheduleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Discord: connects with no intent beyond GUILDS, which JDA always asks for (no
 * privileged intent), registers the slash commands when ready, answers interactions, and offers a
 * messenger and a schedule listener to the rest of the application.
 */
public final class DiscordBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

  private final JDA jda;
  private final InteractionListener interactions;
  private final ExecutorService background;
  private final Optional<ScheduledEventSync> events;
  private final DiscordMessenger messenger;

  private DiscordBot(
      JDA jda,
      InteractionListener interactions,
      ExecutorService background,
      Optional<ScheduledEventSync> events) {
    this.jda = jda;
    this.interactions = interactions;
    this.background = background;
    this.events = events;
    this.messenger = new DiscordMessenger(jda);
  }

  /** Logs in and connects; commands are registered and events mirrored once Discord is ready. */
  public static DiscordBot start(
      DiscordSettings settings,
      CommandEngine engine,
      AdminList admins,
      ScheduleRepository schedules,
      Clock clock) {
    // Letters and answers may carry @everyone, @here, <@&role> or <@user>: every message the bot
    // sends (answers, reminders, notices) goes with allowed_mentions that ping nobody.
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
    CommandCatalog catalog = new CommandCatalog(engine.specs());
    InteractionListener interactions =
        new InteractionListener(
            engine,
            admins,
            catalog,
            new Suggestions(schedules, clock),
            Executors.newFixedThreadPool(2, threads("ign-discord-answer")));
    ExecutorService background = Executors.newSingleThreadExecutor(threads("ign-discord-sync"));
    Startup startup = new Startup(settings, catalog);
    JDABuilder builder =
        JDABuilder.createLight(settings.token(), EnumSet.noneOf(GatewayIntent.class))
            .addEventListeners(interactions, startup)
            // Longer than any reminder send time-out (at most a minute), so that the runner's
            // time-out is the one in force rather than OkHttp's 10 s default.
            .setHttpClientBuilder(
                new OkHttpClient.Builder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .readTimeout(Duration.ofSeconds(65))
                    .writeTimeout(Duration.ofSeconds(65)));
    settings.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
    settings
        .gatewayUrl()
        .ifPresent(
            url ->
                builder
                    .setSessionController(new FixedGateway(url))
                    .setCompression(Compression.NONE));
    JDA jda;
    try {
      jda = builder.build();
    } catch (InvalidTokenException e) {
      throw new DiscordSetupException(
          "Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal"
              + " (your application, Bot, Reset Token).");
    } catch (RuntimeException e) {
      throw new DiscordSetupException(
          "Cannot log in to Discord at "
              + settings.apiUrl().orElse("discord.com")
              + " ("
              + e.getMessage()
              + "); check the network and IGN_DISCORD_API_URL.");
    }
    Optional<ScheduledEventSync> events =
        settings.scheduledEvents()
            ? Optional.of(
                new ScheduledEventSync(
                    jda, settings.guildId().orElseThrow(), schedules, clock, background))
            : Optional.empty();
    startup.events = events;
    log.info("Discord bot connecting: {}", settings);
    return new DiscordBot(jda, interactions, background, events);
  }

  /** Waits until Discord has sent the bot its guilds. */
  public DiscordBot awaitReady() throws InterruptedException {
    jda.awaitReady();
    return this;
  }

  /** Reminders and notices by direct message or channel post. */
  public Messenger messenger() {
    return messenger;
  }

  /** Told after each publication: re-mirrors the scheduled events when they are on. */
  public ScheduleListener scheduleListener() {
    return events.<ScheduleListener>map(sync -> sync).orElse(DiscordBot::ignore);
  }

  /** Whether the gateway connection is up (JDA's status CONNECTED). */
  public boolean connected() {
    return jda.getStatus() == JDA.Status.CONNECTED;
  }

  JDA jda() {
    return jda;
  }

  Optional<ScheduledEventSync> events() {
    return events;
  }

  @Override
  public void close() {
    interactions.close();
    background.shutdown();
    jda.shutdown();
    try {
      if (!jda.awaitShutdown(10, TimeUnit.SECONDS)) {
        jda.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      jda.shutdownNow();
    }
  }

  private static void ignore(java.util.List<MeetingChange> changes) {}

  private static java.util.concurrent.ThreadFactory threads(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Registers the commands (in one guild when configured, else globally) and mirrors events. */
  private static final class Startup extends ListenerAdapter {
    private final DiscordSettings settings;
    private final CommandCatalog catalog;
    private volatile Optional<ScheduledEventSync> events = Optional.empty();

    Startup(DiscordSettings settings, CommandCatalog catalog) {
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
      events.ifPresent(sync -> sync.published(java.util.List.of()));
    }
  }
}
