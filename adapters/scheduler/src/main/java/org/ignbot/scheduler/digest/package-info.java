/**
 * The digest runner: a db-scheduler recurring task ({@code digest-tick}) that sends each digest
 * due, once per period and recipient, through the recipient's {@link
 * org.ignbot.core.notify.Messenger}.
 */
package org.ignbot.scheduler.digest;
