package org.problemsolvinghub.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponseTeamRepository extends JpaRepository<ResponseTeam, String> {
}
