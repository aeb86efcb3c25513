package ma.remacto.analysis.arabic;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Elasticsearch token filter {@code remacto_arabic_broken_plural}: {@link RemactoBrokenPluralFilter}.
 * Put it after {@code remacto_arabic_normalization} and {@code remacto_arabic_prefix}.
 */
@NamedComponent("remacto_arabic_broken_plural")
public class RemactoBrokenPluralFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new RemactoBrokenPluralFilter(tokenStream);
    }
}
