/**
 * The terminal adapter: a chat at the prompt (or line by line from a pipe) and one-shot answers for
 * scripts. Plain Java; the application wires it when no Slack or Discord token is set.
 */
package org.ignbot.shell;
