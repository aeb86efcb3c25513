package ma.remacto.petitions.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ma.remacto.petitions.domain.Association;
import ma.remacto.petitions.domain.LocalizedText;
import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.domain.PetitionerKind;
import ma.remacto.petitions.domain.ThresholdRule;
import ma.remacto.petitions.events.PetitionsEvents;
import ma.remacto.petitions.persistence.PetitionRepository;
import ma.remacto.platform.events.EventEnvelopes;
import ma.remacto.platform.ids.Ids;
import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.security.Role;
import ma.remacto.platform.time.Today;

import org.springframework.stereotype.Service;

/**
 * A signed-in citizen drafts a citizens' petition (and becomes its agent, وكيل), or an association's representative
 * drafts the association's petition (its conditions checked). The signature rule is chosen now, from the member's
 * kind and population, and kept with the petition.
 */
@Service
public class DraftPetition {

    private final PetitionRepository petitions;
    private final MemberDirectory members;
    private final PetitionsSettings settings;
    private final Snapshots snapshots;
    private final EventEnvelopes envelopes;
    private final AccessPolicy access;
    private final Today today;

    public DraftPetition(PetitionRepository petitions, MemberDirectory members, PetitionsSettings settings,
            Snapshots snapshots, EventEnvelopes envelopes, AccessPolicy access, Today today) {
        this.petitions = petitions;
        this.members = members;
        this.settings = settings;
        this.snapshots = snapshots;
        this.envelopes = envelopes;
        this.access = access;
        this.today = today;
    }

    public record Draft(String member, PetitionerKind petitionerKind, Association association, LocalizedText title,
            String subject, List<String> requests) {
    }

    public Petition handle(Draft draft) {
        Actor actor = access.requireAnyRole(draft.petitionerKind() == PetitionerKind.CITIZENS ? Role.CITIZEN : Role.ASSOCIATION);
        MemberDirectoryEntry member = members.requireActive(draft.member(), "member", "petition.member.unknown",
                "petition.member.inactive");
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.petitionerKind() == PetitionerKind.ASSOCIATION) {
            if (draft.association() == null) {
                problems.add(new FieldProblem("association", "validation.NotNull"));
            } else {
                problems.addAll(draft.association().failedConditions(today.date(), "association"));
            }
        } else if (draft.association() != null) {
            problems.add(new FieldProblem("association", "petition.association.unexpected"));
        }
        PetitionGuard.throwIfAny(problems);
        ThresholdRule threshold = null;
        List<String> provinces = List.of();
        if (draft.petitionerKind() == PetitionerKind.CITIZENS) {
            threshold = settings.thresholdRules().select(member.kind(), member.population(), member.hasArrondissements())
                    .orElseThrow(() -> ProblemException.conflict("petition.threshold.no-rule", member.kind()));
            if ("REGION".equals(member.kind())) {
                provinces = provincesOf(member);
                if (provinces.isEmpty() && threshold.requiredPerProvince() > 0) {
                    throw ProblemException.conflict("petition.region.provinces-unknown", member.slug());
                }
            }
        }
        var now = today.now();
        Petition petition = new Petition(Ids.newId(), member.slug(), member.kind(),
                member.regionSlug() == null ? member.slug() : member.regionSlug(), draft.petitionerKind(),
                actor.subject(), draft.association(), draft.title(), draft.subject(), draft.requests(),
                PetitionStatus.DRAFT, threshold, provinces, null, null, null, null, null, null, null, null, null, null,
                null, null, false, List.of(), 0, now, now, 1);
        petitions.insert(petition, History.entry(now, actor, "DRAFTED", null, PetitionStatus.DRAFT.name(), null, null),
                envelopes.stage(PetitionsEvents.drafted(snapshots.of(petition)), PetitionGuard.inEvents(actor)));
        return petition;
    }

    /** A region's prefectures and provinces: from configuration where given, else the member directory's. */
    private List<String> provincesOf(MemberDirectoryEntry region) {
        List<String> configured = settings.regionProvinces().get(region.slug());
        if (configured != null && !configured.isEmpty()) {
            return List.copyOf(configured);
        }
        return members.region(region.slug()).stream().filter(m -> "PROVINCE".equals(m.kind()))
                .map(MemberDirectoryEntry::slug).sorted(Comparator.naturalOrder()).toList();
    }
}
