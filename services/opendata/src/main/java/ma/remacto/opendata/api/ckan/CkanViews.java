package ma.remacto.opendata.api.ckan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.DatasetKind;
import ma.remacto.opendata.domain.LocalizedText;
import ma.remacto.opendata.domain.Publisher;
import ma.remacto.opendata.domain.Resource;

/**
 * Datasets, resources, organisations and groups as CKAN 2.9 dictionaries: CKAN's field names and types, dates as
 * CKAN writes them (UTC, no zone, microseconds), titles in Arabic with {@code title_translated} {ar, fr} as
 * ckanext-fluent does, absolute resource URLs from the public base URL.
 */
public final class CkanViews {

    private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    /** The network's own organisation (datasets with no member publisher). */
    public static final LocalizedText NETWORK_NAME = new LocalizedText("الشبكة المغربية للجماعات الترابية المنفتحة",
            "Réseau marocain des collectivités territoriales ouvertes");

    private CkanViews() {
    }

    public static String time(Instant instant) {
        return instant == null ? null : CKAN_TIME.format(instant);
    }

    public static String organizationName(Dataset dataset) {
        return dataset.publisherSlug() == null ? Dataset.NETWORK : dataset.publisherSlug();
    }

    public static String group(DatasetKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    public static LocalizedText groupTitle(DatasetKind kind) {
        return switch (kind) {
            case IDEAS -> new LocalizedText("الأفكار", "Idées");
            case PROJECTS -> new LocalizedText("المشاريع", "Projets");
            case ACTIVITIES -> new LocalizedText("الأنشطة", "Activités");
            case PLANS -> new LocalizedText("برامج العمل", "Programmes d'action");
            case CONSULTATIONS -> new LocalizedText("الاستشارات", "Consultations");
            case MEETINGS -> new LocalizedText("الاجتماعات", "Réunions");
            case PETITIONS -> new LocalizedText("العرائض", "Pétitions");
            case STATISTICS -> new LocalizedText("الإحصائيات", "Statistiques");
        };
    }

    public static Map<String, Object> packageDict(Dataset dataset, String baseUrl, Function<String, Publisher> publishers) {
        Map<String, Object> dict = new LinkedHashMap<>();
        String org = organizationName(dataset);
        Publisher publisher = publishers.apply(org);
        dict.put("id", dataset.id());
        dict.put("name", dataset.name());
        dict.put("title", ar(dataset.title()));
        dict.put("title_translated", translated(dataset.title()));
        dict.put("notes", ar(dataset.description()));
        dict.put("notes_translated", translated(dataset.description()));
        dict.put("url", baseUrl + "/datasets/" + dataset.name());
        dict.put("version", null);
        dict.put("author", ar(publisherName(dataset, publisher)));
        dict.put("author_email", null);
        dict.put("maintainer", "REMACTO");
        dict.put("maintainer_email", null);
        dict.put("license_id", license(dataset));
        dict.put("license_title", Dataset.LICENSE_TITLE);
        dict.put("license_url", Dataset.LICENSE_URL);
        dict.put("isopen", true);
        dict.put("state", "active");
        dict.put("private", false);
        dict.put("type", "dataset");
        dict.put("owner_org", publisher != null ? publisher.id() : org);
        dict.put("organization", organizationDict(org, publisher, publisherName(dataset, publisher), dataset.created()));
        dict.put("metadata_created", time(dataset.created()));
        dict.put("metadata_modified", time(dataset.modified()));
        dict.put("creator_user_id", null);
        dict.put("num_resources", dataset.resources().size());
        dict.put("num_tags", dataset.tags().size());
        List<Map<String, Object>> tags = new ArrayList<>();
        for (String tag : dataset.tags()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", tag);
            t.put("display_name", tag);
            t.put("state", "active");
            t.put("vocabulary_id", null);
            tags.add(t);
        }
        dict.put("tags", tags);
        dict.put("groups", List.of(groupDict(dataset.kind(), -1, false)));
        List<Map<String, Object>> extras = new ArrayList<>();
        extra(extras, "spatial", dataset.spatial());
        extra(extras, "region", dataset.regionSlug());
        extra(extras, "temporal_start", date(dataset.temporalStart()));
        extra(extras, "temporal_end", date(dataset.temporalEnd()));
        extra(extras, "frequency", dataset.frequency());
        extra(extras, "language", "ar,fr");
        extra(extras, "title_fr", dataset.title() == null ? null : dataset.title().fr());
        extra(extras, "notes_fr", dataset.description() == null ? null : dataset.description().fr());
        extra(extras, "rows", String.valueOf(dataset.rows()));
        dict.put("extras", extras);
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Resource resource : dataset.resources()) {
            resources.add(resourceDict(resource, dataset, baseUrl));
        }
        dict.put("resources", resources);
        dict.put("relationships_as_object", List.of());
        dict.put("relationships_as_subject", List.of());
        return dict;
    }

    public static Map<String, Object> resourceDict(Resource resource, Dataset dataset, String baseUrl) {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("id", resource.id());
        dict.put("package_id", dataset == null ? null : dataset.id());
        dict.put("url", absolute(baseUrl, resource.path()));
        dict.put("name", ar(resource.name()));
        dict.put("name_translated", translated(resource.name()));
        dict.put("description", resource.name() == null ? "" : resource.name().fr());
        dict.put("format", resource.format());
        dict.put("mimetype", resource.mediaType());
        dict.put("size", null);
        dict.put("hash", "");
        dict.put("created", time(resource.created()));
        dict.put("last_modified", time(resource.lastModified()));
        dict.put("metadata_modified", time(resource.lastModified()));
        dict.put("position", resource.position());
        dict.put("url_type", null);
        dict.put("resource_type", null);
        dict.put("state", "active");
        return dict;
    }

    public static Map<String, Object> organizationDict(String slug, Publisher publisher, LocalizedText name, Instant created) {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("id", publisher != null ? publisher.id() : slug);
        dict.put("name", slug);
        dict.put("title", ar(name));
        dict.put("title_translated", translated(name));
        dict.put("type", "organization");
        dict.put("description", name == null ? "" : name.fr());
        dict.put("image_url", "");
        dict.put("created", time(created));
        dict.put("is_organization", true);
        dict.put("approval_status", "approved");
        dict.put("state", "active");
        return dict;
    }

    public static Map<String, Object> organizationDict(Publisher publisher) {
        LocalizedText name = publisher.name() != null ? publisher.name()
                : Dataset.NETWORK.equals(publisher.slug()) ? NETWORK_NAME : new LocalizedText(publisher.slug(), null);
        Map<String, Object> dict = organizationDict(publisher.slug(), publisher, name, null);
        dict.put("package_count", publisher.datasets());
        dict.put("publisher_kind", publisher.kind());
        dict.put("region", publisher.regionSlug());
        return dict;
    }

    public static Map<String, Object> groupDict(DatasetKind kind, long packageCount, boolean full) {
        Map<String, Object> dict = new LinkedHashMap<>();
        LocalizedText title = groupTitle(kind);
        dict.put("id", group(kind));
        dict.put("name", group(kind));
        dict.put("title", title.ar());
        dict.put("display_name", title.ar());
        dict.put("title_translated", translated(title));
        dict.put("description", title.fr());
        dict.put("image_display_url", "");
        if (full) {
            dict.put("type", "group");
            dict.put("is_organization", false);
            dict.put("state", "active");
            dict.put("approval_status", "approved");
            dict.put("package_count", packageCount);
        }
        return dict;
    }

    static LocalizedText publisherName(Dataset dataset, Publisher publisher) {
        if (dataset.publisherName() != null) {
            return dataset.publisherName();
        }
        if (publisher != null && publisher.name() != null) {
            return publisher.name();
        }
        return dataset.publisherSlug() == null ? NETWORK_NAME : new LocalizedText(dataset.publisherSlug(), null);
    }

    public static String license(Dataset dataset) {
        return dataset.license() == null ? Dataset.LICENSE : dataset.license();
    }

    public static String absolute(String baseUrl, String path) {
        if (path == null) {
            return null;
        }
        return path.startsWith("http://") || path.startsWith("https://") ? path
                : baseUrl + (path.startsWith("/") ? "" : "/") + path;
    }

    private static void extra(List<Map<String, Object>> extras, String key, String value) {
        if (value != null && !value.isBlank()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("key", key);
            e.put("value", value);
            extras.add(e);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String ar(LocalizedText text) {
        return text == null ? "" : text.ar();
    }

    private static Map<String, Object> translated(LocalizedText text) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ar", text == null ? "" : text.ar());
        map.put("fr", text == null || text.fr() == null ? "" : text.fr());
        return map;
    }
}
