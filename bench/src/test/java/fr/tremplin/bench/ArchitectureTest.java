package fr.tremplin.bench;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.tremplin.core.testing.PackageSlices;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The bench (on top of every module, never below one: the other modules' rules forbid it); no package cycle. */
@AnalyzeClasses(packages = "fr.tremplin.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule benchPackagesAreFreeOfCycles = slices().assignedFrom(PackageSlices.of("fr.tremplin.bench"))
            .should().beFreeOfCycles();
}
