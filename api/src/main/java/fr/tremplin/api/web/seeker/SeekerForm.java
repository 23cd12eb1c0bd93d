package fr.tremplin.api.web.seeker;

import fr.tremplin.api.seeker.JobSeekerResponse;
import fr.tremplin.api.web.form.Dates;
import fr.tremplin.api.web.form.FormData;
import fr.tremplin.api.web.referential.Labels;

import java.util.ArrayList;
import java.util.List;

/**
 * A job-seeker form exactly as typed (strings, so that nothing is lost when it comes back with errors).
 * Field names are those of the API ({@code JobSeekerRequest}); lists come from checkboxes, and
 * {@code targetOccupationToAdd} / {@code skillToAdd} are the "add one more" fields.
 */
public record SeekerForm(
        String version, String externalRef, String firstName, String lastName, String birthDate, String email,
        String phone, String commune, String mobilityRadiusKm, List<String> licences, boolean hasVehicle,
        List<String> targetOccupations, String targetOccupationToAdd, List<ExperienceLine> experiences,
        List<String> skills, String skillToAdd, String summary, String diplomaLevel, String availableFrom,
        String workingTime, List<String> publics, String employmentUnit, String consentToShare, String status) {

    /** One experience row: occupation as typed ("F1703 — Maçonnerie") and years ("2,5"). */
    public record ExperienceLine(String occupation, String years) {
        boolean isBlank() {
            return occupation.isBlank() && years.isBlank();
        }
    }

    static final int MAX_EXPERIENCE_LINES = 20;

    /** The label of each field, for the error summary at the top of the form. */
    public static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("externalRef", "Référence"), java.util.Map.entry("lastName", "Nom"),
            java.util.Map.entry("firstName", "Prénom"), java.util.Map.entry("birthDate", "Date de naissance"),
            java.util.Map.entry("email", "Adresse électronique"), java.util.Map.entry("phone", "Téléphone"),
            java.util.Map.entry("communeInsee", "Commune de résidence"),
            java.util.Map.entry("mobilityRadiusKm", "Rayon de mobilité"), java.util.Map.entry("licences", "Permis"),
            java.util.Map.entry("targetOccupations", "Métiers visés"), java.util.Map.entry("experiences", "Expériences"),
            java.util.Map.entry("skills", "Compétences"), java.util.Map.entry("diplomaLevel", "Niveau de diplôme"),
            java.util.Map.entry("availableFrom", "Disponibilité"), java.util.Map.entry("workingTime", "Temps de travail"),
            java.util.Map.entry("summary", "Présentation"), java.util.Map.entry("publics", "Publics prioritaires"),
            java.util.Map.entry("employmentUnit", "Unité emploi"), java.util.Map.entry("consentToShare", "Consentement"),
            java.util.Map.entry("status", "Statut"), java.util.Map.entry("version", "Version de la fiche"));

    public static SeekerForm blank(String unit) {
        return new SeekerForm("", "", "", "", "", "", "", "", "25", List.of(), false, List.of(), "",
                List.of(), List.of(), "", "", "", "", "ANY", List.of(), unit, "", "ACTIVE");
    }

    public static SeekerForm of(JobSeekerResponse s, Labels labels) {
        return new SeekerForm(String.valueOf(s.version()), s.externalRef(), s.firstName(), s.lastName(),
                Dates.format(s.birthDate()), nz(s.email()), nz(s.phone()), labels.commune(s.communeInsee()).text(),
                String.valueOf(s.mobilityRadiusKm()), s.licences(), s.hasVehicle(), s.targetOccupations(), "",
                s.experiences().stream().map(e -> new ExperienceLine(labels.occupation(e.occupation()).text(),
                        years(e.years()))).toList(),
                s.skills(), "", nz(s.summary()), s.diplomaLevel() == null ? "" : s.diplomaLevel().toString(),
                Dates.format(s.availableFrom()), s.workingTime(), s.publics(), s.employmentUnit(),
                s.consentToShare() ? "oui" : "non", s.status());
    }

    public static SeekerForm of(FormData f) {
        List<ExperienceLine> lines = new ArrayList<>();
        for (int i = 0; i < MAX_EXPERIENCE_LINES + 1; i++) {
            String prefix = "experiences[" + i + "].";
            if (!f.has(prefix + "occupation") && !f.has(prefix + "years")) {
                continue;
            }
            ExperienceLine line = new ExperienceLine(f.value(prefix + "occupation"), f.value(prefix + "years"));
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return new SeekerForm(f.value("version"), f.value("externalRef"), f.value("firstName"), f.value("lastName"),
                f.value("birthDate"), f.value("email"), f.value("phone"), f.value("commune"),
                f.value("mobilityRadiusKm"), f.values("licences"), f.has("hasVehicle"), f.values("targetOccupations"),
                f.value("targetOccupationToAdd"), lines, f.values("skills"), f.value("skillToAdd"), f.value("summary"),
                f.value("diplomaLevel"), f.value("availableFrom"), f.value("workingTime"), f.values("publics"),
                f.value("employmentUnit"), f.value("consentToShare"), f.value("status"));
    }

    /** The experience rows to show: the filled ones, then one empty row to add another. */
    public List<ExperienceLine> experienceRows() {
        List<ExperienceLine> rows = new ArrayList<>(experiences);
        if (rows.size() < MAX_EXPERIENCE_LINES) {
            rows.add(new ExperienceLine("", ""));
        }
        return rows;
    }

    private static String years(Double years) {
        if (years == null) {
            return "";
        }
        return years == Math.rint(years) ? String.valueOf(years.longValue()) : years.toString().replace('.', ',');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
