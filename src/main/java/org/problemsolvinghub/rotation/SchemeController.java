package org.problemsolvinghub.rotation;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The scheme as a whole: the overview for any date range, the intakes, the overtime bank and the testimonies. */
@RestController
@RequestMapping("/api/rotations")
class SchemeController {

    record Testimonial(String officerName, String testimony, Instant approvedAt) {
    }

    record BankEntry(String officer, String officerName, String route, String reference, LocalDate joinedOn,
            String availability) {
    }

    private final SchemeOverview overview;
    private final Intakes intakes;
    private final TestimonyRepository testimonies;
    private final BankRepository bank;

    SchemeController(SchemeOverview overview, Intakes intakes, TestimonyRepository testimonies, BankRepository bank) {
        this.overview = overview;
        this.intakes = intakes;
        this.testimonies = testimonies;
        this.bank = bank;
    }

    /** On rotation per day against the cap, the waiting list, intakes, training figures and the bank. */
    @GetMapping("/scheme")
    @PreAuthorize("hasAnyAuthority('public-contact-managers', 'response-supervisors', 'call-handling-trainers', 'camunda-admin')")
    SchemeOverview.View scheme(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return overview.of(from, to);
    }

    @GetMapping("/intakes")
    @PreAuthorize("hasAnyAuthority('officers', 'supervisors', 'analysts', 'ps-advisors', 'response-supervisors', 'public-contact-managers', 'call-handling-trainers', 'camunda-admin')")
    List<LocalDate> intakes() {
        return intakes.upcoming();
    }

    @PostMapping("/intakes")
    @PreAuthorize("hasAnyAuthority('public-contact-managers', 'camunda-admin')")
    ResponseEntity<LocalDate> announce(@Valid @RequestBody RotationRequests.NewIntake request) {
        LocalDate startsOn = intakes.announce(request.startsOn());
        return ResponseEntity.created(URI.create("/api/rotations/intakes")).body(startsOn);
    }

    /** Approved testimonies, newest first, for the force (police staff, not partners) beside the good practice. */
    @GetMapping("/testimonies")
    @PreAuthorize("hasAnyAuthority('officers', 'supervisors', 'analysts', 'ps-advisors', 'response-supervisors', 'public-contact-managers', 'call-handling-trainers', 'camunda-admin')")
    @Transactional(readOnly = true)
    List<Testimonial> testimonies() {
        return testimonies.findByStatusOrderByDecidedAtDesc(Testimony.Status.APPROVED).stream()
                .map(t -> new Testimonial(t.getOfficerName(), t.getBody(), t.getDecidedAt())).toList();
    }

    @GetMapping("/bank")
    @PreAuthorize("hasAnyAuthority('public-contact-managers', 'call-handling-trainers', 'camunda-admin')")
    @Transactional(readOnly = true)
    List<BankEntry> bank() {
        return bank.findByActiveTrueOrderByOfficerName().stream().map(m -> new BankEntry(m.getOfficerId(),
                m.getOfficerName(), m.getRoute(), m.getReference(), m.getJoinedOn(), m.getAvailability())).toList();
    }
}
