package cn.luodian.api;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The direction of the api's package dependencies, checked on the compiled classes: no package
 * cycles, and each feature's storage (the classes that touch JDBC) used only inside its feature,
 * which others reach through its service face and values. {@code bin/package-graph} draws the same
 * edges.
 */
class ArchitectureTest {
    private static final String API = "cn.luodian.api";
    /** The shared base every feature may use; its JDBC helper is not a feature's storage. */
    private static final String SYSTEM = API + ".system";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(API);

    @Test
    void apiPackagesHaveNoCycles() {
        slices().matching(API + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void storageIsUsedOnlyInsideItsFeature() {
        Set<String> violations = new TreeSet<>();
        for (JavaClass storage : CLASSES) {
            if (!isStorage(storage)) {
                continue;
            }
            String feature = feature(storage);
            for (Dependency use : storage.getDirectDependenciesToSelf()) {
                JavaClass user = use.getOriginClass();
                if (user.getPackageName().startsWith(API) && !feature(user).equals(feature)) {
                    violations.add(user.getName() + " uses " + storage.getName());
                }
            }
        }
        assertThat(violations).as("storage classes used from another feature").isEmpty();
    }

    @Test
    void theStorageRuleSeesStorage() {
        // Guards the rule above against a predicate that matches nothing.
        List<String> storage = CLASSES.stream().filter(ArchitectureTest::isStorage).map(JavaClass::getSimpleName).toList();
        assertThat(storage).contains("CaseRepository", "CaseEventRepository", "CategoryRepository", "JdbcLayerStore",
                "PeriodRepository", "UserStore");
    }

    /** A class of a feature that talks to the database itself. */
    private static boolean isStorage(JavaClass c) {
        if (!c.getPackageName().startsWith(API) || c.getPackageName().startsWith(SYSTEM)) {
            return false;
        }
        return c.getDirectDependenciesFromSelf().stream()
                .map(d -> d.getTargetClass().getPackageName())
                .anyMatch(p -> p.startsWith("org.springframework.jdbc") || p.startsWith("java.sql")
                        || p.startsWith("javax.sql"));
    }

    /** The top-level package under {@code cn.luodian.api}: cases, exposure, tiles … */
    private static String feature(JavaClass c) {
        String rest = c.getPackageName().length() > API.length() ? c.getPackageName().substring(API.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
