package io.decklint.deck;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import java.util.Set;

/** A block finder standing in for one of flexmark's, tried in its place among the others. */
abstract class StandInBlockFactory implements CustomBlockParserFactory {
    /** The finder stood in for. */
    final CustomBlockParserFactory flexmark;

    StandInBlockFactory(CustomBlockParserFactory flexmark) {
        this.flexmark = flexmark;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return flexmark.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return flexmark.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
        return flexmark.affectsGlobalScope();
    }
}
