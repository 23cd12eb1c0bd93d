package fr.tremplin.core.index;

import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Referential;

import java.util.Collection;

/** Checks the codes of a view against the referential, failing with a {@link DocumentMappingException}. */
final class CodeCheck {

    private final Referential referential;
    private final String kind;
    private final String id;

    CodeCheck(Referential referential, String kind, String id) {
        this.referential = referential;
        this.kind = kind;
        this.id = id;
    }

    void occupations(String what, Collection<String> codes) {
        for (String code : codes) {
            if (!referential.isOccupation(code)) {
                throw new DocumentMappingException(kind, id, "unknown ROME occupation '" + code + "' in " + what);
            }
        }
    }

    void skills(String what, Collection<String> codes) {
        for (String code : codes) {
            if (!referential.isSkill(code)) {
                throw new DocumentMappingException(kind, id, "unknown ROME skill '" + code + "' in " + what);
            }
        }
    }

    void jobTitles(Collection<String> codes) {
        for (String code : codes) {
            if (referential.jobTitle(code).isEmpty()) {
                throw new DocumentMappingException(kind, id, "unknown ROME job title '" + code + "'");
            }
        }
    }

    Commune commune(String insee) {
        return referential.commune(insee).orElseThrow(() -> new DocumentMappingException(kind, id,
                "unknown commune INSEE code '" + insee + "' (the referential covers Loire-Atlantique)"));
    }
}
