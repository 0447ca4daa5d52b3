package org.problemsolvinghub.demo;

import java.util.List;

/** A person of the demo force. Every demo password is "demo". The README lists them. */
record DemoUser(String id, String firstName, String lastName, String role, List<String> groups) {

    String email() {
        return id + "@demo.problemsolvinghub.org";
    }
}
