package ma.remacto.analysis.arabic;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Elasticsearch token filter {@code remacto_arabic_prefix}: {@link RemactoArabicPrefixFilter}. Put it
 * after {@code remacto_arabic_normalization}: it compares normalised text.
 */
@NamedComponent("remacto_arabic_prefix")
public class RemactoArabicPrefixFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new RemactoArabicPrefixFilter(tokenStream);
    }
}
