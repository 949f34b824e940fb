package org.tawasul.db.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Stores a String attribute encrypted ({@code @Convert(converter = EncryptedString.class)}); Hibernate
 * obtains it from Spring (its bean container), which passes the {@link PiiCipher}. Null stays null.
 */
@Component
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    private final PiiCipher cipher;

    public EncryptedString(PiiCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return attribute == null ? null : cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return column == null ? null : cipher.decrypt(column);
    }
}
