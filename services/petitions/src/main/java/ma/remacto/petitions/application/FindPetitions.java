package ma.remacto.petitions.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionSnapshot;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.domain.PetitionerKind;
import ma.remacto.petitions.domain.ThresholdRule;
import ma.remacto.petitions.persistence.PetitionRepository;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.CurrentActor;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.springframework.stereotype.Service;

/** Petitions as the public sees them (drafts only by their petitioner), their history for staff, statistics. */
@Service
public class FindPetitions {

    private final PetitionRepository petitions;
    private final PetitionGuard guard;
    private final Snapshots snapshots;
    private final PetitionsSettings settings;
    private final AccessPolicy access;
    private final CurrentActor currentActor;

    public FindPetitions(PetitionRepository petitions, PetitionGuard guard, Snapshots snapshots,
            PetitionsSettings settings, AccessPolicy access, CurrentActor currentActor) {
        this.petitions = petitions;
        this.guard = guard;
        this.snapshots = snapshots;
        this.settings = settings;
        this.access = access;
        this.currentActor = currentActor;
    }

    public PageResult<PetitionSnapshot> list(PetitionRepository.Query query, PageQuery page) {
        return petitions.list(query, page).map(snapshots::of);
    }

    /**
     * The signed-in person's own petitions as their petitioner, drafts included: a regional portal's scope does not
     * hide them (the person's own list, like ideation's "my ideas"), and nobody else's ever appear.
     */
    public PageResult<PetitionSnapshot> mine(PageQuery page) {
        return petitions.byPetitioner(currentActor.require().subject(), page).map(snapshots::of);
    }

    public PetitionSnapshot one(String id) {
        return snapshots.of(guard.visible(id));
    }

    public List<Document> history(String id) {
        Petition petition = guard.petition(id);
        access.requireStaffOf(petition.memberSlug());
        return petitions.history(id);
    }

    public List<ThresholdRule> thresholds() {
        return settings.thresholds();
    }

    /** Counts of public petitions by status and petitioner kind, and their signatures, for a member or a region. */
    public record Statistics(String member, String region, long petitions, Map<PetitionStatus, Long> byStatus,
            Map<PetitionerKind, Long> byPetitionerKind, long signatures, long overdue) {
    }

    public Statistics statistics(String member, String region) {
        Map<PetitionStatus, Long> byStatus = new EnumMap<>(PetitionStatus.class);
        Map<PetitionerKind, Long> byKind = new EnumMap<>(PetitionerKind.class);
        long signatures = 0;
        long overdue = 0;
        List<Petition> all = petitions.all(new PetitionRepository.Query(member, region, null, null, null, null));
        for (Petition petition : all) {
            byStatus.merge(petition.status(), 1L, Long::sum);
            byKind.merge(petition.petitionerKind(), 1L, Long::sum);
            PetitionSnapshot snapshot = snapshots.of(petition);
            signatures += snapshot.tally().total();
            if (snapshot.deadlines().stream().anyMatch(d -> d.overdue())) {
                overdue++;
            }
        }
        return new Statistics(member, region, all.size(), new TreeMap<>(byStatus), new TreeMap<>(byKind), signatures,
                overdue);
    }
}
