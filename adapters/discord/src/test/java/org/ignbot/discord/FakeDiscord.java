package org.ignbot.discord;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A small Discord on 127.0.0.1: a REST API that records every call and answers like Discord (or
 * with a queued failure), and a gateway that says HELLO, answers IDENTIFY with READY and
 * GUILD_CREATE, and dispatches the interactions a test sends.
 */
final class FakeDiscord implements AutoCloseable {
  /** One REST call as the fake received it; the body's bytes are kept as ISO-8859-1 text. */
  record Call(String method, String path, String contentType, String body, long nanos) {
    /** The JSON payload: the body, or its {@code payload_json} part when files came with it. */
    DataObject json() {
      String json = body;
      if (contentType.startsWith("multipart/")) {
        int start = body.indexOf('{', body.indexOf("name=\"payload_json\""));
        json = body.substring(start, body.indexOf("\r\n--", start));
      }
      return DataObject.fromJson(
          new String(json.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    /** The file parts' names and contents, for a multipart body. */
    Map<String, String> files() {
      Map<String, String> files = new LinkedHashMap<>();
      java.util.regex.Matcher part =
          java.util.regex.Pattern.compile(
                  "filename=\"([^\"]+)\"\r\n(?:[^\r\n]+\r\n)*\r\n(.*?)\r\n--",
                  java.util.regex.Pattern.DOTALL)
              .matcher(body);
      while (part.find()) {
        files.put(part.group(1), part.group(2));
      }
      return files;
    }

    boolean is(String method, String pathPattern) {
      return this.method.equals(method) && path.matches(pathPattern);
    }
  }

  private record Canned(int status, Map<String, String> headers, String body) {}

  private final HttpServer rest;
  private final Gateway gateway;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Canned>> failures = new LinkedHashMap<>();
  private final Map<String, DataObject> events = new LinkedHashMap<>();
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Deque<Long> window = new ArrayDeque<>();
  private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, java.time.Duration> late =
      new java.util.concurrent.ConcurrentHashMap<>();
  private int limit;
  private static final AtomicLong SEQUENCE = new AtomicLong();

  FakeDiscord() throws IOException, InterruptedException {
    // Answers go out at once, as from Discord's servers, not held back by Nagle's algorithm.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    rest.createContext("/", this::serve);
    // A request answered late must not hold up the others.
    rest.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    rest.start();
    gateway = new Gateway();
    gateway.start();
    await().until(() -> gateway.getPort() > 0);
  }

  /**
   * A fresh Discord id. Its first bits are the creation time, which JDA reads: an interaction older
   * than 15 minutes has expired, so ids follow the real clock, as Discord's do.
   */
  static String snowflake() {
    long discordEpoch = 1420070400000L;
    return String.valueOf(
        (System.currentTimeMillis() - discordEpoch) << 22 | (SEQUENCE.incrementAndGet() & 0xFFF));
  }

  String apiUrl() {
    return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
  }

  String gatewayUrl() {
    return "ws://127.0.0.1:" + gateway.getPort();
  }

  /** A file Discord's CDN serves, for attachment options. */
  String file(String name, byte[] content) {
    files.put(name, content);
    return "http://127.0.0.1:" + rest.getAddress().getPort() + "/attachments/" + name;
  }

  /**
   * The next call matching {@code method} and {@code pathPattern} is carried out (a message is
   * created) but answered only after {@code delay}: a platform that took it and answered late.
   */
  void answerLate(String method, String pathPattern, java.time.Duration delay) {
    late.put(method + " " + pathPattern, delay);
  }

  /** The next call matching {@code method} and {@code pathPattern} fails so. */
  void failNext(
      String method, String pathPattern, int status, Map<String, String> headers, String body) {
    synchronized (failures) {
      failures
          .computeIfAbsent(method + " " + pathPattern, k -> new ArrayDeque<>())
          .add(new Canned(status, headers, body));
    }
  }

  /** Sends an interaction over the gateway. */
  void dispatch(DataObject interaction) {
    gateway.dispatch("INTERACTION_CREATE", interaction);
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(String method, String pathPattern) {
    return calls.stream().filter(call -> call.is(method, pathPattern)).toList();
  }

  /** Waits for a call matching the method, path and test; returns it. */
  Call awaitCall(String method, String pathPattern, Predicate<Call> test) {
    return await()
        .atMost(Duration.ofSeconds(15))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(2))
        .until(
            () -> calls(method, pathPattern).stream().filter(test).findFirst().orElse(null),
            call -> call != null);
  }

  Call awaitCall(String method, String pathPattern) {
    return awaitCall(method, pathPattern, call -> true);
  }

  /** The guild's scheduled events as the fake keeps them. */
  List<DataObject> events() {
    synchronized (events) {
      return List.copyOf(events.values());
    }
  }

  void addEvent(DataObject event) {
    synchronized (events) {
      events.put(event.getString("id"), event);
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v10", "");
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
    Call call = new Call(method, path, type, body, System.nanoTime());
    calls.add(call);
    Canned answer = failure(call);
    if (answer == null) {
      answer = limited();
    }
    try {
      if (answer == null) {
        answer = answer(call);
      }
    } catch (RuntimeException e) {
      // A fake that cannot answer says why, as a server error the test will see.
      answer = new Canned(500, Map.of(), "{\"message\": \"fake: " + e + "\", \"code\": 0}");
    }
    for (String key : late.keySet()) {
      String[] parts = key.split(" ", 2);
      java.time.Duration delay = call.is(parts[0], parts[1]) ? late.remove(key) : null;
      if (delay != null) {
        // The fake plays a slow platform: the message exists, the answer comes late.
        for (long end = System.nanoTime() + delay.toNanos(); System.nanoTime() < end; ) {
          java.util.concurrent.locks.LockSupport.parkNanos(end - System.nanoTime());
        }
      }
    }
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
    if (answer.body().startsWith("{") || answer.body().startsWith("[")) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
    if (out.length > 0) {
      exchange.getResponseBody().write(out);
    }
    exchange.close();
  }

  /**
   * From now on, at most {@code perSecond} requests in any second; more get a 429 as Discord sends
   * it, with Retry-After in whole seconds in the header and exactly in the body.
   */
  void limitTo(int perSecond) {
    synchronized (window) {
      limit = perSecond;
    }
  }

  private Canned limited() {
    synchronized (window) {
      long now = System.nanoTime();
      while (!window.isEmpty() && now - window.peekFirst() >= 1_000_000_000L) {
        window.pollFirst();
      }
      if (limit > 0 && window.size() >= limit) {
        double wait = (1_000_000_000L - (now - window.peekFirst())) / 1e9;
        return new Canned(
            429,
            Map.of("Retry-After", String.valueOf((long) Math.ceil(wait)), "Via", "1.1 google"),
            "{\"message\": \"You are being rate limited.\", \"retry_after\": "
                + wait
                + ", \"global\": false}");
      }
      window.addLast(now);
      return null;
    }
  }

  private Canned failure(Call call) {
    synchronized (failures) {
      for (Map.Entry<String, Deque<Canned>> entry : failures.entrySet()) {
        String[] key = entry.getKey().split(" ", 2);
        if (call.is(key[0], key[1]) && !entry.getValue().isEmpty()) {
          return entry.getValue().poll();
        }
      }
    }
    return null;
  }

  private Canned answer(Call call) {
    String id = snowflake();
    if (call.is("GET", "/users/@me")) {
      return json(Payloads.selfUser());
    }
    if (call.is("PUT", "/applications/\\d+(/guilds/\\d+)?/commands")) {
      return new Canned(200, Map.of(), "[]");
    }
    if (call.is("POST", "/interactions/\\d+/[^/]+/callback")) {
      return new Canned(204, Map.of(), "");
    }
    if (call.is("PATCH", "/webhooks/\\d+/[^/]+/messages/@original")
        || call.is("POST", "/webhooks/\\d+/[^/]+")) {
      return json(Payloads.message(id, Payloads.CHANNEL).put("webhook_id", Payloads.APP));
    }
    if (call.is("POST", "/users/@me/channels")) {
      return json(
          Payloads.dmChannel(
              "1" + call.json().getString("recipient_id").substring(1),
              call.json().getString("recipient_id")));
    }
    if (call.is("POST", "/channels/\\d+/messages")) {
      String channel = call.path().split("/")[2];
      DataObject sent = call.json();
      if (sent.getBoolean("enforce_nonce", false) && sent.hasKey("nonce")) {
        // As Discord: the same nonce again (within minutes) gets the message already created.
        String existing = nonces.putIfAbsent(channel + "/" + sent.getString("nonce"), id);
        return json(Payloads.message(existing == null ? id : existing, channel));
      }
      return json(Payloads.message(id, channel));
    }
    if (call.is("GET", "/guilds/\\d+/scheduled-events")) {
      return new Canned(200, Map.of(), DataArray.fromCollection(events()).toString());
    }
    if (call.is("POST", "/guilds/\\d+/scheduled-events")) {
      DataObject event = scheduledEvent(id, call.json());
      addEvent(event);
      return json(event);
    }
    if (call.is("PATCH", "/guilds/\\d+/scheduled-events/\\d+")) {
      DataObject event;
      synchronized (events) {
        event = events.get(call.path().split("/")[4]);
        DataObject change = call.json();
        for (String key : change.keys()) {
          event.put(key, change.opt(key).orElse(null));
        }
      }
      return json(event);
    }
    if (call.is("GET", "/attachments/.+")) {
      byte[] file = files.get(call.path().substring("/attachments/".length()));
      return new Canned(
          200, Map.of("Content-Type", "text/plain"), new String(file, StandardCharsets.UTF_8));
    }
    return new Canned(404, Map.of(), "{\"message\": \"404: Not Found\", \"code\": 0}");
  }

  static DataObject scheduledEvent(String id, DataObject request) {
    return DataObject.empty()
        .put("id", id)
        .put("guild_id", Payloads.GUILD)
        .put("channel_id", null)
        .put("creator_id", Payloads.BOT)
        .put("creator", Payloads.user(Payloads.BOT, "IGN Bot", true))
        .put("name", request.getString("name"))
        .put("description", request.getString("description", null))
        .put("scheduled_start_time", request.getString("scheduled_start_time"))
        .put("scheduled_end_time", request.getString("scheduled_end_time", null))
        .put("privacy_level", 2)
        .put("status", 1)
        .put("entity_type", request.getInt("entity_type", 3))
        .put("entity_id", null)
        .put("entity_metadata", request.optObject("entity_metadata").orElse(null))
        .put("user_count", 0)
        .put("image", null);
  }

  private static Canned json(DataObject object) {
    return new Canned(200, Map.of(), object.toString());
  }

  @Override
  public void close() throws Exception {
    rest.stop(0);
    gateway.stop(1000);
  }

  /** The gateway: HELLO on connect, READY and GUILD_CREATE on IDENTIFY, ACK on heartbeats. */
  private final class Gateway extends WebSocketServer {
    private volatile WebSocket client;
    private int sequence;

    Gateway() {
      super(new InetSocketAddress("127.0.0.1", 0));
      setReuseAddr(true);
      setTcpNoDelay(true);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      client = conn;
      conn.send(Payloads.hello().toString());
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      DataObject payload = DataObject.fromJson(message);
      switch (payload.getInt("op")) {
        case 1 -> conn.send("{\"op\": 11}");
        case 2 -> {
          dispatch("READY", Payloads.ready(gatewayUrl()));
          dispatch("GUILD_CREATE", Payloads.guildCreate());
        }
        default -> {}
      }
    }

    synchronized void dispatch(String type, DataObject data) {
      if (client == null) {
        await().until(() -> client != null);
      }
      client.send(
          DataObject.empty()
              .put("op", 0)
              .put("s", ++sequence)
              .put("t", type)
              .put("d", data)
              .toString());
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onStart() {}
  }
}
