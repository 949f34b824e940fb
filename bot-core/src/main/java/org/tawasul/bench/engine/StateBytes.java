package org.tawasul.bench.engine;

import java.nio.charset.StandardCharsets;

/**
 * The bytes one conversation row stores: text columns by their UTF-8 length, numbers and times
 * by their binary size (INT 4, BIGINT 8, DATETIME(6) 8). Row and index overheads are not counted.
 */
final class StateBytes {

    private StateBytes() {
    }

    static long of(String channel, String address, String flowId, String stepId, String resumeStepId,
                   String status, String answersJson, String language) {
        return utf8(channel) + utf8(address) + utf8(flowId) + 4 + utf8(stepId) + utf8(resumeStepId)
                + utf8(status) + utf8(answersJson) + 4 + utf8(language) + 8 + 8;
    }

    private static int utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
