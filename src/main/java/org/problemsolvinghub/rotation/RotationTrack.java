package org.problemsolvinghub.rotation;

/** A rotation into call handling, or training for overtime only (for officers who never rotated). */
public enum RotationTrack {
    ROTATION,
    OVERTIME_ONLY
}
