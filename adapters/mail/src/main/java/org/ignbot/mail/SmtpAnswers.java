package org.ignbot.mail;

import jakarta.mail.MessagingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.ignbot.core.notify.DeliveryResult;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * What a failed send means. The server refusing the recipient or the message for good (5xx at RCPT
 * or after DATA) is "refused"; 4xx, no connection, a refused login or sender, or anything else is
 * "retry later", as the next attempt may well pass.
 */
final class SmtpAnswers {
  private SmtpAnswers() {}

  static DeliveryResult result(Exception failure) {
    if (failure instanceof MailAuthenticationException) {
      return MailMessenger.retryLater("the mail server refused the login (spring.mail.username)");
    }
    Optional<Integer> recipientCode = Optional.empty();
    String reason = null;
    for (Throwable cause : causes(failure)) {
      if (cause instanceof SMTPSenderFailedException sender) {
        return MailMessenger.retryLater(
            "the mail server refused the sender address (ign.mail.from): " + answer(sender));
      }
      if (cause instanceof SMTPAddressFailedException address) {
        recipientCode = Optional.of(address.getReturnCode());
        reason = answer(address);
      } else if (cause instanceof SMTPSendFailedException send && recipientCode.isEmpty()) {
        recipientCode = Optional.of(send.getReturnCode());
        reason = answer(send);
      }
    }
    if (recipientCode.isPresent() && recipientCode.get() >= 500 && recipientCode.get() < 600) {
      return new DeliveryResult.Refused(reason);
    }
    if (reason != null) {
      return MailMessenger.retryLater(reason);
    }
    return MailMessenger.retryLater(
        "the mail server did not take the message: " + deepest(failure));
  }

  private static String answer(MessagingException e) {
    String text = e.getMessage() == null ? "" : e.getMessage().strip();
    return text.isEmpty() ? "no reason given" : text;
  }

  /** The failure, its causes, the failed messages' exceptions and their next exceptions. */
  private static Iterable<Throwable> causes(Throwable failure) {
    Set<Throwable> seen = new HashSet<>();
    Deque<Throwable> todo = new ArrayDeque<>();
    java.util.List<Throwable> all = new java.util.ArrayList<>();
    todo.add(failure);
    while (!todo.isEmpty()) {
      Throwable next = todo.poll();
      if (next == null || !seen.add(next)) {
        continue;
      }
      all.add(next);
      if (next.getCause() != null) {
        todo.add(next.getCause());
      }
      if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
        todo.add(messaging.getNextException());
      }
      if (next instanceof MailSendException send) {
        todo.addAll(send.getFailedMessages().values());
        for (Exception e : send.getMessageExceptions()) {
          todo.add(e);
        }
      }
    }
    return all;
  }

  private static String deepest(Throwable failure) {
    Throwable last = failure;
    for (Throwable cause : causes(failure)) {
      last = cause;
    }
    return last.getClass().getSimpleName()
        + (last.getMessage() == null ? "" : ": " + last.getMessage().strip());
  }
}
