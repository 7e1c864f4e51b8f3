package org.ignbot.core.mail;

import org.ignbot.core.notify.DeliveryResult;

/**
 * Port: hands a message to the mail server. A refused address is {@link DeliveryResult.Refused}; a
 * passing failure (4xx, no connection) is {@link DeliveryResult.RetryLater}; never an exception.
 */
public interface MailSender {
  DeliveryResult send(MailMessage message);
}
