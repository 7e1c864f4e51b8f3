/**
 * iCalendar for the meetings: one event per sitting with a stable UID, the public and per-cluster
 * subscription feeds, single-meeting invites, a render cache for the feeds, and the {@code ics}
 * command.
 */
package org.ignbot.core.calendar;
