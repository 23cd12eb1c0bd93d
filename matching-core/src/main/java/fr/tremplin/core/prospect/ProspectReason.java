package fr.tremplin.core.prospect;

import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.wording.FrenchNumbers;

/** The French sentence that says why a company is proposed. */
final class ProspectReason {
    private ProspectReason() {
    }

    /**
     * « Activité 4399C (Travaux de maçonnerie générale et gros œuvre de bâtiment) : 33 900 embauches en
     * Maçonnerie recensées par La Bonne Boîte, 48 % des embauches de cette activité ; à 8,2 km ; aucune offre
     * ouverte pour ce métier ».
     */
    static String of(Referential referential, HiringLikelihood.Link link, double distanceKm) {
        String naf = link.link().nafCode();
        String activity = referential.nafActivity(naf).map(a -> naf + " (" + a.label() + ")").orElse(naf);
        String occupation = referential.occupation(link.link().romeCode()).map(o -> o.label())
                .orElse(link.link().romeCode());
        String where = distanceKm < 0.05 ? "dans la commune de la personne" : "à " + FrenchNumbers.km(distanceKm);
        return "Activité " + activity + " : " + FrenchNumbers.count(link.link().hires()) + " embauches en "
                + occupation + " recensées par La Bonne Boîte, " + FrenchNumbers.count(Math.round(link.shareOfActivity() * 100))
                + " % des embauches de cette activité ; " + where + " ; aucune offre ouverte pour ce métier";
    }
}
