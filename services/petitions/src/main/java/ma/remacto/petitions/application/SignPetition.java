package ma.remacto.petitions.application;

import java.util.List;

import ma.remacto.petitions.domain.Cnie;
import ma.remacto.petitions.domain.Petition;
import ma.remacto.petitions.domain.PetitionStatus;
import ma.remacto.petitions.domain.ResidenceDeclaration;
import ma.remacto.petitions.persistence.SignatureRepository;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.security.Role;
import ma.remacto.platform.time.Today;

import org.springframework.stereotype.Service;

/**
 * A signed-in citizen signs a petition that is collecting signatures, once: one signature per national ID number
 * and one per account, refused by the database itself (see {@link SignatureRepository}). The CNIE is checked,
 * normalised and kept only as a keyed hash; it is never returned, published or logged. For a region the signatory
 * names the prefecture or province of residence (or interest); for a commune or a province, the member itself.
 */
@Service
public class SignPetition {

    private final PetitionGuard guard;
    private final SignatureRepository signatures;
    private final SignatoryHashes hashes;
    private final SignatureCounts counts;
    private final AccessPolicy access;
    private final Today today;

    public SignPetition(PetitionGuard guard, SignatureRepository signatures, SignatoryHashes hashes,
            SignatureCounts counts, AccessPolicy access, Today today) {
        this.guard = guard;
        this.signatures = signatures;
        this.hashes = hashes;
        this.counts = counts;
        this.access = access;
        this.today = today;
    }

    /** What the signatory gets back: the count now, never the number signed with. */
    public record Receipt(String petitionId, long signatures, int required, boolean thresholdReached) {
    }

    public Receipt handle(String petitionId, String cnie, String provinceSlug, ResidenceDeclaration declaration) {
        Actor actor = access.requireAnyRole(Role.CITIZEN);
        String normalised = Cnie.normalise(cnie).orElseThrow(() -> ProblemException.invalidInput(
                List.of(new FieldProblem("cnie", "petition.signature.cnie-malformed"))));
        Petition petition = guard.visible(petitionId);
        if (petition.status() != PetitionStatus.COLLECTING_SIGNATURES || !petition.collectsSignatures()) {
            throw ProblemException.conflict("petition.not-collecting", petition.status().name());
        }
        boolean region = "REGION".equals(petition.memberKind());
        if (region ? !petition.provinces().contains(provinceSlug) : !petition.memberSlug().equals(provinceSlug)) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("residence.provinceSlug",
                    region ? "petition.signature.province-outside-region" : "petition.signature.province-not-member")));
        }
        String account = hashes.account(actor.subject());
        String cnieHash = hashes.cnie(normalised);
        switch (signatures.add(petition.id(), account, cnieHash, provinceSlug, declaration, today.now())) {
            case ACCOUNT_ALREADY_SIGNED, CNIE_ALREADY_SIGNED -> throw ProblemException.conflict("petition.signature.already");
            case SIGNED -> {
                // nothing more
            }
        }
        // The collection may have closed (filed) while this signature was being written: take it back.
        Petition now = guard.petition(petition.id());
        if (now.status() != PetitionStatus.COLLECTING_SIGNATURES) {
            signatures.remove(petition.id(), account, cnieHash);
            throw ProblemException.conflict("petition.not-collecting", now.status().name());
        }
        long total = counts.signed(now);
        int required = now.threshold() == null ? 0 : now.threshold().requiredSignatures();
        return new Receipt(now.id(), total, required, total >= required);
    }
}
