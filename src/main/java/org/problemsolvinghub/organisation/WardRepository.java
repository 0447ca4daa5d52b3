package org.problemsolvinghub.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WardRepository extends JpaRepository<Ward, String> {

    List<Ward> findByAreaCodeOrderByName(String areaCode);

    Optional<Ward> findByAreaCodeAndNameIgnoreCase(String areaCode, String name);
}
