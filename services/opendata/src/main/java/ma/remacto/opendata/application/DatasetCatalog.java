package ma.remacto.opendata.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.remacto.opendata.domain.Dataset;
import ma.remacto.opendata.domain.DatasetKind;
import ma.remacto.opendata.domain.Publisher;
import ma.remacto.opendata.domain.Resource;
import ma.remacto.opendata.domain.TableSchema;

/**
 * The catalogue as every way of reading it (the service's own API, the CKAN Action API, DCAT, the public pages)
 * sees it: datasets with their metadata and resources, and their publishers. Kept from the other services' events.
 */
public interface DatasetCatalog {

    /** Every dataset, by name. */
    List<Dataset> datasets();

    Optional<Dataset> dataset(String nameOrId);

    Optional<Resource> resource(String id);

    /** Every publisher that has at least one dataset, by slug. */
    List<Publisher> publishers();

    Optional<Publisher> publisher(String slugOrId);

    /** The columns of a kind's rows. */
    TableSchema schema(DatasetKind kind);

    /** The first rows of a dataset in primary-key order (a preview), each a column name → value map. */
    List<Map<String, Object>> firstRows(String datasetName, int limit);
}
