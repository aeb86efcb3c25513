package ma.remacto.consultations.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import ma.remacto.consultations.domain.Survey;
import ma.remacto.consultations.domain.SurveyResults;
import ma.remacto.consultations.domain.SurveyStatus;
import ma.remacto.consultations.persistence.SurveyRepository;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.security.AccessPolicy;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.platform.web.PageResult;

import org.bson.Document;
import org.springframework.stereotype.Service;

/** Published surveys are public, drafts only for the member's staff; TEXT answers only for the member's staff. */
@Service
public class FindSurveys {

    public record Results(Survey survey, long responses, List<SurveyResults.QuestionResult> questions) {
    }

    /** Published surveys and their answers: of a member, of a region's members, or (both null) of the network. */
    public record OverallResults(String member, String region, long surveys, long responses) {
    }

    private final ManageSurvey manage;
    private final SurveyRepository surveys;
    private final AccessPolicy access;

    public FindSurveys(ManageSurvey manage, SurveyRepository surveys, AccessPolicy access) {
        this.manage = manage;
        this.surveys = surveys;
        this.access = access;
    }

    public PageResult<Survey> list(String member, String region, SurveyStatus status, PageQuery page) {
        boolean all = access.seesEverythingOf(member);
        return surveys.list(member, region, status, all ? null : EnumSet.of(SurveyStatus.OPEN, SurveyStatus.CLOSED),
                page);
    }

    public Survey one(String id) {
        Survey survey = manage.find(id);
        if (survey.status() == SurveyStatus.DRAFT && !access.seesEverythingOf(survey.memberSlug())) {
            throw ProblemException.notFound("survey.not-found", id);
        }
        return survey;
    }

    public Results results(String id) {
        Survey survey = one(id);
        List<Map<String, Object>> answers = surveys.answers(id);
        boolean staff = access.seesEverythingOf(survey.memberSlug());
        List<SurveyResults.QuestionResult> results = SurveyResults.of(survey, answers).stream()
                .map(r -> staff ? r : new SurveyResults.QuestionResult(r.questionId(), r.kind(), r.answers(), r.mean(),
                        r.choiceCounts(), List.of()))
                .toList();
        return new Results(survey, answers.size(), results);
    }

    /**
     * The published surveys of a member, of a region's members or (neither given) of the whole network, and the
     * answers they received. A regional portal's scope arrives as {@code region} and narrows whatever was asked.
     */
    public OverallResults results(String member, String region) {
        SurveyRepository.Figures figures = surveys.figures(member, region,
                EnumSet.of(SurveyStatus.OPEN, SurveyStatus.CLOSED));
        return new OverallResults(member, region, figures.surveys(), figures.responses());
    }

    /** Every recorded change of the survey, for the member's staff. */
    public List<Document> history(String id) {
        Survey survey = manage.find(id);
        access.requireStaffOf(survey.memberSlug());
        return surveys.history(id);
    }
}
