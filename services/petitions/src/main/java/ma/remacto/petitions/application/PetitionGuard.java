package ma.remacto.petitions.application;

import java.util.List;
import java.util.Set;

import ma.remacto.petitions.domain.Petition;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.security.CurrentActor;

import org.springframework.stereotype.Component;

/** Finds petitions for the use cases and states who may act on them. */
@Component
public class PetitionGuard {

    private final ma.remacto.petitions.persistence.PetitionRepository petitions;
    private final CurrentActor currentActor;

    public PetitionGuard(ma.remacto.petitions.persistence.PetitionRepository petitions, CurrentActor currentActor) {
        this.petitions = petitions;
        this.currentActor = currentActor;
    }

    public Petition petition(String id) {
        return petitions.find(id).orElseThrow(() -> ProblemException.notFound("petition.not-found", id));
    }

    /** The petition as the reader may see it: a draft only by its petitioner (or a network administrator). */
    public Petition visible(String id) {
        Petition petition = petition(id);
        if (!petition.status().isPublic() && !isPetitionerOrAdmin(petition)) {
            throw ProblemException.notFound("petition.not-found", id);
        }
        return petition;
    }

    /** The citizens' agent or the association's representative who drafted it. */
    public Actor requirePetitioner(Petition petition) {
        Actor actor = currentActor.require();
        if (!actor.subject().equals(petition.petitionerSubject())) {
            // a draft stays invisible to others; a public petition's steps are simply not theirs
            if (!petition.status().isPublic()) {
                throw ProblemException.notFound("petition.not-found", petition.id());
            }
            throw ProblemException.forbidden("petition.not-petitioner");
        }
        return actor;
    }

    private boolean isPetitionerOrAdmin(Petition petition) {
        return currentActor.find().map(a -> a.isNetworkAdmin() || a.subject().equals(petition.petitionerSubject()))
                .orElse(false);
    }

    /**
     * The petitioner as events name them: by role only. The account of the citizens' agent (or of the association's
     * representative) never travels; the history, read by the member's staff only, keeps it.
     */
    public static Actor inEvents(Actor petitioner) {
        return new Actor("petitioner", petitioner.roles(), Set.of(), false, null);
    }

    public static void requireVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw ProblemException.conflict("concurrent-change");
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
    }
}
