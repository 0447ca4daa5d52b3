package org.problemsolvinghub.rotation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BankRepository extends JpaRepository<BankMember, String> {

    long countByActiveTrue();

    List<BankMember> findByActiveTrueOrderByOfficerName();
}
