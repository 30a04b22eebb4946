/** Reading, validating and rendering the content files; no database in here. */
@NullMarked
package dev.tensortrail.curriculum.content;

import org.jspecify.annotations.NullMarked;
