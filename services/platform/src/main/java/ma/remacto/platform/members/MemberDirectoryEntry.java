package ma.remacto.platform.members;

/** What another service needs to know about a member: names, place in the territory, population, status. */
public record MemberDirectoryEntry(String slug, String kind, String nameAr, String nameFr, String regionSlug,
        String provinceSlug, long population, boolean hasArrondissements, boolean active, long version) {
}
