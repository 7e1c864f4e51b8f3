/**
 * The Slack adapter: Bolt for Java behind {@code /slack/events} (or Socket Mode), the core's
 * replies rendered as Block Kit, buttons that run commands, the App Home tab, file uploads and the
 * {@code slack} messenger for reminders. Slack types stay in this package.
 */
package org.ignbot.slack;
