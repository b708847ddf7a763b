package id.bpjstk.desasadar.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One virtual user's side of Vaadin Flow's UIDL protocol, kept in the Gatling session between requests: what a
 * browser's Flow client keeps. It carries the UI id, the CSRF token (Vaadin-Security-Key), the server's sync id and
 * the client id from one request to the next, and a copy of the server's state tree (nodes with their tag,
 * properties, attributes, class names, text and children), so that a scenario finds the node of a button, a field or
 * the map the way the browser would: by what the server put in it (Jackson 2 comes with Gatling).
 *
 * <p>Node features (Flow's {@code NodeFeatureRegistry}): 0 element data (tag), 1 properties, 2 children,
 * 3 attributes, 7 text of a text node; class names are a list of strings (feature 11 at the time of writing; any list
 * of strings is searched, so that a renumbering does not break the test).
 */
public final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** A node of the state tree, as far as a scenario needs it. */
    public static final class Node {
        public final int id;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        final Map<Integer, List<JsonNode>> lists = new HashMap<>();
        Integer parent;

        Node(int id) {
            this.id = id;
        }

        public String tag() {
            JsonNode t = get(0, "tag");
            return t == null ? null : t.asText();
        }

        public JsonNode get(int feature, String key) {
            return maps.getOrDefault(feature, Map.of()).get(key);
        }

        public String property(String key) {
            JsonNode v = get(1, key);
            return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
        }

        /** An attribute; a resource URL (an upload's target) comes as {@code {"uri": ...}}. */
        public String attribute(String key) {
            JsonNode v = get(3, key);
            return v == null || v.isNull() ? null : v.has("uri") ? v.get("uri").asText() : v.asText();
        }

        public boolean hasClass(String name) {
            for (var e : lists.entrySet()) {
                if (e.getKey() == 19) {
                    continue; // the names of the element's @ClientCallable methods, not classes
                }
                for (JsonNode v : e.getValue()) {
                    if (v.isTextual() && v.asText().equals(name)) {
                        return true;
                    }
                }
            }
            return false;
        }

        List<Integer> children() {
            List<Integer> ids = new ArrayList<>();
            for (JsonNode v : lists.getOrDefault(2, List.of())) {
                if (v.isInt()) {
                    ids.add(v.asInt());
                }
            }
            return ids;
        }
    }

    private int uiId = -1;
    private String csrfToken;
    private int syncId = -1;
    private int clientId;
    private int promise;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final List<String> executed = new ArrayList<>();
    private final Map<Integer, Integer> sizes = new HashMap<>();
    private String lastError;

    public int uiId() {
        return uiId;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** The first UIDL of a page, from the {@code ?v-r=init} answer: the UI id, the token and the first tree. */
    public void init(String body) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode config = root.path("appConfig");
            uiId = config.path("v-uiId").asInt(config.path("uiId").asInt(-1));
            nodes.clear();
            sizes.clear();
            syncId = -1;
            clientId = 0;
            JsonNode uidl = config.path("uidl");
            if (uidl.isMissingNode()) {
                throw new IllegalStateException("no uidl in the init answer");
            }
            apply(uidl);
        } catch (Exception e) {
            throw new IllegalStateException("init answer not understood: " + e.getMessage(), e);
        }
    }

    /** Applies the answer to a UIDL request ({@code for(;;);[{...}]}); false when the server refused or resynced. */
    public boolean applyResponse(String body) {
        try {
            String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
            JsonNode root = JSON.readTree(json);
            if (root.isArray()) {
                root = root.get(0);
            }
            apply(root);
            return lastError == null;
        } catch (Exception e) {
            lastError = "answer not understood: " + e.getMessage();
            return false;
        }
    }

    public String lastError() {
        return lastError;
    }

    private void apply(JsonNode uidl) {
        lastError = null;
        executed.clear();
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || uidl.has("resynchronize")) {
            lastError = "server: " + (meta.isMissingNode() ? "resynchronize" : meta.toString());
        }
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.get("Vaadin-Security-Key").asText();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            applyChange(change);
        }
        for (JsonNode call : uidl.path("execute")) {
            executed.add(call.toString());
            if (call.size() == 3 && call.get(2).asText().contains("$connector.updateSize(")) {
                sizes.put(call.get(0).path("@v-node").asInt(), call.get(1).asInt());
            }
        }
    }

    private void applyChange(JsonNode c) {
        int id = c.path("node").asInt();
        String type = c.path("type").asText();
        if (type.equals("detach")) {
            nodes.remove(id);
            return;
        }
        Node node = nodes.computeIfAbsent(id, Node::new);
        int feature = c.path("feat").asInt(-1);
        switch (type) {
            case "put" -> node.maps.computeIfAbsent(feature, f -> new HashMap<>())
                    .put(c.path("key").asText(), c.has("nodeValue") ? c.get("nodeValue") : c.path("value"));
            case "remove" -> node.maps.getOrDefault(feature, new HashMap<>()).remove(c.path("key").asText());
            case "clear" -> node.lists.remove(feature);
            case "splice" -> {
                List<JsonNode> list = node.lists.computeIfAbsent(feature, f -> new ArrayList<>());
                int index = Math.min(c.path("index").asInt(), list.size());
                int removed = Math.min(c.path("remove").asInt(0), list.size() - index);
                for (int i = 0; i < removed; i++) {
                    list.remove(index);
                }
                JsonNode added = c.has("addNodes") ? c.get("addNodes") : c.path("add");
                int at = index;
                for (JsonNode v : added) {
                    list.add(at++, v);
                    if (c.has("addNodes")) {
                        nodes.computeIfAbsent(v.asInt(), Node::new).parent = id;
                    }
                }
            }
            default -> { } // attach and what a scenario does not need
        }
    }

    /** The JavaScript the server asked the browser to run in the last answer (as JSON arrays). */
    public List<String> executed() {
        return executed;
    }

    public Node node(int id) {
        return nodes.get(id);
    }

    public Optional<Node> find(Predicate<Node> which) {
        return nodes.values().stream().filter(which).min((a, b) -> Integer.compare(a.id, b.id));
    }

    public List<Node> findAll(Predicate<Node> which) {
        return nodes.values().stream().filter(which).sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
    }

    public Node require(String what, Predicate<Node> which) {
        return find(which).orElseThrow(() -> new IllegalStateException("no " + what + " on the page"));
    }

    public static Predicate<Node> tag(String tag) {
        return n -> tag.equals(n.tag());
    }

    public static Predicate<Node> tagWithClass(String tag, String className) {
        return n -> tag.equals(n.tag()) && n.hasClass(className);
    }

    public static Predicate<Node> tagWithProperty(String tag, String key, String value) {
        return n -> tag.equals(n.tag()) && Objects.equals(value, n.property(key));
    }

    /** The text a node shows (its text-node children, one level down), e.g. a button's caption. */
    public String text(Node node) {
        StringBuilder s = new StringBuilder();
        for (int child : node.children()) {
            Node c = nodes.get(child);
            if (c != null && c.get(7, "text") != null) {
                s.append(c.get(7, "text").asText());
            }
        }
        return s.toString();
    }

    public Predicate<Node> buttonWithText(String caption) {
        return n -> "vaadin-button".equals(n.tag()) && caption.equals(text(n));
    }

    // ---- requests ----

    /** The body of one UIDL request carrying the given invocations; the client id advances as the browser's does. */
    public String request(ArrayNode rpc) {
        ObjectNode body = F.objectNode();
        body.put("csrfToken", csrfToken);
        body.set("rpc", rpc);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        clientId++;
        return body.toString();
    }

    /**
     * The beacon a browser sends when it leaves a page (Vaadin 24.1+, on {@code pagehide}): the server closes that UI
     * at once instead of waiting for three missed heartbeats. Without it every sign-in would leave the login page's
     * UI in the session for a quarter of an hour, which no real browser does.
     */
    public String unloadBeacon() {
        ObjectNode body = F.objectNode();
        body.put("csrfToken", csrfToken);
        body.set("rpc", F.arrayNode());
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        body.put("UNLOAD", true);
        return body.toString();
    }

    public static ArrayNode rpc(ObjectNode... invocations) {
        ArrayNode a = F.arrayNode();
        for (ObjectNode i : invocations) {
            a.add(i);
        }
        return a;
    }

    /** A DOM event the server listens to (a click, the map's viewport, an area clicked). */
    public static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode o = F.objectNode();
        o.put("type", "event");
        o.put("node", node);
        o.put("event", event);
        o.set("data", data == null ? F.objectNode() : data);
        return o;
    }

    /** A property the browser changed (a field's value), synchronised to the server. */
    public static ObjectNode sync(int node, String property, JsonNode value) {
        ObjectNode o = F.objectNode();
        o.put("type", "mSync");
        o.put("node", node);
        o.put("feature", 1);
        o.put("property", property);
        o.set("value", value);
        return o;
    }

    /** A call of a server method through {@code element.$server} (@ClientCallable), e.g. a grid asking for rows. */
    public ObjectNode serverCall(int node, String method, Object... args) {
        ObjectNode o = F.objectNode();
        o.put("type", "publishedEventHandler");
        o.put("node", node);
        o.put("templateEventMethodName", method);
        ArrayNode a = o.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            a.add(JSON.valueToTree(arg));
        }
        o.put("promise", promise++);
        return o;
    }

    /**
     * The update ids the server asked a grid or combo box to confirm in the last answer
     * ({@code $connector.confirm(id)}): the browser answers each with {@code confirmUpdate(id)}.
     */
    public List<Integer> confirmations(int node) {
        List<Integer> ids = new ArrayList<>();
        for (String call : executed) {
            try {
                JsonNode a = JSON.readTree(call);
                String js = a.get(a.size() - 1).asText();
                if (a.size() >= 3 && a.get(0).path("@v-node").asInt(-1) == node && js.contains("$connector.confirm(")) {
                    ids.add(a.get(1).asInt());
                }
            } catch (Exception ignored) {
                // not a call of interest
            }
        }
        return ids;
    }

    /**
     * The number of rows a grid knows of (its last {@code updateSize}); with a lazy, estimated count it grows as the
     * user scrolls near the end, and the browser never asks for rows past it.
     */
    public int size(int node) {
        return sizes.getOrDefault(node, 0);
    }

    /** Every match of a pattern in the JavaScript calls of the last answer (e.g. the area codes drawn on a map). */
    public List<String> matches(java.util.regex.Pattern pattern) {
        List<String> found = new ArrayList<>();
        for (String call : executed) {
            var m = pattern.matcher(call);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    public static ObjectNode data() {
        return F.objectNode();
    }
}
