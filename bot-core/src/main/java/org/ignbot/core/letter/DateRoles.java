package org.ignbot.core.letter;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The role a date plays from the words just before it: a letter referred to ("Further to our letter
 * of"), the day a meeting was first set for ("originally scheduled for"), a meeting already held
 * ("which took place on", "The meeting of the IGN held on"), a deadline ("written contributions ...
 * by") or the day a paper or link is sent ("The link ... will be shared with participants on"),
 * another body's meeting or a social event ("The Bureau of the Fifth Committee will hold ...", "to
 * a reception on"). Other dates take their role from their sentence.
 */
final class DateRoles {
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?i)\\b(?:letters?|note|notes|communications?|messages?|e-?mails?|circulars?|invitations?)"
              + "(?:\\s+\\([^)]{0,30}\\))?\\s+(?:dated|of|sent\\s+on|issued\\s+on|from)\\s+(?:the\\s+)?$"
              + "|\\bdated\\s+$");
  private static final Pattern ORIGINAL =
      Pattern.compile(
          "(?i)\\b(?:originally|initially|previously|first|earlier)\\s+(?:been\\s+)?(?:scheduled|planned"
              + "|foreseen|envisaged|announced|set|convened|due)\\s+(?:to\\s+take\\s+place\\s+|to\\s+be"
              + "\\s+held\\s+)?(?:for|on)\\s+$"
              + "|\\b(?:instead\\s+of|rather\\s+than|in\\s+place\\s+of)\\s+(?:the\\s+)?$"
              + "|\\b(?:erroneously|incorrectly|wrongly|mistakenly)\\s+(?:given|stated|indicated|shown"
              + "|announced|listed)\\s+as\\s+$"
              + "|\\b(?:moved|postponed|rescheduled|shifted|changed|brought\\s+forward|deferred)"
              + "\\s+from\\s+$");
  private static final Pattern HELD =
      Pattern.compile(
          "(?i)\\b(?:was|were|had\\s+been)\\s+held\\s+(?:on\\s+)?$"
              + "|\\b(?:took\\s+place|was\\s+convened)\\s+on\\s+$"
              + "|\\b(?:meetings?|discussions?|sessions?|consultations|debates?|dialogues?)"
              + "(?:\\s+[\\w-]+){0,10}?(?<!\\bbe|\\bbeing|\\bis|\\bare)\\s+held\\s+on\\s+$");

  private static final Pattern DEADLINE =
      Pattern.compile(
          "(?is)\\b(?:submit\\w*|submissions?|contributions?|comments|inputs?|inscri\\w+|regist\\w+"
              + "|list\\s+of\\s+speakers|reach|send|deadline|nominations?|proposals?)\\b.{0,60}"
              + "\\b(?:by|before|until|no\\s+later\\s+than|not\\s+later\\s+than)\\s+(?:the\\s+)?$"
              + "|\\b(?:shared|circulated|sent|distributed|made\\s+available|transmitted|posted)\\b"
              + "(?:(?!\\b(?:meeting|session|plenary)\\b).){0,60}\\b(?:on|by)\\s+(?:the\\s+)?$");

  private DateRoles() {}

  /** The role the words right before a date give it, if they give one. */
  static Optional<DateRole> before(String sentence, DateMention mention) {
    String before =
        sentence
            .substring(Math.max(0, mention.start() - 120), mention.start())
            .replaceAll(
                "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+$", "");
    if (REFERENCE.matcher(before).find()) {
      return Optional.of(DateRole.REFERENCE);
    }
    if (ORIGINAL.matcher(before).find()) {
      return Optional.of(DateRole.ORIGINAL);
    }
    if (HELD.matcher(before).find()) {
      return Optional.of(DateRole.HELD);
    }
    if (DEADLINE.matcher(before).find()) {
      return Optional.of(DateRole.DEADLINE);
    }
    if (OtherEvents.invitesToOther(sentence.substring(0, mention.start()))) {
      return Optional.of(DateRole.OTHER_BODY);
    }
    return Optional.empty();
  }
}
