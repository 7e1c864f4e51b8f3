package org.ignbot.core.time;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** City names for zones: CLDR's exemplar cities, and the capitals CLDR does not name. */
final class ZoneCities {
  /**
   * Capitals of UN Member States (and a few large cities delegates live in) that are not CLDR
   * exemplar cities: CLDR names each zone after one city, usually the largest (Asia/Kolkata is
   * "Kolkata", Asia/Shanghai "Shanghai"), so New Delhi, Beijing or Washington would find nothing.
   * The test {@code ZoneInputTests} checks every capital against its country's zones.
   */
  static final Map<String, String> OTHER_CITIES = cities();

  private ZoneCities() {}

  /** CLDR's English exemplar city of each zone ("Vienna", "São Paulo"), keyed to its zone. */
  static Map<String, ZoneId> exemplarCities() {
    TimeZoneNames names = TimeZoneNames.getInstance(ULocale.ENGLISH);
    Map<String, ZoneId> cities = new LinkedHashMap<>();
    for (String id :
        TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String city = names.getExemplarLocationName(id);
      if (city == null) {
        continue;
      }
      try {
        // ICU keeps old ids (Asia/Calcutta); the IANA one (Asia/Kolkata) is what people see.
        cities.putIfAbsent(city, ZoneId.of(TimeZone.getIanaID(id)));
      } catch (DateTimeException e) {
        // A zone newer than this Java's time-zone data: the city is left out, not the bot.
      }
    }
    return cities;
  }

  private static Map<String, String> cities() {
    Map<String, String> cities = new LinkedHashMap<>();
    // Capitals, by country.
    cities.put("Tirana", "Europe/Tirane");
    cities.put("Andorra la Vella", "Europe/Andorra");
    cities.put("St. John's", "America/Antigua");
    cities.put("Saint John's", "America/Antigua");
    cities.put("Canberra", "Australia/Sydney");
    cities.put("Manama", "Asia/Bahrain");
    cities.put("Bridgetown", "America/Barbados");
    cities.put("Belmopan", "America/Belize");
    cities.put("Sucre", "America/La_Paz");
    cities.put("Brasília", "America/Sao_Paulo");
    cities.put("Bandar Seri Begawan", "Asia/Brunei");
    cities.put("Gitega", "Africa/Bujumbura");
    cities.put("Praia", "Atlantic/Cape_Verde");
    cities.put("Yaoundé", "Africa/Douala");
    cities.put("Ottawa", "America/Toronto");
    cities.put("N'Djamena", "Africa/Ndjamena");
    cities.put("Beijing", "Asia/Shanghai");
    cities.put("Peking", "Asia/Shanghai");
    cities.put("Moroni", "Indian/Comoro");
    cities.put("San José", "America/Costa_Rica");
    cities.put("Yamoussoukro", "Africa/Abidjan");
    cities.put("Roseau", "America/Dominica");
    cities.put("Quito", "America/Guayaquil");
    cities.put("San Salvador", "America/El_Salvador");
    cities.put("Suva", "Pacific/Fiji");
    cities.put("St. George's", "America/Grenada");
    cities.put("Saint George's", "America/Grenada");
    cities.put("Guatemala City", "America/Guatemala");
    cities.put("Georgetown", "America/Guyana");
    cities.put("New Delhi", "Asia/Kolkata");
    cities.put("Kingston", "America/Jamaica");
    cities.put("Astana", "Asia/Almaty");
    cities.put("Kuwait City", "Asia/Kuwait");
    cities.put("Lilongwe", "Africa/Blantyre");
    cities.put("Malé", "Indian/Maldives");
    cities.put("Valletta", "Europe/Malta");
    cities.put("Port Louis", "Indian/Mauritius");
    cities.put("Palikir", "Pacific/Pohnpei");
    cities.put("Rabat", "Africa/Casablanca");
    cities.put("Naypyidaw", "Asia/Yangon");
    cities.put("Nay Pyi Taw", "Asia/Yangon");
    cities.put("Yaren", "Pacific/Nauru");
    cities.put("Wellington", "Pacific/Auckland");
    cities.put("Abuja", "Africa/Lagos");
    cities.put("Islamabad", "Asia/Karachi");
    cities.put("Ngerulmud", "Pacific/Palau");
    cities.put("Panama City", "America/Panama");
    cities.put("Doha", "Asia/Qatar");
    cities.put("Basseterre", "America/St_Kitts");
    cities.put("Castries", "America/St_Lucia");
    cities.put("Kingstown", "America/St_Vincent");
    cities.put("Victoria", "Indian/Mahe");
    cities.put("Honiara", "Pacific/Guadalcanal");
    cities.put("Pretoria", "Africa/Johannesburg");
    cities.put("Sri Jayawardenepura Kotte", "Asia/Colombo");
    cities.put("Bern", "Europe/Zurich");
    cities.put("Berne", "Europe/Zurich");
    cities.put("Nuku'alofa", "Pacific/Tongatapu");
    cities.put("Ankara", "Europe/Istanbul");
    cities.put("Abu Dhabi", "Asia/Dubai");
    cities.put("Dodoma", "Africa/Dar_es_Salaam");
    cities.put("Washington", "America/New_York");
    cities.put("Washington DC", "America/New_York");
    cities.put("Washington D.C.", "America/New_York");
    cities.put("Port Vila", "Pacific/Efate");
    cities.put("Hanoi", "Asia/Ho_Chi_Minh");
    cities.put("Sana'a", "Asia/Aden");
    cities.put("Sanaa", "Asia/Aden");
    cities.put("Kyiv", "Europe/Kyiv");
    cities.put("Kiev", "Europe/Kyiv");
    // Large cities and the UN's other duty stations.
    cities.put("Geneva", "Europe/Zurich");
    cities.put("Delhi", "Asia/Kolkata");
    cities.put("Mumbai", "Asia/Kolkata");
    cities.put("Bombay", "Asia/Kolkata");
    cities.put("Bengaluru", "Asia/Kolkata");
    cities.put("Bangalore", "Asia/Kolkata");
    cities.put("Chennai", "Asia/Kolkata");
    cities.put("Hyderabad", "Asia/Kolkata");
    cities.put("Calcutta", "Asia/Kolkata");
    cities.put("Lahore", "Asia/Karachi");
    cities.put("Guangzhou", "Asia/Shanghai");
    cities.put("Shenzhen", "Asia/Shanghai");
    cities.put("Osaka", "Asia/Tokyo");
    cities.put("Saint Petersburg", "Europe/Moscow");
    cities.put("St. Petersburg", "Europe/Moscow");
    cities.put("Rio de Janeiro", "America/Sao_Paulo");
    cities.put("Montreal", "America/Toronto");
    cities.put("Boston", "America/New_York");
    cities.put("Philadelphia", "America/New_York");
    cities.put("Miami", "America/New_York");
    cities.put("Atlanta", "America/New_York");
    cities.put("Houston", "America/Chicago");
    cities.put("Dallas", "America/Chicago");
    cities.put("San Francisco", "America/Los_Angeles");
    cities.put("Seattle", "America/Los_Angeles");
    cities.put("Milan", "Europe/Rome");
    cities.put("Barcelona", "Europe/Madrid");
    cities.put("Munich", "Europe/Berlin");
    cities.put("Frankfurt", "Europe/Berlin");
    cities.put("Hamburg", "Europe/Berlin");
    cities.put("Bonn", "Europe/Berlin");
    cities.put("The Hague", "Europe/Amsterdam");
    cities.put("Rotterdam", "Europe/Amsterdam");
    cities.put("Strasbourg", "Europe/Paris");
    cities.put("Alexandria", "Africa/Cairo");
    cities.put("Addis", "Africa/Addis_Ababa");
    cities.put("Ho Chi Minh City", "Asia/Ho_Chi_Minh");
    cities.put("Saigon", "Asia/Ho_Chi_Minh");
    return Map.copyOf(cities);
  }
}
