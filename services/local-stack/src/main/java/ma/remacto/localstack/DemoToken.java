package ma.remacto.localstack;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Obtains an access token for a demo user the way a person would: authorization code flow with PKCE through the
 * identity service's own login form, as the public client {@code remacto-cli}.
 *
 * <p>Usage: {@code DemoToken <baseUrl> <username> [password]}; prints only the access token, so that
 * {@code TOKEN=$(java … DemoToken http://localhost:8080 citizen)} works in scripts.
 *
 * <p>Redirects are followed by hand because the last one points at the client's loopback callback, where nothing
 * listens: the code is read from that Location instead of being delivered.
 */
public final class DemoToken {

    public static final String CLIENT_ID = "remacto-cli";
    public static final String REDIRECT_URI = "http://127.0.0.1/remacto-cli/callback";
    public static final String SCOPE = "openid profile";
    public static final String DEFAULT_PASSWORD = "demo";

    private static final int MAX_HOPS = 10;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([\\w:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

    private DemoToken() {
    }

    /** Raised when the identity service answers but the flow cannot complete. */
    public static class TokenFlowException extends IOException {
        public TokenFlowException(String message) {
            super(message);
        }
    }

    /** The login form came back after the credentials were posted: unknown user or wrong password. */
    public static final class LoginRefusedException extends TokenFlowException {
        public LoginRefusedException(String user) {
            super("login refused for " + user);
        }
    }

    /**
     * {@code DemoToken <baseUrl> <username> [password]} prints one token; {@code DemoToken <baseUrl> --each <user>…}
     * prints {@code <username> <token>} per user (demo password), from one JVM: a walkthrough signing a petition as
     * 200 people would otherwise start 200.
     */
    public static void main(String[] args) {
        if (args.length >= 3 && args[1].equals("--each")) {
            try {
                for (int i = 2; i < args.length; i++) {
                    System.out.println(args[i] + " " + fetch(URI.create(args[0]), args[i], DEFAULT_PASSWORD));
                }
            } catch (IOException | IllegalArgumentException e) {
                System.err.println(e.getMessage() != null ? e.getMessage() : e.toString());
                System.exit(1);
            }
            return;
        }
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: DemoToken <baseUrl> <username> [password] | DemoToken <baseUrl> --each <user>...");
            System.exit(1);
        }
        try {
            String password = args.length == 3 ? args[2] : DEFAULT_PASSWORD;
            System.out.println(fetch(URI.create(args[0]), args[1], password));
        } catch (IOException | IllegalArgumentException e) {
            System.err.println(e.getMessage() != null ? e.getMessage() : e.toString());
            System.exit(1);
        }
    }

    /**
     * Runs the whole flow against {@code base} (the gateway or the identity service itself) and returns the access
     * token. Each call uses a fresh cookie jar, so calls never share a login session.
     */
    public static String fetch(URI base, String user, String password) throws IOException {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        try {
            return new Flow(http, stripTrailingSlash(base), user, password).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while fetching a token");
            interrupted.initCause(e);
            throw interrupted;
        } finally {
            http.close();
        }
    }

    private static final class Flow {
        private final HttpClient http;
        private final String base;
        private final String user;
        private final String password;
        private final String verifier = randomUrlSafe(32);
        private final String state = randomUrlSafe(16);
        private boolean credentialsPosted;

        Flow(HttpClient http, String base, String user, String password) {
            this.http = http;
            this.base = base;
            this.user = user;
            this.password = password;
        }

        String run() throws IOException, InterruptedException {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("response_type", "code");
            query.put("client_id", CLIENT_ID);
            query.put("redirect_uri", REDIRECT_URI);
            query.put("scope", SCOPE);
            query.put("state", state);
            query.put("code_challenge", challenge(verifier));
            query.put("code_challenge_method", "S256");
            URI authorize = URI.create(base + "/oauth2/authorize?" + formEncode(query));
            String code = obtainCode(send(get(authorize)));
            return exchange(code);
        }

        /** Walks redirects and at most one login form until the server redirects to the client's callback. */
        private String obtainCode(HttpResponse<String> response) throws IOException, InterruptedException {
            for (int hop = 0; hop < MAX_HOPS; hop++) {
                int status = response.statusCode();
                URI current = response.request().uri();
                if (status >= 300 && status < 400) {
                    String location = response.headers().firstValue("Location")
                            .orElseThrow(() -> new TokenFlowException("redirect without Location from " + current));
                    // Relative to the URL that issued it: behind the gateway the hosts may differ between hops.
                    URI next = current.resolve(location.trim());
                    if (next.toString().startsWith(REDIRECT_URI)) {
                        return codeFrom(next);
                    }
                    if (credentialsPosted && isLoginError(next)) {
                        throw new LoginRefusedException(user);
                    }
                    response = send(get(next));
                } else if (status == 200 && containsLoginForm(response.body())) {
                    if (credentialsPosted) {
                        throw new LoginRefusedException(user);
                    }
                    response = send(login(current, response.body()));
                    credentialsPosted = true;
                } else {
                    throw new TokenFlowException("unexpected HTTP " + status + " from " + current + describe(response));
                }
            }
            throw new TokenFlowException("too many redirects while authorizing " + user);
        }

        private String codeFrom(URI callback) throws TokenFlowException {
            Map<String, String> params = parseQuery(callback.getRawQuery());
            if (params.containsKey("error")) {
                throw new TokenFlowException("authorization refused: " + params.get("error")
                        + Optional.ofNullable(params.get("error_description")).map(d -> " (" + d + ")").orElse(""));
            }
            if (!state.equals(params.get("state"))) {
                throw new TokenFlowException("state mismatch in the authorization response");
            }
            String code = params.get("code");
            if (code == null || code.isBlank()) {
                throw new TokenFlowException("no code in the authorization response");
            }
            return code;
        }

        private HttpRequest login(URI page, String html) throws TokenFlowException {
            Map<String, String> hidden = hiddenInputs(html);
            if (!hidden.containsKey("_csrf")) {
                throw new TokenFlowException("login page at " + page + " has no _csrf field");
            }
            Map<String, String> form = new LinkedHashMap<>(hidden);
            form.put("username", user);
            form.put("password", password);
            URI action = formAction(html).map(page::resolve).orElse(page);
            return HttpRequest.newBuilder(action)
                    .timeout(TIMEOUT)
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                    .build();
        }

        private String exchange(String code) throws IOException, InterruptedException {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "authorization_code");
            form.put("client_id", CLIENT_ID);
            form.put("code", code);
            form.put("redirect_uri", REDIRECT_URI);
            form.put("code_verifier", verifier);
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                    .timeout(TIMEOUT)
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
                    .build());
            JsonNode body = parseJson(response);
            if (response.statusCode() != 200) {
                throw new TokenFlowException("token request refused: HTTP " + response.statusCode() + " "
                        + body.path("error").asString("") + " " + body.path("error_description").asString(""));
            }
            String token = body.path("access_token").asString("");
            if (token.isBlank()) {
                throw new TokenFlowException("token response without access_token");
            }
            return token;
        }

        private HttpRequest get(URI uri) {
            // Browsers ask for HTML; the server only redirects HTML requests to its login page.
            return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException e) {
                // The JDK's message is often null; say which server is down.
                ConnectException described = new ConnectException("cannot reach " + request.uri().resolve("/"));
                described.initCause(e);
                throw described;
            }
        }
    }

    private static boolean isLoginError(URI uri) {
        String query = uri.getRawQuery();
        return uri.getPath() != null && uri.getPath().endsWith("/login") && query != null
                && parseQuery(query).containsKey("error");
    }

    static boolean containsLoginForm(String html) {
        return html != null && INPUT.matcher(html).results()
                .map(m -> attributes(m.group()))
                .anyMatch(a -> "password".equalsIgnoreCase(a.get("type")) || "password".equals(a.get("name")));
    }

    static Map<String, String> hiddenInputs(String html) {
        Map<String, String> hidden = new LinkedHashMap<>();
        INPUT.matcher(html).results().map(m -> attributes(m.group()))
                .filter(a -> "hidden".equalsIgnoreCase(a.get("type")) && a.containsKey("name"))
                .forEach(a -> hidden.putIfAbsent(a.get("name"), a.getOrDefault("value", "")));
        return hidden;
    }

    /** The action of the form that carries the password field, or empty when the form posts to its own page. */
    static Optional<String> formAction(String html) {
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            int end = html.toLowerCase().indexOf("</form", forms.end());
            String body = html.substring(forms.end(), end < 0 ? html.length() : end);
            if (containsLoginForm(body)) {
                return Optional.ofNullable(attributes(forms.group()).get("action")).filter(a -> !a.isBlank());
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            attributes.putIfAbsent(m.group(1).toLowerCase(), unescapeHtml(value));
        }
        return attributes;
    }

    private static String unescapeHtml(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String formEncode(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static JsonNode parseJson(HttpResponse<String> response) throws TokenFlowException {
        try {
            return JsonMapper.shared().readTree(response.body());
        } catch (JacksonException e) {
            throw new TokenFlowException("token endpoint answered HTTP " + response.statusCode()
                    + " with a body that is not JSON" + describe(response));
        }
    }

    private static String describe(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        return body.isEmpty() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }

    private static String stripTrailingSlash(URI base) {
        if (base.getScheme() == null || base.getHost() == null) {
            throw new IllegalArgumentException("base URL must be absolute, e.g. http://localhost:8080: " + base);
        }
        String text = base.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
