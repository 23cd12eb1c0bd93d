package fr.tremplin.data.backup;

import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/** The files of a backup directory: {@value #DUMP} and {@value #MANIFEST}. */
public final class BackupFiles {

    public static final String DUMP = "tremplin.sql.gz";
    public static final String MANIFEST = "manifest.json";

    private BackupFiles() {
    }

    /** A new or empty directory, created owner-only ({@code rwx------}): a backup holds personal data. */
    static void prepareEmpty(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new BackupException(dir + " existe et n'est pas un dossier");
            }
            if (Files.isDirectory(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new BackupException("Le dossier " + dir + " n'est pas vide : choisissez un dossier"
                                + " nouveau ou vide (une sauvegarde n'en écrase jamais une autre)");
                    }
                }
            } else {
                Files.createDirectories(dir);
            }
            ownerOnly(dir, "rwx------");
        } catch (IOException e) {
            throw new BackupException("Impossible de créer le dossier " + dir + " : " + e.getMessage(), e);
        }
    }

    /** Reads and checks the manifest of a backup directory. */
    static BackupManifest readManifest(Path dir, ObjectMapper json) {
        if (!Files.isDirectory(dir)) {
            throw new BackupException("Le dossier de sauvegarde " + dir + " n'existe pas");
        }
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new BackupException("Pas de " + MANIFEST + " dans " + dir + " : ce n'est pas une sauvegarde"
                    + " Tremplin (ou elle est incomplète)");
        }
        BackupManifest m;
        try {
            m = json.readValue(Files.readAllBytes(manifest), BackupManifest.class);
        } catch (IOException | RuntimeException e) {
            throw new BackupException("Le fichier " + manifest + " est illisible : " + e.getMessage(), e);
        }
        if (m.format() != BackupManifest.FORMAT) {
            throw new BackupException("Format de sauvegarde " + m.format() + " inconnu (attendu : "
                    + BackupManifest.FORMAT + ")");
        }
        if (!DUMP.equals(m.dumpFile()) || m.sha256() == null || m.tables().isEmpty()) {
            throw new BackupException("Le manifeste " + manifest + " est incomplet (fichier, somme de contrôle ou"
                    + " tables manquants)");
        }
        return m;
    }

    /** Fails unless the dump has the manifest's size and SHA-256. */
    static void verifyChecksum(Path dir, BackupManifest manifest) {
        Path dump = dir.resolve(manifest.dumpFile());
        if (!Files.isRegularFile(dump)) {
            throw new BackupException("Le fichier de sauvegarde " + dump + " est absent");
        }
        String actual = sha256(dump);
        if (!actual.equalsIgnoreCase(manifest.sha256())) {
            throw new BackupException("Somme de contrôle différente pour " + dump + " : attendue " + manifest.sha256()
                    + ", trouvée " + actual + ". La sauvegarde est altérée : rien n'a été restauré.");
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = newDigest();
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new BackupException("Impossible de lire " + file + " : " + e.getMessage(), e);
        }
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }
}
