package io.decklint.deck;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Turns one of flexmark's block finders off and registers the loop-based stand-in that replaces it. */
abstract class StandInExtension implements Parser.ParserExtension {
    private final DataKey<Boolean> finder;

    /** @param finder the option that switches flexmark's own finder on */
    StandInExtension(DataKey<Boolean> finder) {
        this.finder = finder;
    }

    abstract CustomBlockParserFactory standIn();

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(finder, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(standIn());
    }
}
