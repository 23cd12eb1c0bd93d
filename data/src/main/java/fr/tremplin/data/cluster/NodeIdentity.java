package fr.tremplin.data.cluster;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This node's id among the nodes sharing the database: {@code tremplin.cluster.node-id} when set, else the host name
 * and the HTTP port ({@code host:8080}), which stay the same across restarts of the same node.
 */
@Singleton
public class NodeIdentity {
    private final String id;

    public NodeIdentity(ClusterSettings settings, @Value("${micronaut.server.port:8080}") int port) {
        String configured = settings.nodeId() == null ? "" : settings.nodeId().strip();
        this.id = configured.isEmpty() ? hostName() + ":" + port : configured;
    }

    public String id() {
        return id;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
