package org.ignbot.app.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.ignbot.app.IgnBotApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time to acknowledgement of signed {@code /ign next} requests at a steady rate, next to a plain
 * Spring MVC endpoint of the same application in the same run, sent by a client in a JVM of its own
 * (the load generator no longer shares the server's CPU time and heap). Open loop: each request has its
 * planned send time, and its latency counts from then, so a stalled server cannot hide its queue.
 *
 * <p>Arguments: [requests per second per endpoint, default 200] [seconds, default 60].
 */
public final class SlackAckBenchmark {
  /** A plain endpoint: reads a form body of the same size and answers a small JSON. */
  @RestController
  static class PlainEndpoint {
    @PostMapping("/bench/plain")
    String plain(@RequestBody String body) {
      return "{\"ok\":true,\"length\":" + body.length() + "}";
    }
  }

  /**
   * {@code server <ready-file>}: the application and the fake Slack, serving until ended; once
   * ready it writes its port and a signed-to-be {@code /ign next} body to the file. {@code client
   * <ready-file> [rate] [seconds]}: the load, from a JVM of its own (bench/slack-ack.sh starts both).
   */
  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("server")) {
      serve(Path.of(args[1]));
      return;
    }
    if (args.length < 2 || !args[0].equals("client")) {
      System.err.println("Usage: SlackAckBenchmark server <ready-file> | client <ready-file> [rate] [seconds]");
      System.exit(2);
    }
    List<String> ready = Files.readAllLines(Path.of(args[1]));
    int port = Integer.parseInt(ready.get(0));
    String body = ready.get(1);
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    ExecutorService io = Executors.newFixedThreadPool(4);
    HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io).build();
    // Slack's signature carries the wall-clock time; the server checks it against its own clock.
    Clock clock = Clock.systemUTC();
    try {
      System.out.printf("Warming up: %d/s per endpoint for 15 s%n", rate);
      run(http, clock, body, port, rate, 15);
      System.out.printf("Measuring: %d/s per endpoint for %d s%n", rate, seconds);
      Result[] results = run(http, clock, body, port, rate, seconds);
      System.out.println();
      System.out.println(
          "| endpoint | requests | errors | statuses | p50 ms | p90 ms | p99 ms | max ms |");
      System.out.println("|---|---|---|---|---|---|---|---|");
      results[0].print("`/slack/events` signed `/ign next`");
      results[1].print("plain Spring MVC `POST /bench/plain`");
    } finally {
      io.shutdownNow();
    }
  }

  private static void serve(Path readyFile) throws Exception {
    FakeSlack fake = FakeSlack.start();
    ConfigurableApplicationContext context =
        new SpringApplication(IgnBotApplication.class, PlainEndpoint.class)
            .run(
                "--server.port=0",
                "--slack.bot.token=" + FakeSlack.BOT_TOKEN,
                "--slack.signing.secret=" + SignedSlack.SECRET,
                "--ign.slack.api.url=" + fake.url("/api/"),
                "--ign.clock.as-of=2024-11-18T12:00-05:00",
                "--ign.terminal.enabled=false",
                "--logging.level.root=WARN");
    int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    String body = new SignedSlack(port, fake).slashBody("next", "U0BENCH", "C0BENCH");
    Path written = Files.writeString(readyFile.resolveSibling(readyFile.getFileName() + ".tmp"),
        port + "\n" + body + "\n");
    Files.move(written, readyFile, StandardCopyOption.ATOMIC_MOVE);
    System.out.println("Serving on port " + port + " until ended");
    // SIGTERM from the script closes the context (Spring's shutdown hook).
    Thread.currentThread().join();
  }

  private static Result[] run(
      HttpClient http, Clock clock, String body, int port, int rate, int seconds)
      throws Exception {
    int count = rate * seconds;
    long[] slackNanos = new long[count];
    long[] plainNanos = new long[count];
    AtomicInteger slackErrors = new AtomicInteger();
    AtomicInteger plainErrors = new AtomicInteger();
    Map<Integer, Integer> slackStatuses = new ConcurrentSkipListMap<>();
    Map<Integer, Integer> plainStatuses = new ConcurrentSkipListMap<>();
    CompletableFuture<?>[] pending = new CompletableFuture<?>[count * 2];
    URI plain = URI.create("http://127.0.0.1:" + port + "/bench/plain");
    URI events = URI.create("http://127.0.0.1:" + port + "/slack/events");
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime() + 50_000_000L;
    for (int i = 0; i < count; i++) {
      long planned = start + i * interval;
      long wait = planned - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      String timestamp = String.valueOf(clock.instant().getEpochSecond());
      HttpRequest signed =
          HttpRequest.newBuilder(events)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-Slack-Request-Timestamp", timestamp)
              .header("X-Slack-Signature", SignedSlack.sign(timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      HttpRequest unsigned =
          HttpRequest.newBuilder(plain)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      int n = i;
      pending[2 * i] =
          http.sendAsync(signed, HttpResponse.BodyHandlers.ofString())
              .whenComplete(
                  (response, failure) -> {
                    slackNanos[n] = System.nanoTime() - planned;
                    slackStatuses.merge(failure == null ? response.statusCode() : 0, 1, Integer::sum);
                    if (failure != null
                        || response.statusCode() != 200
                        || !response.body().contains("Next IGN meeting")) {
                      slackErrors.incrementAndGet();
                    }
                  });
      pending[2 * i + 1] =
          http.sendAsync(unsigned, HttpResponse.BodyHandlers.ofString())
              .whenComplete(
                  (response, failure) -> {
                    plainNanos[n] = System.nanoTime() - planned;
                    plainStatuses.merge(failure == null ? response.statusCode() : 0, 1, Integer::sum);
                    if (failure != null || response.statusCode() != 200) {
                      plainErrors.incrementAndGet();
                    }
                  });
    }
    CompletableFuture.allOf(pending).exceptionally(failure -> null).get();
    return new Result[] {
      new Result(slackNanos, slackErrors.get(), slackStatuses),
      new Result(plainNanos, plainErrors.get(), plainStatuses)
    };
  }

  /** Latencies, the answers that were not the expected one, and each status's count (0: none). */
  private record Result(long[] nanos, int errors, Map<Integer, Integer> statuses) {
    void print(String name) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      System.out.printf(
          "| %s | %d | %d | %s | %.1f | %.1f | %.1f | %.1f |%n",
          name,
          sorted.length,
          errors,
          statuses,
          ms(sorted, 0.50),
          ms(sorted, 0.90),
          ms(sorted, 0.99),
          sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
      int index = (int) Math.ceil(quantile * sorted.length) - 1;
      return sorted[Math.max(0, index)] / 1e6;
    }
  }

  private SlackAckBenchmark() {}

}
