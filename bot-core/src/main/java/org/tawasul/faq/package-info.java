/**
 * The enquiry knowledge base: question-and-answer entries from YAML, searched in Arabic and English in an
 * in-memory Lucene index built at start-up.
 */
package org.tawasul.faq;
