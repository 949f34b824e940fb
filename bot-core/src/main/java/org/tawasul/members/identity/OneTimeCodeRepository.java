package org.tawasul.members.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** One-time codes: stored, the latest of a phone found, counted per phone over a window. */
interface OneTimeCodeRepository extends Repository<OneTimeCode, Long> {

    OneTimeCode save(OneTimeCode code);

    Optional<OneTimeCode> findFirstByPhoneHashOrderByIdDesc(String phoneHash);

    long countByPhoneHashAndCreatedAtAfter(String phoneHash, Instant since);
}
