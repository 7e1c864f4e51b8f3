package org.ignbot.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * GreenMail on a free port of 127.0.0.1, and a sender that reaches it through a {@link SmtpGate}.
 */
final class GreenMailServer {
  private GreenMailServer() {}

  static GreenMailExtension extension() {
    return new GreenMailExtension(
        new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
  }

  static JavaMailSenderImpl senderThrough(SmtpGate gate) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(gate.port());
    Properties properties = new Properties();
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    properties.put("mail.smtp.writetimeout", "5000");
    sender.setJavaMailProperties(properties);
    return sender;
  }
}
