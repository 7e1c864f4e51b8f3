/**
 * The platform-neutral answer of the core, and its plain-text rendering for the terminal and for
 * fallbacks.
 */
package org.ignbot.core.reply;
