package org.ignbot.app;

import java.util.List;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A one-shot's failure as one line, as the bot's start-up tells it: the same failure analyzers
 * (data file, wrong setting, database refused), a setting that does not bind named with its reason.
 */
final class FailureLine {
  private FailureLine() {}

  static String of(Throwable failure) {
    for (FailureAnalyzer analyzer :
        List.of(
            new DataFileFailureAnalyzer(),
            new InvalidSettingFailureAnalyzer(),
            new DatabaseFailureAnalyzer())) {
      FailureAnalysis analysis = analyzer.analyze(failure);
      if (analysis != null) {
        return analysis.getDescription().strip().replaceAll("\\s*\\R\\s*", " ")
            + " — "
            + lowerFirst(analysis.getAction());
      }
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException bind) {
        return bind.getName() + ": " + rootMessage(bind);
      }
    }
    return rootMessage(failure);
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
