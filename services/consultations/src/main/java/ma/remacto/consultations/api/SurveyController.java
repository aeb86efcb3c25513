package ma.remacto.consultations.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.consultations.application.AnswerSurvey;
import ma.remacto.consultations.application.FindSurveys;
import ma.remacto.consultations.application.ManageSurvey;
import ma.remacto.consultations.domain.Survey;
import ma.remacto.consultations.domain.SurveyStatus;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/surveys")
@Tag(name = "Satisfaction surveys", description = "Short questionnaires on a member's services; anonymous answers, once per person")
public class SurveyController {

    static final String ANSWER_LIMIT = "survey-answers";

    private final FindSurveys find;
    private final ManageSurvey manage;
    private final AnswerSurvey answer;
    private final RateLimits rateLimits;

    public SurveyController(FindSurveys find, ManageSurvey manage, AnswerSurvey answer, RateLimits rateLimits) {
        this.find = find;
        this.manage = manage;
        this.answer = answer;
        this.rateLimits = rateLimits;
    }

    @GetMapping
    @Operation(summary = "List surveys by member, region and status (drafts only for the member's staff)")
    public PageResult<Views.SurveyView> list(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region, @RequestParam(required = false) SurveyStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return find.list(member, region, status, PageQuery.of(page, size)).map(Views.SurveyView::of);
    }

    @GetMapping("/results")
    @Operation(summary = "Published surveys and the answers they received: of a member, of a region's members, or of the whole network")
    public FindSurveys.OverallResults overallResults(@RequestParam(required = false) String member,
            @RequestParam(required = false) String region) {
        return find.results(member, region);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One survey, its version as ETag")
    public ResponseEntity<Views.SurveyView> one(@PathVariable String id) {
        return withETag(find.one(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every recorded change of the survey (the member's staff)",
            security = @SecurityRequirement(name = "bearer"))
    public List<Map<String, Object>> history(@PathVariable String id) {
        return find.history(id).stream().map(History::view).toList();
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Results per question: answers, mean (SCALE), counts per choice; TEXT answers for staff only")
    public FindSurveys.Results results(@PathVariable String id) {
        return find.results(id);
    }

    @PostMapping
    @Operation(summary = "Create a survey as a draft (the member's staff)", security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<Views.SurveyView> create(@Valid @RequestBody Requests.Survey request) {
        Survey survey = manage.create(request.member(), request.title().toDomain(), request.service().toDomain(),
                request.questions().stream().map(Requests.Question::toDomain).toList());
        return ResponseEntity.created(URI.create("/api/surveys/" + survey.id())).body(Views.SurveyView.of(survey));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a draft survey: title, service, questions (the member's staff; optional If-Match)",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<Views.SurveyView> edit(@PathVariable String id,
            @Valid @RequestBody Requests.SurveyContent request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(manage.edit(id, request.title().toDomain(), request.service().toDomain(),
                request.questions().stream().map(Requests.Question::toDomain).toList(), IfMatch.version(ifMatch)));
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Publish (OPEN) or close (CLOSED) a survey", security = @SecurityRequirement(name = "bearer"))
    public Views.SurveyView status(@PathVariable String id, @Valid @RequestBody Requests.SurveyStatusChange request) {
        return Views.SurveyView.of(manage.moveTo(id, SurveyStatus.valueOf(request.to())));
    }

    @PostMapping("/{id}/answers")
    @Operation(summary = "Answer an open survey once (anyone signed in; stored without identity; rate limited)",
            security = @SecurityRequirement(name = "bearer"))
    public ResponseEntity<Void> answer(@PathVariable String id, @Valid @RequestBody Requests.Answers request,
            HttpServletRequest http) {
        rateLimits.take(ANSWER_LIMIT, http);
        answer.handle(id, request.answers());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Views.SurveyView> withETag(Survey survey) {
        return ResponseEntity.ok().eTag(String.valueOf(survey.version())).body(Views.SurveyView.of(survey));
    }
}
