@NullMarked
package dev.tensortrail.account.ui;

import org.jspecify.annotations.NullMarked;
