/**
 * Discord adapter on JDA: {@code /ign} slash commands with autocomplete, answers as embeds with
 * buttons, direct-message reminders through the core's messenger port, and the schedule mirrored as
 * guild scheduled events. Discord types stay in this package; the core sees text and replies.
 */
package org.ignbot.discord;
