/** Shared shell: layout, theme, error views, database modes; depends on no feature module. */
@NullMarked
package dev.tensortrail.base;

import org.jspecify.annotations.NullMarked;
