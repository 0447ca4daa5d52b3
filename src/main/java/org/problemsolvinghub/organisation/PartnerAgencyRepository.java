package org.problemsolvinghub.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerAgencyRepository extends JpaRepository<PartnerAgency, String> {

    List<PartnerAgency> findByAreaCodeOrderByName(String areaCode);
}
