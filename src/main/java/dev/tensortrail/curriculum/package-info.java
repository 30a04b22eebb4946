/** The learning path: modules, lessons, skills and prerequisites, loaded from content files. */
@NullMarked
package dev.tensortrail.curriculum;

import org.jspecify.annotations.NullMarked;
