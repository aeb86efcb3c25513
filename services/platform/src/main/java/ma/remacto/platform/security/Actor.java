package ma.remacto.platform.security;

import java.util.List;
import java.util.Set;

import ma.remacto.events.v1.ActorKind;

/**
 * Who is acting: the identity provider's subject, the roles and, for staff, the members (by slug)
 * they act for. The display name (token claim {@code name}) is only for showing an author who chose
 * to be named; events and histories record the subject, never the name.
 */
public record Actor(String subject, Set<Role> roles, Set<String> memberSlugs, boolean system, String displayName) {

    public static Actor system(String name) {
        return new Actor("system:" + name, Set.of(), Set.of(), true, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isNetworkAdmin() {
        return has(Role.NETWORK_ADMIN);
    }

    /** Staff of this member, or a network administrator, who may act for every member. */
    public boolean actsFor(String memberSlug) {
        if (system || isNetworkAdmin()) {
            return true;
        }
        return roles.stream().anyMatch(Role::isStaff) && memberSlugs.contains(memberSlug);
    }

    public ma.remacto.events.v1.Actor toEvent() {
        return ma.remacto.events.v1.Actor.newBuilder()
                .setSubject(subject)
                .addAllRoles(roles.stream().map(Enum::name).sorted().toList())
                .setKind(system ? ActorKind.ACTOR_KIND_SYSTEM : ActorKind.ACTOR_KIND_USER)
                .build();
    }

    public List<String> roleNames() {
        return roles.stream().map(Enum::name).sorted().toList();
    }
}
