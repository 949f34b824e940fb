package org.tawasul.notifications;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The notifications sent about cases, per channel tried. */
interface CaseNotificationRepository extends Repository<CaseNotification, Long> {

    CaseNotification save(CaseNotification notification);

    Optional<CaseNotification> findFirstByOutboxId(Long outboxId);

    List<CaseNotification> findByCaseIdAndKind(long caseId, String kind);

    boolean existsByCaseIdAndKind(long caseId, String kind);
}
