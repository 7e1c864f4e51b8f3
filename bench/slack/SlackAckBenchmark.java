package org.ignbot.app.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
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
 * Spring MVC endpoint of the same application in the same run. Open loop: each request has its
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

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    FakeSlack fake = FakeSlack.start();
    ConfigurableApplicationContext context =
        new SpringApplication(IgnBotApplication.class, PlainEndpoint.class)
            .run(
                "--server.port=0",
                "--slack.bot.token=" + FakeSlack.BOT_TOKEN,
                "--slack.signing.secret=" + SignedSlack.SECRET,
                "--ign.slack.api.url=" + fake.url("/api/"),
                "--ign.clock.as-of=2024-11-18T12:00-05:00",
                "--logging.level.root=WARN");
    int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    SignedSlack slack = new SignedSlack(port, fake);
    ExecutorService io = Executors.newFixedThreadPool(4);
    HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io).build();
    try {
      System.out.printf("Warming up: %d/s per endpoint for 15 s%n", rate);
      run(http, slack, port, rate, 15);
      System.out.printf("Measuring: %d/s per endpoint for %d s%n", rate, seconds);
      Result[] results = run(http, slack, port, rate, seconds);
      System.out.println();
      System.out.println("| endpoint | requests | errors | p50 ms | p90 ms | p99 ms | max ms |");
      System.out.println("|---|---|---|---|---|---|---|");
      results[0].print("`/slack/events` signed `/ign next`");
      results[1].print("plain Spring MVC `POST /bench/plain`");
    } finally {
      context.close();
      fake.close();
      io.shutdownNow();
    }
  }

  private static Result[] run(HttpClient http, SignedSlack slack, int port, int rate, int seconds)
      throws Exception {
    int count = rate * seconds;
    long[] slackNanos = new long[count];
    long[] plainNanos = new long[count];
    AtomicInteger slackErrors = new AtomicInteger();
    AtomicInteger plainErrors = new AtomicInteger();
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
      String body = slack.slashBody("next", "U0BENCH", "C0BENCH");
      String timestamp = String.valueOf(slack.now());
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
                    if (failure != null || response.statusCode() != 200) {
                      plainErrors.incrementAndGet();
                    }
                  });
    }
    CompletableFuture.allOf(pending).exceptionally(failure -> null).get();
    return new Result[] {
      new Result(slackNanos, slackErrors.get()), new Result(plainNanos, plainErrors.get())
    };
  }

  private record Result(long[] nanos, int errors) {
    void print(String name) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      System.out.printf(
          "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
          name,
          sorted.length,
          errors,
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
