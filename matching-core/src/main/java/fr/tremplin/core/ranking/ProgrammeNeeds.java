package fr.tremplin.core.ranking;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.vacancy.ContractType;

import java.util.EnumSet;
import java.util.Set;

/**
 * The programmes a person must be eligible to for a vacancy: a PEC contract needs PEC, an IAE contract IAE,
 * an apprenticeship APPRENTICESHIP (which includes the département's route for RSA recipients over 26), a
 * professionalisation contract with an employer group GEIQ, and a vacancy under an insertion clause
 * INSERTION_CLAUSE (only the clause's publics count toward its hours). CDI, CDD, interim and a company's
 * professionalisation contract (open to every job seeker of 16 or more) need none.
 */
public final class ProgrammeNeeds {

    private ProgrammeNeeds() {
    }

    public static Set<Programme> of(ContractType contract, EmployerKind employer, boolean insertionClause) {
        Set<Programme> needs = EnumSet.noneOf(Programme.class);
        switch (contract) {
            case PEC -> needs.add(Programme.PEC);
            case IAE -> needs.add(Programme.IAE);
            case APPRENTICESHIP -> needs.add(Programme.APPRENTICESHIP);
            case PROFESSIONALISATION -> {
                if (employer == EmployerKind.EMPLOYER_GROUP) {
                    needs.add(Programme.GEIQ);
                }
            }
            case CDI, CDD, INTERIM -> {
                // open to everyone
            }
        }
        if (insertionClause) {
            needs.add(Programme.INSERTION_CLAUSE);
        }
        return needs;
    }
}
