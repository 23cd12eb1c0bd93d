package fr.tremplin.api.seeker;

import fr.tremplin.data.audit.AuditLog;
import fr.tremplin.data.audit.AuditQuery;
import fr.tremplin.data.audit.AuditRow;
import fr.tremplin.data.privacy.PersonalData;
import fr.tremplin.data.seeker.ConsentHistory;
import fr.tremplin.data.seeker.ConsentRecord;
import fr.tremplin.data.seeker.JobSeeker;
import io.micronaut.data.model.Pageable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The right of access: everything Tremplin holds about one person, in one JSON document. */
@Singleton
public class PersonalDataExport {
    /** Most audit lines in one export (newest first). */
    static final int AUDIT_LINES = 5_000;

    private final JobSeekerMapper mapper;
    private final ConsentHistory consents;
    private final PersonalData data;
    private final AuditLog audit;

    public PersonalDataExport(JobSeekerMapper mapper, ConsentHistory consents, PersonalData data, AuditLog audit) {
        this.mapper = mapper;
        this.consents = consents;
        this.data = data;
        this.audit = audit;
    }

    public Export of(JobSeeker seeker) {
        List<AuditRow> lines = audit.search(new AuditQuery(seeker.id(), null, null, null, null),
                Pageable.from(0, AUDIT_LINES)).getContent();
        return new Export(Instant.now(), mapper.toResponse(seeker), consents.of(seeker.id()).stream()
                .map(ConsentEntry::of).toList(), data.of(seeker.id()), lines.stream().map(AuditEntry::of).toList());
    }

    @Serdeable
    public record Export(Instant exportedAt, JobSeekerResponse record, List<ConsentEntry> consentHistory,
                         Map<String, List<Map<String, Object>>> held, List<AuditEntry> audit) {
    }

    @Serdeable
    public record ConsentEntry(boolean given, String source, String sourceLabel, String recordedBy, Instant recordedAt) {
        static ConsentEntry of(ConsentRecord r) {
            return new ConsentEntry(r.given(), r.source(), r.sourceLabel(), r.recordedBy(), r.recordedAt());
        }
    }

    @Serdeable
    public record AuditEntry(Instant at, String actor, String role, String action, String actionLabel, String detail) {
        static AuditEntry of(AuditRow r) {
            return new AuditEntry(r.at(), r.actor(), r.role(), r.action().name(), r.action().label(), r.detail());
        }
    }
}
