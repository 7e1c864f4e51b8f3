package org.ignbot.core.letter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The header lines of a forwarded or pasted e-mail ("From:", "Sent:", "Subject:", "-----Original
 * Message-----", "On ..., X wrote:"): their dates are when the mail was sent, never a meeting.
 */
final class EmailHeaders {
  private static final Pattern HEADER =
      Pattern.compile(
          "(?i)^\\s*(?:>\\s*)*(?:from|sent|date|to|cc|bcc|subject|received|reply-to|objet|de|envoy[ée])"
              + "\\s*:\\s*\\S");
  private static final Pattern DATING =
      Pattern.compile("(?i)^\\s*(?:>\\s*)*(?:sent|date|received|envoy[ée])\\s*:");

  /** A mail client's line above a quoted reply: "On Tue, 9 Feb 2027 at 16:05, X <x@y> wrote:". */
  private static final Pattern WROTE =
      Pattern.compile("(?i)^\\s*(?:>\\s*)*on\\s.{4,160}\\bwrote\\s*:\\s*$");

  private static final Pattern FORWARD =
      Pattern.compile(
          "(?i)^\\s*-{2,}\\s*(?:original|forwarded)\\s+message\\s*-*\\s*$"
              + "|^\\s*begin\\s+forwarded\\s+message\\s*:?\\s*$|^\\s*-{5,}\\s*$");

  /** "Time:", "Venue:", "Topic:": a meeting's details set out line by line under "Date:". */
  private static final Pattern MEETING_LABEL =
      Pattern.compile(
          "(?i)^\\s*(?:time|times|hours|venue|room|location|place|topic|cluster|theme|focus)\\s*:");

  private EmailHeaders() {}

  /**
   * Whether line {@code i} belongs to an e-mail's header: a "Date:" line next to "Time:" or
   * "Venue:" gives a meeting's date, not the mail's.
   */
  static boolean isHeader(List<String> lines, int i) {
    if (!isHeader(lines.get(i))) {
      return false;
    }
    boolean above = i > 0 && MEETING_LABEL.matcher(lines.get(i - 1)).find();
    boolean below = i + 1 < lines.size() && MEETING_LABEL.matcher(lines.get(i + 1)).find();
    return !(datesTheMail(lines.get(i)) && (above || below));
  }

  /** Whether the line belongs to an e-mail's header rather than to the letter. */
  static boolean isHeader(String line) {
    return HEADER.matcher(line).find()
        || FORWARD.matcher(line).find()
        || WROTE.matcher(line).find();
  }

  /**
   * Whether the line says when the mail was sent ("Sent: Wednesday, 3 February 2027 4:12 PM", "On
   * Tue, 9 Feb 2027 at 16:05, ... wrote:").
   */
  static boolean datesTheMail(String line) {
    return DATING.matcher(line).find() || WROTE.matcher(line).find();
  }
}
