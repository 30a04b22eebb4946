@NullMarked
package dev.tensortrail.curriculum.ui;

import org.jspecify.annotations.NullMarked;
