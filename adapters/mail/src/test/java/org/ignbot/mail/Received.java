package org.ignbot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;

/** A message as GreenMail received it, its parts read back. */
record Received(MimeMessage message) {

  String subject() {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }

  String to() {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }

  String header(String name) {
    try {
      String[] values = message.getHeader(name);
      return values == null ? null : values[0];
    } catch (MessagingException e) {
      throw new AssertionError(e);
    }
  }

  /** The decoded text of the first part of this type, if any. */
  Optional<String> part(String mimeType) {
    try {
      Multipart parts = (Multipart) message.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (part.isMimeType(mimeType)) {
          return Optional.of(
              new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      return Optional.empty();
    } catch (MessagingException | IOException e) {
      throw new AssertionError(e);
    }
  }

  List<String> contentTypes() {
    try {
      Multipart parts = (Multipart) message.getContent();
      List<String> types = new ArrayList<>();
      for (int i = 0; i < parts.getCount(); i++) {
        types.add(parts.getBodyPart(i).getContentType());
      }
      return types;
    } catch (MessagingException | IOException e) {
      throw new AssertionError(e);
    }
  }

  String text() {
    return part("text/plain").orElseThrow();
  }

  String calendar() {
    return part("text/calendar").orElseThrow(() -> new AssertionError("no calendar part"));
  }

  /** The calendar parsed by iCal4j, strictly, and validated with the iTIP rules of its METHOD. */
  Calendar ical4j() {
    try {
      Calendar calendar = new CalendarBuilder().build(new StringReader(calendar()));
      ValidationResult result = calendar.validate();
      assertThat(result.hasErrors()).as("iCal4j validation: %s", result).isFalse();
      return calendar;
    } catch (Exception e) {
      throw new AssertionError("iCal4j cannot read the invitation: " + e.getMessage(), e);
    }
  }

  /** The calendar parsed by biweekly, without a warning. */
  ICalendar biweekly() {
    List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
    List<ICalendar> calendars = Biweekly.parse(calendar()).warnings(warnings).all();
    assertThat(calendars).hasSize(1);
    assertThat(warnings).allSatisfy(list -> assertThat(list).isEmpty());
    return calendars.get(0);
  }

  /** The whole message as it travelled. */
  String raw() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      message.writeTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (MessagingException | IOException e) {
      throw new AssertionError(e);
    }
  }
}
