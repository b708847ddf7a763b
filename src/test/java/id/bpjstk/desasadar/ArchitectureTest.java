package id.bpjstk.desasadar;

import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.annotation.Profile;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Component;

/**
 * The module boundaries of docs/architecture.md, held by the build. Spring Modulith finds the modules (one per
 * top-level package) and checks that a module reaches another only through its top-level package or a named
 * interface, and only the modules its package-info allows; the ArchUnit rules below say what Modulith does not. The
 * table rule is {@link TableOwnershipTest}.
 */
@AnalyzeClasses(packages = "id.bpjstk.desasadar", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every top-level package, bottom up; a new one fails the build until it is declared here and in the docs. */
    static final List<String> MODULES = List.of("base", "audit", "territory", "site", "partner", "coverage", "outreach",
            "enrollment", "planning", "map", "users");

    private static final String[] FEATURES = MODULES.stream().filter(m -> !m.equals("base")).toArray(String[]::new);

    /** The generated module diagram (PlantUML), rewritten by this test when the modules change. */
    static final Path DIAGRAM = Path.of("docs", "modules.puml");

    /** Found once, when a test first needs them (reading the classes takes a while). */
    private static final class Found {
        static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    }

    /**
     * The few classes that plug the application into Vaadin itself rather than show anything: the app shell, the i18n
     * provider and the service-init listeners Vaadin calls, and Vaadin's security configurer.
     */
    private static final Set<String> VAADIN_WIRING = Set.of(
            "id.bpjstk.desasadar.Application",
            "id.bpjstk.desasadar.base.i18n.AppI18nProvider",
            "id.bpjstk.desasadar.base.i18n.LocaleInitializer",
            "id.bpjstk.desasadar.base.security.PasswordChangeGate",
            "id.bpjstk.desasadar.base.security.SecurityConfig");

    /** Named by Spring Security's configuration in base.security as the sign-in page, so it must be public. */
    private static final String SIGN_IN_VIEW = "id.bpjstk.desasadar.base.ui.LoginView";

    @ArchTest
    static void every_top_level_package_is_a_declared_module(JavaClasses ignored) {
        Set<String> found = Found.MODULES.stream().map(ApplicationModule::getIdentifier)
                .map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).as("top-level packages under id.bpjstk.desasadar: declare a new one in "
                + "ArchitectureTest.MODULES, give it a package-info with @ApplicationModule and describe it in "
                + "docs/architecture.md")
                .containsExactlyInAnyOrderElementsOf(MODULES);
        for (String module : MODULES) {
            assertThat(moduleDeclaration(module)).as("@ApplicationModule(allowedDependencies = …) in " + module
                    + "/package-info.java").isNotNull();
        }
    }

    /**
     * A module uses another only through its top-level package or a declared named interface ({@code territory::ui}),
     * only the modules its package-info allows, and without cycles.
     */
    @ArchTest
    static void modules_reach_each_other_only_through_their_api(JavaClasses ignored) {
        Found.MODULES.verify();
    }

    /** Writes docs/modules.puml from the modules Spring Modulith found, so the diagram is never out of date. */
    @ArchTest
    static void the_module_diagram_in_docs_is_current(JavaClasses ignored) throws IOException {
        Path folder = Path.of("target", "spring-modulith-docs");
        new Documenter(Found.MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
        String diagram = "' Generated by ArchitectureTest from the modules Spring Modulith finds: do not edit.\n"
                + inStableOrder(Files.readString(folder.resolve("components.puml"), StandardCharsets.UTF_8));
        if (!Files.exists(DIAGRAM) || !Files.readString(DIAGRAM, StandardCharsets.UTF_8).equals(diagram)) {
            Files.writeString(DIAGRAM, diagram, StandardCharsets.UTF_8);
        }
        assertThat(DIAGRAM).content(StandardCharsets.UTF_8).contains(Stream.of(FEATURES).map(f -> "==" + f + "\\n")
                .toArray(String[]::new));
    }

    @ArchTest
    static final ArchRule the_shared_kernel_knows_no_feature = noClasses().that().resideInAPackage("..desasadar.base..")
            .should().dependOnClassesThat().resideInAnyPackage(featurePackages());

    /** Domain code stays free of the UI toolkit: a service or record never returns a component. */
    @ArchTest
    static final ArchRule vaadin_types_only_in_ui_packages = noClasses().that().resideOutsideOfPackage("..ui..")
            .and(are(DescribedPredicate.describe("not Vaadin's own wiring",
                    (JavaClass c) -> !VAADIN_WIRING.contains(c.getName().replaceAll("\\$.*", "")))))
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("views live in ui packages; only the classes that plug the app into Vaadin may name it elsewhere");

    /** Routes are reached by URL, never by another package's code; Vaadin instantiates package-private ones. */
    @ArchTest
    static final ArchRule views_are_package_private = classes().that().areAnnotatedWith(Route.class)
            .and().doNotHaveFullyQualifiedName(SIGN_IN_VIEW)
            .should().notBePublic();

    @ArchTest
    static final ArchRule repositories_are_private_to_their_feature = classes().that().areAssignableTo(Repository.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule views_call_services_never_repositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule features_do_not_form_cycles = slices().matching("id.bpjstk.desasadar.(*)..").should().beFreeOfCycles();

    /** Demo users have a published password: the production profile must never make them (issue 13). */
    @ArchTest
    static final ArchRule demo_data_is_never_made_in_the_production_profile = classes().that().haveSimpleNameStartingWith("Demo")
            .and().areMetaAnnotatedWith(Component.class)
            .should().beAnnotatedWith(DescribedPredicate.describe("@Profile(\"!production\")",
                    a -> a.getRawType().isEquivalentTo(Profile.class)
                            && a.get("value").map(v -> Arrays.asList((Object[]) v).contains("!production")).orElse(false)));

    /**
     * Structurizr lists the modules and their relations in hash order, which changes from run to run: sorted, the file
     * changes only when the modules do. The order of lines does not change what PlantUML draws.
     */
    static String inStableOrder(String plantUml) {
        List<String> lines = plantUml.lines().toList();
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            boolean listed = line.startsWith("  component ") || line.startsWith("Application.");
            if (!listed && !run.isEmpty()) {
                out.addAll(run.stream().sorted().toList());
                run.clear();
            }
            (listed ? run : out).add(line);
        }
        out.addAll(run.stream().sorted().toList());
        return String.join("\n", out) + "\n";
    }

    private static org.springframework.modulith.ApplicationModule moduleDeclaration(String module) {
        try {
            return Class.forName("id.bpjstk.desasadar." + module + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static String[] featurePackages() {
        return Stream.of(FEATURES).map(f -> "..desasadar." + f + "..").toArray(String[]::new);
    }
}
