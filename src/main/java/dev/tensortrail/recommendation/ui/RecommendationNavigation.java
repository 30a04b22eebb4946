package dev.tensortrail.recommendation.ui;

import dev.tensortrail.base.ui.Destination;
import dev.tensortrail.progress.PathEnd;
import org.springframework.stereotype.Component;

/** Typed navigation to the suggestion views; the suggestion is also where the path ends. */
@Component
class RecommendationNavigation implements PathEnd {

    public static Destination suggestion() {
        return Destination.of(SuggestionView.class);
    }

    public static Destination profile() {
        return Destination.of(ProfileView.class);
    }

    @Override
    public Destination destination() {
        return suggestion();
    }
}
