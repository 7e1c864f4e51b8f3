package org.ignbot.core.command.subscription;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ignbot.core.command.Invocation;
import org.ignbot.core.notify.Recipient;
import org.ignbot.core.remind.Subscriptions;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.text.InvalidInputException;

/**
 * The arguments of {@code subscribe} and {@code unsubscribe}: the words before {@code topic} (lead
 * times), the cluster after it, and {@code here} (the channel, for admins).
 */
record Target(String leadWords, Optional<Cluster> cluster, boolean here) {

  static Target parse(String arguments) {
    List<String> words = new ArrayList<>(Arrays.asList(arguments.strip().split("\\s+")));
    words.removeIf(String::isEmpty);
    boolean here = false;
    if (!words.isEmpty() && words.get(words.size() - 1).equalsIgnoreCase("here")) {
      here = true;
      words.remove(words.size() - 1);
    }
    int topic = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).toLowerCase(Locale.ROOT).equals("topic")) {
        topic = i;
        break;
      }
    }
    Optional<Cluster> cluster = Optional.empty();
    List<String> leads = words;
    if (topic >= 0) {
      String named = String.join(" ", words.subList(topic + 1, words.size()));
      if (named.isBlank()) {
        throw new InvalidInputException(
            "Which cluster? Try `topic veto`; the clusters are " + Cluster.keys() + ".");
      }
      cluster =
          Optional.of(
              Cluster.fromWords(named)
                  .orElseThrow(
                      () ->
                          new InvalidInputException(
                              "\""
                                  + named
                                  + "\" is not a cluster I know — try one of "
                                  + Cluster.keys()
                                  + ".")));
      leads = words.subList(0, topic);
    }
    return new Target(String.join(" ", leads), cluster, here);
  }

  /** Where the messages go: the asker's direct messages, or (admins) this channel. */
  Recipient recipient(Invocation invocation) {
    if (!here) {
      return Subscriptions.directTo(invocation.asker().user());
    }
    if (!invocation.asker().admin()) {
      throw new InvalidInputException(
          "Only admins can subscribe or unsubscribe a channel with `here`; leave out `here` for"
              + " your own direct messages.");
    }
    String channel =
        invocation
            .asker()
            .channel()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "`here` means the channel you are typing in; use it in a channel, or leave"
                            + " it out for direct messages."));
    return Subscriptions.channel(invocation.asker().user(), channel);
  }

  /** "by direct message" or "in this channel". */
  String where() {
    return here ? "in this channel" : "by direct message";
  }
}
