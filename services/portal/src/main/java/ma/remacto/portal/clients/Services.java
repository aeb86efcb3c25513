package ma.remacto.portal.clients;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import ma.remacto.portal.PortalProperties;
import ma.remacto.portal.web.RegionScope;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Calls the services' public APIs on behalf of the page being rendered: the region scope the gateway gave the
 * request and the page's language go along, and the signed-in person's access token when there is one (held in the
 * server-side session, never sent to the browser). Answers are read as plain maps and lists, which the templates
 * walk as they are.
 */
@Component
public class Services {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {
            };

    /** The largest page every service's lists allow (conventions: size 1–200). */
    static final int MAX_PAGE = 200;

    private final RestClient http;
    private final PortalProperties properties;
    private final AccessTokens tokens;

    public Services(RestClient.Builder builder, PortalProperties properties, AccessTokens tokens) {
        this.http = builder.build();
        this.properties = properties;
        this.tokens = tokens;
    }

    /** {@code GET} a service's path with query parameters (null or blank ones left out); a 404 is {@link NotFound}. */
    public Map<String, Object> get(String service, String path, Map<String, ?> params) {
        return call(service, path, params, null, "GET", MAP);
    }

    /** {@code GET} of an answer that is a JSON array. */
    public List<Map<String, Object>> getList(String service, String path, Map<String, ?> params) {
        return call(service, path, params, null, "GET", LIST);
    }

    /** {@code POST} a JSON body; a refusal with problem details is {@link Refused}. */
    public Map<String, Object> post(String service, String path, Object body) {
        return call(service, path, Map.of(), body, "POST", MAP);
    }

    /**
     * {@code PUT} a JSON body; with the version the editor saw as {@code If-Match} (null: whatever is current), so a
     * change someone else made meanwhile is refused (409) instead of overwritten.
     */
    public Map<String, Object> put(String service, String path, Object body, Object version) {
        return call(service, path, Map.of(), body, "PUT", MAP, version);
    }

    /** {@code POST} guarded by the version the editor saw, like {@link #put}. */
    public Map<String, Object> post(String service, String path, Object body, Object version) {
        return call(service, path, Map.of(), body, "POST", MAP, version);
    }

    private <T> T call(String service, String path, Map<String, ?> params, Object body, String method,
            ParameterizedTypeReference<T> type) {
        return call(service, path, params, body, method, type, null);
    }

    private <T> T call(String service, String path, Map<String, ?> params, Object body, String method,
            ParameterizedTypeReference<T> type, Object version) {
        URI uri = uri(service, path, params);
        HttpServletRequest request = currentRequest();
        try {
            RestClient.RequestBodySpec spec = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .headers(headers -> relay(request, headers));
            if (version != null && !version.toString().isBlank()) {
                spec.header(HttpHeaders.IF_MATCH, "\"" + version + "\"");
            }
            if (body != null) {
                spec.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return refusing(spec.retrieve()).body(type);
        } catch (ResourceAccessException e) {
            throw new Unavailable(service, e);
        }
    }

    /**
     * {@code GET} of a document a service renders itself (a plan's printable evaluation report), as its HTML, with
     * the reader's token: staff get what the service shows staff.
     */
    public String getDocument(String service, String path, Map<String, ?> params) {
        URI uri = uri(service, path, params);
        HttpServletRequest request = currentRequest();
        try {
            return refusing(http.get().uri(uri).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_PROBLEM_JSON)
                    .headers(headers -> relay(request, headers)).retrieve()).body(String.class);
        } catch (ResourceAccessException e) {
            throw new Unavailable(service, e);
        }
    }

    /** A service's error answer becomes {@link Refused} with its problem details. */
    private static RestClient.ResponseSpec refusing(RestClient.ResponseSpec answer) {
        return answer.onStatus(HttpStatusCode::isError, (req, response) -> {
            throw Refused.from(response.getStatusCode().value(), response.getBody().readAllBytes());
        });
    }

    /** Every item of a paged list, page after page (largest pages the services allow). */
    public List<Map<String, Object>> getAll(String service, String path, Map<String, ?> params) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        Map<String, Object> query = new java.util.LinkedHashMap<>(params);
        query.put("size", MAX_PAGE);
        for (int page = 0; ; page++) {
            query.put("page", page);
            Map<String, Object> answer = get(service, path, query);
            all.addAll(items(answer));
            Object pages = answer.get("totalPages");
            if (!(pages instanceof Number n) || page + 1 >= n.intValue()) {
                return all;
            }
        }
    }

    /** The items of a paged answer. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> page) {
        Object items = page == null ? null : page.get("items");
        return items instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private URI uri(String service, String path, Map<String, ?> params) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(properties.service(service)).path(path);
        params.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> uri.queryParam(name, v));
            } else if (value != null && !value.toString().isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return uri.encode().build().toUri();
    }

    private void relay(HttpServletRequest request, HttpHeaders headers) {
        if (request == null) {
            return;
        }
        String region = RegionScope.of(request);
        if (region != null) {
            headers.set(RegionScope.HEADER, region);
        }
        // The services limit abusable writes per client address: the reader's, which the gateway gave the portal
        // (forward-headers-strategy makes it the request's remote address), not the portal's own.
        headers.set("X-Forwarded-For", request.getRemoteAddr());
        String correlation = request.getHeader("X-Correlation-Id");
        if (correlation != null) {
            headers.set("X-Correlation-Id", correlation);
        }
        Object language = request.getAttribute(ma.remacto.portal.web.PageModel.LANGUAGE);
        if (language instanceof ma.remacto.portal.web.Language l) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, l.code());
        }
        tokens.current(request).ifPresent(headers::setBearerAuth);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    // --- Writes that need the record's version (network admin pages): ETag in, If-Match out. ---

    /** A service's answer with its {@code ETag}, to send back in {@code If-Match} on the next write. */
    public record Tagged(Map<String, Object> body, String etag) {
    }

    /** {@code GET} a record with its ETag. */
    public Tagged getTagged(String service, String path) {
        return exchange("GET", service, path, null, null);
    }

    /** {@code PUT} a whole record, guarded by {@code If-Match} when {@code ifMatch} is given. */
    public Tagged put(String service, String path, Object body, String ifMatch) {
        return exchange("PUT", service, path, body, ifMatch);
    }

    /** {@code DELETE}; the answer's body when the service sends one. */
    public Map<String, Object> delete(String service, String path) {
        return exchange("DELETE", service, path, null, null).body();
    }

    private Tagged exchange(String method, String service, String path, Object body, String ifMatch) {
        URI uri = uri(service, path, Map.of());
        HttpServletRequest request = currentRequest();
        try {
            RestClient.RequestBodySpec spec = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .headers(headers -> {
                        relay(request, headers);
                        if (ifMatch != null && !ifMatch.isBlank()) {
                            headers.set(HttpHeaders.IF_MATCH, ifMatch);
                        }
                    });
            if (body != null) {
                spec.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            org.springframework.http.ResponseEntity<Map<String, Object>> answer = refusing(spec.retrieve()).toEntity(MAP);
            return new Tagged(answer.getBody() == null ? Map.of() : answer.getBody(), answer.getHeaders().getETag());
        } catch (ResourceAccessException e) {
            throw new Unavailable(service, e);
        }
    }
}
