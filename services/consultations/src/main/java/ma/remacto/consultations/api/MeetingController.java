package ma.remacto.consultations.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.consultations.application.CollectMeetingIdeas;
import ma.remacto.consultations.application.FindMeetings;
import ma.remacto.consultations.application.RecordMeeting;
import ma.remacto.consultations.domain.Meeting;
import ma.remacto.consultations.domain.MeetingKind;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.RowValidation;
import ma.remacto.platform.web.IfMatch;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

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
@RequestMapping("/api/meetings")
@Tag(name = "Meetings", description = "Meetings and workshops: participants (counts), agenda, minutes, outputs, ideas collected")
public class MeetingController {

    private final FindMeetings find;
    private final RecordMeeting record;
    private final CollectMeetingIdeas collect;
    private final RowValidation rowValidation;

    public MeetingController(FindMeetings find, RecordMeeting record, CollectMeetingIdeas collect,
            RowValidation rowValidation) {
        this.find = find;
        this.record = record;
        this.collect = collect;
        this.rowValidation = rowValidation;
    }

    @GetMapping
    @Operation(summary = "List meetings by member, region, kind and period (from, to: ISO dates), newest first")
    public PageResult<Views.MeetingView> list(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region, @RequestParam(required = false) MeetingKind kind,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return find.list(member, region, kind, from, to, PageQuery.of(page, size)).map(Views.MeetingView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting")
    public ResponseEntity<Views.MeetingView> one(@PathVariable String id) {
        return withETag(find.one(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every recorded change of the meeting (the member's staff)",
            security = @SecurityRequirement(name = "bearer"))
    public List<Map<String, Object>> history(@PathVariable String id) {
        return find.history(id).stream().map(History::view).toList();
    }

    @PostMapping
    @Operation(summary = "Record a meeting (the member's staff)", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<Views.MeetingView> record(@Valid @RequestBody Requests.Meeting request) {
        Meeting meeting = record.record(request.member(), request.toContent());
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id())).eTag("1")
                .body(Views.MeetingView.of(meeting));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a meeting (the member's staff; the member does not change)",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<Views.MeetingView> edit(@PathVariable String id, @Valid @RequestBody Requests.Meeting request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Meeting meeting = find.one(id);
        if (!meeting.memberSlug().equals(request.member())) {
            throw ma.remacto.platform.problems.ProblemException.invalidInput(List.of(new FieldProblem("member",
                    "meeting.member.immutable")));
        }
        return withETag(record.edit(id, request.toContent(), IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/ideas")
    @Operation(summary = "Send the ideas collected at the meeting to ideation as one workshop batch (all rows or none); "
            + "the same batchId again records nothing", security = @SecurityRequirement(name = "bearer"))
    public Map<String, Object> ideas(@PathVariable String id, @Valid @RequestBody Requests.Ideas request) {
        List<FieldProblem> shape = rowValidation.problems(request.rows(), "rows");
        CollectMeetingIdeas.Collected collected = collect.handle(id, request.batchId(),
                request.source() == null ? "LIVE_WORKSHOP" : request.source(),
                request.rows().stream().map(Requests.IdeaRow::toIdea).toList(), shape);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("meetingId", id);
        answer.put("batchId", collected.batchId());
        answer.put("requestBatchId", request.batchId());
        answer.put("ideas", collected.ideas());
        answer.put("ideasCollected", collected.meeting().ideasCollected());
        answer.put("alreadyRecorded", collected.alreadyRecorded());
        return answer;
    }

    private static ResponseEntity<Views.MeetingView> withETag(Meeting meeting) {
        return ResponseEntity.ok().eTag(String.valueOf(meeting.version())).body(Views.MeetingView.of(meeting));
    }
}
