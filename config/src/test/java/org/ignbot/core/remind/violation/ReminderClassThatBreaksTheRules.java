package org.ignbot.core.remind.violation;

import org.ignbot.core.reply.card.MeetingCard;

/**
 * Breaks the reminders' rule: a reminder that builds a meeting card, which is the messenger's
 * business. It exists only for {@code ArchitectureRulesCanFailTests}.
 */
public class ReminderClassThatBreaksTheRules {
  MeetingCard card;
}
