package fr.tremplin.api.transfer;

import io.micronaut.core.annotation.Nullable;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The columns of a job-seekers file, in the order an export writes them: the French header a spreadsheet shows, the
 * field of {@code JobSeekerRequest} it fills (also accepted as a header), and whether the column must be present.
 */
public enum SeekerColumn {
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

    private final String header;
    private final String field;
    private final boolean required;

    SeekerColumn(String header, String field, boolean required) {
        this.header = header;
        this.field = field;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    /** The column of a header cell: French header or field name, case, accents and spaces aside. */
    @Nullable
    public static SeekerColumn ofHeader(String cell) {
        String key = key(cell);
        for (SeekerColumn c : values()) {
            if (key(c.header).equals(key) || key(c.field).equals(key)) {
                return c;
            }
        }
        return null;
    }

    /** The column of a field as bean validation or the checks name it ("experiences[0].occupation" → EXPERIENCES). */
    @Nullable
    public static SeekerColumn ofField(String path) {
        int end = path.length();
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '[' || path.charAt(i) == '.') {
                end = i;
                break;
            }
        }
        String name = path.substring(0, end);
        for (SeekerColumn c : values()) {
            if (c.field.equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static String key(String s) {
        String plain = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
