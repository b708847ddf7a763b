package id.bpjstk.desasadar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** The feature boundaries of DESIGN.md §3, held by the build. */
@AnalyzeClasses(packages = "id.bpjstk.desasadar", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"territory", "site", "outreach", "enrollment", "coverage", "planning", "partner", "audit", "users"};

    @ArchTest
    static final ArchRule the_shared_kernel_knows_no_feature = noClasses().that().resideInAPackage("..desasadar.base..")
            .should().dependOnClassesThat().resideInAnyPackage(featurePackages());

    @ArchTest
    static final ArchRule repositories_are_private_to_their_feature = classes().that().areAssignableTo(Repository.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule views_call_services_never_repositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule features_do_not_form_cycles = slices().matching("id.bpjstk.desasadar.(*)..").should().beFreeOfCycles();

    private static String[] featurePackages() {
        String[] packages = new String[FEATURES.length];
        for (int i = 0; i < FEATURES.length; i++) {
            packages[i] = "..desasadar." + FEATURES[i] + "..";
        }
        return packages;
    }
}
