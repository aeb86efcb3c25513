package ma.remacto.analysis.arabic;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Elasticsearch token filter {@code remacto_arabic_light_stem}: {@link RemactoArabicLightStemFilter}
 * (light10 suffixes; the distribution used here has no {@code arabic_stem} filter, so custom chains
 * need this one).
 */
@NamedComponent("remacto_arabic_light_stem")
public class RemactoArabicLightStemFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new RemactoArabicLightStemFilter(tokenStream);
    }
}
