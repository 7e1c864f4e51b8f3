package org.ignbot.core.mail;

import org.ignbot.core.schedule.Meeting;

/**
 * One invitation the schedule asks for: its key (sitting, revision, address), the event's UID, the
 * address's subscription, the meeting as the event shows it and the sitting's number.
 *
 * @param dropped whether the sitting was dropped from a meeting that still takes place (the meeting
 *     is then its last revision with that sitting, cancelled, at the revision that dropped it)
 */
record PlannedInvitation(
    String key,
    String uid,
    MailSubscription subscription,
    Meeting meeting,
    int sitting,
    boolean dropped) {}
