package org.tawasul.conversations.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.tawasul.conversations.flow.StepDefinition;
import org.tawasul.conversations.format.Dates;
import org.tawasul.conversations.input.DateInput;
import org.tawasul.conversations.input.EmailAddresses;
import org.tawasul.conversations.input.FreeText;
import org.tawasul.conversations.input.NumberInput;
import org.tawasul.conversations.input.PhoneNumbers;
import org.tawasul.conversations.input.SaudiNationalId;
import org.tawasul.conversations.input.YesNo;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.conversations.message.Language;

/** Checks typed or sent input against a step that does not take a listed choice. */
final class AnswerCheck {

    static final int DEFAULT_TEXT_MAX = 2000;

    private AnswerCheck() {
    }

    /** Checks the input; {@code today} (the society's date) and {@code language} serve dates and their examples. */
    static Answer check(StepDefinition step, Inbound input, String normalised, LocalDate today, Language language) {
        return switch (step.type()) {
            case TEXT -> text(step, input, normalised);
            case NUMBER -> number(step, normalised);
            case PHONE -> phone(input, normalised);
            case NATIONAL_ID -> present(SaudiNationalId.normalise(normalised),
                    normalised.replaceAll("[\\s-]", "").matches("[12][0-9]{9}") ? "error.national-id.typo" : "error.national-id");
            case EMAIL -> present(EmailAddresses.normalise(normalised), "error.email");
            case DATE -> date(step, normalised, today, language);
            case ATTACHMENT -> input.attachment() != null ? Answer.of(input.attachment().asAnswer()) : Answer.error("error.attachment");
            case YES_NO -> YesNo.parse(normalised).map(yes -> Answer.of(yes ? "yes" : "no")).orElse(Answer.error("error.yes-no"));
            case CHOICE -> Answer.error("error.choice");
            case RATING -> Answer.error("error.rating");
            case ATTESTATION -> yes(normalised, StepChoices.AGREE, "error.attestation");
            case SUMMARY -> yes(normalised, StepChoices.CONFIRM, "error.summary");
            case INFO, BRANCH, ACTION -> throw new IllegalStateException("step " + step.id() + " takes no input");
        };
    }

    /**
     * Free text is checked in its normalised form but kept as the member wrote it (diacritics, digits), cleaned
     * ({@link FreeText}: no controls, bidi overrides or hidden characters); its length counts graphemes and code points.
     */
    private static Answer text(StepDefinition step, Inbound input, String normalised) {
        if (normalised.isEmpty()) {
            return Answer.error(input.attachment() != null ? "error.text.not-file" : "error.text.empty");
        }
        String written = FreeText.clean(input.textOrEmpty());
        if (written.isEmpty()) {
            return Answer.error("error.text.empty");
        }
        int length = FreeText.checkedLength(written);
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

    /** A number in digits or words, with or without "ريال"; a sum of money has its own texts. */
    private static Answer number(StepDefinition step, String normalised) {
        OptionalLong value = NumberInput.parse(normalised);
        String kind = step.unit() == StepDefinition.Unit.RIYAL ? "error.amount" : "error.number";
        if (value.isEmpty()) {
            return Answer.error(kind, Map.of("min", step.min(), "max", step.max()));
        }
        if (value.getAsLong() < step.min() || value.getAsLong() > step.max()) {
            return Answer.error(kind + ".range", Map.of("min", step.min(), "max", step.max()));
        }
        return Answer.of(Long.toString(value.getAsLong()));
    }

    private static Answer phone(Inbound input, String normalised) {
        String raw = input.verifiedPhone() != null ? input.verifiedPhone() : normalised;
        return present(PhoneNumbers.toE164(raw), "error.phone");
    }

    /**
     * A date in either calendar, within the step's bounds and period; an error gives an example near
     * today in both calendars, and a bound in full.
     */
    private static Answer date(StepDefinition step, String normalised, LocalDate today, Language language) {
        Optional<LocalDate> date = DateInput.parse(normalised);
        if (date.isEmpty()) {
            return Answer.error("error.date", examples(step, today));
        }
        if (step.period() == StepDefinition.Period.FUTURE && date.get().isBefore(today)) {
            return Answer.error("error.date.past", examples(step, today));
        }
        if (step.period() == StepDefinition.Period.PAST && date.get().isAfter(today)) {
            return Answer.error("error.date.future", examples(step, today));
        }
        long day = date.get().toEpochDay();
        if (step.min() != null && day < step.min()) {
            return Answer.error("error.date.too-early", Map.of("min", Dates.full(LocalDate.ofEpochDay(step.min()), language)));
        }
        if (step.max() != null && day > step.max()) {
            return Answer.error("error.date.too-late", Map.of("max", Dates.full(LocalDate.ofEpochDay(step.max()), language)));
        }
        return Answer.of(date.get().toString());
    }

    /**
     * The example dates a date step's texts give: a week from today (a week ago for a date in the past),
     * within the step's bounds, as {@code example} (Gregorian) and {@code hijri}.
     */
    static Map<String, Object> examples(StepDefinition step, LocalDate today) {
        LocalDate example = step.period() == StepDefinition.Period.PAST ? today.minusDays(7) : today.plusDays(7);
        if (step.min() != null && example.toEpochDay() < step.min()) {
            example = LocalDate.ofEpochDay(step.min());
        }
        if (step.max() != null && example.toEpochDay() > step.max()) {
            example = LocalDate.ofEpochDay(step.max());
        }
        if (example.getYear() < 1900 || example.getYear() > 2150) {
            example = today; // outside the Hijri table
        }
        return Map.of("example", Dates.gregorian(example), "hijri", Dates.hijri(example));
    }

    /** A plain "yes" (نعم، ايوه, ok, ...) confirms a summary or an attestation. */
    private static Answer yes(String normalised, String key, String errorKey) {
        return YesNo.parse(normalised).orElse(false) ? Answer.of(key) : Answer.error(errorKey);
    }

    private static Answer present(Optional<String> value, String errorKey) {
        return value.map(Answer::of).orElse(Answer.error(errorKey));
    }
}
