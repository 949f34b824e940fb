package org.tawasul.channels;

/**
 * How many billed parts a text takes on a channel that sends long texts in parts (SMS segments): the role such a
 * channel plays for the features that keep a text within a budget (an officer's reply relayed by SMS).
 */
public interface TextParts {

    /** The channel whose parts this counts. */
    ChannelId channel();

    /** The parts the text takes, at least 1. */
    int parts(String text);
}
