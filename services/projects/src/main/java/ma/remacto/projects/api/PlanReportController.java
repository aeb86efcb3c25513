package ma.remacto.projects.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.problems.ProblemMessages;
import ma.remacto.projects.application.ReportPlanEvaluation;
import ma.remacto.projects.domain.ReportKind;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plans")
@Tag(name = "Evaluation reports", description = "Printable quarterly, annual, mid-term and final reports of a plan, in Arabic or French")
public class PlanReportController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ReportPlanEvaluation report;
    private final EvaluationReportPage page;

    public PlanReportController(ReportPlanEvaluation report, EvaluationReportPage page) {
        this.report = report;
        this.page = page;
    }

    /*
     * No "produces": a client that asks for JSON still gets the page (the content type is set here), and a refusal
     * is still the JSON problem rather than a 406.
     */
    @GetMapping("/{id}/reports/{kind}")
    @Operation(summary = "An evaluation report of the plan as a printable HTML page: progress per axis and project at the "
            + "end of the period, late activities, indicators, amendments",
            description = "quarterly (period=2024-Q3) and annual (period=2024) periods overlap the plan's dates and have "
                    + "begun (a running one is reported as of today); mid-term is as of the midpoint of the plan's dates; "
                    + "final as of the plan's end, today if earlier, or its closing. Public for a plan out of draft "
                    + "(published projects only); the member's staff see every project.",
            responses = @ApiResponse(responseCode = "200", description = "a standalone HTML document (A4 print styles)",
                    content = @Content(mediaType = "text/html", schema = @Schema(type = "string"))))
    public ResponseEntity<String> report(@PathVariable String id,
            @Parameter(description = "quarterly, annual, mid-term or final") @PathVariable String kind,
            @Parameter(description = "2024-Q3 (quarterly) or 2024 (annual)") @RequestParam(required = false) String period,
            @Parameter(description = "ar or fr; by default from Accept-Language, Arabic first")
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        ReportKind reportKind = ReportKind.fromSlug(kind)
                .orElseThrow(() -> ProblemException.notFound("report.kind.unknown", kind));
        Locale language = language(lang, acceptLanguage);
        String html = page.render(report.handle(id, reportKind, period), language);
        return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage())
                .body(html);
    }

    /** The reader's choice of language, else what their browser prefers, Arabic first (as for problems). */
    private static Locale language(String lang, String acceptLanguage) {
        if (lang == null) {
            return ProblemMessages.preferred(acceptLanguage).getLanguage().equals("fr") ? ReportTexts.FRENCH
                    : ReportTexts.ARABIC;
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "ar" -> ReportTexts.ARABIC;
            case "fr" -> ReportTexts.FRENCH;
            default -> throw ProblemException.invalidInput(List.of(new FieldProblem("lang", "report.lang.unsupported")));
        };
    }
}
