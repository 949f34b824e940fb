/** The member registry's import: a CSV file checked row by row, then written in one transaction or not at all. */
package org.tawasul.members;
