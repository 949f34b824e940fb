/** The service catalog: services declared in files (criteria, fields, documents), each compiled into a request flow. */
package org.tawasul.conversations.catalog;
