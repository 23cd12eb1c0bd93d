package fr.tremplin.data.insertion;

import java.time.LocalDate;

/** What registers a public contract; see {@link PublicContract}. */
public record NewPublicContract(String ref, String buyerId, String title, int hoursTarget, LocalDate startDate,
                                LocalDate endDate) {
}
