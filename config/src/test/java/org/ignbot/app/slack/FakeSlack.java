package org.ignbot.app.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small Slack on 127.0.0.1: the Web API methods the bot calls, the response URLs, the file upload
 * URL and file downloads. It records every call; a test can queue a special answer for a method (a
 * 429 with Retry-After, an error).
 */
final class FakeSlack implements AutoCloseable {
  static final String TEAM = "T0IGN";
  static final String BOT_TOKEN = "xoxb-test-token";

  /** One request the bot made. */
  record Call(String path, String body, Map<String, String> params, Map<String, String> headers) {
    String method() {
      return path.startsWith("/api/") ? path.substring(5) : path;
    }

    String param(String name) {
      return params.get(name);
    }
  }

  /** A queued answer. */
  record Answer(int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Answer>> queued = new ConcurrentHashMap<>();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private volatile String socketUrl = "ws://127.0.0.1:1/";
  private final Map<String, java.time.Duration> late = new ConcurrentHashMap<>();

  /** A message posted: its conversation, its timestamp and its metadata (JSON, or null). */
  private record Posted(String conversation, String ts, String metadata) {}

  private final List<Posted> posted = new CopyOnWriteArrayList<>();

  private FakeSlack(HttpServer server) {
    this.server = server;
  }

  static FakeSlack start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeSlack fake = new FakeSlack(server);
      server.createContext("/", fake::handle);
      // A request answered late must not hold up the others.
      server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
      server.start();
      return fake;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void queue(String method, Answer answer) {
    queued.computeIfAbsent(method, m -> new ConcurrentLinkedDeque<>()).add(answer);
  }

  /**
   * The next call of {@code method} is taken (a posted message is in the channel's history at once)
   * but answered only after {@code delay}: a platform that accepted a message and answered late.
   */
  void answerLate(String method, java.time.Duration delay) {
    late.put(method, delay);
  }

  /** The metadata of the messages posted so far, as JSON, in order. */
  List<String> postedMetadata() {
    return posted.stream().map(p -> p.metadata()).toList();
  }

  void serveFile(String path, byte[] content) {
    files.put(path, content);
  }

  void socketModeUrl(String url) {
    socketUrl = url;
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(String method) {
    return calls.stream().filter(call -> call.method().equals(method)).toList();
  }

  void reset() {
    calls.clear();
    queued.clear();
    late.clear();
    posted.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] raw = exchange.getRequestBody().readAllBytes();
    String body = new String(raw, StandardCharsets.UTF_8);
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
    Call call = new Call(path, body, form(body), headers);
    calls.add(call);
    Deque<Answer> waiting = queued.get(path.replaceFirst("^/api/", ""));
    Answer answer = waiting == null ? null : waiting.poll();
    if (answer == null) {
      answer = defaultAnswer(path, call);
    }
    java.time.Duration delay = late.remove(path.replaceFirst("^/api/", ""));
    if (delay != null) {
      // The fake plays a slow platform: the message is taken, the answer comes late.
      for (long end = System.nanoTime() + delay.toNanos(); System.nanoTime() < end; ) {
        java.util.concurrent.locks.LockSupport.parkNanos(end - System.nanoTime());
      }
    }
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    byte[] out =
        files.containsKey(path) ? files.get(path) : answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), out.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(out);
    }
  }

  /**
   * The token a call carried. Tokens of workspaces installed through OAuth are {@code xoxb-<team>}:
   * {@code oauth.v2.access} gives {@code xoxb-T0TWO} for the code {@code code-T0TWO}.
   */
  static String token(Call call) {
    String header = call.headers().getOrDefault("authorization", "");
    return header.startsWith("Bearer ") ? header.substring(7) : call.param("token");
  }

  private static String teamOf(Call call) {
    String token = token(call);
    return token != null && token.startsWith("xoxb-T") ? token.substring(5) : TEAM;
  }

  private Answer defaultAnswer(String path, Call call) {
    Map<String, String> json = Map.of("Content-Type", "application/json; charset=utf-8");
    String body =
        switch (path) {
          case "/api/auth.test" ->
              "{\"ok\":true,\"team_id\":\""
                  + teamOf(call)
                  + "\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";
          case "/api/oauth.v2.access" -> oauthAccess(String.valueOf(call.param("code")));
          case "/api/chat.postMessage" -> post(call);
          case "/api/conversations.history" -> history(String.valueOf(call.param("channel")));
          case "/api/conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D0DM\"}}";
          case "/api/users.info" ->
              "{\"ok\":true,\"user\":{\"id\":\"U0\",\"tz\":\"Europe/Vienna\",\"tz_offset\":3600}}";
          case "/api/files.getUploadURLExternal" ->
              "{\"ok\":true,\"upload_url\":\"" + url("/upload/F0ICS") + "\",\"file_id\":\"F0ICS\"}";
          case "/api/files.completeUploadExternal" ->
              "{\"ok\":true,\"files\":[{\"id\":\"F0ICS\",\"title\":\"meeting.ics\"}]}";
          case "/api/apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
          default -> path.startsWith("/api/") ? "{\"ok\":true}" : "ok";
        };
    return new Answer(200, path.startsWith("/api/") ? json : Map.of(), body);
  }

  /**
   * Keeps the message's metadata for conversations.history, in its conversation: the channel posted
   * to, or D0DM for a user's direct messages; the first post has ts ….000100.
   */
  private String post(Call call) {
    String ts = String.format("1732028400.%06d", 100 + posted.size());
    String channel = String.valueOf(call.param("channel"));
    String conversation = channel.startsWith("U") || channel.startsWith("W") ? "D0DM" : channel;
    posted.add(new Posted(conversation, ts, call.param("metadata")));
    return "{\"ok\":true,\"channel\":\"" + conversation + "\",\"ts\":\"" + ts + "\"}";
  }

  /**
   * The messages posted in {@code conversation}, newest first, with their metadata (as
   * include_all_metadata gives it).
   */
  private String history(String conversation) {
    List<String> messages = new ArrayList<>();
    for (Posted message : posted) {
      if (!message.conversation().equals(conversation)) {
        continue;
      }
      messages.add(
          0,
          "{\"type\":\"message\",\"ts\":\""
              + message.ts()
              + "\""
              + (message.metadata() == null ? "" : ",\"metadata\":" + message.metadata())
              + "}");
    }
    return "{\"ok\":true,\"messages\":[" + String.join(",", messages) + "]}";
  }

  private static String oauthAccess(String code) {
    if (!code.startsWith("code-T")) {
      return "{\"ok\":false,\"error\":\"invalid_code\"}";
    }
    String team = code.substring(5);
    return "{\"ok\":true,\"app_id\":\"A0IGN\",\"authed_user\":{\"id\":\"U0INSTALLER\"},"
        + "\"scope\":\"commands,chat:write,files:write\",\"token_type\":\"bot\","
        + "\"access_token\":\"xoxb-"
        + team
        + "\",\"bot_user_id\":\"UBOT"
        + team
        + "\",\"team\":{\"id\":\""
        + team
        + "\",\"name\":\"Mission "
        + team
        + "\"},\"enterprise\":null,\"is_enterprise_install\":false}";
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new LinkedHashMap<>();
    if (body.isEmpty() || body.startsWith("{")) {
      return params;
    }
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      params.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** The calls as "method" names, in order, for assertions on the exact sequence. */
  List<String> methods() {
    List<String> names = new ArrayList<>();
    calls.forEach(call -> names.add(call.method()));
    return names;
  }
}
