/** The classroom's pages: an instructor's classes and class page, a learner's classes and the join page. */
@NullMarked
package dev.tensortrail.classroom.ui;

import org.jspecify.annotations.NullMarked;
