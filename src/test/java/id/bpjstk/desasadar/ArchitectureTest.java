package id.bpjstk.desasadar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import org.springframework.context.annotation.Profile;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

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

    /** Demo users have a published password: the production profile must never make them (issue 13). */
    @ArchTest
    static final ArchRule demo_data_is_never_made_in_the_production_profile = classes().that().haveSimpleNameStartingWith("Demo")
            .and().areMetaAnnotatedWith(Component.class)
            .should().beAnnotatedWith(DescribedPredicate.describe("@Profile(\"!production\")",
                    a -> a.getRawType().isEquivalentTo(Profile.class)
                            && a.get("value").map(v -> Arrays.asList((Object[]) v).contains("!production")).orElse(false)));

    private static String[] featurePackages() {
        String[] packages = new String[FEATURES.length];
        for (int i = 0; i < FEATURES.length; i++) {
            packages[i] = "..desasadar." + FEATURES[i] + "..";
        }
        return packages;
    }
}
