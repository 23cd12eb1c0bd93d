-- Several nodes on one database (issue 19). Each node registers and heartbeats in cluster_node with the outbox
-- position of its own index: the outbox retention keeps every row a live node has not applied yet, and drops the
-- nodes silent for longer than the retention (they rebuild their index when they come back). A job that must run
-- once across the cluster (mail sending, reminders, retention...) runs on the node holding its cluster_lease row,
-- taken with one atomic UPDATE; every time is the database's own (NOW(6)), so the nodes' clocks do not matter.
CREATE TABLE cluster_node (
    node_id         VARCHAR(100) NOT NULL PRIMARY KEY,
    started_at      DATETIME(6)  NOT NULL,
    heartbeat_at    DATETIME(6)  NOT NULL,
    outbox_position BIGINT       NULL,
    index_state     VARCHAR(20)  NULL,
    KEY ix_cluster_node_heartbeat (heartbeat_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cluster_lease (
    job        VARCHAR(60)  NOT NULL PRIMARY KEY,
    holder     VARCHAR(100) NOT NULL,
    expires_at DATETIME(6)  NOT NULL,
    taken_at   DATETIME(6)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
