package ma.remacto.benchmarks.searchquality;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The demo ideas in an in-memory Lucene index analysed with one analyzer, searched the way the platform's search
 * service searches Elasticsearch: the equivalent of a {@code multi_match} of type {@code most_fields} with
 * {@code operator: or} over {@code problem^2, proposedSolution, category}.
 *
 * <p>Query construction (identical for every analyzer): for each field, the query text is analysed with the
 * index's analyzer by Lucene's {@link QueryBuilder#createBooleanQuery(String, String, BooleanClause.Occur)} (what
 * Elasticsearch's {@code match} query uses): one SHOULD {@code TermQuery} per token (a single token gives a bare
 * {@code TermQuery}); each field's query is wrapped in a {@link BoostQuery} with the field's boost, and the fields are
 * SHOULD clauses of one {@link BooleanQuery}, so the scores of the fields add up. BM25 (k1 = 1.2, b = 0.75) at index
 * and search time. Ties are broken by index order (the order of idea-batches.json).
 */
public final class IdeaIndex implements Closeable {

    /** Searched fields and their boosts (problem ×2, as the search service does). */
    public static final Map<String, Float> FIELDS = fields();

    private final String name;
    private final Analyzer analyzer;
    private final Map<String, Idea> ideas = new LinkedHashMap<>();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public record Hits(List<String> ranked, long totalHits) {
    }

    public IdeaIndex(String name, Analyzer analyzer, List<Idea> corpus) {
        this.name = name;
        this.analyzer = analyzer;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Idea idea : corpus) {
                    ideas.put(idea.id(), idea);
                    Document doc = new Document();
                    doc.add(new StringField("id", idea.id(), Field.Store.YES));
                    doc.add(new TextField("problem", idea.problem(), Field.Store.YES));
                    doc.add(new TextField("proposedSolution", idea.proposedSolution(), Field.Store.YES));
                    doc.add(new TextField("category", idea.category(), Field.Store.YES));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1); // one segment: documents keep the file order (tie-breaking)
            }
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
    }

    public String name() {
        return name;
    }

    /** The query for a text, or null when the analyzer leaves no token (only stop words, for example). */
    public Query query(String text) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        boolean any = false;
        for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
            Query perField = builder.createBooleanQuery(field.getKey(), text, BooleanClause.Occur.SHOULD);
            if (perField != null) {
                fields.add(new BoostQuery(perField, field.getValue()), BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        return any ? fields.build() : null;
    }

    /** Every matching idea, best first. */
    public Hits search(String text) {
        Query query = query(text);
        if (query == null) {
            return new Hits(List.of(), 0);
        }
        try {
            TopDocs top = searcher.search(query, Math.max(1, ideas.size()));
            List<String> ranked = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                ranked.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return new Hits(List.copyOf(ranked), top.totalHits.value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tokens the analyzer makes of a text (field "problem"; the analyzers do not depend on the field). */
    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("problem", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The query tokens found in an idea, as {@code field:token} (which terms made it match). */
    public Set<String> matchedTerms(String ideaId, String queryText) {
        Idea idea = ideas.get(ideaId);
        Set<String> matched = new LinkedHashSet<>();
        if (idea == null) {
            return matched;
        }
        List<String> queryTokens = tokens(queryText);
        Map<String, String> texts = Map.of("problem", idea.problem(), "proposedSolution", idea.proposedSolution(),
                "category", idea.category());
        for (String field : FIELDS.keySet()) {
            Set<String> fieldTokens = new LinkedHashSet<>(tokens(texts.get(field)));
            for (String token : queryTokens) {
                if (fieldTokens.contains(token)) {
                    matched.add(field + ":" + token);
                }
            }
        }
        return matched;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static Map<String, Float> fields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put("problem", 2f);
        fields.put("proposedSolution", 1f);
        fields.put("category", 1f);
        return java.util.Collections.unmodifiableMap(fields);
    }
}
