package org.ignbot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ignbot.core.calendar.CalendarFeed;
import org.ignbot.core.calendar.CalendarFeeds;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.calendar.RenderedCalendar;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The full feed of 1,000 meetings (2,000 sittings): written from scratch, answered from the cache,
 * and served over HTTP on 127.0.0.1 (200 with the body, 304 for a calendar that has it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CalendarFeedBenchmark {

  /** The writer and the cache, without HTTP. */
  @State(Scope.Benchmark)
  public static class Core {
    List<Meeting> meetings;
    IcsWriter writer;
    CalendarFeeds feeds;

    @Setup
    public void setUp() {
      Clock clock = Clock.systemUTC();
      Schedule schedule = BenchMeetings.schedule(1000, 1);
      meetings = schedule.all();
      writer = new IcsWriter(clock, BenchApplication.LINKS, "noreply@ign-bot.invalid");
      feeds = new CalendarFeeds(new InMemoryScheduleRepository(schedule), writer, clock);
      feeds.feed("ign");
    }

    @TearDown
    public void report() {
      System.out.println("\n[core] feeds written during the run: " + feeds.renders());
    }
  }

  /** The web adapter on a random port, with the feed cached by a first request. */
  @State(Scope.Benchmark)
  public static class Web {
    ConfigurableApplicationContext context;
    HttpClient http;
    HttpRequest get;
    HttpRequest conditional;
    HttpRequest gzip;
    CalendarFeeds feeds;
    InMemoryScheduleRepository schedules;
    Schedule[] alternating;
    int turn;
    ServerTime serverTime;
    boolean measuring;

    @Setup
    public void setUp() throws Exception {
      context =
          new SpringApplicationBuilder(BenchApplication.class)
              .properties("server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off")
              .run();
      String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
      feeds = context.getBean(CalendarFeeds.class);
      schedules = context.getBean(InMemoryScheduleRepository.class);
      alternating =
          new Schedule[] {BenchMeetings.schedule(1000, 2), BenchMeetings.schedule(1000, 3)};
      http = HttpClient.newHttpClient();
      get = HttpRequest.newBuilder(URI.create(base + "/calendar/ign.ics")).build();
      String etag =
          http.send(get, HttpResponse.BodyHandlers.discarding())
              .headers()
              .firstValue("ETag")
              .orElseThrow();
      conditional =
          HttpRequest.newBuilder(URI.create(base + "/calendar/ign.ics"))
              .header("If-None-Match", etag)
              .build();
      gzip =
          HttpRequest.newBuilder(URI.create(base + "/calendar/ign.ics"))
              .header("Accept-Encoding", "gzip")
              .build();
      serverTime = context.getBean(ServerTime.class);
      serverTime.reset();
    }

    /** Server time counts the measured iterations only. */
    @Setup(Level.Iteration)
    public void startMeasuring(IterationParams iteration) {
      if (iteration.getType() == IterationType.MEASUREMENT && !measuring) {
        serverTime.reset();
        measuring = true;
      }
    }

    @TearDown
    public void tearDown() {
      System.out.println(
          "\n[web] feeds written during the run: "
              + feeds.renders()
              + "; "
              + serverTime.report()
              + " (measured iterations)");
      context.close();
    }
  }

  /** A fresh schedule for the next request, so that it cannot come from the cache. */
  @State(Scope.Thread)
  public static class Changing {
    @Setup(Level.Invocation)
    public void publish(Web web) {
      web.schedules.publish(web.alternating[web.turn++ % 2]);
    }
  }

  @Benchmark
  public String renderFullFeed(Core core) {
    return core.writer.write(CalendarFeed.all(), core.meetings);
  }

  @Benchmark
  public RenderedCalendar cachedAnswer(Core core) {
    return core.feeds.feed("ign").orElseThrow();
  }

  @Benchmark
  public int httpCachedFeed(Web web) throws Exception {
    return web.http.send(web.get, HttpResponse.BodyHandlers.ofByteArray()).body().length;
  }

  @Benchmark
  public int httpCachedFeedGzip(Web web) throws Exception {
    return web.http.send(web.gzip, HttpResponse.BodyHandlers.ofByteArray()).body().length;
  }

  @Benchmark
  public int httpNotModified(Web web) throws Exception {
    return web.http.send(web.conditional, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Benchmark
  public int httpFreshRender(Web web, Changing changing) throws Exception {
    return web.http.send(web.get, HttpResponse.BodyHandlers.ofByteArray()).body().length;
  }
}
