/** Answered satisfaction questionnaires. */
package org.tawasul.db.survey;
