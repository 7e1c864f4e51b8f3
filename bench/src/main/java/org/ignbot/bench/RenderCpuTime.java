package org.ignbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.ignbot.core.calendar.CalendarFeed;
import org.ignbot.core.calendar.CalendarFeeds;
import org.ignbot.core.calendar.IcsWriter;
import org.ignbot.core.schedule.InMemoryScheduleRepository;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;

/**
 * The full feed's render and a cached answer measured in CPU time of the rendering thread as well
 * as wall time: on a machine shared with other work, wall time mostly measures the neighbours. A
 * yardstick measured in the same run, the feed's text encoded to UTF-8 and hashed with SHA-256
 * (what every written feed costs anyway, to send and to tag), gives the render as a ratio that
 * another machine or another load can compare.
 */
public final class RenderCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private RenderCpuTime() {}

  public static void main(String[] args) {
    Clock clock = Clock.systemUTC();
    Schedule schedule = BenchMeetings.schedule(1000, 1);
    List<Meeting> meetings = schedule.all();
    IcsWriter writer = new IcsWriter(clock, BenchApplication.LINKS, "noreply@ign-bot.invalid");
    CalendarFeeds feeds =
        new CalendarFeeds(new InMemoryScheduleRepository(schedule), writer, clock);
    for (int i = 0; i < 30; i++) {
      writer.write(CalendarFeed.all(), meetings);
    }
    int rounds = 40;
    long[] cpu = new long[rounds];
    long[] wall = new long[rounds];
    int size = 0;
    for (int i = 0; i < rounds; i++) {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      size = writer.write(CalendarFeed.all(), meetings).length();
      wall[i] = System.nanoTime() - wallStart;
      cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
    }
    String text = writer.write(CalendarFeed.all(), meetings);
    long[] yardstick = new long[rounds];
    for (int i = 0; i < rounds + 30; i++) {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      sha256(text.getBytes(StandardCharsets.UTF_8));
      if (i >= 30) {
        yardstick[i - 30] = THREADS.getCurrentThreadCpuTime() - cpuStart;
      }
    }
    int gzipped = feeds.feed("ign").orElseThrow().gzipped().length;
    int lookups = 100_000;
    long cachedStart = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < lookups; i++) {
      feeds.feed("ign");
    }
    long cachedCpu = THREADS.getCurrentThreadCpuTime() - cachedStart;
    System.out.printf(
        "load average %.1f%n"
            + "full feed, 1,000 meetings / 2,000 events, %,d characters, %,d bytes gzipped%n"
            + "  render: median %.1f ms CPU (min %.1f), median %.1f ms wall (min %.1f)%n"
            + "  yardstick (UTF-8 and SHA-256 of the feed): median %.1f ms CPU; render / yardstick"
            + " %.1f×%n"
            + "  cached answer: %.2f µs CPU each; feeds written for %,d cached answers: %d%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        size,
        gzipped,
        median(cpu) / 1e6,
        Arrays.stream(cpu).min().orElseThrow() / 1e6,
        median(wall) / 1e6,
        Arrays.stream(wall).min().orElseThrow() / 1e6,
        median(yardstick) / 1e6,
        median(cpu) / median(yardstick),
        cachedCpu / 1e3 / lookups,
        lookups,
        feeds.renders());
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
