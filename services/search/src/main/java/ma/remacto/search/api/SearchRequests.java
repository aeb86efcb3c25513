package ma.remacto.search.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import ma.remacto.platform.web.PageQuery;
import ma.remacto.search.domain.IdeaVocabulary;
import ma.remacto.search.domain.ProposalKind;
import ma.remacto.search.domain.SearchCriteria;
import ma.remacto.search.domain.SearchSort;

/**
 * Query parameters → validated criteria. Every invalid parameter is reported in one {@code invalid-input} problem
 * (not only the first), with Arabic and French messages.
 */
final class SearchRequests {

    static final int MAX_QUERY = 200;
    static final int MAX_SIMILAR_TEXT = 2000;
    static final int MAX_SIMILAR = 20;
    /** Elasticsearch's index.max_result_window: deeper pages need search_after, which the API does not offer. */
    static final int MAX_WINDOW = 10_000;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private SearchRequests() {
    }

    static SearchCriteria criteria(String q, String kind, String member, String region, String axis, String state,
            String source, String from, String to, String sort, Integer page, Integer size, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        boolean phrase = false;
        if (text.isEmpty()) {
            problems.add(new FieldProblem("q", "validation.NotBlank"));
        } else if (text.length() > MAX_QUERY) {
            problems.add(new FieldProblem("q", "validation.Size", 1, MAX_QUERY));
        } else if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            phrase = true;
            text = text.substring(1, text.length() - 1).strip();
            if (text.isEmpty()) {
                problems.add(new FieldProblem("q", "search.phrase.empty"));
            }
        }
        Optional<ProposalKind> proposalKind = present(kind) ? ProposalKind.parse(kind.strip()) : Optional.empty();
        if (present(kind) && proposalKind.isEmpty()) {
            problems.add(new FieldProblem("kind", "search.kind.unknown", kind));
        }
        slug("member", member, problems);
        slug("region", region, problems);
        if (present(axis) && !ID.matcher(axis).matches()) {
            problems.add(new FieldProblem("axis", "validation.Pattern"));
        }
        if (present(state) && !IdeaVocabulary.STATES.contains(state)) {
            problems.add(new FieldProblem("state", "search.state.unknown", state));
        }
        if (present(source) && !IdeaVocabulary.SOURCES.contains(source)) {
            problems.add(new FieldProblem("source", "search.source.unknown", source));
        }
        Optional<LocalDate> start = date("from", from, problems);
        Optional<LocalDate> end = date("to", to, problems);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            problems.add(new FieldProblem("to", "search.period.reversed"));
        }
        Optional<SearchSort> order = SearchSort.parse(sort);
        if (order.isEmpty()) {
            problems.add(new FieldProblem("sort", "search.sort.unknown"));
        }
        PageQuery paging = null;
        try {
            paging = PageQuery.of(page, size);
            if (paging.offset() + paging.size() > MAX_WINDOW) {
                problems.add(new FieldProblem("page", "search.page.too-deep", MAX_WINDOW));
            }
        } catch (ProblemException e) {
            problems.addAll(e.fieldProblems());
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        return new SearchCriteria(text, phrase, proposalKind.orElse(null), blankToNull(member), blankToNull(region),
                blankToNull(axis), blankToNull(state), blankToNull(source),
                start.map(d -> d.atStartOfDay(zone).toInstant()).orElse(null),
                end.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()).orElse(null), order.get(), paging);
    }

    record Similar(String text, String member, int size) {
    }

    static Similar similar(String text, String member, Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            problems.add(new FieldProblem("text", "validation.NotBlank"));
        } else if (stripped.length() > MAX_SIMILAR_TEXT) {
            problems.add(new FieldProblem("text", "validation.Size", 1, MAX_SIMILAR_TEXT));
        }
        slug("member", member, problems);
        int n = size == null ? 5 : size;
        if (n < 1 || n > MAX_SIMILAR) {
            problems.add(new FieldProblem("size", "paging.size.range", 1, MAX_SIMILAR));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidInput(problems);
        }
        return new Similar(stripped, blankToNull(member), n);
    }

    private static void slug(String field, String value, List<FieldProblem> problems) {
        if (present(value) && (value.length() > 64 || !SLUG.matcher(value).matches())) {
            problems.add(new FieldProblem(field, "validation.Pattern"));
        }
    }

    private static Optional<LocalDate> date(String field, String value, List<FieldProblem> problems) {
        if (!present(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "search.date.invalid"));
            return Optional.empty();
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return present(value) ? value.strip() : null;
    }
}
