package ma.remacto.platform.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import ma.remacto.platform.mongo.ConcurrentChangeException;
import ma.remacto.platform.web.RateLimitedException;
import ma.remacto.platform.web.RequestTooLargeException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure into a bilingual problem; nothing escapes as a bare 500 page. */
@RestControllerAdvice
public class ProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    private static final int RETRY_AFTER_SECONDS = 5;

    private final ProblemResponses responses;

    public ProblemHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> answer = respond(responses.build(e, language(request), request.getRequestURI()));
        if (e instanceof RateLimitedException limited) {
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds())).body(answer.getBody());
        }
        return answer;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.add(toFieldProblem(error.getField(), error.getCode(), unwrap(error)));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> fields.add(new FieldProblem(error.getObjectName(), "validation." + error.getCode())));
        return problem(ProblemException.invalidInput(fields), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String name = result.getMethodParameter().getParameterName();
            String code = error.getCodes() == null || error.getCodes().length == 0 ? "Invalid"
                    : last(error.getCodes()[error.getCodes().length - 1]);
            fields.add(new FieldProblem(name == null ? "parameter" : name, "validation." + code));
        }));
        return problem(ProblemException.invalidInput(fields), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLargeException) {
                return problem(new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "request-too-large"), request);
            }
        }
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            // An unknown member is most often a misspelt one: say so rather than drop it silently.
            String code = jackson instanceof UnrecognizedPropertyException ? "validation.unknown-field" : "validation.type";
            StringBuilder path = new StringBuilder();
            for (JacksonException.Reference reference : jackson.getPath()) {
                if (reference.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return problem(ProblemException.invalidInput(List.of(new FieldProblem(path.toString(), code))), request);
        }
        return problem(new ProblemException(HttpStatus.BAD_REQUEST, "malformed-body"), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem(ProblemException.invalidInput(List.of(new FieldProblem(e.getName(), "validation.type"))), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(ProblemException.invalidInput(List.of(new FieldProblem(e.getParameterName(), "validation.NotNull"))),
                request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(new ProblemException(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", e.getMethod()), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return problem(ProblemException.notFound("not-found"), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problem(new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "request-too-large"), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(ProblemException.forbidden("forbidden"), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return problem(new ProblemException(HttpStatus.UNAUTHORIZED, "unauthenticated"), request);
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrentChangeException e, HttpServletRequest request) {
        return problem(ProblemException.conflict("concurrent-change"), request);
    }

    @ExceptionHandler(MongoWriteException.class)
    ResponseEntity<ProblemDetail> mongoWrite(MongoWriteException e, HttpServletRequest request) {
        if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
            return problem(ProblemException.conflict("duplicate"), request);
        }
        return storageUnavailable(e, request);
    }

    /** A bulk insert (a workshop batch) that met a unique key: the same answer as a single insert. */
    @ExceptionHandler(MongoBulkWriteException.class)
    ResponseEntity<ProblemDetail> mongoBulkWrite(MongoBulkWriteException e, HttpServletRequest request) {
        if (!e.getWriteErrors().isEmpty() && e.getWriteErrors().stream()
                .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY)) {
            return problem(ProblemException.conflict("duplicate"), request);
        }
        return storageUnavailable(e, request);
    }

    /**
     * The database did not answer or failed to do its work (timeout, lost connection, a failing
     * store): the request is refused as a whole, so the client may safely retry later.
     */
    @ExceptionHandler(MongoException.class)
    ResponseEntity<ProblemDetail> storageUnavailable(MongoException e, HttpServletRequest request) {
        LOG.error("Storage failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        ResponseEntity<ProblemDetail> answer = problem(
                new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable"), request);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(answer.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error"), request);
    }

    private ResponseEntity<ProblemDetail> respond(ProblemDetail detail) {
        return ResponseEntity.status(detail.getStatus())
                .header(HttpHeaders.CONTENT_LANGUAGE, "ar, fr")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }

    private static String language(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    }

    private static ConstraintViolation<?> unwrap(FieldError error) {
        try {
            return error.unwrap(ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
            return null;
        }
    }

    /** Size, Min, Max and friends carry their limits so the message can state them. */
    static FieldProblem toFieldProblem(String field, String constraint, ConstraintViolation<?> violation) {
        List<Object> arguments = new ArrayList<>();
        if (violation != null) {
            ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
            Map<String, Object> attributes = descriptor.getAttributes();
            for (String name : List.of("min", "max", "value", "integer", "fraction")) {
                if (attributes.containsKey(name)) {
                    arguments.add(attributes.get(name));
                }
            }
        }
        return new FieldProblem(field, "validation." + constraint, arguments);
    }

    private static String last(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? code : code.substring(dot + 1);
    }
}
