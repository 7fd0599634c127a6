package vn.ocop.market.esanalysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

/** The {@code edge_ngram} filter with analysis-common's settings and defaults. */
final class EdgeNGramFilterFactory extends AbstractTokenFilterFactory {

    static final String NAME = "edge_ngram";

    private final int minGram;
    private final int maxGram;
    private final boolean preserveOriginal;

    EdgeNGramFilterFactory(String name, Settings settings) {
        super(name);
        this.minGram = settings.getAsInt("min_gram", 1);
        this.maxGram = settings.getAsInt("max_gram", 2);
        this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
        if (minGram < 1 || maxGram < minGram) {
            throw new IllegalArgumentException(
                    "[" + name + "] needs 1 <= min_gram <= max_gram, got " + minGram + " and " + maxGram);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new EdgeNGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
    }

    // Grams shift offsets in a way the fast vector highlighter cannot follow.
    @Override
    public boolean breaksFastVectorHighlighter() {
        return true;
    }
}
