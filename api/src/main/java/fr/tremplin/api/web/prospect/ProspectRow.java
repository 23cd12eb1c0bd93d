package fr.tremplin.api.web.prospect;

import fr.tremplin.api.prospect.ProspectItem;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.wording.FrenchNumbers;
import fr.tremplin.data.contact.EmployerContactService;

/** One company of « Entreprises à démarcher », as the person page shows it. */
public record ProspectRow(String employerId, String name, String siret, String naf, String commune, String distance,
                          String score, String reason, String contacted) {

    static ProspectRow of(ProspectItem item, Referential referential) {
        String commune = referential.commune(item.communeInsee()).map(Commune::name).orElse(item.communeInsee());
        String contacted = item.contactedByUnitOn() == null ? ""
                : "Contactée par votre unité le " + EmployerContactService.french(item.contactedByUnitOn());
        return new ProspectRow(item.employerId(), item.name(), item.siret(), item.naf(), commune,
                FrenchNumbers.km(item.distanceKm()), FrenchNumbers.scoreOutOf100(item.hiringScore()), item.reason(),
                contacted);
    }
}
