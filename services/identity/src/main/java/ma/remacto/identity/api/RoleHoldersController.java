package ma.remacto.identity.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.remacto.identity.domain.RemactoUser;
import ma.remacto.identity.domain.Role;
import ma.remacto.identity.domain.UserDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who holds which role for which member: the network's administrators and each member's staff (points of contact,
 * committee members), read from the user directory, for network administrators only. Only what the tokens already
 * carry is shown: the username (pseudonymous, the token subject), the roles and the members. Never a password, a
 * display name or anything personal; citizens and associations are not listed (they act for no member).
 */
@RestController
class RoleHoldersController {

    private static final Set<Role> LISTED = Set.of(Role.NETWORK_ADMIN, Role.POINT_OF_CONTACT, Role.COMMITTEE_MEMBER);

    private final UserDirectory users;

    RoleHoldersController(UserDirectory users) {
        this.users = users;
    }

    @GetMapping(value = "/api/roles", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> roles(@AuthenticationPrincipal Jwt caller, @RequestParam(required = false) String member) {
        List<String> callerRoles = caller.getClaimAsStringList("roles");
        if (callerRoles == null || !callerRoles.contains(Role.NETWORK_ADMIN.name())) {
            return forbidden();
        }
        List<Map<String, Object>> holders = users.all().stream()
                .filter(user -> user.roles().stream().anyMatch(LISTED::contains))
                .filter(user -> member == null || member.isBlank() || user.members().contains(member))
                .sorted(Comparator.comparing(RemactoUser::username))
                .map(RoleHoldersController::holder)
                .toList();
        return ResponseEntity.ok(holders);
    }

    private static Map<String, Object> holder(RemactoUser user) {
        Map<String, Object> holder = new LinkedHashMap<>();
        holder.put("username", user.username());
        holder.put("roles", user.roles().stream().filter(LISTED::contains).sorted().map(Role::name).toList());
        holder.put("members", user.members());
        return holder;
    }

    /** The platform's problem shape (conventions: errors), in Arabic with French alongside. */
    private static ResponseEntity<Map<String, Object>> forbidden() {
        String titleAr = "الوصول مرفوض";
        String detailAr = "هذه القائمة متاحة لمسيري الشبكة فقط.";
        String titleFr = "Accès refusé";
        String detailFr = "Cette liste est réservée aux administrateurs du réseau.";
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://remacto.ma/problems/forbidden");
        problem.put("title", titleAr);
        problem.put("status", 403);
        problem.put("detail", detailAr);
        problem.put("instance", "/api/roles");
        problem.put("code", "forbidden");
        problem.put("messages", Map.of("ar", Map.of("title", titleAr, "detail", detailAr),
                "fr", Map.of("title", titleFr, "detail", detailFr)));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
