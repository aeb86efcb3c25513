package ma.remacto.ideation.application;

import java.util.List;

import ma.remacto.ideation.domain.Axis;
import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.persistence.AxisRepository;
import ma.remacto.ideation.persistence.IdeaQuery;
import ma.remacto.ideation.persistence.IdeaRepository;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.security.CurrentActor;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.springframework.stereotype.Service;

/** Public reads: ideas and their outcomes, axes; the full history for the member's staff. */
@Service
public class FindIdeas {

    private final IdeaRepository ideas;
    private final AxisRepository axes;
    private final AccessPolicy access;
    private final CurrentActor currentActor;

    public FindIdeas(IdeaRepository ideas, AxisRepository axes, AccessPolicy access, CurrentActor currentActor) {
        this.ideas = ideas;
        this.axes = axes;
        this.access = access;
        this.currentActor = currentActor;
    }

    public PageResult<Idea> list(IdeaQuery query, PageQuery page) {
        return ideas.search(query, page);
    }

    public Idea one(String id) {
        return ideas.find(id).orElseThrow(() -> ProblemException.notFound("idea.not-found", id));
    }

    public List<Document> history(String id) {
        Idea idea = one(id);
        access.requireStaffOf(idea.memberSlug());
        return ideas.history(id);
    }

    /** The signed-in person's own ideas, to follow what became of them. */
    public PageResult<Idea> mine(PageQuery page) {
        String subject = currentActor.require().subject();
        return ideas.bySubmitter(subject, page);
    }

    public List<Axis> axes(String memberSlug, String programme) {
        return axes.list(memberSlug, programme);
    }

    public Axis axis(String id) {
        return axes.find(id).orElseThrow(() -> ProblemException.notFound("axis.not-found", id));
    }
}
