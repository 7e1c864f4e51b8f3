package org.ignbot.core.letter.writer;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.ignbot.core.schedule.Cluster;
import org.ignbot.core.time.GaSession;

/** The words of letters, each with several wordings chosen at random. */
final class Phrases {
  static final String FULL_NAME =
      "Intergovernmental Negotiations on the question of equitable representation on and increase"
          + " in the membership of the Security Council and other matters related to the Council";

  private static final String[] ORDINALS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth"
  };
  private static final String[] TENS = {"", "", "", "", "", "", "", "Seventy", "Eighty", "Ninety"};

  private Phrases() {}

  static <T> T pick(Random random, List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  @SafeVarargs
  static <T> T pick(Random random, T... options) {
    return options[random.nextInt(options.length)];
  }

  /**
   * "Monday, 9 February 2026", "9 February 2026", "Monday, February 9, 2026", "Monday 9th February
   * 2026", "Mon, 9 Feb 2026".
   */
  static String date(LocalDate day, Random random) {
    String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    return switch (random.nextInt(9)) {
      case 7 ->
          weekday
              + " "
              + day.getDayOfMonth()
              + suffix(day.getDayOfMonth())
              + " "
              + month
              + " "
              + day.getYear();
      case 8 ->
          weekday.substring(0, 3)
              + ", "
              + day.getDayOfMonth()
              + " "
              + month.substring(0, 3)
              + " "
              + day.getYear();
      case 0, 1, 2 -> weekday + ", " + day.getDayOfMonth() + " " + month + " " + day.getYear();
      case 3, 4 -> day.getDayOfMonth() + " " + month + " " + day.getYear();
      case 5 -> weekday + " " + day.getDayOfMonth() + " " + month + " " + day.getYear();
      default -> weekday + ", " + month + " " + day.getDayOfMonth() + ", " + day.getYear();
    };
  }

  /** "st", "nd", "rd" or "th", as in "Monday 9th February 2026". */
  private static String suffix(int day) {
    if (day / 10 == 1) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** A date without its year, as programmes of work write them. */
  static String dateWithoutYear(LocalDate day, Random random) {
    String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
    String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    return switch (random.nextInt(4)) {
      case 0, 1 -> weekday + ", " + day.getDayOfMonth() + " " + month;
      case 2 -> day.getDayOfMonth() + " " + month;
      default -> weekday + " " + day.getDayOfMonth() + " " + month;
    };
  }

  /** The date a letter bears: "12 January 2026", "New York, 12 January 2026". */
  static String letterDate(LocalDate day, Random random) {
    String date =
        day.getDayOfMonth()
            + " "
            + day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
            + " "
            + day.getYear();
    return random.nextInt(3) == 0 ? "New York, " + date : date;
  }

  static String ordinal(int n, Random random) {
    if (n <= ORDINALS.length && random.nextInt(3) > 0) {
      return ORDINALS[n - 1];
    }
    return GaSession.ordinal(n);
  }

  /** "Eighty-first", for the Journal's session line. */
  static String sessionInWords(int session) {
    int ones = session % 10;
    String tens = TENS[session / 10];
    return ones == 0
        ? tens.substring(0, tens.length() - 1) + "ieth"
        : tens + "-" + ORDINALS[ones - 1];
  }

  /** "in the Trusteeship Council Chamber", "in Conference Room 4". */
  static String in(Room room, Random random) {
    String name = room.written(random);
    return name.startsWith("Conference") ? "in " + name : "in the " + name;
  }

  /** One, two or all five clusters: "categories of membership and the question of the veto". */
  static Set<Cluster> clusters(Random random) {
    Cluster[] all = Cluster.values();
    return switch (random.nextInt(10)) {
      case 0 -> EnumSet.allOf(Cluster.class);
      case 1, 2 -> {
        Cluster first = all[random.nextInt(all.length)];
        Cluster second = all[random.nextInt(all.length)];
        yield second == first ? EnumSet.of(first) : EnumSet.of(first, second);
      }
      default -> EnumSet.of(all[random.nextInt(all.length)]);
    };
  }

  /** What a sentence says a meeting addresses. */
  static String topic(Set<Cluster> clusters, Random random) {
    if (clusters.size() == Cluster.values().length) {
      return pick(
          random,
          "all five clusters",
          "the five clusters in a holistic manner",
          "all five key issues",
          "the five clusters");
    }
    List<String> names = new ArrayList<>();
    for (Cluster cluster : clusters) {
      names.add(inSentence(cluster, random));
    }
    return String.join(random.nextBoolean() ? " and " : ", as well as ", names);
  }

  /** What a table cell says a meeting addresses. */
  static String topicCell(Set<Cluster> clusters, Random random) {
    if (clusters.size() == Cluster.values().length) {
      return pick(random, "All five clusters", "The five clusters (holistic)", "All clusters");
    }
    List<String> names = new ArrayList<>();
    for (Cluster cluster : clusters) {
      names.add(inCell(cluster, random));
    }
    return String.join(random.nextBoolean() ? "; " : " and ", names);
  }

  private static String inSentence(Cluster cluster, Random random) {
    return switch (cluster) {
      case CATEGORIES ->
          pick(
              random,
              "categories of membership",
              "the categories of membership",
              "the question of categories of membership");
      case VETO -> pick(random, "the question of the veto", "the veto");
      case REGIONAL ->
          pick(random, "regional representation", "the question of regional representation");
      case SIZE_METHODS ->
          pick(
              random,
              "the size of an enlarged Security Council and the working methods of the Council",
              "the size of an enlarged Council and working methods",
              "size and working methods");
      case RELATIONSHIP ->
          pick(
              random,
              "the relationship between the Security Council and the General Assembly",
              "the relationship between the Council and the General Assembly");
    };
  }

  private static String inCell(Cluster cluster, Random random) {
    return switch (cluster) {
      case CATEGORIES -> pick(random, "Categories of membership", "Categories of Membership");
      case VETO -> pick(random, "The question of the veto", "Veto");
      case REGIONAL -> pick(random, "Regional representation", "Regional Representation");
      case SIZE_METHODS ->
          pick(
              random,
              "Size of an enlarged Security Council and working methods",
              "Size and working methods");
      case RELATIONSHIP ->
          pick(
              random,
              "Relationship between the Council and the General Assembly",
              "Relationship between the Security Council and the General Assembly");
    };
  }

  /** "will focus on", "will be dedicated to". */
  static String willAddress(Random random) {
    return pick(
        random,
        "will focus on",
        "will be dedicated to",
        "will address",
        "will be devoted to",
        "will consider",
        "will continue to address",
        "will discuss",
        "will be dedicated to the discussion of");
  }

  static String salutation(Random random) {
    return pick(
        random, "Excellency,", "Excellency,", "Dear Colleagues,", "Dear Permanent Representative,");
  }

  /** An opening that names the IGN, optionally its session. */
  static String opening(int session, Random random) {
    String inSession =
        random.nextBoolean()
            ? ""
            : " during the " + GaSession.ordinal(session) + " session of the General Assembly";
    return switch (random.nextInt(4)) {
      case 0 ->
          "We have the honour to write to you in our capacity as Co-Chairs of the "
              + FULL_NAME
              + " (IGN)"
              + inSession
              + ".";
      case 1 ->
          "As Co-Chairs of the "
              + FULL_NAME
              + " (IGN)"
              + inSession
              + ", we have the honour to inform you of the next meetings of the process.";
      case 2 ->
          "I have the honour to write to you in my capacity as Chair of the intergovernmental"
              + " negotiations on Security Council reform"
              + inSession
              + ".";
      default ->
          "On behalf of the Co-Chairs of the IGN on Security Council reform, we wish to share"
              + " with you the arrangements for the coming informal meetings of the plenary.";
    };
  }

  /** Text about the process that names no date, time, room or cluster. */
  static String filler(Random random) {
    return pick(
        random,
        "The Co-Chairs remain committed to an open, transparent and inclusive process, and look"
            + " forward to the active and constructive participation of all delegations.",
        "Delegations wishing to take the floor are kindly requested to inscribe through"
            + " eDelegate. The first segment of each meeting will be webcast; the interactive"
            + " discussion that follows will be closed.",
        "We encourage delegations to build on the convergences identified so far, and to come"
            + " forward with concrete proposals that could narrow the remaining divergences.",
        "Guiding questions will be circulated in due course to help delegations prepare their"
            + " interventions. Statements delivered on behalf of groups of States are encouraged.",
        "We thank all delegations for their engagement and count on their continued support as"
            + " we work towards tangible progress in this process.");
  }

  static String closing(Random random) {
    return pick(
        random,
        "Please accept, Excellency, the assurances of our highest consideration.",
        "Please accept, Excellency, the assurances of my highest consideration.",
        "We look forward to seeing you at the meetings.",
        "With best regards,");
  }

  static List<String> signature(Random random) {
    return pick(
        random,
        List.of("Tareq Albanai        Lise Gregoire-van Haaren", "Co-Chairs"),
        List.of("The Co-Chairs"),
        List.of("Ambassador One", "Chair"),
        List.of("Office of the Co-Chairs"));
  }
}
