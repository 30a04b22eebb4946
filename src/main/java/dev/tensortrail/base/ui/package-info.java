/** The shell's UI: layout, error views and handler, and PendingSaves, which feature views may use. */
@NullMarked
@NamedInterface("ui")
package dev.tensortrail.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
