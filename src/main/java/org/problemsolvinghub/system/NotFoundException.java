package org.problemsolvinghub.system;

/** Nothing of that name that this user may see: answered 404, whether it is absent or hidden from them. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
