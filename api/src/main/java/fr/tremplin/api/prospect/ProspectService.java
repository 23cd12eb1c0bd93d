package fr.tremplin.api.prospect;

import fr.tremplin.core.prospect.Prospect;
import fr.tremplin.core.prospect.ProspectFinder;
import fr.tremplin.core.prospect.ProspectQuery;
import fr.tremplin.data.contact.EmployerContactService;
import fr.tremplin.data.prospect.CompanyDirectory;
import fr.tremplin.data.prospect.OpenVacancies;
import fr.tremplin.data.seeker.Experience;
import fr.tremplin.data.seeker.JobSeeker;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hidden market of a person: their target occupations then those they have experience in, the companies in
 * memory ({@link CompanyDirectory}), the employers with an OPEN vacancy in those occupations (one indexed query),
 * the ranking ({@link ProspectFinder}), and the latest contact of the person's unit with each company proposed.
 */
@Singleton
public class ProspectService {
    /** Default and largest number of companies proposed. */
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 50;

    private final CompanyDirectory companies;
    private final OpenVacancies openVacancies;
    private final ProspectFinder finder;
    private final EmployerContactService contacts;

    public ProspectService(CompanyDirectory companies, OpenVacancies openVacancies, ProspectFinder finder,
                           EmployerContactService contacts) {
        this.companies = companies;
        this.openVacancies = openVacancies;
        this.finder = finder;
        this.contacts = contacts;
    }

    /** At most {@code size} companies, best first; {@code contactedByUnitOn} is read for the person's unit. */
    public List<ProspectItem> of(JobSeeker seeker, int size) {
        List<String> occupations = occupations(seeker);
        ProspectQuery query = new ProspectQuery(seeker.communeInsee(), seeker.mobilityRadiusKm(), occupations,
                openVacancies.employersHiring(occupations));
        List<Prospect> found = finder.find(query, companies.companies(), size);
        Map<String, LocalDate> contacted = contacts.latestByUnit(seeker.employmentUnit(),
                found.stream().map(p -> p.company().id()).toList());
        return found.stream().map(p -> ProspectItem.of(p, contacted.get(p.company().id()))).toList();
    }

    static List<String> occupations(JobSeeker seeker) {
        List<String> codes = new ArrayList<>(seeker.targetOccupations());
        for (Experience experience : seeker.experiences()) {
            if (!codes.contains(experience.occupation())) {
                codes.add(experience.occupation());
            }
        }
        return codes;
    }
}
