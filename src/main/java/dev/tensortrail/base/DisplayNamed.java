package dev.tensortrail.base;

/** A signed-in principal that has a name to show in the shell. */
public interface DisplayNamed {

    String displayName();
}
