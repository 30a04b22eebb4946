/**
 * Reading, validating and rendering content files; no database in here. Exposed as a named
 * interface so that other content (quizzes, the decision model) is checked the same way.
 */
@NullMarked
@NamedInterface("content")
package dev.tensortrail.curriculum.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
