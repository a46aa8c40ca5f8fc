package com.vladsch.flexmark.parser.core;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * Opens flexmark's own HTML block for a line holding one whole tag (CommonMark's HTML block type 7), once
 * decklint has found the tag itself. Lives in flexmark's package because that block's parser can only be made
 * from here.
 */
public final class HtmlTagBlocks {
    private HtmlTagBlocks() {}

    /** The block a tag line starts: not a comment, ended by a blank line. */
    public static BlockParser open(DataHolder options) {
        return new HtmlBlockParser(options, null, false, null);
    }
}
