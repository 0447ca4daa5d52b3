package org.problemsolvinghub.rotation;

import org.problemsolvinghub.system.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds a rotation by its reference, or says plainly that there is none. */
@Component
class RotationRecords {

    private final RotationRepository rotations;

    RotationRecords(RotationRepository rotations) {
        this.rotations = rotations;
    }

    Rotation get(String reference) {
        return rotations.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("No rotation " + reference));
    }
}
