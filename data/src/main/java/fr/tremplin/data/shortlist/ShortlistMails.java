package fr.tremplin.data.shortlist;

import fr.tremplin.core.shortlist.CandidateStatus;
import fr.tremplin.core.shortlist.Reason;
import fr.tremplin.data.employer.EmployerRepository;
import fr.tremplin.data.mail.MailKind;
import fr.tremplin.data.mail.MailQueue;
import fr.tremplin.data.user.AppUser;
import fr.tremplin.data.user.AppUserRepository;
import fr.tremplin.data.user.Role;
import fr.tremplin.data.vacancy.VacancyRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mails of the shortlists, queued in the transaction of the event: a shortlist sent (to the employer's active
 * users with an address), the reminder of an unanswered one (to those who keep reminders on), and an employer's
 * answer (to the adviser who built the shortlist). They name the vacancy and the employer, never a person: the
 * reader follows the link and logs in.
 */
@Singleton
public class ShortlistMails {
    private final MailQueue mails;
    private final AppUserRepository users;
    private final VacancyRepository vacancies;
    private final EmployerRepository employers;

    public ShortlistMails(MailQueue mails, AppUserRepository users, VacancyRepository vacancies,
                          EmployerRepository employers) {
        this.mails = mails;
        this.users = users;
        this.vacancies = vacancies;
        this.employers = employers;
    }

    /** @return the number of mails queued */
    public int sent(Shortlist shortlist, int proposed) {
        Map<String, Object> model = model(shortlist);
        model.put("count", proposed);
        model.put("link", "/mes-selections/" + shortlist.id());
        String subject = "Tremplin : " + (proposed == 1 ? "une candidature proposée" : proposed + " candidatures proposées")
                + " pour votre offre « " + model.get("vacancyTitle") + " »";
        return toEmployer(shortlist, MailKind.SHORTLIST_SENT, subject, model, false);
    }

    /** @return the number of mails queued (employer users who turned reminders off get none) */
    public int reminder(Shortlist shortlist, int waiting) {
        Map<String, Object> model = model(shortlist);
        model.put("count", waiting);
        model.put("link", "/mes-selections/" + shortlist.id());
        model.put("settingsLink", "/mon-compte");
        String subject = "Tremplin : rappel, des candidatures attendent votre réponse (« " + model.get("vacancyTitle") + " »)";
        return toEmployer(shortlist, MailKind.SHORTLIST_REMINDER, subject, model, true);
    }

    /** An employer answered for one person: the adviser who built the shortlist hears of it. */
    public int answered(Shortlist shortlist, CandidateStatus outcome, @Nullable Reason reason) {
        AppUser adviser = users.findByUsername(shortlist.createdBy()).orElse(null);
        if (adviser == null || !adviser.active() || adviser.email() == null || adviser.role() == Role.EMPLOYER) {
            return 0;
        }
        Map<String, Object> model = model(shortlist);
        model.put("displayName", adviser.displayName());
        model.put("outcome", switch (outcome) {
            case INTERVIEW -> "souhaite rencontrer la personne (entretien)";
            case HIRED -> "recrute la personne";
            default -> "ne retient pas la personne";
        });
        model.put("reason", reason == null ? "" : reason.label());
        model.put("link", "/selections/" + shortlist.id());
        mails.queue(MailKind.EMPLOYER_ANSWER, adviser.email(), "Tremplin : réponse de " + model.get("employerName")
                + " sur la sélection pour « " + model.get("vacancyTitle") + " »", model);
        return 1;
    }

    private int toEmployer(Shortlist shortlist, MailKind kind, String subject, Map<String, Object> model,
                           boolean onlyWithReminders) {
        List<AppUser> recipients = users.findByEmployerIdAndActiveTrueAndEmailIsNotNullOrderByUsername(
                shortlist.employerId()).stream().filter(u -> !onlyWithReminders || u.shortlistReminders()).toList();
        for (AppUser user : recipients) {
            Map<String, Object> personal = new HashMap<>(model);
            personal.put("displayName", user.displayName());
            mails.queue(kind, user.email(), subject, personal);
        }
        return recipients.size();
    }

    private Map<String, Object> model(Shortlist shortlist) {
        Map<String, Object> model = new HashMap<>();
        model.put("vacancyTitle", vacancies.findById(shortlist.vacancyId()).map(v -> v.title()).orElse("offre supprimée"));
        model.put("employerName", employers.findById(shortlist.employerId()).map(e -> e.name()).orElse("l'employeur"));
        model.put("unit", shortlist.unit() == null ? "" : shortlist.unit());
        return model;
    }
}
