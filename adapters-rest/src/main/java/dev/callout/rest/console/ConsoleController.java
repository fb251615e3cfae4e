package dev.callout.rest.console;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The operator console's page, {@code /console}: a static page (its scripts and styles under
 * {@code /console/assets} and {@code /console/vendor}) that does everything through the public API.
 * The tile URL is written into the page, and its origin is the only one outside the server that
 * the page's content security policy lets it load (images only).
 */
@Controller("/console")
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
public class ConsoleController {

    static final String PAGE = "classpath:callout-pages/console.html";

    private final String page;
    private final String policy;

    public ConsoleController(ResourceResolver resources, ConsoleSettings settings) {
        String tileUrl = settings.getTileUrl() == null ? "" : settings.getTileUrl().trim();
        this.page = read(resources).replace("{{tile-url}}", attribute(tileUrl))
                .replace("{{tile-attribution}}", attribute(settings.getTileAttribution() == null ? "" : settings.getTileAttribution()));
        this.policy = policy(tileOrigin(tileUrl));
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<String> page() {
        return HttpResponse.ok(page).contentType(MediaType.TEXT_HTML_TYPE).header("Content-Security-Policy", policy);
    }

    static String policy(String tileOrigin) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tileOrigin
                + "; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    /** " https://tile.example.org" for a tile URL there ({s} subdomains allowed as a wildcard), "" for none. */
    static String tileOrigin(String tileUrl) {
        if (tileUrl.isEmpty()) {
            return "";
        }
        URI uri = URI.create(tileUrl.replaceAll("\\{[a-z]+}", "0"));
        if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")) {
            throw new IllegalStateException("callout.console.tile-url must be an http(s) URL template, not " + tileUrl);
        }
        String host = tileUrl.contains("{s}.") ? "*." + uri.getHost().substring(uri.getHost().indexOf('.') + 1) : uri.getHost();
        return " " + uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String read(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream(PAGE)
                .orElseThrow(() -> new IllegalStateException(PAGE + " is missing from the build"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
