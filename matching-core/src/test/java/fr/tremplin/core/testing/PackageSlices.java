package fr.tremplin.core.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The packages of one module as ArchUnit slices, its root package included (a {@code fr.tremplin.x.(*)..} pattern
 * would leave the root out, and with it a cycle between the root and a subpackage): every module's
 * {@code ArchitectureTest} checks {@code slices().assignedFrom(PackageSlices.of("fr.tremplin.x")).should()
 * .beFreeOfCycles()}.
 */
public record PackageSlices(String root) implements SliceAssignment {

    public static PackageSlices of(String root) {
        return new PackageSlices(root);
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (name.equals(root)) {
            return SliceIdentifier.of(root);
        }
        if (!name.startsWith(root + ".")) {
            return SliceIdentifier.ignore();
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return SliceIdentifier.of(root + "." + (dot < 0 ? rest : rest.substring(0, dot)));
    }

    @Override
    public String getDescription() {
        return "the packages of " + root + " (the root and each first-level subpackage)";
    }
}
