/**
 * The e-mail adapter: {@link org.ignbot.mail.MailMessenger} sends the core's messages and calendar
 * invitations over SMTP (Jakarta Mail through Spring's {@code JavaMailSender}) and turns the
 * server's answers into the core's delivery results.
 */
package org.ignbot.mail;
