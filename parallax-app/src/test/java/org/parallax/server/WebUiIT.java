package org.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.parallax.Parallax;
import org.parallax.model.Article;

/**
 * The web pages in a real browser (Debian's chromium, headless, driven by Selenium): the story list leads to the
 * seed story's report with its shared quote and timeline, and a hostile article's markup runs nothing. Needs
 * {@code chromium} and {@code chromedriver} on the machine ({@code .ci/run} installs them); without them the test
 * is skipped, unless {@code PARALLAX_BROWSER_REQUIRED} is set (as in CI), when it fails.
 */
class WebUiIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path tmp;
  private static Parallax parallax;
  private static ParallaxServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (System.getenv("PARALLAX_BROWSER_REQUIRED") != null) {
      assertTrue(present, "chromium and chromedriver are required: apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(present, "chromium or chromedriver missing: browser test skipped");
    parallax = Parallax.open(tmp.resolve("store"));
    parallax.ingest(List.of(Path.of("..", "sample", "blinken-qin-2023")), (r, done, total) -> { });
    parallax.add(new Article("hostile", "<img src=x onerror=\"document.title='pwned'\">", null,
        "<script>document.title='pwned'</script> Harbour fire spreads", java.time.LocalDate.of(2023, 6, 20),
        "Firefighters <b onmouseover=\"document.title='pwned'\">fought</b> the harbour fire through the night, "
            + "officials said. <iframe src=\"javascript:document.title='pwned'\"></iframe>", null, null, null));
    parallax.commit();
    server = ParallaxServer.start(parallax, ServerOptions.defaults(0));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--user-data-dir=" + tmp.resolve("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (parallax != null) {
      parallax.close();
    }
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @Test
  void theStoryListLeadsToTheReportWithTheSharedQuoteAndTheTimeline() {
    browser.get(base() + "/");
    assertEquals("Parallax: stories", browser.getTitle());
    WebElement first = browser.findElement(By.cssSelector("ol li a"));
    assertTrue(first.getText().contains("talks in Beijing"), first.getText());
    first.click();
    String page = browser.findElement(By.tagName("body")).getText();
    assertTrue(page.contains("candid, substantive"), page);
    assertTrue(page.contains("Timeline"), page);
    assertTrue(page.contains("2023-06-18"), page);
    assertTrue(page.contains("Only in Al Mayadeen English"), page);
  }

  @Test
  void hostileArticleMarkupIsShownAsTextAndRunsNothing() {
    browser.get(base() + "/");
    String list = browser.findElement(By.tagName("body")).getText();
    assertTrue(list.contains("<script>document.title='pwned'</script> Harbour fire spreads"), list);
    assertEquals("Parallax: stories", browser.getTitle());
    assertTrue(browser.findElements(By.tagName("img")).isEmpty());
    browser.findElement(By.partialLinkText("Harbour fire")).click();
    // The markup is the title's text; had it run, the title would be just "pwned".
    assertTrue(browser.getTitle().startsWith("Story ") && browser.getTitle().endsWith("Harbour fire spreads"),
        browser.getTitle());
    assertTrue(browser.findElements(By.tagName("iframe")).isEmpty());
    assertTrue(browser.findElements(By.cssSelector("b[onmouseover]")).isEmpty());
    Object scripts = ((JavascriptExecutor) browser).executeScript("return document.scripts.length");
    assertEquals(0L, scripts);
  }
}
