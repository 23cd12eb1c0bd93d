package fr.tremplin.indexer;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.tremplin.core.testing.PackageSlices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The indexer: on data and core only, never the api nor the bench; no package cycle. */
@AnalyzeClasses(packages = "fr.tremplin.indexer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule indexerDependsOnlyOnTheModulesBelow = noClasses()
            .that().resideInAPackage("fr.tremplin.indexer..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.tremplin.api..", "fr.tremplin.bench..")
            .because("the modules depend bench → api → indexer → data → core, never the other way");

    @ArchTest
    static final ArchRule indexerPackagesAreFreeOfCycles = slices().assignedFrom(PackageSlices.of("fr.tremplin.indexer"))
            .should().beFreeOfCycles();
}
