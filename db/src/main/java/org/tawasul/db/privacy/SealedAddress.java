package org.tawasul.db.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Stores a chat address attribute sealed when it is a phone number (SMS {@code +9665…}, WhatsApp
 * {@code whatsapp:+9665…}), see {@link PiiCipher#sealAddress}: deterministic, so that Hibernate's lookups
 * by equality (derived queries and JPQL, whose parameters go through this converter too) still find the
 * row, and readable back to send to the number. Telegram chat ids and other addresses are stored as they
 * are. Native SQL and JDBC code call {@link PiiCipher#sealAddress} on their parameters themselves.
 */
@Component
@Converter
public class SealedAddress implements AttributeConverter<String, String> {

    private final PiiCipher cipher;

    public SealedAddress(PiiCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.sealAddress(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return cipher.openAddress(column);
    }
}
