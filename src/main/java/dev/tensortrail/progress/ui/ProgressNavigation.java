package dev.tensortrail.progress.ui;

import dev.tensortrail.base.ui.Destination;

/** Typed navigation to the progress views. */
final class ProgressNavigation {

    private ProgressNavigation() {}

    public static Destination dashboard() {
        return Destination.of(DashboardView.class);
    }

    public static Destination reviews() {
        return Destination.of(ReviewView.class);
    }
}
