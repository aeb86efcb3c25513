package ma.remacto.consultations.application;

import ma.remacto.platform.members.MemberDirectory;
import ma.remacto.platform.members.MemberDirectoryEntry;

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

    public String regionOf(String slug) {
        return directory.find(slug).map(MemberDirectoryEntry::regionSlug).orElse(null);
    }
}
