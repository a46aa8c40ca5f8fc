package io.decklint.rules;

import io.decklint.lint.Rule;
import java.util.List;

/** Every rule decklint ships, in the order `decklint rules` lists them. */
public final class BuiltInRules {
    private BuiltInRules() {}

    public static List<Rule> all() {
        return List.of(
                new EmptySlideRule(),
                new PlaceholderSlideRule(),
                new SeparatorSpacingRule(),
                new RequiredSectionsRule(),
                new SectionDriftRule(),
                new TitleDateRule(),
                new BrokenImageRule(),
                new MojibakeRule(),
                new FrontMatterRule(),
                new StyleBlockRule(),
                new SlideAttributesRule(),
                new SpellingRule(),
                new StaleSlideRule());
    }
}
