/** Progress: mastery per skill, spaced review (FSRS), and what the dashboards read. */
@NullMarked
package dev.tensortrail.progress;

import org.jspecify.annotations.NullMarked;
