package org.ignbot.core.command.subscription;

import org.ignbot.core.command.Invocation;
import org.ignbot.core.reply.Reply;

/**
 * Confirming an address with the code mailed to it: what {@code confirm email <code>} does, for
 * typed callers (Discord's {@code /ign confirm-email}); for everyone, though {@code confirm} alone
 * is the admins'.
 */
public interface ConfirmEmail {
  /** Starts the invitations to the address {@code code} was sent to, or one line. */
  Reply confirmEmail(Invocation call, String code);
}
