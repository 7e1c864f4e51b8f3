package org.ignbot.app.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends what Slack sends to {@code /slack/events}: signed slash commands, clicks and events. */
final class SignedSlack {
  static final String SECRET = "test-signing-secret";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String endpoint;
  private final FakeSlack fake;
  private final Clock clock = Clock.systemUTC();

  SignedSlack(int port, FakeSlack fake) {
    this.endpoint = "http://127.0.0.1:" + port + "/slack/events";
    this.fake = fake;
  }

  /** The form Slack posts for {@code /ign <text>}. */
  String slashBody(String text, String user, String channel) {
    return slashBody(FakeSlack.TEAM, text, user, channel);
  }

  /** The form Slack posts for {@code /ign <text>} in a given workspace. */
  String slashBody(String team, String text, String user, String channel) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy-verification-token");
    form.put("team_id", team);
    form.put("team_domain", "missions");
    form.put("channel_id", channel);
    form.put("channel_name", "ign");
    form.put("user_id", user);
    form.put("user_name", "delegate");
    form.put("command", "/ign");
    form.put("text", text);
    form.put("api_app_id", "A0IGN");
    form.put("response_url", fake.url("/response/slash"));
    form.put("trigger_id", "1.2.trigger");
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  HttpResponse<String> slash(String text, String user, String channel) {
    return post("application/x-www-form-urlencoded", slashBody(text, user, channel));
  }

  /** Interactivity: a {@code payload=} form with the JSON inside. */
  HttpResponse<String> interaction(String json) {
    return post(
        "application/x-www-form-urlencoded",
        "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8));
  }

  /** The Events API: JSON. */
  HttpResponse<String> event(String json) {
    return post("application/json", json);
  }

  HttpResponse<String> post(String contentType, String body) {
    String timestamp = String.valueOf(clock.instant().getEpochSecond());
    return send(contentType, body, timestamp, sign(timestamp, body));
  }

  HttpResponse<String> send(String contentType, String body, String timestamp, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(endpoint))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (timestamp != null) {
      request.header("X-Slack-Request-Timestamp", timestamp);
    }
    if (signature != null) {
      request.header("X-Slack-Signature", signature);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  long now() {
    return clock.instant().getEpochSecond();
  }

  static String sign(String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "v0="
          + HexFormat.of()
              .formatHex(
                  mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
