package fr.tremplin.data.seeker;

import java.time.Instant;

/** One entry of a person's consent history: given or withdrawn, when, how, by whom. */
public record ConsentRecord(boolean given, String source, String recordedBy, Instant recordedAt) {

    public String sourceLabel() {
        return ConsentSource.labelOf(source);
    }
}
