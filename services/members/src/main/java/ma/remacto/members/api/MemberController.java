package ma.remacto.members.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.members.application.ChangeMemberStatus;
import ma.remacto.members.application.FindMembers;
import ma.remacto.members.application.RegisterMember;
import ma.remacto.members.application.UpdateMember;
import ma.remacto.members.domain.Member;
import ma.remacto.members.domain.MemberKind;
import ma.remacto.members.domain.MemberStatus;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.web.IfMatch;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/members")
@Tag(name = "Members", description = "The network's members: regions, provinces and prefectures, communes")
public class MemberController {

    private final FindMembers find;
    private final RegisterMember register;
    private final UpdateMember update;
    private final ChangeMemberStatus status;

    public MemberController(FindMembers find, RegisterMember register, UpdateMember update, ChangeMemberStatus status) {
        this.find = find;
        this.register = register;
        this.update = update;
        this.status = status;
    }

    @GetMapping
    @Operation(summary = "List members, filtered by kind, region, province and status")
    public PageResult<MemberView> list(@RequestParam(required = false) MemberKind kind,
            @RequestParam(required = false) String region, @RequestParam(required = false) String province,
            @RequestParam(required = false) MemberStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return find.list(kind, region, province, status, PageQuery.of(page, size)).map(MemberView::of);
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One member's public card")
    public ResponseEntity<MemberView> one(@PathVariable String slug) {
        Member member = find.one(slug);
        return ResponseEntity.ok().eTag(String.valueOf(member.version())).body(MemberView.of(member));
    }

    @PostMapping
    @Operation(summary = "Register a member (network administrators)", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<MemberView> register(@Valid @RequestBody MemberRequest request) {
        if (request.slug() == null) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("slug", "validation.NotBlank")));
        }
        Member member = register.handle(request.slug(), request.toCard());
        return ResponseEntity.created(URI.create("/api/members/" + member.slug()))
                .eTag(String.valueOf(member.version())).body(MemberView.of(member));
    }

    @PutMapping("/{slug}")
    @Operation(summary = "Edit a member's card (network administrators); If-Match guards against lost updates",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<MemberView> edit(@PathVariable String slug, @Valid @RequestBody MemberRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (request.slug() != null && !request.slug().equals(slug)) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("slug", "member.slug.immutable")));
        }
        Member member = update.handle(slug, request.toCard(), IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(member.version())).body(MemberView.of(member));
    }

    public record Deactivation(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/{slug}/deactivation")
    @Operation(summary = "Deactivate a member (network administrators)", security = @SecurityRequirement(name = "bearer"))
    public MemberView deactivate(@PathVariable String slug, @Valid @RequestBody Deactivation request) {
        return MemberView.of(status.deactivate(slug, request.reason().strip()));
    }

    @DeleteMapping("/{slug}/deactivation")
    @Operation(summary = "Reactivate a member (network administrators)", security = @SecurityRequirement(name = "bearer"))
    public MemberView reactivate(@PathVariable String slug) {
        return MemberView.of(status.reactivate(slug));
    }

    @GetMapping("/{slug}/history")
    @Operation(summary = "Every recorded change of a member (administrators and the member's staff)",
            security = @SecurityRequirement(name = "bearer"))
    public List<Map<String, Object>> history(@PathVariable String slug) {
        return find.history(slug).stream().map(History::view).toList();
    }

}
