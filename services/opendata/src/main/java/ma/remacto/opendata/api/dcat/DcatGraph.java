package ma.remacto.opendata.api.dcat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.remacto.opendata.api.ckan.CkanViews;
import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.LocalizedText;
import ma.remacto.opendata.domain.Resource;

/**
 * The catalogue as DCAT-AP 3 in JSON-LD (compact IRIs over the prefixes of {@link #CONTEXT}): a
 * {@code dcat:Catalog} with its datasets and their distributions, paged with Hydra as ckanext-dcat does.
 */
public final class DcatGraph {

    public static final int PAGE_SIZE = 100;

    public static final Map<String, String> CONTEXT = context();

    static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";
    static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/";
    static final String COUNTRY_MA = "http://publications.europa.eu/resource/authority/country/MAR";
    static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    private final String baseUrl;
    private final String contactEmail;

    public DcatGraph(String baseUrl, String contactEmail) {
        this.baseUrl = baseUrl;
        this.contactEmail = contactEmail;
    }

    private static Map<String, String> context() {
        Map<String, String> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("hydra", "http://www.w3.org/ns/hydra/core#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        return java.util.Collections.unmodifiableMap(context);
    }

    /** One page (from 1) of the catalogue: the catalogue node with that page's datasets, and the Hydra paging node. */
    public Map<String, Object> catalog(List<Dataset> all, int page, String extension) {
        int total = all.size();
        int last = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int from = Math.min((page - 1) * PAGE_SIZE, total);
        List<Dataset> slice = all.subList(from, Math.min(from + PAGE_SIZE, total));
        String catalogIri = baseUrl + "/catalog." + extension;

        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@id", baseUrl + "/catalog");
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", texts(CkanViews.NETWORK_NAME));
        catalog.put("dct:description", texts(new LocalizedText(
                "البيانات المفتوحة للشبكة المغربية للجماعات الترابية المنفتحة وأعضائها",
                "Les données ouvertes du réseau marocain des collectivités territoriales ouvertes et de ses membres")));
        catalog.put("dct:publisher", agent(Dataset.NETWORK, CkanViews.NETWORK_NAME));
        catalog.put("dct:license", iri(Dataset.LICENSE_URL));
        catalog.put("dct:language", List.of(iri(LANGUAGE + "ARA"), iri(LANGUAGE + "FRA")));
        catalog.put("dct:spatial", iri(COUNTRY_MA));
        catalog.put("foaf:homepage", iri(baseUrl + "/datasets"));
        all.stream().map(Dataset::modified).filter(java.util.Objects::nonNull).max(Instant::compareTo)
                .ifPresent(modified -> catalog.put("dct:modified", dateTime(modified)));
        catalog.put("dcat:dataset", slice.stream().map(this::dataset).toList());

        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("@id", catalogIri + "?page=" + page);
        paging.put("@type", List.of("hydra:PagedCollection", "hydra:PartialCollectionView"));
        paging.put("hydra:totalItems", typed(String.valueOf(total), "xsd:integer"));
        paging.put("hydra:itemsPerPage", typed(String.valueOf(PAGE_SIZE), "xsd:integer"));
        paging.put("hydra:firstPage", catalogIri + "?page=1");
        paging.put("hydra:lastPage", catalogIri + "?page=" + last);
        paging.put("hydra:first", iri(catalogIri + "?page=1"));
        paging.put("hydra:last", iri(catalogIri + "?page=" + last));
        if (page < last) {
            paging.put("hydra:nextPage", catalogIri + "?page=" + (page + 1));
            paging.put("hydra:next", iri(catalogIri + "?page=" + (page + 1)));
        }
        if (page > 1) {
            paging.put("hydra:previousPage", catalogIri + "?page=" + (page - 1));
            paging.put("hydra:previous", iri(catalogIri + "?page=" + (page - 1)));
        }
        return document(List.of(catalog, paging));
    }

    public Map<String, Object> datasetDocument(Dataset dataset) {
        return document(List.of(dataset(dataset)));
    }

    private static Map<String, Object> document(List<Object> graph) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", CONTEXT);
        document.put("@graph", graph);
        return document;
    }

    public Map<String, Object> dataset(Dataset dataset) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", baseUrl + "/dataset/" + dataset.name());
        node.put("@type", "dcat:Dataset");
        node.put("dct:identifier", dataset.id());
        node.put("dct:title", texts(dataset.title()));
        node.put("dct:description", texts(dataset.description()));
        node.put("dct:publisher", agent(CkanViews.organizationName(dataset),
                dataset.publisherName() != null ? dataset.publisherName()
                        : dataset.publisherSlug() == null ? CkanViews.NETWORK_NAME : new LocalizedText(dataset.publisherSlug(), null)));
        node.put("dcat:contactPoint", contact());
        node.put("dct:license", iri(Dataset.LICENSE_URL));
        node.put("dct:accrualPeriodicity", iri(FREQUENCY + (dataset.frequency() == null ? "CONT" : dataset.frequency())));
        if (dataset.temporalStart() != null || dataset.temporalEnd() != null) {
            Map<String, Object> period = new LinkedHashMap<>();
            period.put("@type", "dct:PeriodOfTime");
            if (dataset.temporalStart() != null) {
                period.put("dcat:startDate", date(dataset.temporalStart()));
            }
            if (dataset.temporalEnd() != null) {
                period.put("dcat:endDate", date(dataset.temporalEnd()));
            }
            node.put("dct:temporal", period);
        }
        if (dataset.spatial() == null || dataset.spatial().equals("MA")) {
            node.put("dct:spatial", iri(COUNTRY_MA));
        } else {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("@type", "dct:Location");
            location.put("dct:identifier", dataset.spatial());
            node.put("dct:spatial", location);
        }
        node.put("dcat:keyword", dataset.tags());
        node.put("dcat:theme", iri(baseUrl + "/group/" + CkanViews.group(dataset.kind())));
        node.put("dct:language", List.of(iri(LANGUAGE + "ARA"), iri(LANGUAGE + "FRA")));
        node.put("dcat:landingPage", iri(baseUrl + "/datasets/" + dataset.name()));
        if (dataset.created() != null) {
            node.put("dct:issued", dateTime(dataset.created()));
        }
        if (dataset.modified() != null) {
            node.put("dct:modified", dateTime(dataset.modified()));
        }
        List<Object> distributions = new ArrayList<>();
        for (Resource resource : dataset.resources()) {
            distributions.add(distribution(dataset, resource));
        }
        node.put("dcat:distribution", distributions);
        return node;
    }

    private Map<String, Object> distribution(Dataset dataset, Resource resource) {
        String url = CkanViews.absolute(baseUrl, resource.path());
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", baseUrl + "/dataset/" + dataset.name() + "/resource/" + resource.id());
        node.put("@type", "dcat:Distribution");
        node.put("dct:identifier", resource.id());
        node.put("dct:title", texts(resource.name()));
        node.put("dcat:accessURL", iri(url));
        node.put("dcat:downloadURL", iri(url));
        node.put("dct:format", iri(FILE_TYPE + fileType(resource.format())));
        if (resource.mediaType() != null) {
            node.put("dcat:mediaType", iri(MEDIA_TYPES + resource.mediaType()));
        }
        node.put("dct:license", iri(Dataset.LICENSE_URL));
        if (resource.created() != null) {
            node.put("dct:issued", dateTime(resource.created()));
        }
        if (resource.lastModified() != null) {
            node.put("dct:modified", dateTime(resource.lastModified()));
        }
        return node;
    }

    static String fileType(String format) {
        String upper = format == null ? "" : format.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "CSV" -> "CSV";
            case "JSON", "DATAPACKAGE" -> "JSON";
            default -> upper.isEmpty() ? "BIN" : upper;
        };
    }

    private Map<String, Object> agent(String slug, LocalizedText name) {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("@id", baseUrl + "/organization/" + slug);
        agent.put("@type", "foaf:Agent");
        agent.put("foaf:name", texts(name));
        return agent;
    }

    private Map<String, Object> contact() {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("@type", "vcard:Organization");
        contact.put("vcard:fn", "REMACTO");
        contact.put("vcard:hasEmail", iri("mailto:" + contactEmail));
        return contact;
    }

    static Map<String, Object> iri(String iri) {
        return Map.of("@id", iri);
    }

    static List<Object> texts(LocalizedText text) {
        List<Object> texts = new ArrayList<>();
        if (text == null) {
            return texts;
        }
        if (text.ar() != null && !text.ar().isBlank()) {
            texts.add(Map.of("@value", text.ar(), "@language", "ar"));
        }
        if (text.fr() != null && !text.fr().isBlank()) {
            texts.add(Map.of("@value", text.fr(), "@language", "fr"));
        }
        return texts;
    }

    static Map<String, Object> typed(String value, String type) {
        Map<String, Object> literal = new LinkedHashMap<>();
        literal.put("@value", value);
        literal.put("@type", type);
        return literal;
    }

    static Map<String, Object> dateTime(Instant instant) {
        return typed(DateTimeFormatter.ISO_INSTANT.format(instant), "xsd:dateTime");
    }

    static Map<String, Object> date(LocalDate date) {
        return typed(date.toString(), "xsd:date");
    }
}
