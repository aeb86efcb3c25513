package ma.remacto.platform.problems;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/** Writes a problem from a servlet filter, where Spring MVC's exception handling does not reach. */
public class ServletProblemWriter {

    private final ProblemResponses responses;
    private final JsonMapper json;

    public ServletProblemWriter(ProblemResponses responses, JsonMapper json) {
        this.responses = responses;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        ProblemDetail detail = responses.build(status, code, List.of(), List.of(),
                request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemResponses.toMap(detail));
    }
}
