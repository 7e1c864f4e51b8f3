package org.ignbot.mail;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTML copy of a message's text: escaped, one paragraph a line, links clickable. */
final class Html {
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

  private Html() {}

  static String of(String text) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
    for (String line : text.split("\n", -1)) {
      html.append(
          line.isBlank() ? "<br>" : "<p style=\"margin:0\">" + links(escape(line)) + "</p>");
    }
    return html.append("</body></html>").toString();
  }

  static String footer(URI link) {
    String href = escape(link.toString());
    return "<p style=\"margin-top:2em;font-size:smaller;color:#555\">IGN Bot. <a href=\""
        + href
        + "\">Stop these messages</a>.</p>";
  }

  private static String links(String escaped) {
    Matcher link = LINK.matcher(escaped);
    StringBuilder out = new StringBuilder();
    while (link.find()) {
      link.appendReplacement(
          out,
          Matcher.quoteReplacement("<a href=\"" + link.group() + "\">" + link.group() + "</a>"));
    }
    link.appendTail(out);
    return out.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
