package id.bpjstk.desasadar.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the browser sees when a streamed export fails after its first rows went out: the servlet container the app runs
 * in (Tomcat) gets the exception with the response committed — Vaadin rethrows a download handler's exception for
 * a non-UIDL request — and, because {@link DownloadLink#writeStreamed} left the response open, breaks the connection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokenDownloadHttpTest {

    /** More than the response buffer, so the headers and first rows are on the wire before the failure. */
    static final String ROWS = "nik;nama\n" + "3578010101010001;Ani\n".repeat(5_000);

    private Tomcat tomcat;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void aServerWhoseExportsFailHalfWayOrSucceed() throws LifecycleException {
        tomcat = new Tomcat();
        tomcat.setBaseDir(System.getProperty("java.io.tmpdir") + "/broken-download-" + ProcessHandle.current().pid());
        tomcat.setPort(0);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "failing", export(out -> {
            out.write(ROWS.getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("database gone");
        }));
        Tomcat.addServlet(context, "complete", export(out -> out.write(ROWS.getBytes(StandardCharsets.UTF_8))));
        context.addServletMappingDecoded("/failing", "failing");
        context.addServletMappingDecoded("/complete", "complete");
        tomcat.getConnector();
        tomcat.start();
    }

    @AfterAll
    void stop() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }

    @Test
    void an_export_that_fails_after_its_first_rows_reaches_the_browser_as_a_broken_download() {
        assertThatThrownBy(() -> get("/failing")).isInstanceOf(IOException.class);
    }

    @Test
    void an_export_that_succeeds_arrives_whole() throws Exception {
        HttpResponse<String> response = get("/complete");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(ROWS);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        int port = tomcat.getConnector().getLocalPort();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpServlet export(DownloadLink.StreamedExport export) {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("text/csv");
                DownloadLink.writeStreamed(response.getOutputStream(), export);
            }
        };
    }
}
