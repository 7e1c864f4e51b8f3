package org.ignbot.web;

import static org.ignbot.web.Html.escape;

import org.ignbot.core.calendar.CalendarFeed;
import org.ignbot.core.calendar.FeedLinks;
import org.ignbot.core.schedule.Cluster;

/**
 * The schedule page's subscribe form: which meetings, which calendar app, and the link or feed
 * address for the choice ({@link SubscribeChooser} answers it without JavaScript).
 */
final class SubscribeSection {
  private SubscribeSection() {}

  static void write(StringBuilder html, FeedLinks links) {
    html.append(
        """
        <section id="subscribe" aria-labelledby="subscribe-h">
        <h2 id="subscribe-h">Subscribe</h2>
        <p>Your calendar then follows the Co-Chairs' changes by itself: a moved meeting moves, a
        cancelled one is marked cancelled.</p>
        <form class="chooser" action="/subscribe" method="get">
        <fieldset><legend>1. Which meetings?</legend>
        """);
    feedChoice(html, CalendarFeed.all(), "Every meeting", links);
    for (Cluster cluster : Cluster.values()) {
      feedChoice(html, CalendarFeed.of(cluster), cluster.officialName(), links);
    }
    html.append("</fieldset>\n<fieldset><legend>2. Which calendar app?</legend>\n");
    for (SubscribeChooser.App app : SubscribeChooser.App.values()) {
      radio(html, "app", app.value(), app.label, app == SubscribeChooser.App.OUTLOOK, "");
    }
    CalendarFeed all = CalendarFeed.all();
    html.append("</fieldset>\n<div class=\"result\" id=\"result\">\n")
        .append("<button type=\"submit\" class=\"button primary\" id=\"go\">Subscribe</button>\n")
        .append("<a class=\"button primary\" id=\"open\" hidden href=\"")
        .append(escape(links.outlook(all)))
        .append("\">Subscribe in Outlook</a>\n")
        .append("<p class=\"feed\"><label for=\"feed-url\">Feed address</label>")
        .append("<span class=\"copy\"><input id=\"feed-url\" readonly value=\"")
        .append(escape(links.url(all)))
        .append("\"></span></p>\n</div>\n</form>\n");
    html.append(
        """
        <details class="help"><summary>Subscribing by hand</summary><ul>
        <li><b>Outlook</b>: Add calendar → Subscribe from web, and paste the feed address.</li>
        <li><b>Google Calendar</b>: Other calendars → + → From URL, and paste the feed address.</li>
        <li><b>Apple Calendar</b>: File → New Calendar Subscription, and paste the feed address.</li>
        </ul><p>A downloaded .ics file does not change once imported; a subscription does.</p>
        </details>
        </section>
        """);
  }

  /** A feed to choose, carrying its link for each app: the script shows the chosen one. */
  private static void feedChoice(
      StringBuilder html, CalendarFeed feed, String label, FeedLinks links) {
    StringBuilder data = new StringBuilder();
    for (SubscribeChooser.App app : SubscribeChooser.App.values()) {
      data.append(" data-")
          .append(app.value())
          .append("=\"")
          .append(escape(app.link(links, feed)))
          .append("\"");
    }
    String name = feed.fileName().substring(0, feed.fileName().length() - ".ics".length());
    radio(html, "feed", name, label, feed.cluster().isEmpty(), data.toString());
  }

  private static void radio(
      StringBuilder html,
      String name,
      String value,
      String label,
      boolean checked,
      String attributes) {
    html.append("<label><input type=\"radio\" name=\"")
        .append(name)
        .append("\" value=\"")
        .append(escape(value))
        .append("\"")
        .append(attributes)
        .append(checked ? " checked" : "")
        .append("> ")
        .append(escape(label))
        .append("</label>\n");
  }

  /**
   * Invitations by e-mail: an address, lead times and a cluster, posted to {@link MailLinks}, which
   * sends the confirmation and answers on a page of its own.
   */
  static void mail(StringBuilder html) {
    html.append(
        """
        <section id="by-mail" aria-labelledby="by-mail-h">
        <h2 id="by-mail-h">Invitations by e-mail</h2>
        <p>Each sitting comes as a calendar invitation that moves or cancels itself when the
        Co-Chairs change it. First a confirmation goes to the address; nothing else is sent
        until its link is opened.</p>
        <form class="mail-form" action="/mail/subscribe" method="post">
        <p><label for="mail-address">E-mail address</label>
        <input id="mail-address" name="address" type="email" required maxlength="128"
        autocomplete="email" placeholder="delegate@mission.example"></p>
        <p><label for="mail-lead">Alarms before each sitting (optional)</label>
        <input id="mail-lead" name="lead" maxlength="40" placeholder="1d 1h"></p>
        <p><label for="mail-topic">Meetings</label>
        <select id="mail-topic" name="topic"><option value="">Every meeting</option>
        """);
    for (Cluster cluster : Cluster.values()) {
      html.append("<option value=\"")
          .append(escape(cluster.key()))
          .append("\">")
          .append(escape(cluster.officialName()))
          .append("</option>\n");
    }
    html.append(
        """
        </select></p>
        <button type="submit" class="button primary" id="mail-go">Send the confirmation</button>
        </form>
        </section>
        """);
  }
}
