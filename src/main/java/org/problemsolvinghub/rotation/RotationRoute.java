package org.problemsolvinghub.rotation;

/** "Some volunteer, some are picked" (seed 004). */
public enum RotationRoute {
    VOLUNTEERED,
    NOMINATED,
    /** Recorded before the hub: the scheme's history since it began. */
    IMPORTED
}
