/**
 * A meeting as every platform presents it: one card of ordered fields (heading, sittings as time
 * ranges, venue, topics, clusters, changes, notes, letter, session, revision, id) decided once
 * here. The terminal, Slack, Discord, the web page and the calendar files only style the fields.
 */
package org.ignbot.core.reply.card;
