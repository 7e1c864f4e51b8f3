package org.ignbot.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.ignbot.core.notify.DeliveryResult;
import org.ignbot.core.notify.Messenger;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Subscription;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.time.VenueTime;
import org.ignbot.scheduler.RunnerSettings;
import org.ignbot.store.JdbcSubscriptionStore;
import org.ignbot.store.Schema;

/**
 * The exactly-once drill of issue #16 at scale, on the real clock: N subscribers on one PostgreSQL,
 * two bot instances in child JVMs, a fake platform on 127.0.0.1 that allows 50 requests a second
 * (HTTP 429 with Retry-After: 1 beyond) and answers 5 % of first posts only after the send time-out
 * (the message arrived, the answer is lost); once 30 % have arrived one instance is killed with
 * SIGKILL. Reports delivered, missing, duplicates, late, the take-over time and the requests made
 * inside an announced Retry-After window.
 *
 * <p>{@code bench/run drill [subscribers]} (1,000 by default).
 */
public final class ReminderDrill {
  private static final Clock CLOCK = Clock.systemUTC();
  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(5);

  private ReminderDrill() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("instance")) {
      instance(args[1], args[2], args[3], Long.parseLong(args[4]));
      return;
    }
    int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    String schema = "drill_" + System.nanoTime();
    sql("create schema " + schema);
    String url = URL + "?currentSchema=" + schema;
    Platform platform = new Platform(50);
    HttpServer server = platform.serve();
    String platformUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    Instant due = CLOCK.instant().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
    List<Process> instances;
    try (HikariDataSource pool = pool(url)) {
      Schema.migrate(pool);
      JdbcSubscriptionStore store = new JdbcSubscriptionStore(pool, CLOCK);
      Instant since = CLOCK.instant();
      for (int i = 0; i < subscribers; i++) {
        store.save(
            new Subscription(
                recipient(i), Optional.empty(), List.of(Duration.ofMinutes(5)), since));
      }
    }
    long start = due.plus(Duration.ofMinutes(5)).getEpochSecond();
    instances =
        List.of(
            child(url, platformUrl, "drill-a", start), child(url, platformUrl, "drill-b", start));
    while (platform.arrived.size() < subscribers * 3 / 10
        && CLOCK.instant().isBefore(due.plusSeconds(120))) {
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
    instances.get(0).destroyForcibly(); // SIGKILL
    Instant killed = CLOCK.instant();
    int arrivedAtKill = platform.arrived.size();
    while (platform.arrived.size() < subscribers
        && CLOCK.instant().isBefore(due.plus(Duration.ofMinutes(4)))) {
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
    LockSupport.parkNanos(Duration.ofSeconds(10).toNanos()); // late doubles, if any, come in
    instances.forEach(Process::destroyForcibly);
    server.stop(0);
    sql("drop schema " + schema + " cascade");
    platform.report(subscribers, due, killed, arrivedAtKill);
  }

  private static Process child(String url, String platform, String name, long start)
      throws IOException {
    return new ProcessBuilder(
            Path.java(),
            "-cp",
            System.getProperty("java.class.path"),
            ReminderDrill.class.getName(),
            "instance",
            url,
            platform,
            name,
            String.valueOf(start))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** One bot instance: its pool, its runner, a messenger speaking HTTP to the fake platform. */
  private static void instance(String url, String platform, String name, long start)
      throws Exception {
    HikariDataSource pool = pool(url);
    JdbcSubscriptionStore store = new JdbcSubscriptionStore(pool, CLOCK);
    ZonedDateTime at = Instant.ofEpochSecond(start).atZone(VenueTime.ZONE);
    Meeting meeting = ReminderBench.meeting("drill", at);
    InMemoryScheduleRepository schedules =
        new InMemoryScheduleRepository(new Schedule(List.of(meeting)));
    RunnerSettings settings =
        RunnerSettings.defaults(name).withThreads(8).withSendTimeout(SEND_TIMEOUT);
    ReminderBench.runner(pool, schedules, store, new HttpMessenger(platform), settings).start();
    Thread.sleep(Long.MAX_VALUE);
  }

  private static Recipient recipient(int i) {
    return new Recipient("slack", "T1", Recipient.Kind.DIRECT_MESSAGE, "U" + i);
  }

  private static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername("postgres");
    config.setMaximumPoolSize(14);
    return new HikariDataSource(config);
  }

  private static void sql(String statement) throws Exception {
    try (var c = DriverManager.getConnection(URL, "postgres", "");
        var s = c.createStatement()) {
      s.execute(statement);
    }
  }

  /** The platform as seen from an instance: a post carries the key, as Slack's metadata does. */
  private static final class HttpMessenger implements Messenger {
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String platform;

    HttpMessenger(String platform) {
      this.platform = platform;
    }

    @Override
    public String platform() {
      return "slack";
    }

    @Override
    public DeliveryResult send(Recipient recipient, Reply message) {
      return send(recipient, message, "");
    }

    @Override
    public DeliveryResult send(Recipient recipient, Reply message, String key) {
      try {
        HttpResponse<String> answer = call("/send?key=" + key);
        if (answer.statusCode() == 429) {
          long after = Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1"));
          return new DeliveryResult.RetryLater(Duration.ofSeconds(after), "HTTP 429");
        }
        return answer.statusCode() == 200
            ? new DeliveryResult.Delivered(answer.body())
            : new DeliveryResult.RetryLater(Duration.ZERO, "HTTP " + answer.statusCode());
      } catch (IOException | InterruptedException e) {
        return new DeliveryResult.RetryLater(Duration.ZERO, e.toString());
      }
    }

    @Override
    public Optional<DeliveryResult.Delivered> find(Recipient recipient, String key) {
      try {
        HttpResponse<String> answer = call("/find?key=" + key);
        return answer.statusCode() == 200
            ? Optional.of(new DeliveryResult.Delivered(answer.body()))
            : Optional.empty();
      } catch (IOException | InterruptedException e) {
        return Optional.empty();
      }
    }

    private HttpResponse<String> call(String path) throws IOException, InterruptedException {
      String encoded = path.replace("@", "%40");
      return http.send(
          HttpRequest.newBuilder(URI.create(platform + encoded))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  /** The fake platform: counts every message by key, limits the rate, loses some answers. */
  private static final class Platform {
    final Map<String, Instant> arrived = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> copies = new ConcurrentHashMap<>();
    final AtomicInteger limited = new AtomicInteger();
    final AtomicInteger insideWindow = new AtomicInteger();
    final AtomicInteger answersLost = new AtomicInteger();
    private final AtomicReference<Instant[]> window = new AtomicReference<>();
    private final int perSecond;
    private double tokens;
    private Instant refilled = CLOCK.instant();

    Platform(int perSecond) {
      this.perSecond = perSecond;
      this.tokens = perSecond;
    }

    HttpServer serve() throws IOException {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
      server.setExecutor(Executors.newCachedThreadPool());
      server.createContext("/send", this::send);
      server.createContext("/find", this::find);
      server.start();
      return server;
    }

    private void send(HttpExchange exchange) throws IOException {
      String key = key(exchange);
      Instant made = CLOCK.instant();
      Instant[] closed = window.get();
      if (closed != null && made.isAfter(closed[0].plusMillis(5)) && made.isBefore(closed[1])) {
        insideWindow.incrementAndGet();
      }
      if (!take(made)) {
        exchange.getResponseHeaders().add("Retry-After", "1");
        answer(exchange, 429, "ratelimited");
        return;
      }
      boolean first = copies.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() == 1;
      arrived.putIfAbsent(key, made);
      if (first && Math.floorMod(key.hashCode(), 20) == 0) {
        // It arrived; the answer comes after the instance's send time-out.
        answersLost.incrementAndGet();
        LockSupport.parkNanos(SEND_TIMEOUT.plusSeconds(3).toNanos());
      }
      answer(exchange, 200, "m-" + key);
    }

    private void find(HttpExchange exchange) throws IOException {
      String key = key(exchange);
      answer(exchange, arrived.containsKey(key) ? 200 : 404, "m-" + key);
    }

    private synchronized boolean take(Instant now) {
      tokens =
          Math.min(perSecond, tokens + Duration.between(refilled, now).toNanos() / 1e9 * perSecond);
      refilled = now;
      if (tokens < 1) {
        limited.incrementAndGet();
        window.set(new Instant[] {now, now.plusSeconds(1)});
        return false;
      }
      tokens -= 1;
      return true;
    }

    private static String key(HttpExchange exchange) {
      String query = exchange.getRequestURI().getQuery();
      return query.substring(query.indexOf("key=") + 4);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    }

    void report(int subscribers, Instant due, Instant killed, int arrivedAtKill) {
      int duplicates = copies.values().stream().mapToInt(c -> c.get() - 1).sum();
      long late = arrived.values().stream().filter(at -> at.isAfter(due.plusSeconds(60))).count();
      Instant last = arrived.values().stream().max(Instant::compareTo).orElse(killed);
      System.out.printf(
          "drill: %d subscribers, 2 instances, one killed (SIGKILL) after %d arrived%n"
              + "delivered %d, missing %d, duplicates %d, late (over 60 s after due) %d; answers"
              + " lost after arrival %d; last arrival %.1f s after the kill, %.1f s after due;"
              + " 429 answers %d, requests inside an announced Retry-After window %d%n",
          subscribers,
          arrivedAtKill,
          arrived.size(),
          subscribers - arrived.size(),
          duplicates,
          late,
          answersLost.get(),
          Duration.between(killed, last).toMillis() / 1e3,
          Duration.between(due, last).toMillis() / 1e3,
          limited.get(),
          insideWindow.get());
    }
  }

  /** The java launcher of this JVM. */
  private static final class Path {
    static String java() {
      return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
  }
}
