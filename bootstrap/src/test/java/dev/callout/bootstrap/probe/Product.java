package dev.callout.bootstrap.probe;

import dev.callout.bootstrap.ProbeTarget;
import dev.callout.bootstrap.ProbeTarget.Answer;
import dev.callout.bootstrap.ProbeTarget.Route;
import dev.callout.bootstrap.probe.Surface.Caller;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product profile as its probes see it (seed documents 000-004): a server of its own speaking the
 * product's API, who may call each of its routes, what its refusals look like, the shape of its ids,
 * and a small world of its own: a customer and a provider who share a resource, and a second customer
 * and a second provider who have no part in it.
 */
abstract class Product implements AutoCloseable {

    /** A signed-in account: its id as the product writes it, and its access token. */
    record Party(String id, String token) {
    }

    /** A socket of the product: where a party opens it, and where someone without a part in it would. */
    record Door(String name, URI own, Map<String, String> ownHeaders, List<Map.Entry<String, Knocker>> refusals) {
    }

    /** One way of knocking on a door that must stay shut. */
    interface Knocker {
        Knock knock();
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    final String name;
    final ProbeTarget target;
    /** Who may call each route: "METHOD /path/{variable}" to its first caller; null for a public route. */
    final Map<String, Caller> access = new TreeMap<>();

    Party customer;
    Party provider;
    Party otherCustomer;
    Party otherProvider;
    Party admin;

    Product(String name) {
        this.name = name;
        this.target = ProbeTarget.ofProfile(name);
    }

    /** Declares routes and who may call them. */
    void routes(Caller caller, String... routes) {
        for (String route : routes) {
            access.put(route, caller);
        }
    }

    /** The server's own routes of this profile. */
    List<Route> served() {
        return target.routes(name);
    }

    /** Builds the world: the accounts and the resources they share. */
    abstract void populate();

    /** Whether the answer is a refusal in the product's own error format. */
    abstract boolean inErrorFormat(Answer answer);

    /** The statuses with which the product tells a caller the route's resource is not theirs. */
    Set<Integer> notYours(String route) {
        return Set.of(403, 404);
    }

    /** The canonical envelope {"error": {"code", "message", ...}}, which Art and orders keep. */
    static boolean inCanonicalEnvelope(Answer answer) {
        return answer.errorCode() != null && !answer.errorCode().isBlank() && answer.error().get("message") instanceof String;
    }

    /** The world's resource for a path variable of the route (the one the customer and provider share). */
    abstract String worldId(String route, String variable);

    /** An id of the right shape for the variable that names nothing. */
    abstract String unknownId(String variable);

    /** A body the route would act on, had the caller the right (for routes with a JSON body). */
    Map<String, Object> plausibleBody(String route) {
        return Map.of();
    }

    /** Routes whose whole body is optional: an empty body is a request like any other there. */
    Set<String> optionalBody() {
        return Set.of();
    }

    /** Fields the product's document says are accepted and not kept: they are not probed with endless text. */
    Set<String> ignoredFields() {
        return Set.of();
    }

    /** The text fields an upload to the route sends beside its file. */
    Map<String, String> uploadFields(String route) {
        return Map.of();
    }

    /** The form part an upload to the route sends its file in. */
    String uploadPart(String route) {
        return "file";
    }

    /** Routes that end the caller's session or account: probed without a token only. */
    Set<String> spendingTheCaller() {
        return Set.of();
    }

    /** Routes with an id that show any signed-in caller the resource by design (a public profile, public reviews). */
    Set<String> sharedByDesign() {
        return Set.of();
    }

    /** The routes that are socket handshakes: over plain HTTP any refusal will do, {@link #doors()} probes them as sockets. */
    Set<String> sockets() {
        return Set.of();
    }

    /**
     * Probes left out, as "METHOD /path/{variable} with what": each one a bug this suite found that is reported and
     * not fixed here (in code another change owns). Remove the entry once it is fixed.
     */
    Set<String> leftOut() {
        return Set.of();
    }

    /** Routes that are not JSON (a socket's polling transport): left out of the body sweeps. */
    Set<String> notJson() {
        return Set.of();
    }

    /** What the owners see of the world; a refusal that changed anything changes this. */
    abstract Map<String, Object> snapshot();

    /** The product's sockets. */
    List<Door> doors() {
        return List.of();
    }

    /** The party that calls a route as the access table says (null for a public one). */
    Party caller(String route) {
        Caller caller = access.get(route);
        return caller == null ? null : owner(caller);
    }

    Party owner(Caller caller) {
        return switch (caller) {
            case CUSTOMER -> customer;
            case PROVIDER -> provider;
            case ADMIN -> admin;
        };
    }

    /** The route's path with each variable given by {@code ids}, spelled as the product's clients write it. */
    String path(Route route, Function<String, String> ids) {
        Matcher variable = VARIABLE.matcher(route.path());
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, Matcher.quoteReplacement(ids.apply(variable.group(1))));
        }
        variable.appendTail(path);
        return spelled(path.toString());
    }

    /** A path as the product's clients write it (the route table drops a trailing slash). */
    String spelled(String path) {
        return path;
    }

    static boolean hasVariables(Route route) {
        return VARIABLE.matcher(route.path()).find();
    }

    String json(Object value) {
        return target.json(value);
    }

    Answer send(String method, String path, Party caller, Object body) {
        return target.send(method, path, caller == null ? null : caller.token(), body == null ? null : json(body));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /** The GET answers of the paths as the party reads them, by path. */
    Map<String, Object> read(Party party, String... paths) {
        Map<String, Object> seen = new LinkedHashMap<>();
        for (String path : paths) {
            Answer answer = target.send("GET", path, party.token(), null);
            seen.put(path, answer.status() + " " + answer.text());
        }
        return seen;
    }

    @Override
    public void close() {
        target.close();
    }
}
