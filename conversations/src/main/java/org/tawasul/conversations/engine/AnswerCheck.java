package org.tawasul.conversations.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.tawasul.conversations.flow.StepDefinition;
import org.tawasul.conversations.input.DateInput;
import org.tawasul.conversations.input.EmailAddresses;
import org.tawasul.conversations.input.NumberInput;
import org.tawasul.conversations.input.PhoneNumbers;
import org.tawasul.conversations.input.SaudiNationalId;
import org.tawasul.conversations.input.TextLength;
import org.tawasul.conversations.input.YesNo;
import org.tawasul.conversations.message.Inbound;

/** Checks typed or sent input against a step that does not take a listed choice. */
final class AnswerCheck {

    static final int DEFAULT_TEXT_MAX = 2000;

    private AnswerCheck() {
    }

    static Answer check(StepDefinition step, Inbound input, String normalised) {
        return switch (step.type()) {
            case TEXT -> text(step, input, normalised);
            case NUMBER -> number(step, normalised);
            case PHONE -> phone(input, normalised);
            case NATIONAL_ID -> present(SaudiNationalId.normalise(normalised), "error.national-id");
            case EMAIL -> present(EmailAddresses.normalise(normalised), "error.email");
            case DATE -> date(step, normalised);
            case ATTACHMENT -> input.attachment() != null ? Answer.of(input.attachment().asAnswer()) : Answer.error("error.attachment");
            case YES_NO -> YesNo.parse(normalised).map(yes -> Answer.of(yes ? "yes" : "no")).orElse(Answer.error("error.yes-no"));
            case CHOICE -> Answer.error("error.choice");
            case RATING -> Answer.error("error.rating");
            case ATTESTATION -> yes(normalised, StepChoices.AGREE, "error.attestation");
            case SUMMARY -> yes(normalised, StepChoices.CONFIRM, "error.summary");
            case INFO, BRANCH, ACTION -> throw new IllegalStateException("step " + step.id() + " takes no input");
        };
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Free text is checked in its normalised form but kept as the member wrote it (diacritics, digits), tidied. */
    private static Answer text(StepDefinition step, Inbound input, String normalised) {
        if (normalised.isEmpty()) {
            return Answer.error(input.attachment() != null ? "error.text.not-file" : "error.text.empty");
        }
        String written = SPACES.matcher(input.textOrEmpty().strip()).replaceAll(" ");
        int length = TextLength.length(written);
        long min = step.min() == null ? 1 : step.min();
        long max = step.max() == null ? DEFAULT_TEXT_MAX : step.max();
        if (length < min) {
            return Answer.error("error.text.too-short", Map.of("min", min));
        }
        if (length > max) {
            return Answer.error("error.text.too-long", Map.of("max", max, "length", length));
        }
        return Answer.of(written);
    }

    private static Answer number(StepDefinition step, String normalised) {
        OptionalLong value = NumberInput.parseInteger(normalised);
        if (value.isEmpty()) {
            return Answer.error("error.number", Map.of("min", step.min(), "max", step.max()));
        }
        if (value.getAsLong() < step.min() || value.getAsLong() > step.max()) {
            return Answer.error("error.number.range", Map.of("min", step.min(), "max", step.max()));
        }
        return Answer.of(Long.toString(value.getAsLong()));
    }

    private static Answer phone(Inbound input, String normalised) {
        String raw = input.verifiedPhone() != null ? input.verifiedPhone() : normalised;
        return present(PhoneNumbers.toE164(raw), "error.phone");
    }

    private static Answer date(StepDefinition step, String normalised) {
        Optional<LocalDate> date = DateInput.parse(normalised);
        if (date.isEmpty()) {
            return Answer.error("error.date");
        }
        long day = date.get().toEpochDay();
        if (step.min() != null && day < step.min()) {
            return Answer.error("error.date.too-early", Map.of("min", LocalDate.ofEpochDay(step.min()).toString()));
        }
        if (step.max() != null && day > step.max()) {
            return Answer.error("error.date.too-late", Map.of("max", LocalDate.ofEpochDay(step.max()).toString()));
        }
        return Answer.of(date.get().toString());
    }

    /** A plain "yes" (نعم، ايوه, ok, ...) confirms a summary or an attestation. */
    private static Answer yes(String normalised, String key, String errorKey) {
        return YesNo.parse(normalised).orElse(false) ? Answer.of(key) : Answer.error(errorKey);
    }

    private static Answer present(Optional<String> value, String errorKey) {
        return value.map(Answer::of).orElse(Answer.error(errorKey));
    }
}
