package org.tawasul.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaintextScanTests {

    private final PlaintextScan scan = new PlaintextScan(null, List.of("1000000008", "501234567"));

    @Test
    void findsEveryWrittenFormOfAPhoneAndAnId() {
        for (String form : List.of("0501234567", "+966501234567", "966501234567", "050 123 4567", "050-123-4567",
                "٠٥٠١٢٣٤٥٦٧", "+٩٦٦٥٠١٢٣٤٥٦٧", "۰۵۰۱۲۳۴۵۶۷", "{\"phone\":\"\\u0660\\u0665\\u0660\\u0661\\u0662\\u0663\\u0664\\u0665\\u0666\\u0667\"}",
                "رقمي 1000000008 شكرا", "١٠٠٠٠٠٠٠٠٨")) {
            assertThat(scan.containsSecret(form)).as(form).isTrue();
        }
    }

    @Test
    void findsNothingInCiphertextOrOtherNumbers() {
        assertThat(scan.containsSecret("v2:1a2b3c4d:q83vEjRWeJA=")).isFalse();
        assertThat(scan.containsSecret("0551234567 2104567892")).isFalse();
    }
}
