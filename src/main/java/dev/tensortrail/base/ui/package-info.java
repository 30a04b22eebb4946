@NullMarked
package dev.tensortrail.base.ui;

import org.jspecify.annotations.NullMarked;
