package fr.tremplin.api.transfer;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.common.ForbiddenException;
import fr.tremplin.data.common.NotFoundException;
import fr.tremplin.data.user.Role;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The three kinds of import and export in one place, for the API, the web page and the command line: job seekers
 * (ADMIN; UNIT_MANAGER for their unit), employers and vacancies (ADMIN only).
 */
@Singleton
public class Transfers {
    /** The kinds, in the order the web page offers them. */
    public static final List<String> KINDS = List.of(SeekerImporter.KIND, EmployerImporter.KIND, VacancyImporter.KIND);

    private final ImportEngine engine;
    private final SeekerImporter seekers;
    private final EmployerImporter employers;
    private final VacancyImporter vacancies;
    private final SeekerExporter seekerExport;
    private final EmployerExporter employerExport;
    private final VacancyExporter vacancyExport;

    public Transfers(ImportEngine engine, SeekerImporter seekers, EmployerImporter employers,
                     VacancyImporter vacancies, SeekerExporter seekerExport, EmployerExporter employerExport,
                     VacancyExporter vacancyExport) {
        this.engine = engine;
        this.seekers = seekers;
        this.employers = employers;
        this.vacancies = vacancies;
        this.seekerExport = seekerExport;
        this.employerExport = employerExport;
        this.vacancyExport = vacancyExport;
    }

    /** 404 for an unknown kind, 403 for a unit manager asking for employers or vacancies. */
    public static void requireAllowed(String kind, CurrentUser user) {
        if (!KINDS.contains(kind)) {
            throw new NotFoundException("Le type d'import", kind);
        }
        if (!SeekerImporter.KIND.equals(kind) && user.role() != Role.ADMIN) {
            throw new ForbiddenException("L'import et l'export des employeurs et des offres sont réservés aux"
                    + " administrateurs.");
        }
    }

    public ImportReport importFile(String kind, FileSource file, boolean dryRun, CurrentUser user,
                                   ImportEngine.Progress progress) {
        requireAllowed(kind, user);
        return switch (kind) {
            case EmployerImporter.KIND -> engine.run(employers, file, dryRun, user, progress);
            case VacancyImporter.KIND -> engine.run(vacancies, file, dryRun, user, progress);
            default -> engine.run(seekers, file, dryRun, user, progress);
        };
    }

    /** The export of a kind; {@code unit}: the unit of the people exported (null: all), job seekers only. */
    public ExportFile export(String kind, @Nullable String unit, CurrentUser user) {
        requireAllowed(kind, user);
        return switch (kind) {
            case EmployerImporter.KIND -> employerExport.export();
            case VacancyImporter.KIND -> vacancyExport.export();
            default -> seekerExport.export(unit);
        };
    }

    /** The French name of a kind's rows, for messages and file names. */
    public static String rowsName(String kind) {
        return switch (kind) {
            case EmployerImporter.KIND -> "employeurs";
            case VacancyImporter.KIND -> "offres";
            default -> "personnes";
        };
    }
}
