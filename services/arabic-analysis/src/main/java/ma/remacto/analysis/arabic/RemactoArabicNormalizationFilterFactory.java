package ma.remacto.analysis.arabic;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Elasticsearch token filter {@code remacto_arabic_normalization}: {@link RemactoArabicNormalizationFilter}.
 * Character-level only, so it is also applied to multi-term queries and usable in normalizers.
 */
@NamedComponent("remacto_arabic_normalization")
public class RemactoArabicNormalizationFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new RemactoArabicNormalizationFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new RemactoArabicNormalizationFilter(tokenStream);
    }
}
