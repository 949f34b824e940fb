/**
 * What the FAQ could not answer, for staff: the enquiries handed to staff and the answers members said did not answer
 * their question, as TSV without the member's identity, ready to become example questions.
 */
package org.tawasul.faq.feedback;
