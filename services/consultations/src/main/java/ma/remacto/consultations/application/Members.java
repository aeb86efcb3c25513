package ma.remacto.consultations.application;

import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;
import ma.remacto.platform.problems.ProblemArgument;

import org.springframework.stereotype.Component;

/** The members meetings, consultations, calendars and surveys belong to: active members of the directory copy. */
@Component
public class Members {

    private final MemberDirectory directory;

    public Members(MemberDirectory directory) {
        this.directory = directory;
    }

    public MemberDirectoryEntry requireActive(String slug) {
        return directory.requireActive(slug, "member", "consultations.member.unknown", "consultations.member.inactive");
    }

    /** The member's name in each language, for a text a person reads; its slug if the directory does not know it. */
    public ProblemArgument name(String slug) {
        return directory.find(slug).map(m -> ProblemArgument.text(m.nameAr(), m.nameFr()))
                .orElse(ProblemArgument.text(slug, slug));
    }

    public String regionOf(String slug) {
        return directory.find(slug).map(MemberDirectoryEntry::regionSlug).orElse(null);
    }
}
