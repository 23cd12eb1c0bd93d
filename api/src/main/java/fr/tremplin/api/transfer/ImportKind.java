package fr.tremplin.api.transfer;

import fr.tremplin.api.security.CurrentUser;
import fr.tremplin.data.audit.Auditor;
import fr.tremplin.data.common.ForbiddenException;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * What one kind of file (job seekers, employers, vacancies) brings to the shared {@link ImportEngine}: its columns,
 * the column that identifies a line (a value twice in a file is an error), how a batch of lines is checked against
 * what is stored, and how checked lines are written.
 *
 * @param <C> the kind's columns
 * @param <W> one write (creation or change) of a checked line
 */
public interface ImportKind<C extends Enum<C> & Column, W> {
    /** The kind as the API names it: job-seekers, employers, vacancies. */
    String name();

    Class<C> columns();

    /** The column whose value identifies a line (reference, SIRET). */
    C key();

    /** Checks a batch of lines (the kind looks the stored rows of the whole batch up at once). */
    List<Outcome<W>> check(List<Line<C>> lines, CurrentUser user);

    /** Writes the checked lines of one batch, inside the import's transaction. */
    void write(List<W> writes, Auditor who);

    /** The refusal of a file holding lines outside the caller's scope (a unit manager's other units). */
    default ForbiddenException outsideScope(CurrentUser user, String lines) {
        return new ForbiddenException("Ce fichier contient des lignes hors de votre périmètre : ligne(s) " + lines
                + ". Rien n'a été importé.");
    }

    /** What the checks found for one line. */
    enum Status { CREATED, UPDATED, UNCHANGED, REJECTED }

    /** The verdict on one line: its status, what to write (created or updated), its errors, whether it is in scope. */
    record Outcome<W>(Status status, @Nullable W write, List<ImportError> errors, boolean outsideScope) {
        public static <W> Outcome<W> rejected(List<ImportError> errors, boolean outsideScope) {
            return new Outcome<>(Status.REJECTED, null, List.copyOf(errors), outsideScope);
        }

        public static <W> Outcome<W> created(W write, boolean outsideScope) {
            return new Outcome<>(Status.CREATED, write, List.of(), outsideScope);
        }

        public static <W> Outcome<W> updated(W write, boolean outsideScope) {
            return new Outcome<>(Status.UPDATED, write, List.of(), outsideScope);
        }

        public static <W> Outcome<W> unchanged(boolean outsideScope) {
            return new Outcome<>(Status.UNCHANGED, null, List.of(), outsideScope);
        }
    }
}
