/**
 * The demo cohort: a deterministic set of learners with histories, so that a newcomer sees a living
 * instructor dashboard and the dashboard benchmark has volume.
 *
 * <p>This module writes into several modules' tables on purpose, and is the one declared exception
 * to "modules own their tables" (DD003, {@code SqlTableOwnershipTest}): it inserts accounts
 * ({@code user_account}), lesson completions ({@code lesson_completion}), graded quiz attempts
 * ({@code quiz_attempt}, {@code attempt_item}) and what the progress module would have kept from
 * their events ({@code completed_lesson}, {@code quiz_result}, {@code skill_mastery}) and the demo classes
 * ({@code teaching_class}, {@code class_join_code}, {@code class_teacher}, {@code class_member},
 * {@code class_target}) in bulk,
 * because going through each module's API (sign-up, quiz start and submit, one event per attempt)
 * would take minutes for 300 learners and hours for the benchmark's 10,000. It then asks the progress
 * module to rebuild its dashboard summaries ({@link dev.tensortrail.progress.ProgressSummaries}).
 * Nothing else depends on it; a schema change in one of those tables must be mirrored here.
 */
@NullMarked
package dev.tensortrail.demo;

import org.jspecify.annotations.NullMarked;
