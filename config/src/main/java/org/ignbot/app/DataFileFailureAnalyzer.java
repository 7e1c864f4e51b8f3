package org.ignbot.app;

import org.ignbot.core.text.DataFileException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A schedule or knowledge file with a mistake stops start-up with the one line that names it. */
class DataFileFailureAnalyzer extends AbstractFailureAnalyzer<DataFileException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DataFileException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Correct the file, or point ign.data.schedule / ign.data.knowledge at another one.",
        cause);
  }
}
