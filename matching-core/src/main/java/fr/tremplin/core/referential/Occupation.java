package fr.tremplin.core.referential;

import java.util.List;

/** A ROME occupation sheet (fiche métier), e.g. F1703 "Maçonnerie". */
public record Occupation(String code, String label, String domainCode, String grandDomainCode, List<String> skillCodes) {
    public Occupation {
        skillCodes = List.copyOf(skillCodes);
    }
}
