package org.ignbot.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ignbot.core.schedule.Meeting;
import org.ignbot.core.schedule.Schedule;
import org.ignbot.core.time.VenueTime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code next} costs as the history grows (issue 17): 10 to 100,000 meetings, asked when the
 * next meeting is the first, in the middle of the history, and when every meeting is over (the
 * answer is then the last one held). Sample mode, so JMH reports the p99 beside the mean; the goal
 * is a p99 of 5 µs or less at every size.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ScheduleNextBenchmark {
  @Param({"10", "1000", "100000"})
  public int meetings;

  @Param({"first", "middle", "allPast"})
  public String when;

  private Schedule schedule;
  private Instant now;

  @Setup
  public void setUp() {
    schedule = BenchMeetings.schedule(meetings, 1);
    LocalDate first = schedule.all().get(0).date();
    LocalDate day =
        switch (when) {
          case "first" -> first.minusDays(1);
          case "middle" -> first.plusDays(meetings / 2);
          default -> first.plusDays(meetings + 1);
        };
    now = day.atTime(20, 0).atZone(VenueTime.ZONE).toInstant();
  }

  /** What the {@code next} command asks: the next meeting, or else the last one held. */
  @Benchmark
  public Optional<Meeting> next() {
    Optional<Meeting> next = schedule.next(now);
    return next.isPresent() ? next : schedule.lastHeld(now);
  }
}
