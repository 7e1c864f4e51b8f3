package org.ignbot.web;

import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers (a request Tomcat refuses before Spring sees it, such as a malformed
 * address) as the one plain line the rest of the site gives, in place of Tomcat's HTML page with
 * its version number.
 */
public final class PlainErrorValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String body = PlainErrors.line(status) + "\n";
    try {
      response.setContentType("text/plain;charset=UTF-8");
      response.setContentLength(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
      PrintWriter writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (Exception | LinkageError e) {
      // The connection is gone or the answer committed: nothing more to tell the caller.
    }
  }
}
