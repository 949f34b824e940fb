package org.tawasul.members;

/** The database refused a row of the import (so nothing was imported); the reason names no full national ID or phone. */
class RowRejected extends RuntimeException {

    private final int line;

    RowRejected(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    int line() {
        return line;
    }
}
