package ma.remacto.analysis.arabic;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Elasticsearch analyzer {@code remacto_arabic}: the full chain of {@link RemactoArabicAnalyzer}. */
@NamedComponent("remacto_arabic")
public class RemactoArabicAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new RemactoArabicAnalyzer();
    }
}
