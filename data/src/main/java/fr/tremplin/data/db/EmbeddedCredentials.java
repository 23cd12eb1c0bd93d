package fr.tremplin.data.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of a secured embedded MariaDB, generated at its first secured start and kept in
 * {@code <instance>/credentials.properties} (e.g. {@code var/mariadb/credentials.properties}), readable by its
 * owner only ({@code rw-------}). Never logged.
 *
 * @param rootPassword password of {@code root} (administration: schema creation, grants, backups)
 * @param appUser      the application's own account, with privileges on its schemas only
 * @param appPassword  its password
 */
public record EmbeddedCredentials(String rootPassword, String appUser, String appPassword) {

    /** The account the application connects with. */
    public static final String APP_USER = "tremplin";
    static final String FILE_NAME = "credentials.properties";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "EmbeddedCredentials[appUser=" + appUser + ", passwords hidden]";
    }

    /** New random passwords (32 characters, ~185 bits each). */
    public static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(randomPassword(), APP_USER, randomPassword());
    }

    static String randomPassword() {
        StringBuilder s = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** The credentials file of an instance directory. */
    public static Path file(Path instanceDir) {
        return instanceDir.resolve(FILE_NAME);
    }

    /** Reads the file, if there is one. */
    public static Optional<EmbeddedCredentials> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String root = p.getProperty("root.password");
        String user = p.getProperty("app.user", APP_USER);
        String app = p.getProperty("app.password");
        if (root == null || app == null || root.isBlank() || app.isBlank()) {
            throw new IllegalStateException(file + " lacks root.password or app.password: restore it from a backup,"
                    + " or delete it to have new passwords set (the server is then started once without grants)");
        }
        return Optional.of(new EmbeddedCredentials(root, user, app));
    }

    /** True once the passwords of the file were set on the server (false: written, not yet applied). */
    public static boolean applied(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            return false;
        }
        return "true".equals(p.getProperty("applied"));
    }

    /** Writes the file with owner-only permissions (written aside, then renamed over the old one). */
    public void save(Path file, boolean applied) {
        Properties p = new Properties();
        p.setProperty("applied", Boolean.toString(applied));
        p.setProperty("root.password", rootPassword);
        p.setProperty("app.user", appUser);
        p.setProperty("app.password", appPassword);
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                throw new IllegalStateException("Another process writes " + tmp, e);
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Passwords of the embedded MariaDB of this directory (owner-only; never share)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Makes {@code file} readable by its owner only (no-op where POSIX permissions do not exist). */
    static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing more we can do
        }
    }
}
