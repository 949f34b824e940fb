package org.tawasul.cases;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.tawasul.conversations.message.Language;

/** Stores a {@link Language} as its ISO 639-1 code. */
@Converter
class LanguageConverter implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.code();
    }

    @Override
    public Language convertToEntityAttribute(String code) {
        return code == null ? null : Language.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown language code '" + code + "' in case_file"));
    }
}
