/**
 * What the bot did, for counting: commands answered and messages delivered, told to a {@link
 * org.ignbot.core.observe.BotObserver} (metrics live in the application; the core stays plain).
 */
package org.ignbot.core.observe;
