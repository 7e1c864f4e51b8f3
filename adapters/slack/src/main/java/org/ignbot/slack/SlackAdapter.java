package org.ignbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.command.UserSettings;
import org.ignbot.core.notify.Messenger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack side of the bot, in one place: the Bolt app with every listener, the HTTP endpoint or
 * the Socket Mode connection, and the messenger. Creating it checks the bot token with Slack
 * ({@code auth.test}), so that a wrong token stops start-up with one line.
 */
public final class SlackAdapter implements AutoCloseable {
  /** The slash command of the app manifest. */
  public static final String COMMAND = "/ign";

  private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

  private final SlackSettings settings;
  private final Slack slack;
  private final App app;
  private final String team;
  private final ThreadPoolExecutor work;
  private final SlackMessenger messenger;
  private final Clock wallClock;
  private SocketModeApp socketMode;

  /**
   * @param wallClock the real time, for the age of Slack's request signatures (not the bot's
   *     schedule clock, which may be set to another day)
   */
  public SlackAdapter(
      SlackSettings settings,
      CommandEngine engine,
      AdminList admins,
      UserSettings userSettings,
      Clock wallClock) {
    this.settings = settings;
    this.wallClock = wallClock;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    // The SDK's call statistics would call auth.test on their own and keep background threads.
    config.setStatsEnabled(false);
    this.slack = Slack.getInstance(config);
    this.team = checkToken(slack, settings.botToken());
    this.app =
        new App(
            AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret().orElse(null))
                // Set explicitly: Bolt would read OAuth settings from the environment itself.
                .clientId(null)
                .clientSecret(null)
                .verificationToken(null)
                .build());
    this.work = executor();
    Outbox outbox = new Outbox(slack, settings.botToken());
    BlockKitRenderer renderer = new BlockKitRenderer(engine::knows);
    ReplyDelivery delivery = new ReplyDelivery(renderer, outbox);
    new SlashCommands(engine, admins, renderer, delivery, work).register(app, COMMAND);
    HomeTab home = new HomeTab(engine, admins, userSettings, renderer, outbox, work);
    home.register(app);
    new Buttons(engine, admins, delivery, work, home::publish).register(app);
    new DirectMessages(
            engine,
            admins,
            delivery,
            slack.getHttpClient().getOkHttpClient(),
            settings.botToken(),
            this::isSlackHost,
            work)
        .register(app);
    this.messenger = new SlackMessenger(outbox, renderer, team);
    app.start();
  }

  /** The {@code /slack/events} endpoint, for HTTP mode. */
  public SlackEventsEndpoint httpEndpoint() {
    if (settings.socketMode()) {
      throw new IllegalStateException("Socket Mode is configured; there is no HTTP endpoint");
    }
    return new SlackEventsEndpoint(
        app, new SignatureCheck(settings.signingSecret().orElseThrow(), wallClock));
  }

  /** The messenger for reminders and notices: platform {@code slack}. */
  public Messenger messenger() {
    return messenger;
  }

  /** The workspace (team id) of the bot token. */
  public String team() {
    return team;
  }

  /**
   * Connects to Slack over Socket Mode, when an app-level token is configured; a refused token or
   * an unreachable Slack stops start-up with one line.
   */
  public synchronized void startSocketMode() {
    if (!settings.socketMode() || socketMode != null) {
      return;
    }
    try {
      socketMode =
          new SocketModeApp(
              settings.appToken().orElseThrow(), app, SocketModeClient.Backend.JavaWebSocket);
      socketMode.startAsync();
    } catch (Exception e) {
      socketMode = null;
      throw new SlackSetupException(
          "Could not connect to Slack in Socket Mode ("
              + ReplyDelivery.describe(e)
              + "): check SLACK_APP_TOKEN, an app-level token with connections:write");
    }
    log.info("Connected to Slack in Socket Mode");
  }

  /**
   * Whether Slack reaches the bot: over HTTP while it runs (Slack calls in), in Socket Mode while
   * the WebSocket is open.
   */
  public synchronized boolean connected() {
    if (!settings.socketMode()) {
      return true;
    }
    return socketMode != null
        && !socketMode.isClientStopped()
        && socketMode.getClient().verifyConnection();
  }

  @Override
  public synchronized void close() {
    if (socketMode != null) {
      try {
        socketMode.close();
      } catch (Exception e) {
        log.warn("Closing the Socket Mode connection failed: {}", ReplyDelivery.describe(e));
      }
      socketMode = null;
    }
    app.stop();
    work.shutdown();
    try {
      if (!work.awaitTermination(5, TimeUnit.SECONDS)) {
        work.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      work.shutdownNow();
    }
    try {
      slack.close();
    } catch (Exception e) {
      log.warn("Closing the Slack client failed: {}", ReplyDelivery.describe(e));
    }
  }

  /** Files are downloaded with the bot token: only from Slack, or from the configured API host. */
  private boolean isSlackHost(String host) {
    String apiHost = URI.create(settings.apiUrl()).getHost();
    return host.equals(apiHost) || host.equals("slack.com") || host.endsWith(".slack.com");
  }

  private static String checkToken(Slack slack, String token) {
    AuthTestResponse test;
    try {
      test = slack.methods(token).authTest(r -> r);
    } catch (IOException | SlackApiException e) {
      throw new SlackSetupException(
          "Cannot reach Slack to check the bot token: " + ReplyDelivery.describe(e));
    }
    if (!test.isOk()) {
      throw new SlackSetupException(
          "Slack refused the bot token (auth.test: "
              + test.getError()
              + "): check SLACK_BOT_TOKEN");
    }
    return test.getTeamId();
  }

  private static ThreadPoolExecutor executor() {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory threads =
        runnable -> {
          Thread thread = new Thread(runnable, "slack-work-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    return new ThreadPoolExecutor(
        8, 8, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), threads);
  }
}
