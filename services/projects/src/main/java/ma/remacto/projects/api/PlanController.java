package ma.remacto.projects.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.platform.mongo.History;
import ma.remacto.platform.web.IfMatch;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;
import ma.remacto.projects.application.AmendActionPlan;
import ma.remacto.projects.application.ChangeActionPlanStatus;
import ma.remacto.projects.application.DraftActionPlan;
import ma.remacto.projects.application.EditActionPlan;
import ma.remacto.projects.application.FindPlans;
import ma.remacto.projects.application.PlanProgress;
import ma.remacto.projects.domain.ActionPlan;
import ma.remacto.projects.domain.PlanFormat;
import ma.remacto.projects.domain.PlanStatus;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/api/plans")
@Tag(name = "Action plans", description = "Members' openness action programmes: drafting, consultation, adoption, execution")
public class PlanController {

    private final FindPlans find;
    private final DraftActionPlan draft;
    private final EditActionPlan edit;
    private final ChangeActionPlanStatus changeStatus;
    private final AmendActionPlan amend;
    private final PlanProgress progress;

    public PlanController(FindPlans find, DraftActionPlan draft, EditActionPlan edit, ChangeActionPlanStatus changeStatus,
            AmendActionPlan amend, PlanProgress progress) {
        this.find = find;
        this.draft = draft;
        this.edit = edit;
        this.changeStatus = changeStatus;
        this.amend = amend;
        this.progress = progress;
    }

    @GetMapping
    @Operation(summary = "List plans by member, region, status and period (drafts only for the member's staff)")
    public PageResult<PlanView> list(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region, @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) String period, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return find.list(member, region, status, period, PageQuery.of(page, size)).map(PlanView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One plan")
    public ResponseEntity<PlanView> one(@PathVariable String id) {
        return withETag(find.one(id));
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "The plan's progress today: per project, per axis, for the plan, and its late activities")
    public PlanProgress.Report progress(@PathVariable String id) {
        return progress.compute(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every recorded change of the plan (the member's staff)", security = @SecurityRequirement(name = "bearer"))
    public List<Map<String, Object>> history(@PathVariable String id) {
        return find.history(id).stream().map(History::view).toList();
    }

    @PostMapping
    @Operation(summary = "Draft a member's action plan for a period", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<PlanView> draft(@Valid @RequestBody PlanRequests.Draft request) {
        ActionPlan plan = draft.handle(request.member(), request.period(), request.startDate(), request.endDate(),
                request.format() == null ? PlanFormat.STANDARD : PlanFormat.valueOf(request.format()),
                request.title().toDomain());
        return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).eTag("1").body(PlanView.of(plan));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the plan's title or dates (a draft, or under an amendment)",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<PlanView> edit(@PathVariable String id, @Valid @RequestBody PlanRequests.Edit request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(edit.handle(id, request.title().toDomain(), request.startDate(), request.endDate(),
                IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move the plan: to consultation, back to draft, adopted (session and date), in execution, closed",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<PlanView> changeStatus(@PathVariable String id,
            @Valid @RequestBody PlanRequests.StatusChange request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(changeStatus.handle(id, new ChangeActionPlanStatus.Change(PlanStatus.valueOf(request.to()),
                request.consultationId(), request.adoption() == null ? null : request.adoption().toDomain(),
                request.evaluation(), request.reason()), IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/amendments")
    @Operation(summary = "Open an amendment of an adopted plan, with its reason", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<PlanView> openAmendment(@PathVariable String id,
            @Valid @RequestBody PlanRequests.AmendmentOpening request) {
        return withETag(amend.open(id, request.reason()));
    }

    @PostMapping("/{id}/amendments/closure")
    @Operation(summary = "Close the open amendment", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<PlanView> closeAmendment(@PathVariable String id) {
        return withETag(amend.close(id));
    }

    private static ResponseEntity<PlanView> withETag(ActionPlan plan) {
        return ResponseEntity.ok().eTag(String.valueOf(plan.version())).body(PlanView.of(plan));
    }
}
