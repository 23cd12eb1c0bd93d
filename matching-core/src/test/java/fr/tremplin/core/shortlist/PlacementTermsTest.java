package fr.tremplin.core.shortlist;

import fr.tremplin.core.vacancy.ContractType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementTermsTest {
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Test
    void aCdiNeedsNoEndDate() {
        assertThat(new PlacementTerms(ContractType.CDI, START, null, 35).violations()).isEmpty();
        assertThat(new PlacementTerms(ContractType.CDI, START, START.plusMonths(6), 35).violations())
                .extracting(Violation::field).containsExactly("endDate");
    }

    @Test
    void aFixedTermContractNeedsAnEndDateAfterTheStart() {
        assertThat(new PlacementTerms(ContractType.CDD, START, null, 35).violations())
                .extracting(Violation::field).containsExactly("endDate");
        assertThat(new PlacementTerms(ContractType.IAE, START, START, 26).violations())
                .extracting(Violation::field).containsExactly("endDate");
        assertThat(new PlacementTerms(ContractType.PROFESSIONALISATION, START, START.plusYears(1), 35).violations()).isEmpty();
    }

    @Test
    void hoursStayWithinTheLegalWeek() {
        assertThat(new PlacementTerms(ContractType.CDI, START, null, 0).violations())
                .extracting(Violation::field).containsExactly("hoursPerWeek");
        assertThat(new PlacementTerms(ContractType.CDI, START, null, 49).violations())
                .extracting(Violation::field).containsExactly("hoursPerWeek");
    }

    @Test
    void missingTypeAndStartAreNamed() {
        assertThat(new PlacementTerms(null, null, null, 35).violations())
                .extracting(Violation::field).containsExactly("contractType", "startDate");
    }
}
