package org.ignbot.core.time.violation;

import org.ignbot.core.command.Asker;
import org.ignbot.core.reply.Reply;
import org.ignbot.core.schedule.Sitting;

/**
 * Breaks the core's inner rules: a class of {@code core.time} that knows the asker of a command, a
 * reply and a sitting. It exists only for {@code ArchitectureRulesCanFailTests}.
 */
public class TimeClassThatBreaksTheRules {
  Asker asker;
  Reply reply;
  Sitting sitting;
}
