package org.ignbot.core.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One-time codes and link secrets: random, readable (no 0/O or 1/I), and kept in the database only
 * as their SHA-256, so that a copy of the database confirms nothing.
 */
public final class ConfirmationCode {
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ConfirmationCode() {}

  /** A new code such as {@code K7QF-M2XD} (40 bits). */
  public static String newCode() {
    StringBuilder code = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** A secret for a link (160 bits, URL-safe). */
  public static String newToken() {
    StringBuilder token = new StringBuilder(32);
    for (int i = 0; i < 32; i++) {
      token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return token.toString().toLowerCase(Locale.ROOT);
  }

  /** The hash kept for a code, as typed: case, spaces and dashes do not matter. */
  public static String hash(String typed) {
    String normal = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    return sha256(normal);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
