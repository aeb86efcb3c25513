package ma.remacto.consultations.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.consultations.application.FindCalendars;
import ma.remacto.consultations.application.UpdateCalendar;
import ma.remacto.platform.mongo.History;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.web.IfMatch;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/calendars")
@Tag(name = "Co-preparation calendars", description = "A member's programme co-preparation stages, read as a timeline")
public class CalendarController {

    private final FindCalendars find;
    private final UpdateCalendar update;

    public CalendarController(FindCalendars find, UpdateCalendar update) {
        this.find = find;
        this.update = update;
    }

    @GetMapping
    @Operation(summary = "List calendars (as timelines) by member, region and programme")
    public PageResult<FindCalendars.Timeline> list(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region, @RequestParam(required = false) String programme,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return find.list(member, region, programme, PageQuery.of(page, size));
    }

    @GetMapping("/{member}/{programme}")
    @Operation(summary = "A member's calendar for a programme, as a timeline with each stage's status today")
    public ResponseEntity<FindCalendars.Timeline> one(@PathVariable String member, @PathVariable String programme) {
        FindCalendars.Timeline timeline = find.one(member, programme);
        return ResponseEntity.ok().eTag(String.valueOf(timeline.calendar().version())).body(timeline);
    }

    @GetMapping("/{member}/{programme}/history")
    @Operation(summary = "Every recorded change of the calendar, one entry per date or note set, moved or cleared "
            + "(the member's staff)", security = @SecurityRequirement(name = "bearer"))
    public List<Map<String, Object>> history(@PathVariable String member, @PathVariable String programme) {
        return find.history(member, programme).stream().map(History::view).toList();
    }

    @PutMapping("/{member}/{programme}")
    @Operation(summary = "Set the calendar's stages (created on first use; the member's staff)",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<FindCalendars.Timeline> put(@PathVariable String member, @PathVariable String programme,
            @Valid @RequestBody Requests.Calendar request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (!programme.matches(Requests.PROGRAMME)) {
            throw ProblemException.invalidInput(List.of(new FieldProblem("programme", "validation.Pattern",
                    Requests.PROGRAMME)));
        }
        UpdateCalendar.Result result = update.handle(member, programme,
                request.stages().stream().map(Requests.Stage::toDomain).toList(), IfMatch.version(ifMatch));
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(String.valueOf(result.calendar().version())).body(find.one(member, programme));
    }
}
