/**
 * Satisfaction questionnaires (P17, P19): the answered questionnaires ({@code survey_response}), kept
 * with the feature that owns them, like cases; the table's migration is with the others in {@code db}.
 */
package org.tawasul.surveys;
