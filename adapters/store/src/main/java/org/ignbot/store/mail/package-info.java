/**
 * E-mail subscriptions ({@code mail_subscription}) and the record of invitations sent (rows of the
 * {@code delivery} table with platform {@code mail}).
 */
package org.ignbot.store.mail;
