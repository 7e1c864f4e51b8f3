package org.ignbot.app;

import org.ignbot.core.text.DataFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;

/**
 * A mistake in the schedule or knowledge file stops start-up with one line naming the file, the
 * meeting and the field: asked before Spring's failure analysis, whose report takes 15 lines.
 */
class DataFileExceptionReporter implements SpringBootExceptionReporter, Ordered {
  private static final Logger log = LoggerFactory.getLogger("org.ignbot.startup");

  @Override
  public boolean reportException(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof DataFileException dataFile) {
        log.error(
            "{} — correct the file, or point ign.data.schedule / ign.data.knowledge at another"
                + " one.",
            dataFile.getMessage().replaceAll("\\s*\\R\\s*", " "));
        return true;
      }
    }
    return false;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
