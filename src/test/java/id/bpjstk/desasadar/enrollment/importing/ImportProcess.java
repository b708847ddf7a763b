package id.bpjstk.desasadar.enrollment.importing;

import id.bpjstk.desasadar.Application;
import id.bpjstk.desasadar.SignIn;
import id.bpjstk.desasadar.base.importing.ImportMode;
import id.bpjstk.desasadar.base.importing.ImportResult;
import id.bpjstk.desasadar.base.io.Progress;
import id.bpjstk.desasadar.base.security.Role;
import id.bpjstk.desasadar.base.security.UserService;
import java.nio.file.Path;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The app as a process of its own, doing one worker import, so that {@link ImportKillTest} can kill it in the middle
 * for real. Arguments: JDBC address of an existing (migrated) database, user, password, the CSV file, the mode, the
 * importer's user name and area.
 */
public final class ImportProcess {

    static final String DONE = "import finished";

    private ImportProcess() {
    }

    public static void main(String[] args) {
        String url = args[0];
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                // a web application without a web server, as a Spring test's mock environment: Vaadin's security
                // configuration needs a servlet context, the import needs no port
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .profiles("test")
                // as arguments: they win over the environment's DB_URL and the test profile's fresh database
                .run("--app.db.url=" + url, "--app.db.user=" + args[1], "--app.db.password=" + args[2],
                        "--app.db.fresh-database=false", "--spring.main.banner-mode=off");
        SignIn.as(app.getBean(UserService.class), args[5], Role.COORDINATOR, args[6]);
        ImportResult result = app.getBean(WorkerImportService.class)
                .importFile(Path.of(args[3]), ImportMode.valueOf(args[4]), Progress.NONE, () -> false);
        System.out.println(DONE + ": " + result.outcome() + " " + result.counts());
        app.close();
    }
}
