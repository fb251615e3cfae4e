package dev.callout.payment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server that speaks the part of Stripe's API the gateway uses: payment intents
 * (create with capture_method, transfer_data and application_fee_amount; retrieve; capture;
 * cancel), Checkout Sessions (create in payment mode; the customer pays, the session expires, or it is expired), refunds, connected
 * accounts (retrieve; 404 for ids it does not know), Stripe's error bodies, and idempotency (a repeated Idempotency-Key gets the
 * first response). Tests queue failures (402 card_declined, 429 rate limits, 500s) and read
 * every request it received.
 */
public final class FakeStripe implements AutoCloseable {

    public record Request(String method, String path, Map<String, String> params, String idempotencyKey) {
    }

    private record Reply(int status, String body) {
    }

    private final HttpServer server;
    private final Map<String, Map<String, Object>> intents = new HashMap<>();
    private final Map<String, Map<String, Object>> accounts = new HashMap<>();
    private final Map<String, Map<String, Object>> sessions = new HashMap<>();
    private final Map<String, Map<String, String>> sessionIntents = new HashMap<>();
    private final Map<String, Reply> byKey = new HashMap<>();
    private final Deque<Reply> failures = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();

    public FakeStripe() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/v1/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The next {@code times} requests fail with this status and Stripe error body. */
    synchronized void failNext(int times, int status, String type, String code, String message) {
        for (int i = 0; i < times; i++) {
            failures.add(new Reply(status, error(type, code, message)));
        }
    }

    /** The customer confirms the intent with a good card, as Stripe.js would. */
    public synchronized void confirm(String intentId) {
        Map<String, Object> intent = intents.get(intentId);
        if ("manual".equals(intent.get("capture_method"))) {
            intent.put("status", "requires_capture");
            intent.put("amount_capturable", intent.get("amount"));
        } else {
            intent.put("status", "succeeded");
            intent.put("amount_received", intent.get("amount"));
        }
    }

    /**
     * The customer pays on the open session's page with a good card: its PaymentIntent is made from the session's
     * {@code payment_intent_data} and confirmed; the session, completed, is returned as its webhook carries it.
     */
    public synchronized Map<String, Object> payCheckout(String sessionId) {
        Map<String, Object> session = sessions.get(sessionId);
        if (!"open".equals(session.get("status"))) {
            throw new IllegalStateException("session " + sessionId + " is " + session.get("status"));
        }
        Map<String, String> intentParams = new LinkedHashMap<>(sessionIntents.get(sessionId));
        intentParams.put("amount", String.valueOf(session.get("amount_total")));
        intentParams.put("currency", (String) session.get("currency"));
        String intentId = (String) intents.get(createIntent(intentParams)).get("id");
        confirm(intentId);
        session.put("status", "complete");
        session.put("payment_intent", intentId);
        session.put("payment_status", "manual".equals(intents.get(intentId).get("capture_method")) ? "unpaid" : "paid");
        return Collections.unmodifiableMap(new LinkedHashMap<>(session));
    }

    /** The open session expires unpaid; returned as its webhook carries it. */
    public synchronized Map<String, Object> expireCheckout(String sessionId) {
        Map<String, Object> session = sessions.get(sessionId);
        session.put("status", "expired");
        return Collections.unmodifiableMap(new LinkedHashMap<>(session));
    }

    /** A connected account of the platform's whose transfers capability is {@code transfers} (active, pending, inactive). */
    synchronized void connectAccount(String id, String transfers) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", id);
        account.put("object", "account");
        account.put("type", "express");
        account.put("capabilities", Map.of("transfers", transfers));
        account.put("charges_enabled", "active".equals(transfers));
        account.put("payouts_enabled", "active".equals(transfers));
        accounts.put(id, account);
    }

    synchronized Map<String, Object> session(String id) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(sessions.get(id)));
    }

    synchronized Map<String, Object> intent(String id) {
        return Map.copyOf(intents.get(id));
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, String> params = form(body.isEmpty() && query != null ? query : body);
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), path, params, key));
        Reply reply;
        if (!failures.isEmpty()) {
            reply = failures.poll();
        } else if (key != null && byKey.containsKey(key)) {
            reply = byKey.get(key);
        } else {
            reply = route(exchange.getRequestMethod(), path, params);
            if (key != null && reply.status() < 500) {
                byKey.put(key, reply);
            }
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_" + sequence.incrementAndGet());
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private Reply route(String method, String path, Map<String, String> params) {
        String[] parts = path.substring("/v1/".length()).split("/");
        if (parts[0].equals("payment_intents")) {
            if (parts.length == 1 && method.equals("POST")) {
                return create(params);
            }
            Map<String, Object> intent = intents.get(parts[1]);
            if (intent == null) {
                return new Reply(404, error("invalid_request_error", "resource_missing", "No such payment_intent: '" + parts[1] + "'"));
            }
            if (parts.length == 2) {
                return ok(intent);
            }
            return switch (parts[2]) {
                case "capture" -> capture(intent);
                case "cancel" -> cancel(intent);
                default -> new Reply(404, error("invalid_request_error", "resource_missing", "unknown route"));
            };
        }
        if (parts[0].equals("accounts") && parts.length == 2 && method.equals("GET")) {
            Map<String, Object> account = accounts.get(parts[1]);
            return account != null ? ok(account) : new Reply(404, error("invalid_request_error", "resource_missing",
                    "No such account: '" + parts[1] + "'"));
        }
        if (parts[0].equals("checkout") && parts.length == 2 && parts[1].equals("sessions") && method.equals("POST")) {
            return createSession(params);
        }
        if (parts[0].equals("checkout") && parts.length == 4 && parts[3].equals("expire") && method.equals("POST")) {
            return expireSession(parts[2]);
        }
        if (parts[0].equals("refunds") && method.equals("POST")) {
            return refund(params);
        }
        return new Reply(404, error("invalid_request_error", "resource_missing", "unknown route " + path));
    }

    /** Stripe's checks on a payment-mode session with one line item: a success URL and an expiry 30 minutes to 24 hours out. */
    private Reply createSession(Map<String, String> params) {
        if (!"payment".equals(params.get("mode")) || !params.containsKey("success_url")) {
            return new Reply(400, error("invalid_request_error", "parameter_missing", "Missing required param: success_url."));
        }
        long expiresAt = Long.parseLong(params.get("expires_at"));
        long now = Instant.now().getEpochSecond();
        if (expiresAt < now + 30 * 60 - 60 || expiresAt > now + 24 * 3600) {
            return new Reply(400, error("invalid_request_error", "parameter_invalid_integer",
                    "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation."));
        }
        String id = "cs_test_fake" + sequence.incrementAndGet();
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("id", id);
        session.put("object", "checkout.session");
        session.put("mode", "payment");
        session.put("status", "open");
        session.put("payment_status", "unpaid");
        session.put("amount_total", Long.parseLong(params.get("line_items[0][price_data][unit_amount]"))
                * Long.parseLong(params.get("line_items[0][quantity]")));
        session.put("currency", params.get("line_items[0][price_data][currency]"));
        session.put("client_reference_id", params.get("client_reference_id"));
        session.put("success_url", params.get("success_url"));
        session.put("cancel_url", params.get("cancel_url"));
        session.put("expires_at", expiresAt);
        session.put("url", "https://checkout.stripe.com/c/pay/" + id);
        session.put("payment_intent", null);
        session.put("metadata", prefixed(params, "metadata["));
        Map<String, String> intentParams = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("payment_intent_data[")) {
                String inner = name.substring("payment_intent_data[".length());
                int close = inner.indexOf(']');
                intentParams.put(inner.substring(0, close) + inner.substring(close + 1), value);
            }
        });
        sessions.put(id, session);
        sessionIntents.put(id, intentParams);
        return ok(session);
    }

    /** Stripe expires only an open session: a paid or expired one is a 400. */
    private Reply expireSession(String id) {
        Map<String, Object> session = sessions.get(id);
        if (session == null) {
            return new Reply(404, error("invalid_request_error", "resource_missing", "No such checkout.session: '" + id + "'"));
        }
        if (!"open".equals(session.get("status"))) {
            return new Reply(400, error("invalid_request_error", "checkout_session_not_open",
                    "Only Checkout Sessions with a status in [\"open\"] can be expired."));
        }
        session.put("status", "expired");
        session.put("url", null);
        return ok(session);
    }

    private static Map<String, String> prefixed(Map<String, String> params, String prefix) {
        Map<String, String> metadata = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                metadata.put(name.substring(prefix.length(), name.length() - 1), value);
            }
        });
        return metadata;
    }

    private Reply create(Map<String, String> params) {
        String id = createIntent(params);
        return ok(intents.get(id));
    }

    private String createIntent(Map<String, String> params) {
        String id = "pi_fake" + sequence.incrementAndGet();
        Map<String, Object> intent = new LinkedHashMap<>();
        intent.put("id", id);
        intent.put("object", "payment_intent");
        intent.put("amount", Long.parseLong(params.get("amount")));
        intent.put("currency", params.get("currency"));
        intent.put("capture_method", params.getOrDefault("capture_method", "automatic"));
        intent.put("client_secret", id + "_secret_" + sequence.incrementAndGet());
        intent.put("status", "requires_payment_method");
        intent.put("amount_received", 0L);
        intent.put("amount_capturable", 0L);
        intent.put("amount_refunded", 0L);
        intent.put("metadata", prefixed(params, "metadata["));
        if (params.containsKey("transfer_data[destination]")) {
            intent.put("transfer_data", Map.of("destination", params.get("transfer_data[destination]")));
            intent.put("application_fee_amount", Long.parseLong(params.get("application_fee_amount")));
        }
        intents.put(id, intent);
        return id;
    }

    private Reply capture(Map<String, Object> intent) {
        if (!"requires_capture".equals(intent.get("status"))) {
            return unexpectedState(intent, "capture");
        }
        intent.put("status", "succeeded");
        intent.put("amount_received", intent.get("amount"));
        intent.put("amount_capturable", 0L);
        return ok(intent);
    }

    private Reply cancel(Map<String, Object> intent) {
        if ("succeeded".equals(intent.get("status")) || "canceled".equals(intent.get("status"))) {
            return unexpectedState(intent, "cancel");
        }
        intent.put("status", "canceled");
        return ok(intent);
    }

    private Reply refund(Map<String, String> params) {
        Map<String, Object> intent = intents.get(params.get("payment_intent"));
        if (intent == null || !"succeeded".equals(intent.get("status"))) {
            return new Reply(400, error("invalid_request_error", "charge_not_captured", "This PaymentIntent has not been captured."));
        }
        long amount = Long.parseLong(params.get("amount"));
        long left = (Long) intent.get("amount_received") - (Long) intent.get("amount_refunded");
        if (amount > left) {
            return new Reply(400, error("invalid_request_error", "amount_too_large",
                    "Refund amount is greater than unrefunded amount on charge"));
        }
        intent.put("amount_refunded", (Long) intent.get("amount_refunded") + amount);
        Map<String, Object> refund = new LinkedHashMap<>();
        refund.put("id", "re_fake" + sequence.incrementAndGet());
        refund.put("object", "refund");
        refund.put("amount", amount);
        refund.put("currency", intent.get("currency"));
        refund.put("payment_intent", intent.get("id"));
        refund.put("status", "succeeded");
        return ok(refund);
    }

    private static Reply unexpectedState(Map<String, Object> intent, String operation) {
        return new Reply(400, error("invalid_request_error", "payment_intent_unexpected_state",
                "You cannot " + operation + " this PaymentIntent because it has a status of " + intent.get("status") + "."));
    }

    private static Reply ok(Map<String, ?> object) {
        return new Reply(200, json(object));
    }

    static String error(String type, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", type);
        error.put("code", code);
        if (code.equals("card_declined")) {
            error.put("decline_code", "generic_decline");
        }
        error.put("message", message);
        return json(Map.of("error", error));
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    /** Enough JSON for these objects: maps, strings, numbers, null. */
    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(json(k.toString())).append(':').append(json(v)));
            return out.append('}').toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
