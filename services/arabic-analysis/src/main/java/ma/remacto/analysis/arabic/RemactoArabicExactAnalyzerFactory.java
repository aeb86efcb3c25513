package ma.remacto.analysis.arabic;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Elasticsearch analyzer {@code remacto_arabic_exact} for {@code .exact} subfields: {@link RemactoArabicExactAnalyzer}. */
@NamedComponent("remacto_arabic_exact")
public class RemactoArabicExactAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new RemactoArabicExactAnalyzer();
    }
}
