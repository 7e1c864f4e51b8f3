package org.ignbot.web;

import org.apache.catalina.Context;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/** Puts {@link PlainErrorValve} in place of Tomcat's HTML error page. */
public final class TomcatErrors
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(TomcatErrors::plainErrors);
  }

  private static void plainErrors(Context context) {
    if (context.getParent() instanceof StandardHost host) {
      host.setErrorReportValveClass(PlainErrorValve.class.getName());
    }
  }
}
