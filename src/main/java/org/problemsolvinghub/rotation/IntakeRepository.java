package org.problemsolvinghub.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeRepository extends JpaRepository<Intake, LocalDate> {

    List<Intake> findByStartsOnAfterOrderByStartsOn(LocalDate date);

    Optional<Intake> findFirstByStartsOnAfterOrderByStartsOn(LocalDate date);
}
