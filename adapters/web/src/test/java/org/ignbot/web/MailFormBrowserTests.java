package org.ignbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.ignbot.core.mail.InMemoryMailSubscriptionStore;
import org.ignbot.core.mail.MailAddress;
import org.ignbot.core.mail.RecordingMailSender;
import org.ignbot.core.remind.LeadTimes;
import org.ignbot.core.schedule.Cluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * The page's e-mail form in Chromium, with mail on: typed, posted, answered on the page, and the
 * confirmation handed to the mail server. Skipped without Chromium, as the page's browser tests.
 */
@SpringBootTest(
    classes = {WebTestApplication.class, MailFormBrowserTests.MailOn.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"test.base-url=", "test.schedule=delegate"})
class MailFormBrowserTests {
  @TestConfiguration(proxyBeanMethods = false)
  static class MailOn {
    @Bean
    RecordingMailSender mailServer() {
      return new RecordingMailSender();
    }

    @Bean
    InMemoryMailSubscriptionStore mailStore() {
      return new InMemoryMailSubscriptionStore();
    }

    @Bean
    MailLinks mailLinks(
        RecordingMailSender server, InMemoryMailSubscriptionStore store, Clock clock) {
      return new MailLinks(server.subscriptions(store), clock, LeadTimes.DEFAULT);
    }
  }

  @LocalServerPort int port;
  @Autowired RecordingMailSender server;
  @Autowired InMemoryMailSubscriptionStore store;
  private ChromeDriver browser;

  @BeforeAll
  static void needsChromium() {
    SchedulePageBrowserTests.needsChromium();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theFormSendsTheConfirmationAndThePageSaysToCheckTheInbox() throws Exception {
    browser = SchedulePageBrowserTests.chromium(1200, 1400, false, true);
    browser.get("http://127.0.0.1:" + port + "/#by-mail");
    browser.findElement(By.id("mail-address")).sendKeys("delegate@mission.example");
    browser.findElement(By.id("mail-lead")).sendKeys("2h");
    new Select(browser.findElement(By.id("mail-topic"))).selectByValue(Cluster.VETO.key());
    Path shots = Files.createDirectories(Path.of("target"));
    Files.write(shots.resolve("mail-form.png"), browser.getScreenshotAs(OutputType.BYTES));

    browser.findElement(By.id("mail-go")).click();

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check your inbox");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("A confirmation went to delegate@mission.example");
    assertThat(server.sent)
        .singleElement()
        .satisfies(m -> assertThat(m.to().value()).isEqualTo("delegate@mission.example"));
    var pending = store.find(new MailAddress("delegate@mission.example")).orElseThrow();
    assertThat(pending.leadTimes()).containsExactly(Duration.ofHours(2));
    assertThat(pending.cluster()).contains(Cluster.VETO);
  }
}
