package org.ignbot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every answer, set before anything else runs so that errors carry them too: no type
 * sniffing (a feed or a plain line is never run as a page), no framing (clickjacking), and a
 * Content-Security-Policy that allows no script, no plug-in and no form anywhere; the schedule
 * page's one inline style sheet is all it allows.
 */
public final class SecurityHeaders extends OncePerRequestFilter {
  static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none';"
          + " form-action 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("Referrer-Policy", "no-referrer");
    chain.doFilter(request, response);
  }
}
