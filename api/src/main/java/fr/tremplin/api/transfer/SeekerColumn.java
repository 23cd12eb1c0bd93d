package fr.tremplin.api.transfer;

import io.micronaut.core.annotation.Nullable;


/**
 * The columns of a job-seekers file, in the order an export writes them: the French header a spreadsheet shows, the
 * field of {@code JobSeekerRequest} it fills (also accepted as a header), and whether the column must be present.
 */
public enum SeekerColumn implements Column {
    REF("Référence", "externalRef", true),
    LAST_NAME("Nom", "lastName", true),
    FIRST_NAME("Prénom", "firstName", true),
    BIRTH_DATE("Date de naissance", "birthDate", true),
    EMAIL("Courriel", "email", false),
    PHONE("Téléphone", "phone", false),
    COMMUNE("Commune (INSEE)", "communeInsee", true),
    RADIUS("Rayon (km)", "mobilityRadiusKm", true),
    LICENCES("Permis", "licences", false),
    VEHICLE("Véhicule", "hasVehicle", false),
    OCCUPATIONS("Métiers visés", "targetOccupations", false),
    EXPERIENCES("Expériences", "experiences", false),
    SKILLS("Compétences", "skills", false),
    SUMMARY("Présentation", "summary", false),
    DIPLOMA("Niveau de diplôme", "diplomaLevel", false),
    AVAILABLE("Disponible à partir du", "availableFrom", false),
    WORKING_TIME("Temps de travail", "workingTime", false),
    PUBLICS("Publics", "publics", false),
    UNIT("Unité", "employmentUnit", true),
    CONSENT("Consentement", "consentToShare", true),
    STATUS("Statut", "status", false);

    private final Spec spec;

    SeekerColumn(String header, String field, boolean required) {
        this.spec = new Spec(header, field, required);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Nullable
    public static SeekerColumn ofHeader(String cell) {
        return Column.ofHeader(SeekerColumn.class, cell);
    }

    @Nullable
    public static SeekerColumn ofField(String path) {
        return Column.ofField(SeekerColumn.class, path);
    }
}
