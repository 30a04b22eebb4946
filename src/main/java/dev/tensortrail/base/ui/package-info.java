/**
 * The shell's UI: layout, theme toggle, error views and handler; and what feature views may use:
 * typed navigation ({@code Destination}), page titles, code blocks, learner times, languages and
 * {@code PendingSaves}.
 */
@NullMarked
@NamedInterface("ui")
package dev.tensortrail.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
