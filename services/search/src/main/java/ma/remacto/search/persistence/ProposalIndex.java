package ma.remacto.search.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;

import ma.remacto.platform.events.StorageUnavailableException;
import ma.remacto.search.domain.Proposal;

import org.elasticsearch.client.ResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The proposals index: an alias ({@code remacto-proposals}) over one physical index
 * ({@code remacto-proposals-<yyyyMMddHHmmss>}, settings and mapping from {@code elasticsearch/proposals-index.json}).
 * Searches and live writes go through the alias; a rebuild fills a new physical index and swaps the alias.
 *
 * <p>Writes use external versioning (version = the card's version): Elasticsearch keeps a document unless the
 * incoming version is higher, so a late or replayed event never overwrites a newer one; the refusal (409) is
 * reported as {@link WriteOutcome#STALE}, not as an error. Live writes also set {@code require_alias}, so a
 * missing alias never makes Elasticsearch auto-create a concrete index under the alias's name.
 */
@Component
public class ProposalIndex implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(ProposalIndex.class);
    static final String SETTINGS_AND_MAPPING = "elasticsearch/proposals-index.json";
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";

    private final ElasticsearchClient client;
    private final SearchProperties properties;
    private final Clock clock;

    public enum WriteOutcome {
        INDEXED,
        /** The index already holds this version or a newer one. */
        STALE
    }

    public record BulkOutcome(long indexed, long stale) {
    }

    public ProposalIndex(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    public String alias() {
        return properties.alias();
    }

    /** At start-up, before the subscriptions run: the alias and its first index, if absent. */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            LOG.info("Search index alias {} points to {}", alias(), ensureAlias());
        } catch (RuntimeException e) {
            // Not fatal: readiness reports Elasticsearch down, and the first write tries again.
            LOG.warn("Cannot prepare the search index yet: {}", e.toString());
        }
    }

    /**
     * The physical index behind the alias, created (with the alias) when there is none. An existing index gets the
     * fields added to the mapping since it was created (see {@link #extendMapping}).
     */
    public String ensureAlias() {
        Optional<String> current = currentIndex();
        if (current.isPresent()) {
            extendMapping(current.get());
            return current.get();
        }
        String name = newIndexName();
        try {
            client.indices().create(c -> c.index(name).withJson(settingsAndMapping()).aliases(alias(), a -> a));
            LOG.info("Created search index {} behind alias {}", name, alias());
        } catch (ElasticsearchException | IOException e) {
            if (status(e) != 400 || !String.valueOf(e.getMessage()).contains("resource_already_exists_exception")) {
                throw failure("create index " + name, e);
            }
        }
        return converge();
    }

    /**
     * Two replicas starting together may each create an index behind the alias: keep the oldest name, drop the
     * others (nothing was written to them: writes require the alias to resolve to one index).
     */
    private String converge() {
        List<String> indices = new ArrayList<>(new TreeSet<>(aliasIndices()));
        if (indices.isEmpty()) {
            throw new IllegalStateException("alias " + alias() + " vanished while it was being created");
        }
        String keep = indices.getFirst();
        for (String extra : indices.subList(1, indices.size())) {
            LOG.warn("Alias {} also pointed to {}; keeping {}", alias(), extra, keep);
            try {
                client.indices().updateAliases(u -> u.actions(a -> a.removeIndex(r -> r.index(extra))));
            } catch (ElasticsearchException | IOException e) {
                LOG.warn("Cannot remove the duplicate index {}: {}", extra, e.toString());
            }
        }
        return keep;
    }

    /**
     * Adds the mapping's new fields to an index created by an earlier version of the service (mapping_version 1 had
     * no project fields): the mapping is strict, so without them every project would be refused until a rebuild.
     * Elasticsearch accepts added fields and unchanged ones; a changed field is refused, and only a rebuild (a new
     * index) applies it, so that refusal is logged, not fatal.
     */
    void extendMapping(String index) {
        try {
            client.indices().putMapping(p -> p.index(index).withJson(new StringReader(mappings())));
        } catch (ElasticsearchException | IOException e) {
            if (status(e) == 400) {
                LOG.warn("The mapping of {} cannot take the current one ({}): rebuild the index", index, e.getMessage());
                return;
            }
            throw failure("extend the mapping of " + index, e);
        }
    }

    private static String mappings() {
        try (InputStream in = settingsAndMapping()) {
            return JsonMapper.builder().build().readTree(in).get("mappings").toString();
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + SETTINGS_AND_MAPPING, e);
        }
    }

    public Optional<String> currentIndex() {
        List<String> indices = aliasIndices();
        if (indices.size() > 1) {
            throw new IllegalStateException("alias " + alias() + " points to several indices: " + indices);
        }
        return indices.stream().findFirst();
    }

    private List<String> aliasIndices() {
        try {
            if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
                return List.of();
            }
            return new ArrayList<>(client.indices().getAlias(a -> a.name(alias())).result().keySet());
        } catch (ElasticsearchException | IOException e) {
            if (status(e) == 404) {
                return List.of();
            }
            throw failure("read alias " + alias(), e);
        }
    }

    /** Writes one proposal through the alias. */
    public WriteOutcome write(Proposal proposal) {
        try {
            return writeOnce(proposal);
        } catch (AliasMissingException e) {
            // The alias is missing (deleted by hand?): create it and write again.
            ensureAlias();
            return writeOnce(proposal);
        }
    }

    private WriteOutcome writeOnce(Proposal proposal) {
        try {
            client.index(i -> i.index(alias()).id(proposal.id()).requireAlias(true)
                    .versionType(VersionType.External).version(proposal.version())
                    .document(ProposalDocuments.document(proposal)));
            return WriteOutcome.INDEXED;
        } catch (ElasticsearchException | IOException e) {
            int status = status(e);
            if (status == 409) {
                return WriteOutcome.STALE; // version_conflict_engine_exception: the index holds this version or newer
            }
            if (status == 404) {
                throw new AliasMissingException(e);
            }
            throw failure("index " + proposal.id(), e);
        }
    }

    /** The alias a write required does not exist. */
    static final class AliasMissingException extends RuntimeException {
        AliasMissingException(Exception cause) {
            super(cause);
        }
    }

    /** Writes a batch into one physical index (a rebuild); items refused for another reason than staleness are retried. */
    public BulkOutcome bulk(String index, List<Proposal> proposals) {
        return bulk(index, false, proposals);
    }

    /**
     * Writes a batch of live changes through the alias in one request. The alias must exist: a missing one
     * fails the batch (no concrete index is created under the alias's name) and the caller falls back to
     * {@link #write}, which restores it.
     */
    public BulkOutcome bulkThroughAlias(List<Proposal> proposals) {
        return bulk(alias(), true, proposals);
    }

    private BulkOutcome bulk(String index, boolean requireAlias, List<Proposal> proposals) {
        long indexed = 0;
        long stale = 0;
        List<Proposal> pending = proposals;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<BulkOperation> operations = new ArrayList<>();
            for (Proposal p : pending) {
                operations.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(p.id())
                        .versionType(VersionType.External).version(p.version()).document(ProposalDocuments.document(p)))));
            }
            BulkResponse response;
            try {
                response = client.bulk(b -> b.requireAlias(requireAlias).operations(operations));
            } catch (ElasticsearchException | IOException e) {
                throw failure("bulk into " + index, e);
            }
            List<Proposal> failed = new ArrayList<>();
            String reason = null;
            for (int n = 0; n < response.items().size(); n++) {
                BulkResponseItem item = response.items().get(n);
                if (item.error() == null) {
                    indexed++;
                } else if (VERSION_CONFLICT.equals(item.error().type())) {
                    stale++;
                } else {
                    failed.add(pending.get(n));
                    reason = item.error().type() + ": " + item.error().reason();
                }
            }
            if (!failed.isEmpty() && attempt >= 5) {
                throw new IllegalStateException(failed.size() + " documents refused by " + index + ", e.g. " + reason);
            }
            if (!failed.isEmpty()) {
                LOG.warn("{} documents refused by {} (attempt {}): {}", failed.size(), index, attempt, reason);
                sleep(200L * attempt);
            }
            pending = failed;
        }
        return new BulkOutcome(indexed, stale);
    }

    /** A new, empty physical index with the settings and mapping, not yet behind the alias. */
    public String createIndex() {
        String name = newIndexName();
        try {
            client.indices().create(c -> c.index(name).withJson(settingsAndMapping()));
            return name;
        } catch (ElasticsearchException | IOException e) {
            throw failure("create index " + name, e);
        }
    }

    /** Moves the alias from one index to another in one atomic step: searches see one or the other, never none. */
    public void swapAlias(String from, String to) {
        List<Action> actions = new ArrayList<>();
        if (from != null) {
            actions.add(Action.of(a -> a.remove(r -> r.index(from).alias(alias()))));
        }
        actions.add(Action.of(a -> a.add(r -> r.index(to).alias(alias()))));
        try {
            client.indices().updateAliases(u -> u.actions(actions));
        } catch (ElasticsearchException | IOException e) {
            throw failure("move alias " + alias() + " to " + to, e);
        }
    }

    public void delete(String index) {
        try {
            client.indices().delete(d -> d.index(index));
        } catch (ElasticsearchException | IOException e) {
            if (status(e) != 404) {
                throw failure("delete " + index, e);
            }
        }
    }

    /** Every physical index of this alias's family, behind the alias or not. */
    public List<String> physicalIndices() {
        try {
            Map<String, ?> indices = client.indices().get(g -> g.index(alias() + "-*")).result();
            return new ArrayList<>(new TreeSet<>(indices.keySet()));
        } catch (ElasticsearchException | IOException e) {
            throw failure("list indices", e);
        }
    }

    public boolean exists(String index) {
        try {
            return client.indices().exists(e -> e.index(index)).value();
        } catch (ElasticsearchException | IOException e) {
            throw failure("check " + index, e);
        }
    }

    public long count(String index) {
        try {
            return client.count(c -> c.index(index)).count();
        } catch (ElasticsearchException | IOException e) {
            throw failure("count " + index, e);
        }
    }

    public void refresh(String index) {
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (ElasticsearchException | IOException e) {
            throw failure("refresh " + index, e);
        }
    }

    /** {@code <alias>-<yyyyMMddHHmmss>} (UTC); the next free second when that name is taken. */
    private String newIndexName() {
        java.time.Instant at = clock.instant();
        for (int i = 0; i < 600; i++) {
            String name = alias() + "-" + SUFFIX.format(at.plus(Duration.ofSeconds(i)));
            if (!exists(name)) {
                return name;
            }
        }
        throw new IllegalStateException("no free index name for " + alias());
    }

    private static InputStream settingsAndMapping() {
        try {
            return new ClassPathResource(SETTINGS_AND_MAPPING).getInputStream();
        } catch (IOException e) {
            throw new IllegalStateException("missing " + SETTINGS_AND_MAPPING, e);
        }
    }

    /**
     * The HTTP status of a failed call: the client reports most refusals as {@link ElasticsearchException}, some
     * (depending on the endpoint) as the low-level client's {@link ResponseException}; -1 when there was no answer.
     */
    static int status(Exception e) {
        if (e instanceof ElasticsearchException es) {
            return es.status();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResponseException response) {
                return response.getResponse().getStatusLine().getStatusCode();
            }
        }
        return -1;
    }

    /**
     * No answer, an overloaded (429) or failing (5xx) cluster: {@link StorageUnavailableException}, worth retrying
     * without limit. Any other refusal is about the request itself and is reported as it is.
     */
    static RuntimeException failure(String what, Exception e) {
        int status = status(e);
        if (status == -1 || status == 429 || status >= 500) {
            return new StorageUnavailableException("Elasticsearch cannot " + what + " now: " + e, e);
        }
        return e instanceof RuntimeException runtime ? runtime
                : new IllegalStateException("Elasticsearch refused to " + what + ": " + e.getMessage(), e);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
