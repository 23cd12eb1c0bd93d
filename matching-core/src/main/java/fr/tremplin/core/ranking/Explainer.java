package fr.tremplin.core.ranking;

import fr.tremplin.core.eligibility.Eligibility;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.wording.FrenchLabels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the values a hit was ranked with ({@link HitData}) into a {@link MatchExplanation}: one contribution
 * per feature that applies, with the very value that went into the score and a French label naming the facts
 * behind it. Nothing is recomputed here.
 */
final class Explainer {

    /** Whose point of view the labels take. */
    enum Perspective {
        /** People for a vacancy: "Habite à 12 km du lieu de travail". */
        CANDIDATES,
        /** People for an adviser's free search: "Habite à 12 km du lieu recherché". */
        SEARCH,
        /** Vacancies for a person: "Lieu de travail à 12 km du domicile". */
        VACANCIES
    }

    private static final Feature[] FEATURES = Feature.values();

    private final Referential referential;

    Explainer(Referential referential) {
        this.referential = referential;
    }

    MatchExplanation explain(HitData hit, FeatureWeights weights, Perspective perspective) {
        List<Contribution> contributions = new ArrayList<>();
        for (Feature feature : FEATURES) {
            if (weights.applies(feature)) {
                contributions.add(new Contribution(feature.id(), label(feature, hit, perspective),
                        hit.contributions()[feature.ordinal()]));
            }
        }
        return new MatchExplanation(contributions, hit.skills().matched(), hit.skills().missing(),
                hit.eligibility().get());
    }

    private String label(Feature feature, HitData hit, Perspective perspective) {
        return switch (feature) {
            case OCCUPATION -> perspective == Perspective.VACANCIES ? vacancyOccupation(hit) : personOccupation(hit);
            case SKILLS -> skills(hit, perspective);
            case EXPERIENCE -> experience(hit);
            case DISTANCE -> distance(hit, perspective);
            case TEXT -> "Correspondance des textes (intitulé et description de l'offre, titres et résumé du profil) : "
                    + percent(hit.textValue());
            case DIPLOMA -> diploma(hit);
            case PRIORITY_PUBLIC -> priority(hit, perspective);
            case WAITING -> waiting(hit);
        };
    }

    private String personOccupation(HitData hit) {
        String code = named(hit.relatedCode());
        return switch (hit.relation()) {
            case SAME_TARGET -> "Recherche ce métier : " + code;
            case SAME_EXPERIENCE -> "A déjà exercé ce métier : " + code;
            case CLOSE -> "Métier proche (mobilité ROME) : " + code;
            case EVOLUTION -> "Évolution possible (mobilité ROME) depuis " + code;
            case DOMAIN -> "Même domaine professionnel (" + domain(hit.relatedCode()) + ") : " + code;
            case GRAND_DOMAIN -> "Même grand domaine (" + grandDomain(hit.relatedCode()) + ") : " + code;
            case NONE -> "Aucun métier en commun";
        };
    }

    private String vacancyOccupation(HitData hit) {
        String code = named(hit.relatedCode());
        return switch (hit.relation()) {
            case SAME_TARGET -> "Métier recherché : " + code;
            case SAME_EXPERIENCE -> "Métier déjà exercé : " + code;
            case CLOSE -> "Métier proche d'un métier de la personne (mobilité ROME) : " + code;
            case EVOLUTION -> "Évolution possible (mobilité ROME) vers " + code;
            case DOMAIN -> "Même domaine professionnel (" + domain(hit.relatedCode()) + ") : " + code;
            case GRAND_DOMAIN -> "Même grand domaine (" + grandDomain(hit.relatedCode()) + ") : " + code;
            case NONE -> "Aucun lien avec les métiers de la personne : " + code;
        };
    }

    private static String skills(HitData hit, Perspective perspective) {
        HitData.SkillMatch skills = hit.skills();
        if (skills.mustTotal() + skills.niceTotal() == 0) {
            return "Aucune compétence demandée";
        }
        double coverage = hit.values()[Feature.SKILLS.ordinal()];
        if (perspective == Perspective.SEARCH) {
            return "Compétences recherchées : " + skills.mustMatched() + " sur " + skills.mustTotal()
                    + " (couverture pondérée " + percent(coverage) + ")";
        }
        StringBuilder label = new StringBuilder("Compétences exigées : ")
                .append(skills.mustMatched()).append(" sur ").append(skills.mustTotal());
        if (skills.niceTotal() > 0) {
            label.append(", souhaitées : ").append(skills.niceMatched()).append(" sur ").append(skills.niceTotal());
        }
        return label.append(" (couverture pondérée ").append(percent(coverage)).append(')').toString();
    }

    private String experience(HitData hit) {
        String code = hit.experienceCode() == null ? "ce métier" : named(hit.experienceCode());
        if (hit.experienceMonths() <= 0) {
            return "Pas d'expérience déclarée en " + code;
        }
        return years(hit.experienceMonths()) + " d'expérience en " + code;
    }

    private static String distance(HitData hit, Perspective perspective) {
        String km = oneDecimal(hit.distanceKm()) + " km";
        return switch (perspective) {
            case CANDIDATES -> "Habite à " + km + " du lieu de travail";
            case SEARCH -> "Habite à " + km + " du lieu recherché";
            case VACANCIES -> "Lieu de travail à " + km + " du domicile";
        };
    }

    private static String diploma(HitData hit) {
        if (hit.diplomaRequired() <= 0) {
            return "Aucun niveau de diplôme demandé";
        }
        String level = hit.diplomaLevel() == 0 ? "Sans diplôme" : "Diplôme de niveau " + hit.diplomaLevel();
        if (hit.diplomaLevel() >= hit.diplomaRequired()) {
            return level + ", niveau " + hit.diplomaRequired() + " demandé : atteint";
        }
        if (hit.diplomaRequired() - hit.diplomaLevel() == 1) {
            return level + ", un niveau sous le niveau " + hit.diplomaRequired() + " demandé";
        }
        return level + ", en dessous du niveau " + hit.diplomaRequired() + " demandé";
    }

    private static String priority(HitData hit, Perspective perspective) {
        String publics = hit.priorityPublics().stream().map(FrenchLabels::publicShort)
                .collect(Collectors.joining(", "));
        if (perspective == Perspective.VACANCIES) {
            return hit.values()[Feature.PRIORITY_PUBLIC.ordinal()] > 0
                    ? "Offre sous clause d'insertion, pour laquelle la personne est public prioritaire (" + publics + ")"
                    : "Offre sans clause d'insertion";
        }
        return hit.priorityPublics().isEmpty()
                ? "Hors des publics prioritaires de la clause d'insertion"
                : "Public prioritaire de la clause d'insertion (" + publics + ")";
    }

    private static String waiting(HitData hit) {
        if (hit.waitingDays() < 0) {
            return "Date de la dernière proposition inconnue";
        }
        if (hit.waitingDays() < 61) {
            return "Sans proposition depuis " + hit.waitingDays() + " jour" + (hit.waitingDays() > 1 ? "s" : "");
        }
        return "Sans proposition depuis " + Math.round(hit.waitingDays() / FeatureValues.DAYS_PER_MONTH) + " mois";
    }

    /**
     * One line per programme the contract needs: the reason of the person's rule ("Bénéficiaire du RSA : éligible
     * au …"), or the programme alone ("Éligible au …"). Rule ids such as PEC_RSA stay out: people read these.
     */
    static List<String> eligibilityLines(Set<Programme> needed, List<Eligibility> found) {
        List<String> lines = new ArrayList<>();
        for (Programme programme : Programme.values()) {
            if (!needed.contains(programme)) {
                continue;
            }
            Eligibility rule = found.stream().filter(e -> e.programme() == programme).findFirst().orElse(null);
            lines.add(rule == null
                    ? capitalised(eligibleTo(programme))
                    : rule.reason());
        }
        return List.copyOf(lines);
    }

    /** "Éligible au parcours emploi compétences (PEC)"... */
    static String eligibleTo(Programme programme) {
        return switch (programme) {
            case PEC -> "éligible au parcours emploi compétences (PEC)";
            case IAE -> "éligible à l'insertion par l'activité économique (IAE)";
            case APPRENTICESHIP -> "éligible à l'apprentissage";
            case GEIQ -> "éligible au GEIQ (contrat de professionnalisation)";
            case INSERTION_CLAUSE -> "éligible aux heures d'insertion des clauses sociales";
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String named(String code) {
        if (code == null) {
            return "—";
        }
        return referential.occupation(code).map(o -> o.code() + " " + o.label()).orElse(code);
    }

    private String domain(String code) {
        return referential.occupation(code).flatMap(o -> referential.domain(o.domainCode()))
                .map(d -> d.code() + " " + d.label()).orElse("?");
    }

    private String grandDomain(String code) {
        return referential.occupation(code).flatMap(o -> referential.grandDomain(o.grandDomainCode()))
                .map(g -> g.code() + " " + g.label()).orElse("?");
    }

    private static String percent(double value) {
        return Math.round(value * 100) + " %";
    }

    /**
     * {@code String.format(Locale.FRANCE, "%.1f", value)} (a decimal comma, half up on the shortest decimal of the
     * value) without the formatter, for the positive values below a billion (the others go through it): twenty
     * distances are written per page.
     */
    static String oneDecimal(double value) {
        if (!(Double.compare(value, 0.0) >= 0 && value < 1e9)) { // -0.0 and NaN too
            return String.format(Locale.FRANCE, "%.1f", value);
        }
        return new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',');
    }

    private static String years(int months) {
        if (months < 12) {
            return months + " mois";
        }
        double years = months / 12.0;
        return years == Math.rint(years)
                ? (long) years + (years >= 2 ? " ans" : " an")
                : oneDecimal(years) + " ans";
    }
}
