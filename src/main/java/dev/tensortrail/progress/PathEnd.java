package dev.tensortrail.progress;

import dev.tensortrail.base.ui.Destination;

/**
 * Where a learner who has passed every module goes next (the framework suggestion). Implemented
 * by the module that owns that page, which depends on progress, so progress names no view of it;
 * without an implementation the dashboard points back to the path.
 */
public interface PathEnd {

    Destination destination();
}
