package ma.remacto.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ma.remacto.platform.problems.ProblemResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/** Refuses bodies over the configured size before anything reads them. */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemResponses responses;
    private final JsonMapper json;

    public RequestSizeLimitFilter(long maxBytes, ProblemResponses responses, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.responses = responses;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            ProblemDetail detail = responses.build(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", List.of(), List.of(),
                    request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), request.getRequestURI());
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), ProblemResponses.toMap(detail));
            return;
        }
        chain.doFilter(request, response);
    }
}
