package org.tawasul.turns;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** The dialogs the application will start for members. */
interface ScheduledTurnRepository extends Repository<ScheduledTurn, Long> {

    ScheduledTurn save(ScheduledTurn turn);

    boolean existsByKey(String key);

    List<ScheduledTurn> findByDoneAtIsNullAndDueAtLessThanEqualOrderByDueAtAsc(Instant now, Limit limit);
}
