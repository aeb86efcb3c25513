package ma.remacto.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class ProblemHandlerTest {

    private final ProblemHandler handler = new ProblemHandler(new ProblemResponses(
            new ProblemMessages(List.of("classpath:problems/platform"))));

    @Test
    void aDatabaseThatDoesNotAnswerIsAServiceUnavailableProblemToRetry() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/ideas");
        request.addHeader(HttpHeaders.ACCEPT_LANGUAGE, "fr");

        ResponseEntity<ProblemDetail> answer = handler.storageUnavailable(
                new MongoTimeoutException("no server in 30 s"), request);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getProperties()).containsEntry("code", "storage-unavailable");
        assertThat(answer.getBody().getTitle()).isEqualTo("Stockage momentanément indisponible");
        assertThat(answer.getBody().getProperties().get("messages").toString()).contains("التخزين غير متاح مؤقتا");
    }

    @Test
    void aLostConnectionIsHandledTheSameWay() {
        ResponseEntity<ProblemDetail> answer = handler.storageUnavailable(
                new MongoSocketReadException("reset", new ServerAddress()), new MockHttpServletRequest("POST", "/api/ideas"));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "storage-unavailable");
    }

    @Test
    void anUnexpectedFailureStaysAnInternalErrorWithoutDetailsOfTheCause() {
        ResponseEntity<ProblemDetail> answer = handler.unexpected(
                new IllegalStateException("secret internals"), new MockHttpServletRequest("GET", "/api/ideas"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).doesNotContain("secret internals");
    }
}
