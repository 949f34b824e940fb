package org.tawasul.staff.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A bad attachments limit or SMS budget stops start-up naming the key and the fix. */
class StaffMailSettingsTests {

    private static StaffMailSettings settings(DataSize attachments, int smsSegments) {
        return new StaffMailSettings("ar", false, 90, Duration.ofHours(1), Duration.ofDays(14), attachments, smsSegments);
    }

    @Test
    void theDefaultsAndTheBoundsAreAccepted() {
        assertThat(settings(DataSize.ofMegabytes(10), 3).smsMaxSegments()).isEqualTo(3);
        assertThat(settings(DataSize.ofBytes(0), 1).attachmentsMaxBytes().toBytes()).isZero();
        assertThat(settings(DataSize.ofMegabytes(100), 10).smsMaxSegments()).isEqualTo(10);
    }

    @Test
    void aNegativeOrHugeAttachmentsLimitIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> settings(DataSize.ofBytes(-1), 3)).hasMessageContaining("tawasul.mail.attachments-max-bytes")
                .hasMessageContaining("Fix:");
        assertThatThrownBy(() -> settings(DataSize.ofMegabytes(101), 3)).hasMessageContaining("tawasul.mail.attachments-max-bytes");
    }

    @Test
    void anSmsBudgetOutsideOneToTenIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> settings(DataSize.ofMegabytes(10), 0)).hasMessageContaining("tawasul.mail.sms-max-segments")
                .hasMessageContaining("Fix:");
        assertThatThrownBy(() -> settings(DataSize.ofMegabytes(10), 11)).hasMessageContaining("tawasul.mail.sms-max-segments");
    }
}
