package fr.tremplin.api.web.transfer;

import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files uploaded on the import page, kept on the server between the check (dry run) and « Importer », so that the
 * import applies exactly the file that was checked without sending it again. A file is known by a random ticket,
 * belongs to the account that sent it, and is deleted once imported, after {@value #MINUTES} minutes, or when the
 * service stops. Kept in a private temporary directory, never served.
 */
@Singleton
public class KeptUploads {
    static final long MINUTES = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A kept file: its ticket, owner, kind and the name it was sent under. */
    public record Kept(String ticket, Path file, String owner, String kind, String name, Instant at) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Clock clock;
    private Path directory;

    public KeptUploads(Clock clock) {
        this.clock = clock;
    }

    public Kept keep(InputStream content, String owner, String kind, String name) {
        expire();
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String ticket = HexFormat.of().formatHex(random);
        Path file = directory().resolve(ticket);
        try (content) {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Kept k = new Kept(ticket, file, owner, kind, name, clock.instant());
        kept.put(ticket, k);
        return k;
    }

    /** The file of a ticket, if it is still kept and belongs to {@code owner}. */
    @Nullable
    public Kept find(@Nullable String ticket, String owner) {
        expire();
        Kept k = ticket == null ? null : kept.get(ticket);
        return k != null && k.owner().equals(owner) ? k : null;
    }

    public void forget(Kept k) {
        kept.remove(k.ticket());
        delete(k.file());
    }

    private void expire() {
        Instant limit = clock.instant().minus(Duration.ofMinutes(MINUTES));
        kept.values().stream().filter(k -> k.at().isBefore(limit)).toList().forEach(this::forget);
    }

    private synchronized Path directory() {
        if (directory == null) {
            try {
                directory = Files.createTempDirectory("tremplin-imports-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }

    @PreDestroy
    void clear() {
        kept.values().forEach(this::forget);
        if (directory != null) {
            delete(directory);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a temporary file left behind: the system's temporary directory cleans it
        }
    }
}
