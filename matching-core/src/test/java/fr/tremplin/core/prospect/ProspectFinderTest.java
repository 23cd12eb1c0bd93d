package fr.tremplin.core.prospect;

import fr.tremplin.core.referential.Referential;
import fr.tremplin.core.testing.TestReferential;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The hidden market on the real referential: who is proposed, in which order, and why. */
class ProspectFinderTest {
    private static final Referential REFERENTIAL = TestReferential.get();
    private static final ProspectFinder FINDER = new ProspectFinder(REFERENTIAL);

    private static ProspectCompany company(String id, String naf, String insee) {
        return new ProspectCompany(id, "Entreprise " + id, "12345678900000", naf, insee);
    }

    private static ProspectQuery mason(int radiusKm, Set<String> withOpenVacancy) {
        return new ProspectQuery("44003", radiusKm, List.of("F1703"), withOpenVacancy);
    }

    private static List<String> ids(List<Prospect> prospects) {
        return prospects.stream().map(p -> p.company().id()).toList();
    }

    @Test
    void masonryCompanyNearbyComesFirstAndSaysWhy() {
        List<Prospect> found = FINDER.find(mason(20, Set.of()), List.of(
                company("plaquiste", "4331Z", "44003"),        // plasterers: 8 % of their hirings, 1 % of masons'
                company("maconnerie", "4399C", "44048"),       // general masonry, 8.3 km away: 48 %, half of masons'
                company("maisons", "4120A", "44003")), 10);    // house builders, in Ancenis: 51 %, 6 % of masons'
        assertThat(ids(found)).containsExactly("maconnerie", "maisons", "plaquiste");
        Prospect masonry = found.get(0);
        assertThat(masonry.distanceKm()).isEqualTo(8.3);
        assertThat(masonry.occupation()).isEqualTo("F1703");
        assertThat(masonry.reason()).isEqualTo("Activité 4399C (Travaux de maçonnerie générale et gros œuvre de bâtiment)"
                + " : 33\u202F900 embauches en Maçonnerie recensées par La Bonne Boîte, 48 % des embauches de cette"
                + " activité ; à 8,3 km ; aucune offre ouverte pour ce métier");
        assertThat(found.get(1).reason()).contains("dans la commune de la personne");
    }

    @Test
    void scoreIsTheLikelihoodTimesProximity() {
        Prospect here = FINDER.find(mason(20, Set.of()), List.of(company("a", "4399C", "44003")), 1).get(0);
        Prospect far = FINDER.find(mason(20, Set.of()), List.of(company("b", "4399C", "44048")), 1).get(0);
        // 4399C: 48 % of its hirings are masons, and it is the masons' main activity (ratio 1 to itself)
        double share = Math.sqrt(33_900.0 / 70_097 * 1.0);
        assertThat(here.hiringScore()).isCloseTo(share, org.assertj.core.api.Assertions.within(0.0002));
        double proximity = 1 - 0.5 * REFERENTIAL.distanceKm("44003", "44048") / 20;
        assertThat(far.hiringScore()).isCloseTo(share * proximity, org.assertj.core.api.Assertions.within(0.0002));
        Prospect houses = FINDER.find(mason(20, Set.of()), List.of(company("c", "4120A", "44003")), 1).get(0);
        // 4120A: 50.7 % of its hirings are masons; 4,299 mason hirings against 33,900 in 4399C
        assertThat(houses.hiringScore()).isCloseTo(Math.sqrt(0.507 * 4_299.0 / 33_900),
                org.assertj.core.api.Assertions.within(0.002));
    }

    @Test
    void companyWithAnOpenVacancyForTheOccupationIsLeftOut() {
        List<Prospect> found = FINDER.find(mason(20, Set.of("maconnerie")), List.of(
                company("maconnerie", "4399C", "44003"), company("autre", "4399C", "44163")), 10);
        assertThat(ids(found)).containsExactly("autre");
    }

    @Test
    void companyBeyondTheRadiusIsLeftOut() {
        List<Prospect> found = FINDER.find(mason(20, Set.of()), List.of(
                company("nantes", "4399C", "44109"), company("couffe", "4399C", "44048")), 10);
        assertThat(ids(found)).containsExactly("couffe");
        assertThat(FINDER.find(mason(0, Set.of()), List.of(company("couffe", "4399C", "44048")), 10)).isEmpty();
    }

    @Test
    void marginalActivitiesAndUnrelatedOnesAreLeftOut() {
        // landscapers (8130Z) hire masons, but 0.7 % of mason hirings only; cleaning (8121Z) never
        List<Prospect> found = FINDER.find(mason(30, Set.of()), List.of(
                company("paysagiste", "8130Z", "44003"), company("proprete", "8121Z", "44003"),
                company("sans-naf", null, "44003"), company("ailleurs", "4399C", "99999")), 10);
        assertThat(found).isEmpty();
        assertThat(HiringLikelihood.of(REFERENTIAL).of("F1703", "8130Z")).isEmpty();
        assertThat(HiringLikelihood.of(REFERENTIAL).of("F1703", "4399C")).isPresent();
    }

    @Test
    void theBestOfThePersonsOccupationsCounts() {
        // a road-works company (4211Z) hires more construction-site workers (F1704: 30 %, 37 % of their main
        // activity's count) than masons (22 %, 6 %)
        ProspectQuery both = new ProspectQuery("44003", 20, List.of("F1703", "F1704"), Set.of());
        Prospect prospect = FINDER.find(both, List.of(company("routes", "4211Z", "44003")), 1).get(0);
        assertThat(prospect.occupation()).isEqualTo("F1704");
        assertThat(prospect.reason()).contains("embauches en ");
    }

    @Test
    void tiesGoToTheNearerThenByName() {
        List<Prospect> found = FINDER.find(mason(20, Set.of()), List.of(
                new ProspectCompany("2", "Bâtiments B", "1", "4399C", "44003"),
                new ProspectCompany("1", "Bâtiments A", "2", "4399C", "44003"),
                new ProspectCompany("3", "Bâtiments C", "3", "4399C", "44163")), 2);
        assertThat(ids(found)).containsExactly("1", "2");
    }

    @Test
    void unknownHomeCommuneOrNoOccupationFindsNothing() {
        List<ProspectCompany> companies = List.of(company("x", "4399C", "44003"));
        assertThat(FINDER.find(new ProspectQuery("99999", 20, List.of("F1703"), Set.of()), companies, 5)).isEmpty();
        assertThat(FINDER.find(new ProspectQuery("44003", 20, List.of(), Set.of()), companies, 5)).isEmpty();
    }
}
