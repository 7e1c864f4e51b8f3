/**
 * The IGN Bot core: plain Java, no Spring, Slack or Discord types. Adapters call {@link
 * org.ignbot.core.command.CommandEngine} and render its {@link org.ignbot.core.reply.Reply}.
 */
package org.ignbot.core;
