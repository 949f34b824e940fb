package org.tawasul.conversations.flow;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of step a flow may declare, by the name used in flow files. */
public enum StepType {
    TEXT("text", true),
    NUMBER("number", true),
    CHOICE("choice", true),
    YES_NO("yes-no", true),
    PHONE("phone", true),
    NATIONAL_ID("national-id", true),
    EMAIL("email", true),
    DATE("date", true),
    ATTACHMENT("attachment", true),
    RATING("rating", true),
    INFO("info", false),
    SUMMARY("summary", true),
    ATTESTATION("attestation", true),
    BRANCH("branch", false),
    ACTION("action", false);

    private final String fileName;
    private final boolean waitsForInput;

    StepType(String fileName, boolean waitsForInput) {
        this.fileName = fileName;
        this.waitsForInput = waitsForInput;
    }

    /** The name used in flow files. */
    public String fileName() {
        return fileName;
    }

    /** Whether the dialog stops at this step to wait for the member. */
    public boolean waitsForInput() {
        return waitsForInput;
    }

    /** Whether the member's answer to this step is stored and shown in a summary. */
    public boolean collectsAnswer() {
        return waitsForInput && this != SUMMARY;
    }

    /** Finds a type by its file name. */
    public static Optional<StepType> byFileName(String name) {
        return Arrays.stream(values()).filter(t -> t.fileName.equals(name)).findFirst();
    }

    /** All file names, for error messages. */
    public static String allFileNames() {
        return Arrays.stream(values()).map(StepType::fileName).collect(Collectors.joining(", "));
    }
}
