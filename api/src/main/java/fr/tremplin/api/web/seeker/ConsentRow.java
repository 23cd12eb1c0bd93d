package fr.tremplin.api.web.seeker;

import fr.tremplin.data.common.DepartementTime;
import fr.tremplin.data.seeker.ConsentRecord;

import java.time.format.DateTimeFormatter;

/** One line of the consent history on the person page. */
public record ConsentRow(String at, String consent, String source, String recordedBy) {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(DepartementTime.ZONE);

    static ConsentRow of(ConsentRecord r) {
        return new ConsentRow(AT.format(r.recordedAt()), r.given() ? "donné" : "retiré", r.sourceLabel(), r.recordedBy());
    }
}
