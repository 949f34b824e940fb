package org.tawasul.channels.email;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Small real files for fixtures and tests: a one-page PDF and a 1×1 PNG. */
final class FixtureFiles {

    private FixtureFiles() {
    }

    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj
                4 0 obj << /Length 44 >> stream
                BT /F1 18 Tf 72 770 Td (Certificate 457) Tj ET
                endstream endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    }
}
