package id.bpjstk.desasadar.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

/**
 * Gatling chains that speak Vaadin Flow's protocol as the browser's Flow client does (captured from Chromium against
 * this app, decision 027): the page's HTML, {@code ?v-r=init} for the UI id, the CSRF token and the first tree, then
 * UIDL POSTs {@code ?v-r=uidl&v-uiId=N} whose body carries the token, the sync id, the client id and the invocations.
 * Static files (the bundle, fonts, map tiles) are left out: a browser has them in its cache after the first visit.
 */
final class Vaadin {

    static final String UI = "vaadinUi";
    static final String PASSWORD = System.getProperty("password", "demo1234");

    private Vaadin() {
    }

    static VaadinUi ui(Session s) {
        return (VaadinUi) s.get(UI);
    }

    /** What the browser sends with the init request (screen, time zone, theme): Flow reads them into the UI. */
    private static String initQuery(String location) {
        return "/?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8)
                + "&query=&v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=-420&v-dstd=0&v-rtzo=-420&v-dston=false&v-tzid=Asia%2FJakarta&v-wn=v-" + Math.random()
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
    }

    /** A page loaded by the browser: its HTML, the init request, and the router's first navigation. */
    static ChainBuilder openPage(String name, String route) {
        return exec(http(name + " html").get("/" + route).check(status().is(200)))
                .exec(http(name + " init").get(s -> initQuery(route))
                        .check(bodyString().transformWithSession((body, s) -> {
                            ui(s).init(body);
                            return true;
                        }).is(true)))
                .exec(uidl(name + " navigate", s -> VaadinUi.rpc(navigation(route, ""))));
    }

    /**
     * Signs in through Spring Security's form (the login page's {@code _csrf} meta tag, as Vaadin's login form posts
     * it) and opens the page the user lands on: two interactions, the login page and the submit (which includes the
     * password hash, deliberately slow, and the landing page's three requests).
     */
    static ChainBuilder signIn(String landingRoute) {
        return signIn(landingRoute, "");
    }

    /** The same, its interactions named after {@code who} (the users that make a load rather than being timed under it). */
    static ChainBuilder signIn(String landingRoute, String who) {
        return exec(s -> s.set(UI, new VaadinUi()))
                .exec(interaction(who + "sign in: login page",
                        exec(http("login html").get("/login")
                                .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("springCsrf")))
                        .exec(http("login init").get(s -> initQuery("login"))
                                .check(bodyString().transformWithSession((body, s) -> {
                                    ui(s).init(body);
                                    return true;
                                }).is(true)))
                        .exec(uidl("login navigate", s -> VaadinUi.rpc(navigation("login", ""))))))
                .exec(pause(Duration.ofSeconds(5))) // the user types a name and a password
                .exec(interaction(who + "sign in: submit",
                        exec(http("login post").post("/login")
                                .formParam("_csrf", "#{springCsrf}")
                                .formParam("username", "#{username}")
                                .formParam("password", PASSWORD)
                                .check(status().is(200))
                                .check(currentLocation().transform(l -> !l.contains("/login")).is(true)))
                        .exec(http("login page left").post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                                .header("Content-Type", "text/plain;charset=UTF-8")
                                .body(StringBody(s -> ui(s).unloadBeacon())))
                        .exec(http("landing init").get(s -> initQuery(landingRoute))
                                .check(bodyString().transformWithSession((body, s) -> {
                                    ui(s).init(body);
                                    return true;
                                }).is(true)))
                        .exec(uidl("landing navigate", s -> VaadinUi.rpc(navigation(landingRoute, ""))))));
    }

    /** The router's navigation event, sent when a menu item or a link is clicked (no page load). */
    static com.fasterxml.jackson.databind.node.ObjectNode navigation(String route, String trigger) {
        var data = VaadinUi.data();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", trigger);
        return VaadinUi.event(1, "ui-navigate", data);
    }

    /** A menu click to another view, in one round trip. */
    static HttpRequestActionBuilder navigate(String name, String route) {
        return uidl(name, s -> VaadinUi.rpc(navigation(route, "client")));
    }

    /**
     * One UIDL round trip: the body is built when the request leaves (token, sync id, next client id), the answer is
     * applied to the user's copy of the tree; a refusal, a resynchronisation or an error answer fails the request.
     */
    static HttpRequestActionBuilder uidl(String name, Function<Session, ArrayNode> rpc) {
        return http(name)
                .post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> ui(s).request(rpc.apply(s))))
                .check(status().is(200))
                .check(bodyString().transformWithSession((body, s) -> {
                    if (!ui(s).applyResponse(body)) {
                        throw new IllegalStateException(ui(s).lastError());
                    }
                    return true;
                }).is(true));
    }

    /**
     * One user interaction (a click, a pan, a page): its round trips in a Gatling group, timed from the first request
     * out to the last answer in (think times are outside), recorded for the p95 per interaction ({@link Timings}).
     */
    static ChainBuilder interaction(String name, ChainBuilder steps) {
        String started = "started " + name;
        return exec(s -> s.markAsSucceeded().set(started, System.nanoTime()))
                .group(name).on(steps)
                .exec(s -> {
                    Timings.record(name, (System.nanoTime() - s.getLong(started)) / 1_000_000, s.isFailed());
                    return s.remove(started);
                });
    }
}
