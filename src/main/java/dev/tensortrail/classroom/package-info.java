/**
 * Classes: an instructor's group of learners, joined with a code (issue 11). Instructors see only
 * the classes they teach; an admin sees every class and names its co-instructors. Every method of
 * {@link dev.tensortrail.classroom.Classrooms} checks the acting person's right to the class, not
 * only the view.
 *
 * <p>Other modules never read this module's tables; they read the {@code class_roster} view it
 * publishes (migration V31: {@code class_id}, {@code learner_id}, {@code joined_at},
 * {@code archived}) and ask {@link dev.tensortrail.classroom.Classrooms#scope} which classes the
 * signed-in instructor may look at.
 */
@NullMarked
package dev.tensortrail.classroom;

import org.jspecify.annotations.NullMarked;
