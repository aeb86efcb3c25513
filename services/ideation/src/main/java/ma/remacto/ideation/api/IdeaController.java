package ma.remacto.ideation.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.ideation.application.ChangeIdeaState;
import ma.remacto.ideation.application.EditIdea;
import ma.remacto.ideation.application.FindIdeas;
import ma.remacto.ideation.application.IdeaStatistics;
import ma.remacto.ideation.application.RecordWorkshopIdeas;
import ma.remacto.ideation.application.SubmitIdea;
import ma.remacto.ideation.application.SupportIdea;
import ma.remacto.ideation.application.WithdrawIdea;
import ma.remacto.ideation.domain.Idea;
import ma.remacto.ideation.domain.IdeaSource;
import ma.remacto.ideation.domain.IdeaState;
import ma.remacto.ideation.persistence.IdeaQuery;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.problems.RowValidation;
import ma.remacto.platform.web.IfMatch;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.springframework.beans.factory.annotation.Value;
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
@RequestMapping("/api/ideas")
@Tag(name = "Ideas", description = "Ideas put to the members, their processing and their public outcome")
public class IdeaController {

    private final FindIdeas find;
    private final SubmitIdea submit;
    private final RecordWorkshopIdeas record;
    private final EditIdea edit;
    private final ChangeIdeaState changeState;
    private final WithdrawIdea withdraw;
    private final SupportIdea support;
    private final IdeaStatistics statistics;
    private final RowValidation rowValidation;
    private final ZoneId zone;

    public IdeaController(FindIdeas find, SubmitIdea submit, RecordWorkshopIdeas record, EditIdea edit,
            ChangeIdeaState changeState, WithdrawIdea withdraw, SupportIdea support, IdeaStatistics statistics,
            RowValidation rowValidation, @Value("${remacto.time-zone:Africa/Casablanca}") String zone) {
        this.rowValidation = rowValidation;
        this.find = find;
        this.submit = submit;
        this.record = record;
        this.edit = edit;
        this.changeState = changeState;
        this.withdraw = withdraw;
        this.support = support;
        this.statistics = statistics;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping
    @Operation(summary = "List ideas, filtered by member, region, axis, state, source and period (dates inclusive)")
    public PageResult<IdeaView> list(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region, @RequestParam(required = false) String axis,
            @RequestParam(required = false) IdeaState state, @RequestParam(required = false) IdeaSource source,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) IdeaQuery.Sort sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("to", "idea.period.reversed")));
        }
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return find.list(new IdeaQuery(member, region, axis, state, source, start, end, sort), PageQuery.of(page, size))
                .map(IdeaView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One idea with its public outcome")
    public ResponseEntity<IdeaView> one(@PathVariable String id) {
        Idea idea = find.one(id);
        return ResponseEntity.ok().eTag(String.valueOf(idea.version())).body(IdeaView.of(idea));
    }

    @GetMapping("/mine")
    @Operation(summary = "The signed-in person's own ideas", security = @SecurityRequirement(name = "bearer"))
    public PageResult<IdeaView> mine(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return find.mine(PageQuery.of(page, size)).map(IdeaView::of);
    }

    @GetMapping("/statistics")
    @Operation(summary = "Ideas by axis, source, state, month; submitters by gender, age group, participant type")
    public IdeaStatistics.Figures statistics(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region) {
        return statistics.compute(member, region);
    }

    @PostMapping
    @Operation(summary = "Put an idea forward (citizens and associations)", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<IdeaView> submit(@Valid @RequestBody IdeaRequests.Submission request) {
        Idea idea = submit.handle(request.member(), request.toDraft(request.profile()),
                Boolean.TRUE.equals(request.anonymous()));
        return ResponseEntity.created(URI.create("/api/ideas/" + idea.id())).eTag("1").body(IdeaView.of(idea));
    }

    @PostMapping("/batches")
    @Operation(summary = "Record a batch of workshop ideas (the member's staff); all rows or none",
            security = @SecurityRequirement(name = "bearer"))
    public Map<String, Object> batch(@Valid @RequestBody IdeaRequests.Batch request) {
        List<FieldProblem> shape = rowValidation.problems(request.rows(), "rows");
        List<RecordWorkshopIdeas.Row> rows = request.rows().stream()
                .map(row -> new RecordWorkshopIdeas.Row(row.toDraft(row.profile()), row.number(),
                        row.state() == null || !row.state().matches("[A-Z_]+") ? IdeaState.RECEIVED
                                : IdeaState.valueOf(row.state()), row.reason()))
                .toList();
        List<RecordWorkshopIdeas.Recorded> recorded = record.handle(request.member(), request.batchId(),
                IdeaSource.valueOf(request.source()), rows, shape);
        return Map.of("batchId", request.batchId(),
                "created", recorded.stream().filter(r -> !r.alreadyRecorded()).count(),
                "alreadyRecorded", recorded.stream().filter(RecordWorkshopIdeas.Recorded::alreadyRecorded).count(),
                "rows", recorded);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct an idea (its submitter before processing, the member's staff before a decision)",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<IdeaView> edit(@PathVariable String id, @Valid @RequestBody IdeaRequests.Edit request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Idea idea = edit.handle(id, request.toDraft(null), IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(idea.version())).body(IdeaView.of(idea));
    }

    @PostMapping("/{id}/state")
    @Operation(summary = "Move an idea to its next state (the member's staff)", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<IdeaView> changeState(@PathVariable String id,
            @Valid @RequestBody IdeaRequests.StateChange request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Idea idea = changeState.handle(id, IdeaState.valueOf(request.to()), request.reason(), request.mergeInto(),
                IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(idea.version())).body(IdeaView.of(idea));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw one's own idea before processing starts", security = @SecurityRequirement(name = "bearer"))
    public IdeaView withdraw(@PathVariable String id) {
        return IdeaView.of(withdraw.handle(id));
    }

    @PostMapping("/{id}/supports")
    @Operation(summary = "Support an idea, once per person", security = @SecurityRequirement(name = "bearer"))
    public IdeaView support(@PathVariable String id) {
        return IdeaView.of(support.handle(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every recorded change of an idea: who, when, from, to, why (the member's staff)",
            security = @SecurityRequirement(name = "bearer"))
    public List<Map<String, Object>> history(@PathVariable String id) {
        return find.history(id).stream().map(History::view).toList();
    }

}
