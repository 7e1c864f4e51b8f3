package org.ignbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.socket_mode.SocketModeClient;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Socket Mode connection, when an app-level token is configured; none over HTTP. */
final class SocketMode implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SocketMode.class);

  private final Optional<String> appToken;
  private final App app;
  private SocketModeClient connection;

  SocketMode(Optional<String> appToken, App app) {
    this.appToken = appToken;
    this.app = app;
  }

  /** Whether Slack reaches the bot over Socket Mode rather than HTTP. */
  boolean configured() {
    return appToken.isPresent();
  }

  /** Connects; a refused token or an unreachable Slack is one line. */
  synchronized void start() {
    if (appToken.isEmpty() || connection != null) {
      return;
    }
    try {
      // One apps.connections.open: the client is made with the URL it then connects to (Bolt's
      // SocketModeApp would ask for a second one). Reconnections ask for a new one.
      SocketModeClient client =
          app.slack().socketMode(appToken.orElseThrow(), SocketModeClient.Backend.JavaWebSocket);
      client.addWebSocketMessageListener(new BoltEnvelopes(app, client));
      client.connect();
      client.setAutoReconnectEnabled(true);
      connection = client;
    } catch (Exception e) {
      throw new SlackSetupException(
          "Could not connect to Slack in Socket Mode ("
              + ReplyDelivery.describe(e)
              + "): check SLACK_APP_TOKEN, an app-level token with connections:write");
    }
    log.info("Connected to Slack in Socket Mode");
  }

  /** Over HTTP always (Slack calls in); in Socket Mode while the WebSocket is open. */
  synchronized boolean connected() {
    if (appToken.isEmpty()) {
      return true;
    }
    return connection != null && connection.verifyConnection();
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (Exception e) {
        log.warn("Closing the Socket Mode connection failed: {}", ReplyDelivery.describe(e));
      }
      connection = null;
    }
  }
}
