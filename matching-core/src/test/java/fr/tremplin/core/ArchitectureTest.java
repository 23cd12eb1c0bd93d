package fr.tremplin.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import fr.tremplin.core.testing.PackageSlices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** matching-core is plain Java (+ Lucene): no framework, no database access, no other module, no package cycle. */
@AnalyzeClasses(packages = "fr.tremplin.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreDoesNotDependOnMicronaut = noClasses()
            .that().resideInAPackage("fr.tremplin.core..")
            .should().dependOnClassesThat().resideInAPackage("io.micronaut..")
            .because("the matching domain must stay testable in memory, without a Micronaut context");

    @ArchTest
    static final ArchRule coreDoesNotUseJdbc = noClasses()
            .that().resideInAPackage("fr.tremplin.core..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("the database belongs to the data module");

    @ArchTest
    static final ArchRule coreDependsOnNoOtherModule = noClasses()
            .that().resideInAPackage("fr.tremplin.core..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.tremplin.data..", "fr.tremplin.indexer..",
                    "fr.tremplin.api..", "fr.tremplin.bench..")
            .because("the modules depend api → indexer → data → core, never the other way");

    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices().assignedFrom(PackageSlices.of("fr.tremplin.core"))
            .should().beFreeOfCycles();
}
