@NullMarked
package dev.tensortrail.freshness.ui;

import org.jspecify.annotations.NullMarked;
