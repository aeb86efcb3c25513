package ma.remacto.consultations.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.consultations.application.CloseConsultation;
import ma.remacto.consultations.application.FindConsultations;
import ma.remacto.consultations.application.ModerateContribution;
import ma.remacto.consultations.application.PublishConsultationSummary;
import ma.remacto.consultations.application.ScheduleConsultation;
import ma.remacto.consultations.application.SubmitContribution;
import ma.remacto.consultations.domain.Consultation;
import ma.remacto.consultations.domain.ConsultationStatus;
import ma.remacto.consultations.domain.ConsultationSummary;
import ma.remacto.consultations.domain.Contribution;
import ma.remacto.consultations.domain.Moderation;
import ma.remacto.consultations.domain.Position;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.web.IfMatch;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;
import ma.remacto.platform.web.RateLimits;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/consultations")
@Tag(name = "Public consultations", description = "Consultations on draft programmes: window, contributions, moderation, summary")
public class ConsultationController {

    static final String CONTRIBUTION_LIMIT = "consultation-contributions";

    private final FindConsultations find;
    private final ScheduleConsultation schedule;
    private final CloseConsultation close;
    private final PublishConsultationSummary summary;
    private final SubmitContribution submit;
    private final ModerateContribution moderate;
    private final RateLimits rateLimits;

    public ConsultationController(FindConsultations find, ScheduleConsultation schedule, CloseConsultation close,
            PublishConsultationSummary summary, SubmitContribution submit, ModerateContribution moderate,
            RateLimits rateLimits) {
        this.find = find;
        this.schedule = schedule;
        this.close = close;
        this.summary = summary;
        this.submit = submit;
        this.moderate = moderate;
        this.rateLimits = rateLimits;
    }

    @GetMapping
    @Operation(summary = "List consultations by member, region and status (the status the window gives now)")
    public PageResult<Views.ConsultationView> list(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region, @RequestParam(required = false) ConsultationStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var now = find.now();
        return find.list(member, region, status, PageQuery.of(page, size)).map(c -> Views.ConsultationView.of(c, now));
    }

    @GetMapping("/statistics")
    @Operation(summary = "Participation in the consultations of a member, of a region's members, or of the whole network (counts only)")
    public FindConsultations.OverallStatistics overallStatistics(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region) {
        return find.overallStatistics(member, region);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One consultation")
    public ResponseEntity<Views.ConsultationView> one(@PathVariable String id) {
        return withETag(find.one(id));
    }

    @GetMapping("/{id}/contributions")
    @Operation(summary = "Published contributions, oldest first (staff may ask for PENDING or REJECTED ones)")
    public PageResult<Views.ContributionView> contributions(@PathVariable String id,
            @RequestParam(required = false) Moderation moderation, @RequestParam(required = false) String item,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return find.contributions(id, moderation, item, PageQuery.of(page, size)).map(Views.ContributionView::of);
    }

    @GetMapping("/{id}/summary")
    @Operation(summary = "The published summary: counts per item computed by the service, themes, changes to the draft")
    public ConsultationSummary summary(@PathVariable String id) {
        return find.summary(id);
    }

    @GetMapping("/{id}/statistics")
    @Operation(summary = "Participation: by gender, age group, participant type, item and axis (counts only)")
    public FindConsultations.Statistics statistics(@PathVariable String id) {
        return find.statistics(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every recorded change of the consultation (the member's staff)",
            security = @SecurityRequirement(name = "bearer"))
    public List<Map<String, Object>> history(@PathVariable String id) {
        return find.history(id).stream().map(History::view).toList();
    }

    @PostMapping
    @Operation(summary = "Schedule a consultation (the member's staff)", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<Views.ConsultationView> schedule(@Valid @RequestBody Requests.Consultation request) {
        Consultation consultation = schedule.schedule(request.toDraft());
        return ResponseEntity.created(URI.create("/api/consultations/" + consultation.id())).eTag("1")
                .body(Views.ConsultationView.of(consultation, find.now()));
    }

    @PostMapping("/past")
    @Operation(summary = "Record a past consultation, closed, with the contributions counted in the member's records",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<Views.ConsultationView> recordPast(@Valid @RequestBody Requests.PastConsultation request) {
        Consultation consultation = schedule.recordPast(request.toDraft(), request.recordedContributions());
        return ResponseEntity.created(URI.create("/api/consultations/" + consultation.id())).eTag("1")
                .body(Views.ConsultationView.of(consultation, find.now()));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close an open consultation early, with the reason", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<Views.ConsultationView> close(@PathVariable String id,
            @Valid @RequestBody Requests.Closure request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(close.handle(id, request.reason(), IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/summary")
    @Operation(summary = "Publish the summary of a closed consultation", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<Views.ConsultationView> publishSummary(@PathVariable String id,
            @Valid @RequestBody Requests.Summary request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(summary.handle(id, request.themes(), request.changesToDraft(), IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/contributions")
    @Operation(summary = "Contribute on an item while the consultation is open (citizens, associations; rate limited)",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<Views.ContributionView> contribute(@PathVariable String id,
            @Valid @RequestBody Requests.Contribution request, HttpServletRequest http) {
        rateLimits.take(CONTRIBUTION_LIMIT, http);
        Contribution contribution = submit.handle(id, new SubmitContribution.Submission(request.itemId(),
                request.position() == null ? null : Position.valueOf(request.position()), request.comment(),
                Boolean.TRUE.equals(request.anonymous()),
                request.profile() == null ? null : request.profile().toDomain()));
        return ResponseEntity.created(URI.create("/api/consultations/" + id + "/contributions/" + contribution.id()))
                .body(Views.ContributionView.of(contribution));
    }

    @PostMapping("/{id}/contributions/{contributionId}/moderation")
    @Operation(summary = "Publish or reject a pending contribution (the member's staff)",
            security = @SecurityRequirement(name = "bearer"))
    public Views.ContributionView moderate(@PathVariable String id, @PathVariable String contributionId,
            @Valid @RequestBody Requests.ModerationDecision request) {
        return Views.ContributionView.of(moderate.handle(id, contributionId, Moderation.valueOf(request.decision()),
                request.reason() == null ? null : request.reason().toDomain()));
    }

    private ResponseEntity<Views.ConsultationView> withETag(Consultation consultation) {
        return ResponseEntity.ok().eTag(String.valueOf(consultation.version()))
                .body(Views.ConsultationView.of(consultation, find.now()));
    }
}
