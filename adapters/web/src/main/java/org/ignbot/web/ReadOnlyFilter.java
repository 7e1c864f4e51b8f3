package org.ignbot.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Nothing but GET and HEAD on the schedule page, its files, the letters and the calendars: any
 * other method (OPTIONS included) gets 405 and one plain line. Other paths, such as a chat
 * platform's, are left alone.
 */
public final class ReadOnlyFilter extends OncePerRequestFilter {
  static final String ALLOW = "GET, HEAD";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.equals("/")
        || path.startsWith("/calendar/")
        || path.startsWith("/meetings/")
        || path.startsWith("/letters/")
        || path.equals("/subscribe")
        || path.equals("/app.js")
        || path.equals("/app.css"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    if (method.equals("GET") || method.equals("HEAD")) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    response.setHeader("Allow", ALLOW);
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getOutputStream()
        .write(
            "Only GET and HEAD work here: this is a read-only calendar.\n"
                .getBytes(StandardCharsets.UTF_8));
  }
}
