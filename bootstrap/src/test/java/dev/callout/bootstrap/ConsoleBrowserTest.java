package dev.callout.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callout.bootstrap.RunningCallout.Reply;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator console in a real browser (Debian's headless Chromium through chromium-driver) on a
 * server started with the demo data, as {@code ./callout start --demo} runs it, and with no map
 * tiles to be had (the tile URL points at a closed port): the map draws its points all the same.
 * An admin signs in, sees the demo providers and jobs, watches a provider move as their socket sends
 * positions, approves the waiting provider, resolves the dispute with a partial refund, refunds part
 * of the payment and reads the analytics charts; after each step the API shows the effect. With
 * {@code -Dcallout.console.screenshots=DIR} the main views are saved there as PNG (docs/console).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static RunningCallout callout;
    private static ChromeDriver browser;
    private static Path profile;
    private static JsonMapper json;

    @BeforeAll
    static void start() throws IOException {
        assertThat(CHROMIUM).as("the browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver")
                .isExecutable();
        assertThat(CHROMEDRIVER).as("apt-get install chromium-driver").isExecutable();
        callout = RunningCallout.start(Map.of("callout.demo", true, "callout.console.tile-url", "http://127.0.0.1:9/{z}/{x}/{y}.png"));
        json = callout.context.getBean(JsonMapper.class);
        profile = Files.createTempDirectory("callout-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1440,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        browser.get(callout.server.getURL() + "/console");
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (callout != null) {
            callout.close();
        }
        if (profile != null) {
            try (Stream<Path> paths = Files.walk(profile)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    @Test
    @Order(1)
    void aCustomerIsRefusedAndKeepsNoSession() {
        signIn("maria@demo.callout.dev");
        waitUntil(() -> text("sign-in-error").contains("This console is for admins only: Maria Santos is a customer"));
        assertThat(byId("console").isDisplayed()).isFalse();
        assertThat(browser.executeScript("return sessionStorage.length")).isEqualTo(0L);
    }

    @Test
    @Order(2)
    void anAdminSeesTheDemoProvidersAndJobsOnTheMap() {
        signIn(DemoData.ADMIN_EMAIL);
        waitUntil(() -> byId("console").isDisplayed());
        waitUntil(() -> text("socket-state").equals("live"));
        waitUntil(() -> text("provider-list").contains("Pedro Reyes") && text("provider-list").contains("Ana Villanueva")
                && text("provider-list").contains("Lito Garcia"));
        waitUntil(() -> text("job-list").contains("Flickering lights in the kitchen."));
        List<Map<String, Object>> online = adminGet("/api/v1/admin/providers/map?limit=100").data().stream()
                .filter(provider -> provider.get("lat") != null && !"offline".equals(provider.get("availability_status"))).toList();
        assertThat(online).extracting(provider -> provider.get("name")).contains("Pedro Reyes", "Ana Villanueva", "Lito Garcia");
        for (Map<String, Object> provider : online) {
            waitUntil(() -> !browser.findElements(By.cssSelector(".provider-marker.provider-" + provider.get("id"))).isEmpty());
        }
        // the demo's immediate requests may expire meanwhile (no provider takes them); these two stay
        List<Map<String, Object>> lasting = adminGet("/api/v1/jobs?limit=100").data().stream()
                .filter(job -> "en_route".equals(job.get("status")) || "scheduled".equals(job.get("urgency"))).toList();
        assertThat(lasting).extracting(job -> job.get("description"))
                .contains("Flickering lights in the kitchen.", "Help moving a sofa and a dining table, about 3 hours.");
        for (Map<String, Object> job : lasting) {
            waitUntil(() -> !browser.findElements(By.cssSelector(".job-marker.job-" + job.get("id"))).isEmpty());
        }
        String lights = (String) lasting.stream().filter(job -> "en_route".equals(job.get("status"))).findFirst().orElseThrow().get("id");
        clickWhenSteady(() -> browser.findElement(By.cssSelector("#job-list li[data-job-id='" + lights + "']")));
        waitUntil(() -> text("job-details-body").contains("Flickering lights in the kitchen.")
                && text("job-details-body").contains("en route (provider)") && text("job-details-body").contains("No payment."));
        assertThat(cspViolations()).isEmpty();
        screenshot("map");
    }

    @Test
    @Order(3)
    void aProviderMovesOnTheMapAsTheirSocketSendsPositions() {
        String pedro = login("pedro@demo.callout.dev");
        String pedroId = (String) ((Map<?, ?>) callout.get("/api/v1/users/me", pedro).json()).get("id");
        By marker = By.cssSelector(".provider-marker.provider-" + pedroId);
        waitUntil(() -> !browser.findElements(marker).isEmpty());
        String before = steady(() -> browser.findElement(marker).getAttribute("d"));
        try (SocketProbe socket = SocketProbe.connectWithSubprotocol(callout.server.getURL().toString(), pedro, json)) {
            socket.await("connected");
            socket.send("provider.location", Map.of("lat", 14.5702, "lng", 121.0456));
            waitUntil(() -> providerItem(pedroId).getText().contains("14.5702, 121.0456"));
            waitUntil(() -> !browser.findElement(marker).getAttribute("d").equals(before));
            socket.send("provider.location", Map.of("lat", 14.5750, "lng", 121.0500));
            waitUntil(() -> providerItem(pedroId).getText().contains("14.5750, 121.0500"));
        }
        Map<String, Object> onMap = adminGet("/api/v1/admin/providers/map?limit=100").data().stream()
                .filter(provider -> pedroId.equals(provider.get("id"))).findFirst().orElseThrow();
        assertThat(onMap).containsEntry("lat", 14.5750).containsEntry("lng", 121.0500).containsEntry("position_source", "live");
    }

    @Test
    @Order(4)
    void theAdminApprovesTheWaitingProvider() {
        tab("approvals");
        By row = By.xpath("//tbody[@id='approvals']/tr[contains(., 'Ramon Cruz')]");
        waitUntil(() -> !browser.findElements(row).isEmpty());
        screenshot("approvals");
        String ramonId = steady(() -> browser.findElement(row).getAttribute("data-provider-id"));
        whenSteady(() -> {
            WebElement approval = browser.findElement(row);
            type(approval, By.tagName("input"), "Licence and registration checked");
            approval.findElement(By.cssSelector("button.approve")).click();
        });
        waitUntil(() -> text("notice").equals("Ramon Cruz approved."));
        waitUntil(() -> browser.findElements(row).isEmpty());

        Reply ramon = adminGet("/api/v1/users/" + ramonId);
        assertThat(ramon.json()).containsEntry("status", "active");
        assertThat(adminGet("/api/v1/admin/audit-log").data()).anySatisfy(entry -> assertThat(entry)
                .containsEntry("action", "user.approved").containsEntry("target_id", ramonId)
                .containsEntry("note", "Licence and registration checked"));
    }

    @Test
    @Order(5)
    void theAdminResolvesTheDisputeWithAPartialRefund() {
        tab("disputes");
        By row = By.cssSelector("#disputes tr[data-dispute-id]");
        waitUntil(() -> !browser.findElements(row).isEmpty());
        String disputeId = steady(() -> browser.findElement(row).getAttribute("data-dispute-id"));
        clickWhenSteady(() -> browser.findElement(row).findElement(By.cssSelector("button.review")));
        waitUntil(() -> text("notice").equals("Review started.") && text("disputes").contains("under review"));
        screenshot("disputes");
        whenSteady(() -> {
            WebElement reviewed = browser.findElement(row);
            new Select(reviewed.findElement(By.tagName("select"))).selectByValue("partial_refund");
            type(reviewed, By.cssSelector("input.amount"), "300.00");
            type(reviewed, By.cssSelector("input.note"), "The drain was only half cleared");
            reviewed.findElement(By.cssSelector("button.resolve")).click();
        });
        waitUntil(() -> text("notice").equals("Dispute resolved."));
        waitUntil(() -> browser.findElements(By.cssSelector("#disputes tr[data-dispute-id='" + disputeId + "']")).isEmpty());

        Map<String, Object> dispute = adminGet("/api/v1/disputes/" + disputeId).json();
        assertThat(dispute).containsEntry("status", "resolved").containsEntry("action", "partial_refund")
                .containsEntry("resolution", "The drain was only half cleared");
        assertThat(dispute.get("refund")).isEqualTo(Map.of("amount", "300.00", "currency", "PHP"));
        waitUntil(() -> paymentOf((String) dispute.get("job_id")).get("refunded").equals(Map.of("amount", "300.00", "currency", "PHP")));
    }

    @Test
    @Order(6)
    void theAdminRefundsPartOfThePayment() {
        tab("payments");
        By row = By.cssSelector("#payments tr[data-payment-id]");
        waitUntil(() -> !browser.findElements(row).isEmpty() && browser.findElement(row).getText().contains("300.00"));
        String paymentId = steady(() -> browser.findElement(row).getAttribute("data-payment-id"));
        By thatRow = By.cssSelector("#payments tr[data-payment-id='" + paymentId + "']");
        refund(thatRow, "50.00", "Goodwill for the second visit");
        waitUntil(() -> text("notice").equals("Refund recorded."));
        waitUntil(() -> browser.findElement(thatRow).findElement(By.cssSelector(".refunded")).getText().equals("350.00 PHP"));
        screenshot("payments");

        waitUntil(() -> adminGet("/api/v1/payments/" + paymentId).json().get("refunded")
                .equals(Map.of("amount", "350.00", "currency", "PHP")));
        Map<String, Object> refunded = adminGet("/api/v1/payments/" + paymentId).json();
        assertThat(refunded).containsEntry("status", "partially_refunded");

        refund(thatRow, "100000.00", "More than was paid");
        waitUntil(() -> text("notice").startsWith("REFUND_EXCEEDS_CAPTURED"));
        assertThat(adminGet("/api/v1/payments/" + paymentId).json().get("refunded"))
                .isEqualTo(Map.of("amount", "350.00", "currency", "PHP"));
    }

    @Test
    @Order(7)
    void theAdminReadsTheAnalyticsCharts() {
        tab("audit");
        waitUntil(() -> text("audit").contains("user.approved"));
        tab("analytics");
        for (String chart : List.of("chart-jobs", "chart-completion", "chart-acceptance", "chart-volume")) {
            waitUntil(() -> !browser.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty());
        }
        String from = steady(() -> byId("analytics-from").getAttribute("value"));
        String to = steady(() -> byId("analytics-to").getAttribute("value"));
        Map<String, Object> figures = adminGet("/api/v1/admin/analytics?from=" + from + "&to=" + to).json();
        List<Map<String, Object>> steps = adminGet("/api/v1/admin/analytics/series?from=" + from + "&to=" + to + "&interval=day").data();
        Map<?, ?> jobs = (Map<?, ?>) figures.get("jobs");
        waitUntil(() -> figure("jobs").equals(String.valueOf(jobs.get("total"))));
        assertThat(steady(() -> figure("completed"))).isEqualTo(String.valueOf(jobs.get("completed")));
        assertThat(steady(() -> figure("volume"))).isEqualTo("%s PHP".formatted(((Map<?, ?>) ((Map<?, ?>) figures.get("payments")).get("total_volume")).get("amount")));
        assertThat(steady(() -> byId("chart-jobs").getAttribute("data-points"))).isEqualTo(String.valueOf(steps.size()));
        assertThat(steady(() -> byId("chart-volume").getAttribute("data-values"))).contains(
                String.valueOf(Double.parseDouble((String) ((Map<?, ?>) ((Map<?, ?>) figures.get("payments")).get("total_volume")).get("amount"))
                        ).replaceFirst("\\.0$", ""));
        assertThat(cspViolations()).isEmpty();
        screenshot("analytics");
    }

    private static void signIn(String identifier) {
        WebElement field = byId("identifier");
        field.clear();
        field.sendKeys(identifier);
        byId("password").clear();
        byId("password").sendKeys(DemoData.PASSWORD);
        byId("sign-in-button").click();
    }

    private static String login(String identifier) {
        return callout.post("/api/v1/auth/login", null, "{\"identifier\": \"%s\", \"password\": \"%s\"}"
                .formatted(identifier, DemoData.PASSWORD)).get("access_token");
    }

    private static Reply adminGet(String path) {
        Reply reply = callout.get(path, login(DemoData.ADMIN_EMAIL));
        assertThat(reply.status()).as(path).isEqualTo(200);
        return reply;
    }

    private static Map<String, Object> paymentOf(String jobId) {
        return adminGet("/api/v1/payments?limit=100").data().stream().filter(payment -> jobId.equals(payment.get("job_id")))
                .findFirst().orElseThrow();
    }

    private static void tab(String view) {
        browser.findElement(By.cssSelector("#tabs button[data-view='" + view + "']")).click();
        waitUntil(() -> byId("view-" + view).isDisplayed());
    }

    private static WebElement providerItem(String providerId) {
        return browser.findElement(By.cssSelector("#provider-list li[data-provider-id='" + providerId + "']"));
    }

    private static String figure(String label) {
        return browser.findElement(By.cssSelector("#analytics-summary [data-figure='" + label + "'] strong")).getText();
    }

    private static WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private static String text(String id) {
        return byId(id).getText();
    }

    /** Finds and clicks again while a live list redraws the element between the two (a stale reference). */
    private static void clickWhenSteady(java.util.function.Supplier<WebElement> element) {
        whenSteady(() -> element.get().click());
    }

    /** Finds and acts again, from the first find, while a live list redraws what was found (a stale reference). */
    private static void whenSteady(Runnable actions) {
        steady(() -> {
            actions.run();
            return true;
        });
    }

    /** Finds and reads again while a live list redraws what was found between the find and the read. */
    private static <T> T steady(java.util.function.Supplier<T> read) {
        java.util.concurrent.atomic.AtomicReference<T> value = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            value.set(read.get());
            return true;
        });
        return value.get();
    }

    /** Replaces what the field inside {@code row} holds (a retry may find it half typed). */
    private static void type(WebElement row, By field, String text) {
        WebElement input = row.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Fills the payment row's refund form and sends it, from the row's find, whatever redraws meanwhile. */
    private static void refund(By row, String amount, String reason) {
        whenSteady(() -> {
            WebElement payment = browser.findElement(row);
            type(payment, By.cssSelector("input.amount"), amount);
            type(payment, By.cssSelector("input.reason"), reason);
            payment.findElement(By.cssSelector("button.refund")).click();
        });
    }

    /** Polls the condition until it holds, or fails after {@link #WAIT} showing what the page says. */
    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser, WAIT).ignoring(RuntimeException.class).until(driver -> condition.getAsBoolean());
        } catch (RuntimeException e) {
            throw new AssertionError("the console never got there; it shows: " + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private static List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    private static void screenshot(String name) {
        String directory = System.getProperty("callout.console.screenshots");
        if (directory == null) {
            return;
        }
        try {
            Path target = Path.of(directory).resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
