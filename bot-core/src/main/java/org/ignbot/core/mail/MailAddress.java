package org.ignbot.core.mail;

import java.util.Locale;
import java.util.regex.Pattern;
import org.ignbot.core.text.InvalidInputException;

/** An e-mail address as typed, checked and with its domain in lower case. */
public record MailAddress(String value) {
  private static final int MAX_LENGTH = 128;
  // Plain addresses only: no display names, comments, quoted parts or IP literals.
  private static final Pattern ADDRESS =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

  public MailAddress {
    if (value == null || value.length() > MAX_LENGTH || !ADDRESS.matcher(value).matches()) {
      throw new IllegalArgumentException("not an e-mail address: " + value);
    }
  }

  /** The address typed in a command; a wrong one is refused with the line to show. */
  public static MailAddress parse(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.startsWith("<") && text.endsWith(">")) {
      text = text.substring(1, text.length() - 1);
    }
    if (text.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
      text = text.substring("mailto:".length());
    }
    int at = text.lastIndexOf('@');
    if (at <= 0 || text.length() > MAX_LENGTH || !ADDRESS.matcher(text).matches()) {
      throw new InvalidInputException(
          "\""
              + (typed == null ? "" : typed.strip())
              + "\" is not an e-mail address I can write to — try `subscribe email"
              + " name@mission.example`.");
    }
    return new MailAddress(text.substring(0, at) + text.substring(at).toLowerCase(Locale.ROOT));
  }

  /** The part after the @, which rate limits count by. */
  public String domain() {
    return value.substring(value.lastIndexOf('@') + 1);
  }

  @Override
  public String toString() {
    return value;
  }
}
