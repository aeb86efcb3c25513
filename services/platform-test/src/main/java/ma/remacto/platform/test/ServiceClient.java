package ma.remacto.platform.test;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Calls a service under test over HTTP as a client would, in one reader's language, and keeps whatever it
 * answers (problems included) as a map; a JSON array comes back under {@code "list"}.
 */
public record ServiceClient(int port, String language) {

    /** @param etag the answer's {@code ETag}, if it had one (a record's version) */
    public record Response(int status, Map<String, Object> body, String etag) {

        public Response(int status, Map<String, Object> body) {
            this(status, body, null);
        }
    }

    public Response call(String method, String path, Object body, String token) {
        return call(method, path, body, token, null);
    }

    /** The same, sending the version an editor saw as {@code If-Match}. */
    @SuppressWarnings("unchecked")
    public Response call(String method, String path, Object body, String token, String ifMatch) {
        var request = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build()
                .method(HttpMethod.valueOf(method)).uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, language);
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, token);
        }
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> {
            Object parsed = res.getStatusCode().value() == 204 ? null : res.bodyTo(Object.class);
            return new Response(res.getStatusCode().value(), parsed instanceof Map<?, ?> map ? (Map<String, Object>) map
                    : Map.of("list", parsed == null ? List.of() : parsed), res.getHeaders().getETag());
        });
    }
}
