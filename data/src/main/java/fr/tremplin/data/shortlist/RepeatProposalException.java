package fr.tremplin.data.shortlist;

import fr.tremplin.data.common.ConflictException;
import fr.tremplin.data.common.FieldError;

import java.util.List;

/**
 * Some of the people to propose were already proposed for this vacancy, or declined by this employer recently
 * (HTTP 409): the request is accepted when sent again with the confirmation flag. Each error names one person
 * ({@code jobSeekerIds[i]}) and the earlier proposal.
 */
public class RepeatProposalException extends ConflictException {
    private final List<FieldError> errors;
    private final List<PriorProposal> priors;

    public RepeatProposalException(List<FieldError> errors, List<PriorProposal> priors) {
        super("confirm", "Certaines personnes ont déjà été proposées pour cette offre ou refusées récemment par cet"
                + " employeur : confirmez pour les proposer à nouveau (confirm=true).");
        this.errors = List.copyOf(errors);
        this.priors = List.copyOf(priors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public List<PriorProposal> priors() {
        return priors;
    }
}
