package ma.remacto.opendata.domain;

/**
 * Who publishes datasets (CKAN's organisation, DCAT's publisher): a member of the network, or the network itself
 * ({@link Dataset#NETWORK}).
 *
 * @param kind REGION, PROVINCE, COMMUNE, or NETWORK
 */
public record Publisher(String slug, String id, LocalizedText name, String kind, String regionSlug, long datasets) {
}
