package ma.remacto.opendata.domain;

import java.time.Instant;

/**
 * One download of a dataset (CKAN's resource, DCAT's distribution): the same rows in one format.
 *
 * @param id           stable: {@code <dataset name>-<format>} in lower case, e.g. {@code ideas-larache-csv}
 * @param format       {@code CSV}, {@code JSON} or {@code datapackage} (the Frictionless descriptor)
 * @param path         where it is downloaded, relative to the gateway root, e.g. {@code /api/datasets/ideas-larache/rows.csv}
 * @param mediaType    {@code text/csv}, {@code application/json}, {@code application/vnd.datapackage+json}
 * @param lastModified when its rows last changed
 */
public record Resource(String id, String datasetName, String format, LocalizedText name, String path, String mediaType,
        int position, Instant created, Instant lastModified) {
}
