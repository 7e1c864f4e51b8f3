package org.ignbot.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}, in place of Spring Boot's (JSON or a white-label page): where the servlet
 * container sends what failed outside the controllers, answered with one plain line whatever the
 * request's Accept header. Asked for directly, it is a plain 404, never Spring's status 999.
 */
@Controller
public final class PlainErrors implements ErrorController {

  @RequestMapping("/error")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number && number >= 400 ? number : 404;
    write(response, status, line(status));
  }

  /** The line for an error status: what the caller can do about it. */
  static String line(int status) {
    if (status == 404) {
      return WebErrors.NOT_FOUND;
    }
    if (status >= 500) {
      return WebErrors.FAILED;
    }
    HttpStatus known = HttpStatus.resolve(status);
    return "That request does not work here ("
        + status
        + (known == null ? "" : " " + known.getReasonPhrase())
        + "). Try / for the schedule.";
  }

  static void write(HttpServletResponse response, int status, String line) throws IOException {
    byte[] body = (line + "\n").getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
