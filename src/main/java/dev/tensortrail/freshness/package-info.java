/**
 * Content freshness: which lessons and quizzes are due for a re-check (their as-of date is
 * older than tensortrail.freshness.max-age), for the instructors' "Content health" page and a
 * start-up log line per overdue file. Time passing only ever produces notices, never failures.
 */
@NullMarked
package dev.tensortrail.freshness;

import org.jspecify.annotations.NullMarked;
