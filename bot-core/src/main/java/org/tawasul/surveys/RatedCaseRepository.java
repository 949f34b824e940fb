package org.tawasul.surveys;

import org.springframework.data.jpa.repository.JpaRepository;

/** Which cases were rated ({@link RatedCase}). */
public interface RatedCaseRepository extends JpaRepository<RatedCase, String> {
}
