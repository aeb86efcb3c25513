package ma.remacto.opendata.api.dcat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ma.remacto.opendata.api.ckan.CkanViews;
import ma.remacto.opendata.api.ckan.PublicBaseUrl;
import ma.remacto.opendata.application.DatasetCatalog;
import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.Resource;
import ma.remacto.platform.problems.FieldProblem;
import ma.remacto.platform.problems.ProblemException;
import tools.jackson.databind.ObjectMapper;

/**
 * DCAT catalogs at ckanext-dcat's addresses: {@code /catalog.jsonld} and {@code /catalog.ttl} (DCAT-AP 3, paged with
 * Hydra, 100 datasets a page, {@code ?page=N} from 1), {@code /dataset/{name}.jsonld} / {@code .ttl}, and
 * {@code /data.json} (DCAT-US 1.1, Project Open Data, the whole catalogue).
 */
@RestController
public class DcatController {

    public static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    public static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");

    private final DatasetCatalog catalog;
    private final ObjectMapper json;
    private final String contactEmail;

    public DcatController(DatasetCatalog catalog, ObjectMapper json,
            @Value("${remacto.opendata.contact-email:opendata@remacto.ma}") String contactEmail) {
        this.catalog = catalog;
        this.json = json;
        this.contactEmail = contactEmail;
    }

    @GetMapping("/catalog.jsonld")
    public ResponseEntity<String> catalogJsonLd(@RequestParam(required = false) String page, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(JSON_LD).body(json.writeValueAsString(catalog(page, request, "jsonld")));
    }

    @GetMapping("/catalog.ttl")
    public ResponseEntity<String> catalogTurtle(@RequestParam(required = false) String page, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(TURTLE).body(TurtleWriter.write(catalog(page, request, "ttl")));
    }

    @GetMapping("/dataset/{name}.jsonld")
    public ResponseEntity<String> datasetJsonLd(@PathVariable String name, HttpServletRequest request) {
        Dataset dataset = dataset(name);
        return ResponseEntity.ok().contentType(JSON_LD)
                .body(json.writeValueAsString(graph(request).datasetDocument(dataset)));
    }

    @GetMapping("/dataset/{name}.ttl")
    public ResponseEntity<String> datasetTurtle(@PathVariable String name, HttpServletRequest request) {
        Dataset dataset = dataset(name);
        return ResponseEntity.ok().contentType(TURTLE).body(TurtleWriter.write(graph(request).datasetDocument(dataset)));
    }

    @GetMapping("/data.json")
    public ResponseEntity<Map<String, Object>> dataJson(HttpServletRequest request) {
        String baseUrl = PublicBaseUrl.of(request);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@context", "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld");
        out.put("@id", baseUrl + "/data.json");
        out.put("@type", "dcat:Catalog");
        out.put("conformsTo", "https://project-open-data.cio.gov/v1.1/schema");
        out.put("describedBy", "https://project-open-data.cio.gov/v1.1/schema/catalog.json");
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (Dataset dataset : sorted()) {
            datasets.add(usDataset(dataset, baseUrl));
        }
        out.put("dataset", datasets);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out);
    }

    private Map<String, Object> usDataset(Dataset dataset, String baseUrl) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@type", "dcat:Dataset");
        d.put("title", dataset.title() == null ? dataset.name() : dataset.title().ar());
        d.put("description", dataset.description() == null ? "" : dataset.description().ar());
        d.put("keyword", dataset.tags());
        d.put("modified", dataset.modified() == null ? null : dataset.modified().toString());
        d.put("issued", dataset.created() == null ? null : dataset.created().toString());
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "org:Organization");
        publisher.put("name", dataset.publisherName() != null ? dataset.publisherName().ar()
                : dataset.publisherSlug() == null ? CkanViews.NETWORK_NAME.ar() : dataset.publisherSlug());
        d.put("publisher", publisher);
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("@type", "vcard:Contact");
        contact.put("fn", "REMACTO");
        contact.put("hasEmail", "mailto:" + contactEmail);
        d.put("contactPoint", contact);
        d.put("identifier", dataset.id());
        d.put("accessLevel", "public");
        d.put("license", Dataset.LICENSE_URL);
        d.put("rights", null);
        d.put("spatial", dataset.spatial() == null ? "MA" : dataset.spatial());
        if (dataset.temporalStart() != null && dataset.temporalEnd() != null) {
            d.put("temporal", dataset.temporalStart() + "/" + dataset.temporalEnd());
        }
        d.put("accrualPeriodicity", "R/PT1S");
        d.put("language", List.of("ar", "fr"));
        d.put("landingPage", baseUrl + "/datasets/" + dataset.name());
        List<Map<String, Object>> distributions = new ArrayList<>();
        for (Resource resource : dataset.resources()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("@type", "dcat:Distribution");
            r.put("title", resource.name() == null ? resource.id() : resource.name().ar());
            r.put("downloadURL", CkanViews.absolute(baseUrl, resource.path()));
            r.put("mediaType", resource.mediaType());
            r.put("format", resource.format());
            distributions.add(r);
        }
        d.put("distribution", distributions);
        d.values().removeIf(java.util.Objects::isNull);
        return d;
    }

    private Map<String, Object> catalog(String page, HttpServletRequest request, String extension) {
        int number = 1;
        if (page != null) {
            if (!page.trim().matches("\\d{1,9}") || Integer.parseInt(page.trim()) < 1) {
                throw ProblemException.invalidInput(List.of(new FieldProblem("page", "paging.page.negative")));
            }
            number = Integer.parseInt(page.trim());
        }
        return graph(request).catalog(sorted(), number, extension);
    }

    /** Stable order for paging: by name, then id. */
    private List<Dataset> sorted() {
        return catalog.datasets().stream()
                .sorted(Comparator.comparing(Dataset::name).thenComparing(Dataset::id)).toList();
    }

    private Dataset dataset(String name) {
        return catalog.dataset(name).orElseThrow(() -> ProblemException.notFound("dataset.not-found", name));
    }

    private DcatGraph graph(HttpServletRequest request) {
        return new DcatGraph(PublicBaseUrl.of(request), contactEmail);
    }
}
