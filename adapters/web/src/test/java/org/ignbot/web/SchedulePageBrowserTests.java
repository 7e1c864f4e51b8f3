package org.ignbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page as a delegate in Vienna sees it, in Debian's headless Chromium at phone and desktop
 * widths; screenshots go to docs/images/ for the README. Without Chromium the tests are skipped,
 * unless IGN_TEST_BROWSER_REQUIRED=true (CI), where a missing browser fails them.
 */
@SpringBootTest(
    classes = WebTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"test.base-url=", "test.schedule=delegate"})
class SchedulePageBrowserTests {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  static final String VIEWER_ZONE = "Europe/Vienna";

  @LocalServerPort int port;
  private ChromeDriver browser;

  @BeforeAll
  static void needsChromium() {
    boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    String why =
        "No Chromium here (/usr/bin/chromium and /usr/bin/chromedriver):"
            + " apt-get install -y chromium chromium-driver to run the browser tests.";
    if (Boolean.parseBoolean(System.getenv("IGN_TEST_BROWSER_REQUIRED"))) {
      assertThat(present).as(why).isTrue();
    }
    Assumptions.assumeTrue(present, why);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** A fresh Chromium, never downloaded by Selenium Manager, told it is in Vienna. */
  private ChromeDriver open(int width, int height, boolean phone) throws IOException {
    return open(width, height, phone, true);
  }

  private ChromeDriver open(int width, int height, boolean phone, boolean javaScript)
      throws IOException {
    browser = chromium(width, height, phone, javaScript);
    browser.get("http://127.0.0.1:" + port + "/");
    return browser;
  }

  /** A Chromium with this window, told it is in Vienna; the caller quits it. */
  static ChromeDriver chromium(int width, int height, boolean phone, boolean javaScript)
      throws IOException {
    Path profile = Files.createTempDirectory("ign-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    if (phone) {
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
    }
    if (!javaScript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", VIEWER_ZONE))
            .build();
    return new ChromeDriver(service, options);
  }

  private Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(code, arguments);
  }

  @Test
  void onAPhoneTheFirstScreenShowsTodaysMeetingInNewYorkAndViennaTime() throws Exception {
    open(390, 844, true);

    assertThat(script("return window.innerWidth")).isEqualTo(390L);
    WebElement first = browser.findElement(By.cssSelector("article.meeting"));
    assertThat(first.getAttribute("id")).isEqualTo("2024-11-18");
    Number bottom =
        (Number)
            script(
                "return arguments[0].querySelector('.sittings').getBoundingClientRect().bottom",
                first);
    assertThat(bottom.doubleValue()).isLessThan(844);
    assertThat(first.findElement(By.cssSelector(".sittings .ny")).getText())
        .isEqualTo("15:00–17:00 New York");
    assertThat(first.findElement(By.cssSelector(".sittings .local")).getText())
        .isEqualTo("21:00–23:00 Vienna");
    assertThat((Number) script("return document.documentElement.scrollWidth")).isEqualTo(390L);
    screenshot("page-phone.png");
  }

  @Test
  void withoutJavaScriptThePageStillShowsTimesAndTheFormStillSubscribes() throws Exception {
    open(390, 844, true, false);

    WebElement sitting = browser.findElement(By.cssSelector("[id='2024-11-19'] .sittings li"));
    assertThat(sitting.findElement(By.className("ny")).getText()).isEqualTo("10:00–13:00 New York");
    assertThat(sitting.findElement(By.className("local")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("open")).isDisplayed()).isFalse();

    assertThat(browser.findElement(By.id("go")).isDisplayed()).isTrue();
    WebElement form = browser.findElement(By.cssSelector("form.chooser"));
    assertThat(form.getAttribute("action")).isEqualTo("http://127.0.0.1:" + port + "/subscribe");
    assertThat(form.getAttribute("method")).isEqualTo("get");

    // What the form sends for "regional" and "another app" (clicks need scripting in the driver).
    browser.get("http://127.0.0.1:" + port + "/subscribe?feed=ign-regional&app=other");

    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("http://127.0.0.1:" + port + "/calendar/ign-regional.ics");
  }

  @Test
  void sittingsShowNewYorkTimeAndTheViewersOwnWithTheDayWhenItDiffers() throws Exception {
    open(1366, 900, false);
    screenshot("page-desktop.png");

    List<WebElement> sittings =
        browser.findElements(By.cssSelector("[id='2024-11-19'] .sittings li"));
    assertThat(sittings)
        .extracting(sitting -> sitting.findElement(By.className("ny")).getText())
        .containsExactly("10:00–13:00 New York", "15:00–18:00 New York");
    assertThat(sittings)
        .extracting(sitting -> sitting.findElement(By.className("local")).getText())
        .containsExactly("16:00–19:00 Vienna", "21:00–00:00 (ends Wed 20 Nov) Vienna");
    assertThat(browser.findElement(By.id("zone-local")).getText()).contains("Vienna");
  }

  @Test
  void aCancelledMeetingIsShownWithItsReason() throws Exception {
    open(1366, 900, false);

    WebElement cancelled = browser.findElement(By.id("2024-11-26"));
    assertThat(cancelled.findElement(By.cssSelector(".reason")).isDisplayed()).isTrue();
    assertThat(cancelled.getText())
        .contains("CANCELLED", DelegateSchedule.CANCEL_REASON)
        .doesNotContain("Add to my calendar");
    script("arguments[0].scrollIntoView()", cancelled);
    Files.write(
        images().resolve("page-cancelled.png"), cancelled.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theLetterLinkDownloadsTheLetter() throws Exception {
    open(1366, 900, false);

    WebElement letter = browser.findElement(By.cssSelector("[id='2024-11-19'] a.letter"));
    assertThat(letter.isDisplayed()).isTrue();
    assertThat(letter.getText()).startsWith("Co-Chairs' letter of 5 November 2024");
    Object fetched =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0].href).then(r => r.text()).then(done, e => done('' + e));",
                letter);
    assertThat(fetched).isEqualTo(DelegateSchedule.LETTER_FILE);
  }

  @Test
  void theSubscribeChooserGivesTheLinkForTheChosenMeetingsAndApp() throws Exception {
    open(1366, 900, false);
    String base = "http://127.0.0.1:" + port;

    browser.findElement(By.cssSelector("input[name=feed][value=ign-veto]")).click();
    browser.findElement(By.cssSelector("input[name=app][value=google]")).click();

    WebElement link = browser.findElement(By.id("open"));
    assertThat(link.isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("go")).isDisplayed()).isFalse();
    assertThat(link.getText()).isEqualTo("Subscribe in Google Calendar");
    assertThat(link.getAttribute("href"))
        .isEqualTo(
            "https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2F127.0.0.1%3A"
                + port
                + "%2Fcalendar%2Fign-veto.ics");
    assertThat(browser.findElement(By.id("feed-url")).getAttribute("value"))
        .isEqualTo(base + "/calendar/ign-veto.ics");
    // Tall enough for the whole form: Chromium cuts an element's picture at the window's edge.
    browser.manage().window().setSize(new Dimension(1366, 1600));
    WebElement form = browser.findElement(By.id("subscribe"));
    script("arguments[0].scrollIntoView()", form);
    Files.write(images().resolve("page-subscribe.png"), form.getScreenshotAs(OutputType.BYTES));
  }

  /** Saves the browser's first screen to docs/images/, for the README. */
  private void screenshot(String name) throws IOException {
    Files.write(images().resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }

  private static Path images() throws IOException {
    return Files.createDirectories(projectRoot().resolve("docs/images"));
  }

  private static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    return dir == null ? Path.of("").toAbsolutePath() : dir;
  }
}
