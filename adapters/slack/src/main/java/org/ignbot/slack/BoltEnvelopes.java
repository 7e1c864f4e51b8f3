package org.ignbot.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.listener.WebSocketMessageListener;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.util.json.GsonFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each Socket Mode envelope through the Bolt app and answers it on the socket, as Bolt's own
 * {@code SocketModeApp} does. That class is not used because it asks Slack for a connection URL
 * twice at each start ({@code apps.connections.open} when its client is made, then again to
 * connect); {@link SocketMode} makes the client itself and connects to the URL it was given.
 */
final class BoltEnvelopes implements WebSocketMessageListener {
  private static final Logger log = LoggerFactory.getLogger(BoltEnvelopes.class);

  private final App app;
  private final SocketModeClient client;
  private final SocketModeRequestParser parser;
  private final Gson gson;

  BoltEnvelopes(App app, SocketModeClient client) {
    this.app = app;
    this.client = client;
    this.parser = new SocketModeRequestParser(app.config());
    this.gson = GsonFactory.createSnakeCase(app.slack().getConfig());
  }

  @Override
  public void handle(String message) {
    SocketModeRequest request = parser.parse(message);
    if (request == null) {
      return; // hello, disconnect warnings: the client handles those
    }
    try {
      Response response = app.run(request.getBoltRequest());
      if (response.getStatusCode() != 200) {
        log.warn("Slack envelope not handled (status {})", response.getStatusCode());
        return;
      }
      String envelope = request.getEnvelope().getEnvelopeId();
      if (response.getBody() == null) {
        client.sendSocketModeResponse(new AckResponse(envelope));
      } else {
        client.sendSocketModeResponse(answer(envelope, response));
      }
    } catch (Exception e) {
      // Unacknowledged: Slack sends the envelope again.
      log.warn("Slack envelope failed: {}", ReplyDelivery.describe(e));
    }
  }

  /** The acknowledgement with the answer's payload: its JSON, or its text. */
  private String answer(String envelope, Response response) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("envelope_id", envelope);
    if (response.getContentType().startsWith("application/json")) {
      answer.put("payload", gson.fromJson(response.getBody(), JsonElement.class));
    } else {
      answer.put("payload", Map.of("text", response.getBody()));
    }
    return gson.toJson(answer);
  }
}
