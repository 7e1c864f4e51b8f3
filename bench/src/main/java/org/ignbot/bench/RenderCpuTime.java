package org.ignbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * as wall time: on a machine shared with other work, wall time mostly measures the neighbours.
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
    int gzipped = feeds.feed("ign").orElseThrow().gzipped().length;
    int lookups = 100_000;
    long cachedStart = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < lookups; i++) {
      feeds.feed("ign");
    }
    long cachedCpu = THREADS.getCurrentThreadCpuTime() - cachedStart;
    System.out.printf(
        "full feed, 1,000 meetings / 2,000 events, %,d characters, %,d bytes gzipped%n"
            + "  render: median %.1f ms CPU (min %.1f), median %.1f ms wall (min %.1f)%n"
            + "  cached answer: %.2f µs CPU each; feeds written for %,d cached answers: %d%n",
        size,
        gzipped,
        median(cpu) / 1e6,
        Arrays.stream(cpu).min().orElseThrow() / 1e6,
        median(wall) / 1e6,
        Arrays.stream(wall).min().orElseThrow() / 1e6,
        cachedCpu / 1e3 / lookups,
        lookups,
        feeds.renders());
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
