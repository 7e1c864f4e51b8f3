/**
 * The web adapter, over Spring MVC: the schedule page at {@code /} (with {@code /app.css} and
 * {@code /app.js}), the .ics subscription feeds and per-meeting downloads, the letters the meetings
 * come from, and the subscribe form's fallback. Only GET and HEAD; links name the configured public
 * address or the request's own.
 */
package org.ignbot.web;
