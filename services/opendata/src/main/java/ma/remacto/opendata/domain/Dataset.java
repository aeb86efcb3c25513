package ma.remacto.opendata.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One dataset of the catalogue: a kind of public record (ideas, projects, activities, consultations, meetings,
 * petitions, statistics), network-wide or for one member, with the metadata CKAN and DCAT need.
 *
 * @param name              CKAN name: lower case, digits, hyphens, unique, stable ({@code ideas-larache},
 *                          {@code projects-network})
 * @param id                stable UUID-like id (CKAN's {@code id}); harvesters page by it
 * @param kind              {@link DatasetKind}
 * @param publisherSlug     the member publishing it, or null for the network (then the network's organisation)
 * @param regionSlug        the publisher's region (null for the network), for regional portals
 * @param license           {@code odc-odbl} (ODbL 1.0, as data.gov.ma uses)
 * @param frequency         update frequency (DCAT / EU vocabulary): {@code CONT} (continuously: fed by events)
 * @param temporalStart     earliest date of its rows (null when empty)
 * @param temporalEnd       latest date of its rows
 * @param spatial           the territory: the member's slug, or {@code MA} for the network
 * @param rows              how many rows it holds now
 * @param tags              keywords (Arabic and French)
 * @param created           when it first received a row
 * @param modified          when a row last changed (CKAN's {@code metadata_modified}, HTTP {@code Last-Modified})
 */
public record Dataset(String name, String id, DatasetKind kind, LocalizedText title, LocalizedText description,
        String publisherSlug, LocalizedText publisherName, String regionSlug, String license, String frequency,
        LocalDate temporalStart, LocalDate temporalEnd, String spatial, long rows, List<String> tags,
        List<Resource> resources, Instant created, Instant modified) {

    public static final String LICENSE = "odc-odbl";
    public static final String LICENSE_TITLE = "Open Data Commons Open Database License (ODbL)";
    public static final String LICENSE_URL = "https://opendatacommons.org/licenses/odbl/1-0/";
    public static final String NETWORK = "remacto";

    public Dataset {
        tags = tags == null ? List.of() : List.copyOf(tags);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
