/**
 * The web adapter: the .ics subscription feeds and per-meeting downloads, a plain schedule page
 * with subscribe links, over Spring MVC. Only GET and HEAD; answers are cached and conditional.
 */
package org.ignbot.web;
