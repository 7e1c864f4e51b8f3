package org.ignbot.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import okhttp3.OkHttpClient;
import org.ignbot.core.DaemonThreads;
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

  private final CompletableFuture<JDA> login;
  private final InteractionListener interactions;
  private final ExecutorService background;
  private final Optional<ScheduledEventSync> events;
  private final DiscordMessenger messenger;

  private DiscordBot(
      CompletableFuture<JDA> login,
      InteractionListener interactions,
      ExecutorService background,
      Optional<ScheduledEventSync> events,
      DiscordMessenger messenger) {
    this.login = login;
    this.interactions = interactions;
    this.background = background;
    this.events = events;
    this.messenger = messenger;
  }

  /** Logs in and connects; commands are registered and events mirrored once Discord is ready. */
  public static DiscordBot start(
      DiscordSettings settings,
      CommandEngine engine,
      AdminList admins,
      ScheduleRepository schedules,
      Clock clock) {
    return connect(settings, engine, admins, schedules, clock).awaitLogin();
  }

  /**
   * Begins the login and the connection on a thread of their own and returns at once, so that the
   * caller (the application's start) goes on meanwhile; {@link #awaitLogin} waits for the login and
   * gives a refused token as one line. Until then {@link #connected} is false.
   */
  public static DiscordBot connect(
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
            Executors.newFixedThreadPool(2, DaemonThreads.numbered("ign-discord-answer")));
    ExecutorService background =
        Executors.newSingleThreadExecutor(DaemonThreads.numbered("ign-discord-sync"));
    CommandRegistration startup = new CommandRegistration(settings, catalog);
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
    CompletableFuture<JDA> login = new CompletableFuture<>();
    Supplier<JDA> jda = () -> joined(login);
    Optional<ScheduledEventSync> events =
        settings.scheduledEvents()
            ? Optional.of(
                new ScheduledEventSync(
                    jda, settings.guildId().orElseThrow(), schedules, clock, background))
            : Optional.empty();
    startup.events = events;
    log.info("Discord bot connecting: {}", settings);
    DaemonThreads.numbered("ign-discord-login")
        .newThread(() -> logIn(builder, settings, login))
        .start();
    return new DiscordBot(login, interactions, background, events, new DiscordMessenger(jda));
  }

  private static void logIn(
      JDABuilder builder, DiscordSettings settings, CompletableFuture<JDA> login) {
    try {
      login.complete(builder.build());
    } catch (InvalidTokenException e) {
      login.completeExceptionally(
          new DiscordSetupException(
              "Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal"
                  + " (your application, Bot, Reset Token)."));
    } catch (RuntimeException e) {
      login.completeExceptionally(
          new DiscordSetupException(
              "Cannot log in to Discord at "
                  + settings.apiUrl().orElse("discord.com")
                  + " ("
                  + e.getMessage()
                  + "); check the network and IGN_DISCORD_API_URL."));
    }
  }

  /** Waits for the login; a refused token or an unreachable Discord is one line. */
  public DiscordBot awaitLogin() {
    joined(login);
    return this;
  }

  private static JDA joined(CompletableFuture<JDA> login) {
    try {
      return login.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof DiscordSetupException setup) {
        throw setup;
      }
      throw e;
    }
  }

  /** Waits until Discord has sent the bot its guilds. */
  public DiscordBot awaitReady() throws InterruptedException {
    joined(login).awaitReady();
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

  /** Whether logged in and the gateway connection is up (JDA's status CONNECTED). */
  public boolean connected() {
    return login.isDone()
        && !login.isCompletedExceptionally()
        && login.join().getStatus() == JDA.Status.CONNECTED;
  }

  JDA jda() {
    return joined(login);
  }

  Optional<ScheduledEventSync> events() {
    return events;
  }

  @Override
  public void close() {
    interactions.close();
    background.shutdown();
    JDA jda;
    try {
      // A login still going on is waited for, so that its connection is closed too.
      jda = login.join();
    } catch (CompletionException e) {
      return;
    }
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
}
