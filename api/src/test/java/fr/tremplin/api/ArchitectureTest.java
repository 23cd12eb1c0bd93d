package fr.tremplin.api;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.tremplin.core.testing.PackageSlices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The api (the product): never the bench (its own module and jar); no package cycle. */
@AnalyzeClasses(packages = "fr.tremplin.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule apiDependsOnlyOnTheModulesBelow = noClasses()
            .that().resideInAPackage("fr.tremplin.api..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.tremplin.bench..")
            .because("the modules depend bench → api → indexer → data → core, never the other way");

    @ArchTest
    static final ArchRule apiPackagesAreFreeOfCycles = slices().assignedFrom(PackageSlices.of("fr.tremplin.api"))
            .should().beFreeOfCycles();
}
