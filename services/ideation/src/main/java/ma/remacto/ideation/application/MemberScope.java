package ma.remacto.ideation.application;

import java.util.List;

import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;

import org.springframework.stereotype.Component;

/** Which members ideas can be put to: the active members of the directory read model. */
@Component
public class MemberScope {

    private final MemberDirectory directory;

    public MemberScope(MemberDirectory directory) {
        this.directory = directory;
    }

    public MemberDirectoryEntry requireActive(String memberSlug) {
        MemberDirectoryEntry member = directory.find(memberSlug).orElseThrow(() -> ProblemException
                .invalidInput(List.of(new FieldProblem("member", "idea.member.unknown", memberSlug))));
        if (!member.active()) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("member", "idea.member.inactive", memberSlug)));
        }
        return member;
    }
}
