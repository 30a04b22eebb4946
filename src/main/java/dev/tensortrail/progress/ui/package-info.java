@NullMarked
package dev.tensortrail.progress.ui;

import org.jspecify.annotations.NullMarked;
