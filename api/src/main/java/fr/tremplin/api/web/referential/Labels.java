package fr.tremplin.api.web.referential;

import fr.tremplin.api.referential.ReferentialDtos.CommuneDto;
import fr.tremplin.api.referential.ReferentialSearch;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Occupation;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.referential.Skill;
import fr.tremplin.data.unit.EmploymentUnit;
import fr.tremplin.data.unit.EmploymentUnitRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Codes of the referential and of the employment units, turned into what people read, and back. */
@Singleton
public class Labels {
    private final Referential referential;
    private final ReferentialSearch search;
    private final EmploymentUnitRepository units;

    public Labels(Referential referential, ReferentialSearch search, EmploymentUnitRepository units) {
        this.referential = referential;
        this.search = search;
        this.units = units;
    }

    public Choice occupation(String code) {
        return new Choice(code, referential.occupation(code).map(Occupation::label).orElse(""));
    }

    public Choice skill(String code) {
        return new Choice(code, referential.skill(code).map(Skill::label).orElse(""));
    }

    public Choice commune(String insee) {
        return new Choice(insee, referential.commune(insee).map(Commune::name).orElse(""));
    }

    public List<Choice> occupations(List<String> codes) {
        return codes.stream().map(this::occupation).toList();
    }

    public List<Choice> skills(List<String> codes) {
        return codes.stream().map(this::skill).toList();
    }

    /** The skills ROME lists for an occupation (savoir-faire, then savoirs); empty for an unknown code. */
    public List<Choice> skillsOf(String occupationCode) {
        return referential.skillsOf(occupationCode).stream().map(s -> new Choice(s.code(), s.label())).toList();
    }

    public String unitName(@Nullable String code) {
        if (code == null) {
            return "";
        }
        return units.findById(code).map(EmploymentUnit::name).orElse(code);
    }

    public List<EmploymentUnit> units() {
        return units.findAllOrderByCode();
    }

    public boolean isOccupation(String code) {
        return referential.isOccupation(code);
    }

    public boolean isSkill(String code) {
        return referential.isSkill(code);
    }

    /**
     * The INSEE code a person meant: "44109 — Nantes", "44109", or a commune name typed in full ("Nantes",
     * "saint-herblain"); empty when the text names no commune of the département.
     */
    public Optional<String> communeCode(String text) {
        String code = Choice.leadingCode(text);
        if (code.matches("\\d{5}")) {
            return referential.isCommune(code) ? Optional.of(code) : Optional.empty();
        }
        String wanted = fold(text);
        return search.communes(text, 5).stream().filter(c -> fold(c.name()).equals(wanted)).map(CommuneDto::insee)
                .findFirst();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('-', ' ').toLowerCase(Locale.ROOT);
    }
}
