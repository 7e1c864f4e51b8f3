package org.ignbot.core.letter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.ignbot.core.text.InvalidInputException;

/**
 * The work one letter may cost: processor time and a number of characters. A file built to keep the
 * reader busy is refused with one line naming the limit it hit, instead of holding a thread and
 * memory for minutes. Checked from the loops that walk a file, so a limit stops the work promptly.
 * Time is the reading thread's processor time where the JVM measures it: on a busy machine a letter
 * waiting for a processor is not refused, a file that makes work still is.
 */
final class LayoutBudget {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final String name;
  private final Duration time;
  private final long deadline;
  private final int maxChars;
  private int chars;

  LayoutBudget(String name, Duration time, int maxChars) {
    this.name = name;
    this.time = time;
    this.deadline = now() + time.toNanos();
    this.maxChars = maxChars;
  }

  private static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  String name() {
    return name;
  }

  /** Refuses the letter once its time is up. */
  void checkTime() {
    if (now() - deadline > 0) {
      throw new InvalidInputException(
          name
              + " took more than "
              + time.toSeconds()
              + " s to read; a letter takes far less. It was not read; send the letter as text or"
              + " a simpler PDF or .docx.");
    }
  }

  /** Counts {@code count} more characters of text, refusing the letter past the limit. */
  void addChars(int count) {
    chars += count;
    if (chars > maxChars) {
      throw tooLong();
    }
  }

  InvalidInputException tooLong() {
    return new InvalidInputException(
        name + " holds more than " + maxChars + " characters of text; a letter is far shorter.");
  }
}
