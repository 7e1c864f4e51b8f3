package org.ignbot.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.service.OAuthStateService;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ThreadPoolExecutor;
import javax.sql.DataSource;
import org.ignbot.core.command.AdminList;
import org.ignbot.core.command.CommandEngine;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.user.UserSettings;
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

  /** Where an installer starts the OAuth flow. */
  public static final String INSTALL_PATH = "/slack/install";

  /** Where Slack sends the installer back (the app manifest's redirect URL). */
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";

  private final String apiUrl;
  private final Optional<String> signingSecret;
  private final Slack slack;
  private final App app;
  private final Optional<String> team;
  private final ThreadPoolExecutor work;
  private final SlackMessenger messenger;
  private final Clock wallClock;
  private final SocketMode socketMode;
  private OAuthStateService states;

  /**
   * One workspace, with its bot token.
   *
   * @param wallClock the real time, for the age of Slack's request signatures (not the bot's
   *     schedule clock, which may be set to another day)
   */
  public SlackAdapter(
      SlackSettings settings,
      CommandEngine engine,
      AdminList admins,
      UserSettings userSettings,
      Clock wallClock) {
    this(settings, engine, admins, userSettings, wallClock, SeenEvents.inMemory());
  }

  /**
   * One workspace, with its bot token; the event ids seen lately kept in the database (table {@code
   * slack_seen_event}), so that several instances run each event once.
   */
  public SlackAdapter(
      SlackSettings settings,
      CommandEngine engine,
      AdminList admins,
      UserSettings userSettings,
      Clock wallClock,
      DataSource dataSource) {
    this(
        settings,
        engine,
        admins,
        userSettings,
        wallClock,
        new JdbcSeenEvents(dataSource, wallClock));
  }

  private SlackAdapter(
      SlackSettings settings,
      CommandEngine engine,
      AdminList admins,
      UserSettings userSettings,
      Clock wallClock,
      SeenEvents seen) {
    this.apiUrl = settings.apiUrl();
    this.signingSecret = settings.signingSecret();
    this.wallClock = wallClock;
    this.slack = SlackApps.newSlack(apiUrl);
    String token = settings.botToken();
    AuthTestResponse test = SlackApps.checkToken(slack, token);
    String checked = test.getTeamId();
    this.team = Optional.of(checked);
    this.app = SlackApps.singleTeam(slack, token, test, signingSecret);
    this.socketMode = new SocketMode(settings.appToken(), app);
    this.work = SlackWork.executor();
    // Answers go with the one token, whatever team the payload names (shared channels); the
    // bot's own messages only to its workspace.
    Outboxes replies = new Outboxes(slack, any -> Optional.of(token));
    Outboxes own =
        new Outboxes(slack, asked -> asked.equals(checked) ? Optional.of(token) : Optional.empty());
    this.messenger = register(engine, admins, userSettings, replies, own, seen);
    app.start();
  }

  /**
   * Several workspaces, installed through Slack's OAuth flow ({@link #INSTALL_PATH}); the
   * installations and the OAuth states are kept in the database (tables {@code slack_installation}
   * and {@code slack_oauth_state}).
   *
   * @param clock the bot's clock, for when a workspace installed the bot and when a state expires
   */
  public SlackAdapter(
      SlackOAuthSettings settings,
      CommandEngine engine,
      AdminList admins,
      UserSettings userSettings,
      Clock wallClock,
      DataSource dataSource,
      Clock clock) {
    this.apiUrl = settings.apiUrl();
    this.signingSecret = Optional.of(settings.signingSecret());
    this.wallClock = wallClock;
    this.slack = SlackApps.newSlack(apiUrl);
    this.team = Optional.empty();
    JdbcInstallations installations = new JdbcInstallations(dataSource, clock);
    this.app = SlackApps.distributed(slack, settings);
    this.socketMode = new SocketMode(Optional.empty(), app);
    app.service(installations);
    this.states = new JdbcOAuthStates(dataSource, clock, settings.stateTtl());
    app.service(states);
    OAuthAnswers.register(app, installations);
    // Uninstalling the app (or revoking its tokens) removes the workspace's installation.
    app.event(AppUninstalledEvent.class, app.defaultAppUninstalledEventHandler());
    app.event(TokensRevokedEvent.class, app.defaultTokensRevokedEventHandler());
    this.work = SlackWork.executor();
    Outboxes outboxes = new Outboxes(slack, installations);
    this.messenger =
        register(
            engine,
            admins,
            userSettings,
            outboxes,
            outboxes,
            new JdbcSeenEvents(dataSource, wallClock));
    app.start();
  }

  private SlackMessenger register(
      CommandEngine engine,
      AdminList admins,
      UserSettings userSettings,
      Outboxes replies,
      Outboxes own,
      SeenEvents seen) {
    BlockKitRenderer renderer = new BlockKitRenderer(engine::knows);
    ReplyDelivery delivery = new ReplyDelivery(renderer, replies);
    new SlashCommands(engine, admins, renderer, delivery, work).register(app, COMMAND);
    HomeTab home = new HomeTab(engine, admins, userSettings, renderer, replies, work);
    home.register(app);
    new Buttons(engine, admins, delivery, work, home::publish, HomeTab.typedActions(engine))
        .register(app);
    new DirectMessages(
            engine,
            admins,
            delivery,
            slack.getHttpClient().getOkHttpClient(),
            replies.tokens(),
            this::isSlackHost,
            seen,
            work)
        .register(app);
    return new SlackMessenger(own, renderer);
  }

  /** The {@code /slack/events} endpoint, for HTTP mode. */
  public SlackEventsEndpoint httpEndpoint() {
    if (socketMode.configured()) {
      throw new IllegalStateException("Socket Mode is configured; there is no HTTP endpoint");
    }
    return new SlackEventsEndpoint(app, new SignatureCheck(signingSecret.orElseThrow(), wallClock));
  }

  /** The install and redirect endpoints, for installs through OAuth. */
  public SlackOAuthEndpoint oauthEndpoint() {
    if (!app.config().isDistributedApp()) {
      throw new IllegalStateException(
          "OAuth is not configured (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET)");
    }
    return new SlackOAuthEndpoint(app, states);
  }

  /** The messenger for reminders and notices: platform {@code slack}. */
  public Messenger messenger() {
    return messenger;
  }

  /** The workspace (team id) of the bot token; none when workspaces install through OAuth. */
  public Optional<String> team() {
    return team;
  }

  /**
   * Connects to Slack over Socket Mode, when an app-level token is configured; a refused token or
   * an unreachable Slack stops start-up with one line.
   */
  public void startSocketMode() {
    socketMode.start();
  }

  /**
   * Whether Slack reaches the bot: over HTTP while it runs (Slack calls in), in Socket Mode while
   * the WebSocket is open.
   */
  public boolean connected() {
    return socketMode.connected();
  }

  @Override
  public void close() {
    socketMode.close();
    app.stop();
    SlackWork.shutdown(work);
    try {
      slack.close();
    } catch (Exception e) {
      log.warn("Closing the Slack client failed: {}", ReplyDelivery.describe(e));
    }
  }

  /** Files are downloaded with the bot token: only from Slack, or from the configured API host. */
  private boolean isSlackHost(String host) {
    String apiHost = URI.create(apiUrl).getHost();
    return host.equals(apiHost) || host.equals("slack.com") || host.endsWith(".slack.com");
  }
}
