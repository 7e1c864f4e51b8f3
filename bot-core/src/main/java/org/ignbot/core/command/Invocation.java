package org.ignbot.core.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ignbot.core.reply.Attachment;
import org.ignbot.core.text.InboundText;
import org.ignbot.core.time.VenueTime;

/**
 * One run of a command: who asked, what followed the command word, the files they attached (a
 * letter to import), the time, and the asker's own zone if they set one.
 */
public record Invocation(
    Asker asker, String arguments, List<Attachment> files, Instant now, Optional<ZoneId> zone) {
  public Invocation {
    Objects.requireNonNull(asker);
    Objects.requireNonNull(arguments);
    Objects.requireNonNull(now);
    Objects.requireNonNull(zone);
    // Whatever the platform, what was typed or pasted reaches a command without control
    // characters (a pasted letter keeps its line breaks and tabs).
    arguments = InboundText.normalise(arguments).strip();
    files = List.copyOf(files);
  }

  /** Today as the asker sees it: in their zone, or in New York. */
  public LocalDate today() {
    return now.atZone(zone.orElse(VenueTime.ZONE)).toLocalDate();
  }

  public boolean hasArguments() {
    return !arguments.isEmpty();
  }
}
