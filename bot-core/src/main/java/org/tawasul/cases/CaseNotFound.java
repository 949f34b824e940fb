package org.tawasul.cases;

/** No case has this reference. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(CaseReference reference) {
        super("No case has the reference " + reference);
    }
}
