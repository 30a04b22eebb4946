@NullMarked
package dev.tensortrail.base.database;

import org.jspecify.annotations.NullMarked;
