package org.ignbot.core.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.text.Words;

/**
 * Time zones as people type them: region ids in any case ({@code europe/vienna}), city names in
 * English with or without accents ({@code Vienna}, {@code New Delhi}, {@code Brasília}), {@code
 * UTC} and fixed offsets ({@code +05:30}). An unknown name gets the nearest known one as a
 * suggestion.
 */
public final class ZoneInput {
  private ZoneInput() {}

  public static ZoneId parse(String text) {
    String input = text.strip();
    if (input.isEmpty()) {
      throw new InvalidInputException(
          "Which time zone? Try a city like Geneva or New Delhi, or a name like Europe/Vienna.");
    }
    return find(input).orElseThrow(() -> new InvalidInputException(unknown(input)));
  }

  /** Whether the zone is a fixed offset, which does not follow summer time. */
  public static boolean isFixedOffset(ZoneId zone) {
    return zone instanceof ZoneOffset;
  }

  private static Optional<ZoneId> find(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    if (lower.equals("utc") || lower.equals("gmt") || lower.equals("z")) {
      return Optional.of(ZoneId.of("UTC"));
    }
    ZoneId byId = Names.BY_ID.get(lower.replace(' ', '_'));
    if (byId != null) {
      return Optional.of(byId);
    }
    ZoneId byCity = Names.BY_CITY.get(Words.fold(input.replace('_', ' ')));
    if (byCity != null) {
      return Optional.of(byCity);
    }
    if (input.matches("(?i)(utc|gmt)?\\s*[+-]\\d{1,2}(:?\\d{2})?")) {
      try {
        return Optional.of(ZoneOffset.of(offset(input.replaceFirst("(?i)^(utc|gmt)\\s*", ""))));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "+2" and "+0530" as java.time reads them: "+02", "+05:30". */
  private static String offset(String text) {
    String sign = text.substring(0, 1);
    String digits = text.substring(1).replace(":", "");
    if (digits.length() <= 2) {
      return sign + (digits.length() == 1 ? "0" : "") + digits;
    }
    String hours = digits.substring(0, digits.length() - 2);
    return sign
        + (hours.length() == 1 ? "0" : "")
        + hours
        + ":"
        + digits.substring(digits.length() - 2);
  }

  private static String unknown(String input) {
    String shown = input.length() > 40 ? input.substring(0, 40) + "…" : input;
    String folded = Words.fold(input.replace('_', ' '));
    Optional<String> nearest =
        Names.SHOWN.keySet().stream()
            .filter(name -> Words.distance(name, folded) <= Math.max(2, name.length() / 3))
            .min(Comparator.comparingInt(name -> Words.distance(name, folded)));
    return "\""
        + shown
        + "\" is not a time zone or city I know"
        + nearest.map(name -> " — did you mean " + Names.SHOWN.get(name) + "?").orElse(".")
        + " Try a city like Geneva or New Delhi, or a name like Europe/Vienna.";
  }

  /** Built on first use: reading CLDR's city names takes a moment. */
  private static final class Names {
    private static final Map<String, ZoneId> BY_ID = new TreeMap<>();
    private static final Map<String, ZoneId> BY_CITY = new TreeMap<>();

    /** Folded city name to the name as shown in a suggestion. */
    private static final Map<String, String> SHOWN = new TreeMap<>();

    static {
      for (String id : ZoneId.getAvailableZoneIds()) {
        if (!id.contains("/") || id.startsWith("Etc/") || id.startsWith("SystemV/")) {
          continue;
        }
        ZoneId zone = ZoneId.of(id);
        BY_ID.put(id.toLowerCase(Locale.ROOT), zone);
      }
      // The capitals first: St. John's is Antigua's capital before it is a Canadian zone's city.
      ZoneCities.OTHER_CITIES.forEach(
          (city, id) -> {
            ZoneId zone = BY_ID.get(id.toLowerCase(Locale.ROOT));
            if (zone != null) {
              city(city, zone);
            }
          });
      ZoneCities.exemplarCities().forEach(Names::city);
      for (ZoneId zone : BY_ID.values()) {
        // Ids left out of CLDR's canonical list (links such as Asia/Calcutta) still name a city.
        BY_CITY.putIfAbsent(Words.fold(TimeFormat.zoneName(zone)), zone);
      }
    }

    private static void city(String name, ZoneId zone) {
      String folded = Words.fold(name);
      if (BY_CITY.putIfAbsent(folded, zone) == null) {
        SHOWN.put(folded, name);
      }
    }
  }
}
