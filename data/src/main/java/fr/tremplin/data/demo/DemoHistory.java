package fr.tremplin.data.demo;

import fr.tremplin.data.insertion.InsertionHours;
import fr.tremplin.data.insertion.PublicContract;
import fr.tremplin.data.placement.Placement;
import fr.tremplin.data.shortlist.ProfileShare;
import fr.tremplin.data.shortlist.Shortlist;
import fr.tremplin.data.shortlist.ShortlistCandidate;
import fr.tremplin.data.shortlist.ShortlistTransition;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The past of the demo data set, ready to insert after it: public contracts, shortlists with every
 * transition and share, placements and insertion hours; and the publication dates of the vacancies and
 * the registration dates of the people it involves, moved back before their history.
 */
record DemoHistory(List<PublicContract> contracts, List<Shortlist> shortlists, List<ShortlistCandidate> candidates,
                   List<ShortlistTransition> transitions, List<ProfileShare> shares, List<Placement> placements,
                   List<InsertionHours> hours, Map<String, Instant> vacancyCreatedAt,
                   Map<String, Instant> seekerCreatedAt) {
}
