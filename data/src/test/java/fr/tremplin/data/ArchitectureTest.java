package fr.tremplin.data;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.tremplin.core.testing.PackageSlices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The data module: below the indexer, the api and the bench; no package cycle. */
@AnalyzeClasses(packages = "fr.tremplin.data", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule dataDependsOnlyOnTheModulesBelow = noClasses()
            .that().resideInAPackage("fr.tremplin.data..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.tremplin.indexer..", "fr.tremplin.api..", "fr.tremplin.bench..")
            .because("the modules depend bench → api → indexer → data → core, never the other way");

    @ArchTest
    static final ArchRule dataPackagesAreFreeOfCycles = slices().assignedFrom(PackageSlices.of("fr.tremplin.data"))
            .should().beFreeOfCycles();
}
