package vn.ocop.market.esanalysis;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers Lucene's folding and edge n-gram filters under the names that Elastic's
 * {@code analysis-common} module uses, because that module is not published to Maven Central and
 * the same index mapping must work on the embedded node and on a production cluster.
 *
 * <p>{@code lowercase} is not registered here: the server already ships it as a pre-configured
 * filter, and registering it twice makes the node fail at start-up.
 */
public final class OcopAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                AsciiFoldingFilterFactory.NAME,
                (indexSettings, env, name, settings) -> new AsciiFoldingFilterFactory(name, settings),
                EdgeNGramFilterFactory.NAME,
                (indexSettings, env, name, settings) -> new EdgeNGramFilterFactory(name, settings));
    }

    // Lets mappings name the filters without declaring them, exactly as analysis-common allows.
    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        return List.of(
                PreConfiguredTokenFilter.singleton(AsciiFoldingFilterFactory.NAME, true, ASCIIFoldingFilter::new),
                PreConfiguredTokenFilter.singleton(
                        EdgeNGramFilterFactory.NAME, false, false, input -> new EdgeNGramTokenFilter(input, 1)));
    }
}
