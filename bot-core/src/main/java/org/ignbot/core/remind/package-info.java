/**
 * Reminders and change notices, planned from the schedule, the subscriptions and the clock: which
 * reminder is due when (one per sitting, lead time and subscriber, each with a key that names it),
 * what it says, and who follows a changed meeting. Storage and sending are ports; the adapters run
 * them.
 */
package org.ignbot.core.remind;
