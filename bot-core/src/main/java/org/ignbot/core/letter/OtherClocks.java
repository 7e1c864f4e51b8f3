package org.ignbot.core.letter;

import java.util.regex.Pattern;

/**
 * Times a letter gives on another clock for delegations joining from capitals: "10 a.m.–1 p.m. (New
 * York time) (4 p.m.–7 p.m. Geneva time)". Sittings are in New York time, so a bracket with times
 * on a named clock other than New York's is no sitting and is set aside before the letter is read.
 */
final class OtherClocks {
  private static final Pattern OTHER_CLOCK =
      Pattern.compile(
          "(?i)\\s*\\((?![^()]*\\bnew\\s+york\\b)[^()]*\\d[^()]*\\b(?:time|CES?T|GMT|UTC|BST|JST"
              + "|EAT|WAT|IST)\\b[^()]*\\)");

  private OtherClocks() {}

  /** The text without its brackets of times on other clocks. */
  static String without(String text) {
    return OTHER_CLOCK.matcher(text).replaceAll("");
  }
}
