/**
 * Runs the reminders and change notices on db-scheduler, a persistent, cluster-safe scheduler that
 * keeps its executions in the same database: each planned message is one task instance named by its
 * key; each execution claims the key in the {@code delivery} table, sends through the platform's
 * {@link org.ignbot.core.notify.Messenger}, and records the outcome. Failed sends are retried with
 * backoff, a platform's Retry-After is honoured, a refused recipient is paused.
 */
package org.ignbot.store.remind;
