package ma.remacto.projects.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.time.Today;
import ma.remacto.platform.web.IfMatch;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;
import ma.remacto.projects.application.AssessCommitmentCompletion;
import ma.remacto.projects.application.EditProject;
import ma.remacto.projects.application.FindProgressHistory;
import ma.remacto.projects.application.FindProjects;
import ma.remacto.projects.application.FormulateProject;
import ma.remacto.projects.application.PublishProject;
import ma.remacto.projects.application.RecordActivityProgress;
import ma.remacto.projects.application.RecordIndicatorMeasurement;
import ma.remacto.projects.application.WithdrawProject;
import ma.remacto.projects.domain.ActivityStatus;
import ma.remacto.projects.domain.CompletionLevel;
import ma.remacto.projects.domain.Evidence;
import ma.remacto.projects.domain.OpennessProject;
import ma.remacto.projects.domain.ProjectKind;

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
@RequestMapping("/api/projects")
@Tag(name = "Openness projects", description = "Project cards, weighted activity schedules, progress, indicators, publication")
public class ProjectController {

    private final FindProjects find;
    private final FindProgressHistory progressHistory;
    private final FormulateProject formulate;
    private final EditProject edit;
    private final RecordActivityProgress recordProgress;
    private final RecordIndicatorMeasurement measure;
    private final PublishProject publish;
    private final WithdrawProject withdraw;
    private final AssessCommitmentCompletion assess;
    private final Today today;

    public ProjectController(FindProjects find, FindProgressHistory progressHistory, FormulateProject formulate, EditProject edit,
            RecordActivityProgress recordProgress, RecordIndicatorMeasurement measure, PublishProject publish,
            WithdrawProject withdraw, AssessCommitmentCompletion assess, Today today) {
        this.find = find;
        this.progressHistory = progressHistory;
        this.formulate = formulate;
        this.edit = edit;
        this.recordProgress = recordProgress;
        this.measure = measure;
        this.publish = publish;
        this.withdraw = withdraw;
        this.assess = assess;
        this.today = today;
    }

    @GetMapping
    @Operation(summary = "List projects by member, region, plan, axis, period and kind (published ones, or all for the member's staff)")
    public PageResult<ProjectView> list(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region, @RequestParam(required = false) String plan,
            @RequestParam(required = false) String axis, @RequestParam(required = false) String period,
            @RequestParam(required = false) ProjectKind kind,
            @RequestParam(required = false, defaultValue = "false") boolean includeWithdrawn,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        LocalDate day = today.date();
        return find.list(member, region, plan, axis, period, kind, includeWithdrawn, PageQuery.of(page, size))
                .map(p -> ProjectView.of(p, day));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project with its card, schedule, progress and late activities")
    public ResponseEntity<ProjectView> one(@PathVariable String id) {
        return withETag(find.one(id));
    }

    @GetMapping("/{id}/progress-history")
    @Operation(summary = "The project's progress over time: when formulated and after each progress report (public "
            + "like the project)")
    public List<FindProgressHistory.Point> progressHistory(@PathVariable String id) {
        return progressHistory.of(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every recorded change of the project (the member's staff)", security = @SecurityRequirement(name = "bearer"))
    public List<Map<String, Object>> history(@PathVariable String id) {
        return find.history(id).stream().map(History::view).toList();
    }

    @PostMapping
    @Operation(summary = "Formulate a project in a plan, from retained ideas, with its weighted schedule",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<ProjectView> formulate(@Valid @RequestBody ProjectRequests.Formulation request) {
        OpennessProject project = formulate.handle(request.planId(), request.card().toDraft(),
                request.activities().stream().map(ProjectRequests.ActivityRequest::toDraft).toList(),
                Boolean.TRUE.equals(request.published()));
        return ResponseEntity.created(URI.create("/api/projects/" + project.id())).eTag("1")
                .body(ProjectView.of(project, today.date()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the project card (a draft plan, or under an amendment)", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<ProjectView> editCard(@PathVariable String id, @Valid @RequestBody ProjectRequests.Card request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(edit.editCard(id, request.toDraft(), IfMatch.version(ifMatch)));
    }

    @PutMapping("/{id}/activities")
    @Operation(summary = "Replace the schedule as a whole; weights sum to 100, activities named by id keep their progress",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<ProjectView> schedule(@PathVariable String id, @Valid @RequestBody ProjectRequests.Schedule request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(edit.schedule(id, request.activities().stream().map(ProjectRequests.ActivityRequest::toDraft).toList(),
                IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/activities/{activityId}/progress")
    @Operation(summary = "Record an activity's progress, status and evidence (adopted plans)",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<ProjectView> progress(@PathVariable String id, @PathVariable String activityId,
            @Valid @RequestBody ProjectRequests.ProgressReport request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(recordProgress.handle(id, activityId,
                request.status() == null ? null : ActivityStatus.valueOf(request.status()), request.progress(),
                evidence(request.evidence()), request.note(), IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/indicators/{indicatorId}/measurements")
    @Operation(summary = "Record a dated measurement of an indicator (adopted plans)", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<ProjectView> measure(@PathVariable String id, @PathVariable String indicatorId,
            @Valid @RequestBody ProjectRequests.MeasurementRequest request) {
        return withETag(measure.handle(id, indicatorId, request.date(), ProjectRequests.decimal(request.value()),
                request.observation()));
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish or unpublish the project", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<ProjectView> publication(@PathVariable String id,
            @Valid @RequestBody ProjectRequests.Publication request) {
        return withETag(publish.handle(id, request.published()));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Take the project out of its plan, with a reason", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<ProjectView> withdraw(@PathVariable String id, @Valid @RequestBody ProjectRequests.Withdrawal request) {
        return withETag(withdraw.handle(id, request.reason()));
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "Assess an OGP commitment's completion level (IRM scale)", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<ProjectView> completion(@PathVariable String id,
            @Valid @RequestBody ProjectRequests.CompletionAssessment request) {
        return withETag(assess.handle(id, CompletionLevel.valueOf(request.completion()), request.reason()));
    }

    private static List<Evidence> evidence(List<ProjectRequests.EvidenceRequest> requests) {
        if (requests == null) {
            return List.of();
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            ProjectRequests.EvidenceRequest e = requests.get(i);
            if ("LINK".equals(e.kind()) && (e.url() == null || e.url().isBlank())) {
                problems.add(new FieldProblem("evidence[" + i + "].url", "project.evidence.url-required"));
            }
            if ("FILE".equals(e.kind()) && (e.fileName() == null || e.fileName().isBlank())) {
                problems.add(new FieldProblem("evidence[" + i + "].fileName", "project.evidence.file-name-required"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        return requests.stream().map(ProjectRequests.EvidenceRequest::toDomain).toList();
    }

    private ResponseEntity<ProjectView> withETag(OpennessProject project) {
        return ResponseEntity.ok().eTag(String.valueOf(project.version())).body(ProjectView.of(project, today.date()));
    }
}
