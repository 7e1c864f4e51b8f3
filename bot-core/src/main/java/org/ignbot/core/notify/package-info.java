/**
 * Port for messages the bot sends on its own (reminders, change notices): one {@link
 * org.ignbot.core.notify.Messenger} per platform.
 */
package org.ignbot.core.notify;
