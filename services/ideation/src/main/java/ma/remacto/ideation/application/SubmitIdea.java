package ma.remacto.ideation.application;

import java.util.ArrayList;
import java.util.List;

import ma.remacto.ideation.domain.Axis;
import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.domain.IdeaSource;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.Actor;
import ma.remacto.platform.security.Role;

import org.springframework.stereotype.Service;

/** A signed-in citizen or association puts an idea forward online, named or anonymously. */
@Service
public class SubmitIdea {

    private final IdeaIntake intake;
    private final MemberScope members;
    private final AccessPolicy access;

    public SubmitIdea(IdeaIntake intake, MemberScope members, AccessPolicy access) {
        this.intake = intake;
        this.members = members;
        this.access = access;
    }

    public Idea handle(String memberSlug, IdeaDraft draft, boolean anonymous) {
        Actor actor = access.requireAnyRole(Role.CITIZEN, Role.ASSOCIATION);
        MemberDirectoryEntry member = members.requireActive(memberSlug);
        List<FieldProblem> problems = new ArrayList<>();
        Axis axis = intake.axisOf(memberSlug, draft, draft.axisId() != null ? "axisId" : "axisCode", problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        return intake.file(member, IdeaIntake.Filing.received(axis, draft), IdeaSource.DIGITAL,
                anonymous ? null : actor.displayName(), actor);
    }
}
