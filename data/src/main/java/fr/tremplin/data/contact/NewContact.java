package fr.tremplin.data.contact;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** A contact to record: which company, for which unit, when, what came of it, and a short note. */
public record NewContact(String employerId, String unit, LocalDate contactedOn, ContactOutcome outcome,
                         @Nullable String note) {}
