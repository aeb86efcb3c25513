package ma.remacto.ideation.application;

import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;

import org.springframework.stereotype.Component;

/** Which members ideas can be put to: the active members of the directory read model. */
@Component
public class MemberScope {

    private final MemberDirectory directory;

    public MemberScope(MemberDirectory directory) {
        this.directory = directory;
    }

    public MemberDirectoryEntry requireActive(String memberSlug) {
        return directory.requireActive(memberSlug, "member", "idea.member.unknown", "idea.member.inactive");
    }
}
