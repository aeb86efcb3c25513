package ma.remacto.opendata.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.LocalizedText;
import ma.remacto.opendata.domain.Resource;
import ma.remacto.opendata.domain.TableSchema;

/** A dataset as the datasets API shows it; {@code schema} only on the one-dataset answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetView(String name, String id, String kind, LocalizedText title, LocalizedText description,
        PublisherView publisher, String region, String license, String licenseTitle, String licenseUrl, String frequency,
        Temporal temporal, String spatial, long rows, List<String> tags, List<ResourceView> resources, Instant created,
        Instant modified, TableSchema schema) {

    /** @param slug the member, or {@code remacto} for the network */
    public record PublisherView(String slug, LocalizedText name) {
    }

    public record Temporal(LocalDate start, LocalDate end) {
    }

    public record ResourceView(String id, String format, LocalizedText name, String path, String mediaType,
            Instant lastModified) {
    }

    public static DatasetView of(Dataset d, TableSchema schema) {
        return new DatasetView(d.name(), d.id(), d.kind().name(), d.title(), d.description(),
                new PublisherView(d.publisherSlug() == null ? Dataset.NETWORK : d.publisherSlug(), d.publisherName()),
                d.regionSlug(), d.license(), Dataset.LICENSE_TITLE, Dataset.LICENSE_URL, d.frequency(),
                new Temporal(d.temporalStart(), d.temporalEnd()), d.spatial(), d.rows(), d.tags(),
                d.resources().stream().map(DatasetView::resource).toList(), d.created(), d.modified(), schema);
    }

    private static ResourceView resource(Resource r) {
        return new ResourceView(r.id(), r.format(), r.name(), r.path(), r.mediaType(), r.lastModified());
    }
}
