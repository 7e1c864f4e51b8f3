/**
 * The commands that write what the bot keeps about people: {@code subscribe}, {@code unsubscribe},
 * {@code subscriptions} and {@code forget me}. One class per command; {@link
 * org.ignbot.core.command.subscription.SubscriptionCommands} lists them.
 */
package org.ignbot.core.command.subscription;
