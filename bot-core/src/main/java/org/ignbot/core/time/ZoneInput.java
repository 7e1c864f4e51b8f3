package org.ignbot.core.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ignbot.core.text.InvalidInputException;
import org.ignbot.core.text.Words;

/**
 * Time zones as people type them: region ids in any case ({@code europe/vienna}), city names
 * ({@code Vienna}, {@code New York}), {@code UTC} and fixed offsets ({@code +05:30}).
 */
public final class ZoneInput {
  private static final Map<String, ZoneId> BY_ID = new TreeMap<>();
  private static final Map<String, ZoneId> BY_CITY = new TreeMap<>();

  static {
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (!id.contains("/") || id.startsWith("Etc/") || id.startsWith("SystemV/")) {
        continue;
      }
      ZoneId zone = ZoneId.of(id);
      BY_ID.put(id.toLowerCase(Locale.ROOT), zone);
      BY_CITY.putIfAbsent(Words.fold(TimeFormat.zoneName(zone)), zone);
    }
  }

  private ZoneInput() {}

  public static ZoneId parse(String text) {
    String input = text.strip();
    if (input.isEmpty()) {
      throw new InvalidInputException(
          "Which time zone? Try a name like Europe/Vienna or Asia/Kolkata.");
    }
    return find(input)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "\""
                        + input
                        + "\" is not a time zone I know — try a name like Europe/Vienna,"
                        + " Asia/Kolkata or America/New_York."));
  }

  private static Optional<ZoneId> find(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    if (lower.equals("utc") || lower.equals("gmt") || lower.equals("z")) {
      return Optional.of(ZoneId.of("UTC"));
    }
    ZoneId byId = BY_ID.get(lower.replace(' ', '_'));
    if (byId != null) {
      return Optional.of(byId);
    }
    ZoneId byCity = BY_CITY.get(Words.fold(input.replace('_', ' ')));
    if (byCity != null) {
      return Optional.of(byCity);
    }
    if (input.matches("(?i)(utc|gmt)?[+-]\\d{1,2}(:\\d{2})?")) {
      try {
        return Optional.of(ZoneOffset.of(input.replaceFirst("(?i)^(utc|gmt)", "")));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
