package fr.tremplin.data.outbox;

public enum AggregateType { JOB_SEEKER, VACANCY, EMPLOYER }
