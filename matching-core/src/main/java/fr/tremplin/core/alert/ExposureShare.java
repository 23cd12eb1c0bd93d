package fr.tremplin.core.alert;

/**
 * One group's exposure: its people and its proposals against the totals of the same scope. {@code ratio} is the
 * share of proposals divided by the share of people: 1 means the group is proposed in proportion to its weight in
 * the caseload, below 1 less, above 1 more; null when the group has nobody or nothing was proposed at all.
 *
 * @param people         people of the group
 * @param proposals      proposals (sent shortlist entries) of the group
 * @param peopleShare    people / all people of the scope (0–1), null when the scope has nobody
 * @param proposalShare  proposals / all proposals of the scope (0–1), null when nothing was proposed
 * @param ratio          proposalShare / peopleShare, null when either is null or peopleShare is 0
 */
public record ExposureShare(long people, long proposals, Double peopleShare, Double proposalShare, Double ratio) {

    /** Shares and ratio of a group of {@code people} people and {@code proposals} proposals out of the totals. */
    public static ExposureShare of(long people, long proposals, long totalPeople, long totalProposals) {
        if (people < 0 || proposals < 0 || people > totalPeople || proposals > totalProposals) {
            throw new IllegalArgumentException("a group of " + people + " people and " + proposals
                    + " proposals does not fit totals of " + totalPeople + " and " + totalProposals);
        }
        Double peopleShare = totalPeople == 0 ? null : round((double) people / totalPeople);
        Double proposalShare = totalProposals == 0 ? null : round((double) proposals / totalProposals);
        Double ratio = peopleShare == null || proposalShare == null || people == 0 ? null
                : round(((double) proposals / totalProposals) / ((double) people / totalPeople));
        return new ExposureShare(people, proposals, peopleShare, proposalShare, ratio);
    }

    /** Four decimals: enough for a percentage with two, stable in JSON. */
    static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }
}
