package org.tawasul.members.identity;

import java.time.Instant;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Failed identification tries: recorded, counted over a window, listed for staff. */
interface IdentificationFailureRepository extends Repository<IdentificationFailure, Long> {

    IdentificationFailure save(IdentificationFailure failure);

    long countByAddressHashAndFailedAtAfter(String addressHash, Instant since);

    long countByPhoneHashAndFailedAtAfter(String phoneHash, Instant since);

    long countByAddressHashAndPhoneHashAndFailedAtAfter(String addressHash, String phoneHash, Instant since);

    List<IdentificationFailure> findByFailedAtAfterOrderByIdAsc(Instant since);
}
