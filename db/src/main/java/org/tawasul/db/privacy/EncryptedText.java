package org.tawasul.db.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Stores a String attribute encrypted like {@link EncryptedString}, for columns that were plain before
 * V14 (inbox payloads, conversation answers, outbox bodies, names, e-mails, survey comments): a stored
 * value without the {@code v2:}/{@code v1:} prefix is a row written before encryption and is read as it
 * is (a tolerant read); it is encrypted when next written, by the retention job's purge, or by
 * {@code rotate-keys}, which encrypts every remaining plain row. A value with the prefix that does not
 * decrypt is an error, as in {@link EncryptedString}. Null stays null.
 */
@Component
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final PiiCipher cipher;

    public EncryptedText(PiiCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return attribute == null ? null : cipher.encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        return PiiCipher.isEncrypted(column) ? cipher.decrypt(column) : column;
    }
}
