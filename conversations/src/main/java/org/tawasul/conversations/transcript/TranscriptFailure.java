package org.tawasul.conversations.transcript;

/** A transcript's expectation was not met; the message names the file, the line and the difference. */
public final class TranscriptFailure extends AssertionError {

    public TranscriptFailure(String message) {
        super(message);
    }
}
