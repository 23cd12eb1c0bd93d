package fr.tremplin.data.outbox;

/** UPSERT: re-read the aggregate and index its current state; DELETE: remove it from every index. */
public enum OutboxOperation { UPSERT, DELETE }
