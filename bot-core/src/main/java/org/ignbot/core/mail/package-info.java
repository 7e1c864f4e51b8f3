/**
 * E-mail as a third messenger: subscriptions by address (confirmed by a one-time code before
 * anything else is sent), the messages the mail adapter sends, and calendar invitations (iMIP, RFC
 * 6047) that keep a subscriber's calendar current, each sent once per sitting, revision and
 * address.
 */
package org.ignbot.core.mail;
