package fr.tremplin.data.seeker;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The names of the fields a change touched, for the audit (names only, never values). */
final class SeekerChanges {
    private SeekerChanges() {
    }

    static String between(JobSeeker a, JobSeeker b) {
        List<String> changed = new ArrayList<>();
        add(changed, "externalRef", a.externalRef(), b.externalRef());
        add(changed, "firstName", a.firstName(), b.firstName());
        add(changed, "lastName", a.lastName(), b.lastName());
        add(changed, "birthDate", a.birthDate(), b.birthDate());
        add(changed, "email", a.email(), b.email());
        add(changed, "phone", a.phone(), b.phone());
        add(changed, "communeInsee", a.communeInsee(), b.communeInsee());
        add(changed, "mobilityRadiusKm", a.mobilityRadiusKm(), b.mobilityRadiusKm());
        add(changed, "licences", a.licences(), b.licences());
        add(changed, "hasVehicle", a.hasVehicle(), b.hasVehicle());
        add(changed, "targetOccupations", a.targetOccupations(), b.targetOccupations());
        add(changed, "experiences", a.experiences(), b.experiences());
        add(changed, "skills", a.skills(), b.skills());
        add(changed, "summary", a.summary(), b.summary());
        add(changed, "diplomaLevel", a.diplomaLevel(), b.diplomaLevel());
        add(changed, "availableFrom", a.availableFrom(), b.availableFrom());
        add(changed, "workingTime", a.workingTime(), b.workingTime());
        add(changed, "publics", a.publics(), b.publics());
        add(changed, "employmentUnit", a.employmentUnit(), b.employmentUnit());
        add(changed, "consentToShare", a.consentToShare(), b.consentToShare());
        add(changed, "status", a.status(), b.status());
        return changed.isEmpty() ? "aucun champ modifié" : "champs modifiés : " + String.join(", ", changed);
    }

    private static void add(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }
}
