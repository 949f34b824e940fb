/**
 * The member registry: members with their national ID and phone encrypted, found by keyed hashes,
 * and the chat addresses linked to them.
 */
package org.tawasul.db.member;
