package ma.remacto.opendata.api.ckan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import ma.remacto.opendata.application.DatasetCatalog;
import ma.remacto.opendata.application.ckan.CkanError;
import ma.remacto.opendata.application.ckan.CkanParams;
import ma.remacto.opendata.application.ckan.PackageSearch;
import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.DatasetKind;
import ma.remacto.opendata.domain.Publisher;
import ma.remacto.opendata.domain.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * The read-only part of CKAN's Action API ({@code /api/3/action/NAME}, {@code /api/action/NAME}), GET with query
 * parameters or POST with a JSON (or form) body, answered in CKAN's envelope with CKAN 2.9's statuses: see
 * {@link CkanError}. Unknown parameters are ignored, as CKAN does.
 */
@RestController
public class CkanActionController {

    static final String CKAN_VERSION = "2.9.11";

    private final DatasetCatalog catalog;
    private final ObjectMapper json;

    public CkanActionController(DatasetCatalog catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @RequestMapping(path = {"/api/3/action/{action}", "/api/action/{action}"},
            method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<Map<String, Object>> action(@PathVariable String action, HttpServletRequest request) {
        String baseUrl = PublicBaseUrl.of(request);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("help", baseUrl + "/api/3/action/help_show?name=" + (action.matches("[a-z_]{1,64}") ? action : ""));
        try {
            Object result = run(action, new CkanParams(parameters(request)), baseUrl);
            envelope.put("success", true);
            envelope.put("result", result);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(envelope);
        } catch (CkanError error) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("__type", error.type());
            body.put("message", error.getMessage());
            body.putAll(error.fields());
            envelope.put("success", false);
            envelope.put("error", body);
            return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(envelope);
        }
    }

    private Object run(String action, CkanParams params, String baseUrl) {
        return switch (action) {
            case "status_show" -> status(baseUrl);
            case "site_read" -> true;
            case "package_list" -> packageList(params);
            case "package_show" -> packageDict(dataset(params), baseUrl, publishers());
            case "package_search" -> packageSearch(params, baseUrl);
            case "current_package_list_with_resources" -> currentPackages(params, baseUrl);
            case "organization_list" -> organizationList(params);
            case "organization_show" -> organizationShow(params, baseUrl);
            case "group_list" -> groupList(params);
            case "group_show" -> groupShow(params);
            case "resource_show" -> resourceShow(params, baseUrl);
            case "tag_list" -> tagList(params);
            case "license_list" -> List.of(license());
            default -> throw CkanError.badRequest("Action name not known: " + action);
        };
    }

    private Map<String, Object> status(String baseUrl) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("site_title", "REMACTO - البيانات المفتوحة / Données ouvertes");
        status.put("site_url", baseUrl);
        status.put("site_description", CkanViews.NETWORK_NAME.ar() + " - " + CkanViews.NETWORK_NAME.fr());
        status.put("error_emails_to", null);
        status.put("locale_default", "ar");
        status.put("extensions", List.of("dcat", "fluent"));
        status.put("ckan_version", CKAN_VERSION);
        return status;
    }

    private List<String> packageList(CkanParams params) {
        Integer limit = params.natural("limit", null, Integer.MAX_VALUE);
        int offset = params.natural("offset", 0, Integer.MAX_VALUE);
        params.check();
        return page(catalog.datasets().stream().map(Dataset::name).sorted().toList(), offset, limit);
    }

    private Dataset dataset(CkanParams params) {
        String id = required(params, "id");
        return catalog.dataset(id).orElseThrow(() -> CkanError.notFound("dataset " + id));
    }

    private Map<String, Object> packageSearch(CkanParams params, String baseUrl) {
        int rows = params.natural("rows", PackageSearch.DEFAULT_ROWS, PackageSearch.MAX_ROWS);
        int start = params.natural("start", 0, Integer.MAX_VALUE);
        int facetLimit = facetLimit(params);
        int facetMincount = params.natural("facet.mincount", 1, Integer.MAX_VALUE);
        List<String> facetFields = params.list("facet.field", this::jsonList);
        boolean facets = params.bool("facet", true);
        params.check();
        PackageSearch.Result result = PackageSearch.search(catalog.datasets(), new PackageSearch.Query(
                params.text("q", "*:*"), params.text("fq", ""), params.text("sort", null), rows, start,
                facets ? facetFields : List.of(), facetLimit, facetMincount));
        Function<String, Publisher> publishers = publishers();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", result.count());
        out.put("sort", result.sort());
        Map<String, Object> plain = new LinkedHashMap<>();
        Map<String, Object> searchFacets = new LinkedHashMap<>();
        result.facets().forEach((field, items) -> {
            Map<String, Object> counts = new LinkedHashMap<>();
            List<Map<String, Object>> list = new ArrayList<>();
            for (PackageSearch.FacetItem item : items) {
                counts.put(item.name(), item.count());
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("name", item.name());
                one.put("display_name", displayName(field, item.name(), publishers));
                one.put("count", item.count());
                list.add(one);
            }
            plain.put(field, counts);
            searchFacets.put(field, Map.of("title", field, "items", list));
        });
        out.put("facets", plain);
        out.put("results", result.results().stream().map(d -> packageDict(d, baseUrl, publishers)).toList());
        out.put("search_facets", searchFacets);
        return out;
    }

    private int facetLimit(CkanParams params) {
        if ("-1".equals(params.text("facet.limit", null))) {
            return -1;
        }
        return params.natural("facet.limit", 50, Integer.MAX_VALUE);
    }

    private String displayName(String field, String name, Function<String, Publisher> publishers) {
        if (field.equals("organization") || field.equals("owner_org")) {
            Publisher publisher = publishers.apply(name);
            if (publisher != null && publisher.name() != null) {
                return publisher.name().ar();
            }
            return Dataset.NETWORK.equals(name) ? CkanViews.NETWORK_NAME.ar() : name;
        }
        if (field.equals("groups")) {
            for (DatasetKind kind : DatasetKind.values()) {
                if (CkanViews.group(kind).equals(name)) {
                    return CkanViews.groupTitle(kind).ar();
                }
            }
        }
        if (field.equals("license_id") && Dataset.LICENSE.equals(name)) {
            return Dataset.LICENSE_TITLE;
        }
        return name;
    }

    private List<Map<String, Object>> currentPackages(CkanParams params, String baseUrl) {
        Integer limit = params.natural("limit", null, Integer.MAX_VALUE);
        int offset = params.natural("offset", 0, Integer.MAX_VALUE);
        params.check();
        Function<String, Publisher> publishers = publishers();
        List<Dataset> recent = catalog.datasets().stream()
                .sorted(Comparator.comparing(Dataset::modified, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Dataset::id))
                .toList();
        return page(recent, offset, limit).stream().map(d -> packageDict(d, baseUrl, publishers)).toList();
    }

    private List<?> organizationList(CkanParams params) {
        boolean allFields = params.bool("all_fields", false);
        Integer limit = params.natural("limit", null, Integer.MAX_VALUE);
        int offset = params.natural("offset", 0, Integer.MAX_VALUE);
        params.check();
        List<Publisher> publishers = catalog.publishers().stream().sorted(Comparator.comparing(Publisher::slug)).toList();
        List<Publisher> page = page(publishers, offset, limit);
        return allFields ? page.stream().map(CkanViews::organizationDict).toList()
                : page.stream().map(Publisher::slug).toList();
    }

    private Map<String, Object> organizationShow(CkanParams params, String baseUrl) {
        String id = required(params, "id");
        boolean withDatasets = params.bool("include_datasets", false);
        params.check();
        Publisher publisher = catalog.publisher(id).orElseThrow(() -> CkanError.notFound("organization " + id));
        Map<String, Object> dict = CkanViews.organizationDict(publisher);
        if (withDatasets) {
            Function<String, Publisher> publishers = publishers();
            dict.put("packages", catalog.datasets().stream()
                    .filter(d -> CkanViews.organizationName(d).equals(publisher.slug()))
                    .map(d -> packageDict(d, baseUrl, publishers)).toList());
        }
        return dict;
    }

    private List<?> groupList(CkanParams params) {
        boolean allFields = params.bool("all_fields", false);
        params.check();
        Map<DatasetKind, Long> counts = groupCounts();
        List<DatasetKind> kinds = counts.keySet().stream().sorted(Comparator.comparing(CkanViews::group)).toList();
        return allFields ? kinds.stream().map(kind -> CkanViews.groupDict(kind, counts.get(kind), true)).toList()
                : kinds.stream().map(CkanViews::group).toList();
    }

    private Map<String, Object> groupShow(CkanParams params) {
        String id = required(params, "id");
        Map<DatasetKind, Long> counts = groupCounts();
        return counts.keySet().stream().filter(kind -> CkanViews.group(kind).equals(id.toLowerCase(Locale.ROOT)))
                .findFirst().map(kind -> CkanViews.groupDict(kind, counts.get(kind), true))
                .orElseThrow(() -> CkanError.notFound("group " + id));
    }

    private Map<DatasetKind, Long> groupCounts() {
        Map<DatasetKind, Long> counts = new LinkedHashMap<>();
        catalog.datasets().forEach(d -> counts.merge(d.kind(), 1L, Long::sum));
        return counts;
    }

    private Map<String, Object> resourceShow(CkanParams params, String baseUrl) {
        String id = required(params, "id");
        Resource resource = catalog.resource(id).orElseThrow(() -> CkanError.notFound("resource " + id));
        Dataset dataset = catalog.dataset(resource.datasetName()).orElse(null);
        return CkanViews.resourceDict(resource, dataset, baseUrl);
    }

    private List<String> tagList(CkanParams params) {
        String query = params.text("query", params.text("q", "")).toLowerCase(Locale.ROOT);
        TreeSet<String> tags = new TreeSet<>();
        catalog.datasets().forEach(d -> d.tags().stream().filter(t -> t.toLowerCase(Locale.ROOT).contains(query))
                .forEach(tags::add));
        return List.copyOf(tags);
    }

    private static Map<String, Object> license() {
        Map<String, Object> license = new LinkedHashMap<>();
        license.put("id", Dataset.LICENSE);
        license.put("title", Dataset.LICENSE_TITLE);
        license.put("url", Dataset.LICENSE_URL);
        license.put("status", "active");
        license.put("od_conformance", "approved");
        license.put("osd_conformance", "not reviewed");
        license.put("domain_content", false);
        license.put("domain_data", true);
        license.put("domain_software", false);
        license.put("is_generic", false);
        return license;
    }

    private Map<String, Object> packageDict(Dataset dataset, String baseUrl, Function<String, Publisher> publishers) {
        return CkanViews.packageDict(dataset, baseUrl, publishers);
    }

    /** Publishers by slug, read once per request. */
    private Function<String, Publisher> publishers() {
        Map<String, Publisher> bySlug = new LinkedHashMap<>();
        catalog.publishers().forEach(p -> bySlug.put(p.slug(), p));
        return bySlug::get;
    }

    private static String required(CkanParams params, String name) {
        String value = params.text(name, "").trim();
        if (value.isEmpty()) {
            throw CkanError.validation(name, "Missing value");
        }
        return value;
    }

    private static <T> List<T> page(List<T> all, int offset, Integer limit) {
        int from = Math.min(offset, all.size());
        int to = limit == null ? all.size() : (int) Math.min((long) from + limit, all.size());
        return all.subList(from, to);
    }

    private List<String> jsonList(String text) {
        try {
            Object parsed = json.readValue(text, Object.class);
            if (parsed instanceof List<?> list) {
                return list.stream().map(String::valueOf).toList();
            }
            return null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Query parameters, then a JSON object body (POST) over them; a form body arrives as parameters. */
    private Map<String, Object> parameters(HttpServletRequest request) {
        Map<String, Object> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) ->
                values.put(name, given.length == 1 ? given[0] : List.of(given)));
        String contentType = request.getContentType();
        if ("POST".equals(request.getMethod()) && contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            byte[] body;
            try {
                body = request.getInputStream().readAllBytes();
            } catch (IOException e) {
                throw CkanError.badRequest("JSON Error: could not read the body");
            }
            if (body.length > 0 && !new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                Object parsed;
                try {
                    parsed = json.readValue(body, Object.class);
                } catch (JacksonException e) {
                    throw CkanError.badRequest("JSON Error: Error decoding JSON data. No valid JSON object found");
                }
                if (!(parsed instanceof Map<?, ?> map)) {
                    throw CkanError.badRequest("JSON Error: Request data JSON decoded to a non-dictionary");
                }
                map.forEach((k, v) -> values.put(String.valueOf(k), v));
            }
        }
        return values;
    }
}
