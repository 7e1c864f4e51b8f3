package org.ignbot.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts IGN Bot: {@code java -jar ign-bot.jar [ask "<command>"] [--as-of <date-time>]}. */
@SpringBootApplication(proxyBeanMethods = false)
@EnableConfigurationProperties(IgnProperties.class)
public class IgnBotApplication {

  public static void main(String[] args) {
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(args);
    } catch (LaunchOptions.UsageException e) {
      System.err.println(e.getMessage());
      System.exit(e.status());
      return;
    }
    if (options.mode() == LaunchOptions.Mode.USAGE
        || options.mode() == LaunchOptions.Mode.VERSION) {
      System.out.println(options.usage());
      return;
    }
    if (options.mode().oneShot()) {
      // One answer: no application context at all (OneShotRun wires what the answer needs).
      System.exit(OneShotRun.main(options));
      return;
    }
    SpringApplication application = new SpringApplication(IgnBotApplication.class);
    application.addInitializers(
        context -> context.getBeanFactory().registerSingleton("launchOptions", options));
    ConfigurableApplicationContext context = application.run(options.springArguments());
    Launcher launcher = context.getBean(Launcher.class);
    launcher.chatAfterReady();
    if (launcher.exitWhenDone()) {
      System.exit(SpringApplication.exit(context));
    }
  }
}
